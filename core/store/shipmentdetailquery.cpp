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
    q.prepare(u"SELECT s.id, s.tracking_number, s.carrier, s.service, s.direction, "
              "s.origin_country, s.dest_country, s.dest_postcode, s.status_tag, s.sub_status, "
              "s.status_at, s.shipped_at, s.last_event_at, s.promised_at, s.delivered_at, "
              "o.order_number, "_s
        + ShipmentListQuery::lateCondition()
        + u", c.name, c.language FROM shipments s LEFT JOIN orders o ON o.id = s.order_id LEFT "
          "JOIN customers c ON c.id = o.customer_id WHERE s.id = :id"_s);
    q.bindValue(u":now"_s, nowMs);
    q.bindValue(u":id"_s, shipmentId);
    if (!q.exec())
        return Error {tr("Cannot read shipment %1: %2").arg(shipmentId).arg(q.lastError().text())};
    if (!q.next())
        return Error {tr("There is no shipment %1.").arg(shipmentId)};
    ShipmentListRow &r = d.facts;
    r.id = q.value(0).toLongLong();
    r.trackingNumber = q.value(1).toString();
    r.carrier = q.value(2).toString();
    r.service = q.value(3).toString();
    r.direction = q.value(4).toString();
    r.originCountry = q.value(5).toString();
    r.destinationCountry = q.value(6).toString();
    r.destinationPostcode = q.value(7).toString();
    r.status = Status::fromColumns(q.value(8).toString(), q.value(9).toString());
    r.statusAtMs = q.value(10).toLongLong();
    r.shippedAtMs = q.value(11).toLongLong();
    r.lastEventAtMs = q.value(12).toLongLong();
    r.promisedAtMs = SqlValues::optional<qint64>(q.value(13));
    r.deliveredAtMs = SqlValues::optional<qint64>(q.value(14));
    r.orderNumber = q.value(15).toString();
    r.late = q.value(16).toInt() != 0;
    d.customerName = q.value(17).toString();
    d.customerLanguage = q.value(18).toString();

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
