#include "contactrepository.h"

#include "sqldialect.h"
#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

const QStringList &Contact::channels()
{
    static const QStringList list = {u"phone"_s, u"email"_s, u"chat"_s, u"other"_s};
    return list;
}

const QStringList &Contact::reasons()
{
    static const QStringList list = {u"where_is_my_order"_s, u"not_received"_s, u"damaged"_s,
        u"delivery_change"_s, u"return"_s, u"other"_s};
    return list;
}

QString Contact::channelLabel(const QString &channel)
{
    if (channel == u"phone")
        return tr("Phone");
    if (channel == u"email")
        return tr("E-mail");
    if (channel == u"chat")
        return tr("Chat");
    if (channel == u"other")
        return tr("Other");
    return channel;
}

QString Contact::reasonLabel(const QString &reason)
{
    if (reason == u"where_is_my_order")
        return tr("Where is my order?");
    if (reason == u"not_received")
        return tr("Says it never arrived");
    if (reason == u"damaged")
        return tr("Arrived damaged");
    if (reason == u"delivery_change")
        return tr("Wants to change the delivery");
    if (reason == u"return")
        return tr("Wants to return it");
    if (reason == u"other")
        return tr("Something else");
    return reason;
}

Outcome ContactRepository::validate(const Contact &c)
{
    if (!c.shipmentId && !c.orderId)
        return Error {tr("A contact needs a shipment or an order.")};
    if (!Contact::channels().contains(c.channel))
        return Error {tr("channel: \"%1\" is not one of %2.")
                          .arg(c.channel, Contact::channels().join(u", "_s))};
    if (!Contact::reasons().contains(c.reason))
        return Error {
            tr("reason: \"%1\" is not one of %2.").arg(c.reason, Contact::reasons().join(u", "_s))};
    if (c.agent.trimmed().isEmpty())
        return Error {tr("agent: who took the contact is needed.")};
    if (c.atMs <= 0)
        return Error {tr("time: when the contact happened is needed.")};
    return Done {};
}

Result<qint64> ContactRepository::insertWithinTransaction(const Contact &c)
{
    if (const Outcome ok = validate(c); !ok)
        return ok.error();
    QSqlQuery q(m_db.connection());
    q.prepare(
        u"INSERT INTO contacts (shipment_id, order_id, channel, reason, outcome, note, "
        "agent, case_id, occurred_at) VALUES (?, ?, ?, ?, coalesce(?, ''), coalesce(?, ''), ?, "
        "?, ?) RETURNING id"_s);
    q.addBindValue(SqlValues::bindable(c.shipmentId));
    q.addBindValue(SqlValues::bindable(c.orderId));
    q.addBindValue(c.channel);
    q.addBindValue(c.reason);
    q.addBindValue(c.outcome);
    q.addBindValue(c.note);
    q.addBindValue(c.agent);
    q.addBindValue(SqlValues::bindable(c.caseId));
    q.addBindValue(c.atMs);
    if (!q.exec() || !q.next())
        return Error {tr("Cannot log the contact: %1").arg(q.lastError().text())};
    const qint64 id = q.value(0).toLongLong();
    q.prepare(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
              "VALUES (?, ?, 'logged', 'contact', ?, ?)"_s);
    q.addBindValue(c.atMs);
    q.addBindValue(c.agent);
    q.addBindValue(id);
    q.addBindValue(QString(c.channel + u' ' + c.reason));
    if (!q.exec())
        return Error {tr("Cannot log the contact: %1").arg(q.lastError().text())};
    return id;
}

Result<qint64> ContactRepository::insert(const Contact &c)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!Sql::beginWrite(q))
        return Error {tr("Cannot log the contact: %1").arg(q.lastError().text())};
    const auto id = insertWithinTransaction(c);
    if (!id || !q.exec(u"COMMIT"_s)) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return id
            ? Result<qint64>(Error {tr("Cannot log the contact: %1").arg(q.lastError().text())})
            : id;
    }
    return id;
}

QList<Contact> ContactRepository::forShipment(qint64 shipmentId) const
{
    QList<Contact> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + columns()
        + u" FROM contacts WHERE shipment_id = ? ORDER BY occurred_at, id"_s);
    q.addBindValue(shipmentId);
    if (!q.exec())
        return list;
    while (q.next())
        list.append(fromRow(q));
    return list;
}

QString ContactRepository::columns()
{
    return u"id, shipment_id, order_id, channel, reason, outcome, note, agent, case_id, "
           "occurred_at"_s;
}

Contact ContactRepository::fromRow(const QSqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.shipmentId = SqlValues::optional<qint64>(q.value(1));
    c.orderId = SqlValues::optional<qint64>(q.value(2));
    c.channel = q.value(3).toString();
    c.reason = q.value(4).toString();
    c.outcome = q.value(5).toString();
    c.note = q.value(6).toString();
    c.agent = q.value(7).toString();
    c.caseId = SqlValues::optional<qint64>(q.value(8));
    c.atMs = q.value(9).toLongLong();
    return c;
}

} // namespace ParcelDesk
