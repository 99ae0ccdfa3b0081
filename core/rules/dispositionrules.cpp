#include "dispositionrules.h"

using namespace Qt::StringLiterals;

namespace ParcelDesk {

int DispositionRules::matching(const QList<DispositionRule> &rules, const QString &grade,
    const QString &category, const QString &reasonCode)
{
    int best = -1;
    for (int i = 0; i < rules.size(); ++i) {
        const DispositionRule &r = rules.at(i);
        if (!r.enabled || (!r.grade.isEmpty() && r.grade != grade)
            || (!r.category.isEmpty() && r.category != category)
            || (!r.reasonCode.isEmpty() && r.reasonCode != reasonCode))
            continue;
        if (best < 0 || r.position < rules.at(best).position)
            best = i;
    }
    return best;
}

Disposition DispositionRules::propose(const QList<DispositionRule> &rules, const QString &grade,
    const QString &category, const QString &reasonCode)
{
    const int i = matching(rules, grade, category, reasonCode);
    return i < 0 ? Disposition::Undecided : rules.at(i).disposition;
}

QString DispositionRules::validate(const QList<DispositionRule> &rules)
{
    for (int i = 0; i < rules.size(); ++i) {
        const DispositionRule &r = rules.at(i);
        if (!r.grade.isEmpty() && !QStringList {u"A"_s, u"B"_s, u"C"_s, u"D"_s}.contains(r.grade))
            return tr("Rule %1, grade: \"%2\" is not A, B, C or D.").arg(i + 1).arg(r.grade);
        if (r.disposition == Disposition::Undecided)
            return tr("Rule %1, disposition: say where the items go.").arg(i + 1);
        if (r.disposition == Disposition::Landfill)
            return tr("Rule %1, disposition: landfill is never a rule's answer; a person "
                      "decides it with a reason.")
                .arg(i + 1);
    }
    return {};
}

} // namespace ParcelDesk
