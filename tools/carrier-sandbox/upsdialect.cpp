#include "dialect.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ParcelDesk::Sandbox {

namespace {

using namespace Dialects;

struct Town
{
    const char16_t *city;
    const char16_t *state;
    const char16_t *zip;
    const char *zone;
    const char16_t *slic; // the UPS building's id
    const char16_t *street; // only where a customer collects a parcel
};

// UPS Ground from Atlanta to Denver through the Chicago Area Consolidation Hub: three zones, so a
// time read in the wrong one is off by hours.
constexpr Town atlanta {u"ATLANTA", u"GA", u"30336", "America/New_York", u"3036", u""};
constexpr Town hodgkins {u"HODGKINS", u"IL", u"60525", "America/Chicago", u"6059", u""};
constexpr Town commerceCity {u"COMMERCE CITY", u"CO", u"80022", "America/Denver", u"8022", u""};
constexpr Town accessPoint {
    u"DENVER", u"CO", u"80202", "America/Denver", u"", u"1600 CALIFORNIA ST"};
constexpr Town recipient {u"DENVER", u"CO", u"80205", "America/Denver", u"", u""};

// Parcels waiting for the receiver are at a UPS Access Point, not in the UPS building; what
// happens at the door is reported from the receiver's town.
const Town &townOf(const JourneyEvent &e)
{
    if (e.step == JourneyStep::AvailableForPickup || e.step == JourneyStep::PickedUpAtPoint)
        return accessPoint;
    if (e.place == Place::Depot
        && (e.step == JourneyStep::Delivered || e.step == JourneyStep::FailedAttempt
            || e.step == JourneyStep::AddressIssue))
        return recipient;
    switch (e.place) {
    case Place::None:
    case Place::Origin:
        return atlanta;
    case Place::Hub:
        return hodgkins;
    case Place::Depot:
        return commerceCity;
    case Place::PickupPoint:
        return accessPoint;
    }
    return atlanta;
}

QString text(const char16_t *s)
{
    return QString::fromUtf16(s);
}

// "-05:00", as UPS writes gmtOffset.
QString gmtOffset(qint64 utcMs, const char *zone)
{
    const int minutes
        = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(QByteArray(zone))).offsetFromUtc() / 60;
    return u"%1%2:%3"_s.arg(QChar(minutes < 0 ? u'-' : u'+'))
        .arg(qAbs(minutes) / 60, 2, 10, QChar(u'0'))
        .arg(qAbs(minutes) % 60, 2, 10, QChar(u'0'));
}

QString localDate(qint64 utcMs, const char *zone)
{
    return localTime(utcMs, zone, OffsetStyle::None, u"yyyyMMdd");
}

QString localClock(qint64 utcMs, const char *zone)
{
    return localTime(utcMs, zone, OffsetStyle::None, u"HHmmss");
}

// One activity's status: Package Activity Type, the 2-character code read in the table that type
// implies, the 3-digit Status/Description code and the texts (from the Tracking API appendix).
struct UpsStatus
{
    const char16_t *type;
    const char16_t *code;
    const char16_t *statusCode;
    const char16_t *description;
    const char16_t *simplified;
};

JourneyStep nextStep(const Journey &j, qsizetype index)
{
    return index + 1 < j.events.size() ? j.events[index + 1].step : j.events[index].step;
}

