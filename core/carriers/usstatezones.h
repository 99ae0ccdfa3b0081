#pragma once

#include "carriertime.h"

#include <QByteArray>
#include <QStringView>

namespace ParcelDesk {

// The IANA zone of a US state or territory (two-letter USPS code); for states that span
// zones, the zone most of the population lives in. Empty when the code is unknown.
QByteArray timeZoneOfUsState(QStringView state);

// A local date and time at a place: in the state's zone when the country is the US and the
// state is known, else in the country's zone (resolveLocalTime). Always flagged as assumed.
std::optional<CarrierTime> resolveLocalTimeAt(
    QDate date, QTime time, QStringView countryCode, QStringView usState);

} // namespace ParcelDesk
