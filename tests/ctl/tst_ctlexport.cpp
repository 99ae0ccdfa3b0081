#include "store/database.h"
#include "testsupport.h"
#include "xlsxpackage.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;
using namespace ParcelDesk::TestSupport;

namespace {

const qint64 fixedNow
    = QDateTime::fromString(u"2026-11-18T15:30:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();

} // namespace

// parceldeskctl export as a scheduled job runs it: no display, a file in each format whose
// figures are those the database holds (counted here from the per-day tables, independently of
// the report's own statements), and exit codes a script can act on.
class TestCtlExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvHoldsTheFigures();
    void xlsxHoldsTheFiguresAsNumbers();
    void pdfReadsBackInGerman();
    void mistakesAreUsageErrors_data();
    void mistakesAreUsageErrors();
    void failuresLeaveNoFile();

private:
    ProgramRun ctl(const QStringList &arguments);
    QStringList period() const;

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_shipped = 0;
    qint64 m_delivered = 0;
};

ProgramRun TestCtlExport::ctl(const QStringList &arguments)
{
    // No display: a scheduled job has none.
    qunsetenv("DISPLAY");
    qputenv("QT_QPA_PLATFORM", "none-at-all");
    return runProgram(QStringLiteral(PARCELDESKCTL_PATH), QStringList {u"export"_s} + arguments);
}

QStringList TestCtlExport::period() const
{
    return {u"--db"_s, m_db, u"--report"_s, u"operations"_s, u"--from"_s, u"2026-10-19"_s,
        u"--to"_s, u"2026-11-17"_s};
}

void TestCtlExport::initTestCase()
{
    m_db = m_dir.filePath(u"export.sqlite"_s);
    Database db = seededDatabase(m_db, 3000, fixedNow);
    const QString days
        = u" day BETWEEN %1 AND %2"_s.arg(QDate(1970, 1, 1).daysTo(QDate(2026, 10, 19)))
              .arg(QDate(1970, 1, 1).daysTo(QDate(2026, 11, 17)));
    m_shipped = scalar(
        db, u"SELECT sum(shipments) FROM shipment_daily WHERE direction = 'outbound' AND"_s + days);
    m_delivered = scalar(db, u"SELECT sum(delivered) FROM delivery_daily WHERE"_s + days);
    QVERIFY(m_shipped > 1000 && m_delivered > 1000);
    db.releaseConnection();
}

