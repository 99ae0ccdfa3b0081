#include "dialect.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ParcelDesk::Sandbox {

namespace {

using namespace Dialects;

// "The request must contain 10 or less AP article ids, consignment ids, or barcode ids."
constexpr int maxIdsPerCall = 10;

// Where the journeys' places lie in Australia: from Sydney to Perth. Australia Post writes every
// time in Australian eastern time wherever the scan was, so a town needs no zone of its own.
constexpr auto easternTime = "Australia/Sydney";

struct Town
{
    const char16_t *suburb;
    const char16_t *state;
    const char16_t *postcode;
};

const Town &townAt(Place place)
{
    static constexpr Town origin {u"ALEXANDRIA", u"NSW", u"2015"};
    static constexpr Town hub {u"CHULLORA", u"NSW", u"2190"};
    static constexpr Town depot {u"PERTH", u"WA", u"6000"};
    static constexpr Town pickupPoint {u"PERTH", u"WA", u"6000"};
    switch (place) {
    case Place::None:
    case Place::Origin:
        return origin;
    case Place::Hub:
        return hub;
    case Place::Depot:
        return depot;
    case Place::PickupPoint:
        return pickupPoint;
    }
    return origin;
}

// "CHULLORA NSW", or with the postcode where Australia Post gives it: "ALEXANDRIA NSW 2015".
QString location(const Town &town, bool withPostcode)
{
    QString text = QString::fromUtf16(town.suburb) + u' ' + QString::fromUtf16(town.state);
    if (withPostcode)
        text += u' ' + QString::fromUtf16(town.postcode);
    return text;
}

struct StepText
{
    const char16_t *description;
    const char16_t *itemStatus; // the item's summary once this is its latest event; may be empty
    bool located; // whether the event names a place
};

// Events carry texts, no codes; the item carries a status text. Australia Post documents no
// text for a return to the sender: these two stay unmapped, as they would with the real API.
StepText auspostText(JourneyStep step)
{
    switch (step) {
    case JourneyStep::LabelCreated:
        return {u"Shipping information received by Australia Post", u"", false};
    case JourneyStep::PickedUp:
        return {u"Received by Australia Post", u"In transit", true};
    case JourneyStep::HubArrival:
        return {u"Item processed at facility", u"In transit", true};
    case JourneyStep::HubDeparture:
        return {u"In transit to next facility in ", u"In transit", false};
    case JourneyStep::Delayed:
        return {u"Possible delay", u"Possible delay", true};
    case JourneyStep::OutForDelivery:
        return {u"Onboard for delivery", u"On Board for Delivery", true};
    case JourneyStep::Delivered:
        return {u"Delivered - Left in a safe place", u"Delivered", true};
    case JourneyStep::FailedAttempt:
        return {u"Unsuccessful Delivery", u"Unsuccessful Delivery", true};
    case JourneyStep::AvailableForPickup:
        return {u"Awaiting collection", u"Awaiting collection", true};
    case JourneyStep::PickedUpAtPoint:
        return {u"Delivered - Collected by customer", u"Delivered", true};
    case JourneyStep::Damaged:
        return {u"Article damaged", u"Article damaged", true};
    case JourneyStep::AddressIssue:
        return {u"Cannot be delivered", u"Cannot be delivered", true};
    case JourneyStep::ReturnToSender:
        return {u"Being returned to sender", u"Being returned to sender", true};
    case JourneyStep::ReturnedToSender:
        return {u"Returned to sender", u"Returned to sender", true};
    }
    return {u"", u"", false};
}

SandboxReply errors(int status, const QJsonObject &error)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = json({{u"errors"_s, QJsonArray {error}}});
    return reply;
}

// Australia Post's Shipping and Tracking API, Track Items: GET /shipping/v1/track?tracking_ids=…
// with HTTP Basic (API key and password) and the Account-Number header; up to ten ids, an
// answer per id inside HTTP 200, errors included.
class AuspostDialect final : public Dialect
{
public:
    using Dialect::Dialect;

    QString carrier() const override { return u"auspost"_s; }

    void addRoutes(QHttpServer &server, const Respond &respond) override
    {
        server.route(u"/auspost/shipping/v1/track"_s,
            [this, respond](const QHttpServerRequest &r) { return respond(track(r)); });
    }

