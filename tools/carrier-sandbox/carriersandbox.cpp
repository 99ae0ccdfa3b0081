#include "carriersandbox.h"

#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QThread>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ParcelDesk::Sandbox {

namespace {

constexpr qint64 hour = 3'600'000;

} // namespace

CarrierCredentials CarrierSandbox::defaultCredentials()
{
    CarrierCredentials c;
    c.apiKey = u"sandbox-key"_s;
    c.clientId = u"sandbox-client"_s;
    c.clientSecret = u"sandbox-secret"_s;
    c.username = u"sandbox-user"_s;
    c.password = u"sandbox-password"_s;
    c.accountNumber = u"1234567890"_s;
    return c;
}

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
    const Respond respond = [this](SandboxReply reply) {
        return QtConcurrent::run(&m_answerPool, [this, reply] {
            for (int waited = 0; waited < reply.delayMs && !m_stopping; waited += 50)
                QThread::msleep(ulong(std::min(50, reply.delayMs - waited)));
            QHttpServerResponse response(
                reply.contentType, reply.body, QHttpServerResponse::StatusCode(reply.status));
            for (const auto &[name, value] : reply.headers)
                response.setHeader(name, value);
            return response;
        });
    };
    for (const DialectEntry &entry : dialects()) {
        m_dialects.push_back(entry.make(*this));
        Q_ASSERT(m_dialects.back()->carrier() == entry.carrier);
        m_dialects.back()->addRoutes(*m_server, respond);
    }
    SandboxWorld &world = *this;
    m_messaging = std::make_unique<MessagingEndpoints>(world);
    m_messaging->addRoutes(*m_server, respond);
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

QUrl CarrierSandbox::baseUrl(const QString &carrier) const
{
    return QUrl(u"http://127.0.0.1:%1/%2"_s.arg(m_port).arg(carrier));
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
    QStringList ids;
    for (const DialectEntry &entry : dialects())
        ids.append(entry.carrier);
    return ids;
}

QList<PollingEngine::Account> CarrierSandbox::pollingAccounts(std::optional<double> rps) const
{
    QList<PollingEngine::Account> accounts;
    for (const QString &carrier : carriers()) {
        PollingEngine::Account a;
        a.adapter = carrierAdapter(carrier);
        if (!a.adapter)
            continue;
        a.baseUrl = baseUrl(carrier);
        a.credentials = credentials();
        if (rps) {
            CarrierLimits limits = a.adapter->limits();
            limits.requestsPerSecond = *rps;
            limits.dailyQuota = 0;
            a.limits = limits;
        }
        accounts.append(a);
    }
    return accounts;
}

const CarrierCredentials &CarrierSandbox::credentials() const
{
    return m_options.credentials;
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
    ++m_asked[trackingNumber];
    ++m_questions;
    return plannedJourney(trackingNumber);
}

QStringList CarrierSandbox::askedRepeatedly() const
{
    QStringList numbers;
    for (auto it = m_asked.cbegin(); it != m_asked.cend(); ++it) {
        if (it.value() > 1)
            numbers.append(it.key());
    }
    return numbers;
}

const Journey &CarrierSandbox::plannedJourney(const QString &trackingNumber)
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

void CarrierSandbox::beginJourney(const QString &trackingNumber, JourneyKind kind)
{
    m_forced.insert(trackingNumber, kind);
    m_journeys.insert(trackingNumber, planJourney(trackingNumber, virtualNowMs(), kind));
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

bool CarrierSandbox::beginCall(const Dialect &dialect, SandboxReply &reply)
{
    const QString carrier = dialect.carrier();
    record(carrier);
    if (const auto f = firingFault(carrier, Fault::Kind::Slow))
        reply.delayMs = f->value;
    if (firingFault(carrier, Fault::Kind::Timeout))
        reply.delayMs = 120'000;
    const int delay = reply.delayMs;
    for (const Fault &f : std::as_const(m_faults)) {
        if (f.kind == Fault::Kind::Quota && (f.carrier == u"*" || f.carrier == carrier)
            && m_callsToday.value(carrier) > f.value) {
            reply = dialect.failure(Dialect::Failure::QuotaExhausted, 0);
            reply.delayMs = delay;
            return true;
        }
    }
    if (const auto f = firingFault(carrier, Fault::Kind::TooManyRequests)) {
        reply = dialect.failure(Dialect::Failure::TooManyRequests, f->value);
        reply.headers.append({"Retry-After", QByteArray::number(f->value)});
        reply.delayMs = delay;
        return true;
    }
    if (firingFault(carrier, Fault::Kind::ServerError)) {
        reply = SandboxReply {};
        reply.status = 503;
        reply.contentType = "text/html";
        reply.body = "<html><body><h1>503 Service Unavailable</h1></body></html>";
        reply.delayMs = delay;
        return true;
    }
    return false;
}

bool CarrierSandbox::malformedFires(const QString &carrier)
{
    return firingFault(carrier, Fault::Kind::Malformed).has_value();
}

SandboxWorld::Token CarrierSandbox::issueToken(const QString &carrier)
{
    record(carrier + u"-token"_s);
    int lifetime = m_options.tokenLifetimeSeconds;
    if (const auto f = firingFault(carrier, Fault::Kind::TokenExpiry))
        lifetime = f->value;
    const QString token = u"sbx-%1-%2"_s.arg(carrier).arg(++m_tokenSerial);
    m_tokens.insert(token, {carrier, m_realClock.elapsed() + qint64(lifetime) * 1000});
    return {token, lifetime};
}

bool CarrierSandbox::tokenValid(const QString &carrier, QStringView token) const
{
    const auto it = m_tokens.constFind(token.toString());
    return it != m_tokens.cend() && it->first == carrier && it->second >= m_realClock.elapsed();
}

} // namespace ParcelDesk::Sandbox
