#pragma once

#include <QByteArray>
#include <QList>

namespace ParcelDesk {

// A time zone's UTC offsets over a window, precomputed from its transitions, so that millions of
// local times can be converted without asking the time-zone database each time.
class UtcOffsetTable
{
public:
    UtcOffsetTable() = default;
    UtcOffsetTable(const QByteArray &ianaId, qint64 fromMs, qint64 toMs);

    int offsetMinutesAt(qint64 utcMs) const;
    // The UTC instant of a local wall-clock time: localDay is days since 1970-01-01 (local).
    qint64 utcFromLocal(qint64 localDay, int minuteOfDay) const;
    // The local day (days since 1970-01-01) that contains utcMs.
    qint64 localDayOf(qint64 utcMs) const;
    QByteArray id() const { return m_id; }
    // False when the system does not know the zone (no tzdata): offsets are then 0.
    bool isValid() const { return m_valid; }

private:
    struct Span
    {
        qint64 fromMs;
        int offsetMinutes;
    };
    QByteArray m_id;
    QList<Span> m_spans;
    bool m_valid = false;
};

} // namespace ParcelDesk
