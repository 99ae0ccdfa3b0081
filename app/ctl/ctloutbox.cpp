// parceldeskctl outbox: send what is queued, list the outbox by state.
#include "ctlcommands.h"

#include "store/database.h"
#include "store/messagerepository.h"
#include "workflows/outbox.h"
#include "workflows/smtpsender.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QTextStream>

#include <csignal>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

int CtlCommands::outbox(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The outbox: messages to customers, each sent at most once.\n"
           "  send   send every message that is due, by e-mail over SMTP\n"
           "  list   the messages in one state (queued, sending, sent, dead)"));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption host(u"smtp-host"_s, tr("send: the SMTP server."), u"host"_s);
    const QCommandLineOption port(
        u"smtp-port"_s, tr("send: its port (default 587)."), u"port"_s, u"587"_s);
    const QCommandLineOption security(u"smtp-security"_s,
        tr("send: starttls (default), tls (port 465) or none (a relay on this machine only)."),
        u"mode"_s, u"starttls"_s);
    const QCommandLineOption user(u"smtp-user"_s,
        tr("send: the login; its password is read from standard input."), u"name"_s);
    const QCommandLineOption from(u"from"_s, tr("send: the sender's address."), u"address"_s);
    const QCommandLineOption fromName(u"from-name"_s, tr("send: the sender's name."), u"name"_s);
    const QCommandLineOption state(
        u"state"_s, tr("list: which state (default dead)."), u"state"_s, u"dead"_s);
    parser.addOptions({db, host, port, security, user, from, fromName, state});
    parser.addPositionalArgument(u"action"_s, tr("send or list"));
    parser.process(arguments);
    const QString action = parser.positionalArguments().value(0);
    if (action != u"send" && action != u"list") {
        printLine(stderr, tr("outbox: say send or list."));
        return 2;
    }
    if (!parser.isSet(db)) {
        printLine(stderr, tr("outbox: --db FILE is required."));
        return 2;
    }
    const auto opened = Database::open(parser.value(db));
    if (!opened) {
        printLine(stderr, opened.error().message);
        return 1;
    }

    if (action == u"list") {
        const auto wanted = messageStateFromString(parser.value(state));
        if (!wanted) {
            printLine(stderr,
                tr("outbox: --state must be queued, sending, sent or dead, not \"%1\".")
                    .arg(parser.value(state)));
            return 2;
        }
        for (const Message &m : MessageRepository(*opened).inState(*wanted)) {
            printLine(stdout,
                u"%1\t%2\t%3\t%4\t%5\t%6"_s.arg(m.id)
                    .arg(m.idempotencyKey, m.recipient, m.subject)
                    .arg(m.attempts)
                    .arg(m.lastError));
        }
        return 0;
    }

    if (!parser.isSet(host) || !parser.isSet(from)) {
        printLine(stderr, tr("outbox send: --smtp-host and --from are required."));
        return 2;
    }
    SmtpSettings smtp;
    smtp.host = parser.value(host);
    bool portOk = false;
    smtp.port = parser.value(port).toInt(&portOk);
    if (!portOk || smtp.port <= 0 || smtp.port > 65535) {
        printLine(stderr,
            tr("outbox send: --smtp-port must be a port number, not \"%1\".")
                .arg(parser.value(port)));
        return 2;
    }
    const QString mode = parser.value(security);
    if (mode == u"starttls")
        smtp.security = SmtpSettings::Security::StartTls;
    else if (mode == u"tls")
        smtp.security = SmtpSettings::Security::Implicit;
    else if (mode == u"none")
        smtp.security = SmtpSettings::Security::None;
    else {
        printLine(stderr,
            tr("outbox send: --smtp-security must be starttls, tls or none, not \"%1\".")
                .arg(mode));
        return 2;
    }
    smtp.fromAddress = parser.value(from);
    smtp.fromName = parser.value(fromName);
    if (parser.isSet(user)) {
        smtp.user = parser.value(user);
        // Never on the command line, where other users see it.
        smtp.password = QTextStream(stdin).readLine();
    }
    OutboxOptions options;
    // The crash test stops the program between a send and its record.
    options.pauseAfterSendMs
        = qEnvironmentVariableIntValue("PARCELDESK_OUTBOX_PAUSE_AFTER_SEND_MS");
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    SmtpSender sender(smtp);
    const auto summary = Outbox::run(
        *opened, sender, options, [] { return QDateTime::currentMSecsSinceEpoch(); }, &interrupted);
    if (!summary) {
        printLine(stderr, summary.error().message);
        return 1;
    }
    printLine(stdout,
        tr("Sent %1, to retry later %2, given up %3, found half-sent from before (now dead "
           "letters) %4.")
            .arg(summary->sent)
            .arg(summary->retrying)
            .arg(summary->dead)
            .arg(summary->interrupted));
    return summary->dead > 0 || summary->interrupted > 0 ? 1 : 0;
}

} // namespace ParcelDesk
