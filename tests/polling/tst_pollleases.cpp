#include "pgsupport.h"
#include "store/database.h"
#include "store/shipmentrepository.h"
#include "store/storewriter.h"
#include "testsupport.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// Poll leases, on a file and on a server: a poller gets only shipments that are due and that
// no other poller holds, keeps them until the lease runs out or the poll's result gives them
// back, and a dead poller's leases on this machine are freed at once.
class TestPollLeases final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aLeasedShipmentIsNobodyElses();
    void anExpiredLeaseIsFreeAgain();
    void thePollsResultGivesOnlyItsOwnLeaseBack();
    void deadLocalPollersLoseTheirLeases();
    void lockedRowsAreSkippedNotAwaited();
    void aWholeRunIsLeasedInParts();

private:
    QList<qint64> addDue(int n);
    QString ownerOf(qint64 id);

    QTemporaryDir m_dir;
    Database m_db;
    int m_counter = 0;
    const qint64 m_now = 1'763'000'000'000 + 7'200'000; // the shipments are due from +1 h
};

void TestPollLeases::initTestCase()
{
    PARCELDESK_REQUIRE_STORE();
}

void TestPollLeases::init()
{
    const auto db = Database::open(
        TestSupport::storeLocation(m_dir.filePath(u"leases%1.sqlite"_s.arg(++m_counter))));
    QVERIFY(db);
    m_db = *db;
}

void TestPollLeases::cleanup()
{
    m_db.releaseConnection();
}

QList<qint64> TestPollLeases::addDue(int n)
{
    QList<qint64> ids;
    for (int i = 0; i < n; ++i) {
        const auto id = ShipmentRepository(m_db).insert(
            TestSupport::makeShipment(u"LEASE-%1-%2"_s.arg(m_counter).arg(i)));
        if (id)
            ids.append(*id);
    }
    return ids;
}

QString TestPollLeases::ownerOf(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT lease_owner FROM shipments WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return u"?"_s;
    return q.value(0).toString();
}

