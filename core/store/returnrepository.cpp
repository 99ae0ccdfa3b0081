#include "returnrepository.h"

#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"
#include "carriers/trackingnumber.h"
#include "writetransaction.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

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

QString ReturnRepository::conditionLabel(ItemCondition condition)
{
    switch (condition) {
    case ItemCondition::Unopened:
        return tr("Unopened");
    case ItemCondition::Opened:
        return tr("Opened, unused");
    case ItemCondition::Used:
        return tr("Used");
    case ItemCondition::Damaged:
        return tr("Damaged");
    }
    return {};
}

QString ReturnRepository::outcomeLabel(ReturnOutcome outcome)
{
    switch (outcome) {
    case ReturnOutcome::Accept:
        return tr("Accepted");
    case ReturnOutcome::Review:
        return tr("Waiting for review");
    case ReturnOutcome::KeepIt:
        return tr("Keep it, refund");
    case ReturnOutcome::Refuse:
        return tr("Refused");
    }
    return {};
}

QString ReturnRepository::dispositionLabel(Disposition disposition)
{
    switch (disposition) {
    case Disposition::Undecided:
        return tr("Not decided");
    case Disposition::Resell:
        return tr("Resell");
    case Disposition::Refurbish:
        return tr("Refurbish");
    case Disposition::Outlet:
        return tr("Outlet");
    case Disposition::Donate:
        return tr("Donate");
    case Disposition::Recycle:
        return tr("Recycle");
    case Disposition::Landfill:
        return tr("Landfill");
    }
    return {};
}

QString ReturnRepository::resolutionLabel(ReturnResolution resolution)
{
    return resolution == ReturnResolution::Refund ? tr("Refund") : tr("Exchange");
}

QString ReturnRepository::settlementLabel(ReturnResolution resolution, Settlement settlement)
{
    switch (settlement) {
    case Settlement::Open:
        return resolution == ReturnResolution::Refund ? tr("Refund open") : tr("Exchange open");
    case Settlement::Done:
        return resolution == ReturnResolution::Refund ? tr("Refunded") : tr("Exchange sent");
    case Settlement::None:
        return tr("Nothing owed");
    }
    return {};
}

Result<qint64> ReturnRepository::orderIdByNumber(const QString &orderNumber) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id FROM orders WHERE order_number = ?"_s);
    q.addBindValue(orderNumber.trimmed().toUpper());
    if (!q.exec())
        return Error {tr("Cannot look up the order: %1").arg(q.lastError().text())};
    if (!q.next())
        return Error {tr("There is no order %1.").arg(orderNumber.trimmed())};
    return q.value(0).toLongLong();
}

Result<ReturnableOrder> ReturnRepository::returnableOrder(qint64 orderId) const
{
    QSqlQuery q(m_db.connection());
    const auto fail = [&q]() -> Result<ReturnableOrder> {
        return Error {tr("Cannot read the order: %1").arg(q.lastError().text())};
    };
    q.prepare(u"SELECT o.order_number, o.currency, coalesce(o.category, ''), o.total_cents, "
              "c.id, c.name, c.language, coalesce(c.country, ''), "
              "(SELECT min(s.delivered_at) FROM shipments s WHERE s.order_id = o.id "
              "AND s.direction = 'outbound'), "
              "(SELECT s.origin_country FROM shipments s WHERE s.order_id = o.id "
              "AND s.direction = 'outbound' ORDER BY s.shipped_at, s.id LIMIT 1) "
              "FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = ?"_s);
    q.addBindValue(orderId);
    if (!q.exec())
        return fail();
    if (!q.next())
        return Error {tr("Order %1 is no longer in the database.").arg(orderId)};
    ReturnableOrder o;
    o.orderId = orderId;
    o.orderNumber = q.value(0).toString();
    o.currency = q.value(1).toString();
    o.category = q.value(2).toString();
    const qint64 totalCents = q.value(3).toLongLong();
    o.customerId = q.value(4).toLongLong();
    o.customerName = q.value(5).toString();
    o.language = q.value(6).toString();
    o.country = q.value(7).toString();
    if (!q.value(8).isNull())
        o.deliveredOn = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC).date();
    o.warehouse = q.value(9).toString();

    // What is already coming back, per order line (NULL: the whole order).
    QHash<qint64, int> returned;
    int returnedWhole = 0;
    q.prepare(u"SELECT i.order_item_id, sum(i.quantity) FROM return_items i "
              "JOIN returns r ON r.id = i.return_id WHERE r.order_id = ? "
              "AND r.state <> 'refused' AND i.outcome <> 'refuse' GROUP BY i.order_item_id"_s);
    q.addBindValue(orderId);
    if (!q.exec())
        return fail();
    while (q.next()) {
        if (q.value(0).isNull())
            returnedWhole = q.value(1).toInt();
        else
            returned.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }
    q.prepare(u"SELECT id, sku, description, coalesce(category, ''), quantity, unit_price_cents "
              "FROM order_items WHERE order_id = ? ORDER BY line"_s);
    q.addBindValue(orderId);
    if (!q.exec())
        return fail();
    while (q.next()) {
        ReturnableLine line;
        line.orderItemId = q.value(0).toLongLong();
        line.sku = q.value(1).toString();
        line.description = q.value(2).toString();
        line.category = q.value(3).toString();
        if (line.category.isEmpty())
            line.category = o.category;
        line.ordered = q.value(4).toInt();
        line.returned = returned.value(*line.orderItemId);
        line.unitPriceCents = q.value(5).toLongLong();
        o.lines.append(line);
    }
    if (o.lines.isEmpty()) {
        ReturnableLine whole;
        whole.category = o.category;
        whole.returned = std::min(returnedWhole, 1);
        whole.unitPriceCents = totalCents;
        o.lines.append(whole);
    }
    return o;
}

