#include "dialect.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
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
    const char16_t *state; // empty: USPS sends null (its plants are named, not addressed)
    const char16_t *zip;
    const char *zone;
};

// Ground Advantage from Austin through the Salt Lake City plant to Portland: three zones, and
// the plant's scans say where they happened only by the plant's name.
constexpr Town austin {u"AUSTIN", u"TX", u"78701", "America/Chicago"};
constexpr Town saltLakePlant {u"SALT LAKE CITY UT DISTRIBUTION CENTER", u"", u"", "America/Denver"};
constexpr Town portlandUnit {u"PORTLAND", u"OR", u"97218", "America/Los_Angeles"};
constexpr Town portlandMainOffice {u"PORTLAND", u"OR", u"97208", "America/Los_Angeles"};
constexpr Town recipient {u"PORTLAND", u"OR", u"97209", "America/Los_Angeles"};

// Items held for the addressee wait at the main post office; what happens at the door is reported
// from the addressee's ZIP.
const Town &townOf(const JourneyEvent &e)
{
    if (e.step == JourneyStep::AvailableForPickup || e.step == JourneyStep::PickedUpAtPoint)
        return portlandMainOffice;
    switch (e.place) {
    case Place::None:
    case Place::Origin:
        return austin;
    case Place::Hub:
        return saltLakePlant;
    case Place::Depot:
        if (e.step == JourneyStep::Delivered || e.step == JourneyStep::FailedAttempt
            || e.step == JourneyStep::AddressIssue)
            return recipient;
        return portlandUnit;
    case Place::PickupPoint:
        return portlandMainOffice;
    }
    return austin;
}

QString text(const char16_t *s)
{
    return QString::fromUtf16(s);
}

QJsonValue textOrNull(const char16_t *s)
{
    return *s ? QJsonValue(text(s)) : QJsonValue(QJsonValue::Null);
}

// "-05:00"
QString gmtOffset(qint64 utcMs, const char *zone)
{
    const int minutes
        = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(QByteArray(zone))).offsetFromUtc() / 60;
    return u"%1%2:%3"_s.arg(QChar(minutes < 0 ? u'-' : u'+'))
        .arg(qAbs(minutes) / 60, 2, 10, QChar(u'0'))
        .arg(qAbs(minutes) % 60, 2, 10, QChar(u'0'));
}

struct UspsEvent
{
    const char16_t *code; // Pub 199 scan event code
    const char16_t *type; // eventType, as shown on USPS.com
    const char16_t *category; // the statusCategory it puts the item in
};

bool before(const Journey &j, qsizetype index, JourneyStep step)
{
    return std::any_of(j.events.cbegin(), j.events.cbegin() + index,
        [step](const JourneyEvent &e) { return e.step == step; });
}

UspsEvent uspsEvent(const Journey &j, qsizetype index)
{
    const JourneyEvent &e = j.events[index];
    switch (e.step) {
    case JourneyStep::LabelCreated:
        return {u"GX", u"Shipping Label Created, USPS Awaiting Item", u"Pre-Shipment"};
    case JourneyStep::PickedUp:
        return {u"03", u"USPS in possession of item", u"Accepted"};
    case JourneyStep::HubArrival:
        if (e.place == Place::Depot)
            return {u"07", u"Arrived at Post Office", u"In Transit"};
        return {u"A1", u"Arrived at USPS Regional Facility", u"In Transit"};
    case JourneyStep::HubDeparture:
        return {u"T1", u"Departed USPS Regional Facility", u"In Transit"};
    case JourneyStep::Delayed:
        return {u"TL", u"In Transit, Arriving Late", u"In Transit"};
    case JourneyStep::OutForDelivery:
        return {u"OF", u"Out for Delivery", u"Out for Delivery"};
    case JourneyStep::Delivered:
        if (before(j, index, JourneyStep::FailedAttempt))
            return {u"01", u"Delivered, Left with Individual", u"Delivered"};
        return {u"01", u"Delivered, Front Door/Porch", u"Delivered"};
    case JourneyStep::FailedAttempt:
        return {u"02", u"Notice Left (No Authorized Recipient Available)", u"Delivery Attempt"};
    case JourneyStep::AvailableForPickup:
        return {u"16", u"Available for Pickup", u"Available for Pickup"};
    case JourneyStep::PickedUpAtPoint:
        return {u"01", u"Delivered, Individual Picked Up at Post Office", u"Delivered"};
    case JourneyStep::Damaged:
        // Pub 199 names no damage scan; the code follows our own fixtures.
        return {u"AX", u"Damaged", u"Alert"};
    case JourneyStep::AddressIssue:
        return {u"05", u"Undeliverable as Addressed", u"Alert"};
    case JourneyStep::ReturnToSender:
        if (before(j, index, JourneyStep::AvailableForPickup))
            return {u"27", u"Unclaimed/Being Returned to Sender", u"Alert"};
        return {u"09", u"Return to Sender Processed", u"Alert"};
    case JourneyStep::ReturnedToSender:
        return {u"01", u"Delivered, To Original Sender", u"Delivered"};
    }
    return {u"", u"", u""};
}