    SandboxReply failure(Failure failure, int) const override
    {
        switch (failure) {
        case Failure::TooManyRequests:
        case Failure::QuotaExhausted:
            // Australia Post publishes no quota: one answer for too many calls of either kind.
            return errors(
                429, {{u"error_code"_s, u"API_002"_s}, {u"error_name"_s, u"Too many requests"_s}});
        case Failure::Unauthorized:
            return errors(401,
                {{u"code"_s, u"41001"_s}, {u"name"_s, u"CUSTOMER_NOT_FOUND"_s},
                    {u"message"_s,
                        u"Customer information for the submitted customer identifier could not "
                        u"be found."_s},
                    {u"field"_s, u""_s}, {u"context"_s, QJsonArray {}}});
        }
        return {};
    }

private:
    SandboxReply track(const QHttpServerRequest &request)
    {
        SandboxReply reply;
        if (world().beginCall(*this, reply))
            return reply;
        // The API key is the Basic user name, as the adapter sends it: the account's user name,
        // or its API key when it has none.
        const auto &c = world().credentials();
        const QString user = c.username.isEmpty() ? c.apiKey : c.username;
        if (header(request, "Authorization") != basicAuth(user, c.password)
            || header(request, "Account-Number") != c.accountNumber.toUtf8())
            return failure(Failure::Unauthorized, 0);
        const QStringList ids = request.query()
                                    .queryItemValue(u"tracking_ids"_s, QUrl::FullyDecoded)
                                    .split(u',', Qt::SkipEmptyParts);
        if (ids.isEmpty()) {
            return errors(422,
                {{u"messages"_s, QJsonArray {}}, {u"error"_s, u"unprocessable_entity"_s},
                    {u"error_description"_s,
                        u"The data you supplied is invalid. Error messages are in the messages "
                        u"section. Please fix those fields and try again."_s}});
        }
        if (ids.size() > maxIdsPerCall) {
            return errors(400,
                {{u"code"_s, u"51101"_s}, {u"name"_s, u"TOO_MANY_AP_TRACKING_IDS"_s},
                    {u"message"_s,
                        u"The request must contain 10 or less AP article ids, consignment ids, "
                        u"or barcode ids."_s}});
        }
        QJsonArray results;
        for (const QString &id : ids)
            results.append(result(id.trimmed()));
        reply.body = json({{u"tracking_results"_s, results}});
        if (world().malformedFires(carrier()))
            reply.body.truncate(reply.body.size() / 2);
        return reply;
    }

    QJsonObject result(const QString &id)
    {
        // Australia Post says "invalid" for any id it has no record of, in HTTP 200.
        if (isUnknownNumber(id)) {
            return {{u"tracking_id"_s, id},
                {u"errors"_s,
                    QJsonArray {QJsonObject {
                        {u"code"_s, u"ESB-10001"_s}, {u"name"_s, u"Invalid tracking ID"_s}}}}};
        }
        const QList<JourneyEvent> events = world().journey(id).eventsBy(world().virtualNowMs());
        QJsonArray list;
        for (auto it = events.crbegin(); it != events.crend(); ++it) { // newest first
            const StepText t = auspostText(it->step);
            QString description = QString::fromUtf16(t.description);
            if (it->step == JourneyStep::HubDeparture)
                description += location(townAt(Place::Depot), false);
            QJsonObject e;
            if (t.located) {
                const bool withPostcode = it->step == JourneyStep::PickedUp
                    || it->step == JourneyStep::Delivered
                    || it->step == JourneyStep::AvailableForPickup
                    || it->step == JourneyStep::PickedUpAtPoint;
                e.insert(u"location"_s, location(townAt(it->place), withPostcode));
            }
            e.insert(u"description"_s, description);
            e.insert(u"date"_s, localTime(it->atMs, easternTime, OffsetStyle::Colon));
            list.append(e);
        }
        QJsonObject item {
            {u"article_id"_s, id}, {u"product_type"_s, u"Parcel Post"_s}, {u"events"_s, list}};
        const QString status = events.isEmpty()
            ? QString()
            : QString::fromUtf16(auspostText(events.last().step).itemStatus);
        if (!status.isEmpty())
            item.insert(u"status"_s, status);
        QJsonObject entry {{u"tracking_id"_s, id}, {u"trackable_items"_s, QJsonArray {item}}};
        // The result repeats the status only once the item is delivered.
        if (status == u"Delivered")
            entry.insert(u"status"_s, status);
        return entry;
    }
};

} // namespace

std::unique_ptr<Dialect> makeAuspostDialect(SandboxWorld &world)
{
    return std::make_unique<AuspostDialect>(world);
}

} // namespace ParcelDesk::Sandbox
