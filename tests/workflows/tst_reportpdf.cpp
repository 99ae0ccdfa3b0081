#include "reports/report.h"
#include "reports/reportpdf.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// The report PDF read back by Poppler (pdftotext, pdfinfo), as a viewer or a printer would.
class TestReportPdf final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsBackInTheLocale_data();
    void readsBackInTheLocale();
    void wellFormed();
    void footerCountsEveryPageAfterTheCover();
    void longTableRepeatsItsHeader();
    void lastRowNeverGoesOverAlone();
    void barChartShowsTheLargestRows();
    void invalidCellIsEmpty();
    void emptySectionSaysSo();
    void chartWithMissingColumnIsRefused();
    void missingFolderFailsNamingThePath();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QString &program, const QStringList &arguments);
    static Report sample();
    // The PDF's text page by page (pdftotext -layout), or a failure message.
    QStringList pages(const QLocale &locale, QString *failure);
    bool m_tools = false;
    QString m_missingTools;
    QTemporaryDir m_dir;
};

void TestReportPdf::initTestCase()
{
    QStringList missing;
    for (const QString &tool : {u"pdftotext"_s, u"pdfinfo"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            missing.append(tool);
    }
    m_tools = missing.isEmpty();
    m_missingTools = missing.join(u", "_s);
    QVERIFY(m_dir.isValid());
}

TestReportPdf::Run TestReportPdf::run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60'000))
        return {};
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

static ReportColumn column(
    const QString &title, CellType type, int decimals = 1, const QString &unit = QString())
{
    ReportColumn c;
    c.title = title;
    c.type = type;
    c.decimals = decimals;
    c.unit = unit;
    return c;
}

static ReportFigure figure(const QString &key, const QString &label, const QVariant &value,
    CellType type, int decimals = 1, const QString &unit = QString())
{
    ReportFigure f;
    f.key = key;
    f.label = label;
    f.value = value;
    f.format = column(QString(), type, decimals, unit);
    return f;
}

// German words with umlauts, every cell type, a bar chart over more rows than it shows, a line
// chart, a table over several pages and an empty section.
Report TestReportPdf::sample()
{
    Report r;
    r.name = u"operations"_s;
    r.title = u"Betriebsbericht November"_s;
    r.from = QDate(2026, 11, 1);
    r.to = QDate(2026, 11, 30);
    r.filters = {u"Spediteur: alle"_s, u"Lager: Wrocław"_s};
    r.generatedAt = QDateTime(QDate(2026, 12, 1), QTime(8, 30), QTimeZone::utc());
    r.figures = {figure(u"rate"_s, u"Zustellquote"_s, 0.934, CellType::Percent),
        figure(u"parcels"_s, u"Sendungen"_s, qint64(12345), CellType::Integer),
        figure(u"returns"_s, u"Rücksendungen"_s, qint64(321), CellType::Integer),
        figure(u"cost"_s, u"Gutscheinkosten"_s, 1234.5, CellType::Money, 2, u"EUR"_s),
        figure(u"transit"_s, u"Laufzeit p50"_s, 2.4, CellType::Days),
        figure(u"first"_s, u"Erster Versandtag"_s, QDate(2026, 11, 2), CellType::Date),
        figure(u"weight"_s, u"Mittleres Gewicht (kg)"_s, 1.75, CellType::Decimal, 2)};

    ReportSection carriers;
    carriers.key = u"carriers"_s;
    carriers.title = u"Zustellquote nach Spediteur"_s;
    carriers.description = u"Sendungen und Rücksendungen je Spediteur im Zeitraum; die "
                           u"Zustellquote zählt nur zugestellte Sendungen."_s;
    carriers.columns = {column(u"Spediteur"_s, CellType::Text),
        column(u"Sendungen"_s, CellType::Integer), column(u"Rücksendungen"_s, CellType::Integer),
        column(u"Zustellquote"_s, CellType::Percent),
        column(u"Kosten"_s, CellType::Money, 2, u"EUR"_s), column(u"Laufzeit"_s, CellType::Days),
        column(u"Erster Tag"_s, CellType::Date), column(u"Faktor"_s, CellType::Decimal, 2)};
    for (int i = 1; i <= 17; ++i) {
        carriers.rows.append(
            {u"Spediteur %1"_s.arg(i, 2, 10, QChar(u'0')), qint64(1000 + 100 * i), qint64(10 * i),
                0.80 + i / 100.0, 99.5 * i, 1.0 + i / 10.0, QDate(2026, 11, i), 1.0 + i / 100.0});
    }
    // Fewest parcels of all, so outside the chart's top 15; no deliveries, so no rate or cost.
    carriers.rows.append({u"Leerlauf GmbH"_s, qint64(410), qint64(12), QVariant(), QVariant(), 3.1,
        QDate(2026, 11, 2), 1.25});
    ReportChart bars;
    bars.kind = ReportChart::Kind::Bars;
    bars.labelColumn = 0;
    bars.valueColumns = {1, 2};
    carriers.chart = bars;

    ReportSection daily;
    daily.key = u"daily"_s;
    daily.title = u"Sendungen pro Tag"_s;
    daily.description = u"Versendete Sendungen und eingegangene Rücksendungen je Tag."_s;
    daily.columns = {column(u"Tag"_s, CellType::Date), column(u"Sendungen"_s, CellType::Integer),
        column(u"Rücksendungen"_s, CellType::Integer)};
    for (int day = 1; day <= 30; ++day) {
        daily.rows.append({QDate(2026, 11, day), qint64(300 + (day * 37) % 120),
            day == 15 ? QVariant() : QVariant(qint64(5 + day % 7))});
    }
    ReportChart line;
    line.kind = ReportChart::Kind::Line;
    line.labelColumn = 0;
    line.valueColumns = {1, 2};
    daily.chart = line;

    ReportSection parcels;
    parcels.key = u"parcels"_s;
    parcels.title = u"Größe und Gewicht je Sendung"_s;
    parcels.description = u"Jede Sendung des Zeitraums mit ihrer Größe."_s;
    parcels.columns = {column(u"Sendungsnummer"_s, CellType::Text),
        column(u"Größe"_s, CellType::Text), column(u"Gewicht (kg)"_s, CellType::Decimal, 2),
        column(u"Zugestellt am"_s, CellType::Date)};
    const QStringList sizes {u"Größe S"_s, u"Größe M"_s, u"Größe L"_s};
    for (int i = 1; i <= 150; ++i) {
        parcels.rows.append({u"PD-%1"_s.arg(i, 6, 10, QChar(u'0')), sizes[i % 3], 0.5 + i / 40.0,
            QDate(2026, 11, 1 + i % 30)});
    }

    ReportSection reasons;
    reasons.key = u"reasons"_s;
    reasons.title = u"Rücksendungen nach Grund"_s;
    reasons.description = u"Gründe, die Kunden bei der Rücksendung angeben."_s;
    reasons.columns = {column(u"Grund"_s, CellType::Text), column(u"Anzahl"_s, CellType::Integer)};

    r.sections = {carriers, daily, parcels, reasons};
    return r;
}

QStringList TestReportPdf::pages(const QLocale &locale, QString *failure)
{
    const QString path = m_dir.filePath(u"report-%1.pdf"_s.arg(locale.name()));
    const Outcome written = ReportPdf::write(sample(), path, locale);
    if (!written) {
        *failure = written.error().message;
        return {};
    }
    const Run text = run(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (text.exitCode != 0 || !text.err.isEmpty()) {
        *failure = u"pdftotext: %1"_s.arg(QString::fromUtf8(text.err));
        return {};
    }
    QStringList split = QString::fromUtf8(text.out).split(u'\f');
    if (!split.isEmpty() && split.last().trimmed().isEmpty())
        split.removeLast();
    return split;
}

#define NEED_TOOLS()                                                                               \
    if (!m_tools)                                                                                  \
        QSKIP(qPrintable(                                                                          \
            u"needs Poppler's tools (missing: %1; Debian: poppler-utils)"_s.arg(m_missingTools)));

#define PAGES(locale)                                                                              \
    QString failure;                                                                               \
    const QStringList pageTexts = pages(locale, &failure);                                         \
    QVERIFY2(!pageTexts.isEmpty(), qPrintable(failure));                                           \
    const QString all = pageTexts.join(u'\f');                                                     \
    const QString flat = all.simplified();

void TestReportPdf::readsBackInTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("parcels");
    QTest::addColumn<QString>("cost");

    QTest::newRow("german") << QLocale(QLocale::German, QLocale::Germany)
                            << u"1. November 2026 – 30. November 2026"_s << u"93,4"_s << u"12.345"_s
                            << u"1.234,50"_s;
    QTest::newRow("english") << QLocale(QLocale::English, QLocale::UnitedStates)
                             << u"November 1, 2026 – November 30, 2026"_s << u"93.4"_s
                             << u"12,345"_s << u"1,234.50"_s;
}

void TestReportPdf::readsBackInTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, period);
    QFETCH(QString, rate);
    QFETCH(QString, parcels);
    QFETCH(QString, cost);
    NEED_TOOLS();
    PAGES(locale);

    const Report report = sample();
    const QString cover = pageTexts.first().simplified();
    // The figures as ReportFormat shows them in this locale, and that is the locale's own form.
    const QString rateShown
        = ReportFormat::display(0.934, report.figure(u"rate"_s)->format, locale).simplified();
    QVERIFY2(rateShown.startsWith(rate), qPrintable(rateShown));
    const QString costShown
        = ReportFormat::display(1234.5, report.figure(u"cost"_s)->format, locale).simplified();
    QVERIFY2(costShown.contains(cost), qPrintable(costShown));
    for (const QString &expected : {report.title, period, rateShown, parcels, costShown,
             u"Zustellquote"_s, u"Rücksendungen"_s, u"Spediteur: alle"_s,
             ReportFormat::display(QDate(2026, 11, 2), report.figure(u"first"_s)->format, locale),
             u"Generated on"_s}) {
        QVERIFY2(cover.contains(expected),
            qPrintable(u"“%1” not on the cover:\n%2"_s.arg(expected, pageTexts.first())));
    }
    // ł is not in WinAnsi: its plain letter stands in.
    QVERIFY2(cover.contains(u"Lager: Wroclaw"_s), qPrintable(pageTexts.first()));
    for (const ReportSection &section : report.sections)
        QVERIFY2(flat.contains(section.title), qPrintable(section.title));
    QVERIFY(flat.contains(u"Größe M"_s));
    QVERIFY(flat.contains(u"Größe und Gewicht je Sendung"_s));
    // A date cell in the locale's short form.
    QVERIFY(flat.contains(locale.toString(QDate(2026, 11, 17), QLocale::ShortFormat)));
}

