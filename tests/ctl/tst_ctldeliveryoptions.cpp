#include "store/database.h"
#include "store/shipmentrepository.h"
#include "testsupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// parceldeskctl delivery-options as a user runs it, on a database with one FedEx parcel whose
// options the carrier listed and one parcel without any.
class TestCtlDeliveryOptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void commands_data();
    void commands();
    void requestThenList();

private:
    using Run = TestSupport::ProgramRun;
    static Run ctl(const QStringList &arguments)
    {
        return TestSupport::runProgram(QStringLiteral(PARCELDESKCTL_PATH), arguments);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
};

void TestCtlDeliveryOptions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const auto db = Database::open(m_dir->filePath(u"ctl.sqlite"_s));
    QVERIFY(db);
    m_db = *db;
    ShipmentRepository shipments(m_db);
    const auto fedex = shipments.insert(TestSupport::makeShipment(u"270000000303"_s, u"fedex"_s));
    QVERIFY(fedex);
    QVERIFY(shipments.insert(TestSupport::makeShipment(u"00340434161094042557"_s)));
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO delivery_options (shipment_id, option, eligibility, updated_at) "
              "VALUES (?, ?, ?, 1773300000000)"_s);
    for (const auto &[option, eligibility] : {std::pair {u"RESCHEDULE"_s, u"POSSIBLY_ELIGIBLE"_s},
             std::pair {u"DISPUTE_DELIVERY"_s, u"INELIGIBLE"_s}}) {
        q.addBindValue(*fedex);
        q.addBindValue(option);
        q.addBindValue(eligibility);
        QVERIFY(q.exec());
    }
    m_db.releaseConnection(); // the command writes from its own process
}

void TestCtlDeliveryOptions::cleanup()
{
    m_db.releaseConnection();
    m_dir.reset();
}

void TestCtlDeliveryOptions::commands_data()
{
    QTest::addColumn<QStringList>("arguments"); // "DB" stands for --db and the file
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out"); // a line of stdout, or empty
    QTest::addColumn<QString>("err"); // in stderr, or empty

    QTest::newRow("list")
        << QStringList {u"list"_s, u"270000000303"_s, u"DB"_s} << 0
        << u"  RESCHEDULE                     Possibly eligible  Reschedule the delivery"_s
        << QString();
    QTest::newRow("list shows the ineligible ones too")
        << QStringList {u"list"_s, u"2700 0000 0303"_s, u"DB"_s} << 0
        << u"  DISPUTE_DELIVERY               Not eligible       Dispute the delivery"_s
        << QString();
    QTest::newRow("list, nothing listed")
        << QStringList {u"list"_s, u"00340434161094042557"_s, u"DB"_s} << 0
        << u"The carrier has listed no delivery options for 00340434161094042557."_s << QString();
    QTest::newRow("request, not eligible")
        << QStringList {u"request"_s, u"270000000303"_s, u"DISPUTE_DELIVERY"_s, u"DB"_s} << 1
        << QString() << u"not eligible for Dispute the delivery (DISPUTE_DELIVERY)"_s;
    QTest::newRow("request, not offered")
        << QStringList {u"request"_s, u"270000000303"_s, u"REROUTE"_s, u"DB"_s} << 1 << QString()
        << u"does not offer Deliver to another address (REROUTE)"_s;
    QTest::newRow("unknown number") << QStringList {u"list"_s, u"999"_s, u"DB"_s} << 1 << QString()
                                    << u"no shipment has the tracking number 999"_s;
    QTest::newRow("no database") << QStringList {u"list"_s, u"270000000303"_s} << 2 << QString()
                                 << u"--db FILE is required"_s;
    QTest::newRow("request without an option") << QStringList {u"request"_s, u"270000000303"_s,
        u"DB"_s} << 2 << QString() << u"request takes a tracking number and an option"_s;
    QTest::newRow("no action") << QStringList {u"DB"_s} << 2 << QString()
                               << u"say list or request"_s;
    QTest::newRow("bad contact") << QStringList {u"request"_s, u"270000000303"_s, u"RESCHEDULE"_s,
        u"--contact"_s, u"x"_s, u"DB"_s}
                                 << 2 << QString() << u"--contact must be"_s;
}

void TestCtlDeliveryOptions::commands()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, out);
    QFETCH(QString, err);
    QStringList args {u"delivery-options"_s};
    for (const QString &a : std::as_const(arguments)) {
        if (a == u"DB")
            args << u"--db"_s << m_db.path();
        else
            args << a;
    }
    const Run r = ctl(args);
    QTEST(r.exitCode, "exitCode");
    if (!out.isEmpty())
        QVERIFY2(r.out.split(u'\n').contains(out), qPrintable(r.out));
    if (!err.isEmpty())
        QVERIFY2(r.err.contains(err), qPrintable(r.err));
    // Nothing refused was stored.
    QCOMPARE(TestSupport::scalar(m_db, u"SELECT count(*) FROM delivery_change_requests"_s), 0);
}

void TestCtlDeliveryOptions::requestThenList()
{
    const Run made = ctl({u"delivery-options"_s, u"request"_s, u"270000000303"_s, u"reschedule"_s,
        u"--detail"_s, u"Friday after 4 pm"_s, u"--db"_s, m_db.path()});
    QCOMPARE(made.exitCode, 0);
    QCOMPARE(made.out, u"Request 1 recorded: Reschedule the delivery.\n"_s);
    QCOMPARE(TestSupport::scalar(m_db,
                 u"SELECT count(*) FROM delivery_change_requests WHERE option = 'RESCHEDULE' "
                 "AND detail = 'Friday after 4 pm' AND agent = 'tester' AND state = "
                 "'requested'"_s),
        1);
    QCOMPARE(TestSupport::scalar(m_db,
                 u"SELECT count(*) FROM audit_log WHERE entity = 'delivery_change_request' AND "
                 "entity_id = 1 AND action = 'requested' AND actor = 'tester'"_s),
        1);
    m_db.releaseConnection();

    const Run listed
        = ctl({u"delivery-options"_s, u"list"_s, u"270000000303"_s, u"--db"_s, m_db.path()});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(u"Changes asked for, newest first:"_s), qPrintable(listed.out));
    QVERIFY2(listed.out.contains(u"RESCHEDULE                     Requested  tester     Friday "
                                 "after 4 pm"_s),
        qPrintable(listed.out));
}

QTEST_GUILESS_MAIN(TestCtlDeliveryOptions)
#include "tst_ctldeliveryoptions.moc"
