// parceldeskctl outbox: send what is queued, list the outbox by state, set up the channels.
#include "ctlcommands.h"

#include "store/database.h"
#include "store/messagerepository.h"
#include "workflows/channelsettings.h"
#include "workflows/outbox.h"
#include "workflows/smtpsender.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QTextStream>
#include <QUrl>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

// Where a channel's secret went, for the user.
QString storedWhere(const CredentialStore &store)
{
    return store.backend() == CredentialStore::Backend::Keychain
        ? CtlCommands::tr("in the system keychain")
        : CtlCommands::tr("in %1 (readable only by you; no system keychain answered: %2)")
              .arg(store.filePath(), store.fallbackReason());
}

QString stateName(bool enabled)
{
    return enabled ? CtlCommands::tr("on") : CtlCommands::tr("off");
}

// outbox channels: what is set up, secrets only as stored or not.
int listChannels(const Database &db)
{
    const auto loaded = ChannelSettings::load(db);
    if (!loaded) {
        CtlCommands::printLine(stderr, loaded.error().message);
        return 1;
    }
    ChannelSettings settings = *loaded;
    CredentialStore store(ChannelSettings::credentialOptions());
    for (const MessageChannel c : ChannelSettings::allChannels()) {
        const auto secret = ChannelSettings::readSecret(store, c);
        QString secretState;
        if (!secret)
            secretState = CtlCommands::tr("secret unreadable: %1").arg(secret.error().message);
        else
            secretState = secret->isEmpty() ? CtlCommands::tr("no secret stored")
                                            : CtlCommands::tr("secret stored");
        if (secret)
            settings.setSecret(c, *secret);
        QString line = u"%1 %2 %3; %4"_s.arg(messageChannelToString(c), -9)
                           .arg(stateName(settings.isEnabled(c)), -4)
                           .arg(settings.describe(c), secretState);
        const QStringList missing = settings.missing(c);
        if (settings.isEnabled(c) && !missing.isEmpty())
            line += u"; "_s + CtlCommands::tr("missing: %1").arg(missing.join(u", "_s));
        CtlCommands::printLine(stdout, line);
    }
    return 0;
}

} // namespace

