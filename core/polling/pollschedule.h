#pragma once

#include "domain/status.h"

#include <QList>

#include <optional>

namespace ParcelDesk {

// When to ask a carrier about a shipment again, in one table (see intervalTable()), and which
// due shipments go first. Pure functions over the shipment's state and the time.
class PollSchedule
{
public:
    struct Interval
    {
        StatusTag tag;
        qint64 intervalMs; // the normal pace in this state
        qint64 nearEtaMs; // the pace when delivery is expected within a day (0: same)
        const char *why;
    };

    // The table itself, for the documentation and the Carriers page.
    static const QList<Interval> &intervalTable();

    // A shipment still not delivered this long after its label is given up on: Expired.
    static constexpr qint64 maxAgeMs = 60LL * 86'400'000;

    // The next poll time, or empty when polling ends: a terminal status, or too old (then the
    // caller marks it Expired, see isExpired).
    static std::optional<qint64> nextPollAt(
        Status status, std::optional<qint64> etaMs, qint64 shippedAtMs, qint64 nowMs);
    static bool isExpired(Status status, qint64 shippedAtMs, qint64 nowMs);

    // Lower goes first: out for delivery, then an open problem, then close to (or past) the
    // promised date, then everything else; ties go to the longest-waiting.
    static int urgency(
        Status status, bool hasOpenProblem, std::optional<qint64> promisedAtMs, qint64 nowMs);
};

} // namespace ParcelDesk
