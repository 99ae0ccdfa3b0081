// parceldeskctl copy and password: moving a file onto a team's PostgreSQL server, and keeping
// the server's password in the keychain.

#include "ctlcommands.h"
#include "store/serverpasswords.h"
#include "store/storecopy.h"
#include "terminalprogress.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QTextStream>

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

namespace {

// A line from standard input without echoing it when it is a terminal.
QString readSecretLine()
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

} // namespace

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

} // namespace ParcelDesk
