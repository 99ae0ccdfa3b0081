#include "dispositionrulerepository.h"

#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

Result<QList<DispositionRule>> DispositionRuleRepository::load() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT id, position, coalesce(grade, ''), coalesce(category, ''), "
                "coalesce(reason_code, ''), disposition, enabled FROM disposition_rules "
                "ORDER BY position, id"_s))
        return Error {tr("Cannot read the disposition rules: %1").arg(q.lastError().text())};
    QList<DispositionRule> rules;
    while (q.next()) {
        DispositionRule r;
        r.id = q.value(0).toLongLong();
        r.position = q.value(1).toInt();
        r.grade = q.value(2).toString();
        r.category = q.value(3).toString();
        r.reasonCode = q.value(4).toString();
        r.disposition
            = dispositionFromString(q.value(5).toString()).value_or(Disposition::Undecided);
        r.enabled = q.value(6).toInt() != 0;
        rules.append(r);
    }
    return rules;
}

Outcome DispositionRuleRepository::replaceAll(
    const QList<DispositionRule> &rules, const QString &actor, qint64 nowMs)
{
    if (const QString invalid = DispositionRules::validate(rules); !invalid.isEmpty())
        return Error {invalid};
    WriteTransaction tx(m_db.connection());
    if (!tx.isOpen())
        return Error {tr("Cannot save the disposition rules: %1").arg(tx.error())};
    QSqlQuery q(m_db.connection());
    const auto fail = [&q]() -> Outcome {
        return Error {tr("Cannot save the disposition rules: %1").arg(q.lastError().text())};
    };
    if (!q.exec(u"DELETE FROM disposition_rules"_s))
        return fail();
    q.prepare(u"INSERT INTO disposition_rules (position, grade, category, reason_code, "
              "disposition, enabled) VALUES (?, ?, ?, ?, ?, ?)"_s);
    QStringList summary;
    for (int i = 0; i < rules.size(); ++i) {
        const DispositionRule &r = rules.at(i);
        const auto orNull = [](const QString &s) {
            return s.trimmed().isEmpty() ? QVariant() : QVariant(s.trimmed());
        };
        q.addBindValue(i + 1);
        q.addBindValue(orNull(r.grade));
        q.addBindValue(orNull(r.category));
        q.addBindValue(orNull(r.reasonCode));
        q.addBindValue(dispositionToString(r.disposition));
        q.addBindValue(int(r.enabled));
        if (!q.exec())
            return fail();
        summary.append(u"%1/%2/%3→%4%5"_s.arg(r.grade.isEmpty() ? u"*"_s : r.grade,
            r.category.isEmpty() ? u"*"_s : r.category,
            r.reasonCode.isEmpty() ? u"*"_s : r.reasonCode, dispositionToString(r.disposition),
            r.enabled ? QString() : u" (off)"_s));
    }
    q.prepare(u"INSERT INTO audit_log (at, actor, action, entity, detail) "
              "VALUES (?, ?, 'changed', 'disposition_rules', ?)"_s);
    q.addBindValue(nowMs);
    q.addBindValue(actor);
    q.addBindValue(summary.join(u"; "_s));
    if (!q.exec())
        return fail();
    if (!tx.commit())
        return Error {tr("Cannot save the disposition rules: %1").arg(tx.error())};
    return Done {};
}

} // namespace ParcelDesk
