#include "storewriter.h"

#include "pgstatement.h"
#include "shipmentrepository.h"
#include "sqlitestatement.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QThread>
#include <QTimeZone>
#include <QUuid>
#include <QVarLengthArray>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <memory>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

struct StoreWriter::Statements
{
    sqlite3 *db = nullptr; // one of these two
    pg_conn *pg = nullptr;
    int walFrames = 0; // pages in the write-ahead log after the last commit
    using Statement = std::unique_ptr<SqlStatement>;
    Statement insertEvent;
    Statement selectShipment;
    Statement pollUpdate;
    Statement addUsage;
    Statement selectForExpiry;
    Statement addShipmentDaily;
    Statement addDeliveryDaily;
    // Prepared on first use: most carriers never list delivery options.
    Statement deleteOptions;
    Statement insertOption;
    // UPDATE statements by the set of indexed columns they change: SQLite rewrites an index
    // only when its column is assigned, so a scan within the same tag touches no index at all.
    Statement updateShipment[16];

    Statement prepare(QStringView sql) const
    {
        if (pg)
            return std::make_unique<PgStatement>(pg, sql);
        return std::make_unique<SqliteStatement>(db, sql);
    }
    // Runs a statement that returns nothing; returns the error text, empty on success.
    QString exec(const char *sql) const
    {
        return pg ? PgStatement::exec(pg, sql) : sqliteExec(db, sql);
    }

