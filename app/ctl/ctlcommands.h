#pragma once

#include "domain/result.h"
#include "store/database.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <cstdio>

namespace ParcelDesk {

// The headless commands of parceldeskctl. Each takes its own arguments (argv without the
// command name) and returns the process exit code.
class CtlCommands
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::CtlCommands)

public:
    static int run(const QStringList &arguments);

private:
    static int demoSeed(const QStringList &arguments);
    static int info(const QStringList &arguments);
    static int parse(const QStringList &arguments);
    static int recognize(const QStringList &arguments);
    static int sandbox(const QStringList &arguments);
    static int poll(const QStringList &arguments);
    static int carriers(const QStringList &arguments);
    static int evalEta(const QStringList &arguments);
    static int cases(const QStringList &arguments);
    static int contacts(const QStringList &arguments);
    static int deliveryOptions(const QStringList &arguments);
    static int wismo(const QStringList &arguments);
    static int outbox(const QStringList &arguments);
    static int templates(const QStringList &arguments);
    static int vouchers(const QStringList &arguments);
    static int apologies(const QStringList &arguments);
    static int evalReturns(const QStringList &arguments);
    static int returns(const QStringList &arguments);
    static int consent(const QStringList &arguments);
    static int purge(const QStringList &arguments);
    static int exportCustomer(const QStringList &arguments);
    static int privacy(const QStringList &arguments);
    static int exportReport(const QStringList &arguments);
    static int importData(const QStringList &arguments);
    static int copyStore(const QStringList &arguments);
    static int password(const QStringList &arguments);
    static int team(const QStringList &arguments);
    static int watch(const QStringList &arguments);
    static int usage(int exitCode);

public:
    // Shared by the commands.
    static std::atomic_bool interrupted; // SIGINT or SIGTERM arrived
    static void onInterrupt(int signal);
    static void printLine(FILE *stream, const QString &text);
    static QCommandLineOption dbOption();
    // A line from standard input (a password), not echoed when it is a terminal.
    static QString readSecretLine();
    // Opens the database a command works on, refusing a path where there is none (opening
    // would create an empty one, and the command would then find nothing).
    static Result<Database> openExisting(const QString &path);
};

} // namespace ParcelDesk
