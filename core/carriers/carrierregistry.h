#pragma once

#include <QList>
#include <QStringView>

namespace ParcelDesk {

class CarrierAdapter;

// Every carrier ParcelDesk speaks to, in a stable order.
QList<const CarrierAdapter *> carrierAdapters();
// The adapter for a carrier id ("dhl", "auspost", ...), or nullptr.
const CarrierAdapter *carrierAdapter(QStringView id);
// The adapter most sure that a body is its carrier's, or nullptr when none recognises it.
const CarrierAdapter *recognizeCarrierPayload(const QByteArray &body);

} // namespace ParcelDesk
