#include "upsadapter.h"

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
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

// UPS writes dates as YYYYMMDD; gmtDate has been seen as YYYY-MM-DD too.
QDate readDate(QStringView text)
{
    QString t = text.trimmed().toString();
    t.remove(u'-');
    if (t.size() != 8)
        return {};
    return QDate::fromString(t, u"yyyyMMdd"_s);
}

// HHMMSS, also with the leading zero dropped ("74700") or with colons ("15:44:34").
std::optional<QTime> readTime(QStringView text)
{
    QString t = text.trimmed().toString();
    t.remove(u':');
    if (t.isEmpty() || t.size() > 6)
        return std::nullopt;
    for (const QChar c : t) {
        if (!c.isDigit())
            return std::nullopt;
    }
    t = t.size() == 4 ? t + u"00"_s : t.rightJustified(6, u'0');
    const QTime time = QTime::fromString(t, u"HHmmss"_s);
    return time.isValid() ? std::optional(time) : std::nullopt;
}

// "-05:00", "-5:00", "+0530", "-05".
std::optional<int> readOffset(QStringView text)
{
    static const QRegularExpression re(u"^([+-])(\\d{1,2})(?::?(\\d{2}))?$"_s);
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
    QString country; // ISO alpha-2
    QString state;
};

// The activity time: UPS's own GMT fields when given, else the local date and time resolved
// where the scan happened (DESIGN.md section 3).
std::optional<CarrierTime> activityTime(const QString &date, const QString &time,
    const QString &gmtDate, const QString &gmtTime, const QString &gmtOffset, const Place &place)
{
    const QDate localDate = readDate(date);
    const auto localTime = readTime(time);
    const auto offset = readOffset(gmtOffset);
    const QDate utcDate = readDate(gmtDate);
    const auto utcTime = readTime(gmtTime);
    if (utcDate.isValid() && utcTime) {
        const QDateTime utc(utcDate, *utcTime, Qt::UTC);
        CarrierTime t {utc.toMSecsSinceEpoch(), offset, false};
        if (!offset && localDate.isValid() && localTime) {
            // The offset is the distance between the local and the GMT clock, to the quarter hour.
            const qint64 localAsUtc = QDateTime(localDate, *localTime, Qt::UTC).toMSecsSinceEpoch();
            const qint64 minutes = (localAsUtc - t.utcMs) / 60000;
            t.offsetMinutes = int((minutes >= 0 ? minutes + 7 : minutes - 7) / 15 * 15);
        }
        return t;
    }
    if (!localDate.isValid() || !localTime)
        return std::nullopt;
    if (offset)
        return fromOffsetTime(localDate, *localTime, *offset);
    return resolveLocalTimeAt(localDate, *localTime, place.country, place.state);
}

// statusCode is zero-padded in the API ("011") but listed unpadded in the appendix.
QString paddedStatusCode(const QString &code)
{
    if (code.isEmpty() || code.size() >= 3)
        return code;
    for (const QChar c : code) {
        if (!c.isDigit())
            return code;
    }
    return code.rightJustified(3, u'0');
}

// The statusCode decides; a statusCode we do not know is never guessed from the coarser type.
// The 2-char code (read in the table its type implies) only refines a generic sub-status of the
// same tag, so a contradictory code cannot change what the statusCode says.
std::optional<StatusMapping> mapStatus(const StatusMap &map, const QString &type,
    const QString &statusCode, const QString &code, const QString &text)
{
    const QString typed = type.isEmpty() || code.isEmpty() ? QString() : type + u'/' + code;
    if (!statusCode.isEmpty()) {
        const auto primary = map.map(statusCode, text);
        if (!primary)
            return std::nullopt;
        if (!typed.isEmpty()
            && primary->status.subStatus() == genericSubStatus(primary->status.tag())) {
            const auto detail = map.map(typed, text);
            if (detail && detail->status.tag() == primary->status.tag())
                return detail;
        }
        return primary;
    }
    if (!typed.isEmpty()) {
        if (const auto detail = map.map(typed, text))
            return detail;
    }
    return type.isEmpty() ? std::nullopt : map.map(type, text);
}

