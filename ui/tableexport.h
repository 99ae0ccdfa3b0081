#pragma once

#include "domain/result.h"
#include "reports/csvwriter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QAction;
class QLocale;
class QTableView;
class QWidget;

namespace ParcelDesk {

// A model that fetches its pages on a thread says canFetchMore() is false while a page is on
// its way; to read it whole, an export also needs to know whether one is, and why fetching
// stopped early. Empty for models that fetch at once or not at all.
struct LazyRows
{
    std::function<bool()> fetching;
    std::function<QString()> error; // empty when nothing went wrong
};

// Exporting what a table view shows: its visible columns in the order the user put them, the
// rows its model has after filtering and sorting, and the rows a lazy model has not fetched
// yet. As CSV, CSV for Excel (byte-order mark; ';' where the decimal point is ',') or an
// Excel workbook with typed cells.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::TableExport)

public:
    enum class Format { Csv, CsvForExcel, Xlsx };
    enum class Completion { Written, Cancelled };

    // Adds "Export…" (Ctrl+Shift+E while the view has focus) to view and its context menu.
    // The file name offered is fileStem and today's date ("shipments-2026-11-23.xlsx");
    // sheetTitle names the sheet of a workbook (the view's accessible name when empty).
    static QAction *install(QTableView *view, const QString &fileStem,
        const QString &sheetTitle = {}, const LazyRows &lazy = {});

    // Asks for a file and a format, exports, and says so in a message box when it failed.
    static void exportWithDialog(
        QTableView *view, const QString &fileStem, const QString &sheetTitle, const LazyRows &lazy);

    // Without asking: fetches every row first (a progress dialog over the view, which can
    // cancel: then no file is written), then writes path.
    static Result<Completion> exportTo(QTableView &view, const QString &path, Format format,
        const QString &sheetTitle, const LazyRows &lazy = {});

    // The model columns the view shows, in the order it shows them.
    static QList<int> visibleColumns(const QTableView &view);
    // Reads what model has not fetched yet, with a progress dialog over parent.
    static Result<Completion> fetchAll(
        QAbstractItemModel &model, const LazyRows &lazy, QWidget *parent);
    static CsvWriter::Options csvOptions(Format format, const QLocale &locale);
};

} // namespace ParcelDesk
