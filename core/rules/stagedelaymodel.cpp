#include "stagedelaymodel.h"

#include "problemrules.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace ParcelDesk {

void StageDelayModel::add(const QList<Event> &events, qint64 promisedAtMs,
    std::optional<qint64> deliveredAtMs, qint64 observedUntilMs)
{
    if (events.isEmpty())
        return;
    const bool late = !deliveredAtMs || *deliveredAtMs > promisedAtMs;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const bool last = i + 1 == events.size();
        // The delivery scan ends the story: no silence after it to learn from.
        if (last && deliveredAtMs && *deliveredAtMs <= events[i].atMs)
            continue;
        const qint64 end = last ? observedUntilMs : events[i + 1].atMs;
        m_stages[events[i].stage].silences.push_back(
            {std::max<qint64>(0, end - events[i].atMs), late});
    }
    ++m_parcels;
}

void StageDelayModel::finish()
{
    for (Stage &s : m_stages) {
        std::sort(s.silences.begin(), s.silences.end(),
            [](const Silence &a, const Silence &b) { return a.lengthMs < b.lengthMs; });
        s.lateFromHere.assign(s.silences.size() + 1, 0);
        for (size_t i = s.silences.size(); i-- > 0;)
            s.lateFromHere[i] = s.lateFromHere[i + 1] + (s.silences[i].late ? 1 : 0);
    }
}

std::optional<double> StageDelayModel::lateProbability(
    const QString &stage, qint64 lastEventAtMs, qint64 nowMs) const
{
    const auto it = m_stages.constFind(stage);
    if (it == m_stages.cend() || it->lateFromHere.empty())
        return std::nullopt;
    const qint64 silent = std::max<qint64>(0, nowMs - lastEventAtMs);
    // The parcels that stayed silent longer than this one has so far.
    const auto first = std::upper_bound(it->silences.begin(), it->silences.end(), silent,
        [](qint64 value, const Silence &s) { return value < s.lengthMs; });
    const size_t index = size_t(first - it->silences.begin());
    const size_t survivors = it->silences.size() - index;
    if (survivors < size_t(minSamples))
        return std::nullopt;
    return double(it->lateFromHere[index]) / double(survivors);
}

QString StageDelayModel::stageKey(const QString &carrier, SubStatus sub)
{
    return carrier + u'|' + subStatusKey(sub);
}

StageDelayModel StageDelayModel::learnFrom(const Database &db, qint64 sinceMs, qint64 untilMs)
{
    StageDelayModel model;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT s.id, s.carrier, s.promised_at, s.delivered_at, e.occurred_at, e.status_tag, "
        "e.sub_status FROM shipments s JOIN tracking_events e ON e.shipment_id = s.id "
        "WHERE s.direction = 'outbound' AND s.shipped_at >= ? AND s.promised_at IS NOT NULL "
        "AND s.promised_at < ? AND e.unmapped = 0 AND e.occurred_at < ? "
        "ORDER BY s.id, e.occurred_at, e.id"));
    q.addBindValue(sinceMs);
    q.addBindValue(untilMs);
    q.addBindValue(untilMs);
    if (!q.exec())
        return model;
    qint64 current = -1;
    QList<Event> events;
    qint64 promised = 0;
    std::optional<qint64> delivered;
    const auto flush = [&] {
        // Only parcels whose promise has run out by untilMs: whether they were late is known.
        if (current >= 0 && promised < untilMs)
            model.add(events, promised, delivered, untilMs);
        events.clear();
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != current) {
            flush();
            current = id;
            promised = ProblemRules::promiseDeadline(q.value(2).toLongLong());
            delivered = q.value(3).isNull() || q.value(3).toLongLong() >= untilMs
                ? std::nullopt
                : std::optional<qint64>(q.value(3).toLongLong());
        }
        const Status status = Status::fromColumns(q.value(5).toString(), q.value(6).toString());
        events.append(
            {stageKey(q.value(1).toString(), status.subStatus()), q.value(4).toLongLong()});
    }
    flush();
    model.finish();
    return model;
}

} // namespace ParcelDesk
