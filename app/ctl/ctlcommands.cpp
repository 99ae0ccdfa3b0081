#include "ctlcommands.h"

#include "store/storecopy.h"

#include "buildinfo.h"
#include "carriers/carrieradapter.h"
#include "carriers/carrierjson.h"
#include "carriers/carrierregistry.h"
#include "carriers/carriersession.h"
#include "carriers/parsedjson.h"
#include "carriers/trackingnumber.h"
#include "carriersandbox.h"
#include "datagen/demodatagenerator.h"
#include "diagnostics/diagnostics.h"
#include "polling/pollingengine.h"
#include "store/database.h"
#include "store/shipmentrepository.h"
#include "store/storewriter.h"
#include "store/trackingeventrepository.h"
#include "terminalprogress.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

std::atomic_bool CtlCommands::interrupted = false;

void CtlCommands::onInterrupt(int /*signal*/)
{
    interrupted = true;
}

void CtlCommands::printLine(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", qPrintable(text));
}

QCommandLineOption CtlCommands::dbOption()
{
    return QCommandLineOption(u"db"_s,
        CtlCommands::tr("The ParcelDesk database: a file, or a team's PostgreSQL database as "
                        "postgresql://user@host:port/dbname (the password comes from the "
                        "keychain or PGPASSFILE, never from the command line)."),
        u"file-or-url"_s);
}

Result<Database> CtlCommands::openExisting(const QString &path)
{
    if (!ServerLocation::isServerUrl(path) && !QFile::exists(path))
        return Error {tr("There is no database %1; give the file the console uses, or make a demo "
                         "with parceldeskctl demo-seed.")
                          .arg(path)};
    return Database::open(path);
}

int CtlCommands::usage(int exitCode)
{
    printLine(exitCode == 0 ? stdout : stderr,
        tr("Usage: parceldeskctl <command> [options]\n\n"
           "Commands:\n"
           "  demo-seed   Create a demo database with generated shipments\n"
           "  info        Show a database's schema version and contents\n"
           "  parse       Read a carrier's tracking answer from a file, print it as JSON lines\n"
           "  recognize   Tell which carriers a tracking number can belong to\n"
           "  sandbox     Run the carrier sandbox: simulated carrier APIs on loopback\n"
           "  carriers    List, configure and test carrier accounts and their credentials\n"
           "  poll        Ask the carriers about every shipment that is due (--once or "
           "--daemon)\n"
           "  eval-eta    Measure the delivery-date prediction on real orders (Olist)\n"
           "  cases       Open problem cases by the rules, or try a rule on past days\n"
           "  contacts    Log a customer's contact about a parcel, list a parcel's contacts\n"
           "  delivery-options\n"
           "              List what the carrier offers to change about a parcel's delivery,\n"
           "              record a customer's request for one of those changes\n"
           "  wismo       Find a customer's order as the WISMO desk does, print the answer\n"
           "  outbox      Send the messages to customers that are due, list the outbox\n"
           "  apologies   Proactive apologies: candidates, drafts, approval, guardrails\n"
           "  returns     The return policy, and what it says about an order\n"
           "  eval-returns\n"
           "              Backtest the returns inflow forecast over the last weeks\n"
           "  consent     A customer's consent to proactive messages, per channel\n"
           "  templates   List, show, edit or reset the message templates, preview one with an\n"
           "              order's data\n"
           "  vouchers    Import voucher codes, list them, show or set the monthly budget\n"
           "  import      Import orders (Shopify's export or any CSV), shipments and customer\n"
           "              feedback from CSV or JSON lines; save column mappings as profiles\n"
           "  purge       Erase a person's data everywhere (GDPR), or that of customers whose\n"
           "              last order is older than the retention period\n"
           "  export-customer\n"
           "              Write everything held about a person as JSON (GDPR)\n"
           "  privacy     Show or set the retention period for personal data\n"
           "  export      Write a report over a period as CSV, XLSX or PDF (no display "
           "needed)\n"
           "  copy        Copy a ParcelDesk file into a team's PostgreSQL database\n"
           "  password    Keep a team database's password in the keychain\n"
           "  team        Team roles on a PostgreSQL database: set up, add or remove a user,\n"
           "              show the connected user's role\n"
           "  watch       Follow what others change in a team's database, as a console does\n\n"
           "Commands that use a database take --db FILE, or --db postgresql://user@host:port/"
           "dbname for a team's database. Run parceldeskctl <command> --help for its "
           "options."));
    return exitCode;
}

