#include "dialect.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ParcelDesk::Sandbox {

namespace {

using namespace Dialects;

struct StepText
{
    const char16_t *code;
    const char16_t *text;
};

StepText dhlText(JourneyStep step)
{
    switch (step) {
    case JourneyStep::LabelCreated:
        return {u"pre-transit",
            u"The shipment data has been transmitted electronically by the sender."};
    case JourneyStep::PickedUp:
        return {u"transit", u"The shipment has been posted by the sender at the retail outlet."};
    case JourneyStep::HubArrival:
        return {u"transit", u"The shipment has arrived at the parcel center."};
    case JourneyStep::HubDeparture:
        return {u"transit", u"The shipment has been processed in the parcel center."};
    case JourneyStep::OutForDelivery:
        return {u"transit",
            u"The shipment has been loaded onto the delivery vehicle and is out for delivery."};
    case JourneyStep::Delivered:
        return {u"delivered", u"The shipment has been successfully delivered."};
    case JourneyStep::FailedAttempt:
        return {u"transit", u"A delivery attempt was made; the recipient was not available."};
    case JourneyStep::AvailableForPickup:
        return {u"transit", u"The shipment is ready for pick-up at the retail outlet."};
    case JourneyStep::PickedUpAtPoint:
        return {u"delivered",
            u"The shipment has been picked up by the recipient from the retail outlet."};
    case JourneyStep::Damaged:
        return {u"failure", u"The shipment has been damaged."};
    case JourneyStep::AddressIssue:
        return {u"failure", u"The shipment could not be delivered: the address is incomplete."};
    case JourneyStep::Delayed:
        return {u"transit", u"Delivery has been postponed because of high volumes."};
    case JourneyStep::ReturnToSender:
        return {u"transit", u"The shipment is being returned to sender."};
    case JourneyStep::ReturnedToSender:
        return {u"delivered", u"The shipment has been returned to sender."};
    }
    return {u"unknown", u""};
}

QByteArray problem(int status, const QString &title, const QString &detail)
{
    return json({{u"status"_s, status}, {u"title"_s, title}, {u"detail"_s, detail}});
}

// DHL Shipment Tracking - Unified: GET /track/shipments?trackingNumber=…, key in DHL-API-Key,
// RFC 7807 problem bodies. parcel-de writes German local time without an offset.
class DhlDialect final : public Dialect
{
public:
    using Dialect::Dialect;

    QString carrier() const override { return u"dhl"_s; }

    void addRoutes(QHttpServer &server, const Respond &respond) override
    {
        server.route(u"/dhl/track/shipments"_s,
            [this, respond](const QHttpServerRequest &r) { return respond(track(r)); });
    }

    SandboxReply failure(Failure failure, int) const override
    {
        SandboxReply reply;
        switch (failure) {
        case Failure::TooManyRequests:
            reply.status = 429;
            reply.body = problem(429, u"Too Many Requests"_s,
                u"Too many requests within defined time period, please try again later."_s);
            break;
        case Failure::QuotaExhausted:
            reply.status = 429;
            reply.body = problem(429, u"Too Many Requests"_s, u"Daily quota exceeded."_s);
            break;
        case Failure::Unauthorized:
            reply.status = 401;
            reply.body = problem(401, u"Unauthorized"_s, u"Invalid API key."_s);
            break;
        }
        return reply;
    }

private:
    SandboxReply track(const QHttpServerRequest &request)
    {
        SandboxReply reply;
        if (world().beginCall(*this, reply))
            return reply;
        if (header(request, "DHL-API-Key") != world().credentials().apiKey.toUtf8())
            return failure(Failure::Unauthorized, 0);
        const QString number = request.query().queryItemValue(u"trackingNumber"_s);
        if (number.isEmpty()) {
            reply.status = 400;
            reply.body = problem(400, u"Bad Request"_s, u"trackingNumber is missing"_s);
            return reply;
        }
        if (isUnknownNumber(number)) {
            reply.status = 404;
            reply.body = json({{u"title"_s, u"No result found"_s}, {u"status"_s, 404},
                {u"detail"_s, u"No shipment with given tracking number found."_s},
                {u"instance"_s, QString(u"/shipment/"_s + number)}});
            return reply;
        }
        const Journey &j = world().journey(number);
        const QList<JourneyEvent> events = j.eventsBy(world().virtualNowMs());
        QJsonArray list;
        for (auto it = events.crbegin(); it != events.crend(); ++it) { // newest first
            const StepText t = dhlText(it->step);
            QJsonObject e {
                {u"timestamp"_s, localTime(it->atMs, "Europe/Berlin", OffsetStyle::None)},
                {u"statusCode"_s, QString::fromUtf16(t.code)},
                {u"status"_s, QString::fromUtf16(t.text)},
                {u"description"_s, QString::fromUtf16(t.text)}};
            if (!it->city.isEmpty()) {
                e.insert(u"location"_s,
                    QJsonObject {{u"address"_s,
                        QJsonObject {{u"addressLocality"_s, it->city},
                            {u"postalCode"_s, it->postcode}, {u"countryCode"_s, it->country}}}});
            }
            list.append(e);
        }
        QJsonObject shipment {{u"id"_s, number}, {u"service"_s, u"parcel-de"_s},
            {u"origin"_s, QJsonObject {{u"address"_s, QJsonObject {{u"countryCode"_s, u"DE"_s}}}}},
            {u"destination"_s,
                QJsonObject {{u"address"_s, QJsonObject {{u"countryCode"_s, u"DE"_s}}}}},
            {u"events"_s, list}};
        if (!list.isEmpty())
            shipment.insert(u"status"_s, list.first());
        if (!isFinished(events))
            shipment.insert(u"estimatedTimeOfDelivery"_s, utcIso(j.etaMs));
        reply.body = json({{u"shipments"_s, QJsonArray {shipment}}});
        if (world().malformedFires(carrier()))
            reply.body.truncate(reply.body.size() / 2);
        return reply;
    }
};

} // namespace

std::unique_ptr<Dialect> makeDhlDialect(SandboxWorld &world)
{
    return std::make_unique<DhlDialect>(world);
}

} // namespace ParcelDesk::Sandbox
