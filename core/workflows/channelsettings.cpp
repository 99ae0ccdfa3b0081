#include "channelsettings.h"

#include "store/sqldialect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

const QString prefix = u"channel."_s;

QString key(MessageChannel channel, const char16_t *name)
{
    return prefix + messageChannelToString(channel) + u'.' + QString::fromUtf16(name);
}

QString bool01(bool value)
{
    return value ? u"1"_s : u"0"_s;
}

} // namespace

QList<MessageChannel> ChannelSettings::allChannels()
{
    return {MessageChannel::Email, MessageChannel::Sms, MessageChannel::WhatsApp};
}

QString ChannelSettings::securityName(SmtpSettings::Security security)
{
    switch (security) {
    case SmtpSettings::Security::None:
        return u"none"_s;
    case SmtpSettings::Security::Implicit:
        return u"tls"_s;
    case SmtpSettings::Security::StartTls:
        break;
    }
    return u"starttls"_s;
}

std::optional<SmtpSettings::Security> ChannelSettings::securityFromName(QStringView name)
{
    if (name == u"starttls")
        return SmtpSettings::Security::StartTls;
    if (name == u"tls")
        return SmtpSettings::Security::Implicit;
    if (name == u"none")
        return SmtpSettings::Security::None;
    return std::nullopt;
}

Result<ChannelSettings> ChannelSettings::load(const Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT key, value FROM settings WHERE key LIKE 'channel.%'"_s))
        return Error {tr("Cannot read the channel settings: %1").arg(q.lastError().text())};
    QHash<QString, QString> v;
    while (q.next())
        v.insert(q.value(0).toString(), q.value(1).toString());
    const auto text
        = [&v](MessageChannel c, const char16_t *name) { return v.value(key(c, name)); };
    ChannelSettings s;
    using enum MessageChannel;
    s.emailEnabled = text(Email, u"enabled") == u"1";
    s.email.host = text(Email, u"host");
    bool ok = false;
    const int port = text(Email, u"port").toInt(&ok);
    if (ok && port > 0 && port <= 65535)
        s.email.port = port;
    s.email.security
        = securityFromName(text(Email, u"security")).value_or(SmtpSettings::Security::StartTls);
    s.email.user = text(Email, u"user");
    s.email.fromAddress = text(Email, u"from");
    s.email.fromName = text(Email, u"from_name");
    s.email.caFile = text(Email, u"ca_file");

    s.smsEnabled = text(Sms, u"enabled") == u"1";
    s.sms.baseUrl = text(Sms, u"base_url");
    s.sms.accountSid = text(Sms, u"account_sid");
    s.sms.from = text(Sms, u"from");
    s.sms.messagingServiceSid = text(Sms, u"messaging_service_sid");

    s.whatsAppEnabled = text(WhatsApp, u"enabled") == u"1";
    s.whatsApp.baseUrl = text(WhatsApp, u"base_url");
    s.whatsApp.apiVersion = text(WhatsApp, u"api_version");
    s.whatsApp.phoneNumberId = text(WhatsApp, u"phone_number_id");
    return s;
}

Outcome ChannelSettings::save(const Database &db) const
{
    using enum MessageChannel;
    const QList<std::pair<QString, QString>> values = {
        {key(Email, u"enabled"), bool01(emailEnabled)},
        {key(Email, u"host"), email.host.trimmed()},
        {key(Email, u"port"), QString::number(email.port)},
        {key(Email, u"security"), securityName(email.security)},
        {key(Email, u"user"), email.user.trimmed()},
        {key(Email, u"from"), email.fromAddress.trimmed()},
        {key(Email, u"from_name"), email.fromName.trimmed()},
        {key(Email, u"ca_file"), email.caFile.trimmed()},
        {key(Sms, u"enabled"), bool01(smsEnabled)},
        {key(Sms, u"base_url"), sms.baseUrl.trimmed()},
        {key(Sms, u"account_sid"), sms.accountSid.trimmed()},
        {key(Sms, u"from"), sms.from.trimmed()},
        {key(Sms, u"messaging_service_sid"), sms.messagingServiceSid.trimmed()},
        {key(WhatsApp, u"enabled"), bool01(whatsAppEnabled)},
        {key(WhatsApp, u"base_url"), whatsApp.baseUrl.trimmed()},
        {key(WhatsApp, u"api_version"), whatsApp.apiVersion.trimmed()},
        {key(WhatsApp, u"phone_number_id"), whatsApp.phoneNumberId.trimmed()},
    };
    const QSqlDatabase connection = db.connection();
    QSqlQuery q(connection);
    if (!Sql::beginWrite(q))
        return Error {tr("Cannot save the channel settings: %1").arg(q.lastError().text())};
    q.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) "
              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    for (const auto &[k, value] : values) {
        q.addBindValue(k);
        q.addBindValue(value.isNull() ? u""_s : value); // a null QString binds as NULL
        if (!q.exec()) {
            const QString error = q.lastError().text();
            QSqlQuery(connection).exec(u"ROLLBACK"_s);
            return Error {tr("Cannot save the channel settings: %1").arg(error)};
        }
    }
    if (!q.exec(u"COMMIT"_s)) {
        const QString error = q.lastError().text();
        QSqlQuery(connection).exec(u"ROLLBACK"_s);
        return Error {tr("Cannot save the channel settings: %1").arg(error)};
    }
    return Done {};
}

