#include "dhladapter.h"

#include "carrierjson.h"
#include "carriertime.h"
#include "jsonfieldreader.h"
#include "statusmap.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

// DHL's unified statusCode values; anything else is a service's own code (see the map).
bool isUnifiedCode(const QString &code)
{
    return code == u"pre-transit" || code == u"transit" || code == u"delivered"
        || code == u"failure" || code == u"unknown";
}

CarrierError malformed(const QString &message, const QString &trackingNumber = {})
{
    CarrierError e;
    e.kind = CarrierErrorKind::Malformed;
    e.trackingNumber = trackingNumber;
    e.message = message;
    return e;
}

// Collects what one shipment's fields say; fields it cannot read go to the JsonFieldReader.
class ShipmentReader
{
public:
    ShipmentReader(const StatusMap &map, QList<CarrierError> &errors)
        : m_map(map)
        , m_fields(&errors)
    { }

    void setTrackingNumber(const QString &number) { m_fields.setTrackingNumber(number); }

    const JsonFieldReader &fields() const { return m_fields; }

    struct Place
    {
        QString city;
        QString postcode;
        QString country;
    };

    // location.address as DHL writes it: the locality is sometimes only a country name.
    Place place(const QJsonObject &owner, const QString &path)
    {
        const QJsonObject address = m_fields.object(m_fields.object(owner, u"location", path),
            u"address", JsonFieldReader::field(path, u"location"));
        return address_(address, path + u".location.address"_s);
    }

    Place address_(const QJsonObject &address, const QString &path)
    {
        Place p;
        const QString locality = m_fields.string(address, u"addressLocality", path);
        p.postcode = m_fields.string(address, u"postalCode", path);
        const QString code = m_fields.string(address, u"countryCode", path);
        p.country = countryOf(code);
        const QString localityCountry = countryCodeOf(locality);
        if (!localityCountry.isEmpty()) {
            if (p.country.isEmpty())
                p.country = localityCountry;
        } else {
            p.city = locality;
        }
        return p;
    }

    static QString countryOf(const QString &code)
    {
        const QString known = countryCodeOf(code);
        if (!known.isEmpty())
            return known;
        // DHL sends ISO alpha-2; keep codes our zone table does not list.
        if (code.size() == 2 && code.at(0).isLetter() && code.at(1).isLetter())
            return code.toUpper();
        return {};
    }

    // An event, or the shipment's current status, which has the same shape.
    std::optional<ParsedEvent> event(const QJsonObject &o, const QString &path,
        const QString &service, const QString &fallbackCountry)
    {
        ParsedEvent e;
        const Place p = place(o, path);
        e.city = p.city;
        e.postcode = p.postcode;
        e.country = p.country;
        e.code = m_fields.string(o, u"statusCode", path);
        const QString status = m_fields.string(o, u"status", path);
        const QString description = m_fields.string(o, u"description", path);
        const QString remark = m_fields.string(o, u"remark", path);
        QStringList parts;
        for (const QString &part : {status, description, remark}) {
            if (!part.isEmpty() && !parts.contains(part))
                parts.append(part);
        }
        e.description = parts.join(u" – "_s);

        if (!o.contains(u"timestamp"_s)) {
            m_fields.reportMissing(path, u"timestamp");
            return std::nullopt;
        }
        const auto t = m_fields.time(
            o, u"timestamp", path, e.country.isEmpty() ? fallbackCountry : e.country);
        if (!t)
            return std::nullopt;
        e.occurredAtMs = t->utcMs;
        e.utcOffsetMinutes = t->offsetMinutes;
        e.offsetAssumed = t->offsetAssumed;

        // A service's own code (should DHL pass one through) is keyed by service.
        const QString key
            = isUnifiedCode(e.code) || service.isEmpty() ? e.code : service + u'/' + e.code;
        const QString matchText = status == description ? status : status + u' ' + description;
        const auto mapping = e.code.isEmpty() ? std::nullopt : m_map.map(key, matchText);
        if (mapping) {
            e.status = mapping->status;
            e.relevance = mapping->relevance;
        } else {
            e.unmapped = true;
        }
        e.mapVersion = m_map.version();
        return e;
    }

private:
    const StatusMap &m_map;
    JsonFieldReader m_fields;
};

