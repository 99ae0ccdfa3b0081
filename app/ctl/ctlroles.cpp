// parceldeskctl team: the roles of a team's PostgreSQL database (agent, logistics, supervisor),
// their logins, and what the connected user may do.

#include "ctlcommands.h"
#include "store/teamroles.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

int CtlCommands::team(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The roles of a team's PostgreSQL database: agent (the WISMO desk), logistics "
           "(operations) and supervisor (everything). The console offers each person what their "
           "role may do, and the database refuses the rest.\n"
           "  setup         make the group roles and grant them what they may do; run it as the\n"
           "                database's owner after creating the database (an upgrade by its\n"
           "                owner runs it again by itself; making the roles the first time\n"
           "                needs CREATEROLE or a superuser)\n"
           "  add-user      a login for a person in a role (an existing login changes role)\n"
           "  remove-user   take a login out of the team and drop it\n"
           "  whoami        the connected user's role and what it may do"));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption login(u"login"_s, tr("add-user, remove-user: the login."), u"name"_s);
    const QCommandLineOption role(
        u"role"_s, tr("add-user: agent, logistics or supervisor."), u"role"_s);
    const QCommandLineOption passwordStdin(u"password-stdin"_s,
        tr("add-user: read the login's password from standard input (the server keeps only a "
           "hash of it). Without it the login has no password until one is set."));
    parser.addOptions({db, login, role, passwordStdin});
    parser.addPositionalArgument(u"action"_s, tr("setup, add-user, remove-user or whoami"));
    parser.process(arguments);
    const QString action = parser.positionalArguments().value(0);
    const QStringList actions = {u"setup"_s, u"add-user"_s, u"remove-user"_s, u"whoami"_s};
    if (parser.positionalArguments().size() != 1 || !actions.contains(action)) {
        printLine(stderr, tr("team: say setup, add-user, remove-user or whoami."));
        return 2;
    }
    if (!parser.isSet(db)) {
        printLine(stderr,
            tr("team %1: --db postgresql://user@host:port/dbname is required.").arg(action));
        return 2;
    }
    if (action != u"whoami" && !ServerLocation::isServerUrl(parser.value(db))) {
        printLine(stderr,
            tr("team %1: roles belong to a team's PostgreSQL database; give it as --db "
               "postgresql://user@host:port/dbname.")
                .arg(action));
        return 2;
    }
    const bool needsLogin = action == u"add-user" || action == u"remove-user";
    if (needsLogin && !parser.isSet(login)) {
        printLine(stderr, tr("team %1: --login NAME is required.").arg(action));
        return 2;
    }
    std::optional<TeamRoles::Role> newRole;
    if (action == u"add-user") {
        newRole = TeamRoles::roleFromKey(parser.value(role));
        if (!newRole) {
            printLine(stderr,
                tr("team add-user: --role must be agent, logistics or supervisor, not \"%1\".")
                    .arg(parser.value(role)));
            return 2;
        }
    }
    if (needsLogin && !TeamRoles::isValidLogin(parser.value(login))) {
        printLine(stderr,
            tr("team %1: \"%2\" cannot be a login: use lower-case letters, digits and _, "
               "starting with a letter or _, at most 63 characters, not beginning with pg_.")
                .arg(action, parser.value(login)));
        return 2;
    }
    QString secret;
    if (action == u"add-user" && parser.isSet(passwordStdin)) {
        if (isatty(STDIN_FILENO))
            std::fprintf(
                stderr, "%s", qPrintable(tr("Password for %1: ").arg(parser.value(login))));
        secret = readSecretLine();
        if (secret.isEmpty()) {
            printLine(stderr, tr("team add-user: no password given; nothing was changed."));
            return 2;
        }
    }

    const auto opened = openExisting(parser.value(db));
    if (!opened) {
        printLine(stderr, opened.error().message);
        return 1;
    }
    const Database &database = *opened;
    int exitCode = 0;
    if (action == u"setup") {
        if (const Outcome done = TeamRoles::setUp(database); !done) {
            printLine(stderr, done.error().message);
            exitCode = 1;
        } else {
            printLine(stdout,
                tr("The team roles of %1 are set up: %2, %3 and %4.")
                    .arg(database.displayName(), TeamRoles::groupRole(TeamRoles::Role::Agent),
                        TeamRoles::groupRole(TeamRoles::Role::Logistics),
                        TeamRoles::groupRole(TeamRoles::Role::Supervisor)));
        }
    } else if (action == u"add-user") {
        const QString name = parser.value(login);
        const auto added = TeamRoles::addUser(database, name, *newRole);
        if (!added) {
            printLine(stderr, added.error().message);
            exitCode = 1;
        } else {
            printLine(stdout,
                (*added ? tr("Added the login %1 as %2.") : tr("The login %1 is now %2."))
                    .arg(name, TeamRoles::roleLabel(*newRole)));
            if (!secret.isEmpty()) {
                if (const Outcome set = TeamRoles::setPassword(database, name, secret); !set) {
                    printLine(stderr, set.error().message);
                    exitCode = 1;
                } else {
                    printLine(stdout, tr("Set the password for %1.").arg(name));
                }
            } else if (*added) {
                printLine(stdout,
                    tr("%1 has no password yet: run this again with --password-stdin, or let "
                       "the server's administrator set one (psql: \\password %1).")
                        .arg(name));
            }
        }
    } else if (action == u"remove-user") {
        const QString name = parser.value(login);
        const auto removed = TeamRoles::removeUser(database, name);
        if (!removed) {
            printLine(stderr, removed.error().message);
            exitCode = 1;
        } else {
            printLine(stdout,
                *removed ? tr("Removed the login %1.").arg(name)
                         : tr("%1 is out of the team, but the login stays: it owns objects or "
                              "holds privileges elsewhere on the server.")
                               .arg(name));
        }
    } else {
        const auto current = TeamRoles::currentRole(database);
        if (!current) {
            printLine(stderr, current.error().message);
            exitCode = 1;
        } else {
            const TeamRoles::Role r = *current;
            const QString group = TeamRoles::groupRole(r);
            printLine(stdout,
                group.isEmpty() ? tr("%1: %2").arg(database.displayName(), TeamRoles::roleLabel(r))
                                : tr("%1: %2 (%3)")
                                      .arg(database.displayName(), TeamRoles::roleLabel(r), group));
            QStringList may;
            QStringList mayNot;
            for (const TeamRoles::Capability c : TeamRoles::capabilities())
                (TeamRoles::may(r, c) ? may : mayNot) << u"  "_s + TeamRoles::capabilityLabel(c);
            if (!may.isEmpty())
                printLine(stdout, tr("May:") + u'\n' + may.join(u'\n'));
            if (!mayNot.isEmpty())
                printLine(stdout, tr("May not:") + u'\n' + mayNot.join(u'\n'));
        }
    }
    database.releaseConnection();
    return exitCode;
}

} // namespace ParcelDesk
