#include "dialect.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QRegularExpression>
#include <QTimeZone>
#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ParcelDesk::Sandbox {

namespace {

using namespace Dialects;

constexpr QByteArrayView mediaType = "application/vnd.cpc.track-v2+xml";

// Where the journeys' places lie in Canada: a parcel from the Toronto area through Winnipeg to
// Calgary, so that its scans carry three zones. Canada Post names the zone of each scan by its
// abbreviation.
struct Town
{
    const char16_t *site;
    const char16_t *province;
    const char16_t *postalCode;
    const char *zone;
    const char16_t *standard;
    const char16_t *daylight;
};

const Town &townAt(Place place)
{
    static constexpr Town origin {
        u"MISSISSAUGA", u"ON", u"L5T2T5", "America/Toronto", u"EST", u"EDT"};
    static constexpr Town hub {u"WINNIPEG", u"MB", u"R3C0A1", "America/Winnipeg", u"CST", u"CDT"};
    static constexpr Town depot {u"CALGARY", u"AB", u"T2P1J9", "America/Edmonton", u"MST", u"MDT"};
    static constexpr Town pickupPoint {
        u"CALGARY", u"AB", u"T2P2M5", "America/Edmonton", u"MST", u"MDT"};
    switch (place) {
    case Place::None: // the shipper's data comes from where it ships
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

struct StepText
{
    const char16_t *code; // event-identifier, zero-padded where Canada Post pads it
    const char16_t *description;
};

// Canada Post's event identifiers and texts. Electronic information (3000) has no mapping in
// our status map, which knows only the documented codes: it stays unmapped, as it would with
// the real service.
StepText canadaPostText(JourneyStep step, JourneyKind kind)
{
    switch (step) {
    case JourneyStep::LabelCreated:
        return {u"3000", u"Electronic information submitted by shipper"};
    case JourneyStep::PickedUp:
        return {u"0101", u"Item picked up by Canada Post"};
    case JourneyStep::HubArrival:
        return {u"0100", u"Item processed at postal facility"};
    case JourneyStep::HubDeparture:
        return {u"0102", u"Item processed"};
    case JourneyStep::Delayed:
        return {u"0162", u"Delivery may be delayed due to transportation delay"};
    case JourneyStep::OutForDelivery:
        return {u"0174", u"Item out for delivery"};
    case JourneyStep::Delivered:
    case JourneyStep::PickedUpAtPoint:
        return {u"1496", u"Item successfully delivered"};
    case JourneyStep::FailedAttempt:
        return {u"1415", u"Attempted delivery; recipient not available"};
    case JourneyStep::AvailableForPickup:
        return {u"1701", u"Item available for pickup at Post Office"};
    case JourneyStep::Damaged:
        return {u"1484", u"Item on hold"};
    case JourneyStep::AddressIssue:
        return {u"0173", u"Customer addressing error found; attempting to correct. Possible delay"};
    case JourneyStep::ReturnToSender:
        if (kind == JourneyKind::AddressIssue)
            return {u"1416",
                u"Recipient not located at address provided. Item being returned to sender."};
        if (kind == JourneyKind::ReturnedToSender)
            return {u"1419", u"Item was unclaimed by recipient. Item being returned to sender."};
        return {u"1420", u"Item being returned to sender"};
    case JourneyStep::ReturnedToSender:
        return {u"1496", u"Item successfully returned to sender"};
    }
    return {u"", u""};
}

SandboxReply xmlReply(int status, const QByteArray &body)
{
    SandboxReply reply;
    reply.status = status;
    reply.contentType = mediaType.toByteArray();
    reply.body = body;
    return reply;
}

// Canada Post's error document: <messages><message><code/><description/></message></messages>.
SandboxReply messages(int status, const QString &code, const QString &description)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(u"http://www.canadapost.ca/ws/messages"_s);
    xml.writeStartElement(u"messages"_s);
    xml.writeStartElement(u"message"_s);
    xml.writeTextElement(u"code"_s, code);
    xml.writeTextElement(u"description"_s, description);
    xml.writeEndDocument();
    return xmlReply(status, out);
}

// A PIN is 12, 13 or 16 characters.
bool isPin(const QString &pin)
{
    static const QRegularExpression pattern(u"^[0-9A-Z]{12,13}$|^[0-9A-Z]{16}$"_s);
    return pattern.match(pin).hasMatch();
}

// Canada Post's tracking web service, Get Tracking Details: GET /vis/track/pin/{pin}/detail with
// HTTP Basic and its own media type; one PIN, events newest first, times in the scan's local
// time with a zone abbreviation.
class CanadaPostDialect final : public Dialect
{
public:
    using Dialect::Dialect;

    QString carrier() const override { return u"canadapost"_s; }

    void addRoutes(QHttpServer &server, const Respond &respond) override
    {
        server.route(u"/canadapost/vis/track/pin/<arg>/detail"_s,
            [this, respond](const QString &pin, const QHttpServerRequest &r) {
                return respond(track(r, pin));
            });
    }

    SandboxReply failure(Failure failure, int) const override
    {
        switch (failure) {
        case Failure::TooManyRequests:
        case Failure::QuotaExhausted:
            // The throttle per API key, Canada Post's only limit: "You will be blocked from
            // making additional calls for up to a minute."
            return messages(503, u"Server"_s, u"Rejected by SLM Monitor"_s);
        case Failure::Unauthorized:
            return messages(401, u"E002"_s, u"AAA Authentication Failure"_s);
        }
        return {};
    }

private:
    SandboxReply track(const QHttpServerRequest &request, const QString &pin)
    {
        SandboxReply reply;
        if (world().beginCall(*this, reply))
            return reply;
        const auto &c = world().credentials();
        if (header(request, "Authorization") != basicAuth(c.username, c.password))
            return failure(Failure::Unauthorized, 0);
        // "*/* in place of the header value will return an error".
        if (header(request, "Accept") != mediaType) {
            reply.status = 406;
            reply.contentType = "text/plain";
            reply.body = "Not Acceptable";
            return reply;
        }
        if (!isPin(pin)) {
            reply.status = 400;
            reply.contentType = "text/plain";
            reply.body = "Bad Request";
            return reply;
        }
        if (isUnknownNumber(pin))
            return messages(404, u"004"_s, u"No Pin History"_s);

        const Journey &j = world().journey(pin);
        const QList<JourneyEvent> events = j.eventsBy(world().virtualNowMs());
        const bool finished = isFinished(events);
        const Town &destination = townAt(Place::Depot);
        const QTimeZone destinationZone(destination.zone);
        // The promise is a day at the destination; a delay moves it to the next one.
        QString expected;
        QString changed;
        if (!finished) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(j.etaMs, destinationZone).date();
            expected = day.toString(Qt::ISODate);
            const bool delayed = std::any_of(events.cbegin(), events.cend(),
                [](const JourneyEvent &e) { return e.step == JourneyStep::Delayed; });
            if (delayed)
                changed = day.addDays(1).toString(Qt::ISODate);
        }
        const QString customer = c.accountNumber.rightJustified(10, u'0');

        QByteArray out;
        QXmlStreamWriter xml(&out);
        xml.writeStartDocument();
        xml.writeDefaultNamespace(u"http://www.canadapost.ca/ws/track-v2"_s);
        xml.writeStartElement(u"tracking-detail"_s);
        xml.writeTextElement(u"pin"_s, pin);
        xml.writeTextElement(u"active-exists"_s, u"1"_s);
        xml.writeEmptyElement(u"archive-exists"_s);
        xml.writeTextElement(u"changed-expected-date"_s, changed);
        xml.writeTextElement(
            u"destination-postal-id"_s, QString::fromUtf16(destination.postalCode));
        xml.writeTextElement(u"expected-delivery-date"_s, expected);
        xml.writeTextElement(u"changed-expected-delivery-reason"_s,
            changed.isEmpty() ? QString() : u"Transportation delay"_s);
        xml.writeTextElement(u"mailed-by-customer-number"_s, customer);
        xml.writeTextElement(u"mailed-on-behalf-of-customer-number"_s, customer);
        xml.writeEmptyElement(u"original-pin"_s);
        xml.writeTextElement(u"service-name"_s, u"Regular Parcel"_s);
        xml.writeTextElement(u"service-name-2"_s, u"Colis standard"_s);
        xml.writeEmptyElement(u"customer-ref-1"_s);
        xml.writeEmptyElement(u"customer-ref-2"_s);
        xml.writeEmptyElement(u"return-pin"_s);
        xml.writeTextElement(u"signature-image-exists"_s, u"false"_s);
        xml.writeTextElement(u"suppress-signature"_s, u"false"_s);
        xml.writeEmptyElement(u"delivery-options"_s);
        xml.writeStartElement(u"significant-events"_s);
        for (auto it = events.crbegin(); it != events.crend(); ++it) { // newest first
            const JourneyEvent &e = *it;
            const StepText t = canadaPostText(e.step, j.kind);
            const Town &town = townAt(e.place);
            const QTimeZone zone(town.zone);
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(e.atMs, zone);
            const bool atCounter = e.step == JourneyStep::AvailableForPickup
                || e.step == JourneyStep::PickedUpAtPoint;
            xml.writeStartElement(u"occurrence"_s);
            xml.writeTextElement(u"event-identifier"_s, QString::fromUtf16(t.code));
            xml.writeTextElement(u"event-date"_s, local.date().toString(Qt::ISODate));
            xml.writeTextElement(u"event-time"_s, local.time().toString(u"HH:mm:ss"_s));
            xml.writeTextElement(u"event-time-zone"_s,
                QString::fromUtf16(zone.isDaylightTime(local) ? town.daylight : town.standard));
            xml.writeTextElement(u"event-description"_s, QString::fromUtf16(t.description));
            xml.writeEmptyElement(u"signatory-name"_s);
            xml.writeTextElement(u"event-site"_s, QString::fromUtf16(town.site));
            xml.writeTextElement(u"event-province"_s, QString::fromUtf16(town.province));
            xml.writeTextElement(
                u"event-retail-location-id"_s, atCounter ? u"0000103128"_s : QString());
            xml.writeTextElement(
                u"event-retail-name"_s, atCounter ? u"SHOPPERS DRUG MART #0336"_s : QString());
            xml.writeEndElement();
        }
        xml.writeEndDocument();
        reply = xmlReply(200, out);
        if (world().malformedFires(carrier()))
            reply.body.truncate(reply.body.size() / 2);
        return reply;
    }
};

} // namespace

std::unique_ptr<Dialect> makeCanadaPostDialect(SandboxWorld &world)
{
    return std::make_unique<CanadaPostDialect>(world);
}

} // namespace ParcelDesk::Sandbox