void TestReportPdf::wellFormed()
{
    NEED_TOOLS();
    const QString path = m_dir.filePath(u"wellformed.pdf"_s);
    const QLocale german(QLocale::German, QLocale::Germany);
    const auto bytes = ReportPdf::render(sample(), german);
    QVERIFY(bytes);
    QVERIFY(bytes->startsWith("%PDF-1.4\n"));
    QVERIFY(bytes->endsWith("%%EOF\n"));
    QVERIFY(bytes->contains("/Filter /FlateDecode"));
    QVERIFY(ReportPdf::write(sample(), path, german));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), *bytes);

    const Run info = run(u"pdfinfo"_s, {path});
    QCOMPARE(info.exitCode, 0);
    // Poppler complains on stderr about a broken xref, object or stream before repairing it.
    QCOMPARE(info.err, QByteArray());
    const QString said = QString::fromUtf8(info.out);
    QVERIFY2(said.contains(QRegularExpression(u"Page size: +595.2\\d x 841.8\\d pts \\(A4\\)"_s)),
        qPrintable(said));
    QVERIFY2(said.contains(QRegularExpression(u"Title: +Betriebsbericht November\n"_s)),
        qPrintable(said));
    QVERIFY2(said.contains(QRegularExpression(u"CreationDate: +.*2026"_s)), qPrintable(said));
    QVERIFY2(
        said.contains(QRegularExpression(u"Syntax (Error|Warning)"_s)) == false, qPrintable(said));
}

