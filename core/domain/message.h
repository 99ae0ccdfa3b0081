#pragma once

#include <QString>

#include <optional>

namespace ParcelDesk {

enum class MessageChannel : quint8 {
    Email,
    Sms,
    WhatsApp, // template messages through the WhatsApp Cloud API
};

enum class MessageState : quint8 {
    Draft,
    Approved,
    Queued,
    Sent,
    Failed,
    Suppressed,
    Sending, // claimed by a sender; its result not recorded yet
    Dead, // given up: the dead letters, for a person to look at
    Rejected, // a supervisor said no
};

QString messageChannelToString(MessageChannel channel);
std::optional<MessageChannel> messageChannelFromString(QStringView text);
QString messageStateToString(MessageState state);
std::optional<MessageState> messageStateFromString(QStringView text);

// A message to a customer: a proactive update, an apology, or an answer to a WISMO call.
struct Message
{
    qint64 id = 0;
    qint64 customerId = 0;
    std::optional<qint64> shipmentId;
    MessageChannel channel = MessageChannel::Email;
    QString language;
    QString kind; // "delay_apology", "wismo_update", ...
    MessageState state = MessageState::Draft;
    QString subject;
    QString body;
    qint64 createdAtMs = 0;
    std::optional<qint64> sentAtMs;
    QString suppressionReason; // why a guardrail held it back
    QString idempotencyKey; // unique; the e-mail's Message-ID, the provider's idempotency key
    QString recipient; // the address it goes to
    int attempts = 0;
    std::optional<qint64> nextAttemptAtMs;
    QString lastError;
    QString htmlBody; // e-mail: the HTML alternative of body; empty: plain text only
    QString payload; // WhatsApp: {"template", "language", "parameters": [...]} as JSON
    QString action; // inform, apologise, voucher: what the apology rules recommended
    bool autoApproved = false;
    QString decidedBy; // who approved or rejected it
    std::optional<qint64> decidedAtMs;
};

} // namespace ParcelDesk