// Whom a delivery was handed to, where USPS records a name.
QJsonValue signer(const Journey &j, qsizetype index)
{
    const JourneyEvent &e = j.events[index];
    const bool inPerson = e.step == JourneyStep::PickedUpAtPoint
        || (e.step == JourneyStep::Delivered && before(j, index, JourneyStep::FailedAttempt));
    return inPerson ? QJsonValue(u"J MILLER"_s) : QJsonValue(QJsonValue::Null);
}

QJsonObject trackingEvent(const Journey &j, qsizetype index)
{
    const JourneyEvent &e = j.events[index];
    const Town &t = townOf(e);
    const UspsEvent u = uspsEvent(j, index);
    // "In transit" scans between plants name no place at all.
    const bool nowhere = e.step == JourneyStep::Delayed;
    return {{u"eventType"_s, text(u.type)},
        // The local clock to the minute, without an offset; the GMT one to the second.
        {u"eventTimestamp"_s, localTime(e.atMs, t.zone, OffsetStyle::None, u"yyyy-MM-ddTHH:mm:00")},
        {u"GMTTimestamp"_s, utcIso(e.atMs)}, {u"GMTOffset"_s, gmtOffset(e.atMs, t.zone)},
        {u"eventCountry"_s, QJsonValue::Null},
        {u"eventCity"_s, nowhere ? QJsonValue(QJsonValue::Null) : QJsonValue(text(t.city))},
        {u"eventState"_s, nowhere ? QJsonValue(QJsonValue::Null) : textOrNull(t.state)},
        {u"eventZIP"_s, nowhere ? QJsonValue(QJsonValue::Null) : textOrNull(t.zip)},
        {u"firm"_s, QJsonValue::Null}, {u"name"_s, signer(j, index)},
        {u"authorizedAgent"_s, u"false"_s}, {u"eventCode"_s, text(u.code)},
        {u"additionalProp"_s, QJsonValue::Null}};
}

// "1:58 pm on November 22, 2024", as USPS writes its summaries.
QString summaryTime(qint64 utcMs, const char *zone)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(QByteArray(zone)));
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    return us.toString(t, u"h:mm ap"_s).toLower() + u" on "_s + us.toString(t, u"MMMM d, yyyy"_s);
}

QString placeText(const Town &t)
{
    if (!*t.state)
        return text(t.city);
    return text(t.city) + u", "_s + text(t.state) + u' ' + text(t.zip);
}