void TestReportPdf::footerCountsEveryPageAfterTheCover()
{
    NEED_TOOLS();
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    PAGES(english);
    const QString path = m_dir.filePath(u"report-%1.pdf"_s.arg(english.name()));
    const Run info = run(u"pdfinfo"_s, {path});
    QCOMPARE(info.exitCode, 0);
    const auto match = QRegularExpression(u"Pages: +(\\d+)"_s).match(QString::fromUtf8(info.out));
    QVERIFY(match.hasMatch());
    const int count = match.captured(1).toInt();
    // Cover, charts, a 150-row table over three pages or more.
    QVERIFY2(count >= 5, qPrintable(QString::number(count)));
    QCOMPARE(pageTexts.size(), count);
    QVERIFY2(!pageTexts.first().contains(u"Page "_s), qPrintable(pageTexts.first()));
    for (int page = 2; page <= count; ++page) {
        const QString text = pageTexts[page - 1].simplified();
        QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(page).arg(count)), qPrintable(text));
        QVERIFY2(text.contains(u"November 1, 2026 – November 30, 2026"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Betriebsbericht November"_s), qPrintable(text));
    }
}

void TestReportPdf::longTableRepeatsItsHeader()
{
    NEED_TOOLS();
    PAGES(QLocale(QLocale::German, QLocale::Germany));
    int spanned = 0;
    QStringList seen;
    for (const QString &page : pageTexts) {
        const auto rows = QRegularExpression(u"PD-\\d{6}"_s).globalMatch(page);
        if (!rows.hasNext())
            continue;
        ++spanned;
        for (const QString &header :
            {u"Sendungsnummer"_s, u"Größe"_s, u"Gewicht (kg)"_s, u"Zugestellt am"_s}) {
            QVERIFY2(page.contains(header), qPrintable(u"“%1” not in:\n%2"_s.arg(header, page)));
        }
        if (spanned > 1)
            QVERIFY2(
                page.contains(u"Größe und Gewicht je Sendung (continued)"_s), qPrintable(page));
        for (auto it = rows; it.hasNext();)
            seen.append(it.next().captured());
    }
    QVERIFY2(spanned >= 3, qPrintable(QString::number(spanned)));
    // Every row once, in order, none lost at a page break.
    QCOMPARE(seen.size(), 150);
    for (int i = 0; i < 150; ++i)
        QCOMPARE(seen[i], u"PD-%1"_s.arg(i + 1, 6, 10, QChar(u'0')));
}

