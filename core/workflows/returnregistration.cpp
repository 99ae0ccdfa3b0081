#include "returnregistration.h"

#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"
#include "i18n/customertext.h"
#include "rules/holidaycalendar.h"
#include "store/returnpolicystore.h"
#include "store/writetransaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

QList<ReturnLineRequest> ReturnAssessment::requests() const
{
    QList<ReturnLineRequest> list;
    for (const Line &l : lines)
        list.append(l.request);
    return list;
}

ReturnAssessment ReturnRegistration::assess(const ReturnableOrder &order,
    const QList<ReturnLineRequest> &lines, const ReturnPolicy &policy,
    const HolidayCalendar &calendar, QDate today)
{
    ReturnAssessment a;
    int refused = 0;
    int review = 0;
    int back = 0;
    for (const ReturnLineRequest &request : lines) {
        const ReturnableLine line = order.lines.value(request.line);
        ReturnAssessment::Line l;
        l.request = request;
        l.decision = ReturnPolicyCheck::decide(policy, line.category,
            line.unitPriceCents * request.quantity, order.deliveredOn, today, order.country,
            calendar);
        l.request.outcome = l.decision.outcome;
        l.request.outcomeReason = l.decision.reason;
        refused += l.decision.outcome == ReturnOutcome::Refuse;
        review += l.decision.outcome == ReturnOutcome::Review;
        back += l.decision.outcome == ReturnOutcome::Accept;
        a.lines.append(l);
    }
    const auto firstWith = [&a](ReturnOutcome outcome) {
        for (const ReturnAssessment::Line &l : std::as_const(a.lines)) {
            if (l.decision.outcome == outcome)
                return l.decision.reason;
        }
        return QString();
    };
    if (!a.lines.isEmpty() && refused == a.lines.size()) {
        a.outcome = ReturnOutcome::Refuse;
        a.reason = firstWith(ReturnOutcome::Refuse);
    } else if (review > 0) {
        a.outcome = ReturnOutcome::Review;
        a.reason = firstWith(ReturnOutcome::Review);
    } else if (back == 0 && !a.lines.isEmpty()) {
        a.outcome = ReturnOutcome::KeepIt;
        a.reason = firstWith(ReturnOutcome::KeepIt);
    }

    // One sentence when every line is judged alike, else one per line with its name.
    const CustomerText words(order.language);
    QStringList sentences;
    bool alike = true;
    for (const ReturnAssessment::Line &l : std::as_const(a.lines)) {
        const ReturnAssessment::Line &first = a.lines.first();
        alike = alike && l.decision.outcome == first.decision.outcome
            && l.decision.reason == first.decision.reason
            && l.decision.lastDay == first.decision.lastDay;
    }
    for (const ReturnAssessment::Line &l : std::as_const(a.lines)) {
        const QString sentence = ReturnPolicyCheck::explain(l.decision, words);
        if (alike) {
            sentences.append(sentence);
            break;
        }
        const QString name = order.lines.value(l.request.line).description;
        sentences.append(name.isEmpty() ? sentence : name + u": "_s + sentence);
    }
    a.customerText = sentences.join(u'\n');
    return a;
}

Result<ReturnRegistration::Registered> ReturnRegistration::registerWithinTransaction(
    const Database &db, qint64 orderId, const QList<ReturnLineRequest> &lines, const QString &note,
    ReturnResolution resolution, const QString &agent, qint64 nowMs)
{
    const auto policy = ReturnPolicyStore::load(db);
    if (!policy)
        return policy.error();
    return registerWithinTransaction(db, *policy, orderId, lines, note, resolution, agent, nowMs);
}

Result<ReturnRegistration::Registered> ReturnRegistration::registerWithinTransaction(
    const Database &db, const ReturnPolicy &policy, qint64 orderId,
    const QList<ReturnLineRequest> &lines, const QString &note, ReturnResolution resolution,
    const QString &agent, qint64 nowMs)
{
    ReturnRepository returns(db);
    const auto order = returns.returnableOrder(orderId);
    if (!order)
        return order.error();
    Registered r;
    r.assessment = assess(*order, lines, policy, HolidayCalendar::builtin(),
        QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date());
    const auto registered = returns.registerWithinTransaction(*order, r.assessment.requests(),
        r.assessment.outcome, r.assessment.reason, note, resolution, agent, nowMs);
    if (!registered)
        return registered.error();
    r.ret = *registered;
    return r;
}

Result<ReturnLabelData> ReturnRegistration::labelData(const Database &db, qint64 returnId)
{
    const auto detail = ReturnRepository(db).load(returnId);
    if (!detail)
        return detail.error();
    if (detail->trackingNumber.isEmpty())
        return Error {tr("Return %1 has no label yet.").arg(detail->ret.rma)};
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT c.name, coalesce(c.postcode, ''), coalesce(c.city, ''), "
              "coalesce(c.country, ''), (SELECT value FROM settings WHERE key = 'shop.name') "
              "FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = ?"_s);
    q.addBindValue(detail->ret.orderId);
    if (!q.exec() || !q.next())
        return Error {tr("Cannot read the customer of return %1: %2")
                          .arg(detail->ret.rma, q.lastError().text())};
    ReturnLabelData d;
    d.rma = detail->ret.rma;
    d.carrier = detail->carrier;
    const CarrierAdapter *adapter = carrierAdapter(detail->carrier);
    d.carrierName = adapter ? adapter->displayName() : detail->carrier.toUpper();
    d.trackingNumber = detail->trackingNumber;
    d.fromAddress = {q.value(0).toString(),
        QString(q.value(1).toString() + u' ' + q.value(2).toString()).trimmed(),
        q.value(3).toString()};
    d.fromAddress.removeAll(QString());
    const QString shop = q.value(4).toString();
    const auto addresses = ReturnPolicyStore::warehouseAddresses(db);
    if (addresses && !addresses->value(detail->ret.warehouse).isEmpty()) {
        d.toAddress = addresses->value(detail->ret.warehouse);
    } else {
        // No address saved for the warehouse yet: the shop, its returns, the country.
        d.toAddress = {shop.isEmpty() ? tr("Returns department") : shop, tr("Returns department"),
            detail->ret.warehouse};
        d.toAddress.removeDuplicates();
        d.toAddress.removeAll(QString());
    }
    d.orderNumber = detail->orderNumber;
    for (const ReturnItem &i : detail->ret.items) {
        if (i.outcome == ReturnOutcome::Accept || i.outcome == ReturnOutcome::Review)
            d.items.append(
                {i.description.isEmpty() ? tr("The whole order") : i.description, i.quantity});
    }
    d.language = detail->language;
    d.createdOn = QDateTime::fromMSecsSinceEpoch(detail->ret.createdAtMs, Qt::UTC).date();
    return d;
}

Result<ReturnRegistration::Registered> ReturnRegistration::registerReturn(const Database &db,
    qint64 orderId, const QList<ReturnLineRequest> &lines, const QString &note,
    ReturnResolution resolution, const QString &agent, qint64 nowMs)
{
    WriteTransaction tx(db.connection());
    if (!tx.isOpen())
        return Error {tr("Cannot register the return: %1").arg(tx.error())};
    auto registered = registerWithinTransaction(db, orderId, lines, note, resolution, agent, nowMs);
    if (registered && !tx.commit())
        return Error {tr("Cannot register the return: %1").arg(tx.error())};
    return registered;
}

} // namespace ParcelDesk
