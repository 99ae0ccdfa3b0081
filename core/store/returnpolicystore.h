#pragma once

#include "database.h"
#include "domain/result.h"
#include "rules/returnpolicy.h"

#include <QCoreApplication>

namespace ParcelDesk {

// The shop's return policy in the settings table (key returns.policy, JSON); ParcelDesk's
// defaults until one is saved.
class ReturnPolicyStore
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ReturnPolicyStore)

public:
    static Result<ReturnPolicy> load(const Database &db);
    // Saves policy with a line in the audit log.
    static Outcome save(
        const Database &db, const ReturnPolicy &policy, const QString &actor, qint64 nowMs);
};

} // namespace ParcelDesk
