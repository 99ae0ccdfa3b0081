#pragma once

#include <QtGlobal>

namespace ParcelDesk::Sandbox {

// How well the delay detection (StageDelayModel) spots late parcels on the sandbox's journeys,
// where the truth is known: a parcel is late when it is not delivered by the carrier's promise.
// The first half of the parcels (by label time) is the history it learns from; the second half
// is watched hour by hour until delivery or the promise, and counted predicted late the first
// hour the chance reaches the threshold. The lead is how many hours before the carrier's own
// delay notice that happened.
struct DelayEvaluation
{
    int parcels = 0;
    int learnedFrom = 0;
    int watched = 0;
    int late = 0; // among the watched
    int predictedLate = 0;
    int correct = 0; // predicted late and late
    double precision = 0;
    double recall = 0;
    double medianLeadHours = 0; // over the late parcels the carrier gave a delay notice for
    int leadParcels = 0;
};

// threshold: the chance from which a parcel counts as predicted late (the console's default
// for the predicted-late rule, 80 %).
DelayEvaluation evaluateDelayDetection(int parcels = 20'000, double threshold = 0.8);

} // namespace ParcelDesk::Sandbox
