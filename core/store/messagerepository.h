#pragma once

#include "database.h"
#include "domain/message.h"
#include "domain/result.h"

#include <QCoreApplication>

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

private:
    Database m_db;
};

} // namespace ParcelDesk
