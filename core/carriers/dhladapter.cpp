#include "dhladapter.h"

#include "carrierjson.h"
#include "carriertime.h"
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

// Collects what one shipment's fields say, and which of them could not be read.
class ShipmentReader
{
public:
    ShipmentReader(const StatusMap &map, QList<CarrierError> &errors)
        : m_map(map)
        , m_errors(errors)
    { }

    void setTrackingNumber(const QString &number) { m_number = number; }

    // A text field: absent or null is empty; any other non-text type is an error that names it.
    QString text(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (v.isString())
            return v.toString().trimmed();
        wrongType(path + u'.' + key, CarrierTr::tr("text"));
        return {};
    }

    // An object field: absent or null is empty.
    QJsonObject object(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isObject())
            return v.toObject();
        if (!v.isUndefined() && !v.isNull())
            wrongType(path + u'.' + key, CarrierTr::tr("an object"));
        return {};
    }

    void wrongType(const QString &field, const QString &expected)
    {
        m_errors.append(malformed(CarrierTr::tr("%1 is not %2").arg(field, expected), m_number));
    }

    void unreadable(const QString &field, const QString &value)
    {
        m_errors.append(malformed(
            CarrierTr::tr("%1 is not a time: \"%2\"").arg(field, value.left(64)), m_number));
    }

    struct Place
    {
        QString city;
        QString postcode;
        QString country;
    };

    // location.address as DHL writes it: the locality is sometimes only a country name.
    Place place(const QJsonObject &owner, const QString &path)
    {
        const QJsonObject address
            = object(object(owner, u"location"_s, path), u"address"_s, path + u".location"_s);
        return address_(address, path + u".location.address"_s);
    }

    Place address_(const QJsonObject &address, const QString &path)
    {
        Place p;
        const QString locality = text(address, u"addressLocality"_s, path);
        p.postcode = text(address, u"postalCode"_s, path);
        const QString code = text(address, u"countryCode"_s, path);
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

    std::optional<CarrierTime> time(
        const QJsonObject &o, const QString &key, const QString &path, const QString &country)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isString()) {
            wrongType(path + u'.' + key, CarrierTr::tr("text"));
            return std::nullopt;
        }
        const auto t = parseCarrierTime(v.toString(), country);
        if (!t)
            unreadable(path + u'.' + key, v.toString());
        return t;
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
        e.code = text(o, u"statusCode"_s, path);
        const QString status = text(o, u"status"_s, path);
        const QString description = text(o, u"description"_s, path);
        const QString remark = text(o, u"remark"_s, path);
        QStringList parts;
        for (const QString &part : {status, description, remark}) {
            if (!part.isEmpty() && !parts.contains(part))
                parts.append(part);
        }
        e.description = parts.join(u" – "_s);

        if (!o.contains(u"timestamp"_s)) {
            m_errors.append(
                malformed(CarrierTr::tr("%1.timestamp is missing").arg(path), m_number));
            return std::nullopt;
        }
        const auto t
            = time(o, u"timestamp"_s, path, e.country.isEmpty() ? fallbackCountry : e.country);
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
    QList<CarrierError> &m_errors;
    QString m_number;
};

std::optional<double> weightInKg(
    const QJsonObject &weight, const QString &path, ShipmentReader &reader)
{
    if (weight.isEmpty())
        return std::nullopt;
    const QJsonValue value = weight.value(u"value"_s);
    if (!value.isDouble()) {
        if (!value.isUndefined() && !value.isNull())
            reader.wrongType(path + u".value"_s, CarrierTr::tr("a number"));
        return std::nullopt;
    }
    const QString unit = reader.text(weight, u"unitText"_s, path).toLower();
    const double v = value.toDouble();
    if (unit.isEmpty() || unit == u"kg")
        return v;
    if (unit == u"g")
        return v / 1000.0;
    if (unit == u"lb" || unit == u"lbs")
        return v * 0.45359237;
    reader.wrongType(path + u".unitText"_s, CarrierTr::tr("a weight unit"));
    return std::nullopt;
}

