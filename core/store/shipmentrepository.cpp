#include "shipmentrepository.h"

#include "sqldialect.h"

#include "sqlvalues.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

#include <cerrno>
#include <csignal>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

const QString selectColumns
    = u"SELECT id, order_id, carrier, tracking_number, service, direction, "
      "origin_country, dest_country, dest_postcode, status_tag, sub_status, "
      "status_at, shipped_at, last_event_at, promised_at, delivered_at, "
      "next_poll_at, created_at FROM shipments "_s;

} // namespace

Result<qint64> ShipmentRepository::insert(const Shipment &s)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO shipments (order_id, carrier, tracking_number, service, direction, "
              "origin_country, dest_country, dest_postcode, status_tag, sub_status, status_at, "
              "shipped_at, last_event_at, promised_at, delivered_at, next_poll_at, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(s.orderId > 0 ? QVariant(s.orderId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(s.carrier);
    q.addBindValue(s.trackingNumber);
    q.addBindValue(s.service);
    q.addBindValue(directionToString(s.direction));
    q.addBindValue(s.originCountry);
    q.addBindValue(s.destinationCountry);
    q.addBindValue(s.destinationPostcode);
    q.addBindValue(tagToString(s.status.tag()));
    q.addBindValue(subStatusKey(s.status.subStatus()));
    q.addBindValue(s.statusAtMs);
    q.addBindValue(s.shippedAtMs);
    q.addBindValue(s.lastEventAtMs);
    q.addBindValue(SqlValues::bindable(s.promisedAtMs));
    q.addBindValue(SqlValues::bindable(s.deliveredAtMs));
    q.addBindValue(SqlValues::bindable(s.nextPollAtMs));
    q.addBindValue(s.createdAtMs);
    if (!q.exec() || !q.next()) {
        return Error {tr("Cannot store shipment %1 (%2): %3")
                          .arg(s.trackingNumber, s.carrier, q.lastError().text())};
    }
    return q.value(0).toLongLong();
}

Shipment ShipmentRepository::fromQuery(const QSqlQuery &q)
{
    Shipment s;
    s.id = q.value(0).toLongLong();
    s.orderId = q.value(1).toLongLong();
    s.carrier = q.value(2).toString();
    s.trackingNumber = q.value(3).toString();
    s.service = q.value(4).toString();
    s.direction = directionFromString(q.value(5).toString()).value_or(Direction::Outbound);
    s.originCountry = q.value(6).toString();
    s.destinationCountry = q.value(7).toString();
    s.destinationPostcode = q.value(8).toString();
    s.status = Status::fromColumns(q.value(9).toString(), q.value(10).toString());
    s.statusAtMs = q.value(11).toLongLong();
    s.shippedAtMs = q.value(12).toLongLong();
    s.lastEventAtMs = q.value(13).toLongLong();
    s.promisedAtMs = SqlValues::optional<qint64>(q.value(14));
    s.deliveredAtMs = SqlValues::optional<qint64>(q.value(15));
    s.nextPollAtMs = SqlValues::optional<qint64>(q.value(16));
    s.createdAtMs = q.value(17).toLongLong();
    return s;
}

std::optional<Shipment> ShipmentRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectColumns + u"WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<Shipment> ShipmentRepository::findByTrackingNumber(const QString &trackingNumber) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(selectColumns + u"WHERE tracking_number = ? ORDER BY shipped_at DESC, id DESC"_s);
    q.addBindValue(trackingNumber);
    QList<Shipment> result;
    if (!q.exec())
        return result;
    while (q.next())
        result.append(fromQuery(q));
    return result;
}

QList<ShipmentRepository::Due> ShipmentRepository::dueForPolling(
    qint64 nowMs, int limit, qint64 wallNowMs) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT s.id, s.carrier, s.tracking_number, s.status_tag, s.sub_status, s.shipped_at, "
        "s.promised_at, s.next_poll_at, EXISTS (SELECT 1 FROM problem_cases p "
        "WHERE p.shipment_id = s.id AND p.state != 'resolved') "
        "FROM shipments s WHERE s.next_poll_at IS NOT NULL AND s.next_poll_at <= ? "
        "AND (s.lease_until IS NULL OR s.lease_until <= ?) "
        "ORDER BY s.next_poll_at LIMIT ?"_s);
    q.addBindValue(nowMs);
    q.addBindValue(wallNowMs);
    q.addBindValue(limit);
    QList<Due> due;
    if (!q.exec())
        return due;
    while (q.next()) {
        Due d;
        d.id = q.value(0).toLongLong();
        d.carrier = q.value(1).toString();
        d.trackingNumber = q.value(2).toString();
        d.status = Status::fromColumns(q.value(3).toString(), q.value(4).toString());
        d.shippedAtMs = q.value(5).toLongLong();
        d.promisedAtMs = SqlValues::optional<qint64>(q.value(6));
        d.nextPollAtMs = q.value(7).toLongLong();
        d.hasOpenProblem = q.value(8).toBool();
        due.append(d);
    }
    return due;
}

