#include "trackingupdate.h"

using namespace Qt::StringLiterals;

namespace ParcelDesk {

QString eventLocation(const ParsedEvent &event)
{
    const QString place = QString(event.postcode + u' ' + event.city).trimmed();
    if (event.country.isEmpty())
        return place;
    return place.isEmpty() ? event.country : place + u", "_s + event.country;
}

TrackingEvent toTrackingEvent(const ParsedEvent &event, qint64 shipmentId)
{
    TrackingEvent e;
    e.shipmentId = shipmentId;
    e.occurredAtMs = event.occurredAtMs;
    e.utcOffsetMinutes = event.utcOffsetMinutes;
    e.offsetAssumed = event.offsetAssumed;
    e.carrierCode = event.code;
    e.carrierText = event.description;
    e.location = eventLocation(event);
    e.status = event.status;
    e.relevance = event.relevance;
    e.unmapped = event.unmapped;
    e.mapVersion = event.mapVersion;
    return e;
}

} // namespace ParcelDesk