struct StatusFields
{
    QString type;
    QString statusCode;
    QString code;
    QString description;

    QString rawCode() const { return type + u'/' + statusCode + u'/' + code; }
    bool isEmpty() const { return type.isEmpty() && statusCode.isEmpty() && code.isEmpty(); }
};

StatusFields readStatus(const QJsonObject &s, const QString &path, const JsonFieldReader &fields)
{
    return {fields.text(s, u"type", path), paddedStatusCode(fields.text(s, u"statusCode", path)),
        fields.text(s, u"code", path), fields.text(s, u"description", path)};
}

std::optional<double> kilograms(const QString &weight, const QString &unit)
{
    bool ok = false;
    const double value = weight.toDouble(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    if (unit.compare(u"KGS", Qt::CaseInsensitive) == 0
        || unit.compare(u"KG", Qt::CaseInsensitive) == 0)
        return value;
    if (unit.compare(u"LBS", Qt::CaseInsensitive) == 0
        || unit.compare(u"LB", Qt::CaseInsensitive) == 0)
        return value * 0.45359237;
    return std::nullopt;
}

CarrierError upsError(const CarrierResponse &response, const QString &code, const QString &message)
{
    CarrierError e = CarrierJson::errorForHttpStatus(response, code, message);
    // The codes UPS documents; anything else is read from the HTTP status.
    if (code == u"TW0001")
        e.kind = CarrierErrorKind::NotFound;
    else if (code == u"TV1002")
        e.kind = CarrierErrorKind::InvalidNumber;
    else if (code.startsWith(u"2500")) // 250002 invalid auth info, 250003 invalid access license
        e.kind = CarrierErrorKind::Unauthorized;
    else if (code == u"10429")
        e.kind = CarrierErrorKind::RateLimited;
    if (e.kind == CarrierErrorKind::RateLimited && !e.retryAfterSeconds)
        e.retryAfterSeconds = CarrierJson::retryAfterSeconds(response);
    return e;
}

void readErrorEnvelope(
    const CarrierResponse &response, const QJsonObject &envelope, ParseResult &result)
{
    const QJsonValue errors = envelope.value(u"errors");
    const QJsonArray list = errors.isArray() ? errors.toArray() : QJsonArray();
    for (const QJsonValue &v : list) {
        const QJsonObject e = v.toObject();
        result.errors.append(upsError(
            response, CarrierJson::text(e.value(u"code")), CarrierJson::text(e.value(u"message"))));
    }
    if (result.errors.isEmpty())
        result.errors.append(upsError(response, {}, {}));
}

struct PackageContext
{
    QString inquiryNumber;
    QString path;
};

class PackageReader
{
public:
    PackageReader(const StatusMap &map, ParseResult &result)
        : m_map(map)
        , m_result(result)
    { }

    ParsedShipment read(const QJsonObject &p, const PackageContext &context) const;

private:
    std::optional<StatusMapping> lookup(const StatusFields &s) const
    {
        return mapStatus(m_map, s.type, s.statusCode, s.code, s.description);
    }
    void readAddresses(const QJsonObject &p, const QString &path, const JsonFieldReader &fields,
        ParsedShipment &shipment, Place &destination) const;
    void readEvents(const QJsonObject &p, const QString &path, const JsonFieldReader &fields,
        const Place &destination, ParsedShipment &shipment, QStringList &pickupPlaces) const;
    void readDelivery(const QJsonObject &p, const QString &path, const JsonFieldReader &fields,
        const Place &destination, ParsedShipment &shipment) const;

    const StatusMap &m_map;
    ParseResult &m_result;
};

void PackageReader::readAddresses(const QJsonObject &p, const QString &path,
    const JsonFieldReader &fields, ParsedShipment &shipment, Place &destination) const
{
    const QJsonArray addresses = fields.array(p, u"packageAddress", path);
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const QString where = path + u".packageAddress[%1]"_s.arg(i);
        const QJsonObject entry = addresses.at(i).toObject();
        const QJsonObject address = fields.object(entry, u"address", where);
        const QString type = CarrierJson::text(entry.value(u"type"));
        QString country = countryCodeOf(CarrierJson::text(address.value(u"countryCode")));
        if (country.isEmpty())
            country = countryCodeOf(CarrierJson::text(address.value(u"country")));
        if (type == u"ORIGIN") {
            shipment.originCountry = country;
        } else if (type == u"DESTINATION") {
            shipment.destinationCountry = country;
            destination = {country, CarrierJson::text(address.value(u"stateProvince"))};
        }
    }
}

