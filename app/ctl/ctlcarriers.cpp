// parceldeskctl carriers and poll: carrier accounts, their credentials, and polling.
#include "ctlcommands.h"

#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"
#include "carriers/connectiontest.h"
#include "carriers/credentialstore.h"
#include "carriersandbox.h"
#include "polling/pollingaccounts.h"
#include "polling/pollingengine.h"
#include "polling/pollingservice.h"
#include "rules/problemcaserunner.h"
#include "store/carrieraccountrepository.h"
#include "store/database.h"
#include "store/problemrulerepository.h"
#include "store/shipmentrepository.h"
#include "store/storewriter.h"
#include "terminalprogress.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>
#include <QtConcurrent>

#include <csignal>
#include <iostream>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

QString summaryLine(const PollingEngine::Summary &summary)
{
    QStringList errors;
    for (auto it = summary.errorsByKind.cbegin(); it != summary.errorsByKind.cend(); ++it)
        errors << u"%1 %2"_s.arg(it.key()).arg(it.value());
    return CtlCommands::tr("Polled %1 shipments in %2 calls: %3 new events, %4 already known, %5 "
                           "rescheduled; errors: %6.%7")
        .arg(summary.shipments)
        .arg(summary.requests)
        .arg(summary.newEvents)
        .arg(summary.duplicateEvents)
        .arg(summary.deferred)
        .arg(errors.isEmpty() ? CtlCommands::tr("none") : errors.join(u", "_s),
            summary.cancelled ? CtlCommands::tr(" Cancelled; the rest stays due.") : QString());
}

// Fields of CarrierCredentials as they are typed on stdin: "apiKey=…".
bool setCredentialField(CarrierCredentials &c, QStringView name, const QString &value)
{
    if (name == u"apiKey")
        c.apiKey = value;
    else if (name == u"clientId")
        c.clientId = value;
    else if (name == u"clientSecret")
        c.clientSecret = value;
    else if (name == u"username")
        c.username = value;
    else if (name == u"password")
        c.password = value;
    else if (name == u"accountNumber")
        c.accountNumber = value;
    else
        return false;
    return true;
}

void installInterruptHandlers()
{
    std::signal(SIGINT, CtlCommands::onInterrupt);
    std::signal(SIGTERM, CtlCommands::onInterrupt);
}

} // namespace

