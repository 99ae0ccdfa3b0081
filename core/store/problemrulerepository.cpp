#include "problemrulerepository.h"

#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

ProblemRules ProblemRuleRepository::load() const
{
    ProblemRules rules = ProblemRules::defaults();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT kind, carrier, country, enabled, threshold, priority, sla_hours FROM "
                "problem_rules ORDER BY kind, carrier, country"_s))
        return rules;
    while (q.next()) {
        const auto kind = problemKindFromString(q.value(0).toString());
        if (!kind)
            continue; // a kind a newer version knows
        ProblemRule r;
        r.kind = *kind;
        r.carrier = q.value(1).toString();
        r.country = q.value(2).toString();
        r.enabled = q.value(3).toBool();
        r.threshold = q.value(4).toInt();
        r.priority = q.value(5).toInt();
        r.slaHours = q.value(6).toInt();
        rules.setRule(r);
    }
    return rules;
}

Outcome ProblemRuleRepository::validate(const ProblemRule &r)
{
    const QString kind = problemKindToString(r.kind);
    if (!ProblemRules::ruleKinds().contains(r.kind))
        return Error {tr("\"%1\" is not a kind the rules find.").arg(kind)};
    if (r.carrier != u"*" && !carrierAdapter(r.carrier))
        return Error {
            tr("Rule %1: carrier \"%2\" is not one ParcelDesk knows.").arg(kind, r.carrier)};
    if (r.country != u"*"
        && (r.country.size() != 2 || r.country != r.country.toUpper() || !r.country[0].isLetter()
            || !r.country[1].isLetter()))
        return Error {tr("Rule %1: country \"%2\" is not a two-letter code such as DE.")
                          .arg(kind, r.country)};
    const int most = r.kind == ProblemKind::PredictedLate ? 99 : 90;
    const int least = r.kind == ProblemKind::PredictedLate ? 1 : 0;
    if (r.threshold < least || r.threshold > most)
        return Error {tr("Rule %1: the threshold must be %2 to %3 %4, not %5.")
                          .arg(kind)
                          .arg(least)
                          .arg(most)
                          .arg(ProblemRules::thresholdUnit(r.kind))
                          .arg(r.threshold)};
    if (r.priority < 1 || r.priority > 3)
        return Error {tr("Rule %1: the priority must be 1 (highest) to 3, not %2.")
                          .arg(kind)
                          .arg(r.priority)};
    if (r.slaHours < 1 || r.slaHours > 720)
        return Error {
            tr("Rule %1: the SLA must be 1 to 720 hours, not %2.").arg(kind).arg(r.slaHours)};
    return Done {};
}

Outcome ProblemRuleRepository::save(const ProblemRule &r, qint64 nowMs)
{
    if (const Outcome valid = validate(r); !valid)
        return valid;
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO problem_rules (kind, carrier, country, enabled, threshold, priority, "
              "sla_hours, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, carrier, "
              "country) DO UPDATE SET enabled = excluded.enabled, threshold = excluded.threshold, "
              "priority = excluded.priority, sla_hours = excluded.sla_hours, "
              "updated_at = excluded.updated_at"_s);
    q.addBindValue(problemKindToString(r.kind));
    q.addBindValue(r.carrier);
    q.addBindValue(r.country);
    q.addBindValue(r.enabled ? 1 : 0);
    q.addBindValue(r.threshold);
    q.addBindValue(r.priority);
    q.addBindValue(r.slaHours);
    q.addBindValue(nowMs);
    if (!q.exec())
        return Error {tr("Cannot store the rule %1: %2")
                          .arg(problemKindToString(r.kind), q.lastError().text())};
    return Done {};
}

Outcome ProblemRuleRepository::remove(
    ProblemKind kind, const QString &carrier, const QString &country)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM problem_rules WHERE kind = ? AND carrier = ? AND country = ?"_s);
    q.addBindValue(problemKindToString(kind));
    q.addBindValue(carrier);
    q.addBindValue(country);
    if (!q.exec())
        return Error {tr("Cannot remove the rule %1: %2")
                          .arg(problemKindToString(kind), q.lastError().text())};
    return Done {};
}

} // namespace ParcelDesk
