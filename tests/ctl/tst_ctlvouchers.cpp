#include "store/database.h"
#include "store/shipmentrepository.h"
#include "store/voucherrepository.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// parceldeskctl vouchers as a shop runs it: codes imported from CSV (all or nothing, mistakes
// named by file, line and column), the pool listed, the month's budget shown and changed.
class TestCtlVouchers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsAndLists();
    void refusesABadFileWhole();
    void showsAndSetsTheBudget();
    void refusesWhatItCannotDo_data();
    void refusesWhatItCannotDo();

private:
    using Run = TestSupport::ProgramRun;
    static Run ctl(const QStringList &arguments)
    {
        return TestSupport::runProgram(QStringLiteral(PARCELDESKCTL_PATH), arguments);
    }
    QString writeFile(const QString &name, const QByteArray &content);
    qint64 count(const QString &sql) { return TestSupport::scalar(m_db, sql); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    Database m_db;
};

void TestCtlVouchers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"ctl.sqlite"_s);
    const auto db = Database::open(m_path);
    QVERIFY(db);
    m_db = *db;
    m_db.releaseConnection(); // the command writes from its own process
}

void TestCtlVouchers::cleanup()
{
    m_db.releaseConnection();
    m_dir.reset();
}

QString TestCtlVouchers::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCtlVouchers::importsAndLists()
{
    const QString csv = writeFile(u"codes.csv"_s,
        "code;value;cost;expires\nSORRY-1;5;2,50;2099-12-31\nSORRY-2;5,00;2,50;\n"
        "SORRY-10;10;4;\n");
    Run r = ctl({u"vouchers"_s, u"import"_s, u"--db"_s, m_path, csv});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(u"Imported 3 codes from %1."_s.arg(csv)), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"  worth 5.00: 2\n"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"  worth 10.00: 1\n"_s));
    QCOMPARE(count(u"SELECT count(*) FROM vouchers"_s), 3);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'imported' AND "
                   "actor = 'tester'"_s),
        1);

    r = ctl({u"vouchers"_s, u"list"_s, u"--db"_s, m_path, u"--free"_s});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    // Free codes in the order they will be given: the one that runs out first.
    QCOMPARE(lines.first(), u"SORRY-1\t5.00€\t2.50€\t2099-12-31\tfree"_s);
    QCOMPARE(lines.at(1), u"SORRY-2\t5.00€\t2.50€\tno expiry\tfree"_s);
    r = ctl({u"vouchers"_s, u"list"_s, u"--db"_s, m_path, u"--used"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
}

void TestCtlVouchers::refusesABadFileWhole()
{
    const QString csv = writeFile(
        u"bad.csv"_s, "code,value,cost\nGOOD-1,5,2\nBAD-1,fünf,2\nGOOD-2,5,2\nGOOD-1,5,2\n");
    const Run r = ctl({u"vouchers"_s, u"import"_s, u"--db"_s, m_path, csv});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(csv + u":3:2: value: \"fünf\" is not an amount"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(csv + u":5:1: code: GOOD-1 is on line 2 already"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(count(u"SELECT count(*) FROM vouchers"_s), 0);
}

void TestCtlVouchers::showsAndSetsTheBudget()
{
    // Two codes given this month: one in a message sent, one in a draft.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        VoucherRepository vouchers(m_db);
        QVERIFY(vouchers.importCsv(
            writeFile(u"pool.csv"_s, "code,value,cost\nA,5,3\nB,5,3\nC,10,4\n"), u"anna"_s, now));
        const auto shipment
            = ShipmentRepository(m_db).insert(TestSupport::makeShipment(u"00340434161094042557"_s));
        QVERIFY(shipment);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"INSERT INTO customers (name, created_at) VALUES ('Erika', 0)"_s));
        const qint64 customer = q.lastInsertId().toLongLong();
        for (const QString &state : {u"sent"_s, u"draft"_s}) {
            q.prepare(u"INSERT INTO problem_cases (shipment_id, kind, opened_at) VALUES "
                      "(?, ?, ?)"_s);
            q.addBindValue(*shipment);
            q.addBindValue(state == u"sent" ? u"late"_s : u"stuck"_s);
            q.addBindValue(now);
            QVERIFY(q.exec());
            const qint64 caseId = q.lastInsertId().toLongLong();
            q.prepare(u"INSERT INTO messages (customer_id, channel, language, kind, state, body, "
                      "created_at, sent_at) VALUES (?, 'email', 'en', 'delay_apology_voucher', "
                      "'draft', 'text', ?, ?)"_s);
            q.addBindValue(customer);
            q.addBindValue(now);
            q.addBindValue(now);
            QVERIFY(q.exec());
            const qint64 message = q.lastInsertId().toLongLong();
            QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s));
            QVERIFY(VoucherRepository::assignWithinTransaction(
                m_db.connection(), message, {caseId}, 500, now));
            QVERIFY(q.exec(u"COMMIT"_s));
            q.prepare(u"UPDATE messages SET state = ? WHERE id = ?"_s);
            q.addBindValue(state);
            q.addBindValue(message);
            QVERIFY(q.exec());
        }
        m_db.releaseConnection();
    }

    Run r = ctl({u"vouchers"_s, u"budget"_s, u"--db"_s, m_path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The program runs in the C locale (LC_ALL=C): 500.00€.
    QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty() && lines.takeFirst().startsWith(u"Month:      "_s));
    const QStringList expected = {u"Budget:     500.00€"_s, u"Spent:      3.00€"_s,
        u"Committed:  3.00€"_s, u"Remaining:  494.00€"_s, u"Auto-approval of vouchers: on"_s,
        u"Free codes: 1"_s, u"  worth 10.00€: 1"_s};
    QCOMPARE(lines, expected);

    r = ctl({u"vouchers"_s, u"budget"_s, u"--db"_s, m_path, u"--set"_s, u"5,50"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Remaining:  -0.50€\n"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Auto-approval of vouchers: stopped, the budget is spent"_s),
        qPrintable(r.out));
    QCOMPARE(
        count(u"SELECT value FROM settings WHERE key = 'apology.voucher_budget_cents'"_s), 550);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'changed' AND "
                   "actor = 'tester'"_s),
        1);
}