void PackageReader::readEvents(const QJsonObject &p, const QString &path,
    const JsonFieldReader &fields, const Place &destination, ParsedShipment &shipment,
    QStringList &pickupPlaces) const
{
    const QJsonArray activities = fields.array(p, u"activity", path);
    const QString activitiesPath = JsonFieldReader::field(path, u"activity");
    // UPS lists newest first; read backwards so that equal times keep the carrier's order.
    for (qsizetype i = activities.size() - 1; i >= 0; --i) {
        const auto activity = fields.objectEntry(activities, i, activitiesPath);
        if (!activity)
            continue;
        const QJsonObject &a = *activity;
        const QString where = JsonFieldReader::element(activitiesPath, i);
        const QJsonObject location = fields.object(a, u"location", where);
        const QJsonObject address
            = fields.object(location, u"address", JsonFieldReader::field(where, u"location"));
        const StatusFields status
            = readStatus(fields.object(a, u"status", where), where + u".status"_s, fields);

        ParsedEvent e;
        e.city = CarrierJson::text(address.value(u"city"));
        e.postcode = CarrierJson::text(address.value(u"postalCode"));
        e.country = countryCodeOf(CarrierJson::text(address.value(u"countryCode")));
        if (e.country.isEmpty())
            e.country = countryCodeOf(CarrierJson::text(address.value(u"country")));
        const QString state = CarrierJson::text(address.value(u"stateProvince"));
        const Place place = e.country.isEmpty() ? destination : Place {e.country, state};

        const QString date = fields.text(a, u"date", where);
        const auto time
            = activityTime(date, fields.text(a, u"time", where), fields.text(a, u"gmtDate", where),
                fields.text(a, u"gmtTime", where), fields.text(a, u"gmtOffset", where), place);
        if (!time) {
            fields.report(where + u".date"_s,
                CarrierTr::tr("no readable time (date \"%1\")").arg(date.left(40)));
            continue;
        }
        e.occurredAtMs = time->utcMs;
        e.utcOffsetMinutes = time->offsetMinutes;
        e.offsetAssumed = time->offsetAssumed;
        e.code = status.rawCode();
        e.description = status.description;
        e.mapVersion = m_map.version();
        if (const auto mapping = lookup(status)) {
            e.status = mapping->status;
            e.relevance = mapping->relevance;
        } else {
            e.unmapped = true;
        }
        if (e.status.tag() == StatusTag::AvailableForPickup) {
            QStringList parts;
            for (const QString &line :
                {CarrierJson::text(address.value(u"addressLine1")), e.city}) {
                if (!line.isEmpty())
                    parts.append(line);
            }
            pickupPlaces.append(parts.join(u", "_s));
        }
        shipment.events.append(e);
    }
    std::stable_sort(shipment.events.begin(), shipment.events.end(),
        [](const ParsedEvent &a, const ParsedEvent &b) { return a.occurredAtMs < b.occurredAtMs; });
}

std::optional<qint64> localMs(const QDate &date, const QTime &time, const Place &place)
{
    const auto t = resolveLocalTimeAt(date, time, place.country, place.state);
    return t ? std::optional(t->utcMs) : std::nullopt;
}

