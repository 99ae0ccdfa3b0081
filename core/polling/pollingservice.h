#pragma once

#include "pollingengine.h"

#include <QObject>
#include <QThread>

namespace ParcelDesk {

// Keeps polling on a thread of its own: runs the engine whenever shipments are due, then
// sleeps until the next one is due (at most maxSleepMs). The console and
// `parceldeskctl poll --daemon` use it; the thread that owns it never waits on a query.
// Signals arrive on the owner's thread.
class PollingService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollingService)

public:
    struct Config
    {
        QList<PollingEngine::Account> accounts;
        int batchSize = 2000; // shipments per run at most
        qint64 maxSleepMs = 30'000;
        int transferTimeoutMs = 30'000;
        // Business time (see PollingEngine::setScheduleClock); called on the polling thread.
        PollingEngine::Clock scheduleClock;
    };

    PollingService(Database db, StoreWriter &writer, QObject *parent = nullptr);
    // Drops the calls in flight (their shipments stay due) and waits for the thread.
    ~PollingService() override;

    void start(const Config &config);
    // Cancels the run (what is in flight completes, the rest stays due) and ends the thread;
    // stopped() follows.
    void stop();
    // Runs now instead of at the next due time.
    void pollNow();
    bool isActive() const { return m_thread != nullptr; }

Q_SIGNALS:
    void runStarted();
    void progress(int done, int total);
    void runFinished(const ParcelDesk::PollingEngine::Summary &summary);
    // Per carrier health and the shipments due per carrier; sent after every call, at most a few
    // times a second, and after every run.
    void healthChanged(const QList<ParcelDesk::PollingEngine::CarrierHealth> &health,
        const QHash<QString, qint64> &dueByCarrier);
    void stopped();

private:
    class Worker;
    Database m_db;
    StoreWriter &m_writer;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
};

} // namespace ParcelDesk

Q_DECLARE_METATYPE(ParcelDesk::PollingEngine::CarrierHealth)