std::optional<double> weightInKg(
    const QJsonObject &weight, const QString &path, const JsonFieldReader &fields)
{
    if (weight.isEmpty())
        return std::nullopt;
    const auto value = fields.number(weight, u"value", path);
    if (!value)
        return std::nullopt;
    const QString unit = fields.string(weight, u"unitText", path).toLower();
    const double v = *value;
    if (unit.isEmpty() || unit == u"kg")
        return v;
    if (unit == u"g")
        return v / 1000.0;
    if (unit == u"lb" || unit == u"lbs")
        return v * 0.45359237;
    fields.report(JsonFieldReader::field(path, u"unitText"), CarrierTr::tr("not a weight unit"));
    return std::nullopt;
}

QString personName(const QJsonObject &person, const QString &path, const JsonFieldReader &fields)
{
    const QString given = fields.string(person, u"givenName", path);
    const QString family = fields.string(person, u"familyName", path);
    if (!given.isEmpty() && !family.isEmpty())
        return given + u' ' + family;
    const QString name = fields.string(person, u"name", path);
    return name.isEmpty() ? family : name;
}

bool isReturn(Status s)
{
    return s.subStatus() == SubStatus::ReturnToSender
        || s.subStatus() == SubStatus::ReturnedToSender;
}

std::optional<ParsedShipment> readShipment(
    const QJsonObject &o, const QString &path, const StatusMap &map, QList<CarrierError> &errors)
{
    ShipmentReader reader(map, errors);
    const QJsonValue idValue = o.value(u"id"_s);
    // Usually a string, a number in one of DHL's own examples.
    const QString number = CarrierJson::text(idValue);
    if (number.isEmpty()) {
        errors.append(malformed(CarrierTr::tr("%1.id is missing or not a number").arg(path)));
        return std::nullopt;
    }
    reader.setTrackingNumber(number);
    const JsonFieldReader &fields = reader.fields();

    ParsedShipment s;
    s.carrier = map.carrier().isEmpty() ? u"dhl"_s : map.carrier();
    s.trackingNumber = number;
    const QString service = fields.string(o, u"service", path);
    s.shipmentKey = service.isEmpty() ? number : service + u'/' + number;

    const auto origin = reader.address_(fields.object(fields.object(o, u"origin", path), u"address",
                                            JsonFieldReader::field(path, u"origin")),
        path + u".origin.address"_s);
    const auto destination
        = reader.address_(fields.object(fields.object(o, u"destination", path), u"address",
                              JsonFieldReader::field(path, u"destination")),
            path + u".destination.address"_s);
    s.originCountry = origin.country;
    s.destinationCountry = destination.country;
    // Offset-less times are local at the event; without a place, at the destination.
    const QString fallbackCountry
        = destination.country.isEmpty() ? origin.country : destination.country;

    const QJsonObject details = fields.object(o, u"details", path);
    const QString detailsPath = path + u".details"_s;
    const QString product = fields.string(fields.object(details, u"product", detailsPath),
        u"productName", JsonFieldReader::field(detailsPath, u"product"));
    s.service = product.isEmpty() ? service : product;
    s.weightKg = weightInKg(
        fields.object(details, u"weight", detailsPath), detailsPath + u".weight"_s, fields);

    const QJsonArray events = fields.array(o, u"events", path);
    const QString eventsPath = JsonFieldReader::field(path, u"events");
    for (qsizetype i = 0; i < events.size(); ++i) {
        const auto event = fields.objectEntry(events, i, eventsPath);
        if (!event)
            continue;
        const QString eventPath = JsonFieldReader::element(eventsPath, i);
        if (auto e = reader.event(*event, eventPath, service, fallbackCountry))
            s.events.append(*e);
    }
    // DHL lists newest first; equal times keep DHL's order of those events, reversed.
    std::reverse(s.events.begin(), s.events.end());
    std::stable_sort(s.events.begin(), s.events.end(),
        [](const ParsedEvent &a, const ParsedEvent &b) { return a.occurredAtMs < b.occurredAtMs; });

    Status fromEvents;
    qint64 fromEventsAt = 0;
    for (const ParsedEvent &e : std::as_const(s.events)) {
        if (e.unmapped)
            continue;
        if (Status::supersedes(fromEvents, fromEventsAt, e.status, e.occurredAtMs)) {
            fromEvents = e.status;
            fromEventsAt = e.occurredAtMs;
        }
        if (e.status.tag() == StatusTag::AttemptFail)
            ++s.attempts;
        if (isReturn(e.status))
            s.returnToSender = true;
        if (e.status.tag() == StatusTag::Delivered)
            s.deliveredAtMs = e.occurredAtMs;
        if (e.status.tag() == StatusTag::AvailableForPickup && !e.city.isEmpty())
            s.pickupPoint = e.postcode.isEmpty() ? e.city : e.postcode + u' ' + e.city;
    }

    s.status = fromEvents;
    std::optional<ParsedEvent> current;
    const QJsonObject currentStatus = fields.object(o, u"status", path);
    if (o.value(u"status"_s).isObject())
        current = reader.event(currentStatus, path + u".status"_s, service, fallbackCountry);
    if (current && !current->unmapped) {
        s.status = current->status;
        if (isReturn(current->status))
            s.returnToSender = true;
        if (current->status.tag() == StatusTag::Delivered && !s.deliveredAtMs)
            s.deliveredAtMs = current->occurredAtMs;
    } else if (current) {
        s.statusUnmapped = true;
    }
    if (s.status.tag() != StatusTag::Delivered)
        s.deliveredAtMs.reset();

    const QJsonObject pod = fields.object(details, u"proofOfDelivery", detailsPath);
    const QString podPath = detailsPath + u".proofOfDelivery"_s;
    s.signedBy = personName(fields.object(pod, u"signed", podPath), podPath + u".signed"_s, fields);
    s.proofOfDelivery = !fields.string(pod, u"documentUrl", podPath).isEmpty()
        || !fields.string(pod, u"signatureUrl", podPath).isEmpty()
        || details.value(u"proofOfDeliverySignedAvailable"_s).toBool();
    if (s.status.tag() == StatusTag::Delivered && !s.deliveredAtMs) {
        if (const auto t = fields.time(pod, u"timestamp", podPath, fallbackCountry))
            s.deliveredAtMs = t->utcMs;
    }

    const QJsonObject frame = fields.object(o, u"estimatedDeliveryTimeFrame", path);
    const QString framePath = path + u".estimatedDeliveryTimeFrame"_s;
    if (const auto from = fields.time(frame, u"estimatedFrom", framePath, fallbackCountry))
        s.eta.fromMs = from->utcMs;
    if (const auto to = fields.time(frame, u"estimatedThrough", framePath, fallbackCountry))
        s.eta.toMs = to->utcMs;
    if (!s.eta.fromMs && !s.eta.toMs) {
        if (const auto eta = fields.time(o, u"estimatedTimeOfDelivery", path, fallbackCountry)) {
            s.eta.fromMs = eta->utcMs;
            s.eta.toMs = eta->utcMs;
        }
    }

    addDerivedFlags(s);
    return s;
}