int CtlCommands::carriers(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Carrier accounts: what to poll, where and how fast. Credentials go to the system "
           "keychain (or, where there is none, a file only you can read), never to the database.\n"
           "  list                      every carrier, its account, calls today and shipments due\n"
           "  set CARRIER               create or change an account (options below)\n"
           "  credentials CARRIER       store credentials read from stdin as field=value lines\n"
           "                            (apiKey, clientId, clientSecret, username, password, "
           "accountNumber)\n"
           "  test CARRIER              one real call with the account: do the credentials work?\n"
           "  remove CARRIER            remove the account and its credentials"));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption baseUrl(
        u"base-url"_s, tr("The API's base URL (default: the carrier's production URL)."), u"url"_s);
    const QCommandLineOption rps(u"rps"_s, tr("Calls per second at most."), u"n"_s);
    const QCommandLineOption quota(u"quota"_s, tr("Calls per UTC day at most (0: none)."), u"n"_s);
    const QCommandLineOption perCall(
        u"per-call"_s, tr("Tracking numbers per call at most."), u"n"_s);
    const QCommandLineOption enable(u"enable"_s, tr("Poll with this account."));
    const QCommandLineOption disable(u"disable"_s, tr("Do not poll with this account."));
    const QCommandLineOption number(
        u"number"_s, tr("The tracking number to test with (default: a sample)."), u"n"_s);
    parser.addOptions({db, baseUrl, rps, quota, perCall, enable, disable, number});
    parser.addPositionalArgument(u"action"_s, tr("list, set, credentials, test or remove"));
    parser.addPositionalArgument(u"carrier"_s, tr("The carrier id, e.g. dhl."));
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, u"list"_s);
    const QString carrier = positional.value(1);
    if (action != u"list" && !carrierAdapter(carrier)) {
        QStringList known;
        for (const CarrierAdapter *a : carrierAdapters())
            known << a->id();
        printLine(stderr, tr("carriers %1: name a carrier: %2.").arg(action, known.join(u", "_s)));
        return 2;
    }
    CredentialStore store({});
    if (action == u"credentials") {
        CarrierCredentials c;
        QTextStream in(stdin);
        int lineNumber = 0;
        QString line;
        while (in.readLineInto(&line)) {
            ++lineNumber;
            if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
                continue;
            const qsizetype eq = line.indexOf(u'=');
            if (eq <= 0
                || !setCredentialField(
                    c, QStringView(line).left(eq).trimmed(), line.mid(eq + 1).trimmed())) {
                printLine(stderr,
                    tr("carriers credentials: stdin line %1 is not field=value with a field of "
                       "apiKey, clientId, clientSecret, username, password, accountNumber.")
                        .arg(lineNumber));
                return 2;
            }
        }
        const Outcome written = store.writeNow(carrier, c);
        if (!written) {
            printLine(stderr, written.error().message);
            return 1;
        }
        printLine(stdout,
            store.backend() == CredentialStore::Backend::Keychain
                ? tr("%1 credentials stored in the system keychain.").arg(carrier)
                : tr("%1 credentials stored in %2 (readable only by you). Warning: no system "
                     "keychain answered (%3).")
                      .arg(carrier, store.filePath(), store.fallbackReason()));
        return 0;
    }

    if (!parser.isSet(db)) {
        printLine(stderr, tr("carriers: --db FILE is required."));
        return 2;
    }
    const auto opened = Database::open(parser.value(db));
    if (!opened) {
        printLine(stderr, opened.error().message);
        return 1;
    }
    CarrierAccountRepository accounts(*opened);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    if (action == u"list") {
        const QHash<QString, int> calls = accounts.callsOnDay(now);
        const QHash<QString, qint64> due = ShipmentRepository(*opened).countDueByCarrier(now);
        printLine(stdout,
            tr("%1 %2 %3 %4 %5 %6")
                .arg(tr("carrier"), -11)
                .arg(tr("account"), -9)
                .arg(tr("calls today"), -16)
                .arg(tr("due"), 8)
                .arg(tr("limits"), -22)
                .arg(tr("base URL")));
        for (const CarrierAdapter *adapter : carrierAdapters()) {
            const auto account = accounts.find(adapter->id());
            const CarrierAccount a = account.value_or(CarrierAccount::forCarrier(adapter->id()));
            const CarrierLimits limits = a.effectiveLimits(*adapter);
            const QString state = !account ? tr("none") : a.enabled ? tr("on") : tr("off");
            const QString used = limits.dailyQuota > 0
                ? u"%1 / %2"_s.arg(calls.value(adapter->id())).arg(limits.dailyQuota)
                : QString::number(calls.value(adapter->id()));
            printLine(stdout,
                u"%1 %2 %3 %4 %5 %6"_s.arg(adapter->id(), -11)
                    .arg(state, -9)
                    .arg(used, -16)
                    .arg(due.value(adapter->id()), 8)
                    .arg(tr("%1/s, %2 per call")
                             .arg(limits.requestsPerSecond)
                             .arg(limits.maxNumbersPerRequest),
                        -22)
                    .arg(a.effectiveBaseUrl(*adapter).toString()));
        }
        opened->releaseConnection();
        return 0;
    }

    if (action == u"set") {
        CarrierAccount a = accounts.find(carrier).value_or(CarrierAccount::forCarrier(carrier));
        bool ok = true;
        if (parser.isSet(baseUrl))
            a.baseUrl = QUrl(parser.value(baseUrl), QUrl::StrictMode);
        if (parser.isSet(rps)) {
            a.requestsPerSecond = parser.value(rps).toDouble(&ok);
            if (!ok) {
                printLine(stderr, tr("carriers set: --rps must be a number."));
                return 2;
            }
        }
        const auto intOption = [&](const QCommandLineOption &o, std::optional<int> &into) {
            if (!parser.isSet(o))
                return true;
            into = parser.value(o).toInt(&ok);
            if (!ok)
                printLine(stderr,
                    tr("carriers set: --%1 must be a whole number.").arg(o.names().first()));
            return ok;
        };
        if (!intOption(quota, a.dailyQuota) || !intOption(perCall, a.maxNumbersPerRequest))
            return 2;
        if (parser.isSet(enable))
            a.enabled = true;
        if (parser.isSet(disable))
            a.enabled = false;
        const Outcome saved = accounts.save(a, now);
        if (!saved) {
            printLine(stderr, saved.error().message);
            return 1;
        }
        printLine(stdout, tr("%1 account saved.").arg(carrier));
        opened->releaseConnection();
        return 0;
    }

    if (action == u"remove") {
        const Outcome removed = accounts.remove(carrier);
        const Outcome forgotten = store.removeNow(carrier);
        if (!removed || !forgotten) {
            printLine(stderr, (!removed ? removed : forgotten).error().message);
            return 1;
        }
        printLine(stdout, tr("%1 account and credentials removed.").arg(carrier));
        opened->releaseConnection();
        return 0;
    }

    if (action == u"test") {
        const CarrierAdapter *adapter = carrierAdapter(carrier);
        const CarrierAccount a
            = accounts.find(carrier).value_or(CarrierAccount::forCarrier(carrier));
        const auto credentials = store.readNow(carrier);
        if (!credentials) {
            printLine(stderr, credentials.error().message);
            return 1;
        }
        if (!credentials->has_value()) {
            printLine(stderr,
                tr("carriers test: no %1 credentials are stored; use parceldeskctl carriers "
                   "credentials %1.")
                    .arg(carrier));
            return 1;
        }
        QNetworkAccessManager network;
        NetworkCarrierTransport transport(&network, 30'000);
        std::optional<ConnectionTest::Outcome> outcome;
        ConnectionTest::run(
            *adapter, a.effectiveBaseUrl(*adapter), **credentials, transport,
            [&](const ConnectionTest::Outcome &o) {
                outcome = o;
                QCoreApplication::quit();
            },
            parser.value(number));
        if (!outcome)
            QCoreApplication::exec();
        printLine(outcome->ok ? stdout : stderr,
            tr("%1 (%2 ms)").arg(outcome->message).arg(outcome->elapsedMs));
        opened->releaseConnection();
        return outcome->ok ? 0 : 1;
    }

    printLine(stderr, tr("carriers: unknown action \"%1\".").arg(action));
    return 2;
}