QString personName(const QJsonObject &person, const QString &path, ShipmentReader &reader)
{
    const QString given = reader.text(person, u"givenName"_s, path);
    const QString family = reader.text(person, u"familyName"_s, path);
    if (!given.isEmpty() && !family.isEmpty())
        return given + u' ' + family;
    const QString name = reader.text(person, u"name"_s, path);
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

    ParsedShipment s;
    s.carrier = map.carrier().isEmpty() ? u"dhl"_s : map.carrier();
    s.trackingNumber = number;
    const QString service = reader.text(o, u"service"_s, path);
    s.shipmentKey = service.isEmpty() ? number : service + u'/' + number;

    const auto origin = reader.address_(
        reader.object(reader.object(o, u"origin"_s, path), u"address"_s, path + u".origin"_s),
        path + u".origin.address"_s);
    const auto destination = reader.address_(reader.object(reader.object(o, u"destination"_s, path),
                                                 u"address"_s, path + u".destination"_s),
        path + u".destination.address"_s);
    s.originCountry = origin.country;
    s.destinationCountry = destination.country;
    // Offset-less times are local at the event; without a place, at the destination.
    const QString fallbackCountry
        = destination.country.isEmpty() ? origin.country : destination.country;

    const QJsonObject details = reader.object(o, u"details"_s, path);
    const QString detailsPath = path + u".details"_s;
    const QString product = reader.text(reader.object(details, u"product"_s, detailsPath),
        u"productName"_s, detailsPath + u".product"_s);
    s.service = product.isEmpty() ? service : product;
    s.weightKg = weightInKg(
        reader.object(details, u"weight"_s, detailsPath), detailsPath + u".weight"_s, reader);

    const QJsonValue eventsValue = o.value(u"events"_s);
    if (!eventsValue.isUndefined() && !eventsValue.isNull() && !eventsValue.isArray())
        reader.wrongType(path + u".events"_s, CarrierTr::tr("a list"));
    const QJsonArray events = eventsValue.toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString eventPath = path + u".events[%1]"_s.arg(i);
        if (!events.at(i).isObject()) {
            reader.wrongType(eventPath, CarrierTr::tr("an object"));
            continue;
        }
        if (auto e = reader.event(events.at(i).toObject(), eventPath, service, fallbackCountry))
            s.events.append(*e);
    }
    // DHL lists newest first; equal times keep DHL's order of those events, reversed.
    std::reverse(s.events.begin(), s.events.end());
    std::stable_sort(s.events.begin(), s.events.end(),
        [](const ParsedEvent &a, const ParsedEvent &b) { return a.occurredAtMs < b.occurredAtMs; });

    Status fromEvents;
    qint64 fromEventsAt = 0;
    bool anyUnmapped = false;
    for (const ParsedEvent &e : std::as_const(s.events)) {
        anyUnmapped = anyUnmapped || e.unmapped;
        if (e.offsetAssumed && !s.flags.contains(u"offset_assumed"_s))
            s.flags.append(u"offset_assumed"_s);
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
    if (o.value(u"status"_s).isObject())
        current = reader.event(
            o.value(u"status"_s).toObject(), path + u".status"_s, service, fallbackCountry);
    else if (o.contains(u"status"_s) && !o.value(u"status"_s).isNull())
        reader.wrongType(path + u".status"_s, CarrierTr::tr("an object"));
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

    const QJsonObject pod = reader.object(details, u"proofOfDelivery"_s, detailsPath);
    const QString podPath = detailsPath + u".proofOfDelivery"_s;
    s.signedBy
        = personName(reader.object(pod, u"signed"_s, podPath), podPath + u".signed"_s, reader);
    s.proofOfDelivery = !reader.text(pod, u"documentUrl"_s, podPath).isEmpty()
        || !reader.text(pod, u"signatureUrl"_s, podPath).isEmpty()
        || details.value(u"proofOfDeliverySignedAvailable"_s).toBool();
    if (s.status.tag() == StatusTag::Delivered && !s.deliveredAtMs) {
        if (const auto t = reader.time(pod, u"timestamp"_s, podPath, fallbackCountry))
            s.deliveredAtMs = t->utcMs;
    }

    const QJsonObject frame = reader.object(o, u"estimatedDeliveryTimeFrame"_s, path);
    const QString framePath = path + u".estimatedDeliveryTimeFrame"_s;
    if (const auto from = reader.time(frame, u"estimatedFrom"_s, framePath, fallbackCountry))
        s.eta.fromMs = from->utcMs;
    if (const auto to = reader.time(frame, u"estimatedThrough"_s, framePath, fallbackCountry))
        s.eta.toMs = to->utcMs;
    if (!s.eta.fromMs && !s.eta.toMs) {
        if (const auto eta = reader.time(o, u"estimatedTimeOfDelivery"_s, path, fallbackCountry)) {
            s.eta.fromMs = eta->utcMs;
            s.eta.toMs = eta->utcMs;
        }
    }

    if (anyUnmapped || s.statusUnmapped)
        s.flags.append(u"unmapped_codes"_s);
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
    QStringList keys;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = u"shipments[%1]"_s.arg(i);
        if (!list.at(i).isObject()) {
            result.errors.append(malformed(CarrierTr::tr("%1 is not an object").arg(path)));
            continue;
        }
        auto s = readShipment(list.at(i).toObject(), path, map, result.errors);
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
