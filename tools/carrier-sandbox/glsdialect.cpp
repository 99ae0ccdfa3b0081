#include "dialect.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ParcelDesk::Sandbox {

namespace {

using namespace Dialects;

struct StepText
{
    const char16_t *code;
    const char16_t *text;
};

// GLS documents no codes for damage or a return to sender: the sandbox sends codes that no map
// knows, as real carriers do, so that the unmapped path is exercised too.
StepText glsText(JourneyStep step)
{
    switch (step) {
    case JourneyStep::LabelCreated:
        return {u"INTIAL.PREADVICE", u"The parcel data was entered into the GLS IT system."};
    case JourneyStep::PickedUp:
        return {u"INTIAL.NORMAL", u"The parcel was handed over to GLS."};
    case JourneyStep::HubArrival:
        return {u"INWAREHOUSE", u"The parcel has reached the parcel center."};
    case JourneyStep::HubDeparture:
    case JourneyStep::Delayed:
        return {u"INTRANSIT", u"The parcel has left the parcel center."};
    case JourneyStep::OutForDelivery:
        return {u"INDELIVERY", u"The parcel is expected to be delivered during the day."};
    case JourneyStep::Delivered:
    case JourneyStep::PickedUpAtPoint:
        return {u"DELIVERED", u"The parcel has been delivered."};
    case JourneyStep::FailedAttempt:
    case JourneyStep::AddressIssue:
        return {u"NOTDELIVERED", u"The parcel could not be delivered."};
    case JourneyStep::AvailableForPickup:
        return {u"DELIVD.PARCELSHOP", u"The parcel has been delivered at the ParcelShop."};
    case JourneyStep::Damaged:
        return {u"DAMAGED", u"The parcel has been damaged."};
    case JourneyStep::ReturnToSender:
        return {u"RETURN", u"The parcel is on its way back to the sender."};
    case JourneyStep::ReturnedToSender:
        return {u"FINAL", u"Parcel history closed."};
    }
    return {u"", u""};
}

QString berlin(qint64 utcMs)
{
    return localTime(utcMs, "Europe/Berlin", OffsetStyle::Compact);
}

QByteArray apigeeFault(const QString &text, const QString &code)
{
    return json({{u"fault"_s,
        QJsonObject {
            {u"faultstring"_s, text}, {u"detail"_s, QJsonObject {{u"errorcode"_s, code}}}}}});
}

// GLS Track And Trace v1: OAuth2 client credentials at /oauth2/v1/token, then
// GET /track-and-trace-v1/tracking/simple/trackids/<up to 10 ids>, errors from the Apigee
// gateway in front of it.
class GlsDialect final : public Dialect
{
public:
    using Dialect::Dialect;

    QString carrier() const override { return u"gls"_s; }

    void addRoutes(QHttpServer &server, const Respond &respond) override
    {
        server.route(u"/gls/oauth2/v1/token"_s,
            [this, respond](const QHttpServerRequest &r) { return respond(token(r)); });
        server.route(u"/gls/track-and-trace-v1/tracking/simple/trackids/<arg>"_s,
            [this, respond](const QString &ids, const QHttpServerRequest &r) {
                return respond(track(r, ids));
            });
    }

