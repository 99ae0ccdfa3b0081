#include "ctlcommands.h"

#include "buildinfo.h"
#include "datagen/demodatagenerator.h"
#include "store/database.h"
#include "store/shipmentrepository.h"
#include "store/trackingeventrepository.h"
#include "terminalprogress.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

std::atomic_bool interrupted = false;

void onInterrupt(int /*signal*/)
{
    interrupted = true;
}

void printLine(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", qPrintable(text));
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(u"db"_s, CtlCommands::tr("The ParcelDesk database file."), u"file"_s);
}

} // namespace

int CtlCommands::usage(int exitCode)
{
    printLine(exitCode == 0 ? stdout : stderr,
        tr("Usage: parceldeskctl <command> [options]\n\n"
           "Commands:\n"
           "  demo-seed   Create a demo database with generated shipments\n"
           "  info        Show a database's schema version and contents\n\n"
           "Every command takes --db FILE. Run parceldeskctl <command> --help for its "
           "options."));
    return exitCode;
}

int CtlCommands::run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return usage(2);
    const QString &command = arguments.at(1);
    if (command == u"--version" || command == u"-v") {
        printLine(stdout, u"parceldeskctl " PARCELDESK_VERSION ""_s);
        return 0;
    }
    if (command == u"--help" || command == u"-h" || command == u"help")
        return usage(0);
    QStringList rest = arguments.mid(1);
    rest[0] = u"parceldeskctl "_s + command;
    if (command == u"demo-seed")
        return demoSeed(rest);
    if (command == u"info")
        return info(rest);
    printLine(stderr, tr("Unknown command \"%1\".").arg(command));
    return usage(2);
}

int CtlCommands::demoSeed(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates a demo database: customers, orders, shipments with "
           "their tracking events, problem cases and returns over the "
           "last 90 days, plus today's parcels in flight."));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption shipments(u"shipments"_s,
        tr("Outbound shipments to generate (returns come on top)."), u"n"_s, u"10000"_s);
    const QCommandLineOption seed(
        u"seed"_s, tr("Random seed: the same seed and --now give the same data."), u"s"_s, u"1"_s);
    const QCommandLineOption now(
        u"now"_s, tr("The moment the data ends, as ISO 8601 UTC (default: now)."), u"time"_s);
    const QCommandLineOption replace(
        u"replace"_s, tr("Overwrite a database that already holds shipments."));
    parser.addOptions({db, shipments, seed, now, replace});
    parser.process(arguments);

    if (!parser.isSet(db)) {
        printLine(stderr, tr("demo-seed: --db FILE is required."));
        return 2;
    }
    bool ok = false;
    DemoSeedOptions options;
    options.shipments = parser.value(shipments).toLongLong(&ok);
    if (!ok || options.shipments < 1) {
        printLine(stderr,
            tr("demo-seed: --shipments must be a positive whole number, not \"%1\".")
                .arg(parser.value(shipments)));
        return 2;
    }
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        printLine(stderr,
            tr("demo-seed: --seed must be a whole number, not \"%1\".").arg(parser.value(seed)));
        return 2;
    }
    if (parser.isSet(now)) {
        QDateTime t = QDateTime::fromString(parser.value(now), Qt::ISODate);
        if (t.isValid() && t.timeSpec() == Qt::LocalTime)
            t = QDateTime(t.date(), t.time(), Qt::UTC); // documented as UTC: same file everywhere
        if (!t.isValid()) {
            printLine(stderr,
                tr("demo-seed: --now must be an ISO 8601 time such as "
                   "2026-11-22T12:00:00Z, not \"%1\".")
                    .arg(parser.value(now)));
            return 2;
        }
        options.nowMs = t.toMSecsSinceEpoch();
    }
    options.replace = parser.isSet(replace);

    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    TerminalProgress progress(tr("Seeding"));
    QElapsedTimer timer;
    timer.start();
    const auto result = DemoDataGenerator::seed(
        parser.value(db), options, [&](qint64 done, qint64 total) { progress.update(done, total); },
        &interrupted);
    progress.finish();
    if (!result) {
        printLine(stderr, result.error().message);
        return 1;
    }
    const QLocale locale;
    printLine(stdout,
        tr("Wrote %1 shipments (%2 returns), %3 tracking events, %4 orders, %5 customers, "
           "%6 problem cases and %7 return cases to %8 in %9 s.")
            .arg(locale.toString(result->shipments), locale.toString(result->returnShipments),
                locale.toString(result->events), locale.toString(result->orders),
                locale.toString(result->customers), locale.toString(result->problemCases),
                locale.toString(result->returns), parser.value(db),
                locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1)));
    return 0;
}

int CtlCommands::info(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows a database's schema version and what it holds."));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    parser.addOption(db);
    parser.process(arguments);
    if (!parser.isSet(db)) {
        printLine(stderr, tr("info: --db FILE is required."));
        return 2;
    }
    if (!QFileInfo::exists(parser.value(db))) {
        printLine(stderr, tr("info: there is no database at %1.").arg(parser.value(db)));
        return 1;
    }
    const auto opened = Database::open(parser.value(db));
    if (!opened) {
        printLine(stderr, opened.error().message);
        return 1;
    }
    const QLocale locale;
    const ShipmentRepository shipments(*opened);
    const TrackingEventRepository events(*opened);
    printLine(stdout, tr("Database: %1").arg(opened->path()));
    printLine(stdout, tr("Schema version: %1").arg(opened->schemaVersion()));
    printLine(stdout, tr("Shipments: %1").arg(locale.toString(shipments.count())));
    printLine(stdout, tr("Tracking events: %1").arg(locale.toString(events.count())));
    for (int t = 0; t < statusTagCount; ++t) {
        const auto tag = static_cast<StatusTag>(t);
        printLine(stdout,
            u"  %1: %2"_s.arg(tagToString(tag), locale.toString(shipments.countWithStatus(tag))));
    }
    opened->releaseConnection();
    return 0;
}

} // namespace ParcelDesk
