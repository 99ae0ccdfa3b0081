#include "i18n/customertext.h"
#include "workflows/returnlabel.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// The label PDF read back by Poppler (pdftotext, pdftoppm) and its QR code by ZBar (zbarimg),
// as a viewer, a printer and a counter's scanner would.
class TestReturnLabel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void labelReadsBack_data();
    void labelReadsBack();
    void xrefPointsAtEveryObject();
    void manyItemsSayHowManyMore();
    void missingFolderFailsNamingThePath();
    void noTrackingNumberIsRefused();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QString &program, const QStringList &arguments);
    static ReturnLabelData sample();
    bool m_tools = false;
    QString m_missingTools;
};

void TestReturnLabel::initTestCase()
{
    QStringList missing;
    for (const QString &tool : {u"pdftotext"_s, u"pdftoppm"_s, u"zbarimg"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            missing.append(tool);
    }
    m_tools = missing.isEmpty();
    m_missingTools = missing.join(u", "_s);
}

TestReturnLabel::Run TestReturnLabel::run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60'000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError()};
}

ReturnLabelData TestReturnLabel::sample()
{
    ReturnLabelData d;
    d.rma = u"R-10042-1"_s;
    d.carrier = u"dhl"_s;
    d.carrierName = u"DHL"_s;
    d.trackingNumber = u"999900000018"_s;
    d.fromAddress = {u"Jürgen Weiß"_s, u"Große Straße 12"_s, u"80331 München"_s, u"Germany"_s};
    d.toAddress = {u"ParcelDesk Retourenlager"_s, u"Lagerweg 3"_s, u"44787 Bochum"_s};
    d.orderNumber = u"10042"_s;
    d.items = {{u"Wanderschuh „Öko“ Größe 44"_s, 1}, {u"Kabel (USB-C) \\ 2 m"_s, 2},
        {u"Gutschein 20 €"_s, 1}, {u"Łódź mug"_s, 1}};
    d.createdOn = QDate(2026, 3, 12);
    return d;
}

void TestReturnLabel::labelReadsBack_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("hint");
    QTest::addColumn<QString>("day");

    QTest::newRow("english, the tracking number as code")
        << u"en"_s << QString() << u"Return label"_s << u"drop-off point"_s << u"12 March 2026"_s;
    QTest::newRow("german, the carrier's drop-off link")
        << u"de"_s << u"https://returns.sandbox.invalid/dhl/qr/999900000018"_s
        << u"Rücksendeetikett"_s << QString() << u"12. März 2026"_s;
}

void TestReturnLabel::labelReadsBack()
{
    QFETCH(QString, language);
    QFETCH(QString, payload);
    QFETCH(QString, heading);
    QFETCH(QString, hint);
    QFETCH(QString, day);
    if (!m_tools)
        QSKIP(qPrintable(u"needs Poppler's and ZBar's tools (missing: %1; Debian: poppler-utils "
                         "zbar-tools)"_s.arg(m_missingTools)));
    // Until translations/parceldesk_de.ts has the label's words, German labels print them in
    // English; everything else is still checked.
    const bool untranslated = language == u"de"
        && CustomerText(language).text("Return label") == QLatin1StringView("Return label");
    if (untranslated)
        heading = u"Return label"_s;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"label.pdf"_s);
    ReturnLabelData data = sample();
    data.language = language;
    data.qrPayload = payload;
    const Outcome written = ReturnLabel::write(data, path);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));

    const Run text = run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    QCOMPARE(text.exitCode, 0);
    // Poppler complains on stderr about a broken xref or stream before it repairs them.
    QCOMPARE(text.err, QByteArray());
    const QString words = QString::fromUtf8(text.out);
    const QString flat = words.simplified();
    for (const QString &expected :
        {heading, u"DHL"_s, data.trackingNumber, data.rma, data.orderNumber, u"Jürgen Weiß"_s,
            u"Große Straße 12"_s, u"80331 München"_s, u"44787 Bochum"_s,
            u"Wanderschuh „Öko“ Größe 44"_s, u"Kabel (USB-C) \\ 2 m"_s, u"Gutschein 20 €"_s, day}) {
        QVERIFY2(flat.contains(expected), qPrintable(u"“%1” not in:\n%2"_s.arg(expected, words)));
    }
    if (!hint.isEmpty())
        QVERIFY2(flat.contains(hint), qPrintable(words));
    // Ł and ź are not in WinAnsi: their plain letters stand in, as a post office reads them.
    QVERIFY2(flat.contains(u"Lódz mug"_s), qPrintable(words));
    QVERIFY2(flat.contains(u"2 × Kabel"_s), qPrintable(words));

    const Run info = run(u"pdfinfo"_s, {path});
    if (info.exitCode == 0) {
        const QString said = QString::fromUtf8(info.out);
        QVERIFY2(said.contains(QRegularExpression(u"Page size: +297.64 x 419.53 pts"_s)),
            info.out.constData());
        QVERIFY2(said.contains(QRegularExpression(u"PDF version: +1.4"_s)), info.out.constData());
    }

    const QString image = dir.filePath(u"label"_s);
    const Run render
        = run(u"pdftoppm"_s, {u"-r"_s, u"300"_s, u"-png"_s, u"-singlefile"_s, path, image});
    QCOMPARE(render.exitCode, 0);
    const Run scan = run(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, image + u".png"_s});
    QCOMPARE(scan.exitCode, 0);
    QCOMPARE(
        QString::fromUtf8(scan.out).trimmed(), payload.isEmpty() ? data.trackingNumber : payload);
    if (untranslated) {
        QSKIP("the German catalogue has no words for the return label yet "
              "(translations/parceldesk_de.ts): only the German heading went unchecked");
    }
}

