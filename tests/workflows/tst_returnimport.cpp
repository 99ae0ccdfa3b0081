#include "store/database.h"
#include "store/returnrepository.h"
#include "testsupport.h"
#include "workflows/returnimport.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// Returns imported from a CSV file: every bad row named by file, line and column before
// anything is written; all or nothing unless bad rows are skipped; lines grouped into returns;
// the policy applied as of the day each was registered.
class TestReturnImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importsReturnsWithTheirLines();
    void badRowsAreNamedAndNothingIsImported();
    void skipBadImportsTheRest();
    void cancelLeavesNothing();

private:
    QString write(const QByteArray &content)
    {
        const QString path
            = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".csv"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }
    ReturnImport::Options options() const
    {
        ReturnImport::Options o;
        o.actor = u"importer"_s;
        o.nowMs = m_now;
        return o;
    }

    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_now = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
};

void TestReturnImport::init()
{
    const auto opened = Database::open(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s));
    QVERIFY(opened);
    m_db = *opened;
    QSqlQuery q(m_db.connection());
    const qint64 delivered
        = QDateTime(QDate(2026, 11, 10), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    for (const QString &sql :
        {u"INSERT INTO customers (id, name, language, country, created_at) VALUES "
         "(1, 'Ana Ruiz', 'en', 'DE', 0)"_s,
            u"INSERT INTO orders (id, order_number, customer_id, placed_at, total_cents, "
            "category) VALUES (1, 'A1001', 1, 0, 10500, 'fashion'), (2, 'A1002', 1, 0, 4000, "
            "'home'), (3, 'A1003', 1, 0, 9900, 'beauty')"_s,
            u"INSERT INTO order_items (order_id, line, sku, description, quantity, "
            "unit_price_cents) VALUES (1, 1, 'J-1', 'Jacket', 1, 8900), (1, 2, 'S-3', "
            "'Socks', 4, 400)"_s,
            u"INSERT INTO shipments (order_id, carrier, tracking_number, origin_country, "
            "dest_country, status_tag, sub_status, shipped_at, delivered_at, created_at) "
            "VALUES (1, 'dhl', '1', 'DE', 'DE', 'Delivered', 'Delivered', 0, %1, 0), "
            "(2, 'dhl', '2', 'DE', 'DE', 'Delivered', 'Delivered', 0, %1, 0), "
            "(3, 'dhl', '3', 'DE', 'DE', 'Delivered', 'Delivered', 0, %1, 0)"_s.arg(delivered)}) {
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }
}

