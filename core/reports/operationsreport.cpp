#include "operationsreport.h"

#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"
#include "domain/problemcase.h"
#include "domain/status.h"
#include "domain/statustext.h"
#include "store/apologyrepository.h"
#include "store/contactrepository.h"
#include "store/returnrepository.h"
#include "store/returnsdashboardquery.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <vector>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

constexpr qint64 msPerDay = 86'400'000;
const QDate epoch(1970, 1, 1);
// A lane counts in the scorecard when at least two carriers each delivered this many parcels
// on it: fewer say more about chance than about the carrier.
constexpr qint64 scorecardMinimum = 5;

qint64 startMs(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

// Nearest rank: the smallest value with at least p of the values at or below it.
double percentile(std::vector<double> &values, double p)
{
    if (values.empty())
        return 0;
    const auto rank = std::max<std::size_t>(1, std::size_t(std::ceil(p * double(values.size()))));
    std::nth_element(values.begin(), values.begin() + long(rank - 1), values.end());
    return values[rank - 1];
}

QVariant ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? QVariant(double(part) / double(whole)) : QVariant();
}

// One delivered parcel, as the delivery sections need it.
struct Delivery
{
    QString carrier;
    QString lane;
    qint64 day = 0;
    double transitDays = 0;
    bool promised = false;
    bool onTime = false;
    bool firstAttempt = false;
    bool pickup = false; // at a pickup point or a locker
    qint64 failedAttempts = 0;
};

// Figures over a group of deliveries.
struct DeliveryStats
{
    qint64 delivered = 0;
    qint64 promised = 0;
    qint64 onTime = 0;
    qint64 firstAttempt = 0;
    qint64 pickup = 0;
    qint64 failedAttempts = 0; // each an extra trip
    std::vector<double> transit;

    void add(const Delivery &d)
    {
        ++delivered;
        failedAttempts += d.failedAttempts;
        promised += d.promised;
        onTime += d.onTime;
        firstAttempt += d.firstAttempt;
        pickup += d.pickup;
        transit.push_back(d.transitDays);
    }
    QVariant onTimeRate() const { return ratio(onTime, promised); }
    QVariant firstAttemptRate() const { return ratio(firstAttempt, delivered); }
    QVariant p(double q) { return transit.empty() ? QVariant() : QVariant(percentile(transit, q)); }
};

ReportColumn column(const QString &title, CellType type, int decimals = 1)
{
    ReportColumn c;
    c.title = title;
    c.type = type;
    c.decimals = decimals;
    return c;
}

ReportChart bars(int labelColumn, QList<int> values)
{
    ReportChart chart;
    chart.kind = ReportChart::Kind::Bars;
    chart.labelColumn = labelColumn;
    chart.valueColumns = std::move(values);
    return chart;
}

class Builder
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::OperationsReport)

public:
    Builder(const QSqlDatabase &db, const OperationsReportFilter &filter,
        QList<ShipmentListQuery::Statement> *trace)
        : m_q(db)
        , m_filter(filter)
        , m_trace(trace)
    {
        m_q.setForwardOnly(true);
    }

    // The shipments filter as SQL over alias s, with its binds.
    QString shipmentFilter() const
    {
        QString sql;
        if (!m_filter.carriers.isEmpty()) {
            QStringList marks;
            for (qsizetype i = 0; i < m_filter.carriers.size(); ++i)
                marks << u":carrier%1"_s.arg(i);
            sql += u" AND s.carrier IN ("_s + marks.join(u", "_s) + u')';
        }
        if (!m_filter.destinationCountry.isEmpty())
            sql += u" AND s.dest_country = :dest"_s;
        return sql;
    }
    bool filtered() const
    {
        return !m_filter.carriers.isEmpty() || !m_filter.destinationCountry.isEmpty();
    }

    bool run(const QString &sql)
    {
        if (!m_q.prepare(sql))
            return false;
        ShipmentListQuery::Statement statement;
        statement.sql = sql;
        const auto bind = [&](const QString &name, const QVariant &value) {
            if (sql.contains(name)) {
                m_q.bindValue(name, value);
                statement.binds.insert(name, value);
            }
        };
        bind(u":from"_s, startMs(m_filter.from));
        bind(u":until"_s, startMs(m_filter.to.addDays(1)));
        bind(u":dest"_s, m_filter.destinationCountry);
        for (qsizetype i = 0; i < m_filter.carriers.size(); ++i)
            bind(u":carrier%1"_s.arg(i), m_filter.carriers.at(i));
        if (m_trace)
            m_trace->append(statement);
        return m_q.exec();
    }
    Error failure() const
    {
        return Error {tr("Cannot build the operations report: %1").arg(m_q.lastError().text())};
    }

    QSqlQuery m_q;
    const OperationsReportFilter &m_filter;
    QList<ShipmentListQuery::Statement> *m_trace;
};

