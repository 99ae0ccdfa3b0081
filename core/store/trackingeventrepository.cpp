#include "trackingeventrepository.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

QList<TrackingEvent> TrackingEventRepository::forShipment(qint64 shipmentId, Filter filter) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, occurred_at, utc_offset_min, carrier_code, carrier_text, location, "
              "status_tag, sub_status, milestone, unmapped, map_version, offset_assumed FROM "
              "tracking_events "
              "WHERE shipment_id = ? AND (? = 0 OR milestone = 1) ORDER BY occurred_at, id"_s);
    q.addBindValue(shipmentId);
    q.addBindValue(filter == Filter::MilestonesOnly ? 1 : 0);
    QList<TrackingEvent> events;
    if (!q.exec())
        return events;
    while (q.next()) {
        TrackingEvent e;
        e.id = q.value(0).toLongLong();
        e.shipmentId = shipmentId;
        e.occurredAtMs = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            e.utcOffsetMinutes = q.value(2).toInt();
        e.carrierCode = q.value(3).toString();
        e.carrierText = q.value(4).toString();
        e.location = q.value(5).toString();
        e.status = Status::fromColumns(q.value(6).toString(), q.value(7).toString());
        e.relevance = q.value(8).toInt() ? Relevance::Milestone : Relevance::Noise;
        e.unmapped = q.value(9).toInt() != 0;
        e.mapVersion = q.value(10).toString();
        e.offsetAssumed = q.value(11).toInt() != 0;
        events.append(e);
    }
    return events;
}

qint64 TrackingEventRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT count(*) FROM tracking_events"_s) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 TrackingEventRepository::countForShipment(qint64 shipmentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT count(*) FROM tracking_events WHERE shipment_id = ?"_s);
    q.addBindValue(shipmentId);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace ParcelDesk
