#pragma once

#include "carriers/carriertypes.h"
#include "dialect.h"
#include "domain/result.h"
#include "faultspec.h"
#include "journey.h"
#include "messagingdialect.h"
#include "polling/pollingengine.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QUrl>

#include <atomic>
#include <memory>
#include <vector>

class QHttpServer;
class QHttpServerRequest;

namespace ParcelDesk::Sandbox {

// A loopback server that answers in each carrier's own API dialect (paths, auth, payload shapes,
// error bodies) from simulated journeys on a virtual clock, with faults on demand. Each carrier
// lives below its own path, /<carrier id>. It counts every call per carrier so a test can prove
// that limits were kept.
class CarrierSandbox final : public QObject, private SandboxWorld
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CarrierSandbox)

public:
    struct Options
    {
        double speed = 1.0; // virtual seconds per real second
        qint64 virtualStartMs = 0; // 0: now
        quint64 seed = 1; // for fault probabilities
        int tokenLifetimeSeconds = 3600;
        CarrierCredentials credentials = defaultCredentials();
    };
    static CarrierCredentials defaultCredentials();

    explicit CarrierSandbox(const Options &options, QObject *parent = nullptr);
    ~CarrierSandbox() override;

    // Listens on 127.0.0.1; returns the port, or 0 when it could not.
    quint16 listen(quint16 port = 0);
    QUrl baseUrl() const; // the server: http://127.0.0.1:port
    QUrl baseUrl(const QString &carrier) const; // where a carrier's API lives
    Outcome setFaults(const QString &spec);

    // The carriers the sandbox speaks, by id.
    static QStringList carriers();
    // An account per carrier for the polling engine, at rps calls per second each (empty: each
    // carrier's documented limits).
    QList<PollingEngine::Account> pollingAccounts(std::optional<double> rps = std::nullopt) const;
    // Credentials the sandbox accepts for every carrier.
    const CarrierCredentials &credentials() const override;

    qint64 virtualNowMs() const override;
    void forceJourney(const QString &trackingNumber, JourneyKind kind);
    // A parcel's journey as the dialects answer with it; counts as the parcel being asked about.
    const Journey &journey(const QString &trackingNumber) override;
    // The same journey without counting a question: for a test that wants to know the answer.
    const Journey &plannedJourney(const QString &trackingNumber);
    // How often the carriers were asked about this parcel, and about parcels in all.
    int timesAsked(const QString &trackingNumber) const { return m_asked.value(trackingNumber); }
    qint64 questionsAsked() const { return m_questions; }
    // Parcels asked about more than once.
    QStringList askedRepeatedly() const;

    // Every token issued so far stops working (as when a carrier revokes them).
    void revokeTokens() { m_tokens.clear(); }

    // The outbox's providers (Twilio below /twilio, WhatsApp below /whatsapp) and the messages
    // they accepted (GET /sandbox/messages); see messagingdialect.h.
    const MessagingEndpoints &messaging() const { return *m_messaging; }

    int requestCount(const QString &carrier) const;
    // The most calls to a carrier within any window of windowMs (real time).
    int maxRequestsInWindow(const QString &carrier, qint64 windowMs) const;

private:
    bool beginCall(const Dialect &dialect, SandboxReply &reply) override;
    bool malformedFires(const QString &carrier) override;
    Token issueToken(const QString &carrier) override;
    bool tokenValid(const QString &carrier, QStringView token) const override;
    void beginJourney(const QString &trackingNumber, JourneyKind kind) override;

    void record(const QString &carrier);
    // A fault to apply to this call, if one fires.
    std::optional<Fault> firingFault(const QString &carrier, Fault::Kind kind);

    Options m_options;
    std::unique_ptr<QHttpServer> m_server;
    std::vector<std::unique_ptr<Dialect>> m_dialects;
    std::unique_ptr<MessagingEndpoints> m_messaging;
    quint16 m_port = 0;
    QElapsedTimer m_realClock;
    qint64 m_virtualStartMs;
    QList<Fault> m_faults;
    QRandomGenerator m_random;
    QHash<QString, Journey> m_journeys;
    QHash<QString, int> m_asked;
    qint64 m_questions = 0;
    QHash<QString, JourneyKind> m_forced;
    QHash<QString, QList<qint64>> m_calls; // real ms of each call per carrier
    QHash<QString, int> m_callsToday;
    QHash<QString, std::pair<QString, qint64>> m_tokens; // token → carrier, expiry (real ms)
    int m_tokenSerial = 0;
    QThreadPool m_answerPool;
    std::atomic_bool m_stopping = false;
};

} // namespace ParcelDesk::Sandbox