// RFC 7807 problem bodies: {title, status, detail, instance}.
CarrierError problemError(const CarrierResponse &response, const QJsonObject &body)
{
    CarrierResponse effective = response;
    const int bodyStatus = body.value(u"status"_s).toInt();
    if (response.httpStatus == 200 && bodyStatus >= 400)
        effective.httpStatus = bodyStatus;
    const QString title = body.value(u"title"_s).toString();
    const QString detail = body.value(u"detail"_s).toString();
    const QString message = detail.isEmpty() ? title : detail;
    CarrierError e = CarrierJson::errorForHttpStatus(
        effective, QString::number(effective.httpStatus), message.left(300));
    if (e.kind == CarrierErrorKind::NotFound) {
        // "instance": "/shipment/8264715546" names the number DHL did not find.
        const QString instance = body.value(u"instance"_s).toString();
        const QString last = instance.section(u'/', -1);
        if (!last.isEmpty() && instance.startsWith(u"/shipment"))
            e.trackingNumber = last;
    }
    return e;
}

} // namespace

QString DhlAdapter::id() const
{
    return u"dhl"_s;
}

QString DhlAdapter::displayName() const
{
    return u"DHL"_s;
}

QUrl DhlAdapter::defaultBaseUrl() const
{
    return QUrl(u"https://api-eu.dhl.com"_s);
}

