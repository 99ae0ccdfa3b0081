#include "messagerepository.h"

#include "sqldialect.h"
#include "sqlvalues.h"
#include "voucherrepository.h"
#include "writetransaction.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

Result<qint64> MessageRepository::queue(Message m, const QString &agent)
{
    if (m.body.trimmed().isEmpty())
        return Error {tr("The message has no text.")};
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!Sql::beginWrite(q))
        return Error {tr("Cannot queue the message: %1").arg(q.lastError().text())};
    const auto fail = [&](const QString &message) -> Result<qint64> {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return Error {message};
    };

    q.prepare(u"SELECT coalesce(email, ''), coalesce(phone, '') FROM customers WHERE id = ?"_s);
    q.addBindValue(m.customerId);
    if (!q.exec())
        return fail(tr("Cannot queue the message: %1").arg(q.lastError().text()));
    if (!q.next())
        return fail(tr("Customer %1 is no longer in the database.").arg(m.customerId));
    if (m.channel == MessageChannel::Email && q.value(0).toString().trimmed().isEmpty())
        return fail(tr("The customer has no e-mail address."));
    if (m.channel != MessageChannel::Email && q.value(1).toString().trimmed().isEmpty())
        return fail(tr("The customer has no phone number."));
    if (m.recipient.isEmpty())
        m.recipient
            = (m.channel == MessageChannel::Email ? q.value(0) : q.value(1)).toString().trimmed();
    if (m.idempotencyKey.isEmpty())
        m.idempotencyKey = u"pd-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

    q.prepare(u"SELECT created_at FROM messages WHERE customer_id = ? AND body = ? AND "
              "created_at >= ? AND state IN ('queued', 'approved', 'sent') "
              "ORDER BY created_at DESC LIMIT 1"_s);
    q.addBindValue(m.customerId);
    q.addBindValue(m.body);
    q.addBindValue(m.createdAtMs - repeatWindowMs);
    if (!q.exec())
        return fail(tr("Cannot queue the message: %1").arg(q.lastError().text()));
    if (q.next()) {
        const QString at = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong()).time(), QLocale::ShortFormat);
        return fail(
            tr("The same message went to this customer at %1; it is not queued twice.").arg(at));
    }

    m.state = MessageState::Queued;
    q.prepare(u"INSERT INTO messages (customer_id, shipment_id, channel, language, kind, state, "
              "subject, body, created_at, idempotency_key, recipient, html_body, payload) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(m.customerId);
    q.addBindValue(SqlValues::bindable(m.shipmentId));
    q.addBindValue(messageChannelToString(m.channel));
    q.addBindValue(m.language);
    q.addBindValue(m.kind);
    q.addBindValue(messageStateToString(m.state));
    q.addBindValue(m.subject);
    q.addBindValue(m.body);
    q.addBindValue(m.createdAtMs);
    q.addBindValue(m.idempotencyKey);
    q.addBindValue(m.recipient);
    q.addBindValue(m.htmlBody.isEmpty() ? QVariant() : QVariant(m.htmlBody));
    q.addBindValue(m.payload.isEmpty() ? QVariant() : QVariant(m.payload));
    if (!q.exec() || !q.next())
        return fail(tr("Cannot queue the message: %1").arg(q.lastError().text()));
    const qint64 id = q.value(0).toLongLong();
    q.prepare(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
              "VALUES (?, ?, 'queued', 'message', ?, ?)"_s);
    q.addBindValue(m.createdAtMs);
    q.addBindValue(agent);
    q.addBindValue(id);
    q.addBindValue(QString(m.kind + u' ' + messageChannelToString(m.channel)));
    if (!q.exec() || !q.exec(u"COMMIT"_s))
        return fail(tr("Cannot queue the message: %1").arg(q.lastError().text()));
    return id;
}

