// Console benchmark: the Overview's and the Shipments page's queries on a large database, each
// beside the sqlite3 command-line shell running the same SQL (parameters written in) in the same
// run. Usage: bench_console (--db FILE | --shipments N) [--runs R] [--json FILE]
#include "benchresults.h"
#include "datagen/demodatagenerator.h"
#include "reports/operationsreport.h"
#include "rules/returnsforecast.h"
#include "store/database.h"
#include "store/overviewquery.h"
#include "store/returnlistquery.h"
#include "store/returnsdashboardquery.h"
#include "store/shipmentlistquery.h"
#include "store/wismosearch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <functional>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Runs a script in the sqlite3 shell with its timer on and returns the time of each statement,
// in milliseconds; stops the benchmark when there are not `expected` of them.
std::vector<double> shellTimings(const QString &path, const QString &statements, size_t expected)
{
    QProcess shell;
    shell.start(u"sqlite3"_s, {u"-batch"_s, path});
    if (!shell.waitForStarted())
        qFatal("the sqlite3 shell does not start (Debian package sqlite3)");
    shell.write((u".timer on\n.output /dev/null\n"_s + statements).toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const QString out = QString::fromUtf8(shell.readAllStandardOutput());
    static const QRegularExpression real(u"Run Time: real ([0-9.]+)"_s);
    std::vector<double> times;
    for (auto it = real.globalMatch(out); it.hasNext();)
        times.push_back(it.next().captured(1).toDouble() * 1000.0);
    if (times.size() != expected)
        qFatal("sqlite3 shell: %zu timings for %zu statements: %s %s", times.size(), expected,
            qPrintable(out.left(2000)),
            qPrintable(QString::fromUtf8(shell.readAllStandardError())));
    return times;
}

// Milliseconds of each run of one statement in the sqlite3 shell (its own ".timer").
double shellMs(const QString &path, const QString &sql, int runs)
{
    QString script;
    for (int i = 0; i < runs + 1; ++i) // the first warms the cache, as on our side
        script += sql + u";\n"_s;
    std::vector<double> times = shellTimings(path, script, size_t(runs + 1));
    times.erase(times.begin());
    return median(times);
}

// The same for a set of statements run one after another: the total per round.
double shellTotalMs(const QString &path, const QStringList &statements, int runs)
{
    QString script;
    for (int i = 0; i < runs + 1; ++i) {
        for (const QString &sql : statements)
            script += sql + u";\n"_s;
    }
    const size_t n = size_t(statements.size());
    const std::vector<double> each = shellTimings(path, script, n * size_t(runs + 1));
    std::vector<double> totals;
    for (int r = 1; r <= runs; ++r) {
        double total = 0;
        for (size_t i = 0; i < n; ++i)
            total += each[size_t(r) * n + i];
        totals.push_back(total);
    }
    return median(totals);
}

// Per group of statements (one search each), its total in the shell. A first round warms the
// cache; in the second each group runs `repeats` times in a row and counts its mean, as the
// shell's timer only shows whole milliseconds.
std::vector<double> shellGroupsMs(const QString &path, const std::vector<QStringList> &groups)
{
    constexpr int repeats = 10;
    QString script;
    size_t statements = 0;
    for (const QStringList &group : groups) {
        for (const QString &sql : group)
            script += sql + u";\n"_s;
        statements += size_t(group.size());
    }
    for (const QStringList &group : groups) {
        for (int r = 0; r < repeats; ++r) {
            for (const QString &sql : group)
                script += sql + u";\n"_s;
        }
    }
    const std::vector<double> each = shellTimings(path, script, (1 + repeats) * statements);
    std::vector<double> totals;
    size_t at = statements;
    for (const QStringList &group : groups) {
        double total = 0;
        for (qsizetype i = 0; i < group.size() * repeats; ++i)
            total += each[at++];
        totals.push_back(total / repeats);
    }
    return totals;
}

// The p-th percentile (0..1) of the values: the smallest value at least that share is below.
double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t rank = size_t(std::ceil(p * double(v.size())));
    return v[std::min(v.size() - 1, rank == 0 ? 0 : rank - 1)];
}

