#include "reports/csvwriter.h"
#include "reports/report.h"
#include "reports/reportcsv.h"
#include "reports/reportxlsx.h"
#include "xlsxpackage.h"

#include <QDir>
#include <QFile>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;
using ParcelDesk::TestSupport::XlsxPackage;

namespace {

const QString longTitle = u"Parcels delivered late by destination country and carrier"_s;

ReportColumn column(const QString &title, CellType type, int decimals = 1, const QString &unit = {})
{
    ReportColumn c;
    c.title = title;
    c.type = type;
    c.decimals = decimals;
    c.unit = unit;
    return c;
}

ReportFigure figure(const QString &key, const QString &label, const QVariant &value, CellType type,
    const QString &unit = {})
{
    ReportFigure f;
    f.key = key;
    f.label = label;
    f.value = value;
    f.format = column({}, type, 1, unit);
    return f;
}

ReportSection section(const QString &key, const QString &title, const QList<ReportColumn> &columns,
    const QList<QVariantList> &rows)
{
    ReportSection s;
    s.key = key;
    s.title = title;
    s.description = u"What %1 shows."_s.arg(key);
    s.columns = columns;
    s.rows = rows;
    return s;
}

// Every cell type, an umlaut, a quote, a comma, a cell with nothing to say, a sheet title too
// long for Excel and two sections with the same title.
Report sampleReport()
{
    Report r;
    r.name = u"operations"_s;
    r.title = u"Operations, November"_s;
    r.from = QDate(2026, 11, 1);
    r.to = QDate(2026, 11, 30);
    r.filters = {u"Carrier: DHL"_s, u"Country: Österreich"_s};
    r.generatedAt = QDateTime(QDate(2026, 12, 1), QTime(8, 30), Qt::UTC);
    r.figures = {
        figure(u"shipped"_s, u"Parcels shipped"_s, qint64(12345), CellType::Integer),
        figure(u"onTime"_s, u"On time"_s, 0.934, CellType::Percent),
        figure(u"vouchers"_s, u"Voucher cost"_s, 12.5, CellType::Money, u"EUR"_s),
        figure(u"firstAttempt"_s, u"First attempt"_s, QVariant(), CellType::Percent),
    };
    r.sections << section(u"carriers"_s, u"Carriers"_s,
        {column(u"Carrier"_s, CellType::Text), column(u"Parcels"_s, CellType::Integer),
            column(u"On time"_s, CellType::Percent),
            column(u"Voucher cost"_s, CellType::Money, 2, u"EUR"_s),
            column(u"Transit p50"_s, CellType::Days), column(u"Weight"_s, CellType::Decimal, 2),
            column(u"First late"_s, CellType::Date)},
        {
            {u"DHL"_s, qint64(1200), 0.934, 12.5, 2.5, 1.234, QDate(2026, 11, 3)},
            {u"Müller, \"Express\""_s, qint64(3), QVariant(), 0.0, QVariant(), 7.0, QVariant()},
        });
    r.sections << section(
        u"late"_s, longTitle, {column(u"Country"_s, CellType::Text)}, {{u"AT"_s}});
    r.sections << section(
        u"weekA"_s, u"By week"_s, {column(u"Week"_s, CellType::Integer)}, {{qint64(45)}});
    r.sections << section(
        u"weekB"_s, u"By week"_s, {column(u"Week"_s, CellType::Integer)}, {{qint64(46)}});
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

// Days since Excel's day 0 (1899-12-30, counting its 1900 leap day).
int excelSerial(const QDate &date)
{
    return int(QDate(1899, 12, 30).daysTo(date));
}

} // namespace

// A report leaves the console as CSV for scripts and as an XLSX workbook whose cells are
// numbers and dates a spreadsheet computes with; a failed export leaves nothing behind.
class TestReportExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvHasHeaderFiguresAndSections();
    void csvForExcelHasBomAndSemicolons();
    void csvFailureNamesTheFile();
    void sheetNamesExcelAccepts_data();
    void sheetNamesExcelAccepts();
    void xlsxSheetsAreNamedAfterSections();
    void xlsxCellsAreTyped();
    void xlsxSummaryHasTypedFiguresAndLinks();
    void xlsxNumberFormats();
    void xlsxReplacesAnExistingFile();
    void xlsxFailureLeavesNothing();
    void xlsxTooLongTextFailsWithoutTempFile();
    void modelExportKeepsTypesAndColumnOrder();
};

