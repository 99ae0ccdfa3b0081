#pragma once

#include "database.h"
#include "domain/trackingevent.h"

#include <QList>

namespace ParcelDesk {

// Reads a shipment's events on the calling thread's connection. Writes go through StoreWriter.
class TrackingEventRepository
{
public:
    enum class Filter {
        AllEvents,
        MilestonesOnly,
    };

    explicit TrackingEventRepository(Database db)
        : m_db(std::move(db))
    { }

    // Oldest first, as a timeline reads.
    QList<TrackingEvent> forShipment(qint64 shipmentId, Filter filter = Filter::AllEvents) const;
    qint64 count() const;
    qint64 countForShipment(qint64 shipmentId) const;

private:
    Database m_db;
};

} // namespace ParcelDesk
