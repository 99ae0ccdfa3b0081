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
    auto at = [&](double hours, JourneyStep step, const QString &city, const QString &postcode) {
        j.events.append({labelAtMs + qint64(hours * double(hour)), step, city, postcode, u"DE"_s});
    };
    const QString origin = u"Bochum"_s, hub = u"Leipzig"_s, depot = u"Berlin"_s;
    at(0, JourneyStep::LabelCreated, {}, {});
    if (j.kind == JourneyKind::NeverScanned)
        return j;
    at(4, JourneyStep::PickedUp, origin, u"44787"_s);
    at(10, JourneyStep::HubArrival, hub, u"04435"_s);
    at(12, JourneyStep::HubDeparture, hub, u"04435"_s);
    if (j.kind == JourneyKind::Lost)
        return j;
    double d = 40; // delivery day, hours after the label
    switch (j.kind) {
    case JourneyKind::Late:
        at(30, JourneyStep::Delayed, hub, u"04435"_s);
        d = 64;
        break;
    case JourneyKind::Damaged:
        at(20, JourneyStep::Damaged, hub, u"04435"_s);
        at(26, JourneyStep::ReturnToSender, hub, u"04435"_s);
        at(60, JourneyStep::ReturnedToSender, origin, u"44787"_s);
        return j;
    default:
        break;
    }
    at(d, JourneyStep::HubArrival, depot, u"10115"_s);
    at(d + 4, JourneyStep::OutForDelivery, depot, u"10115"_s);
    switch (j.kind) {
    case JourneyKind::AddressIssue:
        at(d + 8, JourneyStep::AddressIssue, depot, u"10115"_s);
        at(d + 30, JourneyStep::ReturnToSender, depot, u"10115"_s);
        at(d + 70, JourneyStep::ReturnedToSender, origin, u"44787"_s);
        break;
    case JourneyKind::FailedThenDelivered:
        at(d + 8, JourneyStep::FailedAttempt, depot, u"10115"_s);
        at(d + 28, JourneyStep::OutForDelivery, depot, u"10115"_s);
        at(d + 32, JourneyStep::Delivered, depot, u"10115"_s);
        break;
    case JourneyKind::PickupPoint:
        at(d + 8, JourneyStep::FailedAttempt, depot, u"10115"_s);
        at(d + 10, JourneyStep::AvailableForPickup, depot, u"10117"_s);
        at(d + 50, JourneyStep::PickedUpAtPoint, depot, u"10117"_s);
        break;
    case JourneyKind::ReturnedToSender:
        at(d + 8, JourneyStep::FailedAttempt, depot, u"10115"_s);
        at(d + 10, JourneyStep::AvailableForPickup, depot, u"10117"_s);
        at(d + 180, JourneyStep::ReturnToSender, depot, u"10117"_s);
        at(d + 220, JourneyStep::ReturnedToSender, origin, u"44787"_s);
        break;
    default:
        at(d + 8, JourneyStep::Delivered, depot, u"10115"_s);
        break;
    }
    return j;
}

} // namespace ParcelDesk::Sandbox
