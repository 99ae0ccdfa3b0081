#include "uspsadapter.h"

#include "carrierjson.h"
#include "carriertime.h"
#include "statusmap.h"
#include "usstatezones.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

// Collects Malformed errors for single fields while the rest of the answer still parses.
struct FieldProblems
{
    QString trackingNumber;
    QList<CarrierError> *errors = nullptr;

    void add(const QString &field, const QString &why) const
    {
        CarrierError e;
        e.kind = CarrierErrorKind::Malformed;
        e.trackingNumber = trackingNumber;
        e.message = CarrierTr::tr("%1: %2").arg(field, why);
        errors->append(e);
    }
};

// A text member: a string or a number; anything else is reported and read as empty.
QString textField(
    const QJsonObject &o, QStringView key, const QString &path, const FieldProblems &problems)
{
    const QJsonValue v = o.value(key);
    if (v.isString() || v.isDouble())
        return CarrierJson::text(v);
    if (!v.isUndefined() && !v.isNull())
        problems.add(path, CarrierTr::tr("expected a string"));
    return {};
}

// The spec says boolean, the wire says "true"/"false".
bool boolField(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    return v.isString() && v.toString().trimmed().compare(u"true", Qt::CaseInsensitive) == 0;
}

// mailClass and services carry markup: "USPS Ground Advantage<SUP>&#153;</SUP>".
QString plainText(const QString &html)
{
    static const QRegularExpression tags(u"<[^>]{0,200}>"_s);
    static const QRegularExpression entity(u"&(#\\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"_s);
    QString text = html;
    text.remove(tags);
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QStringView name = m.capturedView(1);
        char32_t c = 0;
        if (name.startsWith(u"#x"))
            c = char32_t(name.mid(2).toUInt(nullptr, 16));
        else if (name.startsWith(u'#'))
            c = char32_t(name.mid(1).toUInt());
        else if (name == u"amp")
            c = u'&';
        else if (name == u"lt")
            c = u'<';
        else if (name == u"gt")
            c = u'>';
        else if (name == u"quot")
            c = u'"';
        else if (name == u"apos")
            c = u'\'';
        else if (name == u"nbsp")
            c = u' ';
        // USPS writes Windows-1252 numbers for the marks: &#153; is ™, &#174; is ®.
        if (c == 153)
            c = 0x2122;
        if (c == 0 || (c >= 0x80 && c < 0xA0) || c > 0x10FFFF || (c >= 0xD800 && c < 0xE000)) {
            out += m.capturedView(0);
            continue;
        }
        out += QString::fromUcs4(&c, 1);
    }
    out += QStringView(text).mid(last);
    return out.simplified();
}

