#include "parsedjson.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

QString isoTimeWithOffset(qint64 utcMs, std::optional<int> offsetMinutes)
{
    if (!offsetMinutes)
        return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(Qt::ISODate);
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::OffsetFromUTC, *offsetMinutes * 60)
        .toString(Qt::ISODate);
}

namespace {

QJsonValue optionalTime(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(isoTimeWithOffset(*ms, 0)) : QJsonValue();
}

} // namespace

QList<QJsonObject> parseResultToJsonLines(const QString &carrier, const ParseResult &result)
{
    QList<QJsonObject> lines;
    for (const ParsedShipment &s : result.shipments) {
        for (const ParsedEvent &e : s.events) {
            lines.append(QJsonObject {
                {u"type"_s, u"event"_s},
                {u"carrier"_s, carrier},
                {u"tracking_number"_s, s.trackingNumber},
                {u"shipment_key"_s, s.shipmentKey},
                {u"occurred_at"_s, isoTimeWithOffset(e.occurredAtMs, e.utcOffsetMinutes)},
                {u"offset_assumed"_s, e.offsetAssumed},
                {u"tag"_s, tagToString(e.status.tag())},
                {u"substatus"_s, subStatusKey(e.status.subStatus())},
                {u"relevance"_s, e.relevance == Relevance::Milestone ? u"milestone"_s : u"noise"_s},
                {u"unmapped"_s, e.unmapped},
                {u"code"_s, e.code},
                {u"description"_s, e.description},
                {u"city"_s, e.city},
                {u"postcode"_s, e.postcode},
                {u"country"_s, e.country},
                {u"map_version"_s, e.mapVersion},
            });
        }
    }
    for (const ParsedShipment &s : result.shipments) {
        QJsonArray options;
        for (const DeliveryOption &o : s.deliveryOptions)
            options.append(
                QJsonObject {{u"option"_s, o.option}, {u"eligibility"_s, o.eligibility}});
        QJsonObject eta;
        if (s.eta.fromMs)
            eta.insert(u"from"_s, isoTimeWithOffset(*s.eta.fromMs, 0));
        if (s.eta.toMs)
            eta.insert(u"to"_s, isoTimeWithOffset(*s.eta.toMs, 0));
        QJsonObject o {
            {u"type"_s, u"shipment"_s},
            {u"carrier"_s, carrier},
            {u"tracking_number"_s, s.trackingNumber},
            {u"shipment_key"_s, s.shipmentKey},
            {u"service"_s, s.service},
            {u"tag"_s, tagToString(s.status.tag())},
            {u"substatus"_s, subStatusKey(s.status.subStatus())},
            {u"eta"_s, eta.isEmpty() ? QJsonValue() : QJsonValue(eta)},
            {u"delivered_at"_s, optionalTime(s.deliveredAtMs)},
            {u"attempts"_s, s.attempts},
            {u"signed_by"_s, s.signedBy},
            {u"proof_of_delivery"_s, s.proofOfDelivery},
            {u"return_to_sender"_s, s.returnToSender},
            {u"pickup_point"_s, s.pickupPoint},
            {u"weight_kg"_s, s.weightKg ? QJsonValue(*s.weightKg) : QJsonValue()},
            {u"origin_country"_s, s.originCountry},
            {u"destination_country"_s, s.destinationCountry},
            {u"events"_s, int(s.events.size())},
            {u"flags"_s, QJsonArray::fromStringList(s.flags)},
            {u"delivery_options"_s, options},
        };
        lines.append(o);
    }
    for (const CarrierError &e : result.errors) {
        lines.append(QJsonObject {
            {u"type"_s, u"error"_s},
            {u"carrier"_s, carrier},
            {u"kind"_s, carrierErrorKindName(e.kind)},
            {u"tracking_number"_s, e.trackingNumber},
            {u"code"_s, e.code},
            {u"message"_s, e.message},
            {u"retry_after"_s,
                e.retryAfterSeconds ? QJsonValue(*e.retryAfterSeconds) : QJsonValue()},
        });
    }
    return lines;
}

} // namespace ParcelDesk