void PackageReader::readDelivery(const QJsonObject &p, const QString &path,
    const JsonFieldReader &fields, const Place &destination, ParsedShipment &shipment) const
{
    // Package dates and times carry no zone at all (UPS-API issue #187): the destination's.
    QDate scheduled, rescheduled, delivered;
    const QJsonArray dates = fields.array(p, u"deliveryDate", path);
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const QJsonObject d = dates.at(i).toObject();
        const QString type = CarrierJson::text(d.value(u"type"));
        if (type != u"SDD" && type != u"RDD" && type != u"DEL")
            continue;
        const QString field = path + u".deliveryDate[%1].date"_s.arg(i);
        const QDate date = readDate(CarrierJson::text(d.value(u"date")));
        if (!date.isValid()) {
            fields.report(field, CarrierTr::tr("not a date"));
            continue;
        }
        (type == u"SDD" ? scheduled : type == u"RDD" ? rescheduled : delivered) = date;
    }
    const QJsonObject deliveryTime = fields.object(p, u"deliveryTime", path);
    const QString timeType = CarrierJson::text(deliveryTime.value(u"type"));
    const auto start = readTime(CarrierJson::text(deliveryTime.value(u"startTime")));
    const auto end = readTime(CarrierJson::text(deliveryTime.value(u"endTime")));

    const QDate eta = rescheduled.isValid() ? rescheduled : scheduled;
    if (eta.isValid()) {
        const bool window = timeType == u"EDW" || timeType == u"CDW" || timeType == u"IDW";
        shipment.eta.fromMs = localMs(eta, window && start ? *start : QTime(0, 0), destination);
        const bool hasEnd = (window || timeType == u"CMT") && end;
        shipment.eta.toMs = localMs(eta, hasEnd ? *end : QTime(23, 59, 59), destination);
    }
    for (auto it = shipment.events.crbegin(); it != shipment.events.crend(); ++it) {
        if (it->status.tag() == StatusTag::Delivered) {
            shipment.deliveredAtMs = it->occurredAtMs;
            break;
        }
    }
    if (!shipment.deliveredAtMs && delivered.isValid())
        shipment.deliveredAtMs
            = localMs(delivered, timeType == u"DEL" && end ? *end : QTime(0, 0), destination);

    const QJsonObject info = fields.object(p, u"deliveryInformation", path);
    shipment.signedBy = CarrierJson::text(info.value(u"receivedBy"));
    const QString signature
        = CarrierJson::text(info.value(u"signature").toObject().value(u"image"));
    const QString pod = CarrierJson::text(info.value(u"pod").toObject().value(u"content"));
    shipment.proofOfDelivery = !signature.isEmpty() || !pod.isEmpty();
}

