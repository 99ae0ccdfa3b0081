#include "overviewquery.h"

#include "sqldialect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

// 1 January 1970 was a Thursday: the Monday on or before a day.
qint64 weekStart(qint64 day)
{
    return day - ((day % 7 + 7 + 3) % 7);
}

ShipmentFilter outbound(const OverviewOptions &o)
{
    ShipmentFilter f;
    f.direction = u"outbound"_s;
    if (!o.carrier.isEmpty())
        f.carriers = {o.carrier};
    return f;
}

} // namespace

const OverviewTile *OverviewSnapshot::tile(const QString &key) const
{
    for (const OverviewTile &t : tiles) {
        if (t.key == key)
            return &t;
    }
    return nullptr;
}

ShipmentFilter OverviewSnapshot::volumeDrill(
    int period, int column, const OverviewOptions &options) const
{
    ShipmentFilter f = outbound(options);
    const qint64 first = periodStartDays.value(period);
    f.shippedFromMs = first * OverviewQuery::msPerDay;
    f.shippedUntilMs = (first + periodLengthDays.value(period)) * OverviewQuery::msPerDay;
    if (options.stack == OverviewOptions::Stack::ByCarrier)
        f.carriers = {series.value(column)};
    else
        f.statusTags = {series.value(column)};
    return f;
}

ShipmentFilter OverviewSnapshot::inFlightDrill(int row, const OverviewOptions &options) const
{
    ShipmentFilter f = outbound(options);
    f.inFlightOnly = true;
    f.statusTags = {inFlight.value(row).first};
    return f;
}

ShipmentFilter WismoFigures::drill(const QString &carrier) const
{
    ShipmentFilter f;
    if (!carrier.isEmpty())
        f.carriers = {carrier};
    f.contactFromMs = fromMs;
    f.contactUntilMs = untilMs;
    return f;
}

