#pragma once

#include "database.h"
#include "domain/result.h"
#include "rules/problemrules.h"

#include <QCoreApplication>

namespace ParcelDesk {

// The problem-case rules a team has tuned, stored in the database over ParcelDesk's defaults.
class ProblemRuleRepository
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ProblemRuleRepository)

public:
    explicit ProblemRuleRepository(Database db)
        : m_db(std::move(db))
    { }

    // The defaults with every stored rule over them.
    ProblemRules load() const;
    // Checks the rule (a kind rules find, a known carrier, a country code, a threshold that
    // makes sense for the kind, priority 1 to 3, an SLA of 1 to 720 hours) and stores it; an
    // error names the field.
    Outcome save(const ProblemRule &rule, qint64 nowMs);
    // Back to what applies without it (the default, or a less specific rule).
    Outcome remove(ProblemKind kind, const QString &carrier, const QString &country);

    static Outcome validate(const ProblemRule &rule);

private:
    Database m_db;
};

} // namespace ParcelDesk
