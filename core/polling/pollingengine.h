#pragma once

#include "carriers/carriersession.h"
#include "circuitbreaker.h"
#include "ratelimiter.h"
#include "retrypolicy.h"
#include "store/database.h"
#include "store/shipmentrepository.h"
#include "store/storewriter.h"

#include <QMap>
#include <QObject>
#include <QSet>

#include <functional>
#include <map>
#include <memory>

class QTimer;

namespace ParcelDesk {

// Asks the carriers about every shipment that is due, most urgent first, and stores what they
// say. Per carrier it keeps the pace and the daily quota (RateLimiter), batches numbers up to
// the carrier's maximum, caps the calls in flight, backs off with jitter and honours
// Retry-After (RetryPolicy), and stops calling a failing carrier for a while (CircuitBreaker).
// Every shipment it takes gets a new poll time, whatever happened, so none is lost or asked
// about twice in one run. Lives on one thread; everything is asynchronous.
class PollingEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollingEngine)

public:
    struct Account
    {
        const CarrierAdapter *adapter = nullptr;
        QUrl baseUrl;
        CarrierCredentials credentials;
        std::optional<CarrierLimits> limits; // the adapter's own when empty
        int maxInFlight = 4;
        qint64 circuitCoolDownMs = 30'000; // how long a failing carrier rests before a probe
    };

    struct Summary
    {
        int shipments = 0; // shipments taken from the queue
        int requests = 0; // calls made
        int newEvents = 0;
        int duplicateEvents = 0;
        int deferred = 0; // rescheduled without an answer (limits, open circuit, failures)
        QMap<QString, int> errorsByKind;
        bool cancelled = false;
    };

    // How one carrier is doing, for the console's status bar and Carriers page.
    struct CarrierHealth
    {
        enum class State { Ok, Throttled, CircuitOpen, QuotaExhausted };
        QString carrier;
        State state = State::Ok;
        int callsToday = 0;
        int dailyQuota = 0; // 0: none
        int projectedToday = 0; // calls by midnight UTC at today's pace
        double requestsPerSecond = 0;
        int inFlight = 0;
        int queued = 0; // shipments taken for this run, not yet asked about
        qint64 blockedUntilMs = 0; // Retry-After, quota reset or circuit cool-down
        qint64 lastSuccessAtMs = 0;
        QString lastError; // kind and the carrier's words
        qint64 lastErrorAtMs = 0;
    };
    static QString healthStateName(CarrierHealth::State state); // "ok", "throttled", ...

    using Clock = std::function<qint64()>;

    PollingEngine(
        Database db, StoreWriter &writer, CarrierTransport &transport, QObject *parent = nullptr);
    ~PollingEngine() override;

    // Real time: pace, quota, backoff, circuit breaker and tokens.
    void setClock(Clock clock);
    // Business time: which shipments are due and when to ask again (the clock by default).
    // A demo's sandbox runs it faster than real time so that parcels move while one watches.
    void setScheduleClock(Clock clock);
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    // How long the shipments a run took stay this poller's unless renewed: a running engine
    // renews them every third of it, so a poller that dies leaves them to the others within
    // one lease (at once on the same machine, where its death is seen).
    void setLeaseMs(qint64 leaseMs);
    void addAccount(const Account &account);

    // Polls up to maxShipments due shipments once; finished() reports the run.
    void pollOnce(int maxShipments = 10'000);
    // Stops taking new calls; what is in flight completes, the rest is rescheduled.
    void cancel();
    bool isRunning() const { return m_running; }

    CircuitBreaker::State circuitState(const QString &carrier) const;
    int callsToday(const QString &carrier) const;
    QList<CarrierHealth> health() const;

Q_SIGNALS:
    void progress(int done, int total);
    // A call ended (answered or failed): health() may read differently.
    void healthChanged();
    void finished(const ParcelDesk::PollingEngine::Summary &summary);

private:
    struct Batch
    {
        QList<ShipmentRepository::Due> shipments;
        int attempt = 0;
    };
    struct Carrier
    {
        Account account;
        std::unique_ptr<CarrierSession> session;
        RateLimiter limiter;
        CircuitBreaker breaker;
        QList<Batch> queue;
        int inFlight = 0;
        bool wakeScheduled = false;
        qint64 lastSuccessAtMs = 0;
        QString lastError;
        qint64 lastErrorAtMs = 0;
    };

    void pump();
    void pumpCarrier(Carrier &c);
    void send(Carrier &c, Batch batch);
    void handle(Carrier &c, Batch batch, const ParseResult &result);
    void defer(const QList<ShipmentRepository::Due> &shipments, qint64 untilMs);
    void finishIfDone();
    quint64 submit(QList<TrackingEvent> events, QList<PollUpdate> updates,
        QList<DeliveryOptionsUpdate> deliveryOptions = {});
    qint64 now() const { return m_clock(); }
    qint64 scheduleNow() const { return m_scheduleClock ? m_scheduleClock() : m_clock(); }

    Database m_db;
    StoreWriter &m_writer;
    CarrierTransport &m_transport;
    Clock m_clock;
    Clock m_scheduleClock;
    RetryPolicy m_retry;
    std::map<QString, std::unique_ptr<Carrier>> m_carriers;
    Summary m_summary;
    QSet<quint64> m_pendingBatches; // writer batches of this run not yet confirmed
    QList<CarrierUsage> m_unsavedUsage; // calls made, stored with the next batch
    int m_total = 0;
    int m_done = 0;
    int m_retriesWaiting = 0; // failed calls waiting for their backoff
    bool m_running = false;
    qint64 m_leaseMs = 60'000;
    QTimer *m_leaseRenewal = nullptr;
    bool m_cancelled = false;
};

} // namespace ParcelDesk

Q_DECLARE_METATYPE(ParcelDesk::PollingEngine::Summary)
