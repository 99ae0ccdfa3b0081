#include "returnsdashboardquery.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

constexpr qint64 msPerDay = 86'400'000;
const QDate epoch(1970, 1, 1);

qint64 startMs(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

double oneDecimal(double days)
{
    return std::round(days * 10.0) / 10.0;
}

} // namespace

qint64 ReturnsFigures::returnsReceived() const
{
    return std::accumulate(inflow.cbegin(), inflow.cend(), qint64(0),
        [](qint64 sum, const InflowDay &d) { return sum + d.returnsReceived; });
}

qint64 ReturnsFigures::itemsReceived() const
{
    return std::accumulate(inflow.cbegin(), inflow.cend(), qint64(0),
        [](qint64 sum, const InflowDay &d) { return sum + d.itemsReceived; });
}

Result<ReturnsFigures> ReturnsDashboardQuery::load(const QSqlDatabase &db,
    const ReturnsDashboardFilter &f, QList<ShipmentListQuery::Statement> *trace)
{
    ReturnsFigures d;
    d.filter = f;
    if (!f.from.isValid() || !f.to.isValid() || f.to < f.from)
        return Error {tr("Cannot read the returns: the range of days is empty.")};

    QSqlQuery q(db);
    q.setForwardOnly(true);
    ShipmentListQuery::Statement current;
    const bool oneWarehouse = !f.warehouse.isEmpty();
    const auto run = [&](const QString &sql) {
        current = {sql, {}};
        if (!q.prepare(sql))
            return false;
        const auto bind = [&](const QString &name, const QVariant &value) {
            if (sql.contains(name)) {
                current.binds.insert(name, value);
                q.bindValue(name, value);
            }
        };
        bind(u":from"_s, startMs(f.from));
        bind(u":until"_s, startMs(f.to.addDays(1)));
        bind(u":w"_s, f.warehouse);
        if (trace)
            trace->append(current);
        return q.exec();
    };
    const auto fail
        = [&] { return Error {tr("Cannot read the returns: %1").arg(q.lastError().text())}; };
    const QString inWarehouse = oneWarehouse ? u" AND r.warehouse = :w"_s : QString();

    if (!run(u"SELECT DISTINCT warehouse FROM returns WHERE warehouse IS NOT NULL AND "
             "warehouse <> '' ORDER BY 1"_s))
        return fail();
    while (q.next())
        d.warehouses << q.value(0).toString();

    // Inflow: what the warehouse received, and what customers registered, per day. Lines
    // refused or kept by the customer were not in the parcel. The packaging judged at receipt
    // comes along.
    std::map<qint64, ReturnsFigures::InflowDay> byDay;
    if (!run(u"SELECT r.received_at / 86400000, count(*), sum((SELECT coalesce(sum(i.quantity), "
             "0) FROM return_items i WHERE i.return_id = r.id AND i.outcome IN ('accept', "
             "'review'))), count(r.reusable_packaging), "
             "coalesce(sum(r.reusable_packaging), 0) FROM returns r WHERE r.received_at >= "
             ":from AND r.received_at < :until"_s
            + inWarehouse + u" GROUP BY 1"_s))
        return fail();
    while (q.next()) {
        ReturnsFigures::InflowDay &day = byDay[q.value(0).toLongLong()];
        day.returnsReceived = q.value(1).toLongLong();
        day.itemsReceived = q.value(2).toLongLong();
        d.packaging.lookedAt += q.value(3).toLongLong();
        d.packaging.reusable += q.value(4).toLongLong();
    }
    if (!run(u"SELECT r.created_at / 86400000, count(*) FROM returns r WHERE r.created_at >= "
             ":from AND r.created_at < :until"_s
            + inWarehouse + u" GROUP BY 1"_s))
        return fail();
    while (q.next())
        byDay[q.value(0).toLongLong()].returnsRegistered = q.value(1).toLongLong();
    for (QDate day = f.from; day <= f.to; day = day.addDays(1)) {
        ReturnsFigures::InflowDay row = byDay[epoch.daysTo(day)];
        row.day = day;
        d.inflow << row;
    }

    // Reasons by category, over the lines of the returns registered in the range.
    if (!run(u"SELECT i.category, i.reason_code, sum(i.quantity) FROM returns r JOIN "
             "return_items i ON i.return_id = r.id WHERE r.created_at >= :from AND "
             "r.created_at < :until"_s
            + inWarehouse + u" GROUP BY 1, 2"_s))
        return fail();
    QHash<QString, qint64> perCategory;
    while (q.next()) {
        ReturnsFigures::Reason reason;
        reason.category = q.value(0).toString();
        reason.reasonCode = q.value(1).toString();
        reason.quantity = q.value(2).toLongLong();
        perCategory[reason.category] += reason.quantity;
        d.reasons << reason;
    }
    for (ReturnsFigures::Reason &reason : d.reasons)
        reason.share
            = double(reason.quantity) / double(std::max<qint64>(1, perCategory[reason.category]));
    std::sort(d.reasons.begin(), d.reasons.end(),
        [](const ReturnsFigures::Reason &a, const ReturnsFigures::Reason &b) {
            if (a.category != b.category)
                return a.category < b.category;
            if (a.quantity != b.quantity)
                return a.quantity > b.quantity;
            return a.reasonCode < b.reasonCode;
        });

    // Return rate by category: of the orders first delivered in the range, the items that came
    // back (or were refunded and kept) against the items delivered. An order's items are its
    // lines; an order from before order lines (schema 12) counts as one item of the order's
    // category, as its return counts as one line of the whole order. Refused returns and lines
    // did not come back. A warehouse's deliveries are the parcels that left from its country,
    // where its returns go back to. CROSS JOIN: from the range's orders to their returns, never
    // through every return (SQLite keeps that order; the conditions are in WHERE, as PostgreSQL
    // takes no ON after CROSS JOIN).
    if (!run(u"WITH delivered(order_id) AS MATERIALIZED (SELECT s.order_id FROM shipments s "
             "WHERE s.delivered_at >= :from AND s.delivered_at < :until AND s.direction = "
             "'outbound' AND s.order_id IS NOT NULL"_s
            + (oneWarehouse ? u" AND s.origin_country = :w"_s : QString())
            + u" GROUP BY s.order_id HAVING NOT EXISTS (SELECT 1 FROM shipments e WHERE "
              "e.order_id = s.order_id AND e.direction = 'outbound' AND e.delivered_at < :from)) "
              "SELECT 0, coalesce(oi.category, o.category, 'other'), sum(oi.quantity) FROM "
              "delivered d JOIN orders o ON o.id = d.order_id JOIN order_items oi ON oi.order_id "
              "= d.order_id GROUP BY 2 "
              "UNION ALL SELECT 0, coalesce(o.category, 'other'), count(*) FROM delivered d JOIN "
              "orders o ON o.id = d.order_id WHERE NOT EXISTS (SELECT 1 FROM order_items oi WHERE "
              "oi.order_id = d.order_id) GROUP BY 2 "
              "UNION ALL SELECT 1, i.category, sum(i.quantity) FROM delivered d CROSS JOIN returns "
              "r CROSS JOIN return_items i WHERE r.order_id = d.order_id AND i.return_id = r.id "
              "AND r.outcome <> 'refuse' AND i.outcome <> 'refuse'"_s
            + inWarehouse + u" GROUP BY 2"_s))
        return fail();
    std::map<QString, ReturnsFigures::CategoryRate> rates;
    while (q.next()) {
        ReturnsFigures::CategoryRate &rate = rates[q.value(1).toString()];
        rate.category = q.value(1).toString();
        (q.value(0).toInt() == 0 ? rate.itemsDelivered : rate.itemsReturned)
            += q.value(2).toLongLong();
    }
    for (const auto &[category, rate] : rates) {
        d.returnRates << rate;
        d.allCategories.itemsDelivered += rate.itemsDelivered;
        d.allCategories.itemsReturned += rate.itemsReturned;
    }

    // Where the lines graded in the range went. The shares are of the items decided on: an
    // undecided line may still go anywhere.
    if (!run(u"SELECT i.disposition, sum(i.quantity) FROM returns r JOIN return_items i ON "
             "i.return_id = r.id WHERE r.graded_at >= :from AND r.graded_at < :until AND "
             "i.grade IS NOT NULL"_s
            + inWarehouse + u" GROUP BY 1 ORDER BY 2 DESC, 1"_s))
        return fail();
    while (q.next()) {
        const QString disposition = q.value(0).toString();
        const qint64 quantity = q.value(1).toLongLong();
        d.dispositions.byDisposition.append({disposition, quantity});
        if (disposition != u"undecided")
            d.dispositions.decided += quantity;
        if (disposition == u"landfill")
            d.dispositions.landfill += quantity;
        if (disposition == u"resell")
            d.dispositions.resold += quantity;
    }

    // Refunds settled in the range: from the parcel's drop-off to the money, and the keep-it
    // refunds (nothing came back, so nothing to measure from).
    if (!run(u"SELECT r.settled_at - r.dropped_off_at FROM returns r WHERE r.settled_at >= :from "
             "AND r.settled_at < :until AND r.resolution = 'refund' AND r.settlement = 'done' "
             "AND (r.dropped_off_at IS NOT NULL OR r.outcome = 'keep')"_s
            + inWarehouse))
        return fail();
    std::vector<qint64> durations;
    while (q.next()) {
        if (q.value(0).isNull())
            ++d.refunds.keepRefunds;
        else
            durations.push_back(q.value(0).toLongLong());
    }
    if (!durations.empty()) {
        std::sort(durations.begin(), durations.end());
        const size_t n = durations.size();
        const auto days = [](qint64 ms) { return double(ms) / double(msPerDay); };
        d.refunds.count = qint64(n);
        d.refunds.medianDays
            = oneDecimal(n % 2 == 1 ? days(durations[n / 2])
                                    : (days(durations[n / 2 - 1]) + days(durations[n / 2])) / 2.0);
        // Nearest rank: the smallest duration at least 90 % of the refunds did not exceed.
        const auto rank = size_t(std::ceil(0.9 * double(n)));
        d.refunds.p90Days = oneDecimal(days(durations[std::max<size_t>(rank, 1) - 1]));
        d.refunds.meanDays = oneDecimal(
            days(std::accumulate(durations.cbegin(), durations.cend(), qint64(0))) / double(n));
    }

    // The next two weeks, from what happened before today.
    if (f.today.isValid()) {
        const auto history = ReturnsHistory::load(db);
        if (!history)
            return history.error();
        d.forecast = ReturnsForecast::forecast(*history, f.today, forecastDays, f.warehouse);
    }
    return d;
}

} // namespace ParcelDesk