void TestCtlVouchers::refusesWhatItCannotDo_data()
{
    QTest::addColumn<QStringList>("arguments"); // DB: --db and the file
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("err");
    QTest::newRow("no action") << QStringList {u"vouchers"_s, u"DB"_s} << 2 << u"say import"_s;
    QTest::newRow("no database") << QStringList {u"vouchers"_s, u"budget"_s} << 2 << u"--db"_s;
    QTest::newRow("import without a file")
        << QStringList {u"vouchers"_s, u"import"_s, u"DB"_s} << 2 << u"one CSV file"_s;
    QTest::newRow("free and used") << QStringList {u"vouchers"_s, u"list"_s, u"DB"_s, u"--free"_s,
        u"--used"_s} << 2 << u"not both"_s;
    QTest::newRow("budget not an amount") << QStringList {u"vouchers"_s, u"budget"_s, u"DB"_s,
        u"--set"_s, u"lots"_s} << 2 << u"\"lots\" is not an amount"_s;
    QTest::newRow("missing file") << QStringList {u"vouchers"_s, u"import"_s, u"DB"_s,
        u"/nonexistent/codes.csv"_s}
                                  << 1 << u"Cannot read /nonexistent/codes.csv"_s;
}

void TestCtlVouchers::refusesWhatItCannotDo()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, err);
    const qsizetype at = arguments.indexOf(u"DB"_s);
    if (at >= 0)
        arguments.replace(at, u"--db="_s + m_path);
    const Run r = ctl(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(err), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCtlVouchers)
#include "tst_ctlvouchers.moc"
