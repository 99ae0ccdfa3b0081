#include "delayevaluation.h"

#include "journey.h"
#include "rules/stagedelaymodel.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace ParcelDesk::Sandbox {

namespace {

constexpr qint64 hour = 3'600'000;
constexpr qint64 firstLabelMs = 1'767'571'200'000; // Monday 5 January 2026, 00:00 UTC

std::optional<qint64> deliveredAt(const Journey &j)
{
    for (const JourneyEvent &e : j.events) {
        if (e.step == JourneyStep::Delivered || e.step == JourneyStep::PickedUpAtPoint)
            return e.atMs;
    }
    return std::nullopt;
}

QList<StageDelayModel::Event> eventsOf(const Journey &j, qint64 untilMs)
{
    QList<StageDelayModel::Event> events;
    for (const JourneyEvent &e : j.events) {
        if (e.atMs <= untilMs)
            events.append({QString::number(int(e.step)), e.atMs});
    }
    return events;
}

} // namespace

DelayEvaluation evaluateDelayDetection(int parcels, double threshold)
{
    DelayEvaluation result;
    result.parcels = parcels;
    QList<Journey> journeys;
    journeys.reserve(parcels);
    for (int i = 0; i < parcels; ++i) {
        // A parcel every 37 minutes, around the clock.
        journeys.append(planJourney(
            u"SBX%1"_s.arg(i, 7, 10, QChar(u'0')), firstLabelMs + qint64(i) * 37 * 60'000));
    }
    const int half = parcels / 2;
    StageDelayModel model;
    for (int i = 0; i < half; ++i) {
        const Journey &j = journeys[i];
        model.add(eventsOf(j, j.labelAtMs + 14 * 24 * hour), j.etaMs, deliveredAt(j),
            j.labelAtMs + 14 * 24 * hour);
    }
    model.finish();
    result.learnedFrom = half;

    QList<double> leads;
    for (int i = half; i < parcels; ++i) {
        const Journey &j = journeys[i];
        ++result.watched;
        const std::optional<qint64> delivered = deliveredAt(j);
        const bool late = !delivered || *delivered > j.etaMs;
        if (late)
            ++result.late;
        std::optional<qint64> flaggedAt;
        for (qint64 t = j.labelAtMs + hour; t <= j.etaMs; t += hour) {
            if (delivered && *delivered <= t)
                break;
            const QList<StageDelayModel::Event> seen = eventsOf(j, t);
            if (seen.isEmpty())
                continue;
            const auto p = model.lateProbability(seen.last().stage, seen.last().atMs, t);
            if (p && *p >= threshold) {
                flaggedAt = t;
                break;
            }
        }
        if (!flaggedAt)
            continue;
        ++result.predictedLate;
        if (!late)
            continue;
        ++result.correct;
        for (const JourneyEvent &e : j.events) {
            if (e.step == JourneyStep::Delayed) {
                leads.append(double(e.atMs - *flaggedAt) / double(hour));
                break;
            }
        }
    }
    result.precision
        = result.predictedLate ? double(result.correct) / double(result.predictedLate) : 0.0;
    result.recall = result.late ? double(result.correct) / double(result.late) : 0.0;
    result.leadParcels = int(leads.size());
    if (!leads.isEmpty()) {
        std::sort(leads.begin(), leads.end());
        const qsizetype n = leads.size();
        result.medianLeadHours = n % 2 ? leads[n / 2] : (leads[n / 2 - 1] + leads[n / 2]) / 2;
    }
    return result;
}

} // namespace ParcelDesk::Sandbox