void TestReportExport::csvHasHeaderFiguresAndSections()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"operations.csv"_s);
    const Outcome written = ReportCsv::write(sampleReport(), path, {});
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    const QByteArray expected = QString(u"\"Operations, November\"\r\n"
                                        "Period,2026-11-01,2026-11-30\r\n"
                                        "Filter,Carrier: DHL\r\n"
                                        "Filter,Country: Österreich\r\n"
                                        "Generated,2026-12-01T08:30:00Z\r\n"
                                        "\r\n"
                                        "Key figures\r\n"
                                        "Parcels shipped,12345\r\n"
                                        "On time (%),93.4\r\n"
                                        "Voucher cost (EUR),12.50\r\n"
                                        "First attempt (%),\r\n"
                                        "\r\n"
                                        "Carriers\r\n"
                                        "Carrier,Parcels,On time (%),Voucher cost (EUR),"
                                        "Transit p50 (days),Weight,First late\r\n"
                                        "DHL,1200,93.4,12.50,2.5,1.23,2026-11-03\r\n"
                                        "\"Müller, \"\"Express\"\"\",3,,0.00,,7.00,\r\n"
                                        "\r\n"
                                        "Parcels delivered late by destination country and "
                                        "carrier\r\n"
                                        "Country\r\n"
                                        "AT\r\n"
                                        "\r\n"
                                        "By week\r\nWeek\r\n45\r\n"
                                        "\r\n"
                                        "By week\r\nWeek\r\n46\r\n"_s)
                                    .toUtf8();
    QCOMPARE(readAll(path), expected);
}

void TestReportExport::csvForExcelHasBomAndSemicolons()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"operations.csv"_s);
    CsvWriter::Options excel;
    excel.byteOrderMark = true;
    excel.separator = u';';
    QVERIFY(ReportCsv::write(sampleReport(), path, excel));
    const QByteArray bytes = readAll(path);
    QVERIFY(
        bytes.startsWith("\xEF\xBB\xBFOperations, November\r\nPeriod;2026-11-01;2026-11-30\r\n"));
    // With ';' a decimal comma, as the spreadsheets that expect ';' read numbers.
    QVERIFY(bytes.contains("\r\nDHL;1200;93,4;12,50;2,5;1,23;2026-11-03\r\n"));
    QVERIFY(bytes.contains("\r\nOn time (%);93,4\r\n"));
    QVERIFY(bytes.contains(QString(u"\r\nMüller, \"\"Express\"\"\";3;;0,00;;7,00;\r\n"_s).toUtf8())
        == false);
    QVERIFY(
        bytes.contains(QString(u"\r\n\"Müller, \"\"Express\"\"\";3;;0,00;;7,00;\r\n"_s).toUtf8()));
    QCOMPARE(bytes.count("\xEF\xBB\xBF"), 1);
}

void TestReportExport::csvFailureNamesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing/operations.csv"_s);
    const Outcome written = ReportCsv::write(sampleReport(), path, {});
    QVERIFY(!written);
    QVERIFY2(written.error().message.contains(path), qPrintable(written.error().message));
    QVERIFY(!QFile::exists(path));
}

void TestReportExport::sheetNamesExcelAccepts_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << u"Carriers"_s << QStringList() << u"Carriers"_s;
    QTest::newRow("forbidden characters")
        << u"Late/early: [all] *?\\"_s << QStringList() << u"Late_early_ _all_ ___"_s;
    // Cut after a whole word, the cut marked.
    QTest::newRow("too long") << longTitle << QStringList() << u"Parcels delivered late by\u2026"_s;
    QTest::newRow("truncated at a space")
        << u"Parcels delivered late by week and carrier"_s << QStringList()
        << u"Parcels delivered late by week\u2026"_s;
    QTest::newRow("taken, ignoring case")
        << u"carriers"_s << QStringList {u"Summary"_s, u"Carriers"_s} << u"carriers (2)"_s;
    QTest::newRow("taken twice") << u"By week"_s << QStringList {u"By week"_s, u"By week (2)"_s}
                                 << u"By week (3)"_s;
    QTest::newRow("too long and taken")
        << longTitle << QStringList {u"Parcels delivered late by\u2026"_s}
        << u"Parcels delivered late by\u2026 (2)"_s;
    QTest::newRow("apostrophes at the ends") << u"'Returns'"_s << QStringList() << u"Returns"_s;
    QTest::newRow("empty") << QString() << QStringList() << u"Sheet"_s;
}

void TestReportExport::sheetNamesExcelAccepts()
{
    QFETCH(QString, title);
    QFETCH(QStringList, taken);
    QFETCH(QString, name);
    const QString got = ReportXlsx::sheetName(title, taken);
    QCOMPARE(got, name);
    QVERIFY(got.size() <= 31);
}