Result<OverviewSnapshot> OverviewQuery::load(
    const QSqlDatabase &db, const OverviewOptions &o, QList<ShipmentListQuery::Statement> *trace)
{
    OverviewSnapshot s;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    ShipmentListQuery::Statement current;
    const auto prepare = [&](const QString &sql) {
        current = {sql, {}};
        return q.prepare(sql);
    };
    const auto bind = [&](const QString &name, const QVariant &value) {
        current.binds.insert(name, value);
        q.bindValue(name, value);
    };
    const auto exec = [&] {
        if (trace)
            trace->append(current);
        return q.exec();
    };
    const auto fail
        = [&] { return Error {tr("Cannot read the overview: %1").arg(q.lastError().text())}; };
    const QString carrierCondition = o.carrier.isEmpty() ? QString() : u" AND carrier = :c"_s;
    const auto bindCarrier = [&] {
        if (!o.carrier.isEmpty())
            bind(u":c"_s, o.carrier);
    };
    const qint64 today = o.nowMs / msPerDay; // UTC day, as the daily tables count
    const SqlDialect dialect = sqlDialectOf(db);

    // Parcel volume by day or week.
    // Whole weeks: the first one starts on the Monday before the range.
    const qint64 rangeStart = today - std::max(1, o.days) + 1;
    const qint64 firstDay = o.byWeek ? weekStart(rangeStart) : rangeStart;
    const QString column
        = o.stack == OverviewOptions::Stack::ByCarrier ? u"carrier"_s : u"status_tag"_s;
    prepare(u"SELECT day, "_s + column
        + u", sum(shipments) FROM shipment_daily WHERE direction = 'outbound' AND day >= :first "
          "AND day <= :last"_s
        + carrierCondition + u" GROUP BY 1, 2"_s);
    bind(u":first"_s, firstDay);
    bind(u":last"_s, today);
    bindCarrier();
    if (!exec())
        return fail();
    std::map<qint64, QHash<QString, qint64>> byPeriod;
    QStringList names;
    while (q.next()) {
        const qint64 day = q.value(0).toLongLong();
        const qint64 period = o.byWeek ? weekStart(day) : day;
        const QString name = q.value(1).toString();
        const qint64 n = q.value(2).toLongLong();
        if (n == 0)
            continue;
        byPeriod[period][name] += n;
        if (!names.contains(name))
            names << name;
    }
    names.sort();
    s.series = names;
    // Every period of the range, empty ones too: a gap in the chart is a day without parcels.
    for (qint64 day = firstDay; day <= today; day += o.byWeek ? 7 : 1) {
        s.periodStartDays << day;
        s.periodLengthDays << (o.byWeek ? 7 : 1);
        QList<qint64> row;
        const auto it = byPeriod.find(day);
        for (const QString &name : std::as_const(names))
            row << (it == byPeriod.end() ? 0 : it->second.value(name));
        s.volume << row;
    }

    // Parcels on their way, by status.
    prepare(u"SELECT status_tag, sum(shipments) FROM shipment_daily WHERE direction = "
            "'outbound' AND status_tag NOT IN ('Delivered', 'Expired') AND ended = 0"_s
        + carrierCondition + u" GROUP BY 1 HAVING sum(shipments) > 0 ORDER BY 1"_s);
    bindCarrier();
    if (!exec())
        return fail();
    while (q.next())
        s.inFlight.append({q.value(0).toString(), q.value(1).toLongLong()});
    const auto inFlightCount = [&](const QString &tag) {
        for (const auto &[t, n] : std::as_const(s.inFlight)) {
            if (t == tag)
                return n;
        }
        return qint64(0);
    };
    for (const auto &[key, tag] : {std::pair(u"in_transit"_s, u"InTransit"_s),
             std::pair(u"out_for_delivery"_s, u"OutForDelivery"_s)}) {
        OverviewTile t;
        t.key = key;
        t.count = inFlightCount(tag);
        t.drill = outbound(o);
        t.drill.inFlightOnly = true;
        t.drill.statusTags = {tag};
        s.tiles << t;
    }

    // Delivered today and late now, each from an index that holds all it reads. (SQLite would
    // otherwise start from the carrier's index and visit a third of the table.)
    {
        OverviewTile t;
        t.key = u"delivered_today"_s;
        t.drill = outbound(o);
        t.drill.deliveredFromMs = o.todayStartMs;
        t.drill.deliveredUntilMs = o.todayStartMs + msPerDay;
        prepare(u"SELECT count(*) FROM shipments s"_s
            + Sql::indexedBy(dialect, u"shipments_delivered_by"_s)
            + u" WHERE s.delivered_at >= :from AND s.delivered_at < :until AND s.direction = "
              "'outbound'"_s
            + (o.carrier.isEmpty() ? QString() : u" AND s.carrier = :c"_s));
        bind(u":from"_s, *t.drill.deliveredFromMs);
        bind(u":until"_s, *t.drill.deliveredUntilMs);
        bindCarrier();
        if (!exec() || !q.next())
            return fail();
        t.count = q.value(0).toLongLong();
        q.finish();
        s.tiles << t;
    }
    {
        OverviewTile t;
        t.key = u"late"_s;
        t.drill = outbound(o);
        t.drill.lateOnly = true;
        t.drill.notDelivered = true;
        // Late means past the promise, so the promise lies before now.
        prepare(u"SELECT count(*) FROM shipments s"_s
            + Sql::indexedBy(dialect, u"shipments_undelivered"_s)
            + u" WHERE s.delivered_at IS NULL AND s.promised_at < :now AND s.direction = "
              "'outbound' AND "_s
            + ShipmentListQuery::lateCondition()
            + (o.carrier.isEmpty() ? QString() : u" AND s.carrier = :c"_s));
        bind(u":now"_s, o.nowMs);
        bindCarrier();
        if (!exec() || !q.next())
            return fail();
        t.count = q.value(0).toLongLong();
        q.finish();
        s.tiles << t;
    }

    // On time and at the first attempt, from the deliveries per day.
    prepare(u"SELECT sum(promised) FILTER (WHERE day >= :week), sum(on_time) FILTER (WHERE day "
            ">= :week), sum(promised), sum(on_time), sum(delivered), sum(first_attempt) FROM "
            "delivery_daily WHERE day >= :month AND day <= :today"_s
        + carrierCondition);
    bind(u":week"_s, today - 6);
    bind(u":month"_s, today - 29);
    bind(u":today"_s, today);
    bindCarrier();
    if (!exec() || !q.next())
        return fail();
    const auto rate = [&](const QString &key, int days, qint64 part, qint64 of, bool promised) {
        OverviewTile t;
        t.key = key;
        t.isRate = true;
        t.part = part;
        t.count = of;
        t.drill = outbound(o);
        t.drill.deliveredFromMs = (today - days + 1) * msPerDay;
        t.drill.deliveredUntilMs = (today + 1) * msPerDay;
        t.drill.withPromise = promised;
        s.tiles << t;
    };
    rate(u"on_time_7"_s, 7, q.value(1).toLongLong(), q.value(0).toLongLong(), true);
    rate(u"on_time_30"_s, 30, q.value(3).toLongLong(), q.value(2).toLongLong(), true);
    rate(u"first_attempt_30"_s, 30, q.value(5).toLongLong(), q.value(4).toLongLong(), false);
    q.finish();

    // Contacts today, and carrier codes we cannot map yet.
    prepare(u"SELECT count(*), count(DISTINCT c.shipment_id) FROM contacts c"_s
        // CROSS JOIN: from the few rows of today to their parcels, never the other way round
        // (SQLite keeps that order; the join's condition is in WHERE, as PostgreSQL takes no ON
        // after CROSS JOIN).
        + (o.carrier.isEmpty() ? QString() : u" CROSS JOIN shipments s"_s)
        + u" WHERE c.occurred_at >= :from AND c.occurred_at < :until"_s
        + (o.carrier.isEmpty() ? QString() : u" AND s.id = c.shipment_id AND s.carrier = :c"_s));
    bind(u":from"_s, o.todayStartMs);
    bind(u":until"_s, o.todayStartMs + msPerDay);
    bindCarrier();
    if (!exec() || !q.next())
        return fail();
    {
        OverviewTile t;
        t.key = u"wismo_today"_s;
        t.extra = q.value(0).toLongLong();
        t.count = q.value(1).toLongLong();
        t.drill = {};
        if (!o.carrier.isEmpty())
            t.drill.carriers = {o.carrier};
        t.drill.contactFromMs = o.todayStartMs;
        t.drill.contactUntilMs = o.todayStartMs + msPerDay;
        s.tiles << t;
    }
    q.finish();
    prepare(u"SELECT count(DISTINCT e.carrier_code), count(DISTINCT e.shipment_id) FROM "
            "tracking_events e"_s
        + (o.carrier.isEmpty() ? QString() : u" CROSS JOIN shipments s"_s)
        + u" WHERE e.unmapped = 1"_s
        + (o.carrier.isEmpty() ? QString() : u" AND s.id = e.shipment_id AND s.carrier = :c"_s));
    bindCarrier();
    if (!exec() || !q.next())
        return fail();
    {
        OverviewTile t;
        t.key = u"unmapped"_s;
        t.extra = q.value(0).toLongLong();
        t.count = q.value(1).toLongLong();
        if (!o.carrier.isEmpty())
            t.drill.carriers = {o.carrier};
        t.drill.withUnmappedEvents = true;
        s.tiles << t;
    }
    q.finish();

    // WISMO: contacts over the range beside the parcels shipped in it.
    {
        WismoFigures &w = s.wismo;
        w.fromMs = rangeStart * msPerDay;
        w.untilMs = (today + 1) * msPerDay; // the daily table counts whole UTC days
        // Two reads of the small daily tables, by day and carrier: contacts as the triggers keep
        // them (schema 9), parcels shipped; by carrier and by day are summed from them here.
        std::map<QString, WismoFigures::Row> byCarrier;
        QHash<qint64, qint64> contactsOn, shippedOn;
        const auto read = [&](const QString &sums, const QString &fromWhere,
                              const std::function<void(qint64 day, WismoFigures::Row & row)> &add) {
            prepare(u"SELECT day, carrier, "_s + sums + u" FROM "_s + fromWhere
                + u" day >= :first AND day <= :last"_s + carrierCondition + u" GROUP BY 1, 2"_s);
            bind(u":first"_s, rangeStart);
            bind(u":last"_s, today);
            bindCarrier();
            if (!exec())
                return false;
            while (q.next()) {
                WismoFigures::Row &row = byCarrier[q.value(1).toString()];
                row.carrier = q.value(1).toString();
                add(q.value(0).toLongLong(), row);
            }
            q.finish();
            return true;
        };
        const bool read1 = read(u"sum(contacts), sum(told_first), sum(repeats)"_s,
            u"contact_daily WHERE"_s, [&](qint64 day, WismoFigures::Row &row) {
                const qint64 contacts = q.value(2).toLongLong();
                row.contacts += contacts;
                row.toldFirst += q.value(3).toLongLong();
                row.repeats += q.value(4).toLongLong();
                contactsOn[day] += contacts;
            });
        if (!read1
            || !read(u"sum(shipments)"_s, u"shipment_daily WHERE direction = 'outbound' AND"_s,
                [&](qint64 day, WismoFigures::Row &row) {
                    const qint64 shipped = q.value(2).toLongLong();
                    row.shipments += shipped;
                    shippedOn[day] += shipped;
                }))
            return fail();
        for (const auto &[carrier, row] : byCarrier) {
            if (row.contacts == 0 && row.shipments == 0)
                continue;
            w.byCarrier << row;
            w.total.contacts += row.contacts;
            w.total.toldFirst += row.toldFirst;
            w.total.repeats += row.repeats;
            w.total.shipments += row.shipments;
        }
        std::sort(w.byCarrier.begin(), w.byCarrier.end(),
            [](const WismoFigures::Row &a, const WismoFigures::Row &b) {
                return a.contacts != b.contacts ? a.contacts > b.contacts : a.carrier < b.carrier;
            });
        for (qint64 day = rangeStart; day <= today; ++day) {
            w.days << day;
            w.contactsByDay << contactsOn.value(day);
            w.shipmentsByDay << shippedOn.value(day);
        }
    }

    // Open problem cases by kind.
    prepare(u"SELECT p.kind, count(*) FROM problem_cases p"_s
        + (o.carrier.isEmpty() ? QString() : u" CROSS JOIN shipments s"_s)
        + u" WHERE p.state != 'resolved'"_s
        + (o.carrier.isEmpty() ? QString() : u" AND s.id = p.shipment_id AND s.carrier = :c"_s)
        + u" GROUP BY p.kind ORDER BY 2 DESC"_s);
    bindCarrier();
    if (!exec())
        return fail();
    while (q.next()) {
        OverviewTile t;
        t.key = u"case:"_s + q.value(0).toString();
        t.count = q.value(1).toLongLong();
        if (!o.carrier.isEmpty())
            t.drill.carriers = {o.carrier};
        t.drill.openCaseKind = q.value(0).toString();
        s.tiles << t;
    }
    return s;
}

} // namespace ParcelDesk