    enum IndexedColumn {
        TagColumn = 1,
        DeliveredColumn = 2,
        NextPollColumn = 4,
        AttemptsColumn = 8
    };
    SqlStatement &update(int columns)
    {
        Statement &st = updateShipment[columns];
        if (!st) {
            QString sql
                = u"UPDATE shipments SET sub_status = ?1, status_at = ?2, last_event_at = ?3"_s;
            if (columns & TagColumn)
                sql += u", status_tag = ?4"_s;
            if (columns & DeliveredColumn)
                sql += u", delivered_at = ?5"_s;
            if (columns & NextPollColumn)
                sql += u", next_poll_at = ?7"_s;
            if (columns & AttemptsColumn)
                sql += u", failed_attempts = failed_attempts + ?8"_s;
            sql += u" WHERE id = ?6"_s;
            st = prepare(sql);
        }
        return *st;
    }
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

quint64 StoreWriter::submit(QList<TrackingEvent> events, QList<PollUpdate> pollUpdates,
    QList<CarrierUsage> usage, QList<DeliveryOptionsUpdate> deliveryOptions)
{
    QMutexLocker lock(&m_mutex);
    const quint64 id = m_nextBatchId++;
    m_queue.append({id, std::move(events), std::move(pollUpdates), std::move(usage),
        std::move(deliveryOptions)});
    m_wake.wakeOne();
    return id;
}

bool StoreWriter::waitForIdle(int timeoutMs)
{
    QMutexLocker lock(&m_mutex);
    const quint64 target = m_nextBatchId - 1;
    QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(timeoutMs));
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
        st.pg = PgStatement::handleOf(connection);
        QString setupError;
        if (!connection.isOpen() || (!st.db && !st.pg)) {
            setupError = tr("The writer could not open %1.").arg(m_db.displayName());
        } else {
            st.insertEvent = st.prepare(
                u"INSERT INTO tracking_events (shipment_id, occurred_at, utc_offset_min, "
                "carrier_code, carrier_text, location, status_tag, sub_status, milestone, "
                "unmapped, identity, received_at, map_version, offset_assumed) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (shipment_id, identity) DO NOTHING");
            st.selectShipment = st.prepare(
                u"SELECT status_tag, sub_status, status_at, last_event_at, delivered_at, "
                "shipped_at, carrier, direction, promised_at, failed_attempts "
                "FROM shipments WHERE id = ?");
            st.selectForExpiry = st.prepare(
                u"SELECT status_tag, sub_status, shipped_at, carrier, direction FROM shipments "
                "WHERE id = ?");
            st.addShipmentDaily = st.prepare(
                u"INSERT INTO shipment_daily VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (day, "
                "carrier, direction, status_tag, ended) DO UPDATE SET shipments = "
                "shipment_daily.shipments + "
                "excluded.shipments");
            st.addDeliveryDaily = st.prepare(
                u"INSERT INTO delivery_daily VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (day, "
                "carrier) DO UPDATE SET delivered = delivery_daily.delivered + "
                "excluded.delivered, promised = delivery_daily.promised + excluded.promised, "
                "on_time = delivery_daily.on_time + excluded.on_time, first_attempt = "
                "delivery_daily.first_attempt + excluded.first_attempt");
            if (st.db) {
                // The writer touches many pages per transaction: a larger cache keeps it from
                // re-reading them. Checkpoints are the writer's own (see checkpointIfDue).
                sqliteExec(st.db, "PRAGMA cache_size = -65536");
                // Statements that fire triggers keep a statement journal; in memory, not a file.
                sqliteExec(st.db, "PRAGMA temp_store = MEMORY");
                sqliteExec(st.db, "PRAGMA wal_autocheckpoint = 0");
                sqlite3_wal_hook(
                    st.db,
                    [](void *frames, sqlite3 *, const char *, int walFrames) {
                        *static_cast<int *>(frames) = walFrames;
                        return SQLITE_OK;
                    },
                    &st.walFrames);
            }
            // A terminal shipment is never scheduled again, whatever the poll thought.
            st.pollUpdate = st.prepare(
                u"UPDATE shipments SET "
                "status_tag = CASE WHEN ?1 THEN 'Expired' ELSE status_tag END, "
                "sub_status = CASE WHEN ?1 THEN 'Expired' ELSE sub_status END, "
                "next_poll_at = CASE WHEN ?1 OR status_tag IN ('Delivered', 'Expired') "
                "OR sub_status IN ('ReturnedToSender', 'Lost') THEN NULL ELSE CAST(?2 AS BIGINT) "
                "END, "
                "promised_at = COALESCE(?3, promised_at), "
                // The poll is done: its lease goes back, if it is still this poller's.
                "lease_until = CASE WHEN lease_owner = ?5 THEN NULL ELSE lease_until END, "
                "lease_owner = CASE WHEN lease_owner = ?5 THEN NULL ELSE lease_owner END "
                "WHERE id = ?4");
            st.addUsage = st.prepare(
                u"INSERT INTO carrier_usage (carrier, day_start, calls) VALUES (?1, ?2, ?3) "
                "ON CONFLICT (carrier, day_start) DO UPDATE SET calls = carrier_usage.calls + "
                "excluded.calls");
            for (const Statements::Statement *s :
                {&st.insertEvent, &st.selectShipment, &st.pollUpdate, &st.addUsage,
                    &st.selectForExpiry, &st.addShipmentDaily, &st.addDeliveryDaily}) {
                if (!(*s)->isValid())
                    setupError = tr("The writer cannot prepare its statements on %1: %2")
                                     .arg(m_db.displayName(), (*s)->prepareError());
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
                    && (work.isEmpty()
                        || events + m_queue.first().events.size() <= maxEventsPerTransaction)) {
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
            {
                QMutexLocker lock(&m_mutex);
                m_lastDoneBatchId = work.last().id;
                m_idle.wakeAll();
            }
            if (setupError.isEmpty())
                checkpointIfDue(st);
        }
        st = {};
        connection.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

void StoreWriter::checkpointIfDue(Statements &st)
{
    // Copying the log back into the database is deferred to moments when no batch is waiting,
    // so bursts of events are not slowed by it; a log that grows past its bound is copied anyway.
    constexpr int idleThresholdFrames = 1000;
    constexpr int busyLimitFrames = 65536; // 256 MiB of 4 KiB pages
    bool idle = false;
    {
        QMutexLocker lock(&m_mutex);
        idle = m_queue.isEmpty();
    }
    if (!st.db)
        return; // a server checkpoints by itself
    if (st.walFrames >= busyLimitFrames || (idle && st.walFrames >= idleThresholdFrames)) {
        sqlite3_wal_checkpoint_v2(st.db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        st.walFrames = 0;
    }
}

QString StoreWriter::replaceDeliveryOptions(Statements &st, const DeliveryOptionsUpdate &update)
{
    if (!st.deleteOptions || !st.insertOption) {
        st.deleteOptions = st.prepare(u"DELETE FROM delivery_options WHERE shipment_id = ?");
        // A shipment deleted since it was polled has no row left to hang options on.
        st.insertOption = st.prepare(
            u"INSERT INTO delivery_options (shipment_id, option, eligibility, updated_at) "
            "SELECT CAST(?1 AS BIGINT), CAST(?2 AS TEXT), CAST(?3 AS TEXT), CAST(?4 AS BIGINT) "
            "WHERE EXISTS (SELECT 1 FROM shipments WHERE id = ?1) "
            "ON CONFLICT (shipment_id, option) DO UPDATE SET eligibility = excluded.eligibility, "
            "updated_at = excluded.updated_at");
        for (const Statements::Statement *s : {&st.deleteOptions, &st.insertOption}) {
            if (!(*s)->isValid())
                return tr("delivery options: %1").arg((*s)->prepareError());
        }
    }
    SqlStatement &del = *st.deleteOptions;
    del.reset();
    del.bind(1, update.shipmentId);
    del.step();
    if (del.failed())
        return tr("delivery options of shipment %1: %2").arg(update.shipmentId).arg(del.error());
    for (const DeliveryOption &o : update.options) {
        SqlStatement &ins = *st.insertOption;
        ins.reset();
        ins.bind(1, update.shipmentId);
        ins.bind(2, o.option);
        ins.bind(3, o.eligibility);
        ins.bind(4, update.polledAtMs);
        ins.step();
        if (ins.failed())
            return tr("delivery options of shipment %1: %2")
                .arg(update.shipmentId)
                .arg(ins.error());
    }
    return {};
}

bool StoreWriter::writeTransaction(Statements &st, const QList<Batch> &batches,
    QList<BatchResult> *results, QList<qint64> *changedShipments, QString *error)
{
    // Events are written grouped by shipment, oldest first: index pages and shipment rows are
    // then visited in order, and each shipment's row is updated once per transaction.
    struct Pending
    {
        const TrackingEvent *event;
        qsizetype batch;
    };
    std::vector<Pending> order;
    QList<BatchResult> local;
    for (qsizetype b = 0; b < batches.size(); ++b) {
        local.append({batches[b].id, 0, 0});
        for (const TrackingEvent &e : batches[b].events)
            order.push_back({&e, b});
    }
    std::stable_sort(order.begin(), order.end(), [](const Pending &a, const Pending &b) {
        return a.event->shipmentId != b.event->shipmentId
            ? a.event->shipmentId < b.event->shipmentId
            : a.event->occurredAtMs < b.event->occurredAtMs;
    });

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<qint64> changed;
    // What this transaction changes in the Overview's daily tables, added up and written once.
    constexpr qint64 msPerDay = 86'400'000;
    using DailyKey = std::tuple<qint64, QString, QString, QString, int>;
    std::map<DailyKey, qint64> shipmentDaily;
    struct Deliveries
    {
        qint64 delivered = 0;
        qint64 promised = 0;
        qint64 onTime = 0;
        qint64 firstAttempt = 0;
    };
    std::map<std::pair<qint64, QString>, Deliveries> deliveryDaily;
    const auto ended = [](const Status &s) {
        return s.subStatus() == SubStatus::ReturnedToSender || s.subStatus() == SubStatus::Lost;
    };
    const auto countDelivery = [&](const QString &carrier, qint64 deliveredAt,
                                   std::optional<qint64> promisedAt, qint64 attempts, int sign) {
        Deliveries &d = deliveryDaily[{deliveredAt / msPerDay, carrier}];
        d.delivered += sign;
        if (promisedAt) {
            d.promised += sign;
            const qint64 deadline
                = *promisedAt % msPerDay == 0 ? *promisedAt + msPerDay - 1 : *promisedAt;
            if (deliveredAt <= deadline)
                d.onTime += sign;
        }
        if (attempts == 0)
            d.firstAttempt += sign;
    };
    QString err = st.exec(st.db ? "BEGIN IMMEDIATE" : "BEGIN");
    size_t i = 0;
    while (err.isEmpty() && i < order.size()) {
        const qint64 shipmentId = order[i].event->shipmentId;
        // The shipment's new events, in time order; unmapped codes say nothing about status.
        QVarLengthArray<const TrackingEvent *, 16> stored;
        for (; i < order.size() && order[i].event->shipmentId == shipmentId; ++i) {
            const TrackingEvent &e = *order[i].event;
            SqlStatement &ins = *st.insertEvent;
            ins.reset();
            ins.bind(1, e.shipmentId);
            ins.bind(2, e.occurredAtMs);
            if (e.utcOffsetMinutes)
                ins.bind(3, qint64(*e.utcOffsetMinutes));
            else
                ins.bindNull(3);
            // The event outlives the step, so SQLite may read the text in place.
            ins.bindStatic(4, e.carrierCode);
            ins.bindStatic(5, e.carrierText);
            ins.bindStatic(6, e.location);
            ins.bindStatic(7, tagName(e.status.tag()));
            ins.bindStatic(8, subStatusName(e.status.subStatus()));
            ins.bind(9, qint64(e.relevance == Relevance::Milestone ? 1 : 0));
            ins.bind(10, qint64(e.unmapped ? 1 : 0));
            ins.bind(11, e.identity());
            ins.bind(12, now);
            if (e.mapVersion.isEmpty())
                ins.bindNull(13);
            else
                ins.bindStatic(13, e.mapVersion);
            ins.bind(14, qint64(e.offsetAssumed ? 1 : 0));
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
            BatchResult &r = local[order[i].batch];
            if (ins.changes() > 0) {
                ++r.inserted;
                stored.append(&e);
            } else {
                ++r.duplicates;
            }
        }
        if (!err.isEmpty() || stored.isEmpty())
            continue;

        SqlStatement &sel = *st.selectShipment;
        sel.reset();
        sel.bind(1, shipmentId);
        if (!sel.step()) {
            err = tr("shipment %1 vanished while its events were stored").arg(shipmentId);
            break;
        }
        const Status before = Status::fromColumns(sel.columnView(0), sel.columnView(1));
        const qint64 statusAtBefore = sel.columnInt64(2);
        const qint64 lastEventBefore = sel.columnInt64(3);
        std::optional<qint64> deliveredBefore;
        if (!sel.columnIsNull(4))
            deliveredBefore = sel.columnInt64(4);
        const qint64 shippedAt = sel.columnInt64(5);
        const QString carrier = sel.columnView(6).toString();
        const QString direction = sel.columnView(7).toString();
        std::optional<qint64> promisedAt;
        if (!sel.columnIsNull(8))
            promisedAt = sel.columnInt64(8);
        const qint64 attemptsBefore = sel.columnInt64(9);
        sel.reset();

        Status status = before;
        qint64 statusAt = statusAtBefore;
        qint64 lastEventAt = lastEventBefore;
        std::optional<qint64> deliveredAt = deliveredBefore;
        qint64 failedAttempts = 0; // counted here rather than by a trigger on every insert
        for (const TrackingEvent *e : stored) {
            if (e->status.tag() == StatusTag::AttemptFail)
                ++failedAttempts;
            lastEventAt = std::max(lastEventAt, e->occurredAtMs);
            if (!e->unmapped && Status::supersedes(status, statusAt, e->status, e->occurredAtMs)) {
                status = e->status;
                statusAt = e->occurredAtMs;
            }
            if (status.tag() == StatusTag::Delivered && !deliveredAt)
                deliveredAt = statusAt;
        }
        changed.append(shipmentId);

        int columns = 0;
        if (status.tag() != before.tag())
            columns |= Statements::TagColumn;
        if (status.tag() != before.tag() || ended(status) != ended(before)) {
            const qint64 day = shippedAt / msPerDay;
            --shipmentDaily[{day, carrier, direction, tagToString(before.tag()), ended(before)}];
            ++shipmentDaily[{day, carrier, direction, tagToString(status.tag()), ended(status)}];
        }
        if (direction == u"outbound" && (deliveredAt != deliveredBefore || failedAttempts > 0)) {
            if (deliveredBefore)
                countDelivery(carrier, *deliveredBefore, promisedAt, attemptsBefore, -1);
            if (deliveredAt)
                countDelivery(
                    carrier, *deliveredAt, promisedAt, attemptsBefore + failedAttempts, 1);
        }
        if (deliveredAt != deliveredBefore)
            columns |= Statements::DeliveredColumn;
        if (status.isTerminal() != before.isTerminal())
            columns |= Statements::NextPollColumn; // tracking ends, or a newer event revived it
        if (failedAttempts > 0)
            columns |= Statements::AttemptsColumn;
        if (columns == 0 && status == before && statusAt == statusAtBefore
            && lastEventAt == lastEventBefore)
            continue;
        SqlStatement &upd = st.update(columns);
        upd.reset();
        upd.bindStatic(1, subStatusName(status.subStatus()));
        upd.bind(2, statusAt);
        upd.bind(3, lastEventAt);
        upd.bindStatic(4, tagName(status.tag()));
        upd.bind(5, deliveredAt);
        upd.bind(6, shipmentId);
        upd.bind(7, status.isTerminal() ? std::nullopt : std::optional<qint64>(now));
        upd.bind(8, failedAttempts);
        upd.step();
        if (!upd.isValid() || upd.failed())
            err = tr("shipment %1: %2")
                      .arg(shipmentId)
                      .arg(upd.isValid() ? upd.error() : upd.prepareError());
    }

    // Written before the poll updates: a new promise for a parcel delivered in this
    // transaction fires the delivery trigger, which must find the day's row already counted.
    const auto flushDaily = [&] {
        for (const auto &[key, delta] : shipmentDaily) {
            if (!err.isEmpty() || delta == 0)
                continue;
            SqlStatement &add = *st.addShipmentDaily;
            add.reset();
            add.bind(1, std::get<0>(key));
            add.bind(2, std::get<1>(key));
            add.bind(3, std::get<2>(key));
            add.bind(4, std::get<3>(key));
            add.bind(5, qint64(std::get<4>(key)));
            add.bind(6, delta);
            add.step();
            if (add.failed())
                err = tr("daily counts: %1").arg(add.error());
        }
        for (const auto &[key, d] : deliveryDaily) {
            if (!err.isEmpty())
                break;
            SqlStatement &add = *st.addDeliveryDaily;
            add.reset();
            add.bind(1, key.first);
            add.bind(2, key.second);
            add.bind(3, d.delivered);
            add.bind(4, d.promised);
            add.bind(5, d.onTime);
            add.bind(6, d.firstAttempt);
            add.step();
            if (add.failed())
                err = tr("daily deliveries: %1").arg(add.error());
        }
        shipmentDaily.clear();
        deliveryDaily.clear();
    };
    flushDaily();

    const QString &leaseOwner = ShipmentRepository::leaseOwner();
    QSet<qint64> alreadyChanged;
    for (const Batch &batch : batches) {
        if (!batch.pollUpdates.isEmpty() && alreadyChanged.isEmpty())
            alreadyChanged = QSet<qint64>(changed.cbegin(), changed.cend());
        for (const PollUpdate &u : batch.pollUpdates) {
            if (!err.isEmpty())
                break;
            if (u.expire) {
                // Tracking gives up on it: it counts as expired from now on.
                SqlStatement &sel = *st.selectForExpiry;
                sel.reset();
                sel.bind(1, u.shipmentId);
                if (sel.step()) {
                    const Status was = Status::fromColumns(sel.columnView(0), sel.columnView(1));
                    if (was.tag() != StatusTag::Expired) {
                        const qint64 day = sel.columnInt64(2) / msPerDay;
                        const QString carrier = sel.columnView(3).toString();
                        const QString direction = sel.columnView(4).toString();
                        --shipmentDaily[{
                            day, carrier, direction, tagToString(was.tag()), ended(was)}];
                        ++shipmentDaily[{day, carrier, direction, u"Expired"_s, 0}];
                    }
                }
                sel.reset();
            }
            SqlStatement &upd = *st.pollUpdate;
            upd.reset();
            upd.bind(1, qint64(u.expire ? 1 : 0));
            upd.bind(2, u.nextPollAtMs);
            upd.bind(3, u.promisedAtMs);
            upd.bind(4, u.shipmentId);
            upd.bindStatic(5, leaseOwner);
            upd.step();
            if (upd.failed())
                err = tr("shipment %1: %2").arg(u.shipmentId).arg(upd.error());
            else if (!alreadyChanged.contains(u.shipmentId)) {
                alreadyChanged.insert(u.shipmentId);
                changed.append(u.shipmentId);
            }
        }
        for (const DeliveryOptionsUpdate &u : batch.deliveryOptions) {
            if (!err.isEmpty())
                break;
            err = replaceDeliveryOptions(st, u);
        }
    }

    for (const Batch &batch : batches) {
        for (const CarrierUsage &u : batch.usage) {
            if (!err.isEmpty())
                break;
            SqlStatement &add = *st.addUsage;
            add.reset();
            add.bind(1, u.carrier);
            add.bind(2, u.dayStartMs);
            add.bind(3, qint64(u.calls));
            add.step();
            if (add.failed())
                err = tr("calls to %1: %2").arg(u.carrier, add.error());
        }
    }

    flushDaily();

    if (err.isEmpty())
        err = st.exec("COMMIT");
    if (!err.isEmpty()) {
        st.exec("ROLLBACK");
        *error = tr("Nothing of this batch was stored: %1").arg(err);
        return false;
    }
    *results = local;
    changedShipments->append(changed);
    return true;
}

} // namespace ParcelDesk