void TestReportExport::xlsxSheetsAreNamedAfterSections()
{
    if (!XlsxPackage::canRead())
        QSKIP("unzip is not installed: cannot read the workbook back (apt-get install unzip)");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"operations.xlsx"_s);
    const Outcome written = ReportXlsx::write(sampleReport(), path);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    const XlsxPackage xlsx(path);
    QCOMPARE(xlsx.sheetNames(),
        QStringList({u"Summary"_s, u"Carriers"_s, u"Parcels delivered late by\u2026"_s,
            u"By week"_s, u"By week (2)"_s}));
    QCOMPARE(entries(dir.path()), QStringList {u"operations.xlsx"_s});
}

void TestReportExport::xlsxCellsAreTyped()
{
    if (!XlsxPackage::canRead())
        QSKIP("unzip is not installed: cannot read the workbook back (apt-get install unzip)");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"operations.xlsx"_s);
    QVERIFY(ReportXlsx::write(sampleReport(), path));
    const XlsxPackage xlsx(path);
    const QStringList strings = xlsx.sharedStrings();
    const QString sheet = xlsx.sheet(2);
    QVERIFY(!sheet.isEmpty());

    const auto text = [&](const QString &ref) -> QString {
        const auto c = XlsxPackage::cell(sheet, ref);
        if (!c || !c->isSharedString())
            return u"<not a string>"_s;
        return strings.value(c->value.toInt());
    };
    const auto number = [&](const QString &ref) -> QString {
        const auto c = XlsxPackage::cell(sheet, ref);
        if (!c || c->attributes.contains(u"t="_s))
            return u"<not a number>"_s;
        return c->value;
    };
    QCOMPARE(text(u"A1"_s), u"Carrier"_s);
    QCOMPARE(text(u"C1"_s), u"On time"_s);
    QCOMPARE(text(u"D1"_s), u"Voucher cost"_s);
    QCOMPARE(text(u"E1"_s), u"Transit p50 (days)"_s);
    QCOMPARE(text(u"A2"_s), u"DHL"_s);
    QCOMPARE(number(u"B2"_s), u"1200"_s);
    QCOMPARE(number(u"C2"_s).toDouble(), 0.934); // written with 17 digits
    QCOMPARE(number(u"D2"_s), u"12.5"_s);
    QCOMPARE(number(u"E2"_s), u"2.5"_s);
    QCOMPARE(number(u"F2"_s).toDouble(), 1.234);
    QCOMPARE(number(u"G2"_s), QString::number(excelSerial(QDate(2026, 11, 3))));
    QCOMPARE(text(u"A3"_s), u"Müller, \"Express\""_s);
    QCOMPARE(number(u"B3"_s), u"3"_s);
    QCOMPARE(number(u"D3"_s), u"0"_s); // no voucher cost is a figure: 0, not blank
    QVERIFY(!XlsxPackage::cell(sheet, u"C3"_s)); // no deliveries: no on-time rate, not 0
    QVERIFY(!XlsxPackage::cell(sheet, u"E3"_s));
    QVERIFY(!XlsxPackage::cell(sheet, u"G3"_s));

    QVERIFY2(sheet.contains(u"state=\"frozen\""_s), qPrintable(sheet));
    QVERIFY(sheet.contains(u"ySplit=\"1\""_s));
    QVERIFY(sheet.contains(u"topLeftCell=\"A2\""_s));
    QVERIFY(sheet.contains(u"<autoFilter ref=\"A1:G3\""_s));
    QVERIFY(sheet.contains(u"<cols>"_s)); // widths from the content

    const QString late = xlsx.sheet(3);
    QVERIFY(late.contains(u"state=\"frozen\""_s));
    QVERIFY(late.contains(u"<autoFilter ref=\"A1:A2\""_s));
    QVERIFY(!xlsx.sheet(1).contains(u"state=\"frozen\""_s)); // the summary is not a table
}

