#include "tableexport.h"
#include "xlsxpackage.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QProgressDialog>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;
using ParcelDesk::TestSupport::XlsxPackage;

namespace {

// Rows "P-0000" … a page at a time, like the Shipments table. Asynchronous: a page arrives
// from the event loop, and canFetchMore() is false while one is on its way.
class PagedModel final : public QAbstractTableModel
{
public:
    PagedModel(int total, bool async, int failAfterPages = -1)
        : m_total(total)
        , m_async(async)
        , m_failAfterPages(failAfterPages)
    { }

    static constexpr int pageSize = 100;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_rows;
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 2;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
            return {};
        return index.column() == 0 ? QVariant(u"P-%1"_s.arg(index.row(), 4, 10, QChar(u'0')))
                                   : QVariant(index.row() * 10);
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return section == 0 ? u"Parcel"_s : u"Weight"_s;
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_pending && !atEnd();
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || m_pending || atEnd())
            return;
        if (!m_async) {
            addPage();
            return;
        }
        m_pending = true;
        QTimer::singleShot(5, this, [this] {
            m_pending = false;
            addPage();
        });
    }

    bool pending() const { return m_pending; }
    QString error() const { return m_error; }
    LazyRows lazyRows() const
    {
        LazyRows lazy;
        lazy.fetching = [this] { return pending(); };
        lazy.error = [this] { return error(); };
        return lazy;
    }

private:
    bool atEnd() const { return m_rows >= m_total || !m_error.isEmpty(); }
    void addPage()
    {
        if (m_pages == m_failAfterPages) {
            m_error = u"database is locked"_s;
            return;
        }
        ++m_pages;
        const int count = std::min(pageSize, m_total - m_rows);
        beginInsertRows({}, m_rows, m_rows + count - 1);
        m_rows += count;
        endInsertRows();
    }

    int m_total;
    bool m_async;
    int m_failAfterPages;
    int m_rows = 0;
    int m_pages = 0;
    bool m_pending = false;
    QString m_error;
};

QStringList csvLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(f.readAll()).split(u"\r\n"_s);
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

// Any table exports what it shows: the columns the user chose in the order they put them, the
// rows left after filtering in the order they are sorted, and a lazy table whole.
class TestTableExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void exportsVisibleColumnsAndFilteredRows();
    void exportsWorkbookAsShown();
    void exportsALazyModelWhole_data();
    void exportsALazyModelWhole();
    void fetchErrorWritesNoFile();
    void cancelWritesNoFile();
    void csvForExcelFollowsTheLocale();
    void installsAnExportAction();

private:
    QStandardItemModel m_source;
    QSortFilterProxyModel m_proxy;
};

void TestTableExport::init()
{
    m_source.clear();
    m_source.setHorizontalHeaderLabels({u"Tracking"_s, u"Carrier"_s, u"Status"_s, u"Internal"_s});
    const QList<QStringList> rows {
        {u"JJD001"_s, u"DHL"_s, u"Delivered"_s, u"x1"_s},
        {u"1Z999"_s, u"UPS"_s, u"In transit"_s, u"x2"_s},
        {u"JJD003"_s, u"DHL"_s, u"Late, \"stuck\""_s, u"x3"_s},
        {u"JJD002"_s, u"DHL"_s, u"Zugestellt (Nachbar, Müller)"_s, u"x4"_s},
    };
    for (const QStringList &row : rows) {
        QList<QStandardItem *> items;
        for (const QString &cell : row)
            items << new QStandardItem(cell);
        m_source.appendRow(items);
    }
    m_proxy.setSourceModel(&m_source);
    m_proxy.setFilterKeyColumn(1);
    m_proxy.setFilterFixedString(u"DHL"_s);
    m_proxy.sort(0, Qt::DescendingOrder);
}

void TestTableExport::exportsVisibleColumnsAndFilteredRows()
{
    QTableView view;
    view.setModel(&m_proxy);
    view.setColumnHidden(3, true);
    view.horizontalHeader()->moveSection(2, 0); // Status first
    QCOMPARE(TableExport::visibleColumns(view), QList<int>({2, 0, 1}));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"shipments.csv"_s);
    const auto done = TableExport::exportTo(view, path, TableExport::Format::Csv, u"Shipments"_s);
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(*done, TableExport::Completion::Written);
    QCOMPARE(csvLines(path),
        QStringList({u"Status,Tracking,Carrier"_s, u"\"Late, \"\"stuck\"\"\",JJD003,DHL"_s,
            u"\"Zugestellt (Nachbar, Müller)\",JJD002,DHL"_s, u"Delivered,JJD001,DHL"_s}));
}