// What 1,000 callers say, drawn from the database with a fixed seed: tracking numbers exactly,
// spaced and in lower case, and their beginnings; order numbers with and without their letters;
// e-mail addresses and their beginnings; phone numbers in international and national form;
// postcodes; names whole, with a typo, with the city, and half typed.
QStringList wismoQueries(const QSqlDatabase &db, int count)
{
    std::mt19937_64 rng(7);
    QSqlQuery q(db);
    q.exec(u"SELECT max(id) FROM shipments"_s);
    q.next();
    const qint64 maxShipment = q.value(0).toLongLong();
    q.exec(u"SELECT max(id) FROM customers"_s);
    q.next();
    const qint64 maxCustomer = q.value(0).toLongLong();
    q.finish();
    const auto pick = [&](qint64 max) { return qint64(rng() % quint64(max)) + 1; };
    const auto row = [&](const QString &sql, qint64 id) {
        QSqlQuery r(db);
        r.prepare(sql);
        r.addBindValue(id);
        QStringList values;
        if (r.exec() && r.next()) {
            for (int i = 0; i < r.record().count(); ++i)
                values << r.value(i).toString();
        }
        return values;
    };
    QStringList queries;
    while (queries.size() < count) {
        const int kind = int(queries.size() % 20);
        if (kind < 5) { // tracking numbers
            const QStringList s
                = row(u"SELECT tracking_number FROM shipments WHERE id = ?"_s, pick(maxShipment));
            if (s.isEmpty())
                continue;
            const QString n = s[0];
            queries << (kind == 0 ? n
                    : kind == 1   ? n.left(4) + u' ' + n.mid(4, 4) + u' ' + n.mid(8).toLower()
                    : kind == 2   ? n.left(10)
                                  : n);
            continue;
        }
        const QStringList c = row(u"SELECT c.name, c.email, c.phone, c.postcode, c.city, "
                                  "(SELECT order_number FROM orders WHERE customer_id = c.id "
                                  "LIMIT 1) FROM customers c WHERE c.id = ?"_s,
            pick(maxCustomer));
        if (c.isEmpty() || c[5].isEmpty())
            continue;
        const QString &name = c[0], &email = c[1], &phone = c[2], &postcode = c[3], &city = c[4],
                      &order = c[5];
        const QString last = name.section(u' ', -1);
        switch (kind) {
        case 5:
            queries << order;
            break;
        case 6:
            queries << QString(order).remove(u"PD-0"_s); // the digits a caller reads out
            break;
        case 7:
            queries << order.toLower().remove(u'-').left(8); // half typed
            break;
        case 8:
            queries << email;
            break;
        case 9:
            queries << email.left(email.indexOf(u'.') + 3);
            break;
        case 10:
            queries << phone;
            break;
        case 11: { // national form: 0 and the number without the country code
            const QStringList parts = phone.split(u' ');
            queries << (parts.size() > 2 && !phone.startsWith(u"+1 "_s)
                    ? u'0' + parts.mid(1).join(u'-')
                    : phone);
            break;
        }
        case 12:
            queries << postcode;
            break;
        case 13:
        case 14:
            queries << name;
            break;
        case 15: { // a typo: two letters of the last name swapped
            QString typo = last;
            if (typo.size() > 4)
                std::swap(typo[2], typo[3]);
            queries << name.section(u' ', 0, -2) + u' ' + typo;
            break;
        }
        case 16:
            queries << last + u' ' + city;
            break;
        case 17:
            queries << name.left(name.indexOf(u' ') + 4); // "Anna Mül"
            break;
        case 18:
            queries << last + u' ' + postcode;
            break;
        default:
            queries << last;
            break;
        }
    }
    return queries;
}

