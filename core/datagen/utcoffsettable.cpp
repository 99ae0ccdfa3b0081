#include "utcoffsettable.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace ParcelDesk {

namespace {
constexpr qint64 msPerDay = 86'400'000;
constexpr qint64 msPerMinute = 60'000;
} // namespace

UtcOffsetTable::UtcOffsetTable(const QByteArray &ianaId, qint64 fromMs, qint64 toMs)
    : m_id(ianaId)
{
    const QTimeZone zone(ianaId);
    m_valid = zone.isValid();
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC);
    m_spans.append(
        {std::numeric_limits<qint64>::min(), zone.isValid() ? zone.offsetFromUtc(from) / 60 : 0});
    if (!zone.isValid())
        return;
    const auto transitions = zone.transitions(from, to);
    for (const auto &t : transitions)
        m_spans.append({t.atUtc.toMSecsSinceEpoch(), t.offsetFromUtc / 60});
}

int UtcOffsetTable::offsetMinutesAt(qint64 utcMs) const
{
    if (m_spans.isEmpty())
        return 0;
    auto it = std::upper_bound(m_spans.cbegin(), m_spans.cend(), utcMs,
        [](qint64 t, const Span &s) { return t < s.fromMs; });
    return std::prev(it)->offsetMinutes;
}

qint64 UtcOffsetTable::utcFromLocal(qint64 localDay, int minuteOfDay) const
{
    const qint64 wall = localDay * msPerDay + qint64(minuteOfDay) * msPerMinute;
    const int guess = offsetMinutesAt(wall);
    const int offset = offsetMinutesAt(wall - qint64(guess) * msPerMinute);
    return wall - qint64(offset) * msPerMinute;
}

qint64 UtcOffsetTable::localDayOf(qint64 utcMs) const
{
    const qint64 local = utcMs + qint64(offsetMinutesAt(utcMs)) * msPerMinute;
    return local >= 0 ? local / msPerDay : (local - msPerDay + 1) / msPerDay;
}

} // namespace ParcelDesk
