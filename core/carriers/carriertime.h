#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace ParcelDesk {

// A carrier's time, in UTC, with the offset of the place where it happened.
struct CarrierTime
{
    qint64 utcMs = 0;
    std::optional<int> offsetMinutes; // empty: not known at all (no offset, no country)
    bool offsetAssumed = false; // the carrier gave no offset; it was derived from a country
};

// Reads ISO 8601 as carriers write it: "2023-03-13T09:50:00", "...Z", "...+02:00", "...+0200",
// with or without fractional seconds. A time without an offset is local time at the event:
// it is resolved in the zone of countryHint and flagged as assumed (see DESIGN.md, section 3).
std::optional<CarrierTime> parseCarrierTime(QStringView text, QStringView countryHint);

// A local date and time at a place in countryHint, resolved the same way.
std::optional<CarrierTime> resolveLocalTime(QDate date, QTime time, QStringView countryHint);

// The same with a known offset in minutes east of UTC.
CarrierTime fromOffsetTime(QDate date, QTime time, int offsetMinutes);

// The IANA zone of a country; for countries with several zones, the most populous one.
// Empty when the country is unknown.
QByteArray timeZoneOfCountry(QStringView countryCode);

// Converts a country name a carrier writes ("Deutschland", "UNITED STATES", "Germany") or a
// code ("DE", "DEU") to ISO 3166-1 alpha-2; empty when unknown.
QString countryCodeOf(QStringView nameOrCode);

} // namespace ParcelDesk
