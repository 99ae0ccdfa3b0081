#pragma once

#include "database.h"
#include "domain/result.h"
#include "rules/dispositionrules.h"

#include <QCoreApplication>
#include <QList>

namespace ParcelDesk {

// The disposition rules (schema 12's disposition_rules) on the calling thread's connection.
class DispositionRuleRepository
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::DispositionRuleRepository)

public:
    explicit DispositionRuleRepository(Database db)
        : m_db(std::move(db))
    { }

    // By position.
    Result<QList<DispositionRule>> load() const;
    // Replaces every rule in one transaction, numbered by their order in the list; audited.
    // Nothing is stored when a rule is invalid.
    Outcome replaceAll(const QList<DispositionRule> &rules, const QString &actor, qint64 nowMs);

private:
    Database m_db;
};

} // namespace ParcelDesk
