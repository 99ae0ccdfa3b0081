#include "deliveryoptionrepository.h"

#include "sqldialect.h"
#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

const QString requested = u"requested"_s;

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

} // namespace

const QStringList &DeliveryChangeRequest::states()
{
    static const QStringList list = {requested, u"done"_s, u"refused"_s, u"cancelled"_s};
    return list;
}

QString DeliveryOptionRepository::optionLabel(const QString &option)
{
    //: A delivery option a carrier offers for a parcel (FedEx RESCHEDULE)
    if (option == u"RESCHEDULE")
        return tr("Reschedule the delivery");
    //: FedEx REDIRECT_TO_HOLD_AT_LOCATION: the parcel waits at a FedEx location for pickup
    if (option == u"REDIRECT_TO_HOLD_AT_LOCATION")
        return tr("Hold at a FedEx location");
    //: FedEx REROUTE
    if (option == u"REROUTE")
        return tr("Deliver to another address");
    //: FedEx RETURN_TO_SHIPPER
    if (option == u"RETURN_TO_SHIPPER")
        return tr("Return to the sender");
    //: FedEx INDIRECT_SIGNATURE_RELEASE: the recipient signs in advance, the parcel is left
    if (option == u"INDIRECT_SIGNATURE_RELEASE")
        return tr("Release without a signature");
    //: FedEx DISPUTE_DELIVERY: the recipient says the parcel never arrived
    if (option == u"DISPUTE_DELIVERY")
        return tr("Dispute the delivery");
    //: FedEx SUPPLEMENT_ADDRESS: add an apartment number, a door code, ... to the address
    if (option == u"SUPPLEMENT_ADDRESS")
        return tr("Add to the address");
    return option;
}

QString DeliveryOptionRepository::eligibilityLabel(const QString &eligibility)
{
    //: Whether the carrier allows a delivery option for a parcel
    if (eligibility == u"ELIGIBLE")
        return tr("Eligible");
    //: The carrier may allow the option; it decides when asked
    if (eligibility == u"POSSIBLY_ELIGIBLE")
        return tr("Possibly eligible");
    if (eligibility == u"INELIGIBLE")
        return tr("Not eligible");
    return eligibility;
}

QString DeliveryOptionRepository::stateLabel(const QString &state)
{
    //: State of a delivery change a customer asked for
    if (state == requested)
        return tr("Requested");
    //: State of a delivery change: carried out
    if (state == u"done")
        return tr("Done");
    //: State of a delivery change: the carrier or the shop said no
    if (state == u"refused")
        return tr("Refused");
    //: State of a delivery change: the customer withdrew it
    if (state == u"cancelled")
        return tr("Cancelled");
    return state;
}

QList<ListedDeliveryOption> DeliveryOptionRepository::options(qint64 shipmentId) const
{
    return options(m_db.connection(), shipmentId);
}

QList<DeliveryChangeRequest> DeliveryOptionRepository::requests(qint64 shipmentId) const
{
    return requests(m_db.connection(), shipmentId);
}

QList<ListedDeliveryOption> DeliveryOptionRepository::options(
    const QSqlDatabase &db, qint64 shipmentId)
{
    QList<ListedDeliveryOption> list;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT option, eligibility, updated_at FROM delivery_options "
              "WHERE shipment_id = ? ORDER BY option"_s);
    q.addBindValue(shipmentId);
    if (!q.exec())
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    return list;
}

QList<DeliveryChangeRequest> DeliveryOptionRepository::requests(
    const QSqlDatabase &db, qint64 shipmentId)
{
    QList<DeliveryChangeRequest> list;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, shipment_id, option, detail, state, requested_at, agent, contact_id "
              "FROM delivery_change_requests WHERE shipment_id = ? "
              "ORDER BY requested_at DESC, id DESC"_s);
    q.addBindValue(shipmentId);
    if (!q.exec())
        return list;
    while (q.next()) {
        DeliveryChangeRequest r;
        r.id = q.value(0).toLongLong();
        r.shipmentId = q.value(1).toLongLong();
        r.option = q.value(2).toString();
        r.detail = q.value(3).toString();
        r.state = q.value(4).toString();
        r.requestedAtMs = q.value(5).toLongLong();
        r.agent = q.value(6).toString();
        r.contactId = SqlValues::optional<qint64>(q.value(7));
        list.append(r);
    }
    return list;
}

Result<qint64> DeliveryOptionRepository::request(qint64 shipmentId, const QString &option,
    const QString &detail, const QString &agent, std::optional<qint64> contactId, qint64 nowMs)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!Sql::beginWrite(q))
        return Error {tr("Cannot record the request: %1").arg(sqlError(q))};
    const auto id = requestWithinTransaction(shipmentId, option, detail, agent, contactId, nowMs);
    if (!id || !QSqlQuery(db).exec(u"COMMIT"_s)) {
        const QString message = id ? tr("Cannot record the request: %1").arg(db.lastError().text())
                                   : id.error().message;
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return Error {message};
    }
    return id;
}

