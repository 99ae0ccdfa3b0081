#include "shipmentdetailquery.h"

#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

Result<ShipmentDetail> ShipmentDetailQuery::load(
    const QSqlDatabase &db, qint64 shipmentId, qint64 nowMs)
{
    ShipmentDetail d;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + ShipmentListQuery::rowColumns()
        + u", c.name, c.language FROM shipments s LEFT JOIN orders o ON o.id = s.order_id LEFT "
          "JOIN customers c ON c.id = o.customer_id WHERE s.id = :id"_s);
    q.bindValue(u":now"_s, nowMs);
    q.bindValue(u":id"_s, shipmentId);
    if (!q.exec())
        return Error {tr("Cannot read shipment %1: %2").arg(shipmentId).arg(q.lastError().text())};
    if (!q.next())
        return Error {tr("There is no shipment %1.").arg(shipmentId)};
    d.facts = ShipmentListQuery::rowFrom(q);
    ShipmentListRow &r = d.facts;
    d.customerName = q.value(ShipmentListQuery::rowColumnCount).toString();
    d.customerLanguage = q.value(ShipmentListQuery::rowColumnCount + 1).toString();

    q.prepare(u"SELECT occurred_at, utc_offset_min, carrier_code, carrier_text, location, "
              "status_tag, sub_status, milestone, unmapped FROM tracking_events WHERE "
              "shipment_id = ? ORDER BY occurred_at, id"_s);
    q.addBindValue(shipmentId);
    if (!q.exec())
        return Error {tr("Cannot read shipment %1: %2").arg(shipmentId).arg(q.lastError().text())};
    while (q.next()) {
        ShipmentDetail::Event e;
        e.atMs = q.value(0).toLongLong();
        e.utcOffsetMinutes = SqlValues::optional<int>(q.value(1));
        e.carrierCode = q.value(2).toString();
        e.carrierText = q.value(3).toString();
        e.location = q.value(4).toString();
        e.status = Status::fromColumns(q.value(5).toString(), q.value(6).toString());
        e.milestone = q.value(7).toInt() != 0;
        e.unmapped = q.value(8).toInt() != 0;
        d.events.append(e);
    }

    q.prepare(u"SELECT id, kind, state, priority, opened_at, due_at, claim_due_at, assignee, "
              "details FROM problem_cases WHERE shipment_id = ? AND state != 'resolved' ORDER BY "
              "priority, opened_at"_s);
    q.addBindValue(shipmentId);
    if (!q.exec())
        return Error {tr("Cannot read shipment %1: %2").arg(shipmentId).arg(q.lastError().text())};
    while (q.next()) {
        ProblemCase c;
        c.id = q.value(0).toLongLong();
        c.shipmentId = shipmentId;
        c.kind = problemKindFromString(q.value(1).toString()).value_or(ProblemKind::Stuck);
        c.state = problemStateFromString(q.value(2).toString()).value_or(ProblemState::Open);
        c.priority = q.value(3).toInt();
        c.openedAtMs = q.value(4).toLongLong();
        c.dueAtMs = SqlValues::optional<qint64>(q.value(5));
        c.claimDueAtMs = SqlValues::optional<qint64>(q.value(6));
        c.assignee = q.value(7).toString();
        c.details = q.value(8).toString();
        d.openCases.append(c);
    }
    r.openCases = int(d.openCases.size());

    q.prepare(u"SELECT count(*) FROM contacts WHERE shipment_id = ?"_s);
    q.addBindValue(shipmentId);
    if (q.exec() && q.next())
        d.contacts = q.value(0).toInt();
    return d;
}

} // namespace ParcelDesk