AuthScheme DhlAdapter::authScheme() const
{
    return AuthScheme::ApiKeyHeader;
}

CarrierLimits DhlAdapter::limits() const
{
    // The "Starter" level every new key gets: 1 call/s, 250 calls/day, one number per call.
    return CarrierLimits {1, 1.0, 250};
}

QList<CarrierRequest> DhlAdapter::buildRequests(const QStringList &trackingNumbers,
    const QUrl &baseUrl, const CarrierCredentials &credentials, const QString &) const
{
    QList<CarrierRequest> requests;
    QStringList seen;
    const QUrl base = baseUrl.isValid() && !baseUrl.isEmpty() ? baseUrl : defaultBaseUrl();
    QString basePath = base.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    for (const QString &raw : trackingNumbers) {
        const QString number = raw.trimmed();
        if (number.isEmpty() || seen.contains(number))
            continue;
        seen.append(number);
        CarrierRequest r;
        r.url = base;
        r.url.setPath(basePath + u"/track/shipments"_s);
        QUrlQuery query;
        query.addQueryItem(
            u"trackingNumber"_s, QString::fromLatin1(QUrl::toPercentEncoding(number)));
        // English texts are what the text rules of the status map read first.
        query.addQueryItem(u"language"_s, u"en"_s);
        r.url.setQuery(query);
        r.headers.emplaceBack("DHL-API-Key", credentials.apiKey.toUtf8());
        r.headers.emplaceBack("Accept", "application/json");
        r.trackingNumbers = {number};
        requests.append(r);
    }
    return requests;
}

ParseResult DhlAdapter::parse(const CarrierResponse &response) const
{
    ParseResult result;
    const auto doc = CarrierJson::read(response.body);
    const QJsonObject root = doc && doc->isObject() ? doc->object() : QJsonObject();
    if (response.httpStatus != 200) {
        result.errors.append(problemError(response, root));
        return result;
    }
    if (!doc) {
        result.errors.append(malformed(doc.error().message));
        return result;
    }
    if (!doc->isObject()) {
        result.errors.append(malformed(CarrierTr::tr("the answer is not a JSON object")));
        return result;
    }
    const QJsonValue shipments = root.value(u"shipments"_s);
    if (!shipments.isArray()) {
        if (root.value(u"status"_s).toInt() >= 400)
            result.errors.append(problemError(response, root));
        else
            result.errors.append(malformed(CarrierTr::tr("shipments is missing or not a list")));
        return result;
    }
    const StatusMap &map = StatusMap::forCarrier(id());
    const QJsonArray list = shipments.toArray();
    const JsonFieldReader fields(&result.errors);
    QStringList keys;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const auto shipment = fields.objectEntry(list, i, u"shipments");
        if (!shipment)
            continue;
        auto s = readShipment(
            *shipment, JsonFieldReader::element(u"shipments", i), map, result.errors);
        if (!s)
            continue;
        s->carrier = id();
        // The same number twice in one answer (two back ends) must stay two shipments.
        if (keys.contains(s->shipmentKey))
            s->shipmentKey += u'#' + QString::number(i);
        keys.append(s->shipmentKey);
        result.shipments.append(*s);
    }
    return result;
}

int DhlAdapter::recognizes(const QByteArray &body) const
{
    if (body.contains("\"shipments\"")) {
        int score = 40;
        if (body.contains("\"statusCode\""))
            score += 25;
        if (body.contains("\"possibleAdditionalShipmentsUrl\""))
            score += 30;
        if (body.contains("\"service\""))
            score += 5;
        return std::min(score, 100);
    }
    // A bare RFC 7807 problem body: DHL's, but other carriers send them too.
    if (body.contains("\"title\"") && body.contains("\"detail\"") && body.contains("\"status\"")
        && !body.contains("\"type\""))
        return 30;
    return 0;
}

} // namespace ParcelDesk
