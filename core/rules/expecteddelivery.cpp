#include "expecteddelivery.h"

#include <QDateTime>

namespace ParcelDesk {

bool comesBack(const Status &status)
{
    switch (status.subStatus()) {
    case SubStatus::ReturnToSender:
    case SubStatus::ReturnedToSender:
    case SubStatus::Refused:
    case SubStatus::Lost:
        return true;
    default:
        return status.isTerminal();
    }
}

bool awaitsDelivery(const ShipmentListRow &r)
{
    // Back to us, delivered, or waiting at a pickup point: nothing left to predict.
    return !comesBack(r.status) && !r.deliveredAtMs
        && r.status.tag() != StatusTag::AvailableForPickup;
}

std::optional<TransitPrediction> expectedDelivery(
    const TransitModel &model, const ShipmentDetail &d)
{
    const ShipmentListRow &r = d.facts;
    if (!awaitsDelivery(r))
        return std::nullopt;
    std::optional<qint64> firstScan;
    bool outForDelivery = false;
    for (const ShipmentDetail::Event &e : d.events) {
        if (!firstScan && e.status.tag() != StatusTag::Pending
            && e.status.tag() != StatusTag::InfoReceived)
            firstScan = e.atMs;
        outForDelivery = e.status.tag() == StatusTag::OutForDelivery;
    }
    const int lead = r.promisedAtMs
        ? int(QDateTime::fromMSecsSinceEpoch(r.shippedAtMs, Qt::UTC)
                  .date()
                  .daysTo(QDateTime::fromMSecsSinceEpoch(*r.promisedAtMs, Qt::UTC).date()))
        : -1;
    const TransitFacts facts = TransitModel::factsFor(
        r.carrier, r.service, r.originCountry, r.destinationCountry, r.destinationPostcode, lead);
    if (outForDelivery && !d.events.isEmpty()) {
        if (auto p = model.predict(facts, TransitStage::OutForDelivery, d.events.back().atMs))
            return p;
    }
    return model.predict(facts, firstScan ? TransitStage::HandedOver : TransitStage::Ordered,
        firstScan.value_or(r.shippedAtMs));
}

} // namespace ParcelDesk
