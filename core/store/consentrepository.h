#pragma once

#include "database.h"
#include "domain/message.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ParcelDesk {

// A customer's word about one channel: yes or no, where it came from, when.
struct Consent
{
    qint64 customerId = 0;
    MessageChannel channel = MessageChannel::Email;
    bool granted = false;
    QString source; // checkout, agent, customer reply, import, ...
    qint64 atMs = 0;
};

// Consent per customer and channel (GDPR: proactive messages only with consent). No record
// counts as no.
class ConsentRepository
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ConsentRepository)

public:
    explicit ConsentRepository(Database db)
        : m_db(std::move(db))
    { }

    // ok (when given) says whether it could be read; an empty list is then "never asked".
    QList<Consent> forCustomer(qint64 customerId, bool *ok = nullptr) const;

    struct Change
    {
        int heldBack = 0; // messages not yet sent on that channel, now suppressed (opted out)
    };
    // Records the customer's word, with a line in the audit log. An opt-out takes effect at
    // once: every message to the customer on that channel that has not left yet (draft,
    // approved, queued) is suppressed in the same transaction, its voucher back in the pool.
    Result<Change> set(const Consent &consent, const QString &actor);

private:
    Database m_db;
};

// The channel names as people read them: "e-mail", "SMS", "WhatsApp".
QString messageChannelLabel(MessageChannel channel);

} // namespace ParcelDesk