ParsedShipment PackageReader::read(const QJsonObject &p, const PackageContext &context) const
{
    ParsedShipment shipment;
    shipment.carrier = m_map.carrier().isEmpty() ? u"ups"_s : m_map.carrier();
    shipment.trackingNumber = CarrierJson::text(p.value(u"trackingNumber"));
    if (shipment.trackingNumber.isEmpty())
        shipment.trackingNumber = context.inquiryNumber;
    JsonFieldReader fields(&m_result.errors);
    fields.setTrackingNumber(shipment.trackingNumber);

    const QJsonObject service = fields.object(p, u"service", context.path);
    shipment.service = CarrierJson::text(service.value(u"description"));

    const QJsonObject weight = fields.object(p, u"weight", context.path);
    const QString weightText = CarrierJson::text(weight.value(u"weight"));
    if (!weightText.isEmpty()) {
        shipment.weightKg
            = kilograms(weightText, CarrierJson::text(weight.value(u"unitOfMeasurement")));
        if (!shipment.weightKg)
            fields.report(context.path + u".weight"_s,
                CarrierTr::tr("not a weight in LBS or KGS: \"%1\"").arg(weightText.left(40)));
    }

    Place destination;
    readAddresses(p, context.path, fields, shipment, destination);
    QStringList pickupPlaces;
    readEvents(p, context.path, fields, destination, shipment, pickupPlaces);
    readDelivery(p, context.path, fields, destination, shipment);
    if (!pickupPlaces.isEmpty())
        shipment.pickupPoint = pickupPlaces.constLast();

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
        if (e.status.subStatus() == SubStatus::ReturnToSender
            || e.status.subStatus() == SubStatus::ReturnedToSender)
            shipment.returnToSender = true;
    }

    const StatusFields current = readStatus(fields.object(p, u"currentStatus", context.path),
        context.path + u".currentStatus"_s, fields);
    if (!current.isEmpty()) {
        if (const auto mapping = lookup(current)) {
            shipment.status = mapping->status;
            anyMapped = true;
        } else {
            anyUnmapped = true;
        }
    }
    if (shipment.status.subStatus() == SubStatus::ReturnToSender
        || shipment.status.subStatus() == SubStatus::ReturnedToSender)
        shipment.returnToSender = true;
    shipment.statusUnmapped = anyUnmapped && !anyMapped;
    addDerivedFlags(shipment);
    return shipment;
}

} // namespace

QString UpsAdapter::id() const
{
    return u"ups"_s;
}

QString UpsAdapter::displayName() const
{
    return u"UPS"_s;
}

QUrl UpsAdapter::defaultBaseUrl() const
{
    return QUrl(u"https://onlinetools.ups.com"_s);
}

AuthScheme UpsAdapter::authScheme() const
{
    return AuthScheme::OAuth2ClientCredentials;
}

CarrierLimits UpsAdapter::limits() const
{
    // One inquiry number per call (the path takes one). UPS publishes no rate or daily limit
    // and answers 429 / 10429 when exceeded: 1 call per second is our own conservative choice.
    return {1, 1.0, 0};
}

QList<CarrierRequest> UpsAdapter::buildRequests(const QStringList &trackingNumbers,
    const QUrl &baseUrl, const CarrierCredentials &, const QString &token) const
{
    QList<CarrierRequest> requests;
    QString base = baseUrl.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith(u'/'))
        base.chop(1);
    for (const QString &raw : trackingNumbers) {
        const QString number = raw.trimmed();
        if (number.isEmpty())
            continue;
        CarrierRequest r;
        r.url = QUrl(base + u"/api/track/v1/details/"_s
            + QString::fromLatin1(QUrl::toPercentEncoding(number))
            + u"?locale=en_US&returnSignature=false&returnMilestones=false&returnPOD=false"_s);
        r.headers = {
            {"Authorization", "Bearer " + token.toUtf8()},
            // transId must be unique per request, at most 32 characters.
            {"transId", QUuid::createUuid().toByteArray(QUuid::Id128)},
            {"transactionSrc", "ParcelDesk"},
            {"Accept", "application/json"},
        };
        r.trackingNumbers = {number};
        requests.append(r);
    }
    return requests;
}

std::optional<CarrierRequest> UpsAdapter::buildTokenRequest(
    const QUrl &baseUrl, const CarrierCredentials &credentials) const
{
    QString base = baseUrl.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith(u'/'))
        base.chop(1);
    CarrierRequest r;
    r.method = "POST";
    r.url = QUrl(base + u"/security/v1/oauth/token"_s);
    // client_secret_basic, as the spec's x-tokenEndpointAuthMethod says.
    const QByteArray pair = credentials.clientId.toUtf8() + ':' + credentials.clientSecret.toUtf8();
    const QByteArray basic = pair.toBase64();
    r.headers = {
        {"Authorization", "Basic " + basic},
        {"Content-Type", "application/x-www-form-urlencoded"},
        {"Accept", "application/json"},
    };
    r.body = "grant_type=client_credentials";
    return r;
}

