#pragma once

#include "database.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace ParcelDesk {

// Copies a ParcelDesk SQLite file into a PostgreSQL database of the same schema version: how a
// team moves from one user's file to the shared server, and how a demo or test database is put
// on a server. The target must hold no ParcelDesk data yet (it may be freshly migrated) and
// the copying user must own its tables. Everything is copied in one transaction with
// PostgreSQL's COPY; rows are taken as they are, the per-day tables and search keys included,
// so triggers are paused for the copy and the tables that exist only on the server are rebuilt
// afterwards. Either the whole file arrives or nothing does.
class StoreCopy final
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::StoreCopy)

public:
    struct Counts
    {
        int tables = 0;
        qint64 rows = 0;
    };
    // Called after each table: its name, the tables done so far and how many there are.
    using Progress = std::function<void(const QString &table, int done, int total)>;

    // replace: empty the target first; without it, a target that holds shipments, orders or
    // customers is refused.
    static Result<Counts> copy(const Database &from, const Database &to, bool replace = false,
        const std::atomic_bool *cancel = nullptr, const Progress &progress = {});
};

} // namespace ParcelDesk
