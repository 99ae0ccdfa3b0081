#include "tableexport.h"

#include "reports/reportxlsx.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QDate>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

const auto directoryKey = u"export/directory"_s;
const auto formatKey = u"export/format"_s;

// How long to wait for a page on its way before looking again (and at the cancel button).
constexpr int pageWaitMs = 50;

class WaitCursor
{
    Q_DISABLE_COPY_MOVE(WaitCursor)

public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
};

QString extension(TableExport::Format format)
{
    return format == TableExport::Format::Xlsx ? u"xlsx"_s : u"csv"_s;
}

} // namespace

QList<int> TableExport::visibleColumns(const QTableView &view)
{
    QList<int> columns;
    const QHeaderView *header = view.horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

CsvWriter::Options TableExport::csvOptions(Format format, const QLocale &locale)
{
    CsvWriter::Options options;
    if (format == Format::CsvForExcel) {
        // Excel reads UTF-8 only after a byte-order mark, and splits fields at the list
        // separator of the system's region: ';' wherever the decimal point is ','.
        options.byteOrderMark = true;
        options.separator = locale.decimalPoint() == u","_s ? u';' : u',';
    }
    return options;
}

Result<TableExport::Completion> TableExport::fetchAll(
    QAbstractItemModel &model, const LazyRows &lazy, QWidget *parent)
{
    // The model can go while events are handled here (a page rebuilding its tables): then the
    // export ends as cancelled instead of reading a deleted model.
    const QPointer<QAbstractItemModel> alive(&model);
    const auto pending
        = [&] { return alive && (model.canFetchMore({}) || (lazy.fetching && lazy.fetching())); };
    if (pending()) {
        QProgressDialog progress(tr("Reading the rows to export…"), tr("Cancel"), 0, 0, parent);
        progress.setWindowTitle(tr("Export"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(500);
        progress.setValue(0);
        while (pending()) {
            if (progress.wasCanceled())
                return Completion::Cancelled;
            if (model.canFetchMore({})) {
                model.fetchMore({});
            } else {
                // A page is on its way from another thread: wait for it, or for a moment.
                QEventLoop wait;
                QTimer::singleShot(pageWaitMs, &wait, &QEventLoop::quit);
                QObject::connect(
                    &model, &QAbstractItemModel::rowsInserted, &wait, &QEventLoop::quit);
                QObject::connect(&progress, &QProgressDialog::canceled, &wait, &QEventLoop::quit);
                wait.exec();
            }
            if (!alive)
                return Completion::Cancelled;
            progress.setLabelText(
                tr("Reading the rows to export… %L1 so far").arg(model.rowCount()));
            progress.setValue(0);
        }
        if (progress.wasCanceled() || !alive)
            return Completion::Cancelled;
    }
    if (lazy.error) {
        const QString why = lazy.error();
        if (!why.isEmpty())
            return Error {tr("Not every row could be read: %1").arg(why)};
    }
    return Completion::Written;
}

Result<TableExport::Completion> TableExport::exportTo(QTableView &view, const QString &path,
    Format format, const QString &sheetTitle, const LazyRows &lazy)
{
    QAbstractItemModel *model = view.model();
    if (!model)
        return Error {tr("Cannot write %1: the table is empty.").arg(path)};
    const QPointer<QTableView> viewAlive(&view);
    const Result<Completion> fetched = fetchAll(*model, lazy, &view);
    if (!fetched)
        return Error {tr("%1 was not written. %2").arg(path, fetched.error().message)};
    if (*fetched == Completion::Cancelled || !viewAlive)
        return Completion::Cancelled;

    const QList<int> columns = visibleColumns(view);
    WaitCursor busy;
    const QString title = sheetTitle.isEmpty() ? view.accessibleName() : sheetTitle;
    const Outcome written = format == Format::Xlsx
        ? ReportXlsx::writeModel(*model, path, title, columns)
        : CsvWriter::exportModel(*model, path, csvOptions(format, QLocale()), columns);
    if (!written)
        return written.error();
    return Completion::Written;
}

void TableExport::exportWithDialog(
    QTableView *view, const QString &fileStem, const QString &sheetTitle, const LazyRows &lazy)
{
    const QString csv = tr("CSV (*.csv)");
    const QString csvForExcel = tr("CSV for Excel (*.csv)");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    QSettings settings;
    const auto remembered = Format(settings.value(formatKey, int(Format::Xlsx)).toInt());
    QString selected = remembered == Format::Csv ? csv
        : remembered == Format::CsvForExcel      ? csvForExcel
                                                 : xlsx;
    const QString directory
        = settings
              .value(
                  directoryKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString suggested = QDir(directory).filePath(QString(fileStem + u'-'
        + QDate::currentDate().toString(Qt::ISODate) + u'.' + extension(remembered)));
    // The dialog runs its own event loop, in which the view may be deleted.
    const QPointer<QTableView> guard(view);
    QString path = QFileDialog::getSaveFileName(view->window(), tr("Export table"), suggested,
        QStringList {csv, csvForExcel, xlsx}.join(u";;"_s), &selected);
    if (path.isEmpty() || !guard)
        return;
    Format format = selected == xlsx ? Format::Xlsx
        : selected == csvForExcel    ? Format::CsvForExcel
                                     : Format::Csv;
    // The name typed wins over the type chosen: "shipments.csv" is CSV whatever the list said.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx")
        format = Format::Xlsx;
    else if (suffix == u"csv" && format == Format::Xlsx)
        format = Format::Csv;
    else if (suffix.isEmpty())
        path += u'.' + extension(format);
    settings.setValue(directoryKey, QFileInfo(path).absolutePath());
    settings.setValue(formatKey, int(format));

    const Result<Completion> done = exportTo(*view, path, format, sheetTitle, lazy);
    if (!done && guard)
        QMessageBox::warning(view->window(), tr("Export failed"), done.error().message);
}

QAction *TableExport::install(
    QTableView *view, const QString &fileStem, const QString &sheetTitle, const LazyRows &lazy)
{
    auto *action = new QAction(tr("Export…"), view);
    action->setObjectName(u"exportTable"_s);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(tr("Save the rows and columns shown as CSV or an Excel workbook (%1)")
                           .arg(action->shortcut().toString(QKeySequence::NativeText)));
    QObject::connect(action, &QAction::triggered, view,
        [view, fileStem, sheetTitle, lazy] { exportWithDialog(view, fileStem, sheetTitle, lazy); });
    view->addAction(action);
    // A view with a context menu of its own keeps it; the shortcut works there all the same.
    if (view->contextMenuPolicy() == Qt::DefaultContextMenu)
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
    return action;
}

} // namespace ParcelDesk