// "-05:00", "-7:00" (the spec's own example), "+0530".
std::optional<int> readOffset(QStringView text)
{
    static const QRegularExpression re(u"^([+-]?)(\\d{1,2})(?::?(\\d{2}))?$"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int hours = m.capturedView(2).toInt();
    const int minutes = m.hasCaptured(3) ? m.capturedView(3).toInt() : 0;
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    return (m.capturedView(1) == u"-" ? -1 : 1) * (hours * 60 + minutes);
}

struct Place
{
    QString country;
    QString state;
};

// A time without an offset is local where it happened: resolved in the state's zone.
std::optional<CarrierTime> localTime(const QString &text, const Place &place)
{
    const auto parsed = parseCarrierTime(text, place.country);
    if (!parsed || !parsed->offsetAssumed)
        return parsed;
    const QDateTime local = QDateTime::fromString(text.trimmed().left(19), Qt::ISODate);
    if (!local.isValid())
        return parsed;
    return resolveLocalTimeAt(local.date(), local.time(), place.country, place.state);
}

// GMTTimestamp (UTC) first; the offset from GMTOffset or, failing that, from the local clock.
std::optional<CarrierTime> eventTime(
    const QString &gmt, const QString &gmtOffset, const QString &local, const Place &place)
{
    const auto utc = parseCarrierTime(gmt, {});
    if (utc && !utc->offsetAssumed) {
        CarrierTime t {utc->utcMs, readOffset(gmtOffset), false};
        if (!t.offsetMinutes) {
            const QDateTime clock = QDateTime::fromString(local.trimmed().left(19), Qt::ISODate);
            if (clock.isValid()) {
                QDateTime asUtc = clock;
                asUtc.setTimeSpec(Qt::UTC);
                const qint64 minutes = (asUtc.toMSecsSinceEpoch() - t.utcMs) / 60000;
                t.offsetMinutes = int((minutes >= 0 ? minutes + 7 : minutes - 7) / 15 * 15);
            }
        }
        return t;
    }
    return localTime(local, place);
}

// "09:00", "9:00:00", "9:00 AM", "09:00am".
std::optional<QTime> readClock(const QString &text)
{
    static const QRegularExpression re(u"^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?$"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    int hour = m.capturedView(1).toInt();
    if (m.hasCaptured(4)) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        const bool pm = m.capturedView(4).front().toLower() == u'p';
        hour = hour % 12 + (pm ? 12 : 0);
    }
    const QTime t(
        hour, m.capturedView(2).toInt(), m.hasCaptured(3) ? m.capturedView(3).toInt() : 0);
    return t.isValid() ? std::optional(t) : std::nullopt;
}

CarrierError uspsError(const CarrierResponse &response, const QString &code, const QString &message)
{
    CarrierResponse effective = response;
    // An error envelope in HTTP 200 says its status in error.code.
    bool ok = false;
    const int codeStatus = code.toInt(&ok);
    if (response.httpStatus < 400 && ok && codeStatus >= 400 && codeStatus < 600)
        effective.httpStatus = codeStatus;
    CarrierError e = CarrierJson::errorForHttpStatus(effective, code, message);
    if (effective.httpStatus == 503)
        e.retryAfterSeconds = CarrierJson::retryAfterSeconds(response);
    return e;
}

// {apiVersion, error{code, message, errors[{status, code, title, detail}]}} or OAuth's
// {error, error_description}.
std::optional<CarrierError> readError(const CarrierResponse &response, const QJsonObject &o)
{
    const QJsonValue error = o.value(u"error");
    if (error.isString()) {
        CarrierError e = uspsError(
            response, error.toString(), CarrierJson::text(o.value(u"error_description")));
        e.kind = CarrierErrorKind::Unauthorized;
        return e;
    }
    if (!error.isObject())
        return std::nullopt;
    const QJsonObject body = error.toObject();
    QString message = CarrierJson::text(body.value(u"message"));
    const QJsonArray details = body.value(u"errors").toArray();
    for (const QJsonValue &d : details) {
        const QString detail = CarrierJson::text(d.toObject().value(u"detail"));
        if (!detail.isEmpty() && !message.contains(detail))
            message += u" ("_s + detail + u')';
    }
    CarrierError e = uspsError(response, CarrierJson::text(body.value(u"code")), message);
    e.trackingNumber = CarrierJson::text(o.value(u"trackingNumber"));
    return e;
}

class TrackingReader
{
public:
    TrackingReader(const StatusMap &map, ParseResult &result)
        : m_map(map)
        , m_result(result)
    { }

    ParsedShipment read(const QJsonObject &o, const QString &path) const;

private:
    void readEvents(const QJsonObject &o, const QString &path, const FieldProblems &problems,
        bool domestic, const Place &destination, ParsedShipment &shipment) const;
    void readEta(const QJsonObject &o, const QString &path, const FieldProblems &problems,
        const Place &destination, ParsedShipment &shipment) const;

    const StatusMap &m_map;
    ParseResult &m_result;
};

void TrackingReader::readEvents(const QJsonObject &o, const QString &path,
    const FieldProblems &problems, bool domestic, const Place &destination,
    ParsedShipment &shipment) const
{
    const QJsonValue value = o.value(u"trackingEvents");
    if (!value.isArray()) {
        if (!value.isUndefined() && !value.isNull())
            problems.add(path + u"trackingEvents"_s, CarrierTr::tr("expected an array"));
        return;
    }
    const QJsonArray events = value.toArray();
    // Newest first on the wire; read backwards so that equal times keep the carrier's order.
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        const QString where = path + u"trackingEvents[%1]"_s.arg(i);
        if (!events.at(i).isObject()) {
            problems.add(where, CarrierTr::tr("expected an object"));
            continue;
        }
        const QJsonObject ev = events.at(i).toObject();
        ParsedEvent e;
        e.code = textField(ev, u"eventCode", where + u".eventCode"_s, problems);
        e.description = textField(ev, u"eventType", where + u".eventType"_s, problems);
        e.city = textField(ev, u"eventCity", where + u".eventCity"_s, problems);
        e.postcode = textField(ev, u"eventZIP", where + u".eventZIP"_s, problems);
        const QString state = textField(ev, u"eventState", where + u".eventState"_s, problems);
        e.country
            = countryCodeOf(textField(ev, u"eventCountry", where + u".eventCountry"_s, problems));
        if (e.country.isEmpty() && domestic)
            e.country = u"US"_s;
        const Place place = e.country.isEmpty() ? destination : Place {e.country, state};

        const QString gmt = textField(ev, u"GMTTimestamp", where + u".GMTTimestamp"_s, problems);
        const QString local
            = textField(ev, u"eventTimestamp", where + u".eventTimestamp"_s, problems);
        const auto time = eventTime(
            gmt, textField(ev, u"GMTOffset", where + u".GMTOffset"_s, problems), local, place);
        if (!time) {
            problems.add(where + (gmt.isEmpty() ? u".eventTimestamp"_s : u".GMTTimestamp"_s),
                CarrierTr::tr("not a readable time: \"%1\"")
                    .arg((gmt.isEmpty() ? local : gmt).left(40)));
            continue;
        }
        e.occurredAtMs = time->utcMs;
        e.utcOffsetMinutes = time->offsetMinutes;
        e.offsetAssumed = time->offsetAssumed;
        e.mapVersion = m_map.version();
        if (const auto mapping = m_map.map(e.code, e.description)) {
            e.status = mapping->status;
            e.relevance = mapping->relevance;
        } else {
            e.unmapped = true;
        }
        if (e.status.tag() == StatusTag::Delivered) {
            const QString name = textField(ev, u"name", where + u".name"_s, problems);
            const QString firm = textField(ev, u"firm", where + u".firm"_s, problems);
            if (!name.isEmpty() || !firm.isEmpty())
                shipment.signedBy = name.isEmpty() ? firm : name;
        }
        if (e.status.tag() == StatusTag::AvailableForPickup) {
            QStringList parts;
            for (const QString &part : {e.city, e.postcode}) {
                if (!part.isEmpty())
                    parts.append(part);
            }
            shipment.pickupPoint = parts.join(u' ');
        }
        shipment.events.append(e);
    }
    std::stable_sort(shipment.events.begin(), shipment.events.end(),
        [](const ParsedEvent &a, const ParsedEvent &b) { return a.occurredAtMs < b.occurredAtMs; });
}

