#pragma once

#include "carriers/credentialstore.h"
#include "domain/message.h"
#include "domain/result.h"
#include "outbox.h"
#include "smtpsender.h"
#include "store/database.h"
#include "twiliosender.h"
#include "whatsappsender.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

namespace ParcelDesk {

// How the outbox reaches customers: e-mail over SMTP, SMS through Twilio, WhatsApp through the
// Cloud API, each on or off. What is not secret lives in the settings table (keys
// "channel.<email|sms|whatsapp>.<name>"); the SMTP password, the Twilio auth token and the
// WhatsApp access token live in the credential store (service "ParcelDesk Outbox", one entry per
// channel), never in the database.
struct ChannelSettings
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ChannelSettings)

public:
    SmtpSettings email;
    TwilioSettings sms;
    WhatsAppSettings whatsApp;
    bool emailEnabled = false;
    bool smsEnabled = false;
    bool whatsAppEnabled = false;

    // The settings table's values; secrets stay empty.
    static Result<ChannelSettings> load(const Database &db);
    // Every non-secret value into the settings table, in one transaction. Secrets are not
    // written there, whatever the struct holds.
    Outcome save(const Database &db) const;

    // The credential store for the channels' secrets, beside the carriers' (a file of its own
    // where no keychain answers).
    static CredentialStore::Options credentialOptions();
    // The store's entry name for a channel's secret: "email", "sms", "whatsapp".
    static QString secretEntry(MessageChannel channel);
    static Result<QString> readSecret(CredentialStore &store, MessageChannel channel);
    // An empty secret removes the entry.
    static Outcome writeSecret(
        CredentialStore &store, MessageChannel channel, const QString &secret);
    // Reads the secret of every enabled channel into this struct.
    Outcome loadSecrets(CredentialStore &store);

    QString secret(MessageChannel channel) const;
    void setSecret(MessageChannel channel, const QString &secret);
    bool isEnabled(MessageChannel channel) const;
    void setEnabled(MessageChannel channel, bool enabled);
    // What a channel still needs before it can send (its secret included); empty: ready.
    QStringList missing(MessageChannel channel) const;
    // One line about a channel for people, never with its secret.
    QString describe(MessageChannel channel) const;

    static QList<MessageChannel> allChannels();
    static QString securityName(SmtpSettings::Security security); // starttls, tls, none
    static std::optional<SmtpSettings::Security> securityFromName(QStringView name);
};

// A sender per channel, one sender as the outbox sees it: send() goes to the sender of the
// message's channel; channels() are those the senders cover, so messages for a channel that is
// not set up stay queued.
class RoutingSender final : public MessageSender
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::RoutingSender)

public:
    RoutingSender() = default;

    // Takes sender for the channels it names (none: refused; a channel already covered stays
    // with the first sender).
    void add(std::unique_ptr<MessageSender> sender);
    SendReport send(const Message &message) override;
    // Never empty for a router with senders. Careful: a router without any answers an empty
    // list, which the outbox reads as "all"; fromSettings never makes one.
    QList<MessageChannel> channels() const override;
    bool isEmpty() const { return m_senders.empty(); }

    // A sender for every enabled channel that has what it needs (secrets included: load them
    // first). Enabled channels that lack something are left out, each with its reason in
    // skipped. Fails when no channel can send.
    static Result<std::unique_ptr<RoutingSender>> fromSettings(
        const ChannelSettings &settings, QStringList *skipped = nullptr);
    // The sender of one channel from settings, enabled or not (a test message from the console).
    static std::unique_ptr<MessageSender> senderFor(
        MessageChannel channel, const ChannelSettings &settings);

private:
    struct Route
    {
        MessageChannel channel;
        MessageSender *sender;
    };
    std::vector<std::unique_ptr<MessageSender>> m_senders;
    QList<Route> m_routes;
};

} // namespace ParcelDesk