void TestReturnLabel::xrefPointsAtEveryObject()
{
    const auto pdf = ReturnLabel::pdf(sample());
    QVERIFY(pdf);
    const QByteArray &bytes = *pdf;
    QVERIFY(bytes.startsWith("%PDF-1.4\n"));
    QVERIFY(bytes.endsWith("%%EOF\n"));
    const qsizetype startxref = bytes.lastIndexOf("startxref\n");
    QVERIFY(startxref > 0);
    const qsizetype xref = bytes.mid(startxref + 10).split('\n').value(0).toLongLong();
    QVERIFY(bytes.mid(xref).startsWith("xref\n0 8\n0000000000 65535 f \n"));
    const QList<QByteArray> entries = bytes.mid(xref + 9, 20 * 8).split('\n');
    for (int object = 1; object < 8; ++object) {
        const QByteArray entry = entries.value(object);
        QCOMPARE(entry.size(), 19); // "nnnnnnnnnn 00000 n " before the \n
        const qsizetype offset = entry.left(10).toLongLong();
        QVERIFY2(bytes.mid(offset).startsWith(QByteArray(QByteArray::number(object) + " 0 obj\n")),
            entry.constData());
    }
    // The content stream's length is what it says.
    const QRegularExpression length(u"6 0 obj\n<< /Length (\\d+) >>\nstream\n"_s);
    const auto match = length.match(QString::fromLatin1(bytes));
    QVERIFY(match.hasMatch());
    const qsizetype begin = match.capturedEnd();
    QCOMPARE(bytes.mid(begin + match.captured(1).toLongLong(), 9), QByteArray("endstream"));
    // Outside the header's binary marker, the file is 7-bit.
    for (qsizetype i = 15; i < bytes.size(); ++i)
        QVERIFY(static_cast<unsigned char>(bytes[i]) < 0x80);
}

void TestReturnLabel::manyItemsSayHowManyMore()
{
    if (!m_tools)
        QSKIP(qPrintable(
            u"needs pdftotext (missing: %1; Debian: poppler-utils)"_s.arg(m_missingTools)));
    ReturnLabelData data = sample();
    data.language = u"en"_s;
    data.items.clear();
    for (int i = 1; i <= 20; ++i)
        data.items.append({u"Item number %1"_s.arg(i), 1});
    QTemporaryDir dir;
    const QString path = dir.filePath(u"many.pdf"_s);
    QVERIFY(ReturnLabel::write(data, path));
    const QString words
        = QString::fromUtf8(run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s}).out);
    const auto more = QRegularExpression(u"\\+ (\\d+) more"_s).match(words);
    QVERIFY2(more.hasMatch(), qPrintable(words));
    const int shown = int(words.count(QRegularExpression(u"1 × Item number \\d+"_s)));
    QVERIFY2(shown >= 3, qPrintable(words));
    QCOMPARE(shown + more.captured(1).toInt(), 20);
    QVERIFY(words.contains(u"Item number %1"_s.arg(shown)));
    QVERIFY(!words.contains(u"Item number %1\n"_s.arg(shown + 1)));
}

void TestReturnLabel::missingFolderFailsNamingThePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"no-such-folder/label.pdf"_s);
    ReturnLabelData data = sample();
    data.language = u"en"_s;
    const Outcome written = ReturnLabel::write(data, path);
    QVERIFY(!written);
    QVERIFY2(written.error().message.contains(QDir::toNativeSeparators(path)),
        qPrintable(written.error().message));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QDir(dir.filePath(u"no-such-folder"_s)).exists());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList());
}

void TestReturnLabel::noTrackingNumberIsRefused()
{
    ReturnLabelData data = sample();
    data.trackingNumber.clear();
    const auto pdf = ReturnLabel::pdf(data);
    QVERIFY(!pdf);
    QVERIFY2(pdf.error().message.contains(data.rma), qPrintable(pdf.error().message));
}

QTEST_GUILESS_MAIN(TestReturnLabel)
#include "tst_returnlabel.moc"