CredentialStore::Options ChannelSettings::credentialOptions()
{
    CredentialStore::Options o;
    o.service = u"ParcelDesk Outbox"_s;
    o.filePath = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/ParcelDesk/outbox-credentials.json"_s;
    return o;
}

QString ChannelSettings::secretEntry(MessageChannel channel)
{
    return messageChannelToString(channel);
}

Result<QString> ChannelSettings::readSecret(CredentialStore &store, MessageChannel channel)
{
    const auto read = store.readNow(secretEntry(channel));
    if (!read)
        return read.error();
    return read->has_value() ? (**read).password : QString();
}

Outcome ChannelSettings::writeSecret(
    CredentialStore &store, MessageChannel channel, const QString &secret)
{
    if (secret.isEmpty())
        return store.removeNow(secretEntry(channel));
    CarrierCredentials c;
    c.password = secret;
    return store.writeNow(secretEntry(channel), c);
}

Outcome ChannelSettings::loadSecrets(CredentialStore &store)
{
    for (const MessageChannel c : allChannels()) {
        if (!isEnabled(c))
            continue;
        const auto read = readSecret(store, c);
        if (!read)
            return read.error();
        setSecret(c, *read);
    }
    return Done {};
}

QString ChannelSettings::secret(MessageChannel channel) const
{
    switch (channel) {
    case MessageChannel::Email:
        return email.password;
    case MessageChannel::Sms:
        return sms.authToken;
    case MessageChannel::WhatsApp:
        return whatsApp.accessToken;
    }
    return {};
}

void ChannelSettings::setSecret(MessageChannel channel, const QString &secret)
{
    switch (channel) {
    case MessageChannel::Email:
        email.password = secret;
        break;
    case MessageChannel::Sms:
        sms.authToken = secret;
        break;
    case MessageChannel::WhatsApp:
        whatsApp.accessToken = secret;
        break;
    }
}

bool ChannelSettings::isEnabled(MessageChannel channel) const
{
    switch (channel) {
    case MessageChannel::Email:
        return emailEnabled;
    case MessageChannel::Sms:
        return smsEnabled;
    case MessageChannel::WhatsApp:
        return whatsAppEnabled;
    }
    return false;
}

void ChannelSettings::setEnabled(MessageChannel channel, bool enabled)
{
    switch (channel) {
    case MessageChannel::Email:
        emailEnabled = enabled;
        break;
    case MessageChannel::Sms:
        smsEnabled = enabled;
        break;
    case MessageChannel::WhatsApp:
        whatsAppEnabled = enabled;
        break;
    }
}

QStringList ChannelSettings::missing(MessageChannel channel) const
{
    QStringList m;
    switch (channel) {
    case MessageChannel::Email:
        if (email.host.trimmed().isEmpty())
            m << tr("the SMTP server");
        if (email.fromAddress.trimmed().isEmpty())
            m << tr("the sender's address");
        if (!email.user.trimmed().isEmpty() && email.password.isEmpty())
            m << tr("the SMTP password");
        break;
    case MessageChannel::Sms:
        if (sms.accountSid.trimmed().isEmpty())
            m << tr("the Twilio Account SID");
        if (sms.authToken.isEmpty())
            m << tr("the Twilio auth token");
        if (sms.from.trimmed().isEmpty() && sms.messagingServiceSid.trimmed().isEmpty())
            m << tr("a sender (From number or Messaging Service SID)");
        break;
    case MessageChannel::WhatsApp:
        if (whatsApp.phoneNumberId.trimmed().isEmpty())
            m << tr("the WhatsApp phone number ID");
        if (whatsApp.accessToken.isEmpty())
            m << tr("the WhatsApp access token");
        break;
    }
    return m;
}

