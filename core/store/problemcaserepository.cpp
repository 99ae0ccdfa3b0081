#include "problemcaserepository.h"

#include "sqldialect.h"
#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

const QString selectColumns
    = u"SELECT id, shipment_id, kind, state, priority, opened_at, due_at, claim_due_at, "
      "resolved_at, updated_at, assignee, resolution_code, note, details FROM problem_cases "_s;

ProblemCase fromQuery(const QSqlQuery &q)
{
    ProblemCase c;
    c.id = q.value(0).toLongLong();
    c.shipmentId = q.value(1).toLongLong();
    c.kind = problemKindFromString(q.value(2).toString()).value_or(ProblemKind::Stuck);
    c.state = problemStateFromString(q.value(3).toString()).value_or(ProblemState::Open);
    c.priority = q.value(4).toInt();
    c.openedAtMs = q.value(5).toLongLong();
    c.dueAtMs = SqlValues::optional<qint64>(q.value(6));
    c.claimDueAtMs = SqlValues::optional<qint64>(q.value(7));
    c.resolvedAtMs = SqlValues::optional<qint64>(q.value(8));
    c.updatedAtMs = q.value(9).toLongLong();
    c.assignee = q.value(10).toString();
    c.resolutionCode = q.value(11).toString();
    c.note = q.value(12).toString();
    c.details = q.value(13).toString();
    return c;
}

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

} // namespace

std::optional<ProblemCase> ProblemCaseRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectColumns + u"WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<ProblemCase> ProblemCaseRepository::openFor(qint64 shipmentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectColumns + u"WHERE shipment_id = ? AND state != 'resolved' ORDER BY id"_s);
    q.addBindValue(shipmentId);
    QList<ProblemCase> cases;
    if (!q.exec())
        return cases;
    while (q.next())
        cases.append(fromQuery(q));
    return cases;
}

QList<ProblemCaseRepository::HistoryEntry> ProblemCaseRepository::history(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT at, actor, action, detail FROM audit_log WHERE entity = 'problem_case' "
              "AND entity_id = ? ORDER BY id"_s);
    q.addBindValue(id);
    QList<HistoryEntry> entries;
    if (!q.exec())
        return entries;
    while (q.next())
        entries.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString()});
    return entries;
}

Result<ProblemCaseRepository::Opened> ProblemCaseRepository::open(
    const ProblemCase &p, const QString &actor, qint64 nowMs)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!Sql::beginWrite(q))
        return Error {tr("Cannot open a case: %1").arg(sqlError(q))};
    auto opened = openWithinTransaction(p, actor, nowMs);
    if (!opened || !opened->created || !q.exec(u"COMMIT"_s)) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        if (opened && opened->created)
            return Error {tr("Cannot open a case: %1").arg(sqlError(q))};
    }
    return opened;
}

Result<ProblemCaseRepository::Opened> ProblemCaseRepository::openWithinTransaction(
    const ProblemCase &p, const QString &actor, qint64 nowMs)
{
    if (p.priority < 1 || p.priority > 3)
        return Error {tr("Priority must be 1 (highest) to 3, not %1.").arg(p.priority)};
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id FROM problem_cases WHERE shipment_id = ? AND kind = ? "
              "AND state != 'resolved'"_s);
    q.addBindValue(p.shipmentId);
    q.addBindValue(problemKindToString(p.kind));
    if (!q.exec())
        return Error {tr("Cannot open a case: %1").arg(sqlError(q))};
    if (q.next())
        return Opened {q.value(0).toLongLong(), false};
    q.finish();
    q.prepare(u"INSERT INTO problem_cases (shipment_id, kind, state, priority, opened_at, due_at, "
              "claim_due_at, updated_at, note, details) VALUES (?, ?, 'open', ?, ?, ?, ?, ?, ?, ?) "
              "RETURNING id"_s);
    q.addBindValue(p.shipmentId);
    q.addBindValue(problemKindToString(p.kind));
    q.addBindValue(p.priority);
    q.addBindValue(nowMs);
    q.addBindValue(SqlValues::bindable(p.dueAtMs));
    q.addBindValue(SqlValues::bindable(p.claimDueAtMs));
    q.addBindValue(nowMs);
    q.addBindValue(p.note);
    q.addBindValue(p.details);
    if (!q.exec() || !q.next())
        return Error {tr("Cannot open a %1 case for shipment %2: %3")
                          .arg(problemKindToString(p.kind))
                          .arg(p.shipmentId)
                          .arg(sqlError(q))};
    const qint64 id = q.value(0).toLongLong();
    q.prepare(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
              "VALUES (?, ?, 'opened', 'problem_case', ?, ?)"_s);
    q.addBindValue(nowMs);
    q.addBindValue(actor);
    q.addBindValue(id);
    q.addBindValue(p.details);
    if (!q.exec())
        return Error {tr("Cannot open a case: %1").arg(sqlError(q))};
    return Opened {id, true};
}

