#pragma once

#include "carriers/carriertypes.h"
#include "domain/result.h"
#include "faultspec.h"
#include "journey.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QUrl>

#include <atomic>
#include <memory>

class QHttpServer;
class QHttpServerRequest;

namespace ParcelDesk::Sandbox {

// A loopback server that answers in each carrier's own API dialect (paths, auth, payload shapes,
// error bodies) from simulated journeys on a virtual clock, with faults on demand. It counts
// every call per carrier so a test can prove that limits were kept.
// Speaks today: DHL (API key) and GLS (OAuth2 client credentials).
class CarrierSandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CarrierSandbox)

public:
    struct Options
    {
        double speed = 1.0; // virtual seconds per real second
        qint64 virtualStartMs = 0; // 0: now
        quint64 seed = 1; // for fault probabilities
        QString apiKey = QStringLiteral("sandbox-key");
        QString clientId = QStringLiteral("sandbox-client");
        QString clientSecret = QStringLiteral("sandbox-secret");
        int tokenLifetimeSeconds = 3600;
    };

    explicit CarrierSandbox(const Options &options, QObject *parent = nullptr);
    ~CarrierSandbox() override;

    // Listens on 127.0.0.1; returns the port, or 0 when it could not.
    quint16 listen(quint16 port = 0);
    QUrl baseUrl() const;
    Outcome setFaults(const QString &spec);

    static QStringList carriers();
    // Credentials the sandbox accepts for a carrier.
    CarrierCredentials credentials() const;

    qint64 virtualNowMs() const;
    void forceJourney(const QString &trackingNumber, JourneyKind kind);
    const Journey &journey(const QString &trackingNumber);

    int requestCount(const QString &carrier) const;
    // The most calls to a carrier within any window of windowMs (real time).
    int maxRequestsInWindow(const QString &carrier, qint64 windowMs) const;

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        int delayMs = 0;
    };

    void record(const QString &carrier);
    // A fault to apply to this call, if one fires.
    std::optional<Fault> firingFault(const QString &carrier, Fault::Kind kind);
    bool applyFaults(const QString &carrier, Reply &reply);
    Reply dhlTrack(const QHttpServerRequest &request);
    Reply glsToken(const QHttpServerRequest &request);
    Reply glsTrack(const QHttpServerRequest &request, const QString &ids);

    Options m_options;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QElapsedTimer m_realClock;
    qint64 m_virtualStartMs;
    QList<Fault> m_faults;
    QRandomGenerator m_random;
    QHash<QString, Journey> m_journeys;
    QHash<QString, JourneyKind> m_forced;
    QHash<QString, QList<qint64>> m_calls; // real ms of each call per carrier
    QHash<QString, int> m_callsToday;
    QHash<QString, qint64> m_tokens; // token → expiry (real ms)
    int m_tokenSerial = 0;
    QThreadPool m_answerPool;
    std::atomic_bool m_stopping = false;
};

} // namespace ParcelDesk::Sandbox
