#pragma once

#include "domain/message.h"
#include "domain/result.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace ParcelDesk {

// What a channel said about one message.
struct SendReport
{
    bool ok = false;
    bool permanent = false; // trying again will not help (a refused address, a refused login)
    QString detail; // the server's answer, for the audit log or the dead letter
};

// A way out for messages: SMTP for e-mail; SMS and WhatsApp providers later.
class MessageSender
{
public:
    virtual ~MessageSender() = default;
    virtual SendReport send(const Message &message) = 0;
    // The channels this sender can send on; the outbox leaves other messages queued. Empty: all.
    virtual QList<MessageChannel> channels() const { return {}; }
};

struct OutboxOptions
{
    int maxAttempts = 5;
    qint64 firstRetryMs = 60'000; // then four times as long each time, up to maxRetryMs
    qint64 maxRetryMs = 6 * 3'600'000LL;
    // A message claimed longer ago than this and never recorded was being sent when its
    // sender stopped: it becomes a dead letter, never sent twice.
    qint64 leaseMs = 10 * 60'000;
    // For the crash test only: wait this long after a send before recording it.
    qint64 pauseAfterSendMs = 0;
};

// Sends what is queued, each message at most once (see resources/sql/010_outbox.sql): claim,
// send, record. Failures are retried with growing waits; what cannot be sent becomes a dead
// letter with its reason.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::Outbox)

public:
    using Clock = std::function<qint64()>;

    struct Summary
    {
        int sent = 0;
        int retrying = 0; // failed now, queued again for later
        int dead = 0; // given up now
        int interrupted = 0; // found half-sent from an earlier run: dead letters now
        int suppressed = 0; // held back at the last moment by a guardrail (an opt-out, the cap)
        int deferred = 0; // quiet hours in the customer's time zone: later
        bool cancelled = false;
    };

    // Sends every message that is due now, one after another.
    static Result<Summary> run(const Database &db, MessageSender &sender,
        const OutboxOptions &options, const Clock &clock, const std::atomic_bool *cancel = nullptr);
    // The wait before the retry after `attempts` failed attempts.
    static qint64 retryDelayMs(const OutboxOptions &options, int attempts);
};

} // namespace ParcelDesk