void TestCtlExport::csvHoldsTheFigures()
{
    const QString out = m_dir.filePath(u"ops.csv"_s);
    const ProgramRun run = ctl(period() << u"--out"_s << out << u"--bom"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Wrote the Operations report"_s), qPrintable(run.out));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s);
    QVERIFY(lines.contains(u"Parcels shipped,%1"_s.arg(m_shipped)));
    QVERIFY(lines.contains(u"Parcels delivered,%1"_s.arg(m_delivered)));
    // Each section: its title, then its header with units where the cells leave them out.
    const qsizetype carriers = lines.indexOf(u"Delivery performance by carrier"_s);
    QVERIFY(carriers > 0);
    QCOMPARE(lines.at(carriers + 1),
        u"Carrier,Shipped,Delivered,On time (%),First attempt (%),Transit p50 (days),"
        "Transit p90 (days)"_s);
}

void TestCtlExport::xlsxHoldsTheFiguresAsNumbers()
{
    if (!XlsxPackage::canRead())
        QSKIP("unzip is not installed (Debian: unzip); the workbook cannot be read back.");
    const QString out = m_dir.filePath(u"ops.xlsx"_s);
    const ProgramRun run = ctl(period() << u"--out"_s << out << u"--format"_s << u"xlsx"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const XlsxPackage xlsx(out);
    const QStringList sheets = xlsx.sheetNames();
    QCOMPARE(sheets.first(), u"Summary"_s);
    QVERIFY2(sheets.contains(u"Delivery performance by carrier"_s), qPrintable(sheets.join(u'|')));
    QVERIFY(sheets.contains(u"Sustainability"_s));
    // The figure's label, then its value as a number in the next column of the same row.
    const QStringList strings = xlsx.sharedStrings();
    const QString summary = xlsx.sheet(1);
    const qsizetype label = strings.indexOf(u"Parcels shipped"_s);
    QVERIFY(label >= 0);
    bool found = false;
    for (int row = 1; row < 60 && !found; ++row) {
        const auto a = XlsxPackage::cell(summary, u"A%1"_s.arg(row));
        if (!a || !a->isSharedString() || a->value.toLongLong() != label)
            continue;
        const auto b = XlsxPackage::cell(summary, u"B%1"_s.arg(row));
        QVERIFY(b);
        QVERIFY(!b->isSharedString());
        QCOMPARE(b->value.toLongLong(), m_shipped);
        found = true;
    }
    QVERIFY(found);
    // The carriers' sheet: a frozen header.
    const QString carriers
        = xlsx.sheet(int(sheets.indexOf(u"Delivery performance by carrier"_s)) + 1);
    QVERIFY(carriers.contains(u"state=\"frozen\""_s));
}

void TestCtlExport::pdfReadsBackInGerman()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext is not installed (Debian: poppler-utils); the PDF cannot be read back.");
    const QString out = m_dir.filePath(u"ops.pdf"_s);
    const ProgramRun run = ctl(period() << u"--out"_s << out << u"--language"_s << u"de"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, out, u"-"_s});
    QVERIFY(text.waitForFinished(30'000));
    QCOMPARE(text.exitCode(), 0);
    const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(pdf.contains(u"Betriebsbericht"_s));
    QVERIFY(pdf.contains(u"19. Oktober 2026"_s));
    QVERIFY(pdf.contains(u"Versandte Pakete"_s));
    QVERIFY2(pdf.contains(QLocale(QLocale::German).toString(m_shipped)), qPrintable(pdf.left(800)));
    QVERIFY(pdf.contains(u"Zustellleistung nach Versanddienstleister"_s));
    QVERIFY(pdf.contains(u"DE -> AT"_s));
}

void TestCtlExport::mistakesAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("names");
    const QStringList base = period();
    const QString out = m_dir.filePath(u"never.csv"_s);
    QTest::newRow("no --out") << base << u"--out"_s;
    QStringList noReport = base;
    noReport.remove(2, 2);
    QTest::newRow("no --report") << (noReport << u"--out"_s << out) << u"--report"_s;
    QStringList unknown = base;
    unknown[3] = u"weekly"_s;
    QTest::newRow("unknown report") << (unknown << u"--out"_s << out) << u"weekly"_s;
    QStringList badDay = base;
    badDay[5] = u"2026-13-01"_s;
    QTest::newRow("bad --from") << (badDay << u"--out"_s << out) << u"--from"_s;
    QStringList backwards = base;
    backwards[7] = u"2026-10-01"_s;
    QTest::newRow("--to before --from") << (backwards << u"--out"_s << out) << u"--to"_s;
    QTest::newRow("bad --format") << (QStringList(base)
        << u"--out"_s << out << u"--format"_s << u"docx"_s)
                                  << u"--format"_s;
    QTest::newRow("no format") << (QStringList(base) << u"--out"_s << m_dir.filePath(u"x.txt"_s))
                               << u"--format"_s;
    QTest::newRow("unknown carrier")
        << (QStringList(base) << u"--out"_s << out << u"--carrier"_s << u"dhl,royalmail"_s)
        << u"royalmail"_s;
    QTest::newRow("bad --language")
        << (QStringList(base) << u"--out"_s << out << u"--language"_s << u"fr"_s)
        << u"--language"_s;
}

void TestCtlExport::mistakesAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, names);
    const ProgramRun run = ctl(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(names), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_dir.filePath(u"never.csv"_s)));
}

void TestCtlExport::failuresLeaveNoFile()
{
    // A database that is not there is not created.
    const QString missing = m_dir.filePath(u"missing.sqlite"_s);
    QStringList args = period();
    args[1] = missing;
    ProgramRun run = ctl(QStringList(args) << u"--out"_s << m_dir.filePath(u"a.csv"_s));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(missing), qPrintable(run.err));
    QVERIFY(!QFile::exists(missing));
    QVERIFY(!QFile::exists(m_dir.filePath(u"a.csv"_s)));
    // A folder that is not there: the error names the file.
    for (const QString &ext : {u"csv"_s, u"xlsx"_s, u"pdf"_s}) {
        const QString out = m_dir.filePath(u"no/such/dir/report."_s + ext);
        run = ctl(period() << u"--out"_s << out);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(out), qPrintable(run.err));
    }
}

QTEST_GUILESS_MAIN(TestCtlExport)
#include "tst_ctlexport.moc"
