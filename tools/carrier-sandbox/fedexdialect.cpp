#include "dialect.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ParcelDesk::Sandbox {

namespace {

using namespace Dialects;

// trackingInfo: "At least one occurrence of TrackingInfo is required. Maximum limit is 30."
constexpr int maxNumbersPerCall = 30;

struct Town
{
    const char16_t *city;
    const char16_t *state;
    const char16_t *zip;
    const char *zone;
    const char16_t *locationId; // the FedEx station
    const char16_t *street; // only where a customer collects a parcel
};

// FedEx Express from Newark through the Memphis hub to Phoenix, where the clocks never change:
// Arizona keeps standard time all year.
constexpr Town newark {u"NEWARK", u"NJ", u"07114", "America/New_York", u"EWRA", u""};
constexpr Town memphis {u"MEMPHIS", u"TN", u"38118", "America/Chicago", u"MEMH", u""};
constexpr Town phoenix {u"PHOENIX", u"AZ", u"85043", "America/Phoenix", u"PHXA", u""};
constexpr Town fedexOffice {
    u"PHOENIX", u"AZ", u"85004", "America/Phoenix", u"PHXOC", u"2 N CENTRAL AVE"};
constexpr Town recipient {u"PHOENIX", u"AZ", u"85016", "America/Phoenix", u"PHXA", u""};

// A parcel held for the receiver waits at a FedEx Office; what happens at the door is reported
// from the receiver's town.
const Town &townOf(const JourneyEvent &e)
{
    if (e.step == JourneyStep::AvailableForPickup || e.step == JourneyStep::PickedUpAtPoint)
        return fedexOffice;
    switch (e.place) {
    case Place::None:
    case Place::Origin:
        return newark;
    case Place::Hub:
        return memphis;
    case Place::Depot:
        if (e.step == JourneyStep::Delivered || e.step == JourneyStep::FailedAttempt
            || e.step == JourneyStep::AddressIssue)
            return recipient;
        return phoenix;
    case Place::PickupPoint:
        return fedexOffice;
    }
    return newark;
}

QString text(const char16_t *s)
{
    return QString::fromUtf16(s);
}

// FedEx writes scan times in the local time of the scan, with the offset:
// "2024-08-20T12:41:57-04:00".
QString scanTime(qint64 utcMs, const char *zone)
{
    return localTime(utcMs, zone, OffsetStyle::Colon);
}

// Ship and promise dates are days written as midnight in Memphis: "2024-08-15T00:00:00-06:00".
QString memphisDay(qint64 utcMs, const char *zone)
{
    return localTime(utcMs, zone, OffsetStyle::None, u"yyyy-MM-dd") + u"T00:00:00-06:00"_s;
}

struct FedexScan
{
    const char16_t *eventType;
    const char16_t *description;
    const char16_t *exceptionCode;
    const char16_t *exceptionDescription;
    const char16_t *derivedCode;
    const char16_t *derivedStatus;
    const char16_t *locationType;
};

// Scan codes from FedEx's "Tracking Status Codes" table; exception reasons as FedEx writes them
// (08 and 03 are its delivery-exception codes for "not available" and "incorrect address").
FedexScan fedexScan(const Journey &j, qsizetype index)
{
    const JourneyEvent &e = j.events[index];
    switch (e.step) {
    case JourneyStep::LabelCreated:
        return {u"OC", u"Shipment information sent to FedEx", u"", u"", u"IN", u"Label created",
            u"CUSTOMER"};
    case JourneyStep::PickedUp:
        return {u"PU", u"Picked up", u"", u"", u"PU", u"Picked up", u"PICKUP_LOCATION"};
    case JourneyStep::HubArrival:
        if (e.place == Place::Depot)
            return {u"AR", u"At local FedEx facility", u"", u"", u"IT", u"In transit",
                u"DESTINATION_FEDEX_FACILITY"};
        return {u"AR", u"Arrived at FedEx hub", u"", u"", u"IT", u"In transit", u"FEDEX_FACILITY"};
    case JourneyStep::HubDeparture:
        return {u"DP", u"Departed FedEx hub", u"", u"", u"IT", u"In transit", u"FEDEX_FACILITY"};
    case JourneyStep::OutForDelivery:
        return {
            u"OD", u"On FedEx vehicle for delivery", u"", u"", u"IT", u"In transit", u"VEHICLE"};
    case JourneyStep::Delivered:
    case JourneyStep::ReturnedToSender: // delivered back to the shipper, on the same number
        return {u"DL", u"Delivered", u"", u"", u"DL", u"Delivered", u"DELIVERY_LOCATION"};
    case JourneyStep::PickedUpAtPoint:
        return {u"DL", u"Delivered", u"", u"", u"DL", u"Delivered", u"FEDEX_OFFICE_LOCATION"};
    case JourneyStep::FailedAttempt:
        return {u"DE", u"Delivery exception", u"08", u"Customer not available or business closed",
            u"DE", u"Delivery exception", u"DELIVERY_LOCATION"};
    case JourneyStep::AddressIssue:
        return {u"DE", u"Delivery exception", u"03", u"Incorrect address", u"DE",
            u"Delivery exception", u"DELIVERY_LOCATION"};
    case JourneyStep::AvailableForPickup:
        return {u"HP", u"Ready for recipient pickup", u"", u"", u"IT", u"In transit",
            u"FEDEX_OFFICE_LOCATION"};
    case JourneyStep::Damaged:
        return {u"SE", u"Shipment exception", u"", u"Package damaged", u"SE", u"Shipment exception",
            u"FEDEX_FACILITY"};
    case JourneyStep::Delayed:
        return {u"DY", u"Delay", u"A52", u"Package delayed", u"DY", u"Delay", u"FEDEX_FACILITY"};
    case JourneyStep::ReturnToSender:
        return {u"RS", u"Returning package to shipper", u"", u"", u"RS", u"Return to shipper",
            e.place == Place::Hub ? u"FEDEX_FACILITY" : u"DESTINATION_FEDEX_FACILITY"};
    }
    return {u"", u"", u"", u"", u"", u"", u""};
}

// The short status FedEx gives the latest scan.
const char16_t *statusByLocale(QStringView code)
{
    static const std::pair<const char16_t *, const char16_t *> texts[] = {
        {u"OC", u"Label created"},
        {u"PU", u"Picked up"},
        {u"AR", u"In transit"},
        {u"DP", u"In transit"},
        {u"OD", u"On FedEx vehicle for delivery"},
        {u"DL", u"Delivered"},
        {u"DE", u"Delivery exception"},
        {u"HP", u"Ready for pickup"},
        {u"SE", u"Shipment exception"},
        {u"DY", u"Delay"},
        {u"RS", u"Returning to sender"},
    };
    for (const auto &[c, t] : texts) {
        if (code == QStringView(c))
            return t;
    }
    return u"In transit";
}

QJsonObject address(const Town &t)
{
    return {{u"city"_s, text(t.city)}, {u"stateOrProvinceCode"_s, text(t.state)},
        {u"countryCode"_s, u"US"_s}, {u"residential"_s, false},
        {u"countryName"_s, u"United States"_s}};
}

QJsonObject scanLocation(const Town &t)
{
    QJsonObject a = address(t);
    a.insert(u"streetLines"_s, QJsonArray {text(t.street)});
    a.insert(u"postalCode"_s, text(t.zip));
    return a;
}

QJsonObject scanEvent(const Journey &j, qsizetype index)
{
    const JourneyEvent &e = j.events[index];
    const Town &t = townOf(e);
    const FedexScan s = fedexScan(j, index);
    QString exception = text(s.exceptionDescription);
    if (e.step == JourneyStep::AvailableForPickup)
        exception = u"Package available for pickup at: "_s + text(t.street);
    QJsonObject location;
    if (e.step == JourneyStep::LabelCreated) {
        // The shipper's system sent the data: no FedEx place, only the shipper's ZIP.
        location = {{u"streetLines"_s, QJsonArray {u""_s}}, {u"postalCode"_s, text(t.zip)},
            {u"countryCode"_s, u"US"_s}, {u"residential"_s, false},
            {u"countryName"_s, u"United States"_s}};
    } else {
        location = scanLocation(t);
    }
    QJsonObject scan {{u"date"_s, scanTime(e.atMs, t.zone)}, {u"eventType"_s, text(s.eventType)},
        {u"eventDescription"_s, text(s.description)}, {u"exceptionCode"_s, text(s.exceptionCode)},
        {u"exceptionDescription"_s, exception}, {u"scanLocation"_s, location},
        {u"locationType"_s, text(s.locationType)}, {u"derivedStatusCode"_s, text(s.derivedCode)},
        {u"derivedStatus"_s, text(s.derivedStatus)}};
    if (e.step != JourneyStep::LabelCreated)
        scan.insert(u"locationId"_s, text(t.locationId));
    if (e.step == JourneyStep::Delayed)
        scan.insert(u"delayDetail"_s, QJsonObject {{u"type"_s, u"GENERAL"_s}});
    return scan;
}

bool any(const QList<JourneyEvent> &events, JourneyStep step)
{
    return std::ranges::any_of(events, [step](const JourneyEvent &e) { return e.step == step; });
}

QJsonObject latestStatus(const Journey &j, const QList<JourneyEvent> &events)
{
    const qsizetype last = events.size() - 1;
    const JourneyEvent &e = events[last];
    const FedexScan s = fedexScan(j, last);
    const QString code = text(s.eventType);
    QJsonObject latest {{u"code"_s, code}, {u"derivedCode"_s, text(s.derivedCode)},
        {u"statusByLocale"_s, text(statusByLocale(code))}, {u"description"_s, text(s.description)}};
    if (e.step != JourneyStep::LabelCreated)
        latest.insert(u"scanLocation"_s, address(townOf(e)));
    if (e.step == JourneyStep::FailedAttempt || e.step == JourneyStep::AddressIssue) {
        const bool notHome = e.step == JourneyStep::FailedAttempt;
        latest.insert(u"ancillaryDetails"_s,
            QJsonArray {QJsonObject {{u"reason"_s, text(s.exceptionCode)},
                {u"reasonDescription"_s, text(s.exceptionDescription)},
                {u"action"_s,
                    notHome ? u"We will attempt delivery again on the next business day."_s
                            : u"We are working to update the delivery address."_s},
                {u"actionDescription"_s,
                    notHome ? u"Delivery rescheduled"_s : u"Address correction in progress"_s}}});
    }
    // After a delay FedEx keeps saying "Running late" over plain in-transit scans.
    const bool moving = code == u"AR" || code == u"DP";
    if (moving && any(events, JourneyStep::Delayed)) {
        latest.insert(u"derivedCode"_s, u"RL"_s);
        latest.insert(u"statusByLocale"_s, u"Running late"_s);
        latest.insert(u"delayDetail"_s, QJsonObject {{u"status"_s, u"DELAYED"_s}});
    }
    return latest;
}

// What the recipient may still change, in FedEx's order: everything is possibly eligible while
// the parcel is on its way (FedEx decides when asked), nothing once it is delivered or on its
// way back to the shipper.
QJsonArray deliveryOptions(const QList<JourneyEvent> &events)
{
    static const char16_t *const options[]
        = {u"INDIRECT_SIGNATURE_RELEASE", u"REDIRECT_TO_HOLD_AT_LOCATION", u"REROUTE",
            u"RESCHEDULE", u"RETURN_TO_SHIPPER", u"DISPUTE_DELIVERY", u"SUPPLEMENT_ADDRESS"};
    const bool over = isFinished(events) || any(events, JourneyStep::ReturnToSender);
    QJsonArray list;
    for (const char16_t *option : options)
        list.append(QJsonObject {{u"option"_s, text(option)},
            {u"eligibility"_s, over ? u"INELIGIBLE"_s : u"POSSIBLY_ELIGIBLE"_s}});
    return list;
}

QByteArray errorBody(const QString &code, const QString &message)
{
    QJsonObject error {{u"message"_s, message}};
    if (!code.isEmpty())
        error.insert(u"code"_s, code);
    return json({{u"transactionId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {u"errors"_s, QJsonArray {error}}});
}

// FedEx Track API v1: OAuth2 client credentials in a form body at /oauth/token, then
// POST /track/v1/trackingnumbers with up to 30 numbers. A number FedEx does not know is an error
// inside its own result, in HTTP 200; whole-call errors come as {transactionId, errors[]}.
// Scan times carry the offset of the place of the scan.
class FedexDialect final : public Dialect
{
public:
    using Dialect::Dialect;

    QString carrier() const override { return u"fedex"_s; }

    void addRoutes(QHttpServer &server, const Respond &respond) override
    {
        server.route(u"/fedex/oauth/token"_s,
            [this, respond](const QHttpServerRequest &r) { return respond(token(r)); });
        server.route(u"/fedex/track/v1/trackingnumbers"_s,
            [this, respond](const QHttpServerRequest &r) { return respond(track(r)); });
    }

    SandboxReply failure(Failure failure, int) const override
    {
        SandboxReply reply;
        switch (failure) {
        case Failure::TooManyRequests:
            reply.status = 429;
            reply.body = errorBody({},
                u"Too Many Requests - We have received too many requests in a short duration. "
                u"Please wait a while to try again."_s);
            break;
        case Failure::QuotaExhausted:
            // FedEx's quota guide: every call is refused until midnight GMT.
            reply.status = 429;
            reply.body = errorBody({},
                u"Too Many Requests - Daily transaction quota exceeded. Try again after 12:00 AM "
                u"GMT"_s);
            break;
        case Failure::Unauthorized:
            reply.status = 401;
            reply.body = errorBody(u"NOT.AUTHORIZED.ERROR"_s,
                u"Access token expired. Please modify your request and try again."_s);
            break;
        }
        return reply;
    }

private:
    SandboxReply token(const QHttpServerRequest &request)
    {
        SandboxReply reply;
        const auto &c = world().credentials();
        const QUrlQuery form(QString::fromUtf8(request.body()));
        if (request.method() != QHttpServerRequest::Method::Post
            || form.queryItemValue(u"grant_type"_s) != u"client_credentials") {
            reply.status = 400;
            reply.body = errorBody(u"BAD.REQUEST.ERROR"_s,
                u"Missing or duplicate parameters. Please modify your request and try again."_s);
            return reply;
        }
        if (form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded) != c.clientId
            || form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded) != c.clientSecret) {
            reply.status = 401;
            reply.body = errorBody(u"NOT.AUTHORIZED.ERROR"_s,
                u"The given client credentials were not valid. Please modify your request and "
                u"try again."_s);
            return reply;
        }
        const auto t = world().issueToken(carrier());
        reply.body = json({{u"access_token"_s, t.value}, {u"token_type"_s, u"bearer"_s},
            {u"expires_in"_s, t.lifetimeSeconds}, {u"scope"_s, u"CXS"_s}});
        return reply;
    }

    SandboxReply track(const QHttpServerRequest &request)
    {
        SandboxReply reply;
        if (world().beginCall(*this, reply))
            return reply;
        const QByteArray auth = header(request, "Authorization");
        if (!auth.startsWith("Bearer ")
            || !world().tokenValid(carrier(), QString::fromUtf8(auth.mid(7))))
            return failure(Failure::Unauthorized, 0);
        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
        const QJsonArray info = body.value(u"trackingInfo").toArray();
        QStringList numbers;
        for (const QJsonValue &v : info)
            numbers.append(v.toObject()
                               .value(u"trackingNumberInfo")
                               .toObject()
                               .value(u"trackingNumber")
                               .toString()
                               .trimmed());
        if (request.method() != QHttpServerRequest::Method::Post || numbers.isEmpty()
            || numbers.contains(QString())) {
            reply.status = 400;
            reply.body = errorBody(
                u"TRACKING.TRACKINGNUMBER.EMPTY"_s, u"Please provide tracking number."_s);
            return reply;
        }
        if (numbers.size() > maxNumbersPerCall) {
            reply.status = 400;
            reply.body = errorBody(u"TRACKING.TRACKINGINFO.INVALID"_s,
                u"At least one occurrence of TrackingInfo is required. Maximum limit is 30."_s);
            return reply;
        }
        const bool detailed = body.value(u"includeDetailedScans").toBool(false);
        QJsonArray complete;
        for (const QString &number : std::as_const(numbers))
            complete.append(completeResult(number, detailed));
        QJsonObject root {{u"transactionId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"output"_s, QJsonObject {{u"completeTrackResults"_s, complete}}}};
        const QByteArray customerId = header(request, "x-customer-transaction-id");
        if (!customerId.isEmpty())
            root.insert(u"customerTransactionId"_s, QString::fromUtf8(customerId));
        reply.body = json(root);
        if (world().malformedFires(carrier()))
            reply.body.truncate(reply.body.size() / 2);
        return reply;
    }

    QJsonObject completeResult(const QString &number, bool detailed)
    {
        if (isUnknownNumber(number)) {
            return {{u"trackingNumber"_s, number},
                {u"trackResults"_s,
                    QJsonArray {QJsonObject {
                        {u"trackingNumberInfo"_s,
                            QJsonObject {{u"trackingNumber"_s, number},
                                {u"trackingNumberUniqueId"_s, u""_s}, {u"carrierCode"_s, u""_s}}},
                        {u"error"_s,
                            QJsonObject {{u"code"_s, u"TRACKING.TRACKINGNUMBER.NOTFOUND"_s},
                                {u"message"_s,
                                    u"Tracking number cannot be found. Please correct the "
                                    u"tracking number and try again."_s}}}}}}};
        }
        return {{u"trackingNumber"_s, number},
            {u"trackResults"_s, QJsonArray {trackResult(number, detailed)}}};
    }

    QJsonObject trackResult(const QString &number, bool detailed)
    {
        const Journey j = world().journey(number);
        const QList<JourneyEvent> events = j.eventsBy(world().virtualNowMs());
        const QString day = localTime(j.labelAtMs, newark.zone, OffsetStyle::None, u"yyMMdd");
        QJsonObject r {{u"trackingNumberInfo"_s,
                           QJsonObject {{u"trackingNumber"_s, number},
                               {u"trackingNumberUniqueId"_s,
                                   QString(u"12"_s + day + u"~"_s + number + u"~FX"_s)},
                               {u"carrierCode"_s, u"FDXE"_s}}},
            {u"shipperInformation"_s, QJsonObject {{u"address"_s, address(newark)}}},
            {u"recipientInformation"_s, QJsonObject {{u"address"_s, address(recipient)}}},
            {u"originLocation"_s,
                QJsonObject {
                    {u"locationContactAndAddress"_s, QJsonObject {{u"address"_s, address(newark)}}},
                    {u"locationId"_s, text(newark.locationId)}}},
            {u"destinationLocation"_s,
                QJsonObject {{u"locationContactAndAddress"_s,
                                 QJsonObject {{u"address"_s, address(recipient)}}},
                    {u"locationType"_s, u""_s}}},
            {u"lastUpdatedDestinationAddress"_s, address(recipient)},
            {u"serviceDetail"_s,
                QJsonObject {{u"type"_s, u"FEDEX_EXPRESS_SAVER"_s},
                    {u"description"_s, u"FedEx Express Saver"_s},
                    {u"shortDescription"_s, u"XS"_s}}},
            {u"packageDetails"_s,
                QJsonObject {{u"packagingDescription"_s,
                                 QJsonObject {{u"type"_s, u"YOUR_PACKAGING"_s},
                                     {u"description"_s, u"Your Packaging"_s}}},
                    {u"count"_s, u"1"_s},
                    {u"weightAndDimensions"_s,
                        QJsonObject {{u"weight"_s,
                            QJsonArray {QJsonObject {{u"value"_s, u"3.0"_s}, {u"unit"_s, u"LB"_s}},
                                QJsonObject {{u"value"_s, u"1.36"_s}, {u"unit"_s, u"KG"_s}}}}}}}},
            {u"shipmentDetails"_s, QJsonObject {{u"possessionStatus"_s, events.size() > 1}}},
            {u"returnDetail"_s, QJsonObject {}}, {u"goodsClassificationCode"_s, u""_s}};
        QJsonArray scans;
        if (detailed) {
            for (qsizetype i = events.size() - 1; i >= 0; --i) // newest first
                scans.append(scanEvent(j, i));
        }
        r.insert(u"scanEvents"_s, scans);
        if (!events.isEmpty())
            r.insert(u"latestStatusDetail"_s, latestStatus(j, events));
        addDates(j, events, r);
        addDelivery(events, r);
        return r;
    }

    static void addDates(const Journey &j, const QList<JourneyEvent> &events, QJsonObject &r)
    {
        QJsonArray dates;
        const auto add = [&dates](const QString &type, const QString &when) {
            dates.append(QJsonObject {{u"type"_s, type}, {u"dateTime"_s, when}});
        };
        for (auto it = events.crbegin(); it != events.crend(); ++it) {
            const Town &t = townOf(*it);
            if (it->step == JourneyStep::Delivered || it->step == JourneyStep::PickedUpAtPoint
                || it->step == JourneyStep::ReturnedToSender) {
                add(u"ACTUAL_DELIVERY"_s, scanTime(it->atMs, t.zone));
                break;
            }
        }
        for (auto it = events.crbegin(); it != events.crend(); ++it) {
            if (it->step == JourneyStep::FailedAttempt) {
                add(u"ATTEMPTED_DELIVERY"_s, scanTime(it->atMs, townOf(*it).zone));
                break;
            }
        }
        for (const JourneyEvent &e : events) {
            if (e.step == JourneyStep::PickedUp) {
                add(u"ACTUAL_PICKUP"_s, scanTime(e.atMs, newark.zone));
                add(u"SHIP"_s, memphisDay(e.atMs, newark.zone));
                add(u"ACTUAL_TENDER"_s, scanTime(e.atMs, newark.zone));
            }
        }
        r.insert(u"dateAndTimes"_s, dates);
        r.insert(u"standardTransitTimeWindow"_s,
            QJsonObject {
                {u"window"_s, QJsonObject {{u"ends"_s, memphisDay(j.etaMs, recipient.zone)}}}});
        QJsonObject window;
        const bool returning = any(events, JourneyStep::ReturnToSender);
        if (!events.isEmpty() && !isFinished(events) && !returning) {
            // The current estimate: the promise, or the day FedEx now plans after a delay or a
            // missed receiver.
            qint64 target = j.etaMs;
            const auto planned = std::ranges::find_if(j.events, [&](const JourneyEvent &e) {
                return e.atMs > events.last().atMs && e.step == JourneyStep::Delivered;
            });
            if ((any(events, JourneyStep::Delayed) || any(events, JourneyStep::FailedAttempt))
                && planned != j.events.cend())
                target = planned->atMs;
            // The delivery day's business hours at the recipient's.
            const QString day = localTime(target, recipient.zone, OffsetStyle::None, u"yyyy-MM-dd");
            const QString offset = scanTime(target, recipient.zone).right(6);
            window = {{u"begins"_s, QString(day + u"T08:00:00"_s + offset)},
                {u"ends"_s, QString(day + u"T20:00:00"_s + offset)}};
        }
        r.insert(u"estimatedDeliveryTimeWindow"_s, QJsonObject {{u"window"_s, window}});
    }

    static void addDelivery(const QList<JourneyEvent> &events, QJsonObject &r)
    {
        // deliveryAttempts stays "0" after failed attempts, as in FedEx's real answers.
        QJsonObject details {{u"deliveryAttempts"_s, u"0"_s},
            {u"deliveryOptionEligibilityDetails"_s, deliveryOptions(events)}};
        QJsonArray images;
        if (!events.isEmpty()) {
            const JourneyEvent &last = events.last();
            const Town &t = townOf(last);
            switch (last.step) {
            case JourneyStep::Delivered:
                details.insert(u"actualDeliveryAddress"_s, address(t));
                if (any(events, JourneyStep::FailedAttempt)) {
                    // Handed over in person at the second attempt, signed for.
                    details.insert(u"locationType"_s, u"RESIDENCE"_s);
                    details.insert(u"locationDescription"_s, u"Residence"_s);
                    details.insert(u"receivedByName"_s, u"J.MILLER"_s);
                    details.insert(u"signedByName"_s, u"JMILLER"_s);
                    images.append(QJsonObject {{u"type"_s, u"SIGNATURE_PROOF_OF_DELIVERY"_s}});
                } else {
                    details.insert(u"locationType"_s, u"RESIDENCE"_s);
                    details.insert(u"locationDescription"_s, u"Front door"_s);
                }
                break;
            case JourneyStep::PickedUpAtPoint:
                details.insert(u"actualDeliveryAddress"_s, address(t));
                details.insert(u"locationType"_s, u"FEDEX_LOCATION"_s);
                details.insert(u"locationDescription"_s, u"FedEx location"_s);
                details.insert(u"receivedByName"_s, u"J.MILLER"_s);
                images.append(QJsonObject {{u"type"_s, u"SIGNATURE_PROOF_OF_DELIVERY"_s}});
                break;
            case JourneyStep::ReturnedToSender:
                details.insert(u"actualDeliveryAddress"_s, address(t));
                details.insert(u"locationType"_s, u"SHIPPING_RECEIVING"_s);
                details.insert(u"locationDescription"_s, u"Shipping/Receiving"_s);
                details.insert(u"receivedByName"_s, u"R.GARCIA"_s);
                break;
            default:
                break;
            }
        }
        r.insert(u"deliveryDetails"_s, details);
        r.insert(u"availableImages"_s, images);
    }
};

} // namespace

std::unique_ptr<Dialect> makeFedexDialect(SandboxWorld &world)
{
    return std::make_unique<FedexDialect>(world);
}

} // namespace ParcelDesk::Sandbox
