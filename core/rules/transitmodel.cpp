#include "transitmodel.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

constexpr qint64 msPerDay = 86'400'000;
constexpr qint64 msPerMinute = 60'000;

QDate dayOf(qint64 wallMs)
{
    return QDate(1970, 1, 1)
        .addDays(wallMs >= 0 ? wallMs / msPerDay : -((-wallMs + msPerDay - 1) / msPerDay));
}

qint64 startOfDay(QDate d)
{
    return qint64(QDate(1970, 1, 1).daysTo(d)) * msPerDay;
}

} // namespace

int TransitModel::Cell::quantile(double q) const
{
    const double target = std::max(1.0, std::ceil(q * double(count)));
    double seen = 0;
    for (int d = 0; d <= maxBusinessDays; ++d) {
        seen += days[size_t(d)];
        if (seen >= target)
            return d;
    }
    return maxBusinessDays;
}

int TransitModel::Cell::timeOfDayQuantile(double q) const
{
    const double target = std::max(1.0, std::ceil(q * double(count)));
    double seen = 0;
    for (size_t slot = 0; slot < timeOfDay.size(); ++slot) {
        seen += timeOfDay[slot];
        if (seen >= target)
            return int(slot) * 15 + 7;
    }
    return 17 * 60;
}

TransitModel::TransitModel(Options options, const HolidayCalendar &calendar)
    : m_options(options)
    , m_calendar(calendar)
{ }

QList<QString> TransitModel::cellKeys(const TransitFacts &f, TransitStage stage) const
{
    const QString s = QString::number(int(stage));
    const QString lane = f.originCountry + u'>' + f.destinationCountry;
    QList<QString> keys;
    const bool carrier = !f.carrier.isEmpty();
    const bool lead = f.promisedLeadDays >= 0;
    const QString bucket = lead
        ? QString::number(f.promisedLeadDays / std::max(1, m_options.leadBucketDays))
        : QString();
    const auto add = [&](std::initializer_list<QString> parts) {
        QString key = s;
        for (const QString &p : parts) {
            key += u'|';
            key += p;
        }
        keys.append(key);
    };
    // Most specific first. A cell with the shop's promised lead separates far lanes from near
    // ones where the seller's place is not known.
    if (carrier && !f.service.isEmpty() && !f.destinationArea.isEmpty())
        add({u"csa"_s, f.carrier, f.service, lane, f.destinationArea, bucket});
    if (!f.destinationArea.isEmpty())
        add({u"ca"_s, f.carrier, lane, f.destinationArea, bucket});
    if (!f.destinationRegion.isEmpty())
        add({u"cr"_s, f.carrier, lane, f.destinationRegion, bucket});
    if (lead)
        add({u"cl"_s, f.carrier, lane, bucket});
    if (carrier && !f.destinationRegion.isEmpty())
        add({u"r"_s, lane, f.destinationRegion, bucket});
    if (lead) {
        if (!f.destinationArea.isEmpty())
            add({u"ca"_s, f.carrier, lane, f.destinationArea, QString()});
        if (!f.destinationRegion.isEmpty())
            add({u"cr"_s, f.carrier, lane, f.destinationRegion, QString()});
    }
    add({u"cl"_s, f.carrier, lane, QString()});
    if (carrier)
        add({u"l"_s, lane});
    add({u"d"_s, f.destinationCountry});
    return keys;
}

void TransitModel::add(
    const TransitFacts &facts, TransitStage stage, qint64 startMs, qint64 deliveredMs)
{
    if (deliveredMs < startMs)
        return; // a data error (delivered before the stage began): learns nothing
    const int days = std::clamp(m_calendar.businessDaysBetween(
                                    facts.destinationCountry, dayOf(startMs), dayOf(deliveredMs)),
        0, maxBusinessDays);
    const qint64 intoDay = deliveredMs - startOfDay(dayOf(deliveredMs));
    const size_t slot = std::min<size_t>(95, size_t(intoDay / (15 * msPerMinute)));
    const auto count = [&](Cell &cell) {
        ++cell.days[size_t(days)];
        ++cell.timeOfDay[slot];
        ++cell.count;
    };
    for (const QString &key : cellKeys(facts, stage))
        count(m_cells[key]);
    count(m_global[int(stage)]);
    ++m_samples;
}

const TransitModel::Cell *TransitModel::answeringCell(
    const TransitFacts &facts, TransitStage stage, QString *key) const
{
    for (const QString &k : cellKeys(facts, stage)) {
        const auto it = m_cells.constFind(k);
        if (it != m_cells.cend() && it->count >= quint32(m_options.minSamples)) {
            *key = k;
            return &*it;
        }
    }
    // Too little history says nothing: no prediction rather than a guess.
    const Cell &global = m_global[int(stage)];
    if (global.count == 0 || global.count < quint32(m_options.minSamples))
        return nullptr;
    *key = u"all"_s;
    return &global;
}

qint64 TransitModel::atBusinessDay(
    const TransitFacts &facts, qint64 startMs, int businessDays, int minutesOfDay) const
{
    QDate d = dayOf(startMs);
    // Zero business days on a weekend or holiday means the next business day.
    if (businessDays == 0 && !m_calendar.isBusinessDay(facts.destinationCountry, d)
        && d.dayOfWeek() != 6)
        d = m_calendar.addBusinessDays(facts.destinationCountry, d, 1);
    else
        d = m_calendar.addBusinessDays(facts.destinationCountry, d, businessDays);
    const qint64 at = startOfDay(d) + qint64(minutesOfDay) * msPerMinute;
    return std::max(at, startMs);
}