UpsStatus upsStatus(const Journey &j, qsizetype index)
{
    const JourneyEvent &e = j.events[index];
    switch (e.step) {
    case JourneyStep::LabelCreated:
        return {u"M", u"MP", u"003",
            u"Shipper created a label, UPS has not received the package yet. ", u"Label Created"};
    case JourneyStep::PickedUp:
        return {u"I", u"PU", u"038", u"Pickup Scan ", u"Picked Up by UPS"};
    case JourneyStep::HubArrival:
        if (e.place == Place::Depot)
            return {u"I", u"DS", u"005", u"Destination Scan", u"On the Way"};
        return {u"I", u"AR", u"005", u"Arrived at Facility", u"On the Way"};
    case JourneyStep::HubDeparture:
        return {u"I", u"DP", u"005", u"Departed from Facility", u"On the Way"};
    case JourneyStep::OutForDelivery:
        return {u"I", u"OF", u"006", u"Out For Delivery Today", u"Out for Delivery"};
    case JourneyStep::Delivered:
        return {u"D", u"F4", u"011", u"DELIVERED ", u"Delivered"};
    case JourneyStep::FailedAttempt:
        // A second attempt follows, or the parcel goes to an Access Point after this one.
        if (nextStep(j, index) == JourneyStep::OutForDelivery)
            return {u"X", u"48", u"022",
                u"The receiver was not available for delivery. We'll make a second attempt the "
                u"next business day.",
                u"First Attempt Made"};
        return {u"X", u"49", u"024",
            u"The receiver was not available at the time of the final delivery attempt.",
            u"Final Attempt Made"};
    case JourneyStep::AvailableForPickup:
        return {u"D", u"2Q", u"161",
            u"Delivered to UPS Access Point™ location and awaiting customer pickup.",
            u"Delivered to UPS Access Point"};
    case JourneyStep::PickedUpAtPoint:
        return {u"D", u"2W", u"011", u"Package Picked Up At UPS Access Point™", u"Delivered"};
    case JourneyStep::Damaged:
        return {u"X", u"45", u"059",
            u"Your package was damaged in transit. We will notify the sender with details.",
            u"Damage Reported"};
    case JourneyStep::AddressIssue:
        return {u"X", u"AG", u"050",
            u"The address is incomplete. This may delay delivery. We're attempting to update the "
            u"address.",
            u"Address Information Required"};
    case JourneyStep::Delayed:
        return {u"X", u"1B", u"048",
            u"Package is delayed in transit. Delivery will be rescheduled. Check back or signup "
            u"for UPS My Choice® to receive updates.",
            u"Delay"};
    case JourneyStep::ReturnToSender:
        if (j.kind == JourneyKind::Damaged)
            return {u"X", u"A1", u"035",
                u"All merchandise is being returned. UPS will notify the sender with details of "
                u"the damage.",
                u"Returning to Sender"};
        if (j.kind == JourneyKind::ReturnedToSender)
            return {u"X", u"3N", u"035",
                u"The package was not picked up by the receiver at the UPS Access Point™ location "
                u"and will be returned to sender.",
                u"Returning to Sender"};
        return {u"X", u"UF", u"035",
            u"We're in the process of returning this package to the sender.",
            u"Returning to Sender"};
    case JourneyStep::ReturnedToSender:
        return {u"X", u"UA", u"034", u"UPS has returned your package to the sender.",
            u"Returned to Sender"};
    }
    return {u"NA", u"", u"000", u"Status Not Available", u""};
}

// The local hour as HHMMSS on the full hour, as windows are given.
QString fullHour(qint64 utcMs, const char *zone)
{
    return localTime(utcMs, zone, OffsetStyle::None, u"HH") + u"0000"_s;
}

QJsonObject statusObject(const UpsStatus &s, bool withSimplified)
{
    QJsonObject o {{u"type"_s, text(s.type)}, {u"description"_s, text(s.description)},
        {u"code"_s, text(s.code)}, {u"statusCode"_s, text(s.statusCode)}};
    if (withSimplified)
        o.insert(u"simplifiedTextDescription"_s, text(s.simplified));
    return o;
}

QJsonObject address(const Town &t)
{
    QJsonObject a {{u"city"_s, text(t.city)}, {u"stateProvince"_s, text(t.state)},
        {u"countryCode"_s, u"US"_s}, {u"country"_s, u"US"_s}};
    if (*t.street)
        a.insert(u"addressLine1"_s, text(t.street));
    return a;
}

QJsonObject activity(const Journey &j, qsizetype index)
{
    const JourneyEvent &e = j.events[index];
    const Town &t = townOf(e);
    QJsonObject a {{u"status"_s, statusObject(upsStatus(j, index), false)},
        {u"date"_s, localDate(e.atMs, t.zone)}, {u"time"_s, localClock(e.atMs, t.zone)}};
    if (e.step == JourneyStep::LabelCreated) {
        // The manifest record names no building and carries no GMT fields: its date and time are
        // the shipper's local clock.
        a.insert(u"location"_s,
            QJsonObject {{u"address"_s,
                QJsonObject {{u"countryCode"_s, u"US"_s}, {u"country"_s, u"US"_s}}}});
        return a;
    }
    QJsonObject location {{u"address"_s, address(t)}};
    if (*t.slic)
        location.insert(u"slic"_s, text(t.slic));
    a.insert(u"location"_s, location);
    // Scans carry UPS's own GMT clock, in the formats seen on the wire (not the spec's).
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC);
    a.insert(u"gmtDate"_s, utc.toString(u"yyyyMMdd"_s));
    a.insert(u"gmtTime"_s, utc.toString(u"HH:mm:ss"_s));
    a.insert(u"gmtOffset"_s, gmtOffset(e.atMs, t.zone));
    return a;
}

