#pragma once

#include "domain/result.h"
#include "domain/returncase.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ParcelDesk {

// Where a graded returned line goes: the first enabled rule (by position) whose grade,
// category and reason match, an empty field matching anything. Landfill is never a rule's
// answer: when no rule applies, a person decides, and landfill needs their reason.
struct DispositionRule
{
    qint64 id = 0;
    int position = 0;
    QString grade; // A-D, or empty
    QString category; // or empty
    QString reasonCode; // or empty
    Disposition disposition = Disposition::Resell;
    bool enabled = true;
};

class DispositionRules
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::DispositionRules)

public:
    // Undecided when no rule applies.
    static Disposition propose(const QList<DispositionRule> &rules, const QString &grade,
        const QString &category, const QString &reasonCode);
    // The rule that decides, or -1.
    static int matching(const QList<DispositionRule> &rules, const QString &grade,
        const QString &category, const QString &reasonCode);
    // A rule that cannot be stored, in words naming the rule and field; empty when all is well.
    static QString validate(const QList<DispositionRule> &rules);
};

} // namespace ParcelDesk
