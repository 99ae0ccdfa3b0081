#include "wismoanswerquery.h"

#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

std::optional<Customer> loadCustomer(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT id, external_ref, name, email, phone, language, country, postcode, city, "
              "time_zone, created_at FROM customers WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Customer c;
    c.id = q.value(0).toLongLong();
    c.externalRef = q.value(1).toString();
    c.name = q.value(2).toString();
    c.email = q.value(3).toString();
    c.phone = q.value(4).toString();
    c.language = q.value(5).toString();
    c.country = q.value(6).toString();
    c.postcode = q.value(7).toString();
    c.city = q.value(8).toString();
    c.timeZone = q.value(9).toString();
    c.createdAtMs = q.value(10).toLongLong();
    return c;
}

} // namespace

int WismoAnswer::outboundParcels() const
{
    return int(std::count_if(parcels.cbegin(), parcels.cend(),
        [](const Parcel &p) { return p.detail.facts.direction != u"return"; }));
}

bool WismoAnswer::hasOpenCase() const
{
    return std::any_of(parcels.cbegin(), parcels.cend(),
        [](const Parcel &p) { return !p.detail.openCases.isEmpty(); });
}

Result<WismoAnswer> WismoAnswerQuery::load(
    const QSqlDatabase &db, qint64 orderId, qint64 shipmentId, qint64 customerId, qint64 nowMs)
{
    WismoAnswer a;
    QList<qint64> shipmentIds;
    QSqlQuery q(db);
    if (orderId > 0) {
        q.prepare(u"SELECT order_number, placed_at, category, total_cents, currency, customer_id "
                  "FROM orders WHERE id = ?"_s);
        q.addBindValue(orderId);
        if (!q.exec())
            return Error {q.lastError().text()};
        if (!q.next())
            return Error {tr("Order %1 is no longer in the database.").arg(orderId)};
        a.orderId = orderId;
        a.orderNumber = q.value(0).toString();
        a.placedAtMs = q.value(1).toLongLong();
        a.category = q.value(2).toString();
        a.totalCents = q.value(3).toLongLong();
        a.currency = q.value(4).toString();
        customerId = q.value(5).toLongLong();
        q.prepare(
            // The parcels sent, newest first, then the customer's returns.
            u"SELECT id FROM shipments WHERE order_id = ? ORDER BY direction = 'return', "
            "shipped_at DESC, id DESC"_s);
        q.addBindValue(orderId);
        if (!q.exec())
            return Error {q.lastError().text()};
        while (q.next())
            shipmentIds << q.value(0).toLongLong();
    } else if (shipmentId > 0) {
        shipmentIds << shipmentId;
    }
    if (customerId > 0)
        a.customer = loadCustomer(db, customerId);
    if (orderId <= 0 && shipmentId <= 0 && !a.customer)
        return Error {tr("The customer is no longer in the database.")};

    for (const qint64 id : std::as_const(shipmentIds)) {
        auto detail = ShipmentDetailQuery::load(db, id, nowMs);
        if (!detail)
            return detail.error();
        WismoAnswer::Parcel p;
        p.detail = std::move(detail).value();
        p.options = DeliveryOptionRepository::options(db, id);
        p.requests = DeliveryOptionRepository::requests(db, id);
        a.parcels << p;
    }

    // Earlier contacts about the order or its parcels.
    if (a.orderId > 0 || !shipmentIds.isEmpty()) {
        QString where
            = shipmentIds.isEmpty() ? QString() : u"shipment_id IN (%1)"_s.arg(idList(shipmentIds));
        if (a.orderId > 0)
            where = (where.isEmpty() ? QString() : where + u" OR "_s)
                + u"order_id = %1"_s.arg(a.orderId);
        if (!q.exec(u"SELECT "_s + ContactRepository::columns() + u" FROM contacts WHERE "_s + where
                + u" ORDER BY occurred_at DESC, id DESC"_s))
            return Error {q.lastError().text()};
        while (q.next())
            a.contacts << ContactRepository::fromRow(q);
    }

    // What the customer was told: messages about these parcels, or general ones since the order.
    if (a.customer || !shipmentIds.isEmpty()) {
        QString where;
        if (a.customer) {
            where = u"customer_id = %1 AND (%2shipment_id IS NULL AND created_at >= %3)"_s.arg(
                QString::number(a.customer->id),
                shipmentIds.isEmpty() ? QString()
                                      : u"shipment_id IN (%1) OR "_s.arg(idList(shipmentIds)),
                QString::number(a.placedAtMs));
        } else {
            where = u"shipment_id IN (%1)"_s.arg(idList(shipmentIds));
        }
        if (!q.exec(u"SELECT id, coalesce(sent_at, created_at), channel, kind, state, "
                    "coalesce(subject, ''), shipment_id FROM messages WHERE "_s
                + where + u" ORDER BY 2 DESC, id DESC LIMIT 100"_s))
            return Error {q.lastError().text()};
        const qint64 firstContact
            = a.contacts.isEmpty() ? std::numeric_limits<qint64>::max() : a.contacts.back().atMs;
        while (q.next()) {
            WismoAnswer::Told t;
            t.id = q.value(0).toLongLong();
            t.atMs = q.value(1).toLongLong();
            t.channel = q.value(2).toString();
            t.kind = q.value(3).toString();
            t.state = q.value(4).toString();
            t.subject = q.value(5).toString();
            t.shipmentId = SqlValues::optional<qint64>(q.value(6));
            t.proactive = t.state == u"sent"_s && t.atMs < firstContact;
            a.messages << t;
        }
    }

    if (a.orderId > 0) {
        q.prepare(u"SELECT id, shipment_id, rma, reason_code, state, created_at, received_at, "
                  "coalesce(grade, ''), disposition, coalesce(customer_note, '') FROM returns "
                  "WHERE order_id = ? ORDER BY created_at DESC"_s);
        q.addBindValue(a.orderId);
        if (!q.exec())
            return Error {q.lastError().text()};
        while (q.next()) {
            ReturnCase r;
            r.id = q.value(0).toLongLong();
            r.orderId = a.orderId;
            r.shipmentId = SqlValues::optional<qint64>(q.value(1));
            r.rma = q.value(2).toString();
            r.reasonCode = q.value(3).toString();
            r.state
                = returnStateFromString(q.value(4).toString()).value_or(ReturnState::Registered);
            r.createdAtMs = q.value(5).toLongLong();
            r.receivedAtMs = SqlValues::optional<qint64>(q.value(6));
            r.grade = q.value(7).toString();
            r.disposition
                = dispositionFromString(q.value(8).toString()).value_or(Disposition::Undecided);
            r.customerNote = q.value(9).toString();
            a.returns << r;
        }
    }
    return a;
}

} // namespace ParcelDesk
