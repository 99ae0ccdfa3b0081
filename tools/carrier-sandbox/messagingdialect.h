#pragma once

#include "dialect.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

class QHttpServer;

namespace ParcelDesk::Sandbox {

// What the messaging endpoints accept.
struct MessagingCredentials
{
    QString twilioAccountSid = QStringLiteral("ACdeadbeef00000000000000000000cafe");
    QString twilioAuthToken = QStringLiteral("sandbox-twilio-token");
    QString whatsAppPhoneNumberId = QStringLiteral("106540352242922");
    QString whatsAppAccessToken = QStringLiteral("sandbox-whatsapp-token");
};

// The outbox's providers as the sandbox speaks them, beside the carriers:
//
// Twilio's Messages resource: POST /twilio/2010-04-01/Accounts/{AccountSid}/Messages.json, HTTP
// Basic AccountSid:AuthToken, form fields To, From or MessagingServiceSid, Body; 201 with the
// Message resource, or Twilio's error body {code, message, more_info, status}. Wrong credentials:
// 401, 20003. No To: 21604; no Body: 21602; no From nor MessagingServiceSid: 21603; a To that is
// not E.164: 21211. Twilio's magic test numbers: To +15005550001 invalid (21211), +15005550003
// no permission for the region (21408), +15005550004 blocked (21610), +15005550009 not a mobile
// number (21614); From +15005550001 invalid (21212), +15005550007 not yours (21606).
//
// The WhatsApp Cloud API: POST /whatsapp/{version}/{phone-number-id}/messages, Bearer token,
// JSON; 200 with contacts and messages[0].id (wamid.…), or the Graph API's error body
// {"error": {message, type, code, error_data, fbtrace_id}}. Wrong token: 401, 190; another
// phone number ID: 100 (subcode 33); no to or messaging_product: 100; no template name or
// language: 131008; a template that does not exist in that language: 404, 132001; the wrong
// number of body parameters: 132000; template promo_paused: 132015. Approved templates:
// parcel_delay (3 parameters; de, en), parcel_delay_notice, parcel_delay_apology and
// parcel_delay_apology_voucher, parcel_trouble_apology and parcel_trouble_apology_voucher (any
// number; de, en), hello_world (none; en_US). Recipient
// 15005550001 is undeliverable (131026).
//
// On both, to retry with: +15005550429 is refused once with a rate limit (Twilio 429 / 20429,
// WhatsApp 400 / 130429) and +15005550500 fails once with a server error (500; Twilio 20500,
// WhatsApp 131000); each is accepted from its second call on. Faults for "twilio" and "whatsapp"
// come from the sandbox's fault spec (e.g. twilio:5xx, whatsapp:timeout).
//
// Every accepted message is kept and listed, oldest first, at GET /sandbox/messages
// (?channel=sms|whatsapp): {"messages": [{channel, id, to, ...}]}.
class MessagingEndpoints
{
public:
    MessagingEndpoints(SandboxWorld &world, MessagingCredentials credentials = {});
    ~MessagingEndpoints();
    MessagingEndpoints(const MessagingEndpoints &) = delete;
    MessagingEndpoints &operator=(const MessagingEndpoints &) = delete;

    void addRoutes(QHttpServer &server, const Respond &respond);
    const MessagingCredentials &credentials() const;
    // Every accepted message so far (on the sandbox's thread).
    QList<QJsonObject> messages() const;

    struct Log;

private:
    std::unique_ptr<Log> m_log;
    std::unique_ptr<Dialect> m_twilio;
    std::unique_ptr<Dialect> m_whatsApp;
};

} // namespace ParcelDesk::Sandbox