QString statusSummary(const Journey &j, qsizetype index)
{
    const JourneyEvent &e = j.events[index];
    const Town &t = townOf(e);
    const QString when = summaryTime(e.atMs, t.zone);
    switch (e.step) {
    case JourneyStep::LabelCreated:
        return u"A shipping label has been prepared for your item at %1 in %2. This does not "
               "indicate receipt by the USPS or the actual mailing date."_s.arg(when, placeText(t));
    case JourneyStep::Delivered:
        if (before(j, index, JourneyStep::FailedAttempt))
            return u"Your item was delivered to an individual at the address at %1 in %2."_s.arg(
                when, placeText(t));
        return u"Your item was delivered to the front door or porch at %1 in %2."_s.arg(
            when, placeText(t));
    case JourneyStep::PickedUpAtPoint:
        return u"Your item was picked up at the post office at %1 in %2."_s.arg(when, placeText(t));
    case JourneyStep::ReturnedToSender:
        return u"Your item was delivered to the original sender at %1 in %2."_s.arg(
            when, placeText(t));
    case JourneyStep::PickedUp:
        return u"USPS is now in possession of your item as of %1 in %2."_s.arg(when, placeText(t));
    case JourneyStep::HubArrival:
        return u"Your item arrived at %1 at %2. The item is currently in transit to the "
               "destination."_s.arg(placeText(t), when);
    case JourneyStep::HubDeparture:
        return u"Your item departed %1 at %2. The item is currently in transit to the "
               "destination."_s.arg(placeText(t), when);
    case JourneyStep::FailedAttempt:
        return u"We attempted to deliver your item at %1 in %2 and a notice was left because an "
               "authorized recipient was not available."_s.arg(when, placeText(t));
    case JourneyStep::AvailableForPickup:
        return u"Your item arrived at the Post Office at %1 in %2 and is ready for pickup."_s.arg(
            when, placeText(t));
    case JourneyStep::OutForDelivery:
        return u"Your item is out for delivery on %1 in %2."_s.arg(
            QLocale(QLocale::English, QLocale::UnitedStates)
                .toString(QDateTime::fromMSecsSinceEpoch(e.atMs, QTimeZone(QByteArray(t.zone))),
                    u"MMMM d, yyyy"_s),
            placeText(t));
    default:
        return u"Your item's status is \"%1\" as of %2%3."_s.arg(text(uspsEvent(j, index).type),
            when, e.step == JourneyStep::Delayed ? QString() : QString(u" in "_s + placeText(t)));
    }
}

QByteArray errorBody(const QString &code, const QString &message)
{
    return json({{u"apiVersion"_s, u"/tracking/v3"_s},
        {u"error"_s,
            QJsonObject {
                {u"code"_s, code}, {u"message"_s, message}, {u"errors"_s, QJsonArray {}}}}});
}

bool any(const QList<JourneyEvent> &events, JourneyStep step)
{
    return std::ranges::any_of(events, [step](const JourneyEvent &e) { return e.step == step; });
}

// USPS Tracking v3 (apis.usps.com): OAuth2 client credentials as a JSON body at
// /oauth2/v3/token (the token must carry the "tracking" scope), then
// GET /tracking/v3/tracking/{number}?expand=DETAIL, one number per call. Errors in the
// {apiVersion, error{code, message, errors[]}} envelope; an unknown number is HTTP 404. Events
// give the local clock without an offset, plus GMTTimestamp and GMTOffset; booleans are strings.
class UspsDialect final : public Dialect
{
public:
    using Dialect::Dialect;

    QString carrier() const override { return u"usps"_s; }

    void addRoutes(QHttpServer &server, const Respond &respond) override
    {
        server.route(u"/usps/oauth2/v3/token"_s,
            [this, respond](const QHttpServerRequest &r) { return respond(token(r)); });
        server.route(u"/usps/tracking/v3/tracking/<arg>"_s,
            [this, respond](const QString &number, const QHttpServerRequest &r) {
                return respond(track(r, number));
            });
    }

