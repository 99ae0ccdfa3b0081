#pragma once

#include "domain/result.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace ParcelDesk {

struct ReturnImportSummary
{
    int returns = 0; // registered
    int lines = 0;
    int accepted = 0;
    int review = 0;
    int keep = 0;
    int refused = 0; // kept with the policy's reason
    int labels = 0; // with their return parcel's tracking number
    int skippedRows = 0; // bad rows, and the rows of their return (--skip-bad)
    QStringList problems; // the bad rows, file:line:column and why
};

// Returns from a CSV file (README, "Importing returns"): one row per returned line, with the
// columns order and reason, and optionally line or sku, quantity, condition, resolution, note,
// registered (the day or moment), carrier and tracking. Rows of the same order with the same
// registered value are one return. Every row is checked first — the order and its line exist,
// the quantity is still returnable (counting the file's other rows), the reason is the
// category's, the values are known — and every bad row is reported with file, line and column.
// Then either nothing is imported (the default) or the returns without bad rows are, in one
// transaction; each is judged by the return policy as of the day it was registered.
class ReturnImport
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ReturnImport)

public:
    struct Options
    {
        bool skipBad = false;
        QString actor;
        qint64 nowMs = 0;
        // Only check: the summary says how many returns and lines would be imported, and
        // lists the problems; nothing is written.
        bool dryRun = false;
    };
    // progress(done, total) is called from the calling thread; cancel stops before the commit,
    // leaving nothing imported.
    static Result<ReturnImportSummary> run(const Database &db, const QString &path,
        const Options &options, const std::atomic_bool *cancel = nullptr,
        const std::function<void(int, int)> &progress = {});
};

} // namespace ParcelDesk
