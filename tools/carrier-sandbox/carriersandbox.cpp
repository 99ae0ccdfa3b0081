#include "carriersandbox.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QTimeZone>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ParcelDesk::Sandbox {

namespace {

constexpr qint64 hour = 3'600'000;

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// DHL parcel-de writes German local time without an offset; GLS writes "+0200".
QString germanLocal(qint64 utcMs, bool withOffset)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone("Europe/Berlin"));
    QString text = t.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    if (withOffset) {
        const int minutes = t.offsetFromUtc() / 60;
        text += (minutes < 0 ? u'-' : u'+')
            + u"%1%2"_s.arg(qAbs(minutes) / 60, 2, 10, QChar(u'0'))
                  .arg(qAbs(minutes) % 60, 2, 10, QChar(u'0'));
    }
    return text;
}

struct DhlText
{
    const char16_t *code;
    const char16_t *text;
};

DhlText dhlText(JourneyStep step)
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

// GLS documents no codes for damage or a return to sender: the sandbox sends codes that no map
// knows, as real carriers do, so that the unmapped path is exercised too.
DhlText glsText(JourneyStep step)
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

QByteArray basicAuth(const QString &user, const QString &password)
{
    return "Basic " + (user + u':' + password).toUtf8().toBase64();
}

QByteArray header(const QHttpServerRequest &r, QByteArrayView name)
{
    for (const auto &[key, value] : r.headers()) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

CarrierSandbox::CarrierSandbox(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_server(std::make_unique<QHttpServer>())
    , m_virtualStartMs(
          options.virtualStartMs ? options.virtualStartMs : QDateTime::currentMSecsSinceEpoch())
    , m_random(quint32(options.seed))
{
    m_realClock.start();
    // Answers are made on the sandbox's own pool, wide enough that slow and timed-out answers
    // (which sleep there) never hold up the answers to other calls.
    m_answerPool.setMaxThreadCount(64);
    auto respond = [this](Reply reply) {
        return QtConcurrent::run(&m_answerPool, [this, reply] {
            for (int waited = 0; waited < reply.delayMs && !m_stopping; waited += 50)
                QThread::msleep(ulong(std::min(50, reply.delayMs - waited)));
            QHttpServerResponse response(
                "application/json", reply.body, QHttpServerResponse::StatusCode(reply.status));
            for (const auto &[name, value] : reply.headers)
                response.setHeader(name, value);
            return response;
        });
    };
    m_server->route(u"/track/shipments"_s,
        [this, respond](const QHttpServerRequest &r) { return respond(dhlTrack(r)); });
    m_server->route(u"/oauth2/v1/token"_s,
        [this, respond](const QHttpServerRequest &r) { return respond(glsToken(r)); });
    m_server->route(u"/track-and-trace-v1/tracking/simple/trackids/<arg>"_s,
        [this, respond](
            const QString &ids, const QHttpServerRequest &r) { return respond(glsTrack(r, ids)); });
}

CarrierSandbox::~CarrierSandbox()
{
    m_stopping = true;
    m_server.reset();
    m_answerPool.waitForDone();
}

quint16 CarrierSandbox::listen(quint16 port)
{
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    return m_port;
}

QUrl CarrierSandbox::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

Outcome CarrierSandbox::setFaults(const QString &spec)
{
    auto parsed = FaultSpec::parse(spec);
    if (!parsed)
        return parsed.error();
    m_faults = *parsed;
    return Done {};
}

QStringList CarrierSandbox::carriers()
{
    return {u"dhl"_s, u"gls"_s};
}

CarrierCredentials CarrierSandbox::credentials() const
{
    CarrierCredentials c;
    c.apiKey = m_options.apiKey;
    c.clientId = m_options.clientId;
    c.clientSecret = m_options.clientSecret;
    return c;
}

qint64 CarrierSandbox::virtualNowMs() const
{
    return m_virtualStartMs + qint64(double(m_realClock.elapsed()) * m_options.speed);
}

void CarrierSandbox::forceJourney(const QString &trackingNumber, JourneyKind kind)
{
    m_forced.insert(trackingNumber, kind);
    m_journeys.remove(trackingNumber);
}

const Journey &CarrierSandbox::journey(const QString &trackingNumber)
{
    auto it = m_journeys.find(trackingNumber);
    if (it == m_journeys.end()) {
        // First seen: the parcel is somewhere along its way, up to a day and a half in.
        const auto h = quint64(qHash(trackingNumber, 7));
        const qint64 labelAt = virtualNowMs() - qint64(h % 36) * hour;
        const auto forced = m_forced.constFind(trackingNumber);
        it = m_journeys.insert(trackingNumber,
            planJourney(trackingNumber, labelAt,
                forced == m_forced.cend() ? std::nullopt : std::optional(*forced)));
    }
    return *it;
}

void CarrierSandbox::record(const QString &carrier)
{
    m_calls[carrier].append(m_realClock.elapsed());
    ++m_callsToday[carrier];
}

int CarrierSandbox::requestCount(const QString &carrier) const
{
    return int(m_calls.value(carrier).size());
}

int CarrierSandbox::maxRequestsInWindow(const QString &carrier, qint64 windowMs) const
{
    const QList<qint64> calls = m_calls.value(carrier);
    int best = 0;
    qsizetype first = 0;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        while (calls[i] - calls[first] >= windowMs)
            ++first;
        best = std::max(best, int(i - first + 1));
    }
    return best;
}

std::optional<Fault> CarrierSandbox::firingFault(const QString &carrier, Fault::Kind kind)
{
    for (const Fault &f : std::as_const(m_faults)) {
        if (f.kind != kind || (f.carrier != u"*" && f.carrier != carrier))
            continue;
        if (f.probability >= 1.0 || m_random.generateDouble() < f.probability)
            return f;
    }
    return std::nullopt;
}

bool CarrierSandbox::applyFaults(const QString &carrier, Reply &reply)
{
    if (const auto f = firingFault(carrier, Fault::Kind::Slow))
        reply.delayMs = f->value;
    if (firingFault(carrier, Fault::Kind::Timeout))
        reply.delayMs = 120'000;
    for (const Fault &f : std::as_const(m_faults)) {
        if (f.kind == Fault::Kind::Quota && (f.carrier == u"*" || f.carrier == carrier)
            && m_callsToday.value(carrier) > f.value) {
            reply.status = 429;
            reply.body = carrier == u"gls"
                ? json({{u"fault"_s,
                    QJsonObject {
                        {u"faultstring"_s, u"Rate limit quota violation. Quota limit exceeded."_s},
                        {u"detail"_s,
                            QJsonObject {
                                {u"errorcode"_s, u"policies.ratelimit.QuotaViolation"_s}}}}}})
                : json({{u"status"_s, 429}, {u"title"_s, u"Too Many Requests"_s},
                    {u"detail"_s, u"Daily quota exceeded."_s}});
            return true;
        }
    }
    if (const auto f = firingFault(carrier, Fault::Kind::TooManyRequests)) {
        reply.status = 429;
        reply.headers.append({"Retry-After", QByteArray::number(f->value)});
        reply.body = json({{u"status"_s, 429}, {u"title"_s, u"Too Many Requests"_s},
            {u"detail"_s,
                u"Too many requests within defined time period, please try again later."_s}});
        return true;
    }
    if (firingFault(carrier, Fault::Kind::ServerError)) {
        reply.status = 503;
        reply.body = "<html><body><h1>503 Service Unavailable</h1></body></html>";
        return true;
    }
    return false;
}

CarrierSandbox::Reply CarrierSandbox::dhlTrack(const QHttpServerRequest &request)
{
    record(u"dhl"_s);
    Reply reply;
    if (applyFaults(u"dhl"_s, reply))
        return reply;
    if (header(request, "DHL-API-Key") != m_options.apiKey.toUtf8()) {
        reply.status = 401;
        reply.body = json({{u"status"_s, 401}, {u"title"_s, u"Unauthorized"_s},
            {u"detail"_s, u"Invalid API key."_s}});
        return reply;
    }
    const QString number = request.query().queryItemValue(u"trackingNumber"_s);
    if (number.isEmpty() || number.startsWith(u"404")) {
        reply.status = number.isEmpty() ? 400 : 404;
        reply.body = number.isEmpty()
            ? json({{u"status"_s, 400}, {u"title"_s, u"Bad Request"_s},
                {u"detail"_s, u"trackingNumber is missing"_s}})
            : json({{u"title"_s, u"No result found"_s}, {u"status"_s, 404},
                {u"detail"_s, u"No shipment with given tracking number found."_s},
                {u"instance"_s, QString(u"/shipment/"_s + number)}});
        return reply;
    }
    const Journey &j = journey(number);
    const QList<JourneyEvent> events = j.eventsBy(virtualNowMs());
    QJsonArray list;
    for (auto it = events.crbegin(); it != events.crend(); ++it) { // DHL: newest first
        const DhlText t = dhlText(it->step);
        QJsonObject e {{u"timestamp"_s, germanLocal(it->atMs, false)},
            {u"statusCode"_s, QString::fromUtf16(t.code)},
            {u"status"_s, QString::fromUtf16(t.text)},
            {u"description"_s, QString::fromUtf16(t.text)}};
        if (!it->city.isEmpty()) {
            e.insert(u"location"_s,
                QJsonObject {{u"address"_s,
                    QJsonObject {{u"addressLocality"_s, it->city}, {u"postalCode"_s, it->postcode},
                        {u"countryCode"_s, it->country}}}});
        }
        list.append(e);
    }
    QJsonObject shipment {{u"id"_s, number}, {u"service"_s, u"parcel-de"_s},
        {u"origin"_s, QJsonObject {{u"address"_s, QJsonObject {{u"countryCode"_s, u"DE"_s}}}}},
        {u"destination"_s, QJsonObject {{u"address"_s, QJsonObject {{u"countryCode"_s, u"DE"_s}}}}},
        {u"events"_s, list}};
    if (!list.isEmpty())
        shipment.insert(u"status"_s, list.first());
    const bool done = !events.isEmpty()
        && (events.last().step == JourneyStep::Delivered
            || events.last().step == JourneyStep::PickedUpAtPoint
            || events.last().step == JourneyStep::ReturnedToSender);
    if (!done)
        shipment.insert(u"estimatedTimeOfDelivery"_s,
            QDateTime::fromMSecsSinceEpoch(j.etaMs, Qt::UTC).toString(Qt::ISODate));
    reply.body = json({{u"shipments"_s, QJsonArray {shipment}}});
    if (firingFault(u"dhl"_s, Fault::Kind::Malformed))
        reply.body.truncate(reply.body.size() / 2);
    return reply;
}

CarrierSandbox::Reply CarrierSandbox::glsToken(const QHttpServerRequest &request)
{
    record(u"gls-token"_s);
    Reply reply;
    const bool basic
        = header(request, "Authorization") == basicAuth(m_options.clientId, m_options.clientSecret);
    const QUrlQuery form(QString::fromUtf8(request.body()));
    const bool inBody = form.queryItemValue(u"client_id"_s) == m_options.clientId
        && form.queryItemValue(u"client_secret"_s) == m_options.clientSecret;
    if (request.method() != QHttpServerRequest::Method::Post
        || form.queryItemValue(u"grant_type"_s) != u"client_credentials" || !(basic || inBody)) {
        reply.status = 401;
        reply.body = json({{u"error"_s, u"invalid_client"_s}});
        return reply;
    }
    int lifetime = m_options.tokenLifetimeSeconds;
    if (const auto f = firingFault(u"gls"_s, Fault::Kind::TokenExpiry))
        lifetime = f->value;
    const QString token = u"sbx-gls-%1"_s.arg(++m_tokenSerial);
    m_tokens.insert(token, m_realClock.elapsed() + qint64(lifetime) * 1000);
    reply.body = json(
        {{u"access_token"_s, token}, {u"token_type"_s, u"Bearer"_s}, {u"expires_in"_s, lifetime}});
    return reply;
}

CarrierSandbox::Reply CarrierSandbox::glsTrack(
    const QHttpServerRequest &request, const QString &ids)
{
    record(u"gls"_s);
    Reply reply;
    if (applyFaults(u"gls"_s, reply))
        return reply;
    const QByteArray auth = header(request, "Authorization");
    const QString token = QString::fromUtf8(auth.mid(7));
    if (!auth.startsWith("Bearer ") || m_tokens.value(token, -1) < m_realClock.elapsed()) {
        reply.status = 401;
        reply.body = json({{u"fault"_s,
            QJsonObject {{u"faultstring"_s, u"The Token has expired: policy(Verify-JWT)"_s},
                {u"detail"_s, QJsonObject {{u"errorcode"_s, u"steps.jwt.TokenExpired"_s}}}}}});
        return reply;
    }
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
    for (const QString &number : numbers) {
        if (number.startsWith(u"404")) {
            parcels.append(QJsonObject {{u"requested"_s, number}, {u"errorCode"_s, u"E_404_01"_s},
                {u"errorMessage"_s, u"Resource Not Found"_s}});
            continue;
        }
        const QList<JourneyEvent> events = journey(number).eventsBy(virtualNowMs());
        QJsonArray list;
        for (auto it = events.crbegin(); it != events.crend(); ++it) {
            const DhlText t = glsText(it->step);
            list.append(QJsonObject {{u"code"_s, QString::fromUtf16(t.code)}, {u"city"_s, it->city},
                {u"postalCode"_s, it->postcode}, {u"country"_s, it->country},
                {u"description"_s, QString::fromUtf16(t.text)},
                {u"eventDateTime"_s, germanLocal(it->atMs, true)}});
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
        parcels.append(
            QJsonObject {{u"requested"_s, number}, {u"unitno"_s, number}, {u"status"_s, status},
                {u"statusDateTime"_s,
                    germanLocal(events.isEmpty() ? virtualNowMs() : events.last().atMs, true)},
                {u"events"_s, list}});
    }
    reply.body = json({{u"parcels"_s, parcels}});
    if (firingFault(u"gls"_s, Fault::Kind::Malformed))
        reply.body.truncate(reply.body.size() / 2);
    return reply;
}

} // namespace ParcelDesk::Sandbox