Result<QString> ReturnRepository::newRma(qint64 orderId, const QString &orderNumber) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT count(*) FROM returns WHERE order_id = ?"_s);
    q.addBindValue(orderId);
    if (!q.exec() || !q.next())
        return Error {tr("Cannot start the return: %1").arg(q.lastError().text())};
    QString key;
    for (const QChar c : orderNumber) {
        if (c.isLetterOrNumber())
            key += c.toUpper();
    }
    // Counting can collide with an RMA of a deleted return; the next free number is taken.
    for (qint64 n = q.value(0).toLongLong() + 1;; ++n) {
        const QString rma = u"R-%1-%2"_s.arg(key).arg(n);
        q.prepare(u"SELECT 1 FROM returns WHERE rma = ?"_s);
        q.addBindValue(rma);
        if (!q.exec())
            return Error {tr("Cannot start the return: %1").arg(q.lastError().text())};
        if (!q.next())
            return rma;
    }
}

Result<ReturnCase> ReturnRepository::registerWithinTransaction(const ReturnableOrder &order,
    const QList<ReturnLineRequest> &lines, ReturnOutcome outcome, const QString &outcomeReason,
    const QString &note, ReturnResolution resolution, const QString &agent, qint64 nowMs)
{
    if (lines.isEmpty())
        return Error {tr("A return needs at least one item.")};
    QHash<int, int> asked;
    for (const ReturnLineRequest &l : lines) {
        if (l.line < 0 || l.line >= order.lines.size())
            return Error {
                tr("Item %1 is not a line of order %2.").arg(l.line + 1).arg(order.orderNumber)};
        const ReturnableLine &line = order.lines.at(l.line);
        const QString name = line.description.isEmpty() ? tr("the order") : line.description;
        if (l.quantity <= 0)
            return Error {tr("quantity: %1 for %2; give at least 1.").arg(l.quantity).arg(name)};
        asked[l.line] += l.quantity;
        if (asked[l.line] > line.returnable())
            return Error {line.returnable() == 0
                    ? tr("%1 of order %2 is already being returned.").arg(name, order.orderNumber)
                    : tr("quantity: %1 of %2 asked, but only %3 can still be returned.")
                          .arg(asked[l.line])
                          .arg(name)
                          .arg(line.returnable())};
        bool known = false;
        for (const ReturnReason &r : reasons(line.category))
            known = known || r.code == l.reasonCode;
        if (!known) {
            QStringList codes;
            for (const ReturnReason &r : reasons(line.category))
                codes.append(r.code);
            return Error {
                tr("reason: \"%1\" is not a return reason for %2; use one of %3.")
                    .arg(l.reasonCode, line.category.isEmpty() ? tr("this order") : line.category,
                        codes.join(u", "_s))};
        }
    }
    const auto rma = newRma(order.orderId, order.orderNumber);
    if (!rma)
        return rma.error();

    ReturnCase r;
    r.orderId = order.orderId;
    r.rma = *rma;
    r.reasonCode = lines.first().reasonCode;
    r.state = outcome == ReturnOutcome::Refuse ? ReturnState::Refused : ReturnState::Registered;
    r.createdAtMs = nowMs;
    r.customerNote = note;
    r.warehouse = order.warehouse;
    r.outcome = outcome;
    r.outcomeReason = outcomeReason;
    r.resolution = resolution;
    r.settlement = outcome == ReturnOutcome::Refuse ? Settlement::None : Settlement::Open;

    QSqlQuery q(m_db.connection());
    const auto fail = [&q]() -> Result<ReturnCase> {
        return Error {tr("Cannot start the return: %1").arg(q.lastError().text())};
    };
    q.prepare(u"INSERT INTO returns (order_id, rma, reason_code, state, created_at, "
              "customer_note, warehouse, outcome, outcome_reason, resolution, settlement, "
              "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(r.orderId);
    q.addBindValue(r.rma);
    q.addBindValue(r.reasonCode);
    q.addBindValue(returnStateToString(r.state));
    q.addBindValue(nowMs);
    q.addBindValue(note.isEmpty() ? QVariant() : QVariant(note));
    q.addBindValue(r.warehouse.isEmpty() ? QVariant() : QVariant(r.warehouse));
    q.addBindValue(returnOutcomeToString(outcome));
    q.addBindValue(outcomeReason.isEmpty() ? QVariant() : QVariant(outcomeReason));
    q.addBindValue(returnResolutionToString(resolution));
    q.addBindValue(settlementToString(r.settlement));
    q.addBindValue(nowMs);
    if (!q.exec() || !q.next())
        return fail();
    r.id = q.value(0).toLongLong();
    q.prepare(
        u"INSERT INTO return_items (return_id, order_item_id, sku, description, category, "
        "quantity, unit_price_cents, reason_code, condition, outcome, outcome_reason) "
        "VALUES (?, ?, coalesce(?, ''), coalesce(?, ''), ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    QStringList summary;
    for (const ReturnLineRequest &l : lines) {
        const ReturnableLine &line = order.lines.at(l.line);
        ReturnItem item;
        item.orderItemId = line.orderItemId;
        item.sku = line.sku;
        item.description = line.description;
        item.category = line.category.isEmpty() ? u"other"_s : line.category;
        item.quantity = l.quantity;
        item.unitPriceCents = line.unitPriceCents;
        item.reasonCode = l.reasonCode;
        item.condition = l.condition;
        item.outcome = l.outcome;
        item.outcomeReason = l.outcomeReason;
        q.addBindValue(r.id);
        q.addBindValue(item.orderItemId ? QVariant(*item.orderItemId) : QVariant());
        q.addBindValue(item.sku);
        q.addBindValue(item.description);
        q.addBindValue(item.category);
        q.addBindValue(item.quantity);
        q.addBindValue(item.unitPriceCents);
        q.addBindValue(item.reasonCode);
        q.addBindValue(itemConditionToString(item.condition));
        q.addBindValue(returnOutcomeToString(item.outcome));
        q.addBindValue(item.outcomeReason.isEmpty() ? QVariant() : QVariant(item.outcomeReason));
        if (!q.exec() || !q.next())
            return fail();
        item.id = q.value(0).toLongLong();
        r.items.append(item);
        summary.append(u"%1×%2 %3 %4"_s.arg(item.quantity)
                           .arg(item.sku.isEmpty() ? u"order"_s : item.sku, item.reasonCode,
                               returnOutcomeToString(item.outcome)));
    }
    q.prepare(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
              "VALUES (?, ?, 'started', 'return', ?, ?)"_s);
    q.addBindValue(nowMs);
    q.addBindValue(agent);
    q.addBindValue(r.id);
    q.addBindValue(u"%1 %2 %3: %4"_s.arg(r.rma, returnOutcomeToString(outcome),
        returnResolutionToString(resolution), summary.join(u"; "_s)));
    if (!q.exec())
        return fail();
    return r;
}

Result<ReturnRepository::Detail> ReturnRepository::load(qint64 returnId) const
{
    QSqlQuery q(m_db.connection());
    const auto fail = [&q]() -> Result<Detail> {
        return Error {tr("Cannot read the return: %1").arg(q.lastError().text())};
    };
    q.prepare(u"SELECT r.order_id, r.shipment_id, r.rma, r.reason_code, r.state, r.created_at, "
              "r.received_at, coalesce(r.grade, ''), r.disposition, coalesce(r.customer_note, ''), "
              "coalesce(r.warehouse, ''), r.outcome, coalesce(r.outcome_reason, ''), "
              "r.dropped_off_at, r.arrived_at, r.reusable_packaging, r.resolution, r.settlement, "
              "r.refund_cents, r.settled_at, o.order_number, c.name, c.language, o.currency, "
              "coalesce(s.carrier, ''), coalesce(s.tracking_number, ''), "
              "coalesce(s.status_tag, '') FROM returns r JOIN orders o ON o.id = r.order_id "
              "JOIN customers c ON c.id = o.customer_id "
              "LEFT JOIN shipments s ON s.id = r.shipment_id WHERE r.id = ?"_s);
    q.addBindValue(returnId);
    if (!q.exec())
        return fail();
    if (!q.next())
        return Error {tr("Return %1 is no longer in the database.").arg(returnId)};
    const auto optionalMs = [&q](int column) -> std::optional<qint64> {
        if (q.value(column).isNull())
            return std::nullopt;
        return q.value(column).toLongLong();
    };
    Detail d;
    ReturnCase &r = d.ret;
    r.id = returnId;
    r.orderId = q.value(0).toLongLong();
    r.shipmentId = optionalMs(1);
    r.rma = q.value(2).toString();
    r.reasonCode = q.value(3).toString();
    r.state = returnStateFromString(q.value(4).toString()).value_or(ReturnState::Registered);
    r.createdAtMs = q.value(5).toLongLong();
    r.receivedAtMs = optionalMs(6);
    r.grade = q.value(7).toString();
    r.disposition = dispositionFromString(q.value(8).toString()).value_or(Disposition::Undecided);
    r.customerNote = q.value(9).toString();
    r.warehouse = q.value(10).toString();
    r.outcome = returnOutcomeFromString(q.value(11).toString()).value_or(ReturnOutcome::Accept);
    r.outcomeReason = q.value(12).toString();
    r.droppedOffAtMs = optionalMs(13);
    r.arrivedAtMs = optionalMs(14);
    if (!q.value(15).isNull())
        r.reusablePackaging = q.value(15).toInt() != 0;
    r.resolution
        = returnResolutionFromString(q.value(16).toString()).value_or(ReturnResolution::Refund);
    r.settlement = settlementFromString(q.value(17).toString()).value_or(Settlement::Open);
    r.refundCents = optionalMs(18);
    r.settledAtMs = optionalMs(19);
    d.orderNumber = q.value(20).toString();
    d.customerName = q.value(21).toString();
    d.language = q.value(22).toString();
    d.currency = q.value(23).toString();
    d.carrier = q.value(24).toString();
    d.trackingNumber = q.value(25).toString();
    d.parcelStatus = q.value(26).toString();

    q.prepare(u"SELECT id, order_item_id, sku, description, category, quantity, "
              "unit_price_cents, reason_code, condition, outcome, coalesce(outcome_reason, ''), "
              "coalesce(grade, ''), disposition, coalesce(disposition_reason, '') "
              "FROM return_items WHERE return_id = ? ORDER BY id"_s);
    q.addBindValue(returnId);
    if (!q.exec())
        return fail();
    while (q.next()) {
        ReturnItem i;
        i.id = q.value(0).toLongLong();
        i.orderItemId = optionalMs(1);
        i.sku = q.value(2).toString();
        i.description = q.value(3).toString();
        i.category = q.value(4).toString();
        i.quantity = q.value(5).toInt();
        i.unitPriceCents = q.value(6).toLongLong();
        i.reasonCode = q.value(7).toString();
        i.condition = itemConditionFromString(q.value(8).toString()).value_or(ItemCondition::Used);
        i.outcome = returnOutcomeFromString(q.value(9).toString()).value_or(ReturnOutcome::Accept);
        i.outcomeReason = q.value(10).toString();
        i.grade = q.value(11).toString();
        i.disposition
            = dispositionFromString(q.value(12).toString()).value_or(Disposition::Undecided);
        i.dispositionReason = q.value(13).toString();
        r.items.append(i);
    }
    return d;
}

Result<std::optional<qint64>> ReturnRepository::findByScan(const QString &scan) const
{
    const QString key = normalizeTrackingNumber(scan);
    if (key.isEmpty())
        return std::optional<qint64>();
    QSqlQuery q(m_db.connection());
    // As printed: an RMA ("R-10042-1") or the parcel's number, each found by its index. Only a
    // scanner that drops the dashes ("R100421") makes it compare every RMA.
    q.prepare(u"SELECT id FROM returns WHERE rma = ? "
              "UNION ALL SELECT r.id FROM shipments s JOIN returns r ON r.shipment_id = s.id "
              "WHERE s.tracking_number = ? AND s.direction = 'return' "
              "UNION ALL SELECT id FROM (SELECT id FROM returns "
              "WHERE upper(replace(rma, '-', '')) = ? LIMIT 1) AS r LIMIT 1"_s);
    q.addBindValue(scan.trimmed().toUpper());
    q.addBindValue(key);
    q.addBindValue(key);
    if (!q.exec())
        return Error {tr("Cannot look up the return: %1").arg(q.lastError().text())};
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Outcome ReturnRepository::change(qint64 returnId, const QString &action, const QString &detail,
    const QString &agent, qint64 nowMs, const std::function<Outcome(const Detail &)> &apply,
    bool ownTransaction)
{
    std::optional<WriteTransaction> tx;
    if (ownTransaction) {
        tx.emplace(m_db.connection());
        if (!tx->isOpen())
            return Error {tr("Cannot change the return: %1").arg(tx->error())};
    }
    const auto current = load(returnId);
    if (!current)
        return current.error();
    if (const Outcome applied = apply(*current); !applied)
        return applied;
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
              "VALUES (?, ?, ?, 'return', ?, ?)"_s);
    q.addBindValue(nowMs);
    q.addBindValue(agent);
    q.addBindValue(action);
    q.addBindValue(returnId);
    q.addBindValue(detail.isEmpty() ? current->ret.rma : current->ret.rma + u' ' + detail);
    if (!q.exec())
        return Error {tr("Cannot change the return: %1").arg(q.lastError().text())};
    if (tx && !tx->commit())
        return Error {tr("Cannot change the return: %1").arg(tx->error())};
    return Done {};
}

namespace {

QString formatCents(qint64 cents, const QString &currency)
{
    return QLocale().toString(double(cents) / 100.0, 'f', 2) + QChar(0x00A0) + currency;
}

Outcome execOrFail(QSqlQuery &q)
{
    if (q.exec())
        return Done {};
    return Error {ReturnRepository::tr("Cannot change the return: %1").arg(q.lastError().text())};
}

Error wrongState(const ReturnRepository::Detail &d)
{
    return Error {ReturnRepository::tr("Return %1 is %2; that cannot be done now.")
                      .arg(d.ret.rma, ReturnRepository::stateLabel(d.ret.state).toLower())};
}

} // namespace

Outcome ReturnRepository::approve(qint64 returnId, const QString &agent, qint64 nowMs)
{
    return change(returnId, u"approved"_s, {}, agent, nowMs, [&](const Detail &d) -> Outcome {
        if (d.ret.outcome != ReturnOutcome::Review || d.ret.state != ReturnState::Registered)
            return Error {tr("Return %1 is not waiting for review.").arg(d.ret.rma)};
        // What the person approved comes back; lines the policy let the customer keep stay so.
        bool anythingBack = false;
        for (const ReturnItem &i : d.ret.items)
            anythingBack = anythingBack || i.outcome == ReturnOutcome::Review
                || i.outcome == ReturnOutcome::Accept;
        QSqlQuery q(m_db.connection());
        q.prepare(u"UPDATE return_items SET outcome = 'accept' "
                  "WHERE return_id = ? AND outcome = 'review'"_s);
        q.addBindValue(returnId);
        if (const Outcome done = execOrFail(q); !done)
            return done;
        q.prepare(u"UPDATE returns SET outcome = ?, reviewed_by = ?, reviewed_at = ?, "
                  "updated_at = ? WHERE id = ?"_s);
        q.addBindValue(anythingBack ? u"accept"_s : u"keep"_s);
        q.addBindValue(agent);
        q.addBindValue(nowMs);
        q.addBindValue(nowMs);
        q.addBindValue(returnId);
        return execOrFail(q);
    });
}

Outcome ReturnRepository::refuse(
    qint64 returnId, const QString &reason, const QString &agent, qint64 nowMs)
{
    if (reason.trimmed().isEmpty())
        return Error {tr("reason: say why the return is refused.")};
    return change(
        returnId, u"refused"_s, reason.trimmed(), agent, nowMs, [&](const Detail &d) -> Outcome {
            if (d.ret.state != ReturnState::Registered)
                return wrongState(d);
            QSqlQuery q(m_db.connection());
            q.prepare(u"UPDATE return_items SET outcome = 'refuse', outcome_reason = "
                      "coalesce(outcome_reason, 'refused_by_person') WHERE return_id = ?"_s);
            q.addBindValue(returnId);
            if (const Outcome done = execOrFail(q); !done)
                return done;
            q.prepare(u"UPDATE returns SET state = 'refused', outcome = 'refuse', "
                      "outcome_reason = ?, settlement = 'none', reviewed_by = ?, "
                      "reviewed_at = ?, updated_at = ? WHERE id = ?"_s);
            q.addBindValue(reason.trimmed());
            q.addBindValue(agent);
            q.addBindValue(nowMs);
            q.addBindValue(nowMs);
            q.addBindValue(returnId);
            return execOrFail(q);
        });
}

Outcome ReturnRepository::issueLabel(qint64 returnId, const QString &carrier,
    const QString &trackingNumber, const QString &agent, qint64 nowMs)
{
    return label(returnId, carrier, trackingNumber, agent, nowMs, true);
}

Outcome ReturnRepository::issueLabelWithinTransaction(qint64 returnId, const QString &carrier,
    const QString &trackingNumber, const QString &agent, qint64 nowMs)
{
    return label(returnId, carrier, trackingNumber, agent, nowMs, false);
}

Outcome ReturnRepository::label(qint64 returnId, const QString &carrier,
    const QString &trackingNumber, const QString &agent, qint64 nowMs, bool ownTransaction)
{
    const QString number = normalizeTrackingNumber(trackingNumber);
    if (number.isEmpty())
        return Error {tr("tracking number: give the return parcel's number.")};
    const CarrierAdapter *adapter = carrierAdapter(carrier.trimmed());
    if (!adapter) {
        QStringList ids;
        for (const CarrierAdapter *a : carrierAdapters())
            ids << a->id();
        return Error {tr("carrier: \"%1\" is not a carrier ParcelDesk tracks; use one of %2.")
                          .arg(carrier, ids.join(u", "_s))};
    }
    // A number no carrier's format fits is a typo, not a label; one that fits only other
    // carriers' formats belongs to them.
    const TrackingNumberRecognition recognized = recognizeTrackingNumber(number);
    bool fits = false;
    QStringList others;
    for (const TrackingNumberCandidate &c : recognized.candidates) {
        fits = fits || c.carrier == adapter->id();
        if (!c.carrier.isEmpty())
            others << c.carrier;
    }
    if (!fits && recognized.candidates.isEmpty())
        return Error {tr("tracking number: %1 is not a tracking number of any carrier ParcelDesk "
                         "knows; check it against the label.")
                          .arg(number)};
    if (!fits && !others.isEmpty())
        return Error {tr("tracking number: %1 is a %2 number, not %3.")
                          .arg(number, others.join(u"/"_s).toUpper(), adapter->displayName())};
    return change(
        returnId, u"label"_s, carrier + u' ' + number, agent, nowMs,
        [&](const Detail &d) -> Outcome {
            if (d.ret.state != ReturnState::Registered && d.ret.state != ReturnState::LabelIssued)
                return wrongState(d);
            if (d.ret.outcome == ReturnOutcome::Review)
                return Error {tr("Return %1 waits for review; approve it before a label is made.")
                                  .arg(d.ret.rma)};
            if (d.ret.outcome != ReturnOutcome::Accept)
                return Error {tr("Return %1 is %2: nothing comes back, so it needs no label.")
                                  .arg(d.ret.rma, outcomeLabel(d.ret.outcome).toLower())};
            QSqlQuery q(m_db.connection());
            q.prepare(u"SELECT r.rma FROM shipments s JOIN returns r ON r.shipment_id = s.id "
                      "WHERE s.tracking_number = ? AND s.carrier = ? AND r.id <> ?"_s);
            q.addBindValue(number);
            q.addBindValue(adapter->id());
            q.addBindValue(returnId);
            if (!q.exec())
                return execOrFail(q);
            if (q.next())
                return Error {
                    tr("%1 is already the label of return %2.").arg(number, q.value(0).toString())};
            QString customerCountry;
            q.prepare(u"SELECT coalesce(c.country, '') FROM orders o "
                      "JOIN customers c ON c.id = o.customer_id WHERE o.id = ?"_s);
            q.addBindValue(d.ret.orderId);
            if (q.exec() && q.next())
                customerCountry = q.value(0).toString();
            if (d.ret.shipmentId && d.trackingNumber == number && d.carrier == adapter->id())
                return Error {tr("%1 is already the label of return %2.").arg(number, d.ret.rma)};
            q.prepare(u"INSERT INTO shipments (order_id, carrier, tracking_number, direction, "
                      "origin_country, dest_country, status_at, shipped_at, next_poll_at, "
                      "created_at) VALUES (?, ?, ?, 'return', ?, ?, ?, ?, ?, ?) RETURNING id"_s);
            q.addBindValue(d.ret.orderId);
            q.addBindValue(adapter->id());
            q.addBindValue(number);
            q.addBindValue(customerCountry.isEmpty() ? QVariant() : QVariant(customerCountry));
            q.addBindValue(d.ret.warehouse.isEmpty() ? QVariant() : QVariant(d.ret.warehouse));
            q.addBindValue(nowMs);
            q.addBindValue(nowMs);
            q.addBindValue(nowMs);
            q.addBindValue(nowMs);
            if (const Outcome done = execOrFail(q); !done)
                return done;
            if (!q.next())
                return Error {tr("Cannot change the return: %1").arg(q.lastError().text())};
            const qint64 shipmentId = q.value(0).toLongLong();
            q.prepare(u"UPDATE returns SET shipment_id = ?, state = 'label_issued', "
                      "updated_at = ? WHERE id = ?"_s);
            q.addBindValue(shipmentId);
            q.addBindValue(nowMs);
            q.addBindValue(returnId);
            if (const Outcome done = execOrFail(q); !done)
                return done;
            // A replaced label: its parcel goes if it was never scanned, else it is no longer
            // polled (its scans stay, for the record).
            if (d.ret.shipmentId) {
                q.prepare(u"DELETE FROM shipments WHERE id = ? AND NOT EXISTS (SELECT 1 FROM "
                          "tracking_events e WHERE e.shipment_id = shipments.id)"_s);
                q.addBindValue(*d.ret.shipmentId);
                if (const Outcome done = execOrFail(q); !done)
                    return done;
                q.prepare(u"UPDATE shipments SET next_poll_at = NULL WHERE id = ?"_s);
                q.addBindValue(*d.ret.shipmentId);
                return execOrFail(q);
            }
            return Done {};
        },
        ownTransaction);
}

Outcome ReturnRepository::receive(qint64 returnId, const QString &agent, qint64 nowMs)
{
    return change(returnId, u"received"_s, {}, agent, nowMs, [&](const Detail &d) -> Outcome {
        if (d.ret.receivedAtMs)
            return Error {tr("Return %1 was already received on %2.")
                              .arg(d.ret.rma,
                                  QLocale().toString(
                                      QDateTime::fromMSecsSinceEpoch(*d.ret.receivedAtMs).date(),
                                      QLocale::ShortFormat))};
        if (d.ret.state == ReturnState::Refused || d.ret.state == ReturnState::Closed)
            return wrongState(d);
        if (d.ret.outcome == ReturnOutcome::Review)
            return Error {
                tr("Return %1 waits for review; approve it before it is received.").arg(d.ret.rma)};
        QSqlQuery q(m_db.connection());
        q.prepare(u"UPDATE returns SET state = 'received', received_at = ?, "
                  "arrived_at = coalesce(arrived_at, ?), updated_at = ? WHERE id = ?"_s);
        q.addBindValue(nowMs);
        q.addBindValue(nowMs);
        q.addBindValue(nowMs);
        q.addBindValue(returnId);
        return execOrFail(q);
    });
}

Outcome ReturnRepository::grade(qint64 returnId, const QList<ReturnLineGrade> &grades,
    std::optional<bool> reusablePackaging, const QString &agent, qint64 nowMs)
{
    QStringList detail;
    for (const ReturnLineGrade &g : grades)
        detail.append(u"%1:%2 %3"_s.arg(g.itemId).arg(g.grade, dispositionToString(g.disposition)));
    return change(
        returnId, u"graded"_s, detail.join(u", "_s), agent, nowMs, [&](const Detail &d) -> Outcome {
            if (d.ret.state != ReturnState::Received && d.ret.state != ReturnState::Graded)
                return d.ret.receivedAtMs
                    ? wrongState(d)
                    : Error {tr("Return %1 has not been received yet.").arg(d.ret.rma)};
            QHash<qint64, const ReturnItem *> back;
            for (const ReturnItem &i : d.ret.items) {
                if (i.outcome == ReturnOutcome::Accept || i.outcome == ReturnOutcome::Review)
                    back.insert(i.id, &i);
            }
            QHash<qint64, ReturnLineGrade> byItem;
            for (const ReturnLineGrade &g : grades) {
                const ReturnItem *item = back.value(g.itemId);
                if (!item)
                    return Error {tr("Line %1 is not part of return %2 that came back.")
                                      .arg(g.itemId)
                                      .arg(d.ret.rma)};
                const QString name
                    = item->description.isEmpty() ? tr("the order") : item->description;
                if (g.grade.size() != 1 || g.grade.at(0) < u'A' || g.grade.at(0) > u'D')
                    return Error {tr("grade: \"%1\" for %2; use A, B, C or D.").arg(g.grade, name)};
                if (g.disposition == Disposition::Undecided)
                    return Error {tr("disposition: say where %1 goes.").arg(name)};
                if (g.disposition == Disposition::Landfill && g.reason.trimmed().isEmpty())
                    return Error {
                        tr("disposition: landfill for %1 needs a reason why nothing else applies.")
                            .arg(name)};
                byItem.insert(g.itemId, g);
            }
            for (auto it = back.cbegin(); it != back.cend(); ++it) {
                if (!byItem.contains(it.key()))
                    return Error {
                        tr("Grade every line: %1 has none.")
                            .arg(it.value()->description.isEmpty() ? tr("the order")
                                                                   : it.value()->description)};
            }
            QSqlQuery q(m_db.connection());
            q.prepare(u"UPDATE return_items SET grade = ?, disposition = ?, "
                      "disposition_reason = ? WHERE id = ?"_s);
            QString worst;
            QHash<Disposition, int> quantities;
            for (const ReturnLineGrade &g : std::as_const(byItem)) {
                q.addBindValue(g.grade);
                q.addBindValue(dispositionToString(g.disposition));
                q.addBindValue(
                    g.reason.trimmed().isEmpty() ? QVariant() : QVariant(g.reason.trimmed()));
                q.addBindValue(g.itemId);
                if (const Outcome done = execOrFail(q); !done)
                    return done;
                worst = std::max(worst, g.grade);
                quantities[g.disposition] += back.value(g.itemId)->quantity;
            }
            // The return as a whole: its worst grade and where most of it went.
            Disposition most = Disposition::Undecided;
            for (auto it = quantities.cbegin(); it != quantities.cend(); ++it) {
                if (most == Disposition::Undecided || it.value() > quantities.value(most)
                    || (it.value() == quantities.value(most) && it.key() > most))
                    most = it.key();
            }
            q.prepare(u"UPDATE returns SET state = 'graded', grade = ?, disposition = ?, "
                      "reusable_packaging = ?, graded_at = ?, graded_by = ?, updated_at = ? "
                      "WHERE id = ?"_s);
            q.addBindValue(worst);
            q.addBindValue(dispositionToString(most));
            q.addBindValue(reusablePackaging ? QVariant(int(*reusablePackaging)) : QVariant());
            q.addBindValue(nowMs);
            q.addBindValue(agent);
            q.addBindValue(nowMs);
            q.addBindValue(returnId);
            return execOrFail(q);
        });
}

Outcome ReturnRepository::setResolution(
    qint64 returnId, ReturnResolution resolution, const QString &agent, qint64 nowMs)
{
    return change(returnId, u"resolution"_s, returnResolutionToString(resolution), agent, nowMs,
        [&](const Detail &d) -> Outcome {
            if (d.ret.settlement != Settlement::Open)
                return Error {
                    tr("Return %1 is settled: %2.")
                        .arg(d.ret.rma, settlementLabel(d.ret.resolution, d.ret.settlement))};
            QSqlQuery q(m_db.connection());
            q.prepare(u"UPDATE returns SET resolution = ?, updated_at = ? WHERE id = ?"_s);
            q.addBindValue(returnResolutionToString(resolution));
            q.addBindValue(nowMs);
            q.addBindValue(returnId);
            return execOrFail(q);
        });
}

Outcome ReturnRepository::settle(
    qint64 returnId, std::optional<qint64> refundCents, const QString &agent, qint64 nowMs)
{
    if (refundCents && *refundCents < 0)
        return Error {tr("refund: an amount cannot be negative.")};
    return change(returnId, u"settled"_s, refundCents ? QString::number(*refundCents) : QString(),
        agent, nowMs, [&](const Detail &d) -> Outcome {
            if (d.ret.settlement != Settlement::Open)
                return Error {
                    tr("Return %1 is settled: %2.")
                        .arg(d.ret.rma, settlementLabel(d.ret.resolution, d.ret.settlement))};
            const bool keepIt = d.ret.outcome == ReturnOutcome::KeepIt;
            if (!keepIt && d.ret.state != ReturnState::Graded)
                return Error {tr("Return %1 is %2; it is settled once the items are inspected.")
                                  .arg(d.ret.rma, stateLabel(d.ret.state).toLower())};
            if (keepIt && d.ret.resolution == ReturnResolution::Exchange)
                return Error {tr("Return %1 is kept by the customer; it is refunded, not "
                                 "exchanged.")
                                  .arg(d.ret.rma)};
            qint64 value = 0;
            for (const ReturnItem &i : d.ret.items) {
                if (i.outcome != ReturnOutcome::Refuse)
                    value += i.unitPriceCents * i.quantity;
            }
            if (refundCents && *refundCents > value)
                return Error {tr("refund: %1 is more than the returned items are worth (%2); "
                                 "refund at most that.")
                                  .arg(formatCents(*refundCents, d.currency),
                                      formatCents(value, d.currency))};
            QSqlQuery q(m_db.connection());
            q.prepare(u"UPDATE returns SET settlement = 'done', settled_at = ?, settled_by = ?, "
                      "refund_cents = ?, state = 'closed', updated_at = ? WHERE id = ?"_s);
            q.addBindValue(nowMs);
            q.addBindValue(agent);
            q.addBindValue(d.ret.resolution == ReturnResolution::Refund
                    ? QVariant(refundCents.value_or(value))
                    : QVariant());
            q.addBindValue(nowMs);
            q.addBindValue(returnId);
            return execOrFail(q);
        });
}

} // namespace ParcelDesk
