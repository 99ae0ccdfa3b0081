#include "dialect.h"

#include "carriers/carrierxml.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace ParcelDesk::Sandbox {

namespace {

using namespace Dialects;

constexpr auto soapNamespace = "http://schemas.xmlsoap.org/soap/envelope/"_L1;
constexpr auto authenticationNamespace
    = "http://dpd.com/common/service/types/Authentication/2.0"_L1;
constexpr auto lifeCycleNamespace
    = "http://dpd.com/common/service/types/ParcelLifeCycleService/2.0"_L1;
constexpr auto loginNamespace = "http://dpd.com/common/service/types/LoginService/2.1"_L1;
// The journeys' towns are German: DPD Germany writes its local time there.
constexpr auto dpdZone = "Europe/Berlin";

struct StepText
{
    const char16_t *status;
    const char16_t *label; // DPD's progress-bar heading, which need not match the status
    const char16_t *description;
};

// The statuses DPD's ParcelLifeCycleService is seen to send (PickedUp … ReturningFromDelivery,
// Delivered). DPD documents none for order data, damage or a return to the sender: the sandbox
// sends names that no map knows there, as a real carrier does, so the unmapped path runs too.
StepText dpdText(JourneyStep step, Place place)
{
    switch (step) {
    case JourneyStep::LabelCreated:
        return {u"DataReceived", u"Order information transmitted",
            u"Order information has been transmitted to DPD."};
    case JourneyStep::PickedUp:
        return {u"PickedUp", u"Parcel handed to DPD", u"DPD has received your parcel."};
    case JourneyStep::HubArrival:
        if (place == Place::Depot)
            return {u"Depot", u"Parcel out for delivery", u"At parcel delivery centre."};
        return {u"BetweenDepots", u"In transit", u"The parcel is at the parcel dispatch centre."};
    case JourneyStep::HubDeparture:
    case JourneyStep::Delayed:
        return {u"BetweenDepots", u"In transit", u"The parcel is at the parcel dispatch centre."};
    case JourneyStep::OutForDelivery:
        return {u"Courier", u"Parcel out for delivery",
            u"The parcel has left the parcel delivery centre and is on its way to the consignee."};
    case JourneyStep::Delivered:
        return {u"Delivered", u"Parcel delivered", u"Your parcel has been delivered."};
    case JourneyStep::FailedAttempt:
    case JourneyStep::AddressIssue:
        return {u"DeliveryFailure", u"Parcel out for delivery",
            u"Unfortunately we have not been able to deliver your parcel."};
    case JourneyStep::AvailableForPickup:
        return {
            u"ParcelShop", u"Parcel out for delivery", u"Delivered by driver to Pickup parcelshop"};
    case JourneyStep::PickedUpAtPoint:
        return {u"Delivered", u"Parcel delivered",
            u"The parcel has been collected from the Pickup parcelshop."};
    case JourneyStep::Damaged:
        return {u"Damaged", u"In transit", u"The parcel has been damaged."};
    case JourneyStep::ReturnToSender:
        // Back at the delivery depot after failing to deliver, the way every return starts.
        if (place == Place::Depot)
            return {u"ReturningFromDelivery", u"Parcel out for delivery",
                u"After an unsuccessful delivery attempt the parcel is back at the recipient "
                u"depot."};
        return {u"ReturnToSender", u"In transit", u"The parcel is on its way back to the sender."};
    case JourneyStep::ReturnedToSender:
        return {u"ReturnedToSender", u"Parcel delivered",
            u"The parcel has been returned to the sender."};
    }
    return {u"", u"", u""};
}

QString flag(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

// A ContentLine: <name><content>text</content><bold/><paragraph/></name>.
void writeLine(QXmlStreamWriter &xml, const QString &name, const QString &text, bool bold)
{
    xml.writeStartElement(name);
    xml.writeTextElement(u"content"_s, text);
    xml.writeTextElement(u"bold"_s, flag(bold));
    xml.writeTextElement(u"paragraph"_s, u"false"_s);
    xml.writeEndElement();
}

// A ContentItem: an optional label, then lines.
void writeItem(
    QXmlStreamWriter &xml, const QString &name, const QString &label, const QStringList &lines)
{
    xml.writeStartElement(name);
    if (!label.isEmpty())
        writeLine(xml, u"label"_s, label, false);
    for (const QString &line : lines)
        writeLine(xml, u"content"_s, line, false);
    xml.writeEndElement();
}

// en_EN, the language our requests ask for: "8/17/2021 7:11:26 PM", German local time.
QString displayTime(qint64 utcMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(dpdZone));
    return QLocale::c().toString(t, u"M/d/yyyy h:mm:ss AP"_s);
}

QByteArray envelope(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeNamespace(soapNamespace, u"soap"_s);
    xml.writeStartElement(soapNamespace, u"Envelope"_s);
    xml.writeStartElement(soapNamespace, u"Body"_s);
    body(xml);
    xml.writeEndElement();
    xml.writeEndElement();
    return out;
}

// A SOAP 1.1 fault, which always comes with HTTP 500. DPD says soap:Server even for a bad
// login; the detail names what went wrong.
SandboxReply fault(const QString &faultCode, const QString &faultString,
    const std::function<void(QXmlStreamWriter &)> &detail)
{
    SandboxReply reply;
    reply.status = 500;
    reply.contentType = "text/xml; charset=utf-8";
    reply.body = envelope([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(soapNamespace, u"Fault"_s);
        xml.writeTextElement(u"faultcode"_s, faultCode);
        xml.writeTextElement(u"faultstring"_s, faultString);
        if (detail) {
            xml.writeStartElement(u"detail"_s);
            detail(xml);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    });
    return reply;
}

SandboxReply authenticationFault(const QString &message)
{
    return fault(u"soap:Server"_s, u"Fault occured"_s, [&](QXmlStreamWriter &xml) {
        xml.writeStartElement(u"ns:authenticationFault"_s);
        xml.writeNamespace(authenticationNamespace, u"ns"_s);
        xml.writeTextElement(u"errorCode"_s, u"DELICOM_ERR_AUTHENTICATION"_s);
        xml.writeTextElement(u"errorMessage"_s, message);
        xml.writeEndElement();
    });
}

SandboxReply clientFault(const QString &message)
{
    return fault(u"soap:Client"_s, u"Fault occured"_s, [&](QXmlStreamWriter &xml) {
        xml.writeStartElement(u"ns:faults"_s);
        xml.writeNamespace(lifeCycleNamespace, u"ns"_s);
        xml.writeTextElement(u"message"_s, message);
        xml.writeEndElement();
    });
}

// A parcel label number: 14 digits, then perhaps DPD's ISO 7064 check character.
bool isParcelLabelNumber(const QString &number)
{
    static const QRegularExpression pattern(u"^[0-9]{14}[0-9A-Z]?$"_s);
    return pattern.match(number).hasMatch();
}

// DPD Web Services: LoginService 2.1 getAuth gives a token for a day, which every
// ParcelLifeCycleService 2.0 getTrackingData call carries in its SOAP header. SOAP 1.1, one
// parcel per call, SOAP faults for a refused login or token and a malformed number; a number
// DPD does not know gets an empty tracking result.
class DpdDialect final : public Dialect
{
public:
    using Dialect::Dialect;

    QString carrier() const override { return u"dpd"_s; }

    void addRoutes(QHttpServer &server, const Respond &respond) override
    {
        server.route(u"/dpd/soap/services/LoginService/V2_1"_s,
            [this, respond](const QHttpServerRequest &r) { return respond(login(r)); });
        server.route(u"/dpd/soap/services/ParcelLifeCycleService/V2_0"_s,
            [this, respond](const QHttpServerRequest &r) { return respond(track(r)); });
    }

    SandboxReply failure(Failure failure, int) const override
    {
        SandboxReply reply;
        switch (failure) {
        case Failure::TooManyRequests:
        case Failure::QuotaExhausted:
            // DPD documents no limits; its gateway answers an overload in plain text.
            reply.status = 429;
            reply.contentType = "text/plain";
            reply.body = "Too Many Requests";
            break;
        case Failure::Unauthorized:
            reply = authenticationFault(u"The authentication token has expired."_s);
            break;
        }
        return reply;
    }

private:
    SandboxReply login(const QHttpServerRequest &request)
    {
        if (request.method() != QHttpServerRequest::Method::Post)
            return clientFault(u"Only POST is supported."_s);
        const auto doc = CarrierXml::read(request.body());
        const CarrierXml::Element *call = doc ? doc->find(u"getAuth") : nullptr;
        if (!call)
            return clientFault(u"The request is not a getAuth call."_s);
        const auto &c = world().credentials();
        if (call->childText(u"delisId") != c.clientId
            || call->childText(u"password") != c.clientSecret)
            return authenticationFault(u"Authentication failure, check delisId and password."_s);
        const auto token = world().issueToken(carrier());
        // Local time at DPD with a tenth of a second, as DPD writes it; the token expires in
        // real time, so the real clock counts here, not the journeys' virtual one.
        const qint64 expiresMs
            = QDateTime::currentMSecsSinceEpoch() + qint64(token.lifetimeSeconds) * 1000;
        const QString expires
            = localTime(expiresMs - expiresMs % 1000, dpdZone, OffsetStyle::None) + u".0"_s;
        SandboxReply reply;
        reply.contentType = "text/xml; charset=utf-8";
        reply.body = envelope([&](QXmlStreamWriter &xml) {
            xml.writeStartElement(u"ns2:getAuthResponse"_s);
            xml.writeNamespace(loginNamespace, u"ns2"_s);
            xml.writeStartElement(u"return"_s);
            xml.writeTextElement(u"delisId"_s, c.clientId);
            xml.writeTextElement(u"customerUid"_s, c.clientId);
            xml.writeTextElement(u"authToken"_s, token.value);
            xml.writeTextElement(u"depot"_s, u"0163"_s);
            xml.writeTextElement(u"authTokenExpires"_s, expires);
            xml.writeEndElement();
            xml.writeEndElement();
        });
        return reply;
    }

    SandboxReply track(const QHttpServerRequest &request)
    {
        SandboxReply reply;
        if (world().beginCall(*this, reply))
            return reply;
        if (request.method() != QHttpServerRequest::Method::Post)
            return clientFault(u"Only POST is supported."_s);
        const auto doc = CarrierXml::read(request.body());
        const CarrierXml::Element *header = doc ? doc->child(u"Header") : nullptr;
        const CarrierXml::Element *auth = header ? header->child(u"authentication") : nullptr;
        if (!auth || auth->childText(u"delisId") != world().credentials().clientId
            || !world().tokenValid(carrier(), auth->childText(u"authToken")))
            return failure(Failure::Unauthorized, 0);
        const CarrierXml::Element *call = doc->find(u"getTrackingData");
        const QString number = call ? call->childText(u"parcelLabelNumber") : QString();
        if (!isParcelLabelNumber(number))
            return clientFault(u"The value of parcelLabelNumber is not valid."_s);

        reply.contentType = "text/xml; charset=utf-8";
        reply.body = envelope([&](QXmlStreamWriter &xml) {
            xml.writeStartElement(u"getTrackingDataResponse"_s);
            xml.writeDefaultNamespace(lifeCycleNamespace);
            xml.writeStartElement(u"trackingresult"_s);
            // A number DPD has no data for: the frame without a single status.
            if (!isUnknownNumber(number))
                writeTracking(xml, world().journey(number));
            xml.writeEndElement();
            xml.writeEndElement();
        });
        if (world().malformedFires(carrier()))
            reply.body.truncate(reply.body.size() / 2);
        return reply;
    }

    void writeTracking(QXmlStreamWriter &xml, const Journey &journey)
    {
        const QList<JourneyEvent> events = journey.eventsBy(world().virtualNowMs());
        const bool finished = isFinished(events);
        xml.writeStartElement(u"shipmentInfo"_s);
        if (!finished) {
            // Predict: the hour DPD promises, in the parcel's local time.
            const QDateTime eta = QDateTime::fromMSecsSinceEpoch(journey.etaMs, QTimeZone(dpdZone));
            const QLocale c = QLocale::c();
            writeItem(xml, u"predictInformation"_s, u"Predicted delivery:"_s,
                {c.toString(eta.date(), u"M/d/yyyy"_s) + u", "_s
                    + c.toString(eta.addSecs(-1800).time(), u"h:mm AP"_s) + u" - "_s
                    + c.toString(eta.addSecs(1800).time(), u"h:mm AP"_s)});
        }
        writeItem(xml, u"serviceDescription"_s, u"Your DPD service:"_s,
            {journey.kind == JourneyKind::PickupPoint ? u"DPD PARCELSHOP DELIVERY"_s
                                                      : u"DPD CLASSIC"_s});
        xml.writeTextElement(u"status"_s, u"SHIPMENT"_s);
        writeLine(xml, u"label"_s, u"Shipment"_s, false);
        xml.writeEmptyElement(u"description"_s);
        xml.writeTextElement(u"statusHasBeenReached"_s, u"false"_s);
        xml.writeTextElement(u"isCurrentStatus"_s, u"false"_s);
        xml.writeTextElement(u"showContactInfo"_s, u"false"_s);
        xml.writeEndElement();

        // Oldest first; the last one reached is the current status.
        for (qsizetype i = 0; i < events.size(); ++i) {
            const JourneyEvent &e = events.at(i);
            const StepText t = dpdText(e.step, e.place);
            // An event without a place is recorded at the sender's depot, where journeys start.
            const QString location = e.city.isEmpty()
                ? u"Bochum (DE)"_s
                : u"%1 (%2)"_s.arg(e.city, e.country.isEmpty() ? u"DE"_s : e.country);
            QStringList description {QString::fromUtf16(t.description)};
            if (e.step == JourneyStep::AddressIssue)
                description.append(u"The address of the consignee is incorrect or incomplete."_s);
            xml.writeStartElement(u"statusInfo"_s);
            xml.writeTextElement(u"status"_s, QString::fromUtf16(t.status));
            writeLine(xml, u"label"_s, QString::fromUtf16(t.label), true);
            writeItem(xml, u"description"_s, {}, description);
            xml.writeTextElement(u"statusHasBeenReached"_s, u"true"_s);
            xml.writeTextElement(u"isCurrentStatus"_s, flag(i == events.size() - 1));
            xml.writeTextElement(u"showContactInfo"_s, u"true"_s);
            writeLine(xml, u"location"_s, location, true);
            writeLine(xml, u"date"_s, displayTime(e.atMs), true);
            xml.writeEndElement();
        }
        if (!finished) {
            // The step still ahead on DPD's progress bar: listed, not reached, without a time.
            xml.writeStartElement(u"statusInfo"_s);
            xml.writeTextElement(u"status"_s, u"Delivered"_s);
            writeLine(xml, u"label"_s, u"Parcel delivered"_s, true);
            writeItem(xml, u"description"_s, {}, {u"Your parcel has been delivered."_s});
            xml.writeTextElement(u"statusHasBeenReached"_s, u"false"_s);
            xml.writeTextElement(u"isCurrentStatus"_s, u"false"_s);
            xml.writeTextElement(u"showContactInfo"_s, u"true"_s);
            xml.writeEndElement();
        }
    }
};

} // namespace

std::unique_ptr<Dialect> makeDpdDialect(SandboxWorld &world)
{
    return std::make_unique<DpdDialect>(world);
}

} // namespace ParcelDesk::Sandbox