Outcome ProblemCaseRepository::change(qint64 id, const QString &action, const QString &detail,
    const QString &actor, qint64 nowMs, const std::function<Outcome(const ProblemCase &)> &check,
    const QString &sql, const QVariantList &values)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!Sql::beginWrite(q))
        return Error {tr("Case %1: %2").arg(id).arg(sqlError(q))};
    const auto fail = [&](const QString &message) -> Outcome {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return Error {message};
    };
    const std::optional<ProblemCase> current = find(id);
    if (!current)
        return fail(tr("There is no case %1.").arg(id));
    if (const Outcome allowed = check(*current); !allowed)
        return fail(allowed.error().message);
    if (!sql.isEmpty()) {
        q.prepare(u"UPDATE problem_cases SET "_s + sql + u", updated_at = ? WHERE id = ?"_s);
        for (const QVariant &v : values)
            q.addBindValue(v);
        q.addBindValue(nowMs);
        q.addBindValue(id);
        if (!q.exec())
            return fail(tr("Case %1: %2").arg(id).arg(sqlError(q)));
    }
    q.prepare(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
              "VALUES (?, ?, ?, 'problem_case', ?, ?)"_s);
    q.addBindValue(nowMs);
    q.addBindValue(actor);
    q.addBindValue(action);
    q.addBindValue(id);
    q.addBindValue(detail);
    if (!q.exec())
        return fail(tr("Case %1: %2").arg(id).arg(sqlError(q)));
    if (!QSqlQuery(db).exec(u"COMMIT"_s))
        return fail(tr("Case %1: the change was not stored.").arg(id));
    return Done {};
}

namespace {

Outcome notResolved(const ProblemCase &c)
{
    if (c.state == ProblemState::Resolved)
        return Error {ProblemCaseRepository::tr("Case %1 is resolved; a problem that comes back "
                                                "opens a new case.")
                          .arg(c.id)};
    return Done {};
}

} // namespace

Outcome ProblemCaseRepository::assign(
    qint64 id, const QString &assignee, const QString &actor, qint64 nowMs)
{
    if (assignee.trimmed().isEmpty())
        return Error {tr("Case %1: say whom to assign it to.").arg(id)};
    return change(id, u"assigned"_s, assignee, actor, nowMs, notResolved,
        u"state = 'assigned', assignee = ?"_s, {assignee.trimmed()});
}

Outcome ProblemCaseRepository::waitOn(
    qint64 id, ProblemState waiting, const QString &note, const QString &actor, qint64 nowMs)
{
    if (waiting != ProblemState::WaitingCarrier && waiting != ProblemState::WaitingCustomer)
        return Error {tr("Case %1: a case waits on the carrier or the customer, not \"%2\".")
                          .arg(id)
                          .arg(problemStateToString(waiting))};
    const QString state = problemStateToString(waiting);
    return change(id, state, note, actor, nowMs, notResolved, u"state = ?"_s, {state});
}

Outcome ProblemCaseRepository::resolve(
    qint64 id, Resolution resolution, const QString &note, const QString &actor, qint64 nowMs)
{
    const QString code = resolutionToString(resolution);
    return change(id, u"resolved"_s, note.isEmpty() ? code : code + u": "_s + note, actor, nowMs,
        notResolved, u"state = 'resolved', resolution_code = ?, resolved_at = ?"_s, {code, nowMs});
}

Outcome ProblemCaseRepository::addNote(
    qint64 id, const QString &note, const QString &actor, qint64 nowMs)
{
    if (note.trimmed().isEmpty())
        return Error {tr("Case %1: the note is empty.").arg(id)};
    // The latest note is kept on the case; every note stays in the history.
    return change(id, u"note"_s, note.trimmed(), actor, nowMs,
        [](const ProblemCase &) -> Outcome { return Done {}; }, u"note = ?"_s, {note.trimmed()});
}

Outcome ProblemCaseRepository::setPriority(
    qint64 id, int priority, const QString &actor, qint64 nowMs)
{
    if (priority < 1 || priority > 3)
        return Error {tr("Priority must be 1 (highest) to 3, not %1.").arg(priority)};
    return change(id, u"priority"_s, QString::number(priority), actor, nowMs, notResolved,
        u"priority = ?"_s, {priority});
}

} // namespace ParcelDesk
