#include "problemcaselistquery.h"

#include "sqldialect.h"
#include "sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

ProblemCaseList ProblemCaseListQuery::load(
    const QSqlDatabase &db, const ProblemCaseFilter &f, int limit)
{
    ProblemCaseList list;
    const bool unresolved = f.state == u"unresolved";
    const QString search = f.trackingText.trimmed();
    QString where = unresolved ? u"p.state != 'resolved'"_s : u"p.state = :state"_s;
    if (!f.kind.isEmpty())
        where += u" AND p.kind = :kind"_s;
    if (!search.isEmpty())
        where += u" AND s.tracking_number "_s + Sql::likeNoCase(sqlDialectOf(db)) + u" :search"_s;
    const auto bind = [&](QSqlQuery &q) {
        if (!unresolved)
            q.bindValue(u":state"_s, f.state);
        if (!f.kind.isEmpty())
            q.bindValue(u":kind"_s, f.kind);
        if (!search.isEmpty())
            q.bindValue(u":search"_s, QString(u'%' + search + u'%'));
    };
    {
        QSqlQuery q(db);
        q.prepare(
            u"SELECT count(*) FROM problem_cases p JOIN shipments s ON s.id = p.shipment_id WHERE "_s
            + where);
        bind(q);
        if (q.exec() && q.next())
            list.total = q.value(0).toLongLong();
    }
    {
        QSqlQuery q(db);
        if (q.exec(u"SELECT kind, count(*) FROM problem_cases WHERE state != 'resolved' GROUP BY "
                   "kind"_s)) {
            while (q.next())
                list.openByKind.insert(q.value(0).toString(), q.value(1).toLongLong());
        }
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT p.id, p.priority, p.kind, s.tracking_number, s.carrier, p.state, "
              "p.assignee, p.opened_at, p.due_at, p.details, p.claim_due_at FROM problem_cases p "
              "JOIN shipments s ON s.id = p.shipment_id WHERE "_s
        + where + u" ORDER BY p.priority, p.due_at IS NULL, p.due_at, p.id LIMIT %1"_s.arg(limit));
    bind(q);
    if (!q.exec())
        return list;
    while (q.next()) {
        ProblemCaseRow r;
        r.id = q.value(0).toLongLong();
        r.priority = q.value(1).toInt();
        r.kind = problemKindFromString(q.value(2).toString()).value_or(ProblemKind::Stuck);
        r.trackingNumber = q.value(3).toString();
        r.carrier = q.value(4).toString();
        r.state = problemStateFromString(q.value(5).toString()).value_or(ProblemState::Open);
        r.assignee = q.value(6).toString();
        r.openedAtMs = q.value(7).toLongLong();
        r.dueAtMs = SqlValues::optional<qint64>(q.value(8));
        r.details = q.value(9).toString();
        r.claimDueAtMs = SqlValues::optional<qint64>(q.value(10));
        list.rows.append(r);
    }
    return list;
}

} // namespace ParcelDesk
