#include "pollingservice.h"

#include "carriers/carriersession.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTimer>

namespace ParcelDesk {

class PollingService::Worker final : public QObject
{
    Q_OBJECT

public:
    Worker(Database db, StoreWriter &writer, PollingService::Config config)
        : m_db(std::move(db))
        , m_writer(writer)
        , m_config(std::move(config))
    { }

    // On the worker thread.
    void begin()
    {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_transport = std::make_unique<NetworkCarrierTransport>(
            m_network.get(), m_config.transferTimeoutMs);
        m_engine = std::make_unique<PollingEngine>(m_db, m_writer, *m_transport);
        if (m_config.scheduleClock)
            m_engine->setScheduleClock(m_config.scheduleClock);
        for (const PollingEngine::Account &a : std::as_const(m_config.accounts))
            m_engine->addAccount(a);
        connect(m_engine.get(), &PollingEngine::progress, this, &Worker::progress);
        connect(m_engine.get(), &PollingEngine::healthChanged, this, &Worker::healthSoon);
        connect(m_engine.get(), &PollingEngine::finished, this, &Worker::runEnded);
        m_next.setSingleShot(true);
        connect(&m_next, &QTimer::timeout, this, &Worker::run);
        m_healthTimer.setSingleShot(true);
        connect(&m_healthTimer, &QTimer::timeout, this, &Worker::reportHealth);
        run();
    }

    void pollNow()
    {
        if (!m_stopping && !m_engine->isRunning())
            run();
    }

    // Leaves at once: calls in flight are dropped, their shipments stay due as they were.
    void abort()
    {
        m_stopping = true;
        m_next.stop();
        m_engine.reset();
        finish();
    }

    void end()
    {
        m_stopping = true;
        m_next.stop();
        if (m_engine && m_engine->isRunning())
            m_engine->cancel(); // finished() follows, after the writer confirmed
        else
            finish();
    }

Q_SIGNALS:
    void runStarted();
    void progress(int done, int total);
    void runFinished(const ParcelDesk::PollingEngine::Summary &summary);
    void healthChanged(const QList<ParcelDesk::PollingEngine::CarrierHealth> &health,
        const QHash<QString, qint64> &dueByCarrier);
    void ended();

private:
    void run()
    {
        if (m_stopping)
            return;
        Q_EMIT runStarted();
        m_engine->pollOnce(m_config.batchSize);
    }

    void runEnded(const PollingEngine::Summary &summary)
    {
        Q_EMIT runFinished(summary);
        m_dueCounted.invalidate(); // the run changed what is due
        reportHealth();
        if (m_stopping) {
            finish();
            return;
        }
        // A full run: more may be due at once. Otherwise sleep until the next is due.
        const qint64 now = scheduleNow();
        qint64 wait = m_config.maxSleepMs;
        if (summary.shipments >= m_config.batchSize && summary.deferred < summary.shipments) {
            wait = 0;
        } else if (const auto next = ShipmentRepository(m_db).nextDueAtMs()) {
            // Schedule time may run faster than real time (a demo): never sleep past it.
            wait = std::clamp<qint64>(*next - now, 1000, m_config.maxSleepMs);
        }
        m_next.start(std::chrono::milliseconds(wait));
    }

    void healthSoon()
    {
        if (!m_healthTimer.isActive())
            m_healthTimer.start(250);
    }

    void reportHealth()
    {
        // Counting what is due scans part of an index: at most every two seconds.
        if (!m_dueCounted.isValid() || m_dueCounted.elapsed() >= 2000) {
            m_due = ShipmentRepository(m_db).countDueByCarrier(scheduleNow());
            m_dueCounted.start();
        }
        Q_EMIT healthChanged(m_engine->health(), m_due);
    }

    qint64 scheduleNow() const
    {
        return m_config.scheduleClock ? m_config.scheduleClock()
                                      : QDateTime::currentMSecsSinceEpoch();
    }

    void finish()
    {
        m_healthTimer.stop();
        m_engine.reset();
        m_transport.reset();
        m_network.reset();
        m_db.releaseConnection();
        Q_EMIT ended();
    }

    Database m_db;
    StoreWriter &m_writer;
    PollingService::Config m_config;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<NetworkCarrierTransport> m_transport;
    std::unique_ptr<PollingEngine> m_engine;
    // Children, so they move to the worker thread with it.
    QTimer m_next {this};
    QTimer m_healthTimer {this};
    QHash<QString, qint64> m_due;
    QElapsedTimer m_dueCounted;
    bool m_stopping = false;
};

PollingService::PollingService(Database db, StoreWriter &writer, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_writer(writer)
{
    qRegisterMetaType<ParcelDesk::PollingEngine::CarrierHealth>();
    qRegisterMetaType<QList<ParcelDesk::PollingEngine::CarrierHealth>>();
    qRegisterMetaType<QHash<QString, qint64>>();
}

PollingService::~PollingService()
{
    if (!m_thread)
        return;
    // Not the graceful end: answers to calls in flight may need this very thread (an
    // in-process sandbox), which is about to wait.
    QMetaObject::invokeMethod(m_worker, &Worker::abort, Qt::QueuedConnection);
    m_thread->wait();
    delete m_worker;
    m_worker = nullptr;
}

void PollingService::start(const Config &config)
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("Polling"));
    m_worker = new Worker(m_db, m_writer, config);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &Worker::begin);
    connect(m_worker, &Worker::runStarted, this, &PollingService::runStarted);
    connect(m_worker, &Worker::progress, this, &PollingService::progress);
    connect(m_worker, &Worker::runFinished, this, &PollingService::runFinished);
    connect(m_worker, &Worker::healthChanged, this, &PollingService::healthChanged);
    // The worker ends its own thread; the thread's end deletes both and tells the owner.
    // Direct: the owner's thread may be the one waiting for this thread to end.
    connect(m_worker, &Worker::ended, m_thread, &QThread::quit, Qt::DirectConnection);
    // The worker goes once its thread has ended, here, where m_worker is read.
    connect(m_thread, &QThread::finished, this, [this] {
        delete m_worker;
        m_worker = nullptr;
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT stopped();
    });
    m_thread->start();
}

void PollingService::stop()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &Worker::end, Qt::QueuedConnection);
}

void PollingService::pollNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &Worker::pollNow, Qt::QueuedConnection);
}

} // namespace ParcelDesk

#include "pollingservice.moc"
