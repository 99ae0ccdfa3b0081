#pragma once

#include "domain/status.h"
#include "store/database.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace ParcelDesk {

// Spots a delay before the carrier admits it, from how long a parcel has been silent after its
// last scan. It learns, per kind of scan (the stage, e.g. a sub-status), how long parcels stayed
// silent after it and whether they ended up late; a parcel silent for longer than on-time ones
// usually are is likely late. Times are in milliseconds; one model per carrier lane is the
// caller's choice of keys.
class StageDelayModel
{
public:
    struct Event
    {
        QString stage;
        qint64 atMs = 0;
    };

    // A finished (or given-up) parcel: its events oldest first, its promise, and when it was
    // delivered (empty: never). observedUntilMs closes the last silence when it did not arrive.
    void add(const QList<Event> &events, qint64 promisedAtMs, std::optional<qint64> deliveredAtMs,
        qint64 observedUntilMs);
    // Sorts what was added; call once before asking.
    void finish();

    // The chance that a parcel whose last scan was stage at lastEventAtMs, still silent at nowMs,
    // ends up late: among the learned parcels silent at least as long after such a scan. Empty
    // below minSamples such parcels.
    std::optional<double> lateProbability(
        const QString &stage, qint64 lastEventAtMs, qint64 nowMs) const;

    int minSamples = 20;
    int parcels() const { return m_parcels; }

    // The stage of an event for a carrier: "dhl|DepartureScan".
    static QString stageKey(const QString &carrier, SubStatus sub);
    // Learns from the outbound parcels sent since sinceMs whose promise had passed by untilMs
    // (so whether they were late is known), from their mapped events before untilMs; finished.
    static StageDelayModel learnFrom(const Database &db, qint64 sinceMs, qint64 untilMs);

private:
    struct Silence
    {
        qint64 lengthMs;
        bool late;
    };
    struct Stage
    {
        std::vector<Silence> silences; // by length, after finish()
        std::vector<int> lateFromHere; // late silences at or after each index
    };
    QHash<QString, Stage> m_stages;
    int m_parcels = 0;
};

} // namespace ParcelDesk
