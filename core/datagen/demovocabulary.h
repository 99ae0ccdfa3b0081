#pragma once

#include "domain/status.h"

#include <QString>

#include <span>

namespace ParcelDesk::Demo {

struct City
{
    const char16_t *name;
    int postcodeFrom; // numeric part of the postcode range
    int postcodeTo;
    const char *timeZone;
};

struct Country
{
    const char16_t *code; // ISO 3166-1 alpha-2
    const char16_t *language; // the customer's language: ParcelDesk speaks "de" and "en"
    const char16_t *phonePrefix;
    std::span<const City> cities;
    std::span<const char16_t *const> firstNames;
    std::span<const char16_t *const> lastNames;
};

enum CountryIndex { DE, AT, NL, FR, PL, US, CountryCount };

const Country &country(int index);
// Formats a postcode the way the country writes it: "10115", "1010", "1011 AB", "00-950".
QString formatPostcode(int countryIndex, int number, quint64 entropy);
// Lower-case ASCII for e-mail addresses: "Müller" → "mueller", "Wiśniewski" → "wisniewski".
QString asciiFold(QStringView name);

enum class Step {
    LabelCreated,
    PickedUp,
    DepartedOrigin,
    HubArrival,
    HubDeparture,
    ArrivedDestinationCountry,
    CustomsClearance,
    CustomsCleared,
    DepotArrival,
    OutForDelivery,
    Delivered,
    DeliveredToNeighbour,
    DeliveredToLocker,
    Signed,
    FailedAttempt,
    AvailableForPickup,
    PickedUpAtPoint,
    Damaged,
    AddressIssue,
    CustomsDelay,
    ExternalDelay,
    ProblemResolved,
    ReturnToSender,
    ReturnedToSender,
    StepCount
};

enum CarrierIndex { Dhl, Ups, Fedex, Usps, Dpd, Gls, CarrierCount };

struct Carrier
{
    const char16_t *id; // stored in shipments.carrier
    const char16_t *service;
    const char16_t *trackingPrefix;
    int trackingDigits;
};

const Carrier &carrier(int index);

struct StepText
{
    SubStatus sub;
    Relevance relevance;
    const char16_t *code;
    const char16_t *text;
};

// What this carrier says for a step: its code and wording. DHL speaks German in Germany.
StepText stepText(int carrierIndex, Step step, bool german);

struct Hub
{
    const char16_t *name;
    int country;
};
std::span<const Hub> hubs(int countryIndex);

} // namespace ParcelDesk::Demo