namespace {

const QString messageColumns = u"id, customer_id, shipment_id, channel, language, kind, state, "
                               "coalesce(subject, ''), body, created_at, sent_at, "
                               "coalesce(suppression_reason, ''), idempotency_key, "
                               "coalesce(recipient, ''), attempts, next_attempt_at, "
                               "coalesce(last_error, ''), coalesce(html_body, ''), "
                               "coalesce(payload, ''), coalesce(action, ''), auto_approved, "
                               "coalesce(decided_by, ''), decided_at"_s;

Message messageFrom(const QSqlQuery &q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.customerId = q.value(1).toLongLong();
    m.shipmentId = SqlValues::optional<qint64>(q.value(2));
    m.channel = messageChannelFromString(q.value(3).toString()).value_or(MessageChannel::Email);
    m.language = q.value(4).toString();
    m.kind = q.value(5).toString();
    m.state = messageStateFromString(q.value(6).toString()).value_or(MessageState::Draft);
    m.subject = q.value(7).toString();
    m.body = q.value(8).toString();
    m.createdAtMs = q.value(9).toLongLong();
    m.sentAtMs = SqlValues::optional<qint64>(q.value(10));
    m.suppressionReason = q.value(11).toString();
    m.idempotencyKey = q.value(12).toString();
    m.recipient = q.value(13).toString();
    m.attempts = q.value(14).toInt();
    m.nextAttemptAtMs = SqlValues::optional<qint64>(q.value(15));
    m.lastError = q.value(16).toString();
    m.htmlBody = q.value(17).toString();
    m.payload = q.value(18).toString();
    m.action = q.value(19).toString();
    m.autoApproved = q.value(20).toBool();
    m.decidedBy = q.value(21).toString();
    m.decidedAtMs = SqlValues::optional<qint64>(q.value(22));
    return m;
}

} // namespace

Result<std::optional<Message>> MessageRepository::claimNext(
    qint64 nowMs, const QList<MessageChannel> &channels)
{
    QString channelFilter;
    if (!channels.isEmpty()) {
        QStringList names;
        for (const MessageChannel c : channels)
            names << u"'"_s + messageChannelToString(c) + u"'"_s;
        channelFilter = u" AND channel IN ("_s + names.join(u", "_s) + u")"_s;
    }
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    // The claim is its own committed transaction: whatever happens while sending, the message
    // is no longer queued.
    if (!Sql::beginWrite(q))
        return Error {tr("Cannot take a message from the outbox: %1").arg(q.lastError().text())};
    // state = 'queued' twice: on a server, another sender's claim of the same message, made
    // meanwhile, leaves nothing to update here instead of claiming it a second time.
    q.prepare(u"UPDATE messages SET state = 'sending', claimed_at = ?, attempts = attempts + 1 "
              "WHERE state = 'queued' AND id = (SELECT id FROM messages WHERE state = 'queued' AND "
              "coalesce(next_attempt_at, 0) <= ?"_s
        + channelFilter + u" ORDER BY coalesce(next_attempt_at, 0), id LIMIT 1) RETURNING "_s
        + messageColumns);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    std::optional<Message> claimed;
    if (!q.exec()) {
        const QString error = q.lastError().text();
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return Error {tr("Cannot take a message from the outbox: %1").arg(error)};
    }
    if (q.next())
        claimed = messageFrom(q);
    q.finish();
    if (!q.exec(u"COMMIT"_s)) {
        const QString error = q.lastError().text();
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return Error {tr("Cannot take a message from the outbox: %1").arg(error)};
    }
    return claimed;
}

Outcome MessageRepository::recordSent(qint64 id, qint64 atMs, const QString &detail)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE messages SET state = 'sent', sent_at = ?, claimed_at = NULL, "
              "last_error = NULL WHERE id = ? AND state = 'sending'"_s);
    q.addBindValue(atMs);
    q.addBindValue(id);
    if (!q.exec())
        return Error {tr("Cannot record message %1 as sent: %2").arg(id).arg(q.lastError().text())};
    QSqlQuery audit(m_db.connection());
    audit.prepare(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                  "VALUES (?, 'outbox', 'sent', 'message', ?, ?)"_s);
    audit.addBindValue(atMs);
    audit.addBindValue(id);
    audit.addBindValue(detail);
    audit.exec();
    return Done {};
}

Outcome MessageRepository::recordFailure(
    qint64 id, const QString &error, std::optional<qint64> retryAtMs, qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(retryAtMs ? u"UPDATE messages SET state = 'queued', next_attempt_at = ?, "
                          "claimed_at = NULL, last_error = ? WHERE id = ? AND state = 'sending'"_s
                        : u"UPDATE messages SET state = 'dead', next_attempt_at = ?, "
                          "claimed_at = NULL, last_error = ? WHERE id = ? AND state = 'sending'"_s);
    q.addBindValue(SqlValues::bindable(retryAtMs));
    q.addBindValue(error);
    q.addBindValue(id);
    if (!q.exec())
        return Error {
            tr("Cannot record the failure of message %1: %2").arg(id).arg(q.lastError().text())};
    QSqlQuery audit(m_db.connection());
    audit.prepare(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                  "VALUES (?, 'outbox', ?, 'message', ?, ?)"_s);
    audit.addBindValue(nowMs);
    audit.addBindValue(retryAtMs ? u"retry"_s : u"dead"_s);
    audit.addBindValue(id);
    audit.addBindValue(error);
    audit.exec();
    return Done {};
}