    SandboxReply failure(Failure failure, int) const override
    {
        SandboxReply reply;
        switch (failure) {
        case Failure::TooManyRequests:
            reply.status = 429;
            reply.body = errorBody(u"429"_s, u"Too Many Requests"_s);
            break;
        case Failure::QuotaExhausted:
            // The quota is per hour (60 calls by default); USPS says when to come back.
            reply.status = 429;
            reply.body = errorBody(u"429"_s, u"Too Many Requests"_s);
            reply.headers.append({QByteArray("Retry-After"), QByteArray("3600")});
            break;
        case Failure::Unauthorized:
            reply.status = 401;
            reply.body = errorBody(u"401"_s, u"OAuth token is invalid or has expired."_s);
            reply.headers.append(
                {QByteArray("WWW-Authenticate"), QByteArray("Bearer error=\"invalid_token\"")});
            break;
        }
        return reply;
    }

private:
    SandboxReply token(const QHttpServerRequest &request)
    {
        SandboxReply reply;
        // USPS's examples post JSON; the endpoint takes a form too.
        QString grantType, clientId, clientSecret;
        if (header(request, "Content-Type").startsWith("application/json")) {
            const QJsonObject o = QJsonDocument::fromJson(request.body()).object();
            grantType = o.value(u"grant_type").toString();
            clientId = o.value(u"client_id").toString();
            clientSecret = o.value(u"client_secret").toString();
        } else {
            const QUrlQuery form(QString::fromUtf8(request.body()));
            grantType = form.queryItemValue(u"grant_type"_s, QUrl::FullyDecoded);
            clientId = form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
            clientSecret = form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded);
        }
        const auto &c = world().credentials();
        if (request.method() != QHttpServerRequest::Method::Post
            || grantType != u"client_credentials") {
            reply.status = 400;
            reply.body = json({{u"error"_s, u"unsupported_grant_type"_s},
                {u"error_description"_s, u"Unsupported grant type."_s}});
            return reply;
        }
        if (clientId != c.clientId || clientSecret != c.clientSecret) {
            reply.status = 401;
            reply.body = json({{u"error"_s, u"invalid_client"_s},
                {u"error_description"_s, u"Client authentication failed."_s},
                {u"error_uri"_s, u"https://datatracker.ietf.org/doc/html/rfc6749#page-45"_s}});
            return reply;
        }
        const auto t = world().issueToken(carrier());
        reply.body = json({{u"access_token"_s, t.value}, {u"token_type"_s, u"Bearer"_s},
            {u"issued_at"_s, QDateTime::currentMSecsSinceEpoch()},
            {u"expires_in"_s, t.lifetimeSeconds}, {u"status"_s, u"approved"_s},
            {u"scope"_s,
                u"addresses international-prices subscriptions payments pickup tracking labels "
                u"scan-forms companies service-delivery-standards locations international-labels "
                u"prices"_s},
            {u"issuer"_s, u"https://keyc.usps.com/realms/USPS"_s}, {u"client_id"_s, c.clientId},
            {u"application_name"_s, u"ParcelDesk Sandbox"_s},
            {u"api_products"_s, u"[Public Access I]"_s}});
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
        // Numbers USPS does not know, and labels it has no scan for yet, are a 404.
        if (isUnknownNumber(number)
            || world().journey(number).eventsBy(world().virtualNowMs()).isEmpty()) {
            reply.status = 404;
            reply.body = errorBody(u"404"_s,
                u"Tracking is not available for this item. This may be because the tracking "
                u"number is invalid; USPS has not yet received payment; USPS has not yet received "
                u"the item; the item does not include tracking; or other reasons."_s);
            return reply;
        }
        const bool detail
            = request.query().queryItemValue(u"expand"_s).compare(u"DETAIL", Qt::CaseInsensitive)
            == 0;
        reply.body = json(detail ? details(number) : summary(number));
        if (world().malformedFires(carrier()))
            reply.body.truncate(reply.body.size() / 2);
        return reply;
    }

    // Without expand=DETAIL USPS answers in sentences only.
    QJsonObject summary(const QString &number)
    {
        const Journey j = world().journey(number);
        const QList<JourneyEvent> events = j.eventsBy(world().virtualNowMs());
        QJsonArray sentences;
        for (qsizetype i = events.size() - 2; i >= 0; --i) {
            const Town &t = townOf(events[i]);
            sentences.append(
                u"%1, %2%3"_s.arg(text(uspsEvent(j, i).type), summaryTime(events[i].atMs, t.zone),
                    events[i].step == JourneyStep::Delayed ? QString()
                                                           : QString(u", "_s + placeText(t))));
        }
        return {{u"trackingNumber"_s, number},
            {u"statusSummary"_s,
                events.isEmpty() ? QString() : statusSummary(j, events.size() - 1)},
            {u"eventSummaries"_s, sentences}};
    }

    QJsonObject details(const QString &number)
    {
        const Journey j = world().journey(number);
        const QList<JourneyEvent> events = j.eventsBy(world().virtualNowMs());
        QJsonArray list;
        for (qsizetype i = events.size() - 1; i >= 0; --i) // newest first
            list.append(trackingEvent(j, i));
        const qsizetype last = events.size() - 1;
        const UspsEvent current = uspsEvent(j, last);
        const bool delivered = events[last].step == JourneyStep::Delivered
            || events[last].step == JourneyStep::PickedUpAtPoint;
        QJsonObject o {{u"trackingNumber"_s, number},
            {u"mailClass"_s, u"USPS Ground Advantage<SUP>&#153;</SUP>"_s}, {u"mailType"_s, u"DM"_s},
            {u"originCity"_s, text(austin.city)}, {u"originState"_s, text(austin.state)},
            {u"originZIP"_s, text(austin.zip)}, {u"destinationCity"_s, text(recipient.city)},
            {u"destinationState"_s, text(recipient.state)},
            {u"destinationZIP"_s, text(recipient.zip)}, {u"emailEnabled"_s, u"true"_s},
            {u"kahalaIndicator"_s, u"false"_s},
            {u"proofOfDeliveryEnabled"_s, delivered ? u"true"_s : u"false"_s},
            {u"restoreEnabled"_s, u"false"_s}, {u"RRAMEnabled"_s, u"false"_s},
            {u"RREEnabled"_s, u"false"_s},
            {u"services"_s,
                QJsonArray {
                    u"USPS Tracking<SUP>&#174;</SUP>"_s, u"Up to $100 insurance included"_s}},
            {u"serviceTypeCode"_s, u"001"_s}, {u"status"_s, text(current.type)},
            {u"statusCategory"_s, text(current.category)},
            {u"statusSummary"_s, statusSummary(j, last)}, {u"tableCode"_s, u"T"_s},
            {u"uniqueMailPieceID"_s, QString::number(qHash(number, 199) % 1'000'000'000)},
            {u"trackingEvents"_s, list}};
        for (const JourneyEvent &e : events) {
            if (e.step == JourneyStep::PickedUp)
                o.insert(u"mailPieceIntakeDate"_s,
                    localTime(
                        e.atMs, austin.zone, OffsetStyle::None, u"yyyy-MM-dd HH:mm:ss.000000"));
        }
        if (any(events, JourneyStep::FailedAttempt) && !isFinished(events))
            o.insert(u"redeliveryEnabled"_s, u"true"_s);
        if (events[last].step == JourneyStep::AvailableForPickup) {
            // Held items go back after 15 days.
            o.insert(u"returnDateNotice"_s,
                localTime(events[last].atMs + 15 * 86'400'000LL, recipient.zone, OffsetStyle::None,
                    u"yyyy-MM-dd"));
        }
        if (!isFinished(events) && !any(events, JourneyStep::ReturnToSender)) {
            // The expected delivery: the destination's clock, without an offset.
            o.insert(u"expectedDeliveryTimeStamp"_s,
                localTime(j.etaMs, recipient.zone, OffsetStyle::None, u"yyyy-MM-ddT20:00:00"));
            o.insert(u"onTime"_s,
                any(events, JourneyStep::Delayed) || any(events, JourneyStep::FailedAttempt)
                    ? u"false"_s
                    : u"true"_s);
        }
        return o;
    }
};

} // namespace

std::unique_ptr<Dialect> makeUspsDialect(SandboxWorld &world)
{
    return std::make_unique<UspsDialect>(world);
}

} // namespace ParcelDesk::Sandbox