void TrackingReader::readEta(const QJsonObject &o, const QString &path,
    const FieldProblems &problems, const Place &destination, ParsedShipment &shipment) const
{
    // The predicted window is the narrowest promise; then the expected, then the guaranteed time.
    const QString predicted
        = textField(o, u"predictedDeliveryDate", path + u"predictedDeliveryDate"_s, problems);
    if (!predicted.isEmpty()) {
        const QDate date = QDate::fromString(predicted.left(10), Qt::ISODate);
        if (!date.isValid()) {
            problems.add(path + u"predictedDeliveryDate"_s, CarrierTr::tr("not a date"));
        } else {
            QTime from(0, 0);
            QTime to(23, 59, 59);
            for (const auto &[key, target] :
                {std::pair {u"predictedDeliveryWindowStartTime"_s, &from},
                    std::pair {u"predictedDeliveryWindowEndTime"_s, &to}}) {
                const QString text = textField(o, key, path + key, problems);
                if (text.isEmpty())
                    continue;
                if (const auto t = readClock(text))
                    *target = *t;
                else
                    problems.add(path + key, CarrierTr::tr("not a time of day"));
            }
            const auto start
                = resolveLocalTimeAt(date, from, destination.country, destination.state);
            const auto end = resolveLocalTimeAt(date, to, destination.country, destination.state);
            if (start && end)
                shipment.eta = {start->utcMs, end->utcMs};
            return;
        }
    }
    for (const QString &key : {u"expectedDeliveryTimeStamp"_s, u"guaranteedDeliveryTimeStamp"_s,
             u"expectedDeliveryDate"_s, u"guaranteedDeliveryDate"_s}) {
        const QString text = textField(o, key, path + key, problems);
        if (text.isEmpty())
            continue;
        std::optional<CarrierTime> end;
        QDate day;
        if (text.size() == 10) {
            day = QDate::fromString(text, Qt::ISODate);
            if (day.isValid())
                end = resolveLocalTimeAt(
                    day, QTime(23, 59, 59), destination.country, destination.state);
        } else {
            end = localTime(text, destination);
            if (end)
                day = QDateTime::fromMSecsSinceEpoch(
                    end->utcMs + qint64(end->offsetMinutes.value_or(0)) * 60000, Qt::UTC)
                          .date();
        }
        if (!end) {
            problems.add(
                path + key, CarrierTr::tr("not a readable time: \"%1\"").arg(text.left(40)));
            continue;
        }
        const auto start
            = resolveLocalTimeAt(day, QTime(0, 0), destination.country, destination.state);
        shipment.eta = {start ? std::optional(start->utcMs) : std::nullopt, end->utcMs};
        return;
    }
}

