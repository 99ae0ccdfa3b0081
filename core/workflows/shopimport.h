#pragma once

#include "domain/result.h"
#include "store/database.h"
#include "workflows/importmapping.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace ParcelDesk {

enum class ImportFormat {
    Auto, // JSON lines for .jsonl and .ndjson, else CSV
    Csv,
    JsonLines,
};

// One file to import and how to read it.
struct ImportSource
{
    ImportKind kind = ImportKind::Orders;
    QString path;
    ImportFormat format = ImportFormat::Auto;
    // None: proposed from the file's header (ImportMapping::propose), which recognises
    // Shopify's order export; JSON lines use our field names.
    std::optional<ImportMapping> mapping;
};

// What a dialog shows before the mapping is chosen.
struct ImportPreview
{
    ImportFormat format = ImportFormat::Csv;
    QStringList header; // CSV: the columns; JSON lines: the keys of the first lines
    QChar separator = u',';
    QList<QStringList> samples; // the first rows, field by field as in header
    bool shopifyOrders = false;
};

// A bad row: where and why. A row can have several.
struct ImportProblem
{
    QString path;
    int line = 0;
    int column = 0; // 1-based; 0 for JSON lines, which have none
    QString field; // ours; empty for a problem of the whole row
    QString reason;
    // "file:line:column: field: why"
    QString text() const;
};

struct ImportSummary
{
    int rows = 0; // rows read (a Shopify order has one per line item)
    int orders = 0; // added (in a dry run: would be)
    int items = 0;
    int customers = 0;
    int shipments = 0;
    int feedback = 0;
    int alreadyThere = 0; // orders, shipments, feedback the database or the import already had
    int cancelled = 0; // orders cancelled in the shop: left out, by design
    int badRows = 0; // rows with a problem
    int skippedRows = 0; // good rows left out with a bad row of their order
    bool nothingImported = false; // bad rows and no skipBad: nothing was written
    bool dryRun = false;
    QList<ImportProblem> problems; // every one, in file order
    // Everything the files asked for is in the database (or was already).
    bool complete() const { return !nothingImported && badRows == 0 && skippedRows == 0; }
};

// Orders, shipments and customer feedback from CSV files (with Shopify's order export built
// in) or JSON lines (README, "Importing orders, shipments and feedback"). Every row is checked
// first and every problem reported with file, line and column; then nothing is imported (the
// default) or everything but the bad rows is, in one transaction. Orders are known by their
// number, shipments by carrier and tracking number, feedback by order and moment: importing a
// file again adds nothing. Files are read twice (check, then write) and never held in memory.
class ShopImport
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ShopImport)

public:
    struct Options
    {
        bool skipBad = false;
        // Everything is written and then rolled back: the summary says what would be added.
        bool dryRun = false;
        QString actor;
        qint64 nowMs = 0;
    };
    // done and total in bytes of the files, over every pass; called from the calling thread.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    static ImportFormat formatOf(const QString &path, ImportFormat format);
    // The header and first rows of a file, for choosing the mapping.
    static Result<ImportPreview> preview(
        const QString &path, ImportFormat format = ImportFormat::Auto, int sampleRows = 5);
    // The mapping a source is read with: its own, or the proposal for its header.
    static Result<ImportMapping> mappingFor(const ImportSource &source);

    // Checks every row and writes nothing: rows, badRows, skippedRows, cancelled and problems.
    static Result<ImportSummary> check(const Database &db, const QList<ImportSource> &sources,
        const std::atomic_bool *cancel = nullptr, const Progress &progress = {});
    // Checks, then imports the sources in order in one transaction; a later source may name
    // orders an earlier one adds (feedback on orders imported with it). An error is a file
    // that cannot be read or mapped, a database failure or a cancel: nothing is imported then.
    static Result<ImportSummary> run(const Database &db, const QList<ImportSource> &sources,
        const Options &options, const std::atomic_bool *cancel = nullptr,
        const Progress &progress = {});
};

} // namespace ParcelDesk