double oursMs(const std::function<void()> &run, int runs)
{
    run(); // warm
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

struct Case
{
    QString label;
    ShipmentFilter filter;
    ShipmentSort sort;
    QVariantList after;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, u"An existing database."_s, u"file"_s);
    const QCommandLineOption shipmentsOption(u"shipments"_s,
        u"Seed a demo database with this many shipments first."_s, u"n"_s, u"1030000"_s);
    const QCommandLineOption runsOption(
        u"runs"_s, u"Runs per query; the median counts."_s, u"n"_s, u"7"_s);
    const QCommandLineOption consoleOption(u"console"_s,
        u"The parceldesk binary, for first paint and memory (skipped without it)."_s, u"file"_s);
    const QCommandLineOption jsonOption(
        u"json"_s, u"Merge the results into this JSON file."_s, u"file"_s);
    parser.addOptions({dbOption, shipmentsOption, runsOption, consoleOption, jsonOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString json = parser.value(jsonOption);

    QTemporaryDir dir;
    QString path = parser.value(dbOption);
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        if (path.isEmpty())
            path = dir.filePath(u"bench.sqlite"_s);
        DemoSeedOptions options;
        options.shipments = parser.value(shipmentsOption).toLongLong();
        options.nowMs = QDateTime::currentMSecsSinceEpoch();
        std::printf("Seeding %lld shipments into %s …\n", options.shipments, qPrintable(path));
        std::fflush(stdout);
        const auto seeded = DemoDataGenerator::seed(path, options);
        if (!seeded)
            qFatal("%s", qPrintable(seeded.error().message));
    }
    const auto opened = Database::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    int exitCode = 0;
    {
        const QSqlDatabase db = opened->connection();
        QSqlQuery q(db);
        q.exec(
            u"SELECT (SELECT count(*) FROM shipments), (SELECT count(*) FROM tracking_events)"_s);
        q.next();
        const qint64 shipments = q.value(0).toLongLong();
        const qint64 events = q.value(1).toLongLong();
        q.finish();
        std::printf(
            "%s: %lld shipments, %lld tracking events\n", qPrintable(path), shipments, events);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();

        const auto pageOf = [&](const Case &c) {
            return ShipmentListQuery::page(db, c.filter, c.sort, c.after, 200, now);
        };
        const auto measure = [&](const Case &c, double *ours, double *shell) {
            *ours = oursMs(
                [&] {
                    const auto page = pageOf(c);
                    if (!page || page->isEmpty())
                        qFatal("%s: no rows", qPrintable(c.label));
                },
                runs);
            // The shell runs the statement our side chose, without the look that chose it.
            *shell = shellMs(path,
                ShipmentListQuery::pageStatement(
                    c.filter, c.sort, c.after, 200, now, ShipmentListQuery::textMatch(db, c.filter))
                    .withLiterals(),
                runs);
            std::printf(
                "  %-44s %8.1f ms   sqlite3 shell %8.1f ms\n", qPrintable(c.label), *ours, *shell);
            std::fflush(stdout);
        };

        // The first page, newest first, as the page opens.
        double firstOurs = 0, firstShell = 0;
        measure({u"first page"_s, {}, {}, {}}, &firstOurs, &firstShell);

        // Deep pages: the key of the row half-way down, for each sort order.
        double deepWorst = 0, deepWorstShell = 0;
        for (const auto key : {ShipmentSortKey::Shipped, ShipmentSortKey::TrackingNumber,
                 ShipmentSortKey::Carrier, ShipmentSortKey::Status, ShipmentSortKey::Destination,
                 ShipmentSortKey::Promised, ShipmentSortKey::Delivered}) {
            const ShipmentSort sort {key, key == ShipmentSortKey::Shipped};
            // Walk there as a user scrolling would, a page at a time would take too long: take the
            // key of the row at the middle straight from SQL.
            auto firstPage = ShipmentListQuery::page(db, {}, sort, {}, 1, now);
            const auto probe = ShipmentListQuery::pageStatement({}, sort, {}, 1, now);
            QSqlQuery middle(db);
            QString sql = probe.sql;
            middle.prepare(sql.replace(u"LIMIT 1"_s, u"LIMIT 1 OFFSET %1"_s.arg(shipments / 2)));
            for (auto it = probe.binds.cbegin(); it != probe.binds.cend(); ++it)
                middle.bindValue(it.key(), it.value());
            if (!middle.exec() || !middle.next())
                qFatal("no middle row");
            QVariantList after;
            const int keys = int(firstPage->first().sortKey.size());
            for (int i = 0; i < keys; ++i)
                after << middle.value(ShipmentListQuery::rowColumnCount + 1 + i);
            middle.finish();
            double ours = 0, shell = 0;
            measure({u"page at row %1, sorted by key %2"_s.arg(shipments / 2).arg(int(key)), {},
                        sort, after},
                &ours, &shell);
            if (ours > deepWorst) {
                deepWorst = ours;
                deepWorstShell = shell;
            }
        }

        // Filter changes: the first page of each.
        std::vector<Case> filters;
        const auto add
            = [&](const QString &label, const std::function<void(ShipmentFilter &)> &set) {
                  Case c;
                  c.label = label;
                  set(c.filter);
                  filters.push_back(c);
              };
        add(u"carrier gls"_s, [](ShipmentFilter &f) { f.carriers = {u"gls"_s}; });
        add(u"status in transit"_s, [](ShipmentFilter &f) { f.statusTags = {u"InTransit"_s}; });
        add(u"status exception"_s, [](ShipmentFilter &f) { f.statusTags = {u"Exception"_s}; });
        add(u"destination AT"_s, [](ShipmentFilter &f) { f.destinationCountries = {u"AT"_s}; });
        add(u"late"_s, [](ShipmentFilter &f) { f.lateOnly = true; });
        add(u"with open case"_s, [](ShipmentFilter &f) { f.withOpenCase = true; });
        add(u"fedex, late, with open case"_s, [](ShipmentFilter &f) {
            f.carriers = {u"fedex"_s};
            f.lateOnly = true;
            f.withOpenCase = true;
        });
        add(u"quick filter 00340434 (DHL's common prefix)"_s,
            [](ShipmentFilter &f) { f.text = u"00340434"_s; });
        q.exec(u"SELECT tracking_number FROM shipments ORDER BY id LIMIT 1"_s);
        q.next();
        const QString oldest = q.value(0).toString();
        q.finish();
        add(u"quick filter: the oldest parcel's number"_s,
            [oldest](ShipmentFilter &f) { f.text = oldest; });
        add(u"quick filter: an order number"_s,
            [](ShipmentFilter &f) { f.text = u"PD-0100012"_s; });
        add(u"shipped last 7 days, DPD"_s, [now](ShipmentFilter &f) {
            f.shippedFromMs = now - 7 * 86'400'000LL;
            f.carriers = {u"dpd"_s};
        });
        double filterWorst = 0, filterWorstShell = 0;
        QString filterWorstLabel;
        for (const Case &c : filters) {
            double ours = 0, shell = 0;
            measure(c, &ours, &shell);
            if (ours > filterWorst) {
                filterWorst = ours;
                filterWorstShell = shell;
                filterWorstLabel = c.label;
            }
        }
        // The total shown beside the table comes separately, after the rows.
        std::vector<double> countTimes;
        for (const Case &c : filters) {
            countTimes.push_back(oursMs(
                [&] {
                    if (!ShipmentListQuery::count(db, c.filter, now))
                        qFatal("count failed");
                },
                3));
        }
        std::printf(
            "  counts of those filters: median %.1f ms, slowest %.1f ms (shown when ready)\n",
            median(countTimes), *std::max_element(countTimes.begin(), countTimes.end()));

        // The Overview: every tile, both charts, the carrier filter off and on.
        double overviewWorst = 0, overviewWorstShell = 0;
        for (const QString &carrier : {QString(), u"dhl"_s}) {
            OverviewOptions options;
            options.nowMs = now;
            options.todayStartMs = QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch();
            options.carrier = carrier;
            options.days = 90;
            QList<ShipmentListQuery::Statement> trace;
            if (!OverviewQuery::load(db, options, &trace))
                qFatal("the overview does not load");
            const double ours = oursMs(
                [&] {
                    if (!OverviewQuery::load(db, options))
                        qFatal("the overview does not load");
                },
                runs);
            QStringList statements;
            for (const auto &st : std::as_const(trace))
                statements << st.withLiterals();
            if (qEnvironmentVariableIsSet("PARCELDESK_BENCH_SQL")) {
                for (const QString &st : std::as_const(statements))
                    std::printf("%s;\n", qPrintable(st));
            }
            const double shell = shellTotalMs(path, statements, runs);
            std::printf("  %-44s %8.1f ms   sqlite3 shell %8.1f ms (%lld statements)\n",
                qPrintable(
                    u"overview, 90 days, carrier %1"_s.arg(carrier.isEmpty() ? u"any"_s : carrier)),
                ours, shell, qlonglong(statements.size()));
            std::fflush(stdout);
            if (ours > overviewWorst) {
                overviewWorst = ours;
                overviewWorstShell = shell;
            }
        }

        // The Returns page's figures: the dashboard over 4 and 13 weeks, all warehouses and the
        // biggest, without the forecast (timed on its own: it reads the whole history into
        // memory, nothing the shell could run).
        double returnsWorst = 0, returnsWorstShell = 0;
        QString returnsWorstLabel;
        for (const int weeks : {4, 13}) {
            for (const QString &warehouse : {QString(), u"DE"_s}) {
                ReturnsDashboardFilter filter;
                filter.to = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
                filter.from = filter.to.addDays(1 - 7 * weeks);
                filter.warehouse = warehouse;
                QList<ShipmentListQuery::Statement> trace;
                if (!ReturnsDashboardQuery::load(db, filter, &trace))
                    qFatal("the returns dashboard does not load");
                const double ours = oursMs(
                    [&] {
                        if (!ReturnsDashboardQuery::load(db, filter))
                            qFatal("the returns dashboard does not load");
                    },
                    runs);
                QStringList statements;
                for (const auto &st : std::as_const(trace))
                    statements << st.withLiterals();
                const double shell = shellTotalMs(path, statements, runs);
                const QString label = u"returns dashboard, %1 weeks, %2"_s.arg(weeks).arg(
                    warehouse.isEmpty() ? u"all warehouses"_s : warehouse);
                std::printf("  %-44s %8.1f ms   sqlite3 shell %8.1f ms (%lld statements)\n",
                    qPrintable(label), ours, shell, qlonglong(statements.size()));
                std::fflush(stdout);
                if (ours > returnsWorst) {
                    returnsWorst = ours;
                    returnsWorstShell = shell;
                    returnsWorstLabel = label;
                }
            }
        }
        double forecastMs = 0; // printed, not a figure: nothing to compare it with
        {
            QElapsedTimer t;
            t.start();
            const auto history = ReturnsHistory::load(db);
            if (!history)
                qFatal("the returns history does not load");
            (void)ReturnsForecast::forecast(
                *history, QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date(), 14);
            forecastMs = double(t.nsecsElapsed()) / 1e6;
            std::printf("  %-44s %8.1f ms   (%lld deliveries, %lld returns)\n",
                "returns forecast, 14 days, from the history", forecastMs,
                qlonglong(history->deliveries.size()), qlonglong(history->returns.size()));
        }
        // The Returns page's list: what waits for someone, newest 500 (printed, not a figure:
        // the list has no statement trace for the shell to run).
        double returnsListMs = 0;
        {
            const auto list = [&] {
                if (!ReturnListQuery::load(db, ReturnListQuery::Filter::NeedsAction, {}, 500))
                    qFatal("the returns list does not load");
            };
            returnsListMs = oursMs(list, runs);
            std::printf(
                "  %-44s %8.1f ms\n", "returns waiting for someone, newest 500", returnsListMs);
        }

        // The WISMO desk's search box: 1,000 mixed queries, each timed; the shell runs the
        // statements each search ran.
        const QStringList queries = wismoQueries(db, 1000);
        WismoSearch search;
        std::vector<QStringList> groups;
        qint64 found = 0, none = 0;
        for (const QString &text : queries) { // warm, and the statements for the shell
            QList<ShipmentListQuery::Statement> trace;
            const auto hits = search.find(db, text, WismoSearch::defaultLimit, &trace);
            if (!hits)
                qFatal("search %s: %s", qPrintable(text), qPrintable(hits.error().message));
            found += hits->size();
            none += hits->isEmpty() ? 1 : 0;
            QStringList group;
            for (const auto &st : std::as_const(trace))
                group << st.withLiterals();
            groups.push_back(group);
        }
        std::vector<double> searchTimes;
        for (const QString &text : queries) {
            QElapsedTimer t;
            t.start();
            if (!search.find(db, text))
                qFatal("search failed");
            searchTimes.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        const std::vector<double> shellSearch = shellGroupsMs(path, groups);
        const double p50 = percentile(searchTimes, 0.50), p95 = percentile(searchTimes, 0.95),
                     p99 = percentile(searchTimes, 0.99);
        const double s50 = percentile(shellSearch, 0.50), s95 = percentile(shellSearch, 0.95),
                     s99 = percentile(shellSearch, 0.99);
        std::printf("  %-44s p50 %6.2f  p95 %6.2f  p99 %6.2f ms   sqlite3 shell p50 %6.2f  p95 "
                    "%6.2f  p99 %6.2f ms (%lld hits, %lld queries found nothing)\n",
            "WISMO search, 1,000 mixed queries", p50, p95, p99, s50, s95, s99, found, none);
        std::fflush(stdout);

        // The operations report over the last 30 days, every carrier, and one carrier to one
        // destination (the per-day tables cannot answer that one).
        double reportWorst = 0, reportWorstShell = 0;
        QString reportWorstLabel;
        for (const bool narrow : {false, true}) {
            OperationsReportFilter filter;
            filter.to = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date().addDays(-1);
            filter.from = filter.to.addDays(-29);
            if (narrow) {
                filter.carriers = {u"dhl"_s};
                filter.destinationCountry = u"DE"_s;
            }
            QList<ShipmentListQuery::Statement> trace;
            if (!OperationsReport::build(db, filter, now, nullptr, {}, &trace))
                qFatal("the operations report does not build");
            const double ours = oursMs(
                [&] {
                    if (!OperationsReport::build(db, filter, now))
                        qFatal("the operations report does not build");
                },
                runs);
            QStringList statements;
            for (const auto &st : std::as_const(trace))
                statements << st.withLiterals();
            const double shell = shellTotalMs(path, statements, runs);
            const QString label = narrow ? u"operations report, 30 days, DHL to DE"_s
                                         : u"operations report, 30 days, every carrier"_s;
            std::printf("  %-44s %8.1f ms   sqlite3 shell %8.1f ms (%lld statements)\n",
                qPrintable(label), ours, shell, qlonglong(statements.size()));
            std::fflush(stdout);
            if (ours > reportWorst) {
                reportWorst = ours;
                reportWorstShell = shell;
                reportWorstLabel = label;
            }
        }

        const QString scale = u"%1 shipments, %2 events"_s.arg(shipments).arg(events);
        bool ok = true;
        const auto atMost = [&](const QString &name, double value, double baseline, double goal,
                                const QString &description) {
            Bench::Figure f;
            f.name = name;
            f.value = value;
            f.unit = u"ms"_s;
            f.baseline = baseline;
            f.goal = goal;
            f.goalIsMaximum = true;
            f.description = description;
            return Bench::report(f, json);
        };
        ok &= atMost(u"overview_refresh_ms"_s, overviewWorst, overviewWorstShell, 100,
            u"every Overview figure and chart (90 days), slower of any carrier and DHL, on %1; "
            "baseline: the sqlite3 shell running the same statements"_s.arg(scale));
        ok &= atMost(u"shipments_first_page_ms"_s, firstOurs, firstShell, 50,
            u"first 200 rows, newest first, on %1; baseline: the sqlite3 shell running the same "
            "SQL; median of %2"_s.arg(scale)
                .arg(runs));
        ok &= atMost(u"shipments_deep_page_ms"_s, deepWorst, deepWorstShell, 50,
            u"200 rows after the middle row, slowest of 7 sort orders, on %1; baseline: the "
            "sqlite3 shell, same SQL"_s.arg(scale));
        ok &= atMost(u"shipments_filter_ms"_s, filterWorst, filterWorstShell, 150,
            u"first page after a filter change, slowest of %1 filters (%2), on %3; baseline: the "
            "sqlite3 shell, same SQL"_s.arg(filters.size())
                .arg(filterWorstLabel, scale));
        const QString wismoDescription
            = u"WISMO search box, %1 of 1,000 mixed queries (tracking and order numbers in any "
              "form, e-mails, phones, postcodes, names with typos), on %2; baseline: the sqlite3 "
              "shell running the statements each search ran"_s;
        ok &= atMost(u"returns_dashboard_ms"_s, returnsWorst, returnsWorstShell, 2000,
            u"every Returns dashboard figure but the forecast, slowest of 4 and 13 weeks, all "
            "warehouses and DE (%1), on %2; read off the GUI thread behind a busy state; "
            "baseline: the sqlite3 shell running the same statements"_s.arg(
                returnsWorstLabel, scale));
        ok &= atMost(u"operations_report_ms"_s, reportWorst, reportWorstShell, 10000,
            u"the operations report (every section), %1, on %2; baseline: the sqlite3 shell "
            "running the same statements"_s.arg(reportWorstLabel, scale));
        ok &= atMost(
            u"wismo_search_p50_ms"_s, p50, s50, 10, wismoDescription.arg(u"median"_s, scale));
        ok &= atMost(u"wismo_search_p95_ms"_s, p95, s95, 20,
            wismoDescription.arg(u"95th percentile"_s, scale));
        ok &= atMost(u"wismo_search_p99_ms"_s, p99, s99, 50,
            wismoDescription.arg(u"99th percentile"_s, scale));
        exitCode = ok ? 0 : 1;
    }
    opened->releaseConnection();

    // The console itself, started afresh (offscreen) on this database and on an empty one.
    const QString console = parser.value(consoleOption);
    if (!console.isEmpty()) {
        const auto startup = [&](const QString &db) {
            std::vector<double> paint, rss;
            for (int i = 0; i < 3; ++i) {
                QProcess p;
                QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
                p.setProcessEnvironment(env);
                p.start(console, {u"--db"_s, db, u"--no-polling"_s, u"--measure-startup"_s});
                p.waitForFinished(120'000);
                const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
                if (p.exitCode() != 0 || o.isEmpty())
                    qFatal("the console did not report its start-up on %s", qPrintable(db));
                paint.push_back(o.value(u"first_paint_ms"_s).toDouble());
                rss.push_back(o.value(u"rss_mb"_s).toDouble());
            }
            return std::pair(median(paint), median(rss));
        };
        const auto [paintFull, rssFull] = startup(path);
        const auto [paintEmpty, rssEmpty] = startup(dir.filePath(u"empty.sqlite"_s));
        std::printf("  %-44s %8.1f ms, %6.1f MB   empty database %6.1f ms, %6.1f MB\n",
            "console start-up", paintFull, rssFull, paintEmpty, rssEmpty);
        Bench::Figure paint;
        paint.name = u"first_paint_ms"_s;
        paint.value = paintFull;
        paint.unit = u"ms"_s;
        paint.baseline = paintEmpty;
        paint.goal = 1000;
        paint.goalIsMaximum = true;
        paint.description = u"process start to the main window's first paint, offscreen, on the "
                            "database above; baseline: the same console on an empty database; "
                            "median of 3"_s;
        Bench::Figure memory = paint;
        memory.name = u"console_rss_mb"_s;
        memory.value = rssFull;
        memory.unit = u"MB"_s;
        memory.baseline = rssEmpty;
        memory.goal = 350;
        memory.description = u"resident memory once the Overview and the Shipments page show "
                             "their data, on the database above; baseline: the same console on "
                             "an empty database; median of 3"_s;
        bool met = Bench::report(paint, json);
        met &= Bench::report(memory, json);
        if (!met)
            exitCode = 1;
    }
    return exitCode;
}