ParsedShipment TrackingReader::read(const QJsonObject &o, const QString &path) const
{
    ParsedShipment shipment;
    shipment.carrier = u"usps"_s;
    shipment.trackingNumber = CarrierJson::text(o.value(u"trackingNumber"));
    const FieldProblems problems {shipment.trackingNumber, &m_result.errors};
    shipment.service = plainText(textField(o, u"mailClass", path + u"mailClass"_s, problems));

    const QString mailType = textField(o, u"mailType", path + u"mailType"_s, problems);
    const bool domestic = mailType == u"DM" || mailType == u"DOMESTIC_MAIL";
    shipment.originCountry
        = countryCodeOf(textField(o, u"originCountry", path + u"originCountry"_s, problems));
    shipment.destinationCountry = countryCodeOf(
        textField(o, u"destinationCountryCode", path + u"destinationCountryCode"_s, problems));
    if (domestic) {
        if (shipment.originCountry.isEmpty())
            shipment.originCountry = u"US"_s;
        if (shipment.destinationCountry.isEmpty())
            shipment.destinationCountry = u"US"_s;
    }
    const Place destination {shipment.destinationCountry,
        textField(o, u"destinationState", path + u"destinationState"_s, problems)};

    readEvents(o, path, problems, domestic, destination, shipment);
    readEta(o, path, problems, destination, shipment);

    bool anyMapped = false;
    bool anyUnmapped = false;
    qint64 statusAt = 0;
    for (const ParsedEvent &e : std::as_const(shipment.events)) {
        if (e.offsetAssumed && !shipment.flags.contains(u"offset_assumed"_s))
            shipment.flags.append(u"offset_assumed"_s);
        if (e.unmapped) {
            anyUnmapped = true;
            continue;
        }
        if (!anyMapped || Status::supersedes(shipment.status, statusAt, e.status, e.occurredAtMs)) {
            shipment.status = e.status;
            statusAt = e.occurredAtMs;
        }
        anyMapped = true;
        if (e.status.tag() == StatusTag::AttemptFail)
            ++shipment.attempts;
        if (e.status.tag() == StatusTag::Delivered)
            shipment.deliveredAtMs = e.occurredAtMs;
        if (e.status.subStatus() == SubStatus::ReturnToSender
            || e.status.subStatus() == SubStatus::ReturnedToSender)
            shipment.returnToSender = true;
    }
    // The carrier's own summary wins when its wording is one the map knows.
    const QString summary = textField(o, u"status", path + u"status"_s, problems);
    if (const auto mapping = m_map.map(QStringView(), summary)) {
        shipment.status = mapping->status;
        anyMapped = true;
    }
    if (!textField(o, u"returnDateNotice", path + u"returnDateNotice"_s, problems).isEmpty())
        shipment.returnToSender = true;
    if (shipment.status.subStatus() == SubStatus::ReturnToSender
        || shipment.status.subStatus() == SubStatus::ReturnedToSender)
        shipment.returnToSender = true;
    if (shipment.status.tag() != StatusTag::Delivered)
        shipment.deliveredAtMs.reset();
    shipment.proofOfDelivery = !shipment.signedBy.isEmpty()
        || (shipment.deliveredAtMs
            && (boolField(o.value(u"proofOfDeliveryEnabled"))
                || boolField(o.value(u"trackingProofOfDeliveryEnabled"))));
    shipment.statusUnmapped = anyUnmapped && !anyMapped;
    if (anyUnmapped)
        shipment.flags.append(u"unmapped_codes"_s);

    shipment.shipmentKey = CarrierJson::text(o.value(u"uniqueMailPieceID"));
    if (shipment.shipmentKey.isEmpty())
        shipment.shipmentKey = CarrierJson::text(o.value(u"uniqueMailPieceId"));
    if (shipment.shipmentKey.isEmpty())
        shipment.shipmentKey = shipment.trackingNumber;
    return shipment;
}

