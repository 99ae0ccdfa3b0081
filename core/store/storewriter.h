#pragma once

#include "carriers/carriertypes.h"
#include "database.h"
#include "domain/trackingevent.h"

#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <memory>
#include <optional>

class QThread;

namespace ParcelDesk {

// What a poll decided for a shipment besides its events: when to ask again (empty: never),
// the carrier's promised date if it gave one, and whether tracking is given up (Expired).
struct PollUpdate
{
    qint64 shipmentId = 0;
    std::optional<qint64> nextPollAtMs;
    std::optional<qint64> promisedAtMs;
    bool expire = false;
};

// The delivery options a carrier listed for a shipment in one answer, as of polledAtMs: they
// replace the stored ones. Only answers that list options make one.
struct DeliveryOptionsUpdate
{
    qint64 shipmentId = 0;
    qint64 polledAtMs = 0;
    QList<DeliveryOption> options;
};

// Calls made to a carrier on one UTC day, added to what the database already counts.
struct CarrierUsage
{
    QString carrier;
    qint64 dayStartMs = 0; // midnight UTC
    int calls = 0;
};

struct BatchResult
{
    quint64 batchId = 0;
    int inserted = 0; // events stored for the first time
    int duplicates = 0; // events already stored (a re-poll), ignored
};

// The one thread that writes tracking events to a database. Batches submitted from any thread
// are queued; the writer takes what has piled up into one transaction, so under load it writes
// large transactions and when idle it writes at once. Every batch is stored whole or not at all:
// if a combined transaction fails, its batches are retried one by one and only the bad one fails.
// Storing an event updates its shipment's status, last event and delivery time.
class StoreWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWriter)

public:
    explicit StoreWriter(Database db, QObject *parent = nullptr);
    ~StoreWriter() override;

    // Thread-safe. Returns the batch id reported by batchWritten or batchFailed.
    quint64 submit(QList<TrackingEvent> events, QList<PollUpdate> pollUpdates = {},
        QList<CarrierUsage> usage = {}, QList<DeliveryOptionsUpdate> deliveryOptions = {});
    // Blocks until every batch submitted so far is written or failed; false on timeout.
    bool waitForIdle(int timeoutMs = -1);

    // The largest number of events one transaction takes from the queue.
    static constexpr qsizetype maxEventsPerTransaction = 250000;

Q_SIGNALS:
    void batchWritten(const ParcelDesk::BatchResult &result);
    void batchFailed(quint64 batchId, const QString &error);
    // Shipments whose events or status changed, for views to refresh what they show.
    void shipmentsChanged(const QList<qint64> &shipmentIds);

private:
    struct Batch
    {
        quint64 id = 0;
        QList<TrackingEvent> events;
        QList<PollUpdate> pollUpdates; // applied after the events, in the same transaction
        QList<CarrierUsage> usage; // likewise
        QList<DeliveryOptionsUpdate> deliveryOptions; // likewise
    };
    struct Statements;

    void run();
    void checkpointIfDue(Statements &st);
    bool writeTransaction(Statements &st, const QList<Batch> &batches, QList<BatchResult> *results,
        QList<qint64> *changedShipments, QString *error);
    // Returns the error text, empty on success.
    static QString replaceDeliveryOptions(Statements &st, const DeliveryOptionsUpdate &update);

    Database m_db;
    QThread *m_thread = nullptr;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_idle;
    QList<Batch> m_queue;
    quint64 m_nextBatchId = 1;
    quint64 m_lastDoneBatchId = 0;
    bool m_stopping = false;
};

} // namespace ParcelDesk

Q_DECLARE_METATYPE(ParcelDesk::BatchResult)
