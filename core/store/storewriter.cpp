#include "storewriter.h"

#include "sqlitestatement.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

struct StoreWriter::Statements
{
    sqlite3 *db = nullptr;
    SqliteStatement insertEvent;
    SqliteStatement selectShipment;
    SqliteStatement updateShipment;
};

StoreWriter::StoreWriter(Database db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    qRegisterMetaType<ParcelDesk::BatchResult>();
    qRegisterMetaType<QList<qint64>>();
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(u"StoreWriter"_s);
    m_thread->start();
}

StoreWriter::~StoreWriter()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
}

quint64 StoreWriter::submit(QList<TrackingEvent> events)
{
    QMutexLocker lock(&m_mutex);
    const quint64 id = m_nextBatchId++;
    m_queue.append({id, std::move(events)});
    m_wake.wakeOne();
    return id;
}

bool StoreWriter::waitForIdle(int timeoutMs)
{
    QMutexLocker lock(&m_mutex);
    const quint64 target = m_nextBatchId - 1;
    QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever
                                          : QDeadlineTimer(timeoutMs));
    while (m_lastDoneBatchId < target) {
        if (!m_idle.wait(&m_mutex, deadline))
            return false;
    }
    return true;
}

void StoreWriter::run()
{
    const QString connectionName = u"parceldesk-writer:"_s + QUuid::createUuid().toString();
    {
        QSqlDatabase connection = m_db.openConnection(connectionName);
        Statements st;
        st.db = Database::nativeHandle(connection);
        QString setupError;
        if (!st.db) {
            setupError = tr("The writer could not open %1.").arg(m_db.path());
        } else {
            st.insertEvent = SqliteStatement(
                st.db, u"INSERT INTO tracking_events (shipment_id, occurred_at, utc_offset_min, "
                       "carrier_code, carrier_text, location, status_tag, sub_status, milestone, "
                       "unmapped, identity, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (shipment_id, identity) DO NOTHING");
            st.selectShipment = SqliteStatement(
                st.db, u"SELECT status_tag, sub_status, status_at, last_event_at, delivered_at "
                       "FROM shipments WHERE id = ?");
            st.updateShipment = SqliteStatement(
                st.db, u"UPDATE shipments SET status_tag = ?, sub_status = ?, status_at = ?, "
                       "last_event_at = ?, delivered_at = ?, "
                       "next_poll_at = CASE WHEN ? THEN NULL ELSE next_poll_at END WHERE id = ?");
            for (const SqliteStatement *s : {&st.insertEvent, &st.selectShipment, &st.updateShipment}) {
                if (!s->isValid())
                    setupError = s->prepareError();
            }
        }

        for (;;) {
            QList<Batch> work;
            {
                QMutexLocker lock(&m_mutex);
                while (m_queue.isEmpty() && !m_stopping)
                    m_wake.wait(&m_mutex);
                if (m_queue.isEmpty() && m_stopping)
                    break;
                qsizetype events = 0;
                while (!m_queue.isEmpty()
                       && (work.isEmpty() || events + m_queue.first().events.size()
                                                 <= maxEventsPerTransaction)) {
                    events += m_queue.first().events.size();
                    work.append(m_queue.takeFirst());
                }
            }

            QList<BatchResult> results;
            QList<qint64> changed;
            QString error = setupError;
            bool ok = error.isEmpty() && writeTransaction(st, work, &results, &changed, &error);
            if (ok) {
                for (const BatchResult &r : std::as_const(results))
                    Q_EMIT batchWritten(r);
            } else if (work.size() > 1 && setupError.isEmpty()) {
                for (const Batch &single : std::as_const(work)) {
                    QList<BatchResult> one;
                    QString singleError;
                    if (writeTransaction(st, {single}, &one, &changed, &singleError))
                        Q_EMIT batchWritten(one.first());
                    else
                        Q_EMIT batchFailed(single.id, singleError);
                }
            } else {
                for (const Batch &b : std::as_const(work))
                    Q_EMIT batchFailed(b.id, error);
            }
            if (!changed.isEmpty())
                Q_EMIT shipmentsChanged(changed);

            QMutexLocker lock(&m_mutex);
            m_lastDoneBatchId = work.last().id;
            m_idle.wakeAll();
        }
        st = {};
        connection.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

bool StoreWriter::writeTransaction(Statements &st, const QList<Batch> &batches,
                                   QList<BatchResult> *results, QList<qint64> *changedShipments,
                                   QString *error)
{
    struct Stored
    {
        qint64 atMs;
        std::optional<Status> status;  // empty for an unmapped code: it says nothing reliable
    };
    QHash<qint64, QList<Stored>> storedByShipment;
    QList<BatchResult> local;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    QString err = sqliteExec(st.db, "BEGIN IMMEDIATE");
    for (const Batch &batch : batches) {
        if (!err.isEmpty())
            break;
        BatchResult result{batch.id, 0, 0};
        for (const TrackingEvent &e : batch.events) {
            SqliteStatement &ins = st.insertEvent;
            ins.reset();
            ins.bind(1, e.shipmentId);
            ins.bind(2, e.occurredAtMs);
            if (e.utcOffsetMinutes)
                ins.bind(3, qint64(*e.utcOffsetMinutes));
            else
                ins.bindNull(3);
            ins.bind(4, QStringView(e.carrierCode));
            ins.bind(5, QStringView(e.carrierText));
            ins.bind(6, QStringView(e.location));
            ins.bind(7, QStringView(tagToString(e.status.tag())));
            ins.bind(8, QStringView(subStatusKey(e.status.subStatus())));
            ins.bind(9, qint64(e.relevance == Relevance::Milestone ? 1 : 0));
            ins.bind(10, qint64(e.unmapped ? 1 : 0));
            ins.bind(11, e.identity());
            ins.bind(12, now);
            ins.step();
            if (ins.failed()) {
                err = tr("event %1 of shipment %2 (%3): %4")
                          .arg(e.carrierCode)
                          .arg(e.shipmentId)
                          .arg(QDateTime::fromMSecsSinceEpoch(e.occurredAtMs, Qt::UTC)
                                   .toString(Qt::ISODate),
                               ins.error());
                break;
            }
            if (sqlite3_changes(st.db) > 0) {
                ++result.inserted;
                storedByShipment[e.shipmentId].append(
                    {e.occurredAtMs, e.unmapped ? std::nullopt : std::optional(e.status)});
            } else {
                ++result.duplicates;
            }
        }
        local.append(result);
    }

    for (auto it = storedByShipment.begin(); err.isEmpty() && it != storedByShipment.end(); ++it) {
        SqliteStatement &sel = st.selectShipment;
        sel.reset();
        sel.bind(1, it.key());
        if (!sel.step()) {
            err = tr("shipment %1 vanished while its events were stored").arg(it.key());
            break;
        }
        const auto tag = tagFromString(sel.columnText(0)).value_or(StatusTag::Pending);
        const auto sub = subStatusFromKey(sel.columnText(1)).value_or(genericSubStatus(tag));
        Status status = Status::make(tag, sub).value_or(Status(tag));
        qint64 statusAt = sel.columnInt64(2);
        qint64 lastEventAt = sel.columnInt64(3);
        std::optional<qint64> deliveredAt;
        if (!sel.columnIsNull(4))
            deliveredAt = sel.columnInt64(4);
        sel.reset();

        QList<Stored> &stored = it.value();
        std::stable_sort(stored.begin(), stored.end(),
                         [](const Stored &a, const Stored &b) { return a.atMs < b.atMs; });
        for (const Stored &s : std::as_const(stored)) {
            lastEventAt = std::max(lastEventAt, s.atMs);
            if (s.status && Status::supersedes(status, statusAt, *s.status, s.atMs)) {
                status = *s.status;
                statusAt = s.atMs;
            }
            if (status.tag() == StatusTag::Delivered && !deliveredAt)
                deliveredAt = statusAt;
        }

        SqliteStatement &upd = st.updateShipment;
        upd.reset();
        upd.bind(1, QStringView(tagToString(status.tag())));
        upd.bind(2, QStringView(subStatusKey(status.subStatus())));
        upd.bind(3, statusAt);
        upd.bind(4, lastEventAt);
        upd.bind(5, deliveredAt);
        upd.bind(6, qint64(status.isTerminal() ? 1 : 0));
        upd.bind(7, it.key());
        upd.step();
        if (upd.failed())
            err = tr("shipment %1: %2").arg(it.key()).arg(upd.error());
    }

    if (err.isEmpty())
        err = sqliteExec(st.db, "COMMIT");
    if (!err.isEmpty()) {
        sqliteExec(st.db, "ROLLBACK");
        *error = tr("Nothing of this batch was stored: %1").arg(err);
        return false;
    }
    *results = local;
    for (auto it = storedByShipment.cbegin(); it != storedByShipment.cend(); ++it)
        changedShipments->append(it.key());
    return true;
}

} // namespace ParcelDesk