QString baseOf(const QUrl &baseUrl)
{
    QString base = baseUrl.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith(u'/'))
        base.chop(1);
    return base;
}

} // namespace

QString UspsAdapter::id() const
{
    return u"usps"_s;
}

QString UspsAdapter::displayName() const
{
    return u"USPS"_s;
}

QUrl UspsAdapter::defaultBaseUrl() const
{
    return QUrl(u"https://apis.usps.com"_s);
}

AuthScheme UspsAdapter::authScheme() const
{
    return AuthScheme::OAuth2ClientCredentials;
}

CarrierLimits UspsAdapter::limits() const
{
    // One number per call. USPS grants 60 calls per hour by default (token calls count too), so
    // one call a minute and 24 × 60 a day; higher quotas are granted per application.
    return {1, 60.0 / 3600.0, 24 * 60};
}

QList<CarrierRequest> UspsAdapter::buildRequests(const QStringList &trackingNumbers,
    const QUrl &baseUrl, const CarrierCredentials &, const QString &token) const
{
    QList<CarrierRequest> requests;
    const QString base = baseOf(baseUrl);
    for (const QString &raw : trackingNumbers) {
        const QString number = raw.trimmed();
        if (number.isEmpty())
            continue;
        CarrierRequest r;
        // SUMMARY (the default) only gives sentences; DETAIL gives codes and times.
        r.url = QUrl(base + u"/tracking/v3/tracking/"_s
            + QString::fromLatin1(QUrl::toPercentEncoding(number)) + u"?expand=DETAIL"_s);
        r.headers = {
            {"Authorization", "Bearer " + token.toUtf8()},
            {"Accept", "application/json"},
        };
        r.trackingNumbers = {number};
        requests.append(r);
    }
    return requests;
}

