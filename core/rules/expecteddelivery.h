#pragma once

#include "rules/transitmodel.h"
#include "store/shipmentdetailquery.h"

#include <optional>

namespace ParcelDesk {

// Whether a delivery date still means something for the parcel: not delivered, not waiting at
// a pickup point, not on its way back or lost.
bool awaitsDelivery(const ShipmentListRow &parcel);
// The expected delivery of a stored parcel still on its way, from a learned model; none when it
// does not await delivery or the model knows too little of its lane. The stage follows the
// parcel's events: ordered, handed over, or out for delivery.
std::optional<TransitPrediction> expectedDelivery(
    const TransitModel &model, const ShipmentDetail &detail);
// Whether the parcel is coming back to us or lost on this journey (or ended otherwise).
bool comesBack(const Status &status);

} // namespace ParcelDesk
