#pragma once

#include <QCoreApplication>
#include <QStringList>

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
    static int usage(int exitCode);
};

} // namespace ParcelDesk
