#include "pgsupport.h"
#include "store/database.h"
#include "store/storecopy.h"
#include "store/storewriter.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// A team's store on PostgreSQL: where it is (the URL and what it refuses), its schema version
// and upgrade, and the copy of a file onto it.
class TestServerStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void locations_data();
    void locations();
    void passwordNeverInTheUrl();
    void newDatabaseGetsTheWholeSchemaOnce();
    void newerSchemaIsRefusedUntouched();
    void foreignDatabaseIsRefusedUntouched();
    void upgradeStepsRunInOrderAndAFailureLeavesNothing();
    void copyBringsEverythingAndRefusesAFullTarget();
    void copyOfABrokenFileLeavesTheServerAsItWas();

private:
    static qint64 count(const Database &db, const QString &table);
    QTemporaryDir m_dir;
};

void TestServerStore::initTestCase()
{
    const QString why = TestSupport::pgUnavailable();
    if (!why.isEmpty()) {
        if (qEnvironmentVariableIntValue("PARCELDESK_REQUIRE_PG"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
}

qint64 TestServerStore::count(const Database &db, const QString &table)
{
    return TestSupport::scalar(db, u"SELECT count(*) FROM "_s + table);
}

void TestServerStore::locations_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("display"); // empty: refused
    QTest::addColumn<QString>("error"); // a part of the message

    QTest::newRow("full") << u"postgresql://agent@db.example.com:6543/parceldesk"_s
                          << u"agent@db.example.com:6543/parceldesk"_s << QString();
    QTest::newRow("default port") << u"postgres://agent@db.example.com/pd"_s
                                  << u"agent@db.example.com/pd"_s << QString();
    QTest::newRow("ssl") << u"postgresql://agent@db/pd?sslmode=verify-full"_s << u"agent@db/pd"_s
                         << QString();
    QTest::newRow("no database") << u"postgresql://agent@db:5432/"_s << QString()
                                 << u"names no database"_s;
    QTest::newRow("unknown setting")
        << u"postgresql://agent@db/pd?password=x"_s << QString() << u"the setting password"_s;
    QTest::newRow("bad value") << u"postgresql://agent@db/pd?sslmode=a%20b"_s << QString()
                               << u"no usable value"_s;
}

void TestServerStore::locations()
{
    QFETCH(QString, url);
    QFETCH(QString, display);
    QFETCH(QString, error);
    QVERIFY(ServerLocation::isServerUrl(url));
    const auto parsed = ServerLocation::parse(url);
    if (display.isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(error), qPrintable(parsed.error().message));
        return;
    }
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->displayName(), display);
    // What url() writes parses to the same place.
    const auto again = ServerLocation::parse(parsed->url());
    QVERIFY(again);
    QCOMPARE(again->displayName(), display);
    QCOMPARE(again->options, parsed->options);
    QVERIFY(!ServerLocation::isServerUrl(u"/home/agent/parceldesk.sqlite"_s));
}

void TestServerStore::passwordNeverInTheUrl()
{
    const QString url = u"postgresql://agent:s3cret@db.example.com/pd"_s;
    const auto parsed = ServerLocation::parse(url);
    QVERIFY(!parsed);
    QVERIFY(!parsed.error().message.contains(u"s3cret"_s));
    const auto opened = Database::open(url);
    QVERIFY(!opened);
    QVERIFY2(opened.error().message.contains(u"PGPASSFILE"_s), qPrintable(opened.error().message));
}

void TestServerStore::newDatabaseGetsTheWholeSchemaOnce()
{
    const QString url = TestSupport::freshServerDatabase();
    QCOMPARE(Database::storedSchemaVersion(url), 0);
    const auto db = Database::open(url);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    QVERIFY(db->isServer());
    QCOMPARE(db->dialect(), SqlDialect::Postgres);
    QCOMPARE(db->schemaVersion(), latestSchemaVersion());
    QCOMPARE(Database::storedSchemaVersion(url), latestSchemaVersion());
    // The baseline's rows are there once, also after opening again.
    const qint64 settings = count(*db, u"settings"_s);
    QVERIFY(settings > 0);
    const auto again = Database::open(url);
    QVERIFY(again);
    QCOMPARE(count(*again, u"settings"_s), settings);
    QCOMPARE(TestSupport::scalar(*again, u"SELECT count(*) FROM parceldesk_schema"_s), 1);
    db->releaseConnection();
}

void TestServerStore::newerSchemaIsRefusedUntouched()
{
    const QString url = TestSupport::freshServerDatabase();
    {
        const auto db = Database::open(url);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"UPDATE parceldesk_schema SET version = 99"_s));
        db->releaseConnection();
    }
    const auto refused = Database::open(url);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"99"_s), qPrintable(refused.error().message));
    QCOMPARE(Database::storedSchemaVersion(url), 99);
}

void TestServerStore::foreignDatabaseIsRefusedUntouched()
{
    const QString url = TestSupport::freshServerDatabase();
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QPSQL"_s, u"foreign"_s);
        const QUrl u(url);
        other.setHostName(u.host());
        other.setPort(u.port());
        other.setUserName(u.userName());
        other.setDatabaseName(u.path().mid(1));
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(u"CREATE TABLE invoices (id bigint)"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
    const auto refused = Database::open(url);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"invoices"_s), qPrintable(refused.error().message));
    QCOMPARE(Database::storedSchemaVersion(url), 0);
}