void TestReportPdf::lastRowNeverGoesOverAlone()
{
    NEED_TOOLS();
    // Tables of every length around a page's worth: wherever one breaks, the page it ends on
    // holds at least two of its rows.
    for (int n = 40; n <= 110; ++n) {
        Report report;
        report.title = u"Rows"_s;
        report.from = QDate(2026, 11, 1);
        report.to = QDate(2026, 11, 30);
        ReportSection section;
        section.key = u"rows"_s;
        section.title = u"Rows"_s;
        ReportColumn id;
        id.title = u"Row"_s;
        section.columns = {id};
        for (int i = 1; i <= n; ++i)
            section.rows << QVariantList {u"R-%1"_s.arg(i, 4, 10, QChar(u'0'))};
        report.sections = {section};
        const QString path = m_dir.filePath(u"rows.pdf"_s);
        QVERIFY(ReportPdf::write(report, path, QLocale(QLocale::English)));
        const Run text = run(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
        QCOMPARE(text.exitCode, 0);
        QList<int> perPage;
        int total = 0;
        for (const QString &page : QString::fromUtf8(text.out).split(u'\f')) {
            const int rows = int(page.count(QRegularExpression(u"R-\\d{4}"_s)));
            if (rows > 0)
                perPage << rows;
            total += rows;
        }
        QCOMPARE(total, n);
        QVERIFY2(perPage.constLast() >= 2 || perPage.size() == 1,
            qPrintable(u"%1 rows: %2 on the last page"_s.arg(n).arg(perPage.constLast())));
    }
}

void TestReportPdf::barChartShowsTheLargestRows()
{
    NEED_TOOLS();
    PAGES(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY2(flat.contains(u"Top 15 by Sendungen"_s), qPrintable(all));
    // The chart names the 15 carriers with the most parcels, the table all of them.
    for (int i = 1; i <= 17; ++i) {
        const QString name = u"Spediteur %1"_s.arg(i, 2, 10, QChar(u'0'));
        QCOMPARE(all.count(name), i >= 3 ? 2 : 1);
    }
    QCOMPARE(all.count(u"Leerlauf GmbH"_s), 1);
}

void TestReportPdf::invalidCellIsEmpty()
{
    NEED_TOOLS();
    PAGES(QLocale(QLocale::German, QLocale::Germany));
    const QStringList lines = all.split(u'\n');
    const auto row = std::find_if(lines.begin(), lines.end(),
        [](const QString &line) { return line.contains(u"Leerlauf GmbH"_s); });
    QVERIFY(row != lines.end());
    // No rate and no cost: nothing between the returns and the transit time, not a 0.
    const QStringList cells = row->simplified().split(u' ');
    QCOMPARE(cells,
        QStringList({u"Leerlauf"_s, u"GmbH"_s, u"410"_s, u"12"_s, u"3,1"_s, u"d"_s,
            QLocale(QLocale::German, QLocale::Germany)
                .toString(QDate(2026, 11, 2), QLocale::ShortFormat),
            u"1,25"_s}));
}

void TestReportPdf::emptySectionSaysSo()
{
    NEED_TOOLS();
    PAGES(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(all.count(u"No data for this period."_s), 1);
    const qsizetype title = flat.indexOf(u"Rücksendungen nach Grund"_s);
    QVERIFY(title >= 0);
    QVERIFY(flat.indexOf(u"No data for this period."_s) > title);
    // No table header for a table without rows.
    QVERIFY(!flat.contains(u"Anzahl"_s));
}

void TestReportPdf::chartWithMissingColumnIsRefused()
{
    Report report = sample();
    report.sections[1].chart->valueColumns = {1, 7};
    const auto pdf = ReportPdf::render(report, QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(!pdf);
    QVERIFY2(pdf.error().message.contains(u"Sendungen pro Tag"_s), qPrintable(pdf.error().message));
}

void TestReportPdf::missingFolderFailsNamingThePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"no-such-folder/report.pdf"_s);
    const Outcome written = ReportPdf::write(sample(), path, QLocale(QLocale::English));
    QVERIFY(!written);
    QVERIFY2(written.error().message.contains(QDir::toNativeSeparators(path)),
        qPrintable(written.error().message));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QDir(dir.filePath(u"no-such-folder"_s)).exists());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList());
}

QTEST_GUILESS_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