std::optional<TransitPrediction> TransitModel::predict(
    const TransitFacts &facts, TransitStage stage, qint64 startMs) const
{
    QString key;
    const Cell *cell = answeringCell(facts, stage, &key);
    if (!cell)
        return std::nullopt;
    const int arrival = cell->timeOfDayQuantile(0.5);
    TransitPrediction p;
    p.mostLikelyMs
        = atBusinessDay(facts, startMs, cell->quantile(m_options.pointQuantile), arrival);
    p.p10Ms = atBusinessDay(facts, startMs, cell->quantile(0.1), arrival);
    p.p90Ms = atBusinessDay(facts, startMs, cell->quantile(0.9), arrival);
    const qint64 promiseDay
        = atBusinessDay(facts, startMs, cell->quantile(1.0 - m_options.lateRisk), 0);
    p.promiseMs = startOfDay(dayOf(promiseDay)) + msPerDay - 1;
    p.samples = int(cell->count);
    p.cell = key;
    return p;
}

std::optional<double> TransitModel::lateProbability(const TransitFacts &facts, TransitStage stage,
    qint64 startMs, qint64 deadlineMs, std::optional<qint64> notDeliveredByMs) const
{
    QString key;
    const Cell *cell = answeringCell(facts, stage, &key);
    if (!cell)
        return std::nullopt;
    const QString &country = facts.destinationCountry;
    const int allowed = m_calendar.businessDaysBetween(country, dayOf(startMs), dayOf(deadlineMs));
    if (allowed < 0)
        return 1.0;
    // Not delivered by a moment means delivered that day at the earliest, or the next business
    // day once the hour by which nearly all such parcels arrive has passed.
    int atLeast = 0;
    if (notDeliveredByMs) {
        atLeast = m_calendar.businessDaysBetween(country, dayOf(startMs), dayOf(*notDeliveredByMs));
        const qint64 intoDay = *notDeliveredByMs - startOfDay(dayOf(*notDeliveredByMs));
        if (intoDay / msPerMinute >= cell->timeOfDayQuantile(0.9))
            ++atLeast;
        atLeast = std::clamp(atLeast, 0, maxBusinessDays);
    }
    if (atLeast > allowed)
        return 1.0;
    quint64 remaining = 0;
    quint64 onTime = 0;
    for (int d = atLeast; d <= maxBusinessDays; ++d) {
        remaining += cell->days[size_t(d)];
        if (d <= allowed)
            onTime += cell->days[size_t(d)];
    }
    if (remaining == 0)
        return 1.0; // slower than every parcel seen: late is the safe guess
    return 1.0 - double(onTime) / double(remaining);
}

TransitFacts TransitModel::factsFor(const QString &carrier, const QString &service,
    const QString &originCountry, const QString &destinationCountry, const QString &postcode,
    int promisedLeadDays)
{
    TransitFacts f;
    f.carrier = carrier;
    f.service = service;
    f.originCountry = originCountry;
    f.destinationCountry = destinationCountry;
    const QString code = postcode.trimmed().toUpper();
    if (!code.isEmpty()) {
        f.destinationRegion = destinationCountry + u'-' + code.left(2);
        f.destinationArea = destinationCountry + u'-' + code.left(3);
    }
    f.promisedLeadDays = promisedLeadDays;
    return f;
}

TransitModel TransitModel::learnFrom(
    const Database &db, qint64 sinceMs, qint64 untilMs, Options options)
{
    return learnFrom(db.connection(), sinceMs, untilMs, options);
}

TransitModel TransitModel::learnFrom(
    const QSqlDatabase &connection, qint64 sinceMs, qint64 untilMs, Options options)
{
    TransitModel model(options);
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    q.prepare(u"SELECT s.carrier, s.service, s.origin_country, s.dest_country, s.dest_postcode, "
              "s.shipped_at, s.promised_at, s.delivered_at, (SELECT min(e.occurred_at) FROM "
              "tracking_events e WHERE e.shipment_id = s.id AND e.unmapped = 0 AND e.status_tag "
              "NOT IN ('Pending', 'InfoReceived')) FROM shipments s WHERE s.delivered_at IS NOT "
              "NULL AND s.delivered_at >= ? AND s.delivered_at < ? AND s.direction = 'outbound'"_s);
    q.addBindValue(sinceMs);
    q.addBindValue(untilMs);
    if (!q.exec())
        return model;
    while (q.next()) {
        const qint64 shipped = q.value(5).toLongLong();
        const int lead
            = q.value(6).isNull() ? -1 : int(dayOf(shipped).daysTo(dayOf(q.value(6).toLongLong())));
        const TransitFacts facts = factsFor(q.value(0).toString(), q.value(1).toString(),
            q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), lead);
        const qint64 delivered = q.value(7).toLongLong();
        model.add(facts, TransitStage::Ordered, shipped, delivered);
        if (!q.value(8).isNull())
            model.add(facts, TransitStage::HandedOver, q.value(8).toLongLong(), delivered);
    }
    return model;
}

} // namespace ParcelDesk
