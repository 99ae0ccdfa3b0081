// Console benchmark: the Overview's and the Shipments page's queries on a large database, each
// beside the sqlite3 command-line shell running the same SQL (parameters written in) in the same
// run. Usage: bench_console (--db FILE | --shipments N) [--runs R] [--json FILE]
#include "benchresults.h"
#include "datagen/demodatagenerator.h"
#include "store/database.h"
#include "store/overviewquery.h"
#include "store/shipmentlistquery.h"

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
#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Milliseconds of each run of one statement in the sqlite3 shell (its own ".timer").
double shellMs(const QString &path, const QString &sql, int runs)
{
    QString script = u".timer on\n.output /dev/null\n"_s;
    for (int i = 0; i < runs + 1; ++i) // the first warms the cache, as on our side
        script += sql + u";\n"_s;
    QProcess shell;
    shell.start(u"sqlite3"_s, {u"-batch"_s, path});
    if (!shell.waitForStarted())
        qFatal("the sqlite3 shell does not start (Debian package sqlite3)");
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const QString out = QString::fromUtf8(shell.readAllStandardOutput());
    static const QRegularExpression real(u"Run Time: real ([0-9.]+)"_s);
    std::vector<double> times;
    for (auto it = real.globalMatch(out); it.hasNext();)
        times.push_back(it.next().captured(1).toDouble() * 1000.0);
    if (times.size() != size_t(runs + 1))
        qFatal("sqlite3 shell: %s %s", qPrintable(out),
            qPrintable(QString::fromUtf8(shell.readAllStandardError())));
    times.erase(times.begin());
    return median(times);
}

// The same for a set of statements run one after another: the total per round.
double shellTotalMs(const QString &path, const QStringList &statements, int runs)
{
    QString script = u".timer on\n.output /dev/null\n"_s;
    for (int i = 0; i < runs + 1; ++i) {
        for (const QString &sql : statements)
            script += sql + u";\n"_s;
    }
    QProcess shell;
    shell.start(u"sqlite3"_s, {u"-batch"_s, path});
    if (!shell.waitForStarted())
        qFatal("the sqlite3 shell does not start (Debian package sqlite3)");
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const QString out = QString::fromUtf8(shell.readAllStandardOutput());
    static const QRegularExpression real(u"Run Time: real ([0-9.]+)"_s);
    std::vector<double> each;
    for (auto it = real.globalMatch(out); it.hasNext();)
        each.push_back(it.next().captured(1).toDouble() * 1000.0);
    const size_t n = size_t(statements.size());
    if (each.size() != n * size_t(runs + 1))
        qFatal("sqlite3 shell: %s %s", qPrintable(out),
            qPrintable(QString::fromUtf8(shell.readAllStandardError())));
    std::vector<double> totals;
    for (int r = 1; r <= runs; ++r) {
        double total = 0;
        for (size_t i = 0; i < n; ++i)
            total += each[size_t(r) * n + i];
        totals.push_back(total);
    }
    return median(totals);
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
