#pragma once

#include "carriertypes.h"
#include "domain/trackingevent.h"

namespace ParcelDesk {

// "10115 Berlin, DE": the place of a parsed event as one line, as events are stored and shown.
QString eventLocation(const ParsedEvent &event);

// A parsed carrier event as the store keeps it for a shipment: raw code and text beside our
// status, the offset and whether it was assumed, and the map version that gave the status.
TrackingEvent toTrackingEvent(const ParsedEvent &event, qint64 shipmentId);

} // namespace ParcelDesk