QString actionLabel(const QString &action)
{
    if (action == u"inform")
        return OperationsReport::tr("Delay notice");
    if (action == u"apologise")
        return OperationsReport::tr("Apology");
    if (action == u"voucher")
        return OperationsReport::tr("Apology with voucher");
    return action;
}

} // namespace

QString OperationsReport::laneLabel(const QString &origin, const QString &destination)
{
    const QString unknown = tr("?", "an unknown country in a lane");
    return (origin.isEmpty() ? unknown : origin) + u" \u2192 "_s
        + (destination.isEmpty() ? unknown : destination);
}

QString OperationsReport::carrierLabel(const QString &carrierId)
{
    if (carrierId.isEmpty())
        return tr("(no parcel)");
    if (const CarrierAdapter *adapter = carrierAdapter(carrierId))
        return adapter->displayName();
    return carrierId;
}

Result<Report> OperationsReport::build(const QSqlDatabase &db, const OperationsReportFilter &filter,
    qint64 nowMs, const std::atomic_bool *cancel, const std::function<void(int, int)> &progress,
    QList<ShipmentListQuery::Statement> *trace)
{
    if (!filter.from.isValid() || !filter.to.isValid() || filter.to < filter.from)
        return Error {tr("Cannot build the operations report: the period is empty.")};

    Builder b(db, filter, trace);
    int done = 0;
    const auto step = [&]() -> bool {
        ++done;
        if (progress)
            progress(done, steps);
        return !(cancel && cancel->load());
    };
    const Error cancelled {tr("Cancelled.")};
    const QString where = b.shipmentFilter();

    Report report;
    report.name = name();
    report.title = tr("Operations report");
    report.from = filter.from;
    report.to = filter.to;
    report.generatedAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    if (!filter.carriers.isEmpty()) {
        QStringList names;
        for (const QString &c : filter.carriers)
            names << carrierLabel(c);
        report.filters << tr("Carriers: %1").arg(names.join(u", "_s));
    }
    if (!filter.destinationCountry.isEmpty())
        report.filters << tr("Destination: %1").arg(filter.destinationCountry);

    // 1. Volume: parcels shipped per day and carrier. The per-day table the triggers keep
    // (schema 8) has them unless the destination matters.
    std::map<QString, qint64> shippedByCarrier;
    std::map<qint64, qint64> shippedByDay;
    const QString volume = filter.destinationCountry.isEmpty()
        ? u"SELECT s.day, s.carrier, sum(s.shipments) FROM shipment_daily s WHERE s.day >= "
          "CAST(:from AS BIGINT) / 86400000 AND s.day < CAST(:until AS BIGINT) / 86400000 AND "
          "s.direction = 'outbound'"_s
            + where + u" GROUP BY 1, 2"_s
        : u"SELECT s.shipped_at / 86400000, s.carrier, count(*) FROM shipments s "
          "WHERE s.shipped_at >= :from AND s.shipped_at < :until AND "
          "s.direction = 'outbound'"_s
            + where + u" GROUP BY 1, 2"_s;
    if (!b.run(volume))
        return b.failure();
    while (b.m_q.next()) {
        const qint64 n = b.m_q.value(2).toLongLong();
        shippedByDay[b.m_q.value(0).toLongLong()] += n;
        shippedByCarrier[b.m_q.value(1).toString()] += n;
    }
    qint64 shipped = 0;
    for (const auto &[carrier, n] : shippedByCarrier)
        shipped += n;
    if (!step())
        return cancelled;

    // 2. Deliveries, one row each: transit, promise, attempts, where it was handed over.
    std::vector<Delivery> deliveries;
    QHash<QString, QString> laneLabels; // "DE|AT" → "DE → AT": one label per lane, not per parcel
    QHash<QString, QString> carrierIds; // one string per carrier, shared by its parcels
    if (!b.run(u"SELECT s.carrier, coalesce(s.origin_country, ''), coalesce(s.dest_country, ''), "
               "s.delivered_at, s.delivered_at - s.shipped_at, s.promised_at IS NOT NULL, "
               "s.promised_at IS NOT NULL AND s.delivered_at <= (CASE WHEN s.promised_at % "
               "86400000 = 0 THEN s.promised_at + 86399999 ELSE s.promised_at END), "
               "s.failed_attempts, s.sub_status IN ('PickedUp', 'DeliveredToLocker') "
               "FROM shipments s WHERE s.delivered_at >= :from AND s.delivered_at < :until "
               "AND s.direction = 'outbound'"_s
            + where))
        return b.failure();
    while (b.m_q.next()) {
        Delivery d;
        const QString carrier = b.m_q.value(0).toString();
        auto known = carrierIds.constFind(carrier);
        if (known == carrierIds.cend())
            known = carrierIds.insert(carrier, carrier);
        d.carrier = *known;
        const QString origin = b.m_q.value(1).toString();
        const QString destination = b.m_q.value(2).toString();
        const QString laneKey = origin + u'|' + destination;
        auto lane = laneLabels.constFind(laneKey);
        if (lane == laneLabels.cend())
            lane = laneLabels.insert(laneKey, laneLabel(origin, destination));
        d.lane = *lane;
        d.day = b.m_q.value(3).toLongLong() / msPerDay;
        d.transitDays = std::max(0.0, double(b.m_q.value(4).toLongLong()) / double(msPerDay));
        d.promised = b.m_q.value(5).toBool();
        d.onTime = b.m_q.value(6).toBool();
        d.failedAttempts = b.m_q.value(7).toLongLong();
        d.firstAttempt = d.failedAttempts == 0;
        d.pickup = b.m_q.value(8).toBool();
        deliveries.push_back(std::move(d));
    }
    DeliveryStats all;
    std::map<QString, DeliveryStats> byCarrier;
    std::map<std::pair<QString, QString>, DeliveryStats> byCarrierLane; // (carrier, lane)
    std::map<qint64, qint64> deliveredByDay;
    for (const Delivery &d : deliveries) {
        all.add(d);
        byCarrier[d.carrier].add(d);
        byCarrierLane[{d.carrier, d.lane}].add(d);
        ++deliveredByDay[d.day];
    }
    if (!step())
        return cancelled;

    {
        ReportSection s;
        s.key = u"volume"_s;
        s.title = tr("Parcel volume by day");
        s.description = tr("Outbound parcels shipped and delivered on each day of the period.");
        s.columns = {column(tr("Day"), CellType::Date), column(tr("Shipped"), CellType::Integer),
            column(tr("Delivered"), CellType::Integer)};
        for (QDate day = filter.from; day <= filter.to; day = day.addDays(1)) {
            const qint64 n = epoch.daysTo(day);
            const auto sh = shippedByDay.find(n);
            const auto de = deliveredByDay.find(n);
            s.rows << QVariantList {day, sh == shippedByDay.end() ? 0 : sh->second,
                de == deliveredByDay.end() ? 0 : de->second};
        }
        ReportChart chart;
        chart.kind = ReportChart::Kind::Line;
        chart.labelColumn = 0;
        chart.valueColumns = {1, 2};
        s.chart = chart;
        report.sections << s;
    }

    {
        ReportSection s;
        s.key = u"carriers"_s;
        s.title = tr("Delivery performance by carrier");
        s.description = tr("Volume shipped in the period; on-time rate, first-attempt rate and "
                           "door-to-door transit time of the parcels delivered in it. On time "
                           "counts the parcels that had a promise: a promised day holds all "
                           "that day, a promised time until that time.");
        s.columns = {column(tr("Carrier"), CellType::Text),
            column(tr("Shipped"), CellType::Integer), column(tr("Delivered"), CellType::Integer),
            column(tr("On time"), CellType::Percent),
            column(tr("First attempt"), CellType::Percent),
            column(tr("Transit p50"), CellType::Days), column(tr("Transit p90"), CellType::Days)};
        std::set<QString> carriers;
        for (const auto &[c, n] : shippedByCarrier)
            carriers.insert(c);
        for (const auto &[c, stats] : byCarrier)
            carriers.insert(c);
        for (const QString &c : carriers) {
            DeliveryStats &stats = byCarrier[c];
            const auto sh = shippedByCarrier.find(c);
            s.rows << QVariantList {carrierLabel(c), sh == shippedByCarrier.end() ? 0 : sh->second,
                stats.delivered, stats.onTimeRate(), stats.firstAttemptRate(), stats.p(0.5),
                stats.p(0.9)};
        }
        s.chart = bars(0, {3});
        report.sections << s;
    }

    {
        ReportSection s;
        s.key = u"lanes"_s;
        s.title = tr("Transit time by carrier and lane");
        s.description = tr("Days from shipping to delivery of the parcels delivered in the "
                           "period, per carrier and lane (origin \u2192 destination country).");
        s.columns = {column(tr("Carrier"), CellType::Text), column(tr("Lane"), CellType::Text),
            column(tr("Delivered"), CellType::Integer), column(tr("Transit p50"), CellType::Days),
            column(tr("Transit p90"), CellType::Days), column(tr("On time"), CellType::Percent)};
        for (auto &[key, stats] : byCarrierLane) {
            s.rows << QVariantList {carrierLabel(key.first), key.second, stats.delivered,
                stats.p(0.5), stats.p(0.9), stats.onTimeRate()};
        }
        report.sections << s;
    }

    {
        // Lanes at least two carriers served well enough to compare, busiest lane first.
        std::map<QString, std::vector<std::pair<QString, DeliveryStats *>>> lanes;
        for (auto &[key, stats] : byCarrierLane) {
            if (stats.delivered >= scorecardMinimum)
                lanes[key.second].emplace_back(key.first, &stats);
        }
        std::vector<std::pair<qint64, QString>> order;
        for (const auto &[lane, carriers] : lanes) {
            if (carriers.size() < 2)
                continue;
            qint64 n = 0;
            for (const auto &[c, stats] : carriers)
                n += stats->delivered;
            order.emplace_back(n, lane);
        }
        std::sort(order.begin(), order.end(), [](const auto &x, const auto &y) {
            return x.first != y.first ? x.first > y.first : x.second < y.second;
        });
        ReportSection s;
        s.key = u"scorecard"_s;
        s.title = tr("Carrier scorecard on shared lanes");
        s.description = tr("Carriers compared on the same lanes, so that a carrier serving "
                           "harder destinations is not judged against easier ones. A lane is "
                           "listed when at least two carriers delivered %n parcels or more on it; "
                           "the carriers are ranked by on-time rate, then transit time.",
            nullptr, int(scorecardMinimum));
        s.columns = {column(tr("Lane"), CellType::Text), column(tr("Rank"), CellType::Integer),
            column(tr("Carrier"), CellType::Text), column(tr("Delivered"), CellType::Integer),
            column(tr("On time"), CellType::Percent),
            column(tr("First attempt"), CellType::Percent),
            column(tr("Transit p50"), CellType::Days), column(tr("Transit p90"), CellType::Days)};
        for (const auto &[n, lane] : order) {
            auto carriers = lanes[lane];
            std::sort(carriers.begin(), carriers.end(), [](const auto &x, const auto &y) {
                const QVariant ox = x.second->onTimeRate();
                const QVariant oy = y.second->onTimeRate();
                const double rx = ox.isValid() ? ox.toDouble() : -1;
                const double ry = oy.isValid() ? oy.toDouble() : -1;
                if (rx != ry)
                    return rx > ry;
                return x.second->p(0.5).toDouble() < y.second->p(0.5).toDouble();
            });
            int rank = 0;
            for (auto &[c, stats] : carriers) {
                s.rows << QVariantList {lane, ++rank, carrierLabel(c), stats->delivered,
                    stats->onTimeRate(), stats->firstAttemptRate(), stats->p(0.5), stats->p(0.9)};
            }
        }
        report.sections << s;
    }

    // 3. Exceptions: the kinds of exception and failed-attempt scans of the period's parcels.
    qint64 withException = 0;
    {
        // Each parcel's kinds once; the parcels with any kind are counted here as well.
        if (!b.run(u"SELECT DISTINCT s.id, e.status_tag, e.sub_status FROM shipments s "
                   "JOIN tracking_events e ON e.shipment_id = s.id WHERE s.shipped_at >= :from "
                   "AND s.shipped_at < :until AND s.direction = 'outbound'"_s
                + where + u" AND e.status_tag IN ('Exception', 'AttemptFail')"_s))
            return b.failure();
        std::map<std::pair<QString, QString>, qint64> kinds; // (tag, sub-status) → parcels
        QSet<qint64> troubled;
        while (b.m_q.next()) {
            troubled.insert(b.m_q.value(0).toLongLong());
            ++kinds[{b.m_q.value(1).toString(), b.m_q.value(2).toString()}];
        }
        withException = troubled.size();
        std::vector<std::pair<std::pair<QString, QString>, qint64>> sorted(
            kinds.cbegin(), kinds.cend());
        std::sort(sorted.begin(), sorted.end(), [](const auto &x, const auto &y) {
            return x.second != y.second ? x.second > y.second : x.first < y.first;
        });
        ReportSection s;
        s.key = u"exceptions"_s;
        s.title = tr("Exceptions by kind");
        s.description = tr("Parcels shipped in the period that had at least one scan of each "
                           "kind, and their share of the parcels shipped. A parcel with two "
                           "kinds counts in both rows.");
        s.columns = {column(tr("Kind"), CellType::Text), column(tr("Parcels"), CellType::Integer),
            column(tr("Share of shipped"), CellType::Percent, 2)};
        for (const auto &[kind, n] : sorted) {
            const Status status = Status::fromColumns(kind.first, kind.second);
            s.rows << QVariantList {StatusText::full(status), n, ratio(n, shipped)};
        }
        s.chart = bars(0, {1});
        report.sections << s;
    }
    if (!step())
        return cancelled;

    // 4. Problem cases: opened and resolved in the period, by kind.
    qint64 casesOpened = 0;
    qint64 casesResolved = 0;
    std::vector<double> allResolveDays;
    {
        struct KindRow
        {
            qint64 opened = 0;
            qint64 resolved = 0;
            qint64 openAtEnd = 0;
            std::vector<double> days;
        };
        std::map<QString, KindRow> kinds;
        if (!b.run(u"SELECT pc.kind, count(*) FROM problem_cases pc JOIN shipments s ON s.id = "
                   "pc.shipment_id WHERE pc.opened_at >= :from AND pc.opened_at < :until"_s
                + where + u" GROUP BY 1"_s))
            return b.failure();
        while (b.m_q.next())
            kinds[b.m_q.value(0).toString()].opened = b.m_q.value(1).toLongLong();
        if (!b.run(u"SELECT pc.kind, pc.resolved_at - pc.opened_at FROM problem_cases pc JOIN "
                   "shipments s ON s.id = pc.shipment_id WHERE pc.resolved_at >= :from AND "
                   "pc.resolved_at < :until"_s
                + where))
            return b.failure();
        while (b.m_q.next()) {
            KindRow &k = kinds[b.m_q.value(0).toString()];
            ++k.resolved;
            const double days = std::max(0.0, double(b.m_q.value(1).toLongLong()) / msPerDay);
            k.days.push_back(days);
            allResolveDays.push_back(days);
        }
        if (!b.run(u"SELECT pc.kind, count(*) FROM problem_cases pc JOIN shipments s ON s.id = "
                   "pc.shipment_id WHERE pc.opened_at < :until AND (pc.resolved_at IS NULL OR "
                   "pc.resolved_at >= :until)"_s
                + where + u" GROUP BY 1"_s))
            return b.failure();
        while (b.m_q.next())
            kinds[b.m_q.value(0).toString()].openAtEnd = b.m_q.value(1).toLongLong();

        ReportSection s;
        s.key = u"cases"_s;
        s.title = tr("Problem cases");
        s.description = tr("Cases opened in the period, cases resolved in it with the time from "
                           "opening to resolution, and the cases still open at its end.");
        s.columns = {column(tr("Kind"), CellType::Text), column(tr("Opened"), CellType::Integer),
            column(tr("Resolved"), CellType::Integer),
            column(tr("Open at the end"), CellType::Integer),
            column(tr("Time to resolve p50"), CellType::Days),
            column(tr("Time to resolve p90"), CellType::Days)};
        std::vector<std::pair<QString, KindRow *>> rows;
        for (auto &[kind, row] : kinds)
            rows.emplace_back(kind, &row);
        std::sort(rows.begin(), rows.end(), [](const auto &x, const auto &y) {
            return x.second->opened != y.second->opened ? x.second->opened > y.second->opened
                                                        : x.first < y.first;
        });
        for (auto &[kind, row] : rows) {
            const auto k = problemKindFromString(kind);
            casesOpened += row->opened;
            casesResolved += row->resolved;
            s.rows << QVariantList {k ? ProblemCaseText::kindLabel(*k) : kind, row->opened,
                row->resolved, row->openAtEnd,
                row->days.empty() ? QVariant() : QVariant(percentile(row->days, 0.5)),
                row->days.empty() ? QVariant() : QVariant(percentile(row->days, 0.9))};
        }
        s.chart = bars(0, {1, 2});
        report.sections << s;
    }
    if (!step())
        return cancelled;

    // 5. Contacts, per carrier of the parcel they were about, per 100 parcels shipped.
    qint64 contacts = 0;
    {
        std::map<QString, qint64> byCarrierContacts;
        if (!b.run(u"SELECT coalesce(s.carrier, ''), count(*) FROM contacts c LEFT JOIN "
                   "shipments s ON s.id = c.shipment_id WHERE c.occurred_at >= :from AND "
                   "c.occurred_at < :until"_s
                + where + u" GROUP BY 1"_s))
            return b.failure();
        while (b.m_q.next()) {
            byCarrierContacts[b.m_q.value(0).toString()] = b.m_q.value(1).toLongLong();
            contacts += b.m_q.value(1).toLongLong();
        }
        ReportSection s;
        s.key = u"contacts"_s;
        s.title = tr("Customer contacts (WISMO)");
        s.description = tr("Calls, e-mails and chats logged in the period about a parcel of "
                           "each carrier, per 100 parcels the carrier shipped in it. Contacts "
                           "about an order without a parcel have their own row.");
        s.columns = {column(tr("Carrier"), CellType::Text),
            column(tr("Contacts"), CellType::Integer), column(tr("Shipped"), CellType::Integer),
            column(tr("Contacts per 100 parcels"), CellType::Decimal, 2)};
        std::set<QString> carriers;
        for (const auto &[c, n] : shippedByCarrier)
            carriers.insert(c);
        for (const auto &[c, n] : byCarrierContacts)
            carriers.insert(c);
        for (const QString &c : carriers) {
            const qint64 n = byCarrierContacts.count(c) ? byCarrierContacts[c] : 0;
            const qint64 sh = shippedByCarrier.count(c) ? shippedByCarrier[c] : 0;
            s.rows << QVariantList {carrierLabel(c), n, c.isEmpty() ? QVariant() : QVariant(sh),
                sh > 0 ? QVariant(100.0 * double(n) / double(sh)) : QVariant()};
        }
        s.chart = bars(0, {3});
        report.sections << s;

        ReportSection r;
        r.key = u"contact_reasons"_s;
        r.title = tr("Contacts by reason");
        r.description = tr("Why customers got in touch in the period.");
        r.columns = {column(tr("Reason"), CellType::Text),
            column(tr("Contacts"), CellType::Integer), column(tr("Share"), CellType::Percent)};
        if (!b.run(u"SELECT c.reason, count(*) FROM contacts c LEFT JOIN shipments s ON s.id = "
                   "c.shipment_id WHERE c.occurred_at >= :from AND c.occurred_at < :until"_s
                + where + u" GROUP BY 1 ORDER BY 2 DESC, 1"_s))
            return b.failure();
        while (b.m_q.next()) {
            const qint64 n = b.m_q.value(1).toLongLong();
            r.rows << QVariantList {
                Contact::reasonLabel(b.m_q.value(0).toString()), n, ratio(n, contacts)};
        }
        report.sections << r;
    }
    if (!step())
        return cancelled;

    // 6. Returns, over every carrier: rate and reasons by category, where graded items went.
    ReturnsDashboardFilter rf;
    rf.from = filter.from;
    rf.to = filter.to;
    const auto returns = ReturnsDashboardQuery::load(db, rf, trace);
    if (!returns)
        return Error {tr("Cannot build the operations report: %1").arg(returns.error().message)};
    {
        const QString scope = b.filtered()
            ? tr(" Returns are not per carrier or destination: these figures are for every "
                 "parcel.")
            : QString();
        ReportSection s;
        s.key = u"return_rates"_s;
        s.title = tr("Return rate by category");
        s.description = tr("Items returned (lines of returns registered in the period) against "
                           "items delivered in it.")
            + scope;
        s.columns = {column(tr("Category"), CellType::Text),
            column(tr("Items delivered"), CellType::Integer),
            column(tr("Items returned"), CellType::Integer),
            column(tr("Return rate"), CellType::Percent)};
        for (const auto &c : returns->returnRates)
            s.rows << QVariantList {c.category, c.itemsDelivered, c.itemsReturned,
                ratio(c.itemsReturned, c.itemsDelivered)};
        const auto &t = returns->allCategories;
        if (!returns->returnRates.isEmpty())
            s.rows << QVariantList {tr("All categories"), t.itemsDelivered, t.itemsReturned,
                ratio(t.itemsReturned, t.itemsDelivered)};
        s.chart = bars(0, {3});
        s.chart->lastRowIsTotal = !returns->returnRates.isEmpty();
        report.sections << s;

        ReportSection r;
        r.key = u"return_reasons"_s;
        r.title = tr("Return reasons");
        r.description = tr("Why items came back, by category: quantities of the lines of the "
                           "returns registered in the period, and their share of the "
                           "category's returned items.")
            + scope;
        r.columns = {column(tr("Category"), CellType::Text), column(tr("Reason"), CellType::Text),
            column(tr("Items"), CellType::Integer), column(tr("Share"), CellType::Percent)};
        for (const auto &reason : returns->reasons)
            r.rows << QVariantList {reason.category,
                ReturnRepository::reasonLabel(reason.reasonCode), reason.quantity, reason.share};
        report.sections << r;
    }
    if (!step())
        return cancelled;

    // 7. Apologies: proactive messages sent in the period, with their vouchers.
    qint64 apologies = 0;
    double voucherCost = 0;
    QString costCurrency;
    {
        // A message's parcels: those it told about, or (before schema 11) its one parcel.
        const QString parcelFilter = b.filtered()
            ? u" AND EXISTS (SELECT 1 FROM shipments s WHERE (s.id = m.shipment_id OR s.id IN "
              "(SELECT mp.shipment_id FROM message_parcels mp WHERE mp.message_id = m.id))"_s
                + where + u')'
            : QString();
        // What the rules chose, or for a message from before they said, what its kind says.
        const QString action = u"coalesce(nullif(m.action, ''), CASE WHEN m.kind LIKE "
                               "'%voucher' THEN 'voucher' WHEN m.kind LIKE '%apology%' THEN "
                               "'apologise' ELSE 'inform' END)"_s;
        if (!b.run(u"SELECT "_s + action
                + u", count(*), count(DISTINCT m.customer_id), count(v.id), "
                  "coalesce(sum(v.value_cents), 0), coalesce(sum(v.cost_cents), 0), "
                  "coalesce(v.currency, '') FROM messages m LEFT JOIN vouchers v ON "
                  "v.message_id = m.id WHERE m.state = 'sent' AND m.sent_at >= :from AND "
                  "m.sent_at < :until AND m.kind IN ("_s
                + ApologyRepository::proactiveKindsSql() + u')' + parcelFilter
                + u" GROUP BY 1, 7 ORDER BY 1, 7"_s))
            return b.failure();
        struct Row
        {
            QString action;
            qint64 messages = 0;
            qint64 customers = 0;
            qint64 vouchers = 0;
            qint64 valueCents = 0;
            qint64 costCents = 0;
            QString currency;
        };
        QList<Row> rows;
        std::set<QString> currencies;
        while (b.m_q.next()) {
            Row row;
            row.action = b.m_q.value(0).toString();
            row.messages = b.m_q.value(1).toLongLong();
            row.customers = b.m_q.value(2).toLongLong();
            row.vouchers = b.m_q.value(3).toLongLong();
            row.valueCents = b.m_q.value(4).toLongLong();
            row.costCents = b.m_q.value(5).toLongLong();
            row.currency = b.m_q.value(6).toString();
            if (!row.currency.isEmpty())
                currencies.insert(row.currency);
            apologies += row.messages;
            rows << row;
        }
        const bool oneCurrency = currencies.size() <= 1;
        costCurrency = currencies.size() == 1 ? *currencies.begin() : QString();
        ReportSection s;
        s.key = u"apologies"_s;
        s.title = tr("Apologies and vouchers");
        s.description = tr("Proactive messages sent in the period by what the rules chose, the "
                           "customers they reached, and the vouchers they carried: their face "
                           "value and what they cost.");
        ReportColumn value = column(tr("Voucher value"), CellType::Money);
        ReportColumn cost = column(tr("Voucher cost"), CellType::Money);
        value.unit = cost.unit = costCurrency;
        s.columns = {column(tr("Message"), CellType::Text),
            column(tr("Messages sent"), CellType::Integer),
            column(tr("Customers"), CellType::Integer), column(tr("Vouchers"), CellType::Integer),
            value, cost};
        if (!oneCurrency)
            s.columns << column(tr("Currency"), CellType::Text);
        for (const Row &row : std::as_const(rows)) {
            QVariantList cells {actionLabel(row.action), row.messages, row.customers, row.vouchers,
                row.vouchers > 0 ? QVariant(double(row.valueCents) / 100.0) : QVariant(),
                row.vouchers > 0 ? QVariant(double(row.costCents) / 100.0) : QVariant()};
            if (!oneCurrency)
                cells << row.currency;
            s.rows << cells;
            if (oneCurrency)
                voucherCost += double(row.costCents) / 100.0;
        }
        report.sections << s;
    }
    if (!step())
        return cancelled;

    // 8. Customer rating, by the carrier of the order's (first) parcel.
    qint64 ratings = 0;
    qint64 satisfied = 0;
    {
        struct Rating
        {
            qint64 count = 0;
            qint64 sum = 0;
            qint64 satisfied = 0; // 4 or 5
            qint64 unhappy = 0; // 1 or 2
        };
        std::map<QString, Rating> byCarrierRating;
        if (!b.run(u"SELECT coalesce(s.carrier, ''), f.rating FROM feedback f LEFT JOIN "
                   "shipments s ON s.id = (SELECT min(x.id) FROM shipments x WHERE x.order_id = "
                   "f.order_id AND x.direction = 'outbound') WHERE f.submitted_at >= :from AND "
                   "f.submitted_at < :until"_s
                + where))
            return b.failure();
        while (b.m_q.next()) {
            Rating &r = byCarrierRating[b.m_q.value(0).toString()];
            const int rating = b.m_q.value(1).toInt();
            ++r.count;
            r.sum += rating;
            r.satisfied += rating >= 4;
            r.unhappy += rating <= 2;
            ++ratings;
            satisfied += rating >= 4;
        }
        ReportSection s;
        s.key = u"csat"_s;
        s.title = tr("Customer rating by carrier");
        s.description = ratings == 0
            ? tr("No customer feedback was submitted in the period. Import it with "
                 "File \u2192 Import \u2192 Customer feedback or parceldeskctl import feedback.")
            : tr("Ratings (1 to 5) customers gave their order in the period, by the carrier of "
                 "its parcel. CSAT is the share of ratings of 4 or 5.");
        s.columns = {column(tr("Carrier"), CellType::Text),
            column(tr("Ratings"), CellType::Integer),
            column(tr("Average rating"), CellType::Decimal, 2),
            column(tr("CSAT"), CellType::Percent), column(tr("Rated 1 or 2"), CellType::Percent)};
        for (const auto &[c, r] : byCarrierRating)
            s.rows << QVariantList {carrierLabel(c), r.count, double(r.sum) / double(r.count),
                ratio(r.satisfied, r.count), ratio(r.unhappy, r.count)};
        s.chart = bars(0, {3});
        report.sections << s;
    }
    if (!step())
        return cancelled;

    // 9. Sustainability.
    const qint64 extraTrips = all.failedAttempts;
    {
        const auto &disp = returns->dispositions;
        const auto &pack = returns->packaging;
        ReportSection s;
        s.key = u"sustainability"_s;
        s.title = tr("Sustainability");
        s.description = tr("Graded returned items that were resold, refurbished, donated or "
                           "recycled instead of thrown away; returns that arrived in packaging "
                           "fit to use again; deliveries that needed another trip; and "
                           "deliveries to pickup points and lockers, which save trips to the "
                           "door.");
        s.columns = {column(tr("Measure"), CellType::Text), column(tr("Count"), CellType::Integer),
            column(tr("Out of"), CellType::Integer), column(tr("Share"), CellType::Percent)};
        s.rows << QVariantList {tr("Returned items kept out of landfill"),
            disp.decided - disp.landfill, disp.decided,
            ratio(disp.decided - disp.landfill, disp.decided)};
        s.rows << QVariantList {tr("Returns in reusable packaging"), pack.reusable, pack.lookedAt,
            ratio(pack.reusable, pack.lookedAt)};
        s.rows << QVariantList {tr("Deliveries that needed another attempt"),
            all.delivered - all.firstAttempt, all.delivered,
            ratio(all.delivered - all.firstAttempt, all.delivered)};
        s.rows << QVariantList {
            tr("Extra trips for failed attempts"), extraTrips, all.delivered, QVariant()};
        s.rows << QVariantList {tr("Delivered to a pickup point or locker"), all.pickup,
            all.delivered, ratio(all.pickup, all.delivered)};
        report.sections << s;
    }
    step();

    // The headline figures.
    const auto figure = [&](const QString &key, const QString &label, const QVariant &value,
                            CellType type, int decimals = 1, const QString &unit = {}) {
        ReportFigure f;
        f.key = key;
        f.label = label;
        f.value = value;
        f.format.type = type;
        f.format.decimals = decimals;
        f.format.unit = unit;
        report.figures << f;
    };
    figure(u"shipped"_s, tr("Parcels shipped"), shipped, CellType::Integer);
    figure(u"delivered"_s, tr("Parcels delivered"), all.delivered, CellType::Integer);
    figure(u"on_time"_s, tr("On time"), all.onTimeRate(), CellType::Percent);
    figure(u"transit_p50"_s, tr("Transit time, p50"), all.p(0.5), CellType::Days);
    figure(u"transit_p90"_s, tr("Transit time, p90"), all.p(0.9), CellType::Days);
    figure(u"first_attempt"_s, tr("Delivered at the first attempt"), all.firstAttemptRate(),
        CellType::Percent);
    figure(u"exception_rate"_s, tr("Parcels with an exception or a failed attempt"),
        ratio(withException, shipped), CellType::Percent);
    figure(u"cases_opened"_s, tr("Problem cases opened"), casesOpened, CellType::Integer);
    figure(u"cases_resolved"_s, tr("Problem cases resolved"), casesResolved, CellType::Integer);
    figure(u"time_to_resolve"_s, tr("Time to resolve, p50"),
        allResolveDays.empty() ? QVariant() : QVariant(percentile(allResolveDays, 0.5)),
        CellType::Days);
    figure(u"contacts_per_100"_s, tr("Contacts per 100 parcels"),
        shipped > 0 ? QVariant(100.0 * double(contacts) / double(shipped)) : QVariant(),
        CellType::Decimal, 2);
    figure(u"return_rate"_s, tr("Return rate of items"),
        ratio(returns->allCategories.itemsReturned, returns->allCategories.itemsDelivered),
        CellType::Percent);
    figure(u"apologies"_s, tr("Proactive messages sent"), apologies, CellType::Integer);
    figure(u"voucher_cost"_s, tr("Voucher cost"),
        costCurrency.isEmpty() && voucherCost == 0 ? QVariant() : QVariant(voucherCost),
        CellType::Money, 2, costCurrency);
    figure(u"csat"_s, tr("CSAT, rated 4 or 5"), ratio(satisfied, ratings), CellType::Percent);
    figure(u"kept_out_of_landfill"_s, tr("Returned items kept out of landfill"),
        ratio(returns->dispositions.decided - returns->dispositions.landfill,
            returns->dispositions.decided),
        CellType::Percent);
    figure(u"pickup_share"_s, tr("Delivered to pickup points and lockers"),
        ratio(all.pickup, all.delivered), CellType::Percent);
    return report;
}

} // namespace ParcelDesk