Outcome MessageRepository::releaseClaim(qint64 id, qint64 notBeforeMs)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(u"UPDATE messages SET state = 'queued', next_attempt_at = ?, claimed_at = NULL, "
              "attempts = "_s
        + Sql::greatest(sqlDialectOf(db), u"attempts - 1"_s, u"0"_s)
        + u" WHERE id = ? AND state = 'sending'"_s);
    q.addBindValue(notBeforeMs);
    q.addBindValue(id);
    if (!q.exec())
        return Error {tr("Cannot put message %1 back: %2").arg(id).arg(q.lastError().text())};
    return Done {};
}

Outcome MessageRepository::suppressClaimed(
    qint64 id, const QString &reason, const QString &detail, qint64 nowMs)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!Sql::beginWrite(q))
        return Error {tr("Cannot hold message %1 back: %2").arg(id).arg(q.lastError().text())};
    q.prepare(u"UPDATE messages SET state = 'suppressed', suppression_reason = ?, "
              "claimed_at = NULL, attempts = "_s
        + Sql::greatest(sqlDialectOf(db), u"attempts - 1"_s, u"0"_s)
        + u" WHERE id = ? AND state = 'sending'"_s);
    q.addBindValue(reason);
    q.addBindValue(id);
    bool ok = q.exec();
    if (ok && (reason == u"cap_day" || reason == u"cap_week")) {
        // Its parcels are told later, when the cap allows (see ApologyWorkflow).
        q.prepare(u"DELETE FROM message_parcels WHERE message_id = ?"_s);
        q.addBindValue(id);
        ok = q.exec();
    }
    QString error;
    if (ok) {
        // A code that never left goes back to the pool.
        const auto released = VoucherRepository::releaseWithinTransaction(db, id);
        ok = released.ok();
        if (!ok)
            error = released.error().message;
    }
    if (ok) {
        q.prepare(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                  "VALUES (?, 'outbox', 'suppressed', 'message', ?, ?)"_s);
        q.addBindValue(nowMs);
        q.addBindValue(id);
        q.addBindValue(QString(reason + u": "_s + detail));
        ok = q.exec();
    }
    if (!ok || !q.exec(u"COMMIT"_s)) {
        if (error.isEmpty())
            error = q.lastError().text();
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return Error {tr("Cannot hold message %1 back: %2").arg(id).arg(error)};
    }
    return Done {};
}

Outcome MessageRepository::requeueDead(qint64 id, const QString &actor, qint64 nowMs)
{
    const QSqlDatabase db = m_db.connection();
    WriteTransaction txn(db);
    if (!txn.isOpen())
        return Error {tr("Cannot queue message %1 again: %2").arg(id).arg(txn.error())};
    QSqlQuery q(db);
    q.prepare(u"UPDATE messages SET state = 'queued', attempts = 0, next_attempt_at = NULL, "
              "claimed_at = NULL WHERE id = ? AND state = 'dead'"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Error {tr("Cannot queue message %1 again: %2").arg(id).arg(q.lastError().text())};
    if (q.numRowsAffected() != 1)
        return Error {tr("Message %1 is not a dead letter (any more).").arg(id)};
    q.prepare(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
              "VALUES (?, ?, 'requeued', 'message', ?, 'checked: it did not leave')"_s);
    q.addBindValue(nowMs);
    q.addBindValue(actor);
    q.addBindValue(id);
    if (!q.exec() || !txn.commit())
        return Error {tr("Cannot queue message %1 again: %2").arg(id).arg(q.lastError().text())};
    return Done {};
}

Result<int> MessageRepository::buryInterrupted(qint64 claimedBeforeMs, qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE messages SET state = 'dead', last_error = ? WHERE state = 'sending' AND "
              "claimed_at < ?"_s);
    q.addBindValue(tr("The sender stopped while sending it; whether it left is unknown, so it is "
                      "not sent again on its own. Look for its Message-ID in the mail server's "
                      "log before sending it again by hand."));
    q.addBindValue(claimedBeforeMs);
    if (!q.exec())
        return Error {tr("Cannot check the outbox: %1").arg(q.lastError().text())};
    const int buried = q.numRowsAffected();
    Q_UNUSED(nowMs)
    return buried;
}

QList<Message> MessageRepository::inState(MessageState state, int limit) const
{
    QList<Message> list;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + messageColumns
        + u" FROM messages WHERE state = ? ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(messageStateToString(state));
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            list << messageFrom(q);
    }
    return list;
}

const QString &MessageRepository::columns()
{
    return messageColumns;
}

Message MessageRepository::fromRow(const QSqlQuery &query)
{
    return messageFrom(query);
}

} // namespace ParcelDesk