int CtlCommands::poll(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Asks the carriers about every shipment in the database that is due, most urgent first, "
           "and stores what they say, with the accounts set up by parceldeskctl carriers. "
           "Ctrl+C stops it; what was not asked about stays due."));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption once(u"once"_s, tr("Poll what is due now, then exit."));
    const QCommandLineOption daemon(
        u"daemon"_s, tr("Keep polling: whenever shipments are due, until Ctrl+C or SIGTERM."));
    const QCommandLineOption sandboxOption(u"sandbox"_s,
        tr("Poll an in-process carrier sandbox instead of the carriers (every carrier it "
           "speaks)."));
    const QCommandLineOption speed(u"speed"_s,
        tr("With --sandbox: virtual seconds per real second of its parcels."), u"factor"_s, u"1"_s);
    const QCommandLineOption max(
        u"max"_s, tr("At most this many shipments per run."), u"n"_s, u"10000"_s);
    parser.addOptions({db, once, daemon, sandboxOption, speed, max});
    parser.process(arguments);
    if (!parser.isSet(db)) {
        printLine(stderr, tr("poll: --db FILE is required."));
        return 2;
    }
    if (parser.isSet(once) == parser.isSet(daemon)) {
        printLine(stderr, tr("poll: say --once or --daemon."));
        return 2;
    }
    bool ok = false;
    const int maxShipments = parser.value(max).toInt(&ok);
    if (!ok || maxShipments < 1) {
        printLine(stderr,
            tr("poll: --max must be a positive whole number, not \"%1\".").arg(parser.value(max)));
        return 2;
    }
    Sandbox::CarrierSandbox::Options sandboxOptions;
    sandboxOptions.speed = parser.value(speed).toDouble(&ok);
    if (!ok || sandboxOptions.speed <= 0) {
        printLine(stderr,
            tr("poll: --speed must be a positive number, not \"%1\".").arg(parser.value(speed)));
        return 2;
    }
    const auto opened = Database::open(parser.value(db));
    if (!opened) {
        printLine(stderr, opened.error().message);
        return 1;
    }

    std::unique_ptr<Sandbox::CarrierSandbox> sandboxServer;
    QList<PollingEngine::Account> accounts;
    if (parser.isSet(sandboxOption)) {
        sandboxServer = std::make_unique<Sandbox::CarrierSandbox>(sandboxOptions);
        if (sandboxServer->listen() == 0) {
            printLine(stderr, tr("poll: the carrier sandbox cannot listen on 127.0.0.1."));
            return 1;
        }
        accounts = sandboxServer->pollingAccounts();
    } else {
        CredentialStore store({});
        const PollingAccounts loaded = PollingAccounts::load(*opened, store);
        for (const QString &problem : loaded.problems)
            printLine(stderr, tr("poll: %1").arg(problem));
        if (loaded.accounts.isEmpty()) {
            printLine(stderr,
                tr("poll: no carrier account can be polled; set one up with parceldeskctl "
                   "carriers set and carriers credentials, or use --sandbox."));
            return 2;
        }
        accounts = loaded.accounts;
    }

    StoreWriter writer(*opened);
    installInterruptHandlers();
    QTimer stopper;
    stopper.start(200);

    if (parser.isSet(daemon)) {
        PollingService service(*opened, writer);
        // Business time: the sandbox's clock when it runs faster than real time.
        PollingEngine::Clock clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
        if (sandboxServer)
            clock = [server = sandboxServer.get()] { return server->virtualNowMs(); };
        std::optional<qint64> rulesRanAt;
        bool rulesPending = false;
        QFutureWatcher<QString> rules;
        bool rulesPrinted = true;
        QObject::connect(&rules, &QFutureWatcher<QString>::finished, [&rules, &rulesPrinted] {
            printLine(stdout, rules.result());
            std::fflush(stdout);
            rulesPrinted = true;
        });
        const Database database = *opened;
        QObject::connect(
            &service, &PollingService::runFinished, [&, database](const PollingEngine::Summary &s) {
                const QString time = QDateTime::currentDateTime().toString(u"HH:mm:ss"_s);
                if (s.shipments > 0)
                    printLine(stdout, u"%1 %2"_s.arg(time, summaryLine(s)));
                std::fflush(stdout);
                // New events can open or close problem cases: the rules look at most every five
                // minutes, on a worker thread (the sandbox answers on this one).
                rulesPending = rulesPending || s.newEvents > 0;
                const qint64 now = clock();
                if (!rulesPending || rules.isRunning()
                    || (rulesRanAt && now - *rulesRanAt < 5 * 60'000))
                    return;
                rulesPending = false;
                rulesRanAt = now;
                rulesPrinted = false;
                rules.setFuture(QtConcurrent::run([database, now, time] {
                    const auto ran = ProblemCaseRunner::run(
                        database, ProblemRuleRepository(database).load(), now);
                    database.releaseConnection();
                    return ran ? tr("%1 Rules: %2 cases opened, %3 resolved.")
                                     .arg(time)
                                     .arg(ran->opened)
                                     .arg(ran->resolved)
                               : ran.error().message;
                }));
            });
        QObject::connect(&service, &PollingService::stopped, [] { QCoreApplication::quit(); });
        QObject::connect(&stopper, &QTimer::timeout, [&service] {
            if (interrupted)
                service.stop();
        });
        PollingService::Config config;
        config.accounts = accounts;
        config.batchSize = maxShipments;
        if (sandboxServer)
            config.scheduleClock = clock;
        printLine(stdout, tr("Polling %1 carrier accounts until Ctrl+C.").arg(accounts.size()));
        std::fflush(stdout);
        service.start(config);
        QCoreApplication::exec();
        rules.waitForFinished(); // a run of the rules in progress completes
        if (!rulesPrinted)
            printLine(stdout, rules.result());
        writer.waitForIdle();
        opened->releaseConnection();
        return 0;
    }

    QNetworkAccessManager network;
    NetworkCarrierTransport transport(&network, 30'000);
    PollingEngine engine(*opened, writer, transport);
    for (const PollingEngine::Account &account : std::as_const(accounts))
        engine.addAccount(account);
    TerminalProgress progress(tr("Polling"));
    QObject::connect(&engine, &PollingEngine::progress,
        [&progress](int done, int total) { progress.update(done, total); });
    std::optional<PollingEngine::Summary> summary;
    QObject::connect(
        &engine, &PollingEngine::finished, [&summary](const PollingEngine::Summary &s) {
            summary = s;
            QCoreApplication::quit();
        });
    QObject::connect(&stopper, &QTimer::timeout, [&engine] {
        if (interrupted)
            engine.cancel();
    });
    QTimer::singleShot(0, &engine, [&engine, maxShipments] { engine.pollOnce(maxShipments); });
    QCoreApplication::exec();
    progress.finish();
    writer.waitForIdle();
    if (!summary)
        return 1;
    printLine(stdout, summaryLine(*summary));
    opened->releaseConnection();
    return summary->cancelled ? 130 : 0;
}

} // namespace ParcelDesk