QString ChannelSettings::describe(MessageChannel channel) const
{
    switch (channel) {
    case MessageChannel::Email: {
        if (email.host.trimmed().isEmpty())
            return tr("no SMTP server");
        QString line
            = tr("%1:%2 (%3)").arg(email.host).arg(email.port).arg(securityName(email.security));
        if (!email.user.isEmpty())
            line += u", "_s + tr("login %1").arg(email.user);
        if (!email.fromAddress.isEmpty())
            line += u", "_s
                + tr("from %1").arg(email.fromName.isEmpty()
                        ? email.fromAddress
                        : u"%1 <%2>"_s.arg(email.fromName, email.fromAddress));
        return line;
    }
    case MessageChannel::Sms: {
        QString line = sms.accountSid.isEmpty() ? tr("no Twilio account")
                                                : tr("Twilio account %1").arg(sms.accountSid);
        if (!sms.messagingServiceSid.isEmpty())
            line += u", "_s + tr("messaging service %1").arg(sms.messagingServiceSid);
        else if (!sms.from.isEmpty())
            line += u", "_s + tr("from %1").arg(sms.from);
        return line + u", "_s + sms.effectiveBaseUrl();
    }
    case MessageChannel::WhatsApp: {
        QString line = whatsApp.phoneNumberId.isEmpty()
            ? tr("no phone number ID")
            : tr("phone number ID %1").arg(whatsApp.phoneNumberId);
        return line + u", "_s + whatsApp.effectiveBaseUrl() + u'/' + whatsApp.effectiveApiVersion();
    }
    }
    return {};
}

void RoutingSender::add(std::unique_ptr<MessageSender> sender)
{
    if (!sender)
        return;
    bool used = false;
    for (const MessageChannel c : sender->channels()) {
        const bool taken = std::any_of(
            m_routes.cbegin(), m_routes.cend(), [c](const Route &r) { return r.channel == c; });
        if (taken)
            continue;
        m_routes.append({c, sender.get()});
        used = true;
    }
    if (used)
        m_senders.push_back(std::move(sender));
}

QList<MessageChannel> RoutingSender::channels() const
{
    QList<MessageChannel> list;
    for (const Route &r : m_routes)
        list << r.channel;
    return list;
}

SendReport RoutingSender::send(const Message &message)
{
    for (const Route &r : std::as_const(m_routes)) {
        if (r.channel == message.channel)
            return r.sender->send(message);
    }
    // Only when a caller hands over a message the outbox would not have claimed.
    SendReport report;
    report.detail
        = tr("No sender is set up for %1 messages.").arg(messageChannelToString(message.channel));
    return report;
}

std::unique_ptr<MessageSender> RoutingSender::senderFor(
    MessageChannel channel, const ChannelSettings &settings)
{
    switch (channel) {
    case MessageChannel::Email:
        return std::make_unique<SmtpSender>(settings.email);
    case MessageChannel::Sms:
        return std::make_unique<TwilioSender>(settings.sms);
    case MessageChannel::WhatsApp:
        return std::make_unique<WhatsAppSender>(settings.whatsApp);
    }
    return {};
}

Result<std::unique_ptr<RoutingSender>> RoutingSender::fromSettings(
    const ChannelSettings &settings, QStringList *skipped)
{
    auto router = std::make_unique<RoutingSender>();
    QStringList problems;
    for (const MessageChannel c : ChannelSettings::allChannels()) {
        if (!settings.isEnabled(c))
            continue;
        const QStringList missing = settings.missing(c);
        if (!missing.isEmpty()) {
            problems << tr("%1 is on but not used; missing: %2.")
                            .arg(messageChannelToString(c), missing.join(u", "_s));
            continue;
        }
        router->add(senderFor(c, settings));
    }
    if (skipped)
        *skipped = problems;
    if (router->isEmpty()) {
        return Error {problems.isEmpty()
                ? tr("No channel is switched on: set one up with parceldeskctl outbox configure "
                     "or in the console.")
                : tr("No channel can send. %1").arg(problems.join(u' '))};
    }
    return router;
}

} // namespace ParcelDesk
