#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ParcelDesk::Sandbox {

// The journeys the sandbox's simulated parcels take; each carrier dialect tells them its way.
enum class JourneyKind {
    OnTime,
    Late,
    Damaged,
    AddressIssue,
    FailedThenDelivered,
    PickupPoint,
    ReturnedToSender,
    Lost,
    NeverScanned,
};

enum class JourneyStep {
    LabelCreated,
    PickedUp,
    HubArrival,
    HubDeparture,
    OutForDelivery,
    Delivered,
    FailedAttempt,
    AvailableForPickup,
    PickedUpAtPoint,
    Damaged,
    AddressIssue,
    Delayed,
    ReturnToSender,
    ReturnedToSender,
};

// Where along the way an event happens; dialects of carriers outside Germany put their own
// towns there.
enum class Place { None, Origin, Hub, Depot, PickupPoint };

struct JourneyEvent
{
    qint64 atMs; // virtual time, UTC
    JourneyStep step;
    Place place = Place::None;
    QString city; // a German town for the place
    QString postcode;
    QString country;
};

struct Journey
{
    QString trackingNumber;
    JourneyKind kind = JourneyKind::OnTime;
    qint64 labelAtMs = 0;
    qint64 etaMs = 0; // what the carrier promises
    QList<JourneyEvent> events; // the whole plan, oldest first

    // What has happened by virtual time nowMs.
    QList<JourneyEvent> eventsBy(qint64 nowMs) const;
};

QString journeyKindName(JourneyKind kind); // "on_time", "late", ...
std::optional<JourneyKind> journeyKindFromName(QStringView name);
QList<JourneyKind> allJourneyKinds();

// The same number always takes the same journey (a hash picks the kind, weighted like real
// traffic: mostly on time), unless a kind is forced.
Journey planJourney(const QString &trackingNumber, qint64 labelAtMs,
    std::optional<JourneyKind> forced = std::nullopt);

} // namespace ParcelDesk::Sandbox