QJsonObject packageAddress(const QString &type, const Town &t)
{
    return {{u"type"_s, type},
        {u"address"_s,
            QJsonObject {{u"city"_s, text(t.city)}, {u"stateProvince"_s, text(t.state)},
                {u"postalCode"_s, text(t.zip)}, {u"countryCode"_s, u"US"_s}}}};
}

QByteArray errorBody(const QString &code, const QString &message)
{
    return json({{u"response"_s,
        QJsonObject {{u"errors"_s,
            QJsonArray {QJsonObject {{u"code"_s, code}, {u"message"_s, message}}}}}}});
}

// UPS Track API v1: OAuth2 client credentials (HTTP Basic) at /security/v1/oauth/token, then
// GET /api/track/v1/details/{inquiryNumber}, one number per call; errors in the
// {"response":{"errors":[…]}} envelope, an unknown number as warning TW0001 inside HTTP 200.
// Activity dates and times are local to the scan.
class UpsDialect final : public Dialect
{
public:
    using Dialect::Dialect;

    QString carrier() const override { return u"ups"_s; }

    void addRoutes(QHttpServer &server, const Respond &respond) override
    {
        server.route(u"/ups/security/v1/oauth/token"_s,
            [this, respond](const QHttpServerRequest &r) { return respond(token(r)); });
        server.route(u"/ups/api/track/v1/details/<arg>"_s,
            [this, respond](const QString &number, const QHttpServerRequest &r) {
                return respond(track(r, number));
            });
    }

    SandboxReply failure(Failure failure, int) const override
    {
        SandboxReply reply;
        switch (failure) {
        case Failure::TooManyRequests:
        case Failure::QuotaExhausted:
            // UPS publishes no quota: a used-up allowance is the same 429 as a burst.
            reply.status = 429;
            reply.body = errorBody(u"10429"_s, u"Too Many Requests"_s);
            break;
        case Failure::Unauthorized:
            reply.status = 401;
            reply.body = errorBody(u"250002"_s, u"Invalid Authentication Information."_s);
            break;
        }
        return reply;
    }

private:
    SandboxReply token(const QHttpServerRequest &request)
    {
        SandboxReply reply;
        const auto &c = world().credentials();
        if (request.method() != QHttpServerRequest::Method::Post
            || header(request, "Authorization") != basicAuth(c.clientId, c.clientSecret)) {
            reply.status = 401;
            reply.body = errorBody(u"10401"_s, u"ClientId is Invalid"_s);
            return reply;
        }
        const QUrlQuery form(QString::fromUtf8(request.body()));
        if (form.queryItemValue(u"grant_type"_s) != u"client_credentials") {
            reply.status = 400;
            reply.body = errorBody(u"10400"_s, u"Invalid/Missing grant_type"_s);
            return reply;
        }
        const auto t = world().issueToken(carrier());
        // expires_in and issued_at are strings on the wire.
        reply.body = json({{u"token_type"_s, u"Bearer"_s},
            {u"issued_at"_s, QString::number(QDateTime::currentMSecsSinceEpoch())},
            {u"client_id"_s, c.clientId}, {u"access_token"_s, t.value},
            {u"expires_in"_s, QString::number(t.lifetimeSeconds)}, {u"status"_s, u"approved"_s}});
        return reply;
    }

    SandboxReply track(const QHttpServerRequest &request, const QString &number)
    {
        SandboxReply reply;
        if (world().beginCall(*this, reply))
            return reply;
        const QByteArray auth = header(request, "Authorization");
        if (!auth.startsWith("Bearer ")
            || !world().tokenValid(carrier(), QString::fromUtf8(auth.mid(7))))
            return failure(Failure::Unauthorized, 0);
        QJsonObject shipment {{u"inquiryNumber"_s, number}};
        if (isUnknownNumber(number)) {
            shipment.insert(u"warnings"_s,
                QJsonArray {QJsonObject {{u"code"_s, u"TW0001"_s},
                    {u"message"_s, u"Tracking Information Not Found"_s}}});
        } else {
            shipment.insert(u"package"_s, QJsonArray {package(number)});
        }
        reply.body
            = json({{u"trackResponse"_s, QJsonObject {{u"shipment"_s, QJsonArray {shipment}}}}});
        if (world().malformedFires(carrier()))
            reply.body.truncate(reply.body.size() / 2);
        return reply;
    }