Result<qint64> DeliveryOptionRepository::requestWithinTransaction(qint64 shipmentId,
    const QString &option, const QString &detail, const QString &agent,
    std::optional<qint64> contactId, qint64 nowMs)
{
    if (option.trimmed().isEmpty())
        return Error {tr("Say which delivery option the customer wants.")};
    if (agent.trimmed().isEmpty())
        return Error {tr("agent: who took the request is needed.")};
    //: A delivery option named for people, then its carrier code: Reschedule the delivery
    //: (RESCHEDULE)
    const QString named = optionLabel(option) == option
        ? option
        : tr("%1 (%2)", "option label (code)").arg(optionLabel(option), option);
    QSqlQuery q(m_db.connection());
    const auto fail = [](const QString &message) -> Result<qint64> { return Error {message}; };
    q.prepare(u"SELECT eligibility FROM delivery_options WHERE shipment_id = ? AND option = ?"_s);
    q.addBindValue(shipmentId);
    q.addBindValue(option);
    if (!q.exec())
        return fail(tr("Cannot record the request: %1").arg(sqlError(q)));
    if (!q.next())
        return fail(tr("The carrier does not offer %1 for this parcel.").arg(named));
    if (q.value(0).toString() == u"INELIGIBLE")
        return fail(tr("The carrier says this parcel is not eligible for %1.").arg(named));
    q.finish();

    q.prepare(
        u"INSERT INTO delivery_change_requests (shipment_id, option, detail, state, "
        "requested_at, agent, contact_id) VALUES (?, ?, coalesce(?, ''), 'requested', ?, ?, ?) "
        "RETURNING id"_s);
    q.addBindValue(shipmentId);
    q.addBindValue(option);
    q.addBindValue(detail.trimmed());
    q.addBindValue(nowMs);
    q.addBindValue(agent);
    q.addBindValue(SqlValues::bindable(contactId));
    if (!q.exec() || !q.next())
        return fail(tr("Cannot record the request: %1").arg(sqlError(q)));
    const qint64 id = q.value(0).toLongLong();
    q.prepare(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
              "VALUES (?, ?, 'requested', 'delivery_change_request', ?, ?)"_s);
    q.addBindValue(nowMs);
    q.addBindValue(agent);
    q.addBindValue(id);
    q.addBindValue(
        detail.trimmed().isEmpty() ? option : QString(option + u": "_s + detail.trimmed()));
    if (!q.exec())
        return fail(tr("Cannot record the request: %1").arg(sqlError(q)));
    return id;
}

Outcome DeliveryOptionRepository::setRequestState(
    qint64 id, const QString &state, const QString &agent, qint64 nowMs)
{
    if (state == requested || !DeliveryChangeRequest::states().contains(state))
        return Error {tr("A request can be done, refused or cancelled, not \"%1\".").arg(state)};
    if (agent.trimmed().isEmpty())
        return Error {tr("agent: who changed the request is needed.")};

    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!Sql::beginWrite(q))
        return Error {tr("Request %1: %2").arg(id).arg(sqlError(q))};
    const auto fail = [&](const QString &message) -> Outcome {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return Error {message};
    };
    q.prepare(u"SELECT state, option FROM delivery_change_requests WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return fail(tr("Request %1: %2").arg(id).arg(sqlError(q)));
    if (!q.next())
        return fail(tr("There is no delivery change request %1.").arg(id));
    const QString current = q.value(0).toString();
    const QString option = q.value(1).toString();
    q.finish();
    if (current != requested)
        return fail(tr("Request %1 is closed already (%2).").arg(id).arg(stateLabel(current)));

    q.prepare(u"UPDATE delivery_change_requests SET state = ? WHERE id = ?"_s);
    q.addBindValue(state);
    q.addBindValue(id);
    if (!q.exec())
        return fail(tr("Request %1: %2").arg(id).arg(sqlError(q)));
    q.prepare(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
              "VALUES (?, ?, ?, 'delivery_change_request', ?, ?)"_s);
    q.addBindValue(nowMs);
    q.addBindValue(agent);
    q.addBindValue(state);
    q.addBindValue(id);
    q.addBindValue(option);
    if (!q.exec())
        return fail(tr("Request %1: %2").arg(id).arg(sqlError(q)));
    if (!QSqlQuery(db).exec(u"COMMIT"_s))
        return fail(tr("Request %1: %2").arg(id).arg(db.lastError().text()));
    return Done {};
}

} // namespace ParcelDesk
