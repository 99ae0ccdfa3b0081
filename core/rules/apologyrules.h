#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ParcelDesk {

// What to do about a customer's affected parcels, weakest to strongest.
enum class ApologyAction : quint8 {
    None, // say nothing
    Inform, // a delay notice
    Apologise, // an apology
    Voucher, // an apology with a voucher code
};

QString apologyActionToString(ApologyAction action);
std::optional<ApologyAction> apologyActionFromString(QStringView text);

// One editable rule: when a parcel's case is of one of these kinds, at least this late, and the
// customer has had at least this many problems lately, recommend this action.
struct ApologyRule
{
    qint64 id = 0;
    int position = 0;
    bool enabled = true;
    QString name;
    QStringList caseKinds; // problem kinds (problemKindToString); empty: any
    int minDaysLate = 0;
    int minProblems
        = 0; // the customer's parcels with a case opened within windowDays, this one too
    int windowDays = 90;
    ApologyAction action = ApologyAction::Inform;
    qint64 voucherValueCents = 0; // for Voucher: the value of the code to give
    bool autoApprove = false; // send without a supervisor (never beyond the voucher budget)
};

// What one parcel's case tells the rules.
struct ApologyFacts
{
    QString caseKind;
    int daysLate = 0;
    QHash<int, int> problemsWithin; // window in days → the customer's parcels with a case in it
};

class ApologyRules
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ApologyRules)

public:
    // The first enabled rule, by position, that the facts meet; none when no rule does.
    static const ApologyRule *match(const QList<ApologyRule> &rules, const ApologyFacts &facts);
    // Whether the rule could be used: a name, known case kinds, a value for a voucher. The
    // error names the rule and the field.
    static QString problem(const ApologyRule &rule);
    // The action as a supervisor reads it.
    static QString actionLabel(ApologyAction action);
};

} // namespace ParcelDesk
