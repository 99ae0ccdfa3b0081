#pragma once

#include "database.h"
#include "domain/result.h"
#include "rules/returnpolicy.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

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

    // Where returns to a warehouse go, printed on their labels: the address lines per warehouse
    // country (settings keys returns.warehouse.CC). The warehouses ParcelDesk knows (those
    // parcels leave from, and those returns went to) appear without lines until one is saved.
    static Result<QMap<QString, QStringList>> warehouseAddresses(const Database &db);
    // Replaces a warehouse's address (no lines: removes it); audited.
    static Outcome saveWarehouseAddress(const Database &db, const QString &country,
        const QStringList &lines, const QString &actor, qint64 nowMs);
};

} // namespace ParcelDesk