void TestPollLeases::aLeasedShipmentIsNobodyElses()
{
    const QList<qint64> ids = addDue(6);
    QCOMPARE(ids.size(), 6);
    const ShipmentRepository repo(m_db);
    const qint64 wall = 1'000'000;
    const QSet<qint64> first = repo.lease(ids.mid(0, 4), u"a"_s, m_now, wall, 60'000);
    QCOMPARE(first, QSet<qint64>(ids.cbegin(), ids.cbegin() + 4));
    // The other poller asks for all six and gets the two that are free.
    const QSet<qint64> second = repo.lease(ids, u"b"_s, m_now, wall + 1000, 60'000);
    QCOMPARE(second, QSet<qint64>(ids.cbegin() + 4, ids.cend()));
    // What is leased is not offered as due either.
    QCOMPARE(repo.dueForPolling(m_now, 100, wall + 2000).size(), 0);
    QCOMPARE(ownerOf(ids.first()), u"a"_s);
    // Not yet due: nobody leases it.
    QVERIFY(repo.lease(ids, u"c"_s, 0, wall + 120'000, 60'000).isEmpty());
}

void TestPollLeases::anExpiredLeaseIsFreeAgain()
{
    const QList<qint64> ids = addDue(3);
    const ShipmentRepository repo(m_db);
    QCOMPARE(repo.lease(ids, u"a"_s, m_now, 1'000'000, 60'000).size(), 3);
    QVERIFY(repo.lease(ids, u"b"_s, m_now, 1'059'999, 60'000).isEmpty());
    // Renewed, it holds on past its first expiry.
    QCOMPARE(repo.renewLeases(u"a"_s, 1'120'000), 3);
    QVERIFY(repo.lease(ids, u"b"_s, m_now, 1'100'000, 60'000).isEmpty());
    QCOMPARE(repo.dueForPolling(m_now, 100, 1'120'000).size(), 3);
    QCOMPARE(repo.lease(ids, u"b"_s, m_now, 1'120'000, 60'000).size(), 3);
    QCOMPARE(ownerOf(ids.last()), u"b"_s);
}

void TestPollLeases::thePollsResultGivesOnlyItsOwnLeaseBack()
{
    const QList<qint64> ids = addDue(2);
    const ShipmentRepository repo(m_db);
    const QString me = ShipmentRepository::leaseOwner();
    QCOMPARE(repo.lease({ids[0]}, me, m_now, 1'000'000, 60'000).size(), 1);
    QCOMPARE(repo.lease({ids[1]}, u"someone else"_s, m_now, 1'000'000, 60'000).size(), 1);
    StoreWriter writer(m_db);
    writer.submit({},
        {{ids[0], m_now + 3'600'000, std::nullopt, false},
            {ids[1], m_now + 3'600'000, std::nullopt, false}});
    QVERIFY(writer.waitForIdle(10000));
    QCOMPARE(ownerOf(ids[0]), QString());
    QCOMPARE(ownerOf(ids[1]), u"someone else"_s);
    QCOMPARE(repo.find(ids[0])->nextPollAtMs, std::optional<qint64>(m_now + 3'600'000));
}

void TestPollLeases::deadLocalPollersLoseTheirLeases()
{
    const QList<qint64> ids = addDue(4);
    const ShipmentRepository repo(m_db);
    const QString host = QSysInfo::machineHostName();
    // A process id above the kernel's limit (4194304) never runs.
    const QString dead = u"%1:4999999:0000abcd"_s.arg(host);
    const QString alive = u"%1:%2:0000abcd"_s.arg(host).arg(QCoreApplication::applicationPid());
    const QString remote = u"elsewhere.example:4999999:0000abcd"_s;
    QCOMPARE(repo.lease({ids[0], ids[1]}, dead, m_now, 1'000'000, 60'000).size(), 2);
    QCOMPARE(repo.lease({ids[2]}, alive, m_now, 1'000'000, 60'000).size(), 1);
    QCOMPARE(repo.lease({ids[3]}, remote, m_now, 1'000'000, 60'000).size(), 1);
    QCOMPARE(repo.releaseLeasesOfDeadLocalPollers(), 2);
    QCOMPARE(ownerOf(ids[0]), QString());
    QCOMPARE(ownerOf(ids[2]), alive);
    QCOMPARE(ownerOf(ids[3]), remote);
}

void TestPollLeases::lockedRowsAreSkippedNotAwaited()
{
    if (!m_db.isServer())
        QSKIP("A file's writers take turns; SKIP LOCKED is a server's.");
    const QList<qint64> ids = addDue(6);
    QSqlDatabase other = QSqlDatabase::addDatabase(u"QPSQL"_s, u"locker"_s);
    const QUrl url(m_db.path());
    other.setHostName(url.host());
    other.setPort(url.port(5432));
    other.setUserName(url.userName());
    other.setDatabaseName(url.path().mid(1));
    QVERIFY(other.open());
    {
        QSqlQuery lock(other);
        QVERIFY(other.transaction());
        QVERIFY(lock.exec(
            u"SELECT id FROM shipments WHERE id IN (%1, %2) FOR UPDATE"_s.arg(ids[0]).arg(ids[1])));
        // Waiting for the lock would end in this error instead of in a lease.
        QSqlQuery setting(m_db.connection());
        QVERIFY(setting.exec(u"SET lock_timeout = '3s'"_s));
        const QSet<qint64> got
            = ShipmentRepository(m_db).lease(ids, u"a"_s, m_now, 1'000'000, 60'000);
        QCOMPARE(got, QSet<qint64>(ids.cbegin() + 2, ids.cend()));
        QVERIFY(other.rollback());
        QVERIFY(setting.exec(u"SET lock_timeout = 0"_s));
    }
    other.close();
    other = {};
    QSqlDatabase::removeDatabase(u"locker"_s);
    QCOMPARE(ShipmentRepository(m_db).lease(ids, u"b"_s, m_now, 1'000'000, 60'000).size(), 2);
}

// A run takes thousands at once (the console's default run is 3,000; the benchmark's 100,000):
// leased a few hundred per statement, every one of them and only once.
void TestPollLeases::aWholeRunIsLeasedInParts()
{
    const QList<qint64> ids = addDue(1234);
    QCOMPARE(ids.size(), 1234);
    const ShipmentRepository repo(m_db);
    const QSet<qint64> first = repo.lease(ids.mid(0, 1100), u"a"_s, m_now, 1'000'000, 60'000);
    QCOMPARE(first.size(), 1100);
    // Asked with 70,000 ids more that name no shipment, as a long run's list would be.
    QList<qint64> asked = ids;
    for (qint64 id = 1'000'000'000; id < 1'000'070'000; ++id)
        asked.append(id);
    const QSet<qint64> rest = repo.lease(asked, u"b"_s, m_now, 1'000'000, 60'000);
    QCOMPARE(rest, QSet<qint64>(ids.cbegin() + 1100, ids.cend()));
    QCOMPARE(ownerOf(ids.at(1099)), u"a"_s);
    QCOMPARE(ownerOf(ids.at(1100)), u"b"_s);
}

QTEST_GUILESS_MAIN(TestPollLeases)
#include "tst_pollleases.moc"