void TestReportExport::xlsxSummaryHasTypedFiguresAndLinks()
{
    if (!XlsxPackage::canRead())
        QSKIP("unzip is not installed: cannot read the workbook back (apt-get install unzip)");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"operations.xlsx"_s);
    QVERIFY(ReportXlsx::write(sampleReport(), path));
    const XlsxPackage xlsx(path);
    const QStringList strings = xlsx.sharedStrings();
    const QString summary = xlsx.sheet(1);
    const auto text = [&](const QString &ref) -> QString {
        const auto c = XlsxPackage::cell(summary, ref);
        return c && c->isSharedString() ? strings.value(c->value.toInt()) : QString();
    };
    const auto value = [&](const QString &ref) -> QString {
        const auto c = XlsxPackage::cell(summary, ref);
        return c && !c->isSharedString() ? c->value : u"<none>"_s;
    };
    QCOMPARE(text(u"A1"_s), u"Operations, November"_s);
    QCOMPARE(text(u"A3"_s), u"From"_s);
    QCOMPARE(value(u"B3"_s), QString::number(excelSerial(QDate(2026, 11, 1))));
    QCOMPARE(text(u"A4"_s), u"To"_s);
    QCOMPARE(value(u"B4"_s), QString::number(excelSerial(QDate(2026, 11, 30))));
    QCOMPARE(text(u"B5"_s), u"Carrier: DHL"_s);
    QCOMPARE(text(u"B6"_s), u"Country: Österreich"_s);
    QCOMPARE(text(u"A7"_s), u"Generated (UTC)"_s);
    QVERIFY2(value(u"B7"_s).startsWith(QString::number(excelSerial(QDate(2026, 12, 1))) + u".354"),
        qPrintable(value(u"B7"_s))); // 08:30 is 0.354 of a day
    QCOMPARE(text(u"A9"_s), u"Key figures"_s);
    QCOMPARE(text(u"A10"_s), u"Parcels shipped"_s);
    QCOMPARE(value(u"B10"_s), u"12345"_s);
    QCOMPARE(value(u"B11"_s).toDouble(), 0.934);
    QCOMPARE(value(u"B12"_s), u"12.5"_s);
    QCOMPARE(text(u"A13"_s), u"First attempt"_s);
    QVERIFY(!XlsxPackage::cell(summary, u"B13"_s));
    QCOMPARE(text(u"A15"_s), u"Sheets"_s);
    QCOMPARE(text(u"A16"_s), u"Carriers"_s);
    QCOMPARE(text(u"B16"_s), u"What carriers shows."_s);
    QCOMPARE(text(u"A19"_s), u"By week (2)"_s);
    QVERIFY2(summary.contains(u"location=\"'By week (2)'!A1\""_s), qPrintable(summary));
}

void TestReportExport::xlsxNumberFormats()
{
    if (!XlsxPackage::canRead())
        QSKIP("unzip is not installed: cannot read the workbook back (apt-get install unzip)");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"operations.xlsx"_s);
    QVERIFY(ReportXlsx::write(sampleReport(), path));
    const XlsxPackage xlsx(path);
    const QString styles = xlsx.part(u"xl/styles.xml"_s);
    QVERIFY2(styles.contains(u"formatCode=\"#,##0.00 &quot;EUR&quot;\""_s), qPrintable(styles));
    QVERIFY(styles.contains(u"formatCode=\"0.0%\""_s));
    QVERIFY(styles.contains(u"formatCode=\"0.0\""_s));
    QVERIFY(styles.contains(u"formatCode=\"yyyy-mm-dd\""_s));
    QVERIFY(styles.contains(u"formatCode=\"yyyy-mm-dd hh:mm\""_s));
    QVERIFY(styles.contains(u"formatCode=\"#,##0\""_s));
    QVERIFY(styles.contains(u"formatCode=\"0.00\""_s)); // the weight, two decimals
    // The header: bold on a fill with a border.
    QVERIFY(styles.contains(u"<b/>"_s));
    QVERIFY(styles.contains(u"<patternFill patternType=\"solid\"><fgColor rgb=\"FFDDE4EE\"/>"_s));
    QVERIFY(styles.contains(u"<left style=\"thin\">"_s));
}

void TestReportExport::xlsxReplacesAnExistingFile()
{
    if (!XlsxPackage::canRead())
        QSKIP("unzip is not installed: cannot read the workbook back (apt-get install unzip)");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"operations.xlsx"_s);
    QVERIFY(ReportXlsx::write(sampleReport(), path));
    Report shorter = sampleReport();
    shorter.sections.resize(1);
    QVERIFY(ReportXlsx::write(shorter, path));
    QCOMPARE(XlsxPackage(path).sheetNames(), QStringList({u"Summary"_s, u"Carriers"_s}));
    QCOMPARE(entries(dir.path()), QStringList {u"operations.xlsx"_s});
}