QSet<qint64> ShipmentRepository::lease(const QList<qint64> &ids, const QString &owner, qint64 nowMs,
    qint64 wallNowMs, qint64 leaseMs) const
{
    QSet<qint64> leased;
    QSqlDatabase db = m_db.connection();
    const bool server = sqlDialectOf(db) == SqlDialect::Postgres;
    // A few hundred ids per statement: Qt's SQLite driver asks SQLite for each parameter's
    // name, a walk along a list, so a statement with 100,000 of them took most of a run's time.
    constexpr qsizetype chunk = 500;
    QSqlQuery q(db);
    QString preparedFor;
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        const QList<qint64> part = ids.mid(from, chunk);
        QStringList marks;
        marks.fill(u"?"_s, part.size());
        const QString sql = u"UPDATE shipments SET lease_owner = ?, lease_until = ? WHERE id IN "
                            "(SELECT id FROM shipments WHERE id IN (%1) AND next_poll_at IS NOT "
                            "NULL AND next_poll_at <= ? AND (lease_until IS NULL OR lease_until "
                            "<= ?)%2) RETURNING id"_s.arg(marks.join(u", "_s),
                                server ? u" FOR UPDATE SKIP LOCKED"_s : QString());
        if (sql != preparedFor) {
            q.prepare(sql);
            preparedFor = sql;
        }
        q.addBindValue(owner);
        q.addBindValue(wallNowMs + leaseMs);
        for (const qint64 id : part)
            q.addBindValue(id);
        q.addBindValue(nowMs);
        q.addBindValue(wallNowMs);
        if (!q.exec()) {
            qWarning("ParcelDesk: cannot lease shipments for polling: %s",
                qPrintable(q.lastError().text()));
            return leased;
        }
        while (q.next())
            leased.insert(q.value(0).toLongLong());
        q.finish(); // SQLite: the statement's write ends with it
    }
    return leased;
}

int ShipmentRepository::renewLeases(const QString &owner, qint64 wallUntilMs) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE shipments SET lease_until = ? WHERE lease_owner = ?"_s);
    q.addBindValue(wallUntilMs);
    q.addBindValue(owner);
    if (!q.exec()) {
        qWarning("ParcelDesk: cannot renew poll leases: %s", qPrintable(q.lastError().text()));
        return 0;
    }
    return q.numRowsAffected();
}

int ShipmentRepository::releaseLeasesOfDeadLocalPollers() const
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!q.exec(u"SELECT DISTINCT lease_owner FROM shipments WHERE lease_owner IS NOT NULL"_s))
        return 0;
    QStringList dead;
    const QString host = QSysInfo::machineHostName();
    while (q.next()) {
        const QString owner = q.value(0).toString();
        const QStringList parts = owner.split(u':');
        bool ok = false;
        const qint64 pid = parts.value(1).toLongLong(&ok);
        if (parts.size() != 3 || parts.first() != host || !ok || pid <= 0
            || pid == QCoreApplication::applicationPid())
            continue;
        // Signal 0 only asks whether the process exists.
        if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            dead.append(owner);
    }
    int released = 0;
    for (const QString &owner : std::as_const(dead)) {
        q.prepare(u"UPDATE shipments SET lease_owner = NULL, lease_until = NULL "
                  "WHERE lease_owner = ?"_s);
        q.addBindValue(owner);
        if (q.exec())
            released += q.numRowsAffected();
    }
    return released;
}

QString ShipmentRepository::leaseOwner()
{
    static const QString owner
        = u"%1:%2:%3"_s.arg(QSysInfo::machineHostName())
              .arg(QCoreApplication::applicationPid())
              .arg(qulonglong(QRandomGenerator::system()->generate()), 8, 16, QChar(u'0'));
    return owner;
}

qint64 ShipmentRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT count(*) FROM shipments"_s) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 ShipmentRepository::countWithStatus(StatusTag tag) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT count(*) FROM shipments WHERE status_tag = ?"_s);
    q.addBindValue(tagToString(tag));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QHash<QString, qint64> ShipmentRepository::countDueByCarrier(qint64 nowMs) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT carrier, count(*) FROM shipments WHERE next_poll_at IS NOT NULL "
              "AND next_poll_at <= ? GROUP BY carrier"_s);
    q.addBindValue(nowMs);
    QHash<QString, qint64> due;
    if (!q.exec())
        return due;
    while (q.next())
        due.insert(q.value(0).toString(), q.value(1).toLongLong());
    return due;
}

std::optional<qint64> ShipmentRepository::nextDueAtMs() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT min(next_poll_at) FROM shipments WHERE next_poll_at IS NOT NULL"_s)
        || !q.next())
        return std::nullopt;
    return SqlValues::optional<qint64>(q.value(0));
}

} // namespace ParcelDesk