void TestServerStore::upgradeStepsRunInOrderAndAFailureLeavesNothing()
{
    const QString url = TestSupport::freshServerDatabase();
    const Migration first {1, u"first"_s, u"CREATE TABLE a (id bigint PRIMARY KEY)"_s};
    const Migration second {2, u"second"_s, u"INSERT INTO a VALUES (7)"_s};
    const Migration broken {3, u"broken"_s, u"INSERT INTO a VALUES (8); SELECT nonsense"_s};
    {
        const auto v2 = Database::open(url, {first, second});
        QVERIFY2(v2, qPrintable(v2 ? QString() : v2.error().message));
        QCOMPARE(v2->schemaVersion(), 2);
        QCOMPARE(TestSupport::scalar(*v2, u"SELECT id FROM a"_s), 7);
        v2->releaseConnection();
    }
    const auto v3 = Database::open(url, {first, second, broken});
    QVERIFY(!v3);
    QVERIFY2(v3.error().message.contains(u"broken"_s), qPrintable(v3.error().message));
    const auto still = Database::open(url, {first, second});
    QVERIFY(still);
    QCOMPARE(still->schemaVersion(), 2);
    QCOMPARE(count(*still, u"a"_s), 1);
    still->releaseConnection();
}

void TestServerStore::copyBringsEverythingAndRefusesAFullTarget()
{
    const qint64 now = 1'763'900'000'000;
    const QString file = m_dir.filePath(u"copy.sqlite"_s);
    DemoSeedOptions options;
    options.shipments = 600;
    options.nowMs = now;
    QVERIFY(DemoDataGenerator::seed(file, options));
    const auto from = Database::open(file);
    QVERIFY(from);
    const auto to = Database::open(TestSupport::freshServerDatabase());
    QVERIFY(to);
    const auto copied = StoreCopy::copy(*from, *to);
    QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().message));
    QVERIFY(copied->rows > 600);
    for (const QString &table : {u"shipments"_s, u"tracking_events"_s, u"orders"_s, u"customers"_s,
             u"problem_cases"_s, u"returns"_s, u"shipment_daily"_s, u"delivery_daily"_s,
             u"contacts"_s, u"search_keys"_s, u"settings"_s})
        QCOMPARE(count(*to, table), count(*from, table));
    QCOMPARE(TestSupport::scalar(*to, u"SELECT sum(shipments) FROM shipment_daily"_s),
        count(*from, u"shipments"_s));
    // The word index is rebuilt: every customer's words are there.
    QVERIFY(count(*to, u"customer_words"_s) >= count(*from, u"customers"_s));
    // New rows continue after the copied ids, and the triggers work again.
    const qint64 maxId = TestSupport::scalar(*to, u"SELECT max(id) FROM shipments"_s);
    const auto id = ShipmentRepository(*to).insert(TestSupport::makeShipment(u"COPY-NEW-1"_s));
    QVERIFY(id);
    QVERIFY(*id > maxId);
    QCOMPARE(TestSupport::scalar(*to, u"SELECT sum(shipments) FROM shipment_daily"_s),
        count(*from, u"shipments"_s) + 1);

    const auto again = StoreCopy::copy(*from, *to);
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(u"already holds"_s), qPrintable(again.error().message));
    const auto replaced = StoreCopy::copy(*from, *to, true);
    QVERIFY2(replaced, qPrintable(replaced ? QString() : replaced.error().message));
    QCOMPARE(count(*to, u"shipments"_s), count(*from, u"shipments"_s));
    from->releaseConnection();
    to->releaseConnection();
}

void TestServerStore::copyOfABrokenFileLeavesTheServerAsItWas()
{
    const QString file = m_dir.filePath(u"broken.sqlite"_s);
    const auto from = Database::open(file);
    QVERIFY(from);
    QVERIFY(ShipmentRepository(*from).insert(TestSupport::makeShipment(u"BROKEN-1"_s)));
    {
        // Text where the server wants a number: SQLite takes it, PostgreSQL's COPY does not.
        QSqlQuery q(from->connection());
        QVERIFY(q.exec(u"INSERT INTO settings (key, value) VALUES ('x', 'y')"_s));
        QVERIFY(q.exec(u"UPDATE shipments SET shipped_at = 'yesterday'"_s));
    }
    const auto to = Database::open(TestSupport::freshServerDatabase());
    QVERIFY(to);
    const qint64 settings = count(*to, u"settings"_s);
    const auto copied = StoreCopy::copy(*from, *to);
    QVERIFY(!copied);
    QVERIFY2(copied.error().message.contains(u"shipments"_s), qPrintable(copied.error().message));
    QCOMPARE(count(*to, u"shipments"_s), 0);
    QCOMPARE(count(*to, u"settings"_s), settings);
    from->releaseConnection();
    to->releaseConnection();
}

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_serverstore.moc"
