#pragma once

#include "carriers/carriertypes.h"
#include "faultspec.h"
#include "journey.h"

#include <QByteArray>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace ParcelDesk::Sandbox {

// One answer the sandbox gives, before it goes out (after delayMs).
struct SandboxReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
};

// Sends a reply from the sandbox's answer pool.
using Respond = std::function<QFuture<QHttpServerResponse>(SandboxReply)>;

class Dialect;

// What a carrier dialect may ask of the sandbox: the virtual clock, journeys, faults, the call
// count and tokens. Used on the thread the server runs on.
class SandboxWorld
{
public:
    virtual ~SandboxWorld() = default;

    virtual qint64 virtualNowMs() const = 0;
    virtual const Journey &journey(const QString &trackingNumber) = 0;
    // The credentials the sandbox accepts for every carrier.
    virtual const CarrierCredentials &credentials() const = 0;

    // Counts a call to the carrier and, when a fault fires (slow, timeout, quota, 429, 5xx),
    // writes it into reply. True when reply is now the whole answer.
    virtual bool beginCall(const Dialect &dialect, SandboxReply &reply) = 0;
    // True when this answer is to be cut in half.
    virtual bool malformedFires(const QString &carrier) = 0;

    // Tokens: issueToken counts a call to "<carrier>-token"; its lifetime is the sandbox's
    // default or the carrier's token-expiry fault.
    struct Token
    {
        QString value;
        int lifetimeSeconds = 0;
    };
    virtual Token issueToken(const QString &carrier) = 0;
    virtual bool tokenValid(const QString &carrier, QStringView token) const = 0;

    // A parcel whose label the sandbox makes now (a return label it issued): from this moment
    // on it takes the journey given.
    virtual void beginJourney(const QString &trackingNumber, JourneyKind kind) = 0;
};

// One carrier's API as the sandbox speaks it: its routes below /<carrier id>, its auth and the
// shapes of its answers and error bodies. Each lives in its own <carrier>dialect.cpp.
class Dialect
{
public:
    explicit Dialect(SandboxWorld &world)
        : m_world(world)
    { }
    virtual ~Dialect() = default;
    Dialect(const Dialect &) = delete;
    Dialect &operator=(const Dialect &) = delete;

    virtual QString carrier() const = 0;
    // Registers the routes, each below "/" + carrier().
    virtual void addRoutes(QHttpServer &server, const Respond &respond) = 0;

    // Whole-call error answers in the carrier's own format.
    enum class Failure { TooManyRequests, QuotaExhausted, Unauthorized };
    virtual SandboxReply failure(Failure failure, int retryAfterSeconds) const = 0;

protected:
    SandboxWorld &world() const { return m_world; }

private:
    SandboxWorld &m_world;
};

struct DialectEntry
{
    QString carrier;
    std::unique_ptr<Dialect> (*make)(SandboxWorld &);
};

// Every dialect the sandbox speaks, in the order of PARCELDESK_CARRIER_IDS.
QList<DialectEntry> dialects();

// Shared helpers for dialects.
namespace Dialects {

QByteArray json(const QJsonObject &object);
QByteArray header(const QHttpServerRequest &request, QByteArrayView name);
QByteArray basicAuth(const QString &user, const QString &password);
// Numbers starting with "404" are unknown to every carrier.
bool isUnknownNumber(QStringView trackingNumber);
// The journey has reached its last event (delivered, picked up, back at the sender).
bool isFinished(const QList<JourneyEvent> &events);
// Local time at a place in an IANA zone: "yyyy-MM-ddTHH:mm:ss", then the offset as "+0200",
// "+02:00" or nothing.
enum class OffsetStyle { None, Compact, Colon };
QString localTime(qint64 utcMs, QByteArrayView ianaZone, OffsetStyle style,
    QStringView format = u"yyyy-MM-ddTHH:mm:ss");
QString utcIso(qint64 utcMs); // "2026-03-01T10:00:00Z"

} // namespace Dialects

} // namespace ParcelDesk::Sandbox