int CtlCommands::run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return usage(2);
    const QString &command = arguments.at(1);
    if (command == u"--version" || command == u"-v") {
        printLine(stdout, u"parceldeskctl "_s + Diagnostics::build());
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
    if (command == u"parse")
        return parse(rest);
    if (command == u"recognize")
        return recognize(rest);
    if (command == u"sandbox")
        return sandbox(rest);
    if (command == u"poll")
        return poll(rest);
    if (command == u"carriers")
        return carriers(rest);
    if (command == u"eval-eta")
        return evalEta(rest);
    if (command == u"cases")
        return cases(rest);
    if (command == u"contacts")
        return contacts(rest);
    if (command == u"delivery-options")
        return deliveryOptions(rest);
    if (command == u"wismo")
        return wismo(rest);
    if (command == u"outbox")
        return outbox(rest);
    if (command == u"templates")
        return templates(rest);
    if (command == u"vouchers")
        return vouchers(rest);
    if (command == u"apologies")
        return apologies(rest);
    if (command == u"eval-returns")
        return evalReturns(rest);
    if (command == u"returns")
        return returns(rest);
    if (command == u"consent")
        return consent(rest);
    if (command == u"purge")
        return purge(rest);
    if (command == u"export-customer")
        return exportCustomer(rest);
    if (command == u"privacy")
        return privacy(rest);
    if (command == u"export")
        return exportReport(rest);
    if (command == u"import")
        return importData(rest);
    if (command == u"copy")
        return copyStore(rest);
    if (command == u"password")
        return password(rest);
    if (command == u"team")
        return team(rest);
    if (command == u"watch")
        return watch(rest);
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
    // A team's server gets the demo through a file of its own, copied over in one go.
    const bool server = ServerLocation::isServerUrl(parser.value(db));
    QTemporaryDir staging;
    const QString file = server ? staging.filePath(u"demo.sqlite"_s) : parser.value(db);
    if (server && !staging.isValid()) {
        printLine(stderr, tr("demo-seed: no temporary folder for the demo file."));
        return 1;
    }
    const auto result = DemoDataGenerator::seed(
        file, options, [&](qint64 done, qint64 total) { progress.update(done, total); },
        &interrupted);
    progress.finish();
    if (!result) {
        printLine(stderr, result.error().message);
        return 1;
    }
    if (server) {
        const auto demo = Database::open(file);
        const auto target = demo ? Database::open(parser.value(db)) : demo;
        if (!target) {
            printLine(stderr, target.error().message);
            return 1;
        }
        TerminalProgress copying(tr("Copying"));
        const auto copied = StoreCopy::copy(*demo, *target, options.replace, &interrupted,
            [&](const QString &, int done, int total) { copying.update(done, total); });
        copying.finish();
        if (!copied) {
            printLine(stderr, copied.error().message);
            return 1;
        }
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
    if (!ServerLocation::isServerUrl(parser.value(db)) && !QFileInfo::exists(parser.value(db))) {
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
    printLine(stdout, tr("Database: %1").arg(opened->displayName()));
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

namespace ParcelDesk {

int CtlCommands::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads a carrier's tracking answer (the HTTP body) from FILE and prints what ParcelDesk "
           "makes of it as JSON lines: one object per event, then per shipment, then per error."));
    parser.addHelpOption();
    QStringList ids;
    for (const CarrierAdapter *a : carrierAdapters())
        ids << a->id();
    const QCommandLineOption carrier(u"carrier"_s,
        tr("The carrier: %1, or auto to recognise the answer's shape.").arg(ids.join(u", "_s)),
        u"name"_s, u"auto"_s);
    const QCommandLineOption status(
        u"status"_s, tr("The HTTP status the answer came with."), u"code"_s, u"200"_s);
    parser.addOptions({carrier, status});
    parser.addPositionalArgument(u"file"_s, tr("The answer's body; - reads standard input."));
    parser.process(arguments);

    auto fail = [](const QString &kind, const QString &message) {
        const QJsonObject o {{u"type"_s, u"error"_s}, {u"kind"_s, kind}, {u"message"_s, message}};
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        std::fprintf(stderr, "parse: %s\n", qPrintable(message));
        return 2;
    };
    if (parser.positionalArguments().size() != 1)
        return fail(u"usage"_s, tr("give exactly one FILE (or - for standard input)."));
    const QString path = parser.positionalArguments().first();
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(u"unreadable"_s, tr("cannot read %1: %2").arg(path, file.errorString()));
    // Read one byte past the limit so an oversized answer is recognised without reading it all.
    const QByteArray body = file.read(CarrierJson::maxBodyBytes + 1);

    bool ok = false;
    const int httpStatus = parser.value(status).toInt(&ok);
    if (!ok || httpStatus < 100 || httpStatus > 599)
        return fail(u"usage"_s,
            tr("--status must be an HTTP status such as 200, not \"%1\".")
                .arg(parser.value(status)));
    const QString name = parser.value(carrier);
    const CarrierAdapter *adapter
        = name == u"auto" ? recognizeCarrierPayload(body) : carrierAdapter(name);
    if (!adapter) {
        return fail(u"unknown_carrier"_s,
            name == u"auto"
                ? tr("%1 does not look like the answer of any carrier ParcelDesk "
                     "knows; name one with --carrier.")
                      .arg(path)
                : tr("unknown carrier \"%1\"; ParcelDesk knows %2.").arg(name, ids.join(u", "_s)));
    }
    const ParseResult result = adapter->parse(CarrierResponse {httpStatus, {}, body});
    for (const QJsonObject &line : parseResultToJsonLines(adapter->id(), result))
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    const bool unusable = result.shipments.isEmpty()
        && std::any_of(result.errors.cbegin(), result.errors.cend(),
            [](const CarrierError &e) { return e.kind == CarrierErrorKind::Malformed; });
    return unusable ? 2 : 0;
}

int CtlCommands::recognize(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Tells which carriers a tracking number can belong to, "
                                        "checking each format's check digit."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        u"number"_s, tr("A tracking number, as pasted (spaces and dashes are fine)."));
    parser.process(arguments);
    if (parser.positionalArguments().isEmpty()) {
        printLine(stderr, tr("recognize: give at least one tracking number."));
        return 2;
    }
    int exitCode = 0;
    for (const QString &input : parser.positionalArguments()) {
        const auto r = recognizeTrackingNumber(input);
        QJsonArray candidates;
        for (const auto &c : r.candidates) {
            candidates.append(QJsonObject {{u"carrier"_s, c.carrier}, {u"format"_s, c.format},
                {u"check_digit_verified"_s, c.checkDigitVerified}});
        }
        const QJsonObject o {
            {u"input"_s, input}, {u"normalized"_s, r.normalized}, {u"candidates"_s, candidates}};
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        if (r.candidates.isEmpty())
            exitCode = 1;
    }
    return exitCode;
}

