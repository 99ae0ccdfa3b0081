// parceldeskctl copy and password: moving a file onto a team's PostgreSQL server, and keeping
// the server's password in the keychain.

#include "ctlcommands.h"
#include "store/changenotifier.h"
#include "store/overviewquery.h"
#include "store/serverpasswords.h"
#include "store/storecopy.h"
#include "terminalprogress.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>

#include <cmath>
#include <csignal>
#include <cstdio>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

int CtlCommands::copyStore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copies a ParcelDesk file into a team's PostgreSQL database, in one transaction: "
           "either everything arrives or nothing does. The database is migrated first; it must "
           "be empty unless --replace is given."));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption to(
        u"to"_s, tr("The PostgreSQL database: postgresql://user@host:port/dbname."), u"url"_s);
    const QCommandLineOption replace(
        u"replace"_s, tr("Empty the PostgreSQL database first (everything in it is lost)."));
    parser.addOptions({db, to, replace});
    parser.process(arguments);
    if (!parser.isSet(db) || !parser.isSet(to)) {
        printLine(stderr, tr("copy: --db FILE and --to URL are required."));
        return 2;
    }
    if (ServerLocation::isServerUrl(parser.value(db))) {
        printLine(stderr, tr("copy: --db must be a ParcelDesk file, not a server."));
        return 2;
    }
    if (!ServerLocation::isServerUrl(parser.value(to))) {
        printLine(stderr,
            tr("copy: --to must be a PostgreSQL database such as "
               "postgresql://user@host:5432/parceldesk, not \"%1\".")
                .arg(parser.value(to)));
        return 2;
    }
    const auto from = openExisting(parser.value(db));
    if (!from) {
        printLine(stderr, from.error().message);
        return 1;
    }
    const auto target = Database::open(parser.value(to));
    if (!target) {
        printLine(stderr, target.error().message);
        return 1;
    }
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    TerminalProgress progress(tr("Copying"));
    QElapsedTimer timer;
    timer.start();
    const auto copied = StoreCopy::copy(*from, *target, parser.isSet(replace), &interrupted,
        [&](const QString &, int done, int total) { progress.update(done, total); });
    progress.finish();
    if (!copied) {
        printLine(stderr, copied.error().message);
        return 1;
    }
    const QLocale locale;
    printLine(stdout,
        tr("Copied %1 rows in %2 tables from %3 to %4 in %5 s.")
            .arg(locale.toString(copied->rows), locale.toString(copied->tables),
                from->displayName(), target->displayName(),
                locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1)));
    return 0;
}

QString CtlCommands::readSecretLine()
{
    termios saved {};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    return line;
}

int CtlCommands::password(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Keeps the password of a team's PostgreSQL database in the system keychain, where "
           "the console and parceldeskctl find it. The password is read from standard input, "
           "never from the command line. A poller without a keychain uses PGPASSFILE instead."));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption forget(u"forget"_s, tr("Remove the kept password instead."));
    parser.addOptions({db, forget});
    parser.process(arguments);
    const auto location = ServerLocation::parse(parser.value(db));
    if (!parser.isSet(db) || !location) {
        printLine(stderr,
            parser.isSet(db) ? location.error().message
                             : tr("password: --db postgresql://user@host:port/dbname is "
                                  "required."));
        return 2;
    }
    if (parser.isSet(forget)) {
        if (const auto removed = ServerPasswords::remove(*location); !removed) {
            printLine(stderr, removed.error().message);
            return 1;
        }
        printLine(stdout, tr("Forgot the password for %1.").arg(location->displayName()));
        return 0;
    }
    if (isatty(STDIN_FILENO))
        std::fprintf(
            stderr, "%s", qPrintable(tr("Password for %1: ").arg(location->displayName())));
    const QString secret = readSecretLine();
    if (secret.isEmpty()) {
        printLine(stderr, tr("password: no password given; nothing was kept."));
        return 2;
    }
    // Only a password the server accepts is kept.
    const auto opened = Database::open(location->url(), nullptr, secret);
    if (!opened) {
        printLine(stderr, opened.error().message);
        return 1;
    }
    if (const auto kept = ServerPasswords::write(*location, secret); !kept) {
        printLine(stderr, kept.error().message);
        return 1;
    }
    printLine(stdout, tr("Kept the password for %1 in the keychain.").arg(location->displayName()));
    return 0;
}