void TestReportExport::xlsxFailureLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing/operations.xlsx"_s);
    const Outcome written = ReportXlsx::write(sampleReport(), path);
    QVERIFY(!written);
    QVERIFY2(written.error().message.contains(path), qPrintable(written.error().message));
    QVERIFY(!QFile::exists(path));
    QVERIFY(entries(dir.path()).isEmpty());

    // The workbook is written, but cannot take the place of a directory: its temporary
    // file goes again.
    const QString occupied = dir.filePath(u"taken.xlsx"_s);
    QVERIFY(QDir(dir.path()).mkpath(u"taken.xlsx/inside"_s));
    const Outcome renamed = ReportXlsx::write(sampleReport(), occupied);
    QVERIFY(!renamed);
    QVERIFY2(renamed.error().message.contains(occupied), qPrintable(renamed.error().message));
    QCOMPARE(entries(dir.path()), QStringList {u"taken.xlsx"_s});
}

void TestReportExport::xlsxTooLongTextFailsWithoutTempFile()
{
    // Excel holds at most 32,767 characters in a cell; libxlsxwriter refuses more.
    Report report = sampleReport();
    report.sections[1].rows = {{QString(40'000, u'x')}};
    QTemporaryDir dir;
    const QString path = dir.filePath(u"operations.xlsx"_s);
    const Outcome written = ReportXlsx::write(report, path);
    QVERIFY(!written);
    QVERIFY2(written.error().message.contains(path), qPrintable(written.error().message));
    QVERIFY(entries(dir.path()).isEmpty());
}

void TestReportExport::modelExportKeepsTypesAndColumnOrder()
{
    QStandardItemModel model(2, 4);
    model.setHorizontalHeaderLabels({u"Tracking"_s, u"Parcels"_s, u"Shipped"_s, u"Scanned"_s});
    model.setItem(0, 0, new QStandardItem(u"00340434161094042557"_s));
    model.setData(model.index(0, 1), 42);
    model.setData(model.index(0, 2), QDate(2026, 11, 3));
    model.setData(model.index(0, 3), QDateTime(QDate(2026, 11, 3), QTime(18, 0), Qt::UTC));
    model.setItem(1, 0, new QStandardItem(u"Jürgen"_s));
    model.setData(model.index(1, 1), 2.5);
    const QList<int> columns {2, 0, 1};

    QTemporaryDir dir;
    const QString csvPath = dir.filePath(u"shipments.csv"_s);
    QVERIFY(CsvWriter::exportModel(model, csvPath, {}, columns));
    QCOMPARE(readAll(csvPath),
        QString(u"Shipped,Tracking,Parcels\r\n2026-11-03,00340434161094042557,42\r\n"
                ",Jürgen,2.5\r\n"_s)
            .toUtf8());

    if (!XlsxPackage::canRead())
        QSKIP("unzip is not installed: cannot read the workbook back (apt-get install unzip)");
    const QString path = dir.filePath(u"shipments.xlsx"_s);
    const Outcome written = ReportXlsx::writeModel(model, path, u"Shipments: all"_s, columns);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    const XlsxPackage xlsx(path);
    QCOMPARE(xlsx.sheetNames(), QStringList {u"Shipments_ all"_s});
    const QStringList strings = xlsx.sharedStrings();
    const QString sheet = xlsx.sheet(1);
    const auto text = [&](const QString &ref) {
        const auto c = XlsxPackage::cell(sheet, ref);
        return c && c->isSharedString() ? strings.value(c->value.toInt()) : QString();
    };
    QCOMPARE(text(u"A1"_s), u"Shipped"_s);
    QCOMPARE(text(u"B1"_s), u"Tracking"_s);
    QCOMPARE(text(u"C1"_s), u"Parcels"_s);
    QCOMPARE(
        XlsxPackage::cell(sheet, u"A2"_s)->value, QString::number(excelSerial(QDate(2026, 11, 3))));
    QVERIFY(!XlsxPackage::cell(sheet, u"A2"_s)->isSharedString());
    // A tracking number is text, leading zeros and all.
    QCOMPARE(text(u"B2"_s), u"00340434161094042557"_s);
    QCOMPARE(XlsxPackage::cell(sheet, u"C2"_s)->value, u"42"_s);
    QVERIFY(!XlsxPackage::cell(sheet, u"C2"_s)->isSharedString());
    QCOMPARE(XlsxPackage::cell(sheet, u"C3"_s)->value, u"2.5"_s);
    QVERIFY(!XlsxPackage::cell(sheet, u"A3"_s));
    QVERIFY(sheet.contains(u"state=\"frozen\""_s));
    QVERIFY(sheet.contains(u"<autoFilter ref=\"A1:C3\""_s));
    // The column left out is not there.
    QVERIFY(!strings.contains(u"Scanned"_s));
}

QTEST_GUILESS_MAIN(TestReportExport)
#include "tst_reportexport.moc"