int CtlCommands::outbox(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "The outbox: messages to customers, each sent at most once.\n"
        "  send       send every message that is due: on the channels set up with configure,\n"
        "             or by e-mail only with the --smtp-* options\n"
        "  list       the messages in one state (queued, sending, sent, dead)\n"
        "  configure  set up one channel (--channel email, sms or whatsapp); its secret (SMTP\n"
        "             password, Twilio auth token, WhatsApp access token) is read from standard\n"
        "             input with --secret-stdin and kept in the credential store\n"
        "  channels   the channels as they are set up (secrets are never shown)"));
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
    const QCommandLineOption from(u"from"_s,
        tr("send, configure: the sender (e-mail: its address; sms: a Twilio number in E.164 or "
           "a sender ID)."),
        u"sender"_s);
    const QCommandLineOption fromName(
        u"from-name"_s, tr("send, configure (email): the sender's name."), u"name"_s);
    const QCommandLineOption state(
        u"state"_s, tr("list: which state (default dead)."), u"state"_s, u"dead"_s);
    const QCommandLineOption channel(
        u"channel"_s, tr("configure: email, sms or whatsapp."), u"channel"_s);
    const QCommandLineOption enable(u"enable"_s, tr("configure: send on this channel."));
    const QCommandLineOption disable(u"disable"_s, tr("configure: do not send on this channel."));
    const QCommandLineOption cHost(u"host"_s, tr("configure (email): the SMTP server."), u"host"_s);
    const QCommandLineOption cPort(u"port"_s, tr("configure (email): its port."), u"port"_s);
    const QCommandLineOption cSecurity(u"security"_s,
        tr("configure (email): starttls, tls (port 465) or none (a relay on this machine only)."),
        u"mode"_s);
    const QCommandLineOption cUser(
        u"user"_s, tr("configure (email): the SMTP login; empty: none."), u"name"_s);
    const QCommandLineOption caFile(u"ca-file"_s,
        tr("configure (email): a certificate authority to trust besides the system's."), u"file"_s);
    const QCommandLineOption accountSid(
        u"account-sid"_s, tr("configure (sms): the Twilio Account SID (AC…)."), u"sid"_s);
    const QCommandLineOption serviceSid(u"messaging-service-sid"_s,
        tr("configure (sms): a Twilio Messaging Service (MG…) that picks the sender; empty: "
           "none, --from is used."),
        u"sid"_s);
    const QCommandLineOption phoneNumberId(
        u"phone-number-id"_s, tr("configure (whatsapp): the business phone number's ID."), u"id"_s);
    const QCommandLineOption apiVersion(u"api-version"_s,
        tr("configure (whatsapp): the Graph API version (default %1).")
            .arg(QString::fromUtf16(WhatsAppSettings::defaultApiVersion)),
        u"version"_s);
    const QCommandLineOption baseUrl(u"base-url"_s,
        tr("configure (sms, whatsapp): the provider's address (default %1 and %2; the sandbox's "
           "for tests); empty: the default.")
            .arg(QString::fromUtf16(TwilioSettings::defaultBaseUrl),
                QString::fromUtf16(WhatsAppSettings::defaultBaseUrl)),
        u"url"_s);
    const QCommandLineOption secretStdin(u"secret-stdin"_s,
        tr("configure: read the channel's secret from the first line of standard input (never "
           "from the command line); an empty line removes it."));
    parser.addOptions({db, host, port, security, user, from, fromName, state, channel, enable,
        disable, cHost, cPort, cSecurity, cUser, caFile, accountSid, serviceSid, phoneNumberId,
        apiVersion, baseUrl, secretStdin});
    parser.addPositionalArgument(u"action"_s, tr("send, list, configure or channels"));
    parser.process(arguments);
    const QString action = parser.positionalArguments().value(0);
    if (action != u"send" && action != u"list" && action != u"configure" && action != u"channels") {
        printLine(stderr, tr("outbox: say send, list, configure or channels."));
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

    if (action == u"channels") {
        const int code = listChannels(*opened);
        opened->releaseConnection();
        return code;
    }

    if (action == u"configure") {
        const auto which = messageChannelFromString(parser.value(channel));
        if (!which) {
            printLine(stderr, tr("outbox configure: --channel must be email, sms or whatsapp."));
            return 2;
        }
        // Options that belong to another channel are refused rather than ignored.
        const QList<std::pair<const QCommandLineOption *, QList<MessageChannel>>> belongs = {
            {&cHost, {MessageChannel::Email}}, {&cPort, {MessageChannel::Email}},
            {&cSecurity, {MessageChannel::Email}}, {&cUser, {MessageChannel::Email}},
            {&caFile, {MessageChannel::Email}}, {&fromName, {MessageChannel::Email}},
            {&from, {MessageChannel::Email, MessageChannel::Sms}},
            {&accountSid, {MessageChannel::Sms}}, {&serviceSid, {MessageChannel::Sms}},
            {&phoneNumberId, {MessageChannel::WhatsApp}}, {&apiVersion, {MessageChannel::WhatsApp}},
            {&baseUrl, {MessageChannel::Sms, MessageChannel::WhatsApp}}, {&host, {}}, {&port, {}},
            {&security, {}}, {&user, {}}, {&state, {}}};
        for (const auto &[option, channels] : belongs) {
            if (parser.isSet(*option) && !channels.contains(*which)) {
                printLine(stderr,
                    tr("outbox configure: --%1 does not apply to %2.")
                        .arg(option->names().constFirst(), messageChannelToString(*which)));
                return 2;
            }
        }
        if (parser.isSet(enable) && parser.isSet(disable)) {
            printLine(stderr, tr("outbox configure: say --enable or --disable, not both."));
            return 2;
        }
        auto loaded = ChannelSettings::load(*opened);
        if (!loaded) {
            printLine(stderr, loaded.error().message);
            return 1;
        }
        ChannelSettings settings = *loaded;
        const auto set = [&parser](const QCommandLineOption &option, QString &target) {
            if (parser.isSet(option))
                target = parser.value(option).trimmed();
        };
        switch (*which) {
        case MessageChannel::Email:
            set(cHost, settings.email.host);
            if (parser.isSet(cPort)) {
                bool ok = false;
                const int value = parser.value(cPort).toInt(&ok);
                if (!ok || value <= 0 || value > 65535) {
                    printLine(stderr,
                        tr("outbox configure: --port must be a port number, not \"%1\".")
                            .arg(parser.value(cPort)));
                    return 2;
                }
                settings.email.port = value;
            }
            if (parser.isSet(cSecurity)) {
                const auto mode = ChannelSettings::securityFromName(parser.value(cSecurity));
                if (!mode) {
                    printLine(stderr,
                        tr("outbox configure: --security must be starttls, tls or none, not "
                           "\"%1\".")
                            .arg(parser.value(cSecurity)));
                    return 2;
                }
                settings.email.security = *mode;
            }
            set(cUser, settings.email.user);
            set(from, settings.email.fromAddress);
            set(fromName, settings.email.fromName);
            set(caFile, settings.email.caFile);
            break;
        case MessageChannel::Sms:
            set(accountSid, settings.sms.accountSid);
            set(from, settings.sms.from);
            set(serviceSid, settings.sms.messagingServiceSid);
            set(baseUrl, settings.sms.baseUrl);
            break;
        case MessageChannel::WhatsApp:
            set(phoneNumberId, settings.whatsApp.phoneNumberId);
            set(apiVersion, settings.whatsApp.apiVersion);
            set(baseUrl, settings.whatsApp.baseUrl);
            break;
        }
        if (parser.isSet(baseUrl) && !parser.value(baseUrl).trimmed().isEmpty()) {
            const QUrl url(parser.value(baseUrl).trimmed(), QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")
                || url.host().isEmpty()) {
                printLine(stderr,
                    tr("outbox configure: --base-url must be an http or https address, not "
                       "\"%1\".")
                        .arg(parser.value(baseUrl)));
                return 2;
            }
        }
        if (parser.isSet(enable) || parser.isSet(disable))
            settings.setEnabled(*which, parser.isSet(enable));

        CredentialStore store(ChannelSettings::credentialOptions());
        QString secretNote = tr("secret not changed");
        if (parser.isSet(secretStdin)) {
            // Never on the command line, where other users see it.
            const QString secret = QTextStream(stdin).readLine().trimmed();
            const Outcome written = ChannelSettings::writeSecret(store, *which, secret);
            if (!written) {
                printLine(stderr, written.error().message);
                return 1;
            }
            secretNote = secret.isEmpty() ? tr("secret removed")
                                          : tr("secret stored %1").arg(storedWhere(store));
        }
        if (const Outcome saved = settings.save(*opened); !saved) {
            printLine(stderr, saved.error().message);
            return 1;
        }
        printLine(stdout,
            tr("%1: %2, %3; %4.")
                .arg(messageChannelToString(*which), stateName(settings.isEnabled(*which)),
                    settings.describe(*which), secretNote));
        if (settings.isEnabled(*which)) {
            const auto secret = ChannelSettings::readSecret(store, *which);
            if (secret)
                settings.setSecret(*which, *secret);
            const QStringList missing = settings.missing(*which);
            if (!missing.isEmpty())
                printLine(stderr,
                    tr("Warning: %1 is on but cannot send yet; missing: %2.")
                        .arg(messageChannelToString(*which), missing.join(u", "_s)));
        }
        opened->releaseConnection();
        return 0;
    }

    // send: the channels as configured, unless the --smtp-* options name a server for e-mail.
    std::unique_ptr<MessageSender> sender;
    if (!parser.isSet(host)) {
        for (const QCommandLineOption *o : {&port, &security, &user, &from, &fromName}) {
            if (parser.isSet(*o)) {
                printLine(stderr,
                    tr("outbox send: --%1 needs --smtp-host; without it the channels set up "
                       "with outbox configure are used.")
                        .arg(o->names().constFirst()));
                return 2;
            }
        }
        auto loaded = ChannelSettings::load(*opened);
        if (!loaded) {
            printLine(stderr, loaded.error().message);
            return 1;
        }
        ChannelSettings settings = *loaded;
        CredentialStore store(ChannelSettings::credentialOptions());
        if (const Outcome secrets = settings.loadSecrets(store); !secrets) {
            printLine(stderr, secrets.error().message);
            return 1;
        }
        QStringList skipped;
        auto router = RoutingSender::fromSettings(settings, &skipped);
        for (const QString &problem : std::as_const(skipped))
            printLine(stderr, tr("outbox send: %1").arg(problem));
        if (!router) {
            printLine(stderr, tr("outbox send: %1").arg(router.error().message));
            return 2;
        }
        sender = std::move(router).value();
    }
    if (!sender) {
        if (!parser.isSet(from)) {
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
        sender = std::make_unique<SmtpSender>(smtp);
    }
    OutboxOptions options;
    // The crash test stops the program between a send and its record.
    options.pauseAfterSendMs
        = qEnvironmentVariableIntValue("PARCELDESK_OUTBOX_PAUSE_AFTER_SEND_MS");
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const auto summary = Outbox::run(
        *opened, *sender, options, [] { return QDateTime::currentMSecsSinceEpoch(); },
        &interrupted);
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
    if (summary->suppressed > 0 || summary->deferred > 0)
        printLine(stdout,
            tr("Held back by a guardrail (an opt-out, the cap) %1, waiting for the end of the "
               "customer's quiet hours %2.")
                .arg(summary->suppressed)
                .arg(summary->deferred));
    return summary->dead > 0 || summary->interrupted > 0 ? 1 : 0;
}

} // namespace ParcelDesk
