#include "uspsadapter.h"

#include "carrierjson.h"
#include "carriertime.h"
#include "jsonfieldreader.h"
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
    void readEvents(const QJsonObject &o, const QString &path, const JsonFieldReader &fields,
        bool domestic, const Place &destination, ParsedShipment &shipment) const;
    void readEta(const QJsonObject &o, const QString &path, const JsonFieldReader &fields,
        const Place &destination, ParsedShipment &shipment) const;

    const StatusMap &m_map;
    ParseResult &m_result;
};

void TrackingReader::readEvents(const QJsonObject &o, const QString &path,
    const JsonFieldReader &fields, bool domestic, const Place &destination,
    ParsedShipment &shipment) const
{
    const QJsonArray events = fields.array(o, u"trackingEvents", path);
    const QString eventsPath = JsonFieldReader::field(path, u"trackingEvents");
    // Newest first on the wire; read backwards so that equal times keep the carrier's order.
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        const auto event = fields.objectEntry(events, i, eventsPath);
        if (!event)
            continue;
        const QJsonObject &ev = *event;
        const QString where = JsonFieldReader::element(eventsPath, i);
        ParsedEvent e;
        e.code = fields.text(ev, u"eventCode", where);
        e.description = fields.text(ev, u"eventType", where);
        e.city = fields.text(ev, u"eventCity", where);
        e.postcode = fields.text(ev, u"eventZIP", where);
        const QString state = fields.text(ev, u"eventState", where);
        e.country = countryCodeOf(fields.text(ev, u"eventCountry", where));
        if (e.country.isEmpty() && domestic)
            e.country = u"US"_s;
        const Place place = e.country.isEmpty() ? destination : Place {e.country, state};

        const QString gmt = fields.text(ev, u"GMTTimestamp", where);
        const QString local = fields.text(ev, u"eventTimestamp", where);
        const auto time = eventTime(gmt, fields.text(ev, u"GMTOffset", where), local, place);
        if (!time) {
            fields.report(where + (gmt.isEmpty() ? u".eventTimestamp"_s : u".GMTTimestamp"_s),
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
            const QString name = fields.text(ev, u"name", where);
            const QString firm = fields.text(ev, u"firm", where);
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
    const JsonFieldReader &fields, const Place &destination, ParsedShipment &shipment) const
{
    // The predicted window is the narrowest promise; then the expected, then the guaranteed time.
    const QString predicted = fields.text(o, u"predictedDeliveryDate", path);
    if (!predicted.isEmpty()) {
        const QDate date = QDate::fromString(predicted.left(10), Qt::ISODate);
        if (!date.isValid()) {
            fields.report(JsonFieldReader::field(path, u"predictedDeliveryDate"),
                CarrierTr::tr("not a date"));
        } else {
            QTime from(0, 0);
            QTime to(23, 59, 59);
            for (const auto &[key, target] :
                {std::pair {u"predictedDeliveryWindowStartTime"_s, &from},
                    std::pair {u"predictedDeliveryWindowEndTime"_s, &to}}) {
                const QString text = fields.text(o, key, path);
                if (text.isEmpty())
                    continue;
                if (const auto t = readClock(text))
                    *target = *t;
                else
                    fields.report(
                        JsonFieldReader::field(path, key), CarrierTr::tr("not a time of day"));
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
        const QString text = fields.text(o, key, path);
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
            fields.report(JsonFieldReader::field(path, key),
                CarrierTr::tr("not a readable time: \"%1\"").arg(text.left(40)));
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
    JsonFieldReader fields(&m_result.errors);
    fields.setTrackingNumber(shipment.trackingNumber);
    shipment.service = plainText(fields.text(o, u"mailClass", path));

    const QString mailType = fields.text(o, u"mailType", path);
    const bool domestic = mailType == u"DM" || mailType == u"DOMESTIC_MAIL";
    shipment.originCountry = countryCodeOf(fields.text(o, u"originCountry", path));
    shipment.destinationCountry = countryCodeOf(fields.text(o, u"destinationCountryCode", path));
    if (domestic) {
        if (shipment.originCountry.isEmpty())
            shipment.originCountry = u"US"_s;
        if (shipment.destinationCountry.isEmpty())
            shipment.destinationCountry = u"US"_s;
    }
    const Place destination {
        shipment.destinationCountry, fields.text(o, u"destinationState", path)};

    readEvents(o, path, fields, domestic, destination, shipment);
    readEta(o, path, fields, destination, shipment);

    bool anyMapped = false;
    bool anyUnmapped = false;
    qint64 statusAt = 0;
    for (const ParsedEvent &e : std::as_const(shipment.events)) {
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
    const QString summary = fields.text(o, u"status", path);
    if (const auto mapping = m_map.map(QStringView(), summary)) {
        shipment.status = mapping->status;
        anyMapped = true;
    }
    if (!fields.text(o, u"returnDateNotice", path).isEmpty())
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
    addDerivedFlags(shipment);

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
    const JsonFieldReader callFields(&result.errors);
    QSet<QString> keys;
    for (qsizetype i = 0; i < items.size(); ++i) {
        // Paths name the element of a list answer; a single object is the root.
        const QString path = doc->isArray() ? JsonFieldReader::element({}, i) : QString();
        const auto item = callFields.objectEntry(items, i, {});
        if (!item)
            continue;
        const QJsonObject &o = *item;
        if (const auto error = readError(response, o)) {
            result.errors.append(*error);
            continue;
        }
        if (response.httpStatus >= 400) {
            result.errors.append(uspsError(response, {}, {}));
            continue;
        }
        if (!o.contains(u"trackingNumber") && !o.contains(u"trackingEvents")) {
            callFields.report(JsonFieldReader::field(path, u"trackingNumber"),
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
