#pragma once

#include "database.h"
#include "domain/message.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>

#include <optional>

namespace ParcelDesk {

// Messages to customers on the calling thread's connection. The WISMO desk queues an update for
// the outbox here; the outbox sends what is queued.
class MessageRepository
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::MessageRepository)

public:
    explicit MessageRepository(Database db)
        : m_db(std::move(db))
    { }

    // How long the same text to the same customer counts as the same message (a second
    // keystroke, a second agent on the same call).
    static constexpr qint64 repeatWindowMs = 10 * 60 * 1000;

    // Queues message (state queued) with a line in the audit log, in one transaction. Refused
    // when the customer has no address for the channel, or the same text was queued or sent to
    // the customer within repeatWindowMs. Returns the message's id.
    Result<qint64> queue(Message message, const QString &agent);

    // The outbox's side. The next queued message that is due, now claimed (state sending, one
    // attempt more), in a transaction of its own; none when nothing is due.
    // Only messages for channels when that is not empty (the channels a sender is set up for).
    Result<std::optional<Message>> claimNext(
        qint64 nowMs, const QList<MessageChannel> &channels = {});
    // A claimed message not sent after all (quiet hours began): queued again for notBeforeMs,
    // the attempt not counted.
    Outcome releaseClaim(qint64 id, qint64 notBeforeMs);
    // A claimed message a guardrail holds back at the last moment (an opt-out, the cap): kept,
    // suppressed with reason, its voucher back in the pool.
    Outcome suppressClaimed(qint64 id, const QString &reason, const QString &detail, qint64 nowMs);
    Outcome recordSent(qint64 id, qint64 atMs, const QString &detail);
    // Queued again for retryAtMs, or (without one) given up: a dead letter.
    Outcome recordFailure(
        qint64 id, const QString &error, std::optional<qint64> retryAtMs, qint64 nowMs);
    // Messages a sender claimed before claimedBeforeMs and never recorded: it stopped while
    // sending. They become dead letters (never sent twice). Returns how many.
    Result<int> buryInterrupted(qint64 claimedBeforeMs, qint64 nowMs);
    // A dead letter a person checked (it did not leave) queued again, with a line in the audit
    // log: the attempts start over.
    Outcome requeueDead(qint64 id, const QString &actor, qint64 nowMs);
    QList<Message> inState(MessageState state, int limit = 500) const;

    // The columns of a message for a SELECT on messages, and the message from such a row (its
    // first columns); for queries elsewhere that add columns of their own after these.
    static const QString &columns();
    static constexpr int columnCount = 23;
    static Message fromRow(const QSqlQuery &query);

private:
    Database m_db;
};

} // namespace ParcelDesk
