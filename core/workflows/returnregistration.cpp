#include "returnregistration.h"

#include "i18n/customertext.h"
#include "rules/holidaycalendar.h"
#include "store/returnpolicystore.h"
#include "store/writetransaction.h"

#include <QDateTime>

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
    ReturnRepository returns(db);
    const auto order = returns.returnableOrder(orderId);
    if (!order)
        return order.error();
    const auto policy = ReturnPolicyStore::load(db);
    if (!policy)
        return policy.error();
    Registered r;
    r.assessment = assess(*order, lines, *policy, HolidayCalendar::builtin(),
        QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date());
    const auto registered = returns.registerWithinTransaction(*order, r.assessment.requests(),
        r.assessment.outcome, r.assessment.reason, note, resolution, agent, nowMs);
    if (!registered)
        return registered.error();
    r.ret = *registered;
    return r;
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