ParseResult UpsAdapter::parse(const CarrierResponse &response) const
{
    ParseResult result;
    const auto doc = CarrierJson::read(response.body);
    if (!doc) {
        if (response.httpStatus >= 400)
            result.errors.append(upsError(response, {}, doc.error().message));
        else
            result.errors.append({CarrierErrorKind::Malformed, {}, {}, doc.error().message, {}});
        return result;
    }
    const QJsonObject root = doc->object();
    if (root.value(u"response").isObject()) {
        readErrorEnvelope(response, root.value(u"response").toObject(), result);
        return result;
    }
    if (response.httpStatus >= 400 || !root.value(u"trackResponse").isObject()) {
        if (response.httpStatus >= 400)
            result.errors.append(upsError(response, {}, {}));
        else
            result.errors.append({CarrierErrorKind::Malformed, {}, {},
                CarrierTr::tr("trackResponse: missing or not an object"), {}});
        return result;
    }

    const StatusMap &map = StatusMap::forCarrier(id());
    const PackageReader reader(map, result);
    const JsonFieldReader callFields(&result.errors);
    const QJsonArray shipments
        = callFields.array(root.value(u"trackResponse").toObject(), u"shipment", u"trackResponse");
    QSet<QString> keys;
    for (qsizetype s = 0; s < shipments.size(); ++s) {
        const auto entry = callFields.objectEntry(shipments, s, u"trackResponse.shipment");
        if (!entry)
            continue;
        const QString shipmentPath = u"trackResponse.shipment[%1]"_s.arg(s);
        const QJsonObject &shipment = *entry;
        const QString inquiry = CarrierJson::text(shipment.value(u"inquiryNumber"));
        JsonFieldReader fields(&result.errors);
        fields.setTrackingNumber(inquiry);
        const QJsonArray packages = fields.array(shipment, u"package", shipmentPath);
        if (packages.isEmpty()) {
            // Not found comes back as HTTP 200 with a warning and no package.
            const QJsonArray warnings = fields.array(shipment, u"warnings", shipmentPath);
            CarrierError e {CarrierErrorKind::NotFound, inquiry, {},
                CarrierTr::tr("UPS has no tracking information for this number"), {}};
            if (!warnings.isEmpty()) {
                const QJsonObject w = warnings.at(0).toObject();
                e.code = CarrierJson::text(w.value(u"code"));
                const QString message = CarrierJson::text(w.value(u"message"));
                if (!message.isEmpty())
                    e.message = message;
            }
            result.errors.append(e);
            continue;
        }
        const QString packagesPath = shipmentPath + u".package"_s;
        for (qsizetype p = 0; p < packages.size(); ++p) {
            const auto package = fields.objectEntry(packages, p, packagesPath);
            if (!package)
                continue;
            const QString packagePath = JsonFieldReader::element(packagesPath, p);
            ParsedShipment parsed = reader.read(*package, {inquiry, packagePath});
            parsed.shipmentKey = parsed.trackingNumber;
            // A reused number answered twice keeps both, told apart by position.
            if (keys.contains(parsed.shipmentKey))
                parsed.shipmentKey += u"#%1.%2"_s.arg(s).arg(p);
            keys.insert(parsed.shipmentKey);
            result.shipments.append(parsed);
        }
    }
    return result;
}

int UpsAdapter::recognizes(const QByteArray &body) const
{
    const QByteArray head = body.left(4096);
    if (head.contains("\"trackResponse\""))
        return head.contains("\"inquiryNumber\"") || head.contains("\"activity\"") ? 95 : 80;
    if (head.contains("\"response\"") && head.contains("\"errors\"")) {
        for (const char *code : {"\"TW0001\"", "\"TV1002\"", "\"250003\"", "\"10429\""}) {
            if (head.contains(code))
                return 70;
        }
        return 30;
    }
    return 0;
}

} // namespace ParcelDesk