void TestReturnImport::importsReturnsWithTheirLines()
{
    // Semicolons as a German spreadsheet writes them, a BOM, CRLF, quotes with a semicolon.
    const QString path
        = write("\xEF\xBB\xBForder;sku;line;quantity;reason;condition;resolution;note;registered;"
                "carrier;tracking\r\n"
                "A1001;J-1;;1;size_too_small;unopened;exchange;\"one size up; please\";2026-11-18;"
                "dhl;00340434161094000014\r\n"
                "a1001;;2;2;quality;opened;;;2026-11-18;;\r\n"
                "\r\n"
                "A1002;;;;defective;damaged;;;2026-11-19T08:00:00Z;;\r\n"
                "A1001;;2;1;quality;;;;;;\r\n");
    const auto imported = ReturnImport::run(m_db, path, options());
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    QCOMPARE(imported->returns, 3); // A1001 on the 18th (two lines), A1002, A1001 today
    QCOMPARE(imported->lines, 4);
    QCOMPARE(imported->labels, 1);
    QCOMPARE(imported->keep, 1); // a pair of socks is not worth a label
    QCOMPARE(TestSupport::scalar(m_db,
                 u"SELECT count(*) FROM returns r JOIN shipments s ON s.id = r.shipment_id "
                 "WHERE r.state = 'label_issued' AND r.resolution = 'exchange' AND "
                 "r.customer_note = 'one size up; please' AND s.direction = 'return' AND "
                 "s.tracking_number = '00340434161094000014'"_s),
        1);
    QCOMPARE(TestSupport::scalar(m_db,
                 u"SELECT sum(quantity) FROM return_items i JOIN returns r ON r.id = i.return_id "
                 "WHERE r.order_id = 1 AND i.reason_code = 'quality'"_s),
        3);
    QCOMPARE(TestSupport::scalar(m_db, u"SELECT created_at FROM returns WHERE order_id = 2"_s),
        QDateTime(QDate(2026, 11, 19), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(TestSupport::scalar(m_db,
                 u"SELECT count(*) FROM audit_log WHERE action = 'imported' AND entity = "
                 "'return' AND actor = 'importer'"_s),
        1);
}

void TestReturnImport::badRowsAreNamedAndNothingIsImported()
{
    const QString path = write("order,line,quantity,reason,condition,registered,carrier,tracking\n"
                               "A1001,1,1,size_too_small,,,,\n"
                               "A9999,1,1,quality,,,,\n"
                               "A1001,3,1,quality,,,,\n"
                               "A1001,2,5,quality,,,,\n"
                               "A1002,,1,size_too_small,,,,\n"
                               "A1002,,1,defective,broken,,,\n"
                               "A1002,,1,defective,,yesterday,,\n"
                               "A1002,,1,defective,,,hermes,123\n"
                               "A1001,,1,quality,,,,\n");
    const auto imported = ReturnImport::run(m_db, path, options());
    QVERIFY(!imported);
    const QString message = imported.error().message;
    const QStringList expectations = {
        QString(path + u":3:1: order: there is no order A9999."_s),
        QString(path + u":4:2: line: order A1001 has lines 1 to 2, not \"3\"."_s),
        QString(path + u":5:3: quantity: 5 of Socks"_s),
        QString(path + u":6:4: reason: \"size_too_small\" is not a return reason for home"_s),
        QString(path + u":7:5: condition: \"broken\""_s),
        QString(path + u":8:6: registered: \"yesterday\""_s),
        QString(path + u":9:7: carrier: \"hermes\""_s),
        QString(path + u":10:1: order A1001 has 2 lines"_s),
    };
    for (const QString &expected : expectations)
        QVERIFY2(message.contains(expected), qPrintable(expected + u"\n\n"_s + message));
    QVERIFY(message.startsWith(u"Nothing was imported"_s));
    QCOMPARE(TestSupport::scalar(m_db, u"SELECT count(*) FROM returns"_s), 0);
    QCOMPARE(TestSupport::scalar(m_db, u"SELECT count(*) FROM return_items"_s), 0);

    const auto noColumn
        = ReturnImport::run(m_db, write("order,reason,why\nA1001,quality,x\n"), options());
    QVERIFY(!noColumn);
    QVERIFY2(noColumn.error().message.contains(u"\"why\""_s), qPrintable(noColumn.error().message));
}

void TestReturnImport::skipBadImportsTheRest()
{
    const QString path = write("order,line,quantity,reason,registered\n"
                               "A1001,1,1,size_too_small,2026-11-18\n"
                               "A1001,2,9,quality,2026-11-18\n" // spoils its return
                               "A1002,,1,defective,\n"
                               "A1003,,1,defective,\n"); // beauty: refused, kept
    ReturnImport::Options o = options();
    o.dryRun = true;
    const auto checked = ReturnImport::run(m_db, path, o);
    QVERIFY(checked);
    QCOMPARE(checked->returns, 2);
    QCOMPARE(checked->lines, 2);
    QCOMPARE(checked->skippedRows, 2);
    QCOMPARE(checked->problems.size(), 1);
    QCOMPARE(TestSupport::scalar(m_db, u"SELECT count(*) FROM returns"_s), 0);
    o.dryRun = false;
    o.skipBad = true;
    const auto imported = ReturnImport::run(m_db, path, o);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    QCOMPARE(imported->returns, 2);
    QCOMPARE(imported->skippedRows, 2);
    QCOMPARE(imported->refused, 1);
    QCOMPARE(imported->problems.size(), 2); // the bad row, and the good one skipped with it
    QVERIFY(imported->problems.first().startsWith(path + u":3:3"_s));
    QVERIFY2(imported->problems.last().startsWith(path + u":2: skipped with its return"_s),
        qPrintable(imported->problems.last()));
    QCOMPARE(TestSupport::scalar(m_db, u"SELECT count(*) FROM returns WHERE order_id = 1"_s), 0);
    QCOMPARE(TestSupport::scalar(
                 m_db, u"SELECT count(*) FROM returns WHERE order_id = 3 AND state = 'refused'"_s),
        1);
}

void TestReturnImport::cancelLeavesNothing()
{
    const QString path = write("order,line,reason\nA1001,1,quality\nA1002,,defective\n");
    std::atomic_bool cancel = false;
    QList<int> seen;
    const auto imported = ReturnImport::run(m_db, path, options(), &cancel, [&](int done, int) {
        seen << done;
        if (done == 1)
            cancel = true;
    });
    QVERIFY(!imported);
    QVERIFY(imported.error().message.contains(u"cancelled"_s));
    QCOMPARE(seen, QList<int>({0, 1}));
    QCOMPARE(TestSupport::scalar(m_db, u"SELECT count(*) FROM returns"_s), 0);
}

QTEST_GUILESS_MAIN(TestReturnImport)
#include "tst_returnimport.moc"
