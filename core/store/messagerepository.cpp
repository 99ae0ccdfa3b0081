#include "messagerepository.h"

#include "sqlvalues.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

Result<qint64> MessageRepository::queue(Message m, const QString &agent)
{
    if (m.body.trimmed().isEmpty())
        return Error {tr("The message has no text.")};
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
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
    if (m.channel == MessageChannel::Sms && q.value(1).toString().trimmed().isEmpty())
        return fail(tr("The customer has no phone number."));

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
              "subject, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(m.customerId);
    q.addBindValue(SqlValues::bindable(m.shipmentId));
    q.addBindValue(messageChannelToString(m.channel));
    q.addBindValue(m.language);
    q.addBindValue(m.kind);
    q.addBindValue(messageStateToString(m.state));
    q.addBindValue(m.subject);
    q.addBindValue(m.body);
    q.addBindValue(m.createdAtMs);
    if (!q.exec())
        return fail(tr("Cannot queue the message: %1").arg(q.lastError().text()));
    const qint64 id = q.lastInsertId().toLongLong();
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

} // namespace ParcelDesk
