#pragma once

#include "outbox.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ParcelDesk {

struct SmtpSettings
{
    enum class Security : quint8 {
        None, // plain SMTP: only for a relay on this machine
        StartTls, // upgrade with STARTTLS, refuse to go on without it
        Implicit, // TLS from the first byte (smtps, port 465)
    };
    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user; // empty: no AUTH
    QString password;
    QString fromAddress;
    QString fromName;
    int timeoutSeconds = 30;
    bool verifyPeer = true;
    QString caFile; // a certificate authority to trust besides the system's (a private relay)
};

// E-mail over SMTP with libcurl: one connection per message, the message as UTF-8 plain text in
// base64 (multipart/alternative with an HTML part when the message has one), its idempotency key
// as the Message-ID, so a mail server's log tells whether a message whose fate is unknown went
// out.
class SmtpSender final : public MessageSender
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::SmtpSender)

public:
    explicit SmtpSender(SmtpSettings settings);
    SendReport send(const Message &message) override;
    QList<MessageChannel> channels() const override { return {MessageChannel::Email}; }

    // The message as it goes on the wire (RFC 5322, MIME), dated at nowMs.
    static QByteArray compose(const Message &message, const SmtpSettings &settings, qint64 nowMs);
    // "=?UTF-8?B?…?=" for a header value that is not plain ASCII.
    static QByteArray encodedWord(const QString &text);

private:
    SmtpSettings m_settings;
};

} // namespace ParcelDesk
