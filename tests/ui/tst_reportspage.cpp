#include "reportspage.h"
#include "testsupport.h"
#include "xlsxpackage.h"

#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

namespace {

const qint64 fixedNow
    = QDateTime::fromString(u"2026-11-18T15:30:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();

} // namespace

// The Reports page as a supervisor uses it: the report of the last 30 days on opening, its
// figures those of the database, a carrier filter, Cancel keeping what was shown, and the
// report exported whole in each format.
class TestReportsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void opensWithTheLastThirtyDays();
    void carrierFilterNarrowsTheReport();
    void cancelKeepsTheReportShown();
    void exportsTheWholeReport();
    void changedFiltersStopTheOldReportsExport();

private:
    bool waitBuilt(ReportsPage &page);
    QTemporaryDir m_dir;
    Database m_db;
};

void TestReportsPage::initTestCase()
{
    m_db = TestSupport::seededDatabase(m_dir.filePath(u"reports.sqlite"_s), 2500, fixedNow);
}

void TestReportsPage::cleanupTestCase()
{
    m_db.releaseConnection();
}

bool TestReportsPage::waitBuilt(ReportsPage &page)
{
    QSignalSpy built(&page, &ReportsPage::built);
    return built.wait(30'000);
}

void TestReportsPage::opensWithTheLastThirtyDays()
{
    ReportsPage page(m_db);
    page.setClock([] { return fixedNow; });
    QSignalSpy built(&page, &ReportsPage::built);
    page.show(); // the first showing builds the report
    QVERIFY(built.wait(30'000));
    QVERIFY(page.report());
    QCOMPARE(page.report()->from, QDate(2026, 10, 19));
    QCOMPARE(page.report()->to, QDate(2026, 11, 17));
    const qint64 shipped = TestSupport::scalar(m_db,
        u"SELECT sum(shipments) FROM shipment_daily WHERE direction = 'outbound' AND day "
        "BETWEEN %1 AND %2"_s.arg(QDate(1970, 1, 1).daysTo(QDate(2026, 10, 19)))
            .arg(QDate(1970, 1, 1).daysTo(QDate(2026, 11, 17))));
    auto *tile = page.findChild<QLabel *>(u"figure_shipped"_s);
    QVERIFY(tile);
    QVERIFY2(tile->text().contains(QLocale().toString(shipped)), qPrintable(tile->text()));
    auto *sections = page.findChild<QListWidget *>(u"reportSections"_s);
    QCOMPARE(sections->count(), page.report()->sections.size() + 1);
    // A section shows its rows.
    sections->setCurrentRow(2);
    auto *carriers = page.findChild<QTableView *>(u"sectionTable_carriers"_s);
    QVERIFY(carriers && carriers->isVisible());
    QCOMPARE(carriers->model()->rowCount(), page.report()->section(u"carriers"_s)->rows.size());
    QVERIFY(page.findChild<QPushButton *>(u"reportExport"_s)->isEnabled());
}

void TestReportsPage::carrierFilterNarrowsTheReport()
{
    ReportsPage page(m_db);
    page.setClock([] { return fixedNow; });
    page.setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 14));
    page.setCarrier(u"ups"_s);
    page.build();
    QVERIFY(waitBuilt(page));
    QVERIFY(page.report());
    QCOMPARE(page.report()->filters, QStringList {u"Carriers: UPS"_s});
    const qint64 shipped = TestSupport::scalar(m_db,
        u"SELECT sum(shipments) FROM shipment_daily WHERE direction = 'outbound' AND carrier = "
        "'ups' AND day BETWEEN %1 AND %2"_s.arg(QDate(1970, 1, 1).daysTo(QDate(2026, 11, 1)))
            .arg(QDate(1970, 1, 1).daysTo(QDate(2026, 11, 14))));
    QCOMPARE(page.report()->figure(u"shipped"_s)->value.toLongLong(), shipped);
    QVERIFY(page.findChild<QLabel *>(u"reportState"_s)->text().contains(u"Carriers: UPS"_s));
}

void TestReportsPage::cancelKeepsTheReportShown()
{
    ReportsPage page(m_db);
    page.setClock([] { return fixedNow; });
    page.setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 14));
    page.build();
    QVERIFY(waitBuilt(page));
    const qint64 before = page.report()->figure(u"shipped"_s)->value.toLongLong();
    page.setPeriod(QDate(2026, 8, 20), QDate(2026, 11, 17));
    QSignalSpy built(&page, &ReportsPage::built);
    page.build();
    QVERIFY(page.isBuilding());
    page.cancel();
    QVERIFY(!built.isEmpty() || built.wait(30'000));
    QVERIFY(!page.isBuilding());
    const QString state = page.findChild<QLabel *>(u"reportState"_s)->text();
    // Cancelled in time, or finished before the cancel arrived: either way nothing half-shown.
    if (state.contains(u"cancelled"_s)) {
        QCOMPARE(page.report()->figure(u"shipped"_s)->value.toLongLong(), before);
        QCOMPARE(page.report()->from, QDate(2026, 11, 1));
    } else {
        QCOMPARE(page.report()->from, QDate(2026, 8, 20));
    }
    QVERIFY(page.findChild<QPushButton *>(u"reportBuild"_s)->isEnabled());
}

void TestReportsPage::exportsTheWholeReport()
{
    ReportsPage page(m_db);
    page.setClock([] { return fixedNow; });
    QVERIFY(!page.exportTo(m_dir.filePath(u"none.csv"_s), ReportsPage::ExportFormat::Csv));
    page.setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 14));
    page.build();
    QVERIFY(waitBuilt(page));
    const QString csv = m_dir.filePath(u"report.csv"_s);
    QVERIFY(page.exportTo(csv, ReportsPage::ExportFormat::Csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (const ReportSection &s : page.report()->sections)
        QVERIFY2(text.contains(s.title), qPrintable(s.title));
    const QString pdf = m_dir.filePath(u"report.pdf"_s);
    QVERIFY(page.exportTo(pdf, ReportsPage::ExportFormat::Pdf));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    const QString xlsx = m_dir.filePath(u"report.xlsx"_s);
    QVERIFY(page.exportTo(xlsx, ReportsPage::ExportFormat::Xlsx));
    if (!TestSupport::XlsxPackage::canRead())
        QSKIP("unzip is not installed (Debian: unzip); the workbook cannot be read back.");
    QCOMPARE(
        TestSupport::XlsxPackage(xlsx).sheetNames().size(), page.report()->sections.size() + 1);
}

void TestReportsPage::changedFiltersStopTheOldReportsExport()
{
    ReportsPage page(m_db);
    page.setClock([] { return fixedNow; });
    page.setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 14));
    page.build();
    QVERIFY(waitBuilt(page));
    auto *exportButton = page.findChild<QPushButton *>(u"reportExport"_s);
    auto *state = page.findChild<QLabel *>(u"reportState"_s);
    QVERIFY(exportButton->isEnabled());
    // Other days: the report shown is not theirs.
    page.setPeriod(QDate(2026, 10, 1), QDate(2026, 10, 31));
    QVERIFY(!exportButton->isEnabled());
    QVERIFY2(state->text().contains(u"build the report again"_s), qPrintable(state->text()));
    // Back to its days: it may be exported again.
    page.setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 14));
    QVERIFY(exportButton->isEnabled());
    page.setCarrier(u"dhl"_s);
    QVERIFY(!exportButton->isEnabled());
    page.build();
    QVERIFY(!exportButton->isEnabled()); // not while it builds
    QVERIFY(waitBuilt(page));
    QVERIFY(exportButton->isEnabled());
    QCOMPARE(page.report()->filters, QStringList {u"Carriers: DHL"_s});
}

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
