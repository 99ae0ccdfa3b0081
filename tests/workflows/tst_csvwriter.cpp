#include "reports/csvwriter.h"

#include <QBuffer>
#include <QFile>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// CSV as RFC 4180 and spreadsheets want it: quoting only where needed, quotes doubled, CRLF,
// UTF-8 with an optional byte-order mark, and a table exported whole or not at all.
class TestCsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesOnlyWhereNeeded();
    void writesRecordsWithCrLfAndBom();
    void exportsWhatATableShows();
    void failedExportLeavesNoFile();
};

void TestCsvWriter::quotesOnlyWhereNeeded()
{
    QCOMPARE(CsvWriter::field(u"PD-01000037"_s), u"PD-01000037"_s);
    QCOMPARE(CsvWriter::field(u"Weber, Hannah"_s), u"\"Weber, Hannah\""_s);
    QCOMPARE(CsvWriter::field(u"Weber, Hannah"_s, u';'), u"Weber, Hannah"_s);
    QCOMPARE(CsvWriter::field(u"12,50"_s, u';'), u"12,50"_s);
    QCOMPARE(CsvWriter::field(u"a;b"_s, u';'), u"\"a;b\""_s);
    QCOMPARE(CsvWriter::field(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    QCOMPARE(CsvWriter::field(u"two\nlines"_s), u"\"two\nlines\""_s);
    QCOMPARE(CsvWriter::field(u" padded"_s), u"\" padded\""_s);
    QCOMPARE(CsvWriter::field(QString()), QString());
}

void TestCsvWriter::writesRecordsWithCrLfAndBom()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, {true, u','});
    QVERIFY(writer.writeRow({u"order"_s, u"customer"_s}));
    QVERIFY(writer.writeRow({u"PD-1"_s, u"Jürgen Weiß, \"JW\""_s}));
    QCOMPARE(buffer.data(),
        QByteArray("\xEF\xBB\xBF"
                   "order,customer\r\nPD-1,\"J\xC3\xBCrgen Wei\xC3\x9F, "
                   "\"\"JW\"\"\"\r\n"));
    QBuffer plain;
    QVERIFY(plain.open(QIODevice::WriteOnly));
    CsvWriter noBom(&plain, {false, u';'});
    QVERIFY(noBom.writeRow({u"a"_s, u"b;c"_s}));
    QCOMPARE(plain.data(), QByteArray("a;\"b;c\"\r\n"));
}

void TestCsvWriter::exportsWhatATableShows()
{
    QStandardItemModel model(2, 3);
    model.setHorizontalHeaderLabels({u"RMA"_s, u"Customer"_s, u"Reason"_s});
    model.setItem(0, 0, new QStandardItem(u"R-1"_s));
    model.setItem(0, 1, new QStandardItem(u"Ana, Ruiz"_s));
    model.setItem(0, 2, new QStandardItem(u"Too small"_s));
    model.setItem(1, 0, new QStandardItem(u"R-2"_s));
    model.setItem(1, 2, new QStandardItem(u"Arrived \"damaged\""_s));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"returns.csv"_s);
    QVERIFY(CsvWriter::exportModel(model, path, {}));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(),
        QByteArray("RMA,Customer,Reason\r\nR-1,\"Ana, Ruiz\",Too small\r\nR-2,,\"Arrived "
                   "\"\"damaged\"\"\"\r\n"));
}

void TestCsvWriter::failedExportLeavesNoFile()
{
    QStandardItemModel model(1, 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing/returns.csv"_s);
    const Outcome written = CsvWriter::exportModel(model, path, {});
    QVERIFY(!written);
    QVERIFY2(written.error().message.contains(path), qPrintable(written.error().message));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