int CtlCommands::watch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Watches a team's database as a console does, without a window: prints what other "
           "consoles and pollers change as the news arrives, reads the Overview's figures again "
           "each time, and at the end how late the news was. Stops after --seconds or on "
           "Ctrl+C."));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption seconds(
        u"seconds"_s, tr("Stop after this many seconds (default: run until stopped)."), u"n"_s);
    const QCommandLineOption json(
        u"json"_s, tr("Print one JSON object per change and one at the end, for scripts."));
    parser.addOptions({db, seconds, json});
    parser.process(arguments);
    if (!parser.isSet(db) || !ServerLocation::isServerUrl(parser.value(db))) {
        printLine(stderr,
            tr("watch: --db postgresql://user@host:port/dbname is required: only a team's "
               "database has others writing to it."));
        return 2;
    }
    bool ok = true;
    const int limitSeconds = parser.isSet(seconds) ? parser.value(seconds).toInt(&ok) : 0;
    if (!ok || limitSeconds < 0) {
        printLine(stderr,
            tr("watch: --seconds must be a whole number, not \"%1\".").arg(parser.value(seconds)));
        return 2;
    }
    const auto opened = Database::open(parser.value(db));
    if (!opened) {
        printLine(stderr, opened.error().message);
        return 1;
    }
    const bool asJson = parser.isSet(json);
    ChangeNotifier notifier(*opened);
    QList<qint64> latencies;
    QHash<QString, QList<qint64>> latenciesByTable;
    int refreshes = 0;
    int failedRefreshes = 0;
    int losses = 0;
    QObject::connect(&notifier, &ChangeNotifier::notified,
        [&](const QString &table, qint64 written, qint64 received) {
            latencies.append(received - written);
            latenciesByTable[table].append(received - written);
        });
    // What a console does with the news: read its figures again, beside the thread that hears
    // the news (a console reads on its reader threads), one reading at a time.
    const Database database = *opened;
    QFutureWatcher<QString> reading;
    bool readAgain = false;
    const auto read = [&] {
        reading.setFuture(QtConcurrent::run([database] {
            OverviewOptions options;
            options.nowMs = QDateTime::currentMSecsSinceEpoch();
            options.todayStartMs = options.nowMs - options.nowMs % OverviewQuery::msPerDay;
            const auto snapshot = OverviewQuery::load(database.connection(), options);
            return snapshot ? QString() : snapshot.error().message;
        }));
    };
    QObject::connect(&reading, &QFutureWatcher<QString>::finished, [&] {
        const QString error = reading.result();
        ++refreshes;
        if (!error.isEmpty()) {
            ++failedRefreshes;
            printLine(stderr, tr("watch: reading the Overview failed: %1").arg(error));
        }
        if (readAgain) {
            readAgain = false;
            read();
        }
    });
    QObject::connect(
        &notifier, &ChangeNotifier::changed, [&](const QStringList &tables, qint64 latencyMs) {
            if (reading.isRunning())
                readAgain = true;
            else
                read();
            if (asJson) {
                printLine(stdout,
                    QString::fromUtf8(QJsonDocument(
                        QJsonObject {{u"type"_s, u"change"_s}, {u"tables"_s, tables.join(u',')},
                            {u"latency_ms"_s, latencyMs}})
                                          .toJson(QJsonDocument::Compact)));
            } else {
                printLine(stdout,
                    tr("%1  %2 (news after %3 ms)")
                        .arg(QTime::currentTime().toString(u"HH:mm:ss"_s), tables.join(u", "_s))
                        .arg(latencyMs));
            }
        });
    QObject::connect(&notifier, &ChangeNotifier::connectionLost, [&](const QString &message) {
        ++losses;
        printLine(stderr,
            tr("Connection to %1 lost (%2); reconnecting…").arg(opened->displayName(), message));
    });
    QObject::connect(&notifier, &ChangeNotifier::connectionRestored,
        [&] { printLine(stderr, tr("Connected to %1 again.").arg(opened->displayName())); });
    if (!notifier.start())
        printLine(stderr,
            tr("Cannot listen on %1 yet (%2); trying again.")
                .arg(opened->displayName(), notifier.error()));

    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QEventLoop loop;
    QTimer stopCheck;
    QElapsedTimer running;
    running.start();
    QObject::connect(&stopCheck, &QTimer::timeout, &loop, [&] {
        if (interrupted || (limitSeconds > 0 && running.elapsed() >= limitSeconds * 1000LL))
            loop.quit();
    });
    stopCheck.start(100);
    loop.exec();

    reading.waitForFinished();
    const auto percentileOf = [](QList<qint64> values, double p) -> qint64 {
        if (values.isEmpty())
            return 0;
        std::sort(values.begin(), values.end());
        const auto rank = qsizetype(std::ceil(p * double(values.size()))) - 1;
        return values.at(std::clamp<qsizetype>(rank, 0, values.size() - 1));
    };
    const auto percentile = [&](double p) { return percentileOf(latencies, p); };
    QJsonObject byTable;
    for (auto it = latenciesByTable.cbegin(); it != latenciesByTable.cend(); ++it)
        byTable.insert(it.key(),
            QJsonObject {{u"notifications"_s, qint64(it->size())},
                {u"p50_ms"_s, percentileOf(*it, 0.5)}, {u"p95_ms"_s, percentileOf(*it, 0.95)}});
    if (asJson) {
        printLine(stdout,
            QString::fromUtf8(QJsonDocument(
                QJsonObject {{u"type"_s, u"summary"_s},
                    {u"notifications"_s, qint64(latencies.size())}, {u"refreshes"_s, refreshes},
                    {u"failed_refreshes"_s, failedRefreshes}, {u"connection_losses"_s, losses},
                    {u"latency_p50_ms"_s, percentile(0.5)}, {u"latency_p95_ms"_s, percentile(0.95)},
                    {u"latency_max_ms"_s, percentile(1.0)}, {u"by_table"_s, byTable}})
                                  .toJson(QJsonDocument::Compact)));
    } else {
        printLine(stdout,
            tr("%1 notifications, %2 refreshes (%3 failed), news after p50 %4 ms, p95 %5 ms, "
               "at most %6 ms.")
                .arg(latencies.size())
                .arg(refreshes)
                .arg(failedRefreshes)
                .arg(percentile(0.5))
                .arg(percentile(0.95))
                .arg(percentile(1.0)));
    }
    opened->releaseConnection();
    return failedRefreshes > 0 ? 1 : 0;
}

} // namespace ParcelDesk
