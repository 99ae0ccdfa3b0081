#include "returnrepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

const QStringList &fashionCodes()
{
    static const QStringList codes = {u"size_too_small"_s, u"size_too_large"_s,
        u"not_as_pictured"_s, u"quality"_s, u"changed_mind"_s, u"wrong_item"_s, u"damaged"_s};
    return codes;
}

const QStringList &otherCodes()
{
    static const QStringList codes = {u"defective"_s, u"not_as_described"_s, u"changed_mind"_s,
        u"wrong_item"_s, u"damaged"_s, u"arrived_late"_s};
    return codes;
}

} // namespace

QString ReturnRepository::reasonLabel(const QString &code)
{
    if (code == u"size_too_small")
        return tr("Too small");
    if (code == u"size_too_large")
        return tr("Too large");
    if (code == u"not_as_pictured")
        return tr("Looks different from the picture");
    if (code == u"quality")
        return tr("Quality not as expected");
    if (code == u"changed_mind")
        return tr("Changed their mind");
    if (code == u"wrong_item")
        return tr("Wrong item sent");
    if (code == u"damaged")
        return tr("Arrived damaged");
    if (code == u"defective")
        return tr("Does not work");
    if (code == u"not_as_described")
        return tr("Not as described");
    if (code == u"arrived_late")
        return tr("Arrived too late");
    return code;
}

QList<ReturnReason> ReturnRepository::reasons(const QString &category)
{
    QList<ReturnReason> list;
    for (const QString &code : category == u"fashion" ? fashionCodes() : otherCodes())
        list.append({code, reasonLabel(code)});
    return list;
}

QString ReturnRepository::stateLabel(ReturnState state)
{
    switch (state) {
    case ReturnState::Registered:
        return tr("Registered");
    case ReturnState::LabelIssued:
        return tr("Label issued");
    case ReturnState::InTransit:
        return tr("On its way back");
    case ReturnState::Received:
        return tr("Received");
    case ReturnState::Graded:
        return tr("Inspected");
    case ReturnState::Closed:
        return tr("Closed");
    case ReturnState::Refused:
        return tr("Refused");
    }
    return {};
}

Result<ReturnCase> ReturnRepository::start(qint64 orderId, const QString &reasonCode,
    const QString &note, const QString &agent, qint64 nowMs)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return Error {tr("Cannot start the return: %1").arg(q.lastError().text())};
    auto started = startWithinTransaction(orderId, reasonCode, note, agent, nowMs);
    if (!started || !QSqlQuery(db).exec(u"COMMIT"_s)) {
        const QString message = started
            ? tr("Cannot start the return: %1").arg(db.lastError().text())
            : started.error().message;
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return Error {message};
    }
    return started;
}

Result<ReturnCase> ReturnRepository::startWithinTransaction(qint64 orderId,
    const QString &reasonCode, const QString &note, const QString &agent, qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    const auto fail = [](const QString &message) -> Result<ReturnCase> { return Error {message}; };
    q.prepare(u"SELECT order_number, coalesce(category, '') FROM orders WHERE id = ?"_s);
    q.addBindValue(orderId);
    if (!q.exec())
        return fail(tr("Cannot start the return: %1").arg(q.lastError().text()));
    if (!q.next())
        return fail(tr("Order %1 is no longer in the database.").arg(orderId));
    const QString orderNumber = q.value(0).toString();
    const QString category = q.value(1).toString();
    const QStringList &allowed = category == u"fashion" ? fashionCodes() : otherCodes();
    if (!allowed.contains(reasonCode))
        return fail(tr("reason: \"%1\" is not a return reason for %2; use one of %3.")
                        .arg(reasonCode, category.isEmpty() ? tr("this order") : category,
                            allowed.join(u", "_s)));

    q.prepare(u"SELECT rma, state FROM returns WHERE order_id = ? AND state NOT IN "
              "('closed', 'refused') LIMIT 1"_s);
    q.addBindValue(orderId);
    if (!q.exec())
        return fail(tr("Cannot start the return: %1").arg(q.lastError().text()));
    if (q.next())
        return fail(tr("Order %1 already has the return %2 (%3).")
                        .arg(orderNumber, q.value(0).toString(),
                            stateLabel(returnStateFromString(q.value(1).toString())
                                           .value_or(ReturnState::Registered))));
    q.prepare(u"SELECT count(*) FROM returns WHERE order_id = ?"_s);
    q.addBindValue(orderId);
    if (!q.exec() || !q.next())
        return fail(tr("Cannot start the return: %1").arg(q.lastError().text()));
    QString key;
    for (const QChar c : orderNumber) {
        if (c.isLetterOrNumber())
            key += c.toUpper();
    }

    ReturnCase r;
    r.orderId = orderId;
    r.rma = u"R-%1-%2"_s.arg(key).arg(q.value(0).toLongLong() + 1);
    r.reasonCode = reasonCode;
    r.state = ReturnState::Registered;
    r.createdAtMs = nowMs;
    r.customerNote = note;
    q.prepare(u"INSERT INTO returns (order_id, rma, reason_code, state, created_at, customer_note) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(orderId);
    q.addBindValue(r.rma);
    q.addBindValue(reasonCode);
    q.addBindValue(returnStateToString(r.state));
    q.addBindValue(nowMs);
    q.addBindValue(note);
    if (!q.exec())
        return fail(tr("Cannot start the return: %1").arg(q.lastError().text()));
    r.id = q.lastInsertId().toLongLong();
    q.prepare(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
              "VALUES (?, ?, 'started', 'return', ?, ?)"_s);
    q.addBindValue(nowMs);
    q.addBindValue(agent);
    q.addBindValue(r.id);
    q.addBindValue(QString(r.rma + u' ' + reasonCode));
    if (!q.exec())
        return fail(tr("Cannot start the return: %1").arg(q.lastError().text()));
    return r;
}

} // namespace ParcelDesk
