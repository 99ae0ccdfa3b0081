#include "dialect.h"
#include "workflows/returnlabel.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>

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
        server.route(u"/dhl/parcel/de/shipping/returns/v1/orders"_s,
            [this, respond](const QHttpServerRequest &r) { return respond(returnOrder(r)); });
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
    // DHL Parcel DE Returns: POST /parcel/de/shipping/returns/v1/orders with receiverId,
    // customerReference, shipmentReference and the shipper's address; 201 with shipmentNo (a
    // fresh DHL Paket number), internationalShipmentNo for returns from abroad, label and qrLabel
    // (base64 documents: here the sandbox's own label PDF), qrLink (what the QR code holds) and
    // routingCode. The number's journey starts now and ends delivered at the warehouse.
    SandboxReply returnOrder(const QHttpServerRequest &request)
    {
        SandboxReply reply;
        if (world().beginCall(*this, reply))
            return reply;
        if (header(request, "DHL-API-Key") != world().credentials().apiKey.toUtf8())
            return failure(Failure::Unauthorized, 0);
        const auto badRequest = [](const QString &detail) {
            SandboxReply r;
            r.status = 400;
            r.contentType = "application/problem+json";
            r.body = problem(400, u"Bad Request"_s, detail);
            return r;
        };
        if (request.method() != QHttpServerRequest::Method::Post) {
            SandboxReply r;
            r.status = 405;
            r.body = problem(405, u"Method Not Allowed"_s, u"Use POST to create a return order."_s);
            return r;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return badRequest(u"The request body is not a valid return order."_s);
        const QJsonObject order = document.object();
        const QString receiverId = order.value(u"receiverId"_s).toString();
        if (receiverId.isEmpty())
            return badRequest(u"receiverId: must not be blank."_s);
        const QJsonObject shipper = order.value(u"shipper"_s).toObject();
        for (const QString &field : {u"name1"_s, u"addressStreet"_s, u"postalCode"_s, u"city"_s}) {
            if (shipper.value(field).toString().trimmed().isEmpty())
                return badRequest(u"shipper.%1: must not be blank."_s.arg(field));
        }

        const QString number = nextShipmentNumber();
        world().beginJourney(number, JourneyKind::OnTime);
        const QString qrLink = u"https://returns.sandbox.invalid/dhl/qr/%1"_s.arg(number);

        ReturnLabelData label;
        label.rma = order.value(u"customerReference"_s).toString();
        label.carrier = carrier();
        label.carrierName = u"DHL"_s;
        label.trackingNumber = number;
        label.qrPayload = qrLink;
        const QString street = shipper.value(u"addressStreet"_s).toString() + u' '
            + shipper.value(u"addressHouse"_s).toString();
        const QString town = shipper.value(u"postalCode"_s).toString() + u' '
            + shipper.value(u"city"_s).toString();
        label.fromAddress = {shipper.value(u"name1"_s).toString(), street.trimmed(), town};
        label.toAddress = {u"DHL Retoure"_s, receiverId.toUpper()};
        label.orderNumber = order.value(u"shipmentReference"_s).toString();
        label.language = u"de"_s;
        label.createdOn = QDateTime::fromMSecsSinceEpoch(world().virtualNowMs(), Qt::UTC).date();
        const auto pdf = ReturnLabel::pdf(label);
        const QString b64 = pdf ? QString::fromLatin1(pdf->toBase64()) : QString();

        QJsonObject answer {
            {u"sstatus"_s, QJsonObject {{u"title"_s, u"Created"_s}, {u"status"_s, 201}}},
            {u"shipmentNo"_s, number}, {u"label"_s, QJsonObject {{u"b64"_s, b64}}},
            {u"qrLabel"_s, QJsonObject {{u"b64"_s, b64}}}, {u"qrLink"_s, qrLink},
            {u"routingCode"_s, u"40327653113+99000933090010"_s}};
        const QString country = shipper.value(u"country"_s).toString();
        if (!country.isEmpty() && country.compare(u"DEU"_s, Qt::CaseInsensitive) != 0)
            answer.insert(u"internationalShipmentNo"_s, upuNumber(number));
        reply.status = 201;
        reply.body = json(answer);
        return reply;
    }

    // A 12-digit DHL Paket number with its check digit (weights 4 and 9), from a serial that
    // starts at the virtual clock so that a restarted sandbox gives fresh numbers.
    QString nextShipmentNumber()
    {
        if (m_returnSerial == 0)
            m_returnSerial = world().virtualNowMs() / 1000 % 10'000'000;
        const QString body
            = u"9999"_s + QString::number(m_returnSerial++ % 10'000'000).rightJustified(7, u'0');
        int sum = 0;
        for (qsizetype i = 0; i < body.size(); ++i)
            sum += body[i].digitValue() * (i % 2 == 0 ? 4 : 9);
        return body + QString::number((10 - sum % 10) % 10);
    }

    // A UPU S10 number for returns from abroad: CX, eight digits, the check digit, DE.
    static QString upuNumber(const QString &shipmentNo)
    {
        const QString digits = shipmentNo.right(8);
        static constexpr int weights[] = {8, 6, 4, 2, 3, 5, 9, 7};
        int sum = 0;
        qsizetype i = 0;
        for (const int weight : weights)
            sum += digits[i++].digitValue() * weight;
        int check = 11 - sum % 11;
        check = check == 10 ? 0 : check == 11 ? 5 : check;
        return u"CX"_s + digits + QString::number(check) + u"DE"_s;
    }

    qint64 m_returnSerial = 0;

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