    QJsonObject package(const QString &number)
    {
        const Journey j = world().journey(number);
        const QList<JourneyEvent> events = j.eventsBy(world().virtualNowMs());
        QJsonArray activities;
        for (qsizetype i = events.size() - 1; i >= 0; --i) // newest first
            activities.append(activity(j, i));
        QJsonObject p {{u"trackingNumber"_s, number}, {u"activity"_s, activities},
            {u"packageAddress"_s,
                QJsonArray {packageAddress(u"ORIGIN"_s, atlanta),
                    packageAddress(u"DESTINATION"_s, recipient)}},
            {u"service"_s,
                QJsonObject {{u"code"_s, u"003"_s}, {u"description"_s, u"UPS Ground"_s}}},
            {u"weight"_s,
                QJsonObject {{u"unitOfMeasurement"_s, u"LBS"_s}, {u"weight"_s, u"4.20"_s}}},
            {u"packageCount"_s, 1}};
        if (!events.isEmpty())
            p.insert(u"currentStatus"_s, statusObject(upsStatus(j, events.size() - 1), true));
        addDelivery(j, events, p);
        return p;
    }

    // Package dates and times carry no zone: they are the destination's local clock.
    static void addDelivery(const Journey &j, const QList<JourneyEvent> &events, QJsonObject &p)
    {
        const char *zone = recipient.zone;
        if (events.isEmpty())
            return;
        const JourneyEvent &last = events.last();
        if (last.step == JourneyStep::Delivered || last.step == JourneyStep::PickedUpAtPoint) {
            const bool atPoint = last.step == JourneyStep::PickedUpAtPoint;
            const bool signedFor = atPoint
                || std::ranges::any_of(events,
                    [](const JourneyEvent &e) { return e.step == JourneyStep::FailedAttempt; });
            p.insert(u"deliveryDate"_s,
                QJsonArray {
                    QJsonObject {{u"type"_s, u"DEL"_s}, {u"date"_s, localDate(last.atMs, zone)}}});
            p.insert(u"deliveryTime"_s,
                QJsonObject {{u"type"_s, u"DEL"_s}, {u"endTime"_s, localClock(last.atMs, zone)}});
            p.insert(u"deliveryInformation"_s,
                QJsonObject {{u"location"_s,
                                 atPoint ? u"UPS Access Point™"_s
                                         : (signedFor ? u"Residential"_s : u"Front Door"_s)},
                    {u"receivedBy"_s, signedFor ? u"MILLER"_s : QString()}});
            return;
        }
        const bool returning = std::ranges::any_of(
            events, [](const JourneyEvent &e) { return e.step == JourneyStep::ReturnToSender; });
        if (isFinished(events) || returning)
            return; // going back to the sender: nothing is promised any more
        QJsonArray dates {
            QJsonObject {{u"type"_s, u"SDD"_s}, {u"date"_s, localDate(j.etaMs, zone)}}};
        // After a delay or a missed receiver UPS reschedules to the day it now plans.
        const bool rescheduled = std::ranges::any_of(events, [](const JourneyEvent &e) {
            return e.step == JourneyStep::Delayed || e.step == JourneyStep::FailedAttempt;
        });
        const auto planned = std::ranges::find_if(j.events, [&](const JourneyEvent &e) {
            return e.atMs > last.atMs
                && (e.step == JourneyStep::Delivered || e.step == JourneyStep::OutForDelivery);
        });
        if (rescheduled && planned != j.events.cend())
            dates.append(
                QJsonObject {{u"type"_s, u"RDD"_s}, {u"date"_s, localDate(planned->atMs, zone)}});
        p.insert(u"deliveryDate"_s, dates);
        if (last.step == JourneyStep::OutForDelivery) {
            // On the truck: an estimated window on the day.
            p.insert(u"deliveryTime"_s,
                QJsonObject {{u"type"_s, u"EDW"_s},
                    {u"startTime"_s, fullHour(last.atMs + 3'600'000, zone)},
                    {u"endTime"_s, fullHour(last.atMs + 5 * 3'600'000, zone)}});
        } else {
            p.insert(u"deliveryTime"_s, QJsonObject {{u"type"_s, u"EOD"_s}});
        }
    }
};

} // namespace

std::unique_ptr<Dialect> makeUpsDialect(SandboxWorld &world)
{
    return std::make_unique<UpsDialect>(world);
}

} // namespace ParcelDesk::Sandbox