    SandboxReply failure(Failure failure, int) const override
    {
        SandboxReply reply;
        switch (failure) {
        case Failure::TooManyRequests:
            reply.status = 429;
            reply.body = apigeeFault(u"Spike arrest violation. Allowed rate : 10ps"_s,
                u"policies.ratelimit.SpikeArrestViolation"_s);
            break;
        case Failure::QuotaExhausted:
            reply.status = 429;
            reply.body = apigeeFault(u"Rate limit quota violation. Quota limit exceeded."_s,
                u"policies.ratelimit.QuotaViolation"_s);
            break;
        case Failure::Unauthorized:
            reply.status = 401;
            reply.body = apigeeFault(
                u"The Token has expired: policy(Verify-JWT)"_s, u"steps.jwt.TokenExpired"_s);
            break;
        }
        return reply;
    }

private:
    SandboxReply token(const QHttpServerRequest &request)
    {
        SandboxReply reply;
        const auto &c = world().credentials();
        const bool basic
            = header(request, "Authorization") == basicAuth(c.clientId, c.clientSecret);
        const QUrlQuery form(QString::fromUtf8(request.body()));
        const bool inBody = form.queryItemValue(u"client_id"_s) == c.clientId
            && form.queryItemValue(u"client_secret"_s) == c.clientSecret;
        if (request.method() != QHttpServerRequest::Method::Post
            || form.queryItemValue(u"grant_type"_s) != u"client_credentials"
            || !(basic || inBody)) {
            reply.status = 401;
            reply.body = json({{u"error"_s, u"invalid_client"_s}});
            return reply;
        }
        const auto t = world().issueToken(carrier());
        reply.body = json({{u"access_token"_s, t.value}, {u"token_type"_s, u"Bearer"_s},
            {u"expires_in"_s, t.lifetimeSeconds}});
        return reply;
    }

    SandboxReply track(const QHttpServerRequest &request, const QString &ids)
    {
        SandboxReply reply;
        if (world().beginCall(*this, reply))
            return reply;
        const QByteArray auth = header(request, "Authorization");
        if (!auth.startsWith("Bearer ")
            || !world().tokenValid(carrier(), QString::fromUtf8(auth.mid(7))))
            return failure(Failure::Unauthorized, 0);
        const QStringList numbers = ids.split(u',', Qt::SkipEmptyParts);
        if (numbers.size() > 10) {
            reply.status = 400;
            reply.body = json(
                {{u"type"_s, u"about:blank"_s}, {u"title"_s, u"Bad Request"_s}, {u"status"_s, 400},
                    {u"detail"_s,
                        u"Provided references of size '%1' is more than allowed limit of 10"_s.arg(
                            numbers.size())},
                    {u"instance"_s, QString(u"/tracking/simple/trackids/"_s + ids)}});
            return reply;
        }
        QJsonArray parcels;
        for (const QString &number : numbers)
            parcels.append(parcel(number));
        reply.body = json({{u"parcels"_s, parcels}});
        if (world().malformedFires(carrier()))
            reply.body.truncate(reply.body.size() / 2);
        return reply;
    }

    QJsonObject parcel(const QString &number)
    {
        if (isUnknownNumber(number)) {
            return {{u"requested"_s, number}, {u"errorCode"_s, u"E_404_01"_s},
                {u"errorMessage"_s, u"Resource Not Found"_s}};
        }
        const QList<JourneyEvent> events = world().journey(number).eventsBy(world().virtualNowMs());
        QJsonArray list;
        for (auto it = events.crbegin(); it != events.crend(); ++it) {
            const StepText t = glsText(it->step);
            list.append(QJsonObject {{u"code"_s, QString::fromUtf16(t.code)}, {u"city"_s, it->city},
                {u"postalCode"_s, it->postcode}, {u"country"_s, it->country},
                {u"description"_s, QString::fromUtf16(t.text)},
                {u"eventDateTime"_s, berlin(it->atMs)}});
        }
        QString status = u"PREADVICE"_s;
        if (!events.isEmpty()) {
            const QString code = QString::fromUtf16(glsText(events.last().step).code);
            status = code.contains(u'.')
                ? (code == u"INTIAL.NORMAL" ? u"INTRANSIT"_s : u"PREADVICE"_s)
                : code;
            if (code == u"DELIVD.PARCELSHOP")
                status = u"DELIVEREDPS"_s;
        }
        return {{u"requested"_s, number}, {u"unitno"_s, number}, {u"status"_s, status},
            {u"statusDateTime"_s,
                berlin(events.isEmpty() ? world().virtualNowMs() : events.last().atMs)},
            {u"events"_s, list}};
    }
};

} // namespace

std::unique_ptr<Dialect> makeGlsDialect(SandboxWorld &world)
{
    return std::make_unique<GlsDialect>(world);
}

} // namespace ParcelDesk::Sandbox
