#include "apologyrules.h"

#include "domain/enumnames.h"
#include "domain/problemcase.h"

namespace ParcelDesk {

namespace {

constexpr EnumNames<ApologyAction, 4> actionNames {{u"none", u"inform", u"apologise", u"voucher"}};

} // namespace

QString apologyActionToString(ApologyAction action)
{
    return actionNames.toString(action);
}

std::optional<ApologyAction> apologyActionFromString(QStringView text)
{
    return actionNames.fromString(text);
}

const ApologyRule *ApologyRules::match(const QList<ApologyRule> &rules, const ApologyFacts &facts)
{
    const ApologyRule *best = nullptr;
    for (const ApologyRule &rule : rules) {
        if (!rule.enabled || (best && best->position <= rule.position))
            continue;
        if (!rule.caseKinds.isEmpty() && !rule.caseKinds.contains(facts.caseKind))
            continue;
        if (facts.daysLate < rule.minDaysLate)
            continue;
        if (rule.minProblems > 0 && facts.problemsWithin.value(rule.windowDays) < rule.minProblems)
            continue;
        best = &rule;
    }
    return best;
}

QString ApologyRules::problem(const ApologyRule &rule)
{
    const QString name = rule.name.trimmed().isEmpty() ? tr("A rule without a name")
                                                       : tr("Rule \"%1\"").arg(rule.name);
    if (rule.name.trimmed().isEmpty())
        return tr("A rule needs a name.");
    for (const QString &kind : rule.caseKinds) {
        if (!problemKindFromString(kind))
            return tr("%1: case kind \"%2\" is not one ParcelDesk knows.").arg(name, kind);
    }
    if (rule.minDaysLate < 0 || rule.minProblems < 0)
        return tr("%1: days late and problems cannot be negative.").arg(name);
    if (rule.minProblems > 0 && rule.windowDays <= 0)
        return tr("%1: the problem count needs a window of at least one day.").arg(name);
    if (rule.action == ApologyAction::Voucher && rule.voucherValueCents <= 0)
        return tr("%1: a voucher rule needs the value of the code to give.").arg(name);
    return {};
}

QString ApologyRules::actionLabel(ApologyAction action)
{
    switch (action) {
    case ApologyAction::None:
        return tr("Say nothing");
    case ApologyAction::Inform:
        return tr("Inform");
    case ApologyAction::Apologise:
        return tr("Apologise");
    case ApologyAction::Voucher:
        return tr("Apologise with voucher");
    }
    return {};
}

} // namespace ParcelDesk
