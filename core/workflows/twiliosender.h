#pragma once

#include "outbox.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ParcelDesk {

struct TwilioSettings
{
    static constexpr const char16_t *defaultBaseUrl = u"https://api.twilio.com";
    QString baseUrl; // empty: defaultBaseUrl
    QString accountSid; // AC…
    QString authToken; // secret: the credential store, never the settings table
    QString from; // the sender: a Twilio number in E.164, or an alphanumeric sender ID
    QString messagingServiceSid; // MG…; when set, Twilio picks the sender and From is not sent
    int timeoutSeconds = 30;
    QString caFile; // a certificate authority to trust besides the system's
    bool verifyPeer = true;

    QString effectiveBaseUrl() const;
};

// SMS through Twilio's Messages resource (POST /2010-04-01/Accounts/{AccountSid}/Messages.json,
// form-encoded To, From or MessagingServiceSid, Body; HTTP Basic AccountSid:AuthToken), one
// blocking call per message with libcurl. The message's SID is the report's detail on success;
// Twilio's error code and message on failure. A refused number or login is final; 429, 5xx and
// a lost connection or timeout are tried again.
class TwilioSender final : public MessageSender
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::TwilioSender)

public:
    explicit TwilioSender(TwilioSettings settings);
    SendReport send(const Message &message) override;
    QList<MessageChannel> channels() const override { return {MessageChannel::Sms}; }

    // The form body of the call for message to number (E.164).
    static QByteArray formBody(const Message &message, const QString &to, const TwilioSettings &s);
    // How Twilio's answer (HTTP status and body) reads as a report.
    static SendReport interpret(long httpStatus, const QByteArray &body);

private:
    TwilioSettings m_settings;
};

} // namespace ParcelDesk
