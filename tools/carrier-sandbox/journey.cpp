#include "journey.h"

#include "domain/trackingevent.h"

using namespace Qt::StringLiterals;

namespace ParcelDesk::Sandbox {

namespace {

constexpr qint64 hour = 3'600'000;

struct KindName
{
    JourneyKind kind;
    const char16_t *name;
    int weight; // out of 100
};

constexpr KindName kinds[] = {
    {JourneyKind::OnTime, u"on_time", 60},
    {JourneyKind::Late, u"late", 10},
    {JourneyKind::Damaged, u"damaged", 4},
    {JourneyKind::AddressIssue, u"address_issue", 4},
    {JourneyKind::FailedThenDelivered, u"failed_then_delivered", 7},
    {JourneyKind::PickupPoint, u"pickup_point", 5},
    {JourneyKind::ReturnedToSender, u"returned_to_sender", 4},
    {JourneyKind::Lost, u"lost", 2},
    {JourneyKind::NeverScanned, u"never_scanned", 4},
};

} // namespace

QString journeyKindName(JourneyKind kind)
{
    for (const KindName &k : kinds) {
        if (k.kind == kind)
            return QString::fromUtf16(k.name);
    }
    return {};
}

std::optional<JourneyKind> journeyKindFromName(QStringView name)
{
    for (const KindName &k : kinds) {
        if (name == QStringView(k.name))
            return k.kind;
    }
    return std::nullopt;
}

QList<JourneyKind> allJourneyKinds()
{
    QList<JourneyKind> list;
    for (const KindName &k : kinds)
        list.append(k.kind);
    return list;
}

QList<JourneyEvent> Journey::eventsBy(qint64 nowMs) const
{
    QList<JourneyEvent> visible;
    for (const JourneyEvent &e : events) {
        if (e.atMs <= nowMs)
            visible.append(e);
    }
    return visible;
}

Journey planJourney(
    const QString &trackingNumber, qint64 labelAtMs, std::optional<JourneyKind> forced)
{
    Journey j;
    j.trackingNumber = trackingNumber;
    j.labelAtMs = labelAtMs;
    // The stable FNV hash the store uses for event identity picks the kind.
    const auto h = quint64(trackingEventIdentity(0, trackingNumber, {}, {}));
    if (forced) {
        j.kind = *forced;
    } else {
        int pick = int(h % 100);
        for (const KindName &k : kinds) {
            if (pick < k.weight) {
                j.kind = k.kind;
                break;
            }
            pick -= k.weight;
        }
    }
    j.etaMs = labelAtMs + 52 * hour;
    // Real scans do not come on the hour: each event moves by up to 54 minutes either way,
    // the same for the same number (small enough to keep the order of events).
    quint64 noise = h * 0x9E3779B97F4A7C15ULL;
    auto at = [&](double hours, JourneyStep step, Place place) {
        noise = noise * 6364136223846793005ULL + 1442695040888963407ULL;
        const double jitter = hours == 0 ? 0.0 : double(int((noise >> 33) % 19) - 9) * 0.1;
        JourneyEvent e {
            labelAtMs + qint64((hours + jitter) * double(hour)), step, place, {}, {}, u"DE"_s};
        switch (place) {
        case Place::None:
            break;
        case Place::Origin:
            e = {e.atMs, step, place, u"Bochum"_s, u"44787"_s, u"DE"_s};
            break;
        case Place::Hub:
            e = {e.atMs, step, place, u"Leipzig"_s, u"04435"_s, u"DE"_s};
            break;
        case Place::Depot:
            e = {e.atMs, step, place, u"Berlin"_s, u"10115"_s, u"DE"_s};
            break;
        case Place::PickupPoint:
            e = {e.atMs, step, place, u"Berlin"_s, u"10117"_s, u"DE"_s};
            break;
        }
        j.events.append(e);
    };
    const Place origin = Place::Origin, hub = Place::Hub, depot = Place::Depot;
    at(0, JourneyStep::LabelCreated, Place::None);
    if (j.kind == JourneyKind::NeverScanned)
        return j;
    at(4, JourneyStep::PickedUp, origin);
    // A late parcel misses its linehaul: it reaches the hub half a day late, long before the
    // carrier admits a delay (as carriers do, a day or so later). One on-time parcel in ten is
    // slow to the hub too and still makes it: a scan gap is a sign, not a proof.
    const double spread = double((h >> 40) % 100) / 100.0;
    const bool slowButOnTime = j.kind == JourneyKind::OnTime && (h >> 48) % 10 == 0;
    const double hubAt = j.kind == JourneyKind::Late ? 16 + 8 * spread
        : slowButOnTime                              ? 14 + 6 * spread
                                                     : 10 + 2 * spread;
    at(hubAt, JourneyStep::HubArrival, hub);
    at(hubAt + 2, JourneyStep::HubDeparture, hub);
    if (j.kind == JourneyKind::Lost)
        return j;
    double d = 40; // delivery day, hours after the label
    switch (j.kind) {
    case JourneyKind::Late:
        at(50, JourneyStep::Delayed, hub);
        d = 64;
        break;
    case JourneyKind::Damaged:
        at(20, JourneyStep::Damaged, hub);
        at(26, JourneyStep::ReturnToSender, hub);
        at(60, JourneyStep::ReturnedToSender, origin);
        return j;
    default:
        break;
    }
    at(d, JourneyStep::HubArrival, depot);
    at(d + 4, JourneyStep::OutForDelivery, depot);
    switch (j.kind) {
    case JourneyKind::AddressIssue:
        at(d + 8, JourneyStep::AddressIssue, depot);
        at(d + 30, JourneyStep::ReturnToSender, depot);
        at(d + 70, JourneyStep::ReturnedToSender, origin);
        break;
    case JourneyKind::FailedThenDelivered:
        at(d + 8, JourneyStep::FailedAttempt, depot);
        at(d + 28, JourneyStep::OutForDelivery, depot);
        at(d + 32, JourneyStep::Delivered, depot);
        break;
    case JourneyKind::PickupPoint:
        at(d + 8, JourneyStep::FailedAttempt, depot);
        at(d + 10, JourneyStep::AvailableForPickup, depot);
        at(d + 50, JourneyStep::PickedUpAtPoint, depot);
        break;
    case JourneyKind::ReturnedToSender:
        at(d + 8, JourneyStep::FailedAttempt, depot);
        at(d + 10, JourneyStep::AvailableForPickup, depot);
        at(d + 180, JourneyStep::ReturnToSender, depot);
        at(d + 220, JourneyStep::ReturnedToSender, origin);
        break;
    default:
        at(d + 8, JourneyStep::Delivered, depot);
        break;
    }
    return j;
}

} // namespace ParcelDesk::Sandbox
