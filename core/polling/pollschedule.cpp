#include "pollschedule.h"

namespace ParcelDesk {

namespace {
constexpr qint64 minute = 60'000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;
} // namespace

const QList<PollSchedule::Interval> &PollSchedule::intervalTable()
{
    static const QList<Interval> table = {
        {StatusTag::Pending, 6 * hour, 0, "carriers publish the first data hours after the label"},
        {StatusTag::InfoReceived, 6 * hour, 0, "label created: waiting for the hand-over scan"},
        {StatusTag::InTransit, 4 * hour, 2 * hour, "moving between hubs; closer as delivery nears"},
        {StatusTag::OutForDelivery, 30 * minute, 0, "delivery is expected within hours"},
        {StatusTag::AttemptFail, 1 * hour, 0, "a second attempt or a pickup point comes next"},
        {StatusTag::AvailableForPickup, 6 * hour, 0, "waiting for the customer to collect"},
        {StatusTag::Exception, 2 * hour, 0, "a problem: its resolution matters to the customer"},
    };
    return table;
}

bool PollSchedule::isExpired(Status status, qint64 shippedAtMs, qint64 nowMs)
{
    return !status.isTerminal() && nowMs - shippedAtMs > maxAgeMs;
}

std::optional<qint64> PollSchedule::nextPollAt(
    Status status, std::optional<qint64> etaMs, qint64 shippedAtMs, qint64 nowMs)
{
    if (status.isTerminal() || isExpired(status, shippedAtMs, nowMs))
        return std::nullopt;
    for (const Interval &row : intervalTable()) {
        if (row.tag != status.tag())
            continue;
        const bool nearEta = etaMs && *etaMs - nowMs < day;
        return nowMs + (nearEta && row.nearEtaMs > 0 ? row.nearEtaMs : row.intervalMs);
    }
    return nowMs + 4 * hour; // a tag without a row (none today) keeps a moderate pace
}

int PollSchedule::urgency(
    Status status, bool hasOpenProblem, std::optional<qint64> promisedAtMs, qint64 nowMs)
{
    if (status.tag() == StatusTag::OutForDelivery)
        return 0;
    if (hasOpenProblem)
        return 1;
    if (promisedAtMs && *promisedAtMs - nowMs < day)
        return 2;
    return 3;
}

} // namespace ParcelDesk