int CtlCommands::sandbox(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs the carrier sandbox on 127.0.0.1: the carriers' own tracking APIs, answered from "
           "simulated journeys on a virtual clock, with faults on demand. Stops on Ctrl+C."));
    parser.addHelpOption();
    const QCommandLineOption port(
        u"port"_s, tr("The port to listen on (0: any free port)."), u"port"_s, u"0"_s);
    const QCommandLineOption speed(
        u"speed"_s, tr("Virtual seconds per real second."), u"factor"_s, u"1"_s);
    const QCommandLineOption faults(u"faults"_s,
        tr("Faults to inject, e.g. dhl:429=30@0.2,gls:5xx@0.1,*:slow=2000 "
           "(429, quota, 5xx, slow, timeout, malformed, token-expiry)."),
        u"spec"_s);
    parser.addOptions({port, speed, faults});
    parser.process(arguments);

    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535) {
        printLine(stderr,
            tr("sandbox: --port must be a port number, not \"%1\".").arg(parser.value(port)));
        return 2;
    }
    Sandbox::CarrierSandbox::Options options;
    options.speed = parser.value(speed).toDouble(&ok);
    if (!ok || options.speed <= 0) {
        printLine(stderr,
            tr("sandbox: --speed must be a positive number, not \"%1\".").arg(parser.value(speed)));
        return 2;
    }
    Sandbox::CarrierSandbox server(options);
    if (parser.isSet(faults)) {
        const auto set = server.setFaults(parser.value(faults));
        if (!set) {
            printLine(stderr, tr("sandbox: %1").arg(set.error().message));
            return 2;
        }
    }
    if (server.listen(quint16(portValue)) == 0) {
        printLine(stderr, tr("sandbox: cannot listen on port %1.").arg(portValue));
        return 1;
    }
    const CarrierCredentials c = server.credentials();
    printLine(stdout,
        tr("Carrier sandbox at %1, each carrier below its id (e.g. %1/dhl): %2. Credentials: API "
           "key %3; client %4 / %5; user %6 / %7; account %8. Ctrl+C stops it.")
            .arg(server.baseUrl().toString(), Sandbox::CarrierSandbox::carriers().join(u", "_s),
                c.apiKey, c.clientId, c.clientSecret, c.username, c.password, c.accountNumber));
    std::fflush(stdout);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QTimer stopper;
    QObject::connect(&stopper, &QTimer::timeout, [] {
        if (interrupted)
            QCoreApplication::quit();
    });
    stopper.start(200);
    QCoreApplication::exec();
    const QStringList carriers = Sandbox::CarrierSandbox::carriers();
    for (const QString &carrier : carriers)
        printLine(stdout, tr("%1: %2 calls").arg(carrier).arg(server.requestCount(carrier)));
    return 0;
}

} // namespace ParcelDesk