std::optional<CarrierRequest> UspsAdapter::buildTokenRequest(
    const QUrl &baseUrl, const CarrierCredentials &credentials) const
{
    CarrierRequest r;
    r.method = "POST";
    r.url = QUrl(baseOf(baseUrl) + u"/oauth2/v3/token"_s);
    r.headers = {
        {"Content-Type", "application/json"},
        {"Accept", "application/json"},
    };
    // USPS's own examples send the client credentials as JSON.
    QJsonObject body;
    body.insert(u"client_id"_s, credentials.clientId);
    body.insert(u"client_secret"_s, credentials.clientSecret);
    body.insert(u"grant_type"_s, u"client_credentials"_s);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

Result<AccessToken> UspsAdapter::parseTokenResponse(
    const CarrierResponse &response, qint64 nowMs) const
{
    auto token = CarrierAdapter::parseTokenResponse(response, nowMs);
    if (!token)
        return token;
    // Without the tracking scope every tracking call answers 401 (USPS/api-examples#56).
    const auto doc = CarrierJson::read(response.body);
    const QJsonValue scope = doc ? doc->object().value(u"scope") : QJsonValue();
    if (scope.isString() && !scope.toString().split(u' ').contains(u"tracking"_s))
        return Error {CarrierTr::tr("the USPS token does not carry the \"tracking\" scope; "
                                    "add the Tracking product to the application")};
    return token;
}

ParseResult UspsAdapter::parse(const CarrierResponse &response) const
{
    ParseResult result;
    const auto doc = CarrierJson::read(response.body);
    if (!doc) {
        if (response.httpStatus >= 400)
            result.errors.append(uspsError(response, {}, doc.error().message));
        else
            result.errors.append({CarrierErrorKind::Malformed, {}, {}, doc.error().message, {}});
        return result;
    }
    QJsonArray items;
    if (doc->isArray())
        items = doc->array();
    else
        items.append(doc->object());

    const StatusMap &map = StatusMap::forCarrier(id());
    const TrackingReader reader(map, result);
    const FieldProblems callProblems {{}, &result.errors};
    QSet<QString> keys;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = doc->isArray() ? u"[%1]."_s.arg(i) : QString();
        if (!items.at(i).isObject()) {
            callProblems.add(path.isEmpty() ? u"(body)"_s : path.chopped(1),
                CarrierTr::tr("expected an object"));
            continue;
        }
        const QJsonObject o = items.at(i).toObject();
        if (const auto error = readError(response, o)) {
            result.errors.append(*error);
            continue;
        }
        if (response.httpStatus >= 400) {
            result.errors.append(uspsError(response, {}, {}));
            continue;
        }
        if (!o.contains(u"trackingNumber") && !o.contains(u"trackingEvents")) {
            callProblems.add(path + u"trackingNumber"_s,
                CarrierTr::tr("missing: this is not a USPS tracking answer"));
            continue;
        }
        ParsedShipment shipment = reader.read(o, path);
        if (keys.contains(shipment.shipmentKey))
            shipment.shipmentKey += u"#%1"_s.arg(i);
        keys.insert(shipment.shipmentKey);
        result.shipments.append(shipment);
    }
    return result;
}

int UspsAdapter::recognizes(const QByteArray &body) const
{
    const QByteArray head = body.left(8192);
    if (head.contains("\"trackingEvents\"") || head.contains("\"eventSummaries\""))
        return head.contains("\"GMTTimestamp\"") || head.contains("\"statusCategory\"")
                || head.contains("\"mailClass\"")
            ? 95
            : 80;
    if (head.contains("\"apiVersion\"") && head.contains("/tracking"))
        return 75;
    if (head.contains("\"statusCategory\"") || head.contains("\"uniqueMailPieceID\""))
        return 60;
    return 0;
}

} // namespace ParcelDesk