void TestTableExport::exportsWorkbookAsShown()
{
    if (!XlsxPackage::canRead())
        QSKIP("unzip is not installed: cannot read the workbook back (apt-get install unzip)");
    QTableView view;
    view.setModel(&m_proxy);
    view.setColumnHidden(1, true);
    view.horizontalHeader()->moveSection(3, 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shipments.xlsx"_s);
    const auto done = TableExport::exportTo(view, path, TableExport::Format::Xlsx, u"Shipments"_s);
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    const XlsxPackage xlsx(path);
    QCOMPARE(xlsx.sheetNames(), QStringList {u"Shipments"_s});
    const QStringList strings = xlsx.sharedStrings();
    const QString sheet = xlsx.sheet(1);
    const auto text = [&](const QString &ref) {
        const auto c = XlsxPackage::cell(sheet, ref);
        return c && c->isSharedString() ? strings.value(c->value.toInt()) : QString();
    };
    QCOMPARE(text(u"A1"_s), u"Internal"_s);
    QCOMPARE(text(u"B1"_s), u"Tracking"_s);
    QCOMPARE(text(u"C1"_s), u"Status"_s);
    QVERIFY(!XlsxPackage::cell(sheet, u"D1"_s));
    QCOMPARE(text(u"A2"_s), u"x3"_s);
    QCOMPARE(text(u"B4"_s), u"JJD001"_s);
    QVERIFY(!XlsxPackage::cell(sheet, u"A5"_s)); // UPS is filtered out
    QVERIFY(!strings.contains(u"UPS"_s));
}

void TestTableExport::exportsALazyModelWhole_data()
{
    QTest::addColumn<bool>("async");
    QTest::newRow("fetches at once") << false;
    QTest::newRow("fetches on another thread") << true;
}

void TestTableExport::exportsALazyModelWhole()
{
    QFETCH(bool, async);
    PagedModel model(450, async);
    QTableView view;
    view.setModel(&model);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"parcels.csv"_s);
    const auto done = TableExport::exportTo(
        view, path, TableExport::Format::Csv, u"Parcels"_s, model.lazyRows());
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(*done, TableExport::Completion::Written);
    const QStringList lines = csvLines(path);
    QCOMPARE(lines.size(), 451);
    QCOMPARE(lines.first(), u"Parcel,Weight"_s);
    QCOMPARE(lines.at(1), u"P-0000,0"_s);
    QCOMPARE(lines.last(), u"P-0449,4490"_s);
}

void TestTableExport::fetchErrorWritesNoFile()
{
    PagedModel model(450, true, 2);
    QTableView view;
    view.setModel(&model);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"parcels.xlsx"_s);
    const auto done = TableExport::exportTo(
        view, path, TableExport::Format::Xlsx, u"Parcels"_s, model.lazyRows());
    QVERIFY(!done);
    QVERIFY2(done.error().message.contains(path), qPrintable(done.error().message));
    QVERIFY2(
        done.error().message.contains(u"database is locked"_s), qPrintable(done.error().message));
    QVERIFY(!QFile::exists(path));
}

void TestTableExport::cancelWritesNoFile()
{
    PagedModel model(100'000'000, true);
    QTableView view;
    view.setModel(&model);
    QTimer::singleShot(700, &view, [&view] {
        const auto dialogs = view.findChildren<QProgressDialog *>();
        if (!dialogs.isEmpty())
            dialogs.first()->cancel();
    });
    QTemporaryDir dir;
    const QString path = dir.filePath(u"parcels.csv"_s);
    const auto done = TableExport::exportTo(
        view, path, TableExport::Format::Csv, u"Parcels"_s, model.lazyRows());
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(*done, TableExport::Completion::Cancelled);
    QVERIFY(!QFile::exists(path));
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() < 100'000'000);
}

void TestTableExport::csvForExcelFollowsTheLocale()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const auto excelGerman = TableExport::csvOptions(TableExport::Format::CsvForExcel, german);
    QVERIFY(excelGerman.byteOrderMark);
    QCOMPARE(excelGerman.separator, u';');
    const auto excelEnglish = TableExport::csvOptions(TableExport::Format::CsvForExcel, english);
    QVERIFY(excelEnglish.byteOrderMark);
    QCOMPARE(excelEnglish.separator, u',');
    const auto plain = TableExport::csvOptions(TableExport::Format::Csv, german);
    QVERIFY(!plain.byteOrderMark);
    QCOMPARE(plain.separator, u',');
}

void TestTableExport::installsAnExportAction()
{
    QTableView view;
    view.setModel(&m_proxy);
    QAction *action = TableExport::install(&view, u"shipments"_s);
    QVERIFY(view.actions().contains(action));
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QCOMPARE(action->shortcutContext(), Qt::WidgetWithChildrenShortcut);
    QCOMPARE(view.contextMenuPolicy(), Qt::ActionsContextMenu);

    QTableView custom;
    custom.setContextMenuPolicy(Qt::CustomContextMenu);
    TableExport::install(&custom, u"cases"_s);
    QCOMPARE(custom.contextMenuPolicy(), Qt::CustomContextMenu);
}

QTEST_MAIN(TestTableExport)
#include "tst_tableexport.moc"
