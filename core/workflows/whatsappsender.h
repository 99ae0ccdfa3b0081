#pragma once

#include "domain/result.h"
#include "outbox.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ParcelDesk {

struct WhatsAppSettings
{
    static constexpr const char16_t *defaultBaseUrl = u"https://graph.facebook.com";
    static constexpr const char16_t *defaultApiVersion = u"v21.0";
    QString baseUrl; // empty: defaultBaseUrl
    QString apiVersion; // empty: defaultApiVersion
    QString phoneNumberId; // the business phone number's ID (not the number)
    QString accessToken; // secret: the credential store, never the settings table
    int timeoutSeconds = 30;
    QString caFile;
    bool verifyPeer = true;

    QString effectiveBaseUrl() const;
    QString effectiveApiVersion() const;
};

// What a WhatsApp message says: an approved template, its language and the body's parameters,
// from Message::payload ({"template": "parcel_delay", "language": "de", "parameters": [...]}).
struct WhatsAppTemplate
{
    QString name;
    QString language;
    QStringList parameters;

    // Reads payload; language falls back to fallbackLanguage (the message's) when the payload
    // has none. The error says what is missing or wrong.
    static Result<WhatsAppTemplate> fromPayload(
        const QString &payload, const QString &fallbackLanguage = {});
    QByteArray toPayload() const;
};

// Template messages through the WhatsApp Cloud API (POST /{version}/{phone-number-id}/messages,
// Bearer token, JSON), one blocking call per message with libcurl. The recipient goes as digits
// with its country code; the message ID (wamid.…) is the report's detail on success, the Graph
// API's error code and message on failure. A refused login, a template that is not there or
// not approved, and a recipient who cannot be reached are final; rate limits, 5xx, a lost
// connection and a timeout are tried again.
class WhatsAppSender final : public MessageSender
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::WhatsAppSender)

public:
    explicit WhatsAppSender(WhatsAppSettings settings);
    SendReport send(const Message &message) override;
    QList<MessageChannel> channels() const override { return {MessageChannel::WhatsApp}; }

    // The JSON body of the call: a template message to digits (the number without "+").
    static QByteArray requestBody(const WhatsAppTemplate &t, const QString &digits);
    // How the Graph API's answer (HTTP status and body) reads as a report.
    static SendReport interpret(long httpStatus, const QByteArray &body);

private:
    WhatsAppSettings m_settings;
};

} // namespace ParcelDesk
