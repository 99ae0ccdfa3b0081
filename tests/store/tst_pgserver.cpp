#include "pgsupport.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// The PostgreSQL server team mode stands on, as the test script starts it: reachable on
// loopback through Qt's driver, new enough, and doing the two things the team features rely on
// — notifications from one connection reach another (live updates), and SKIP LOCKED lets two
// pollers lease different shipments.
class TestPgServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void serverIsPostgres15OrNewer();
    void notificationsReachAnotherConnection();
    void skipLockedLeasesDifferentRows();

private:
    QSqlDatabase m_a;
    QSqlDatabase m_b;
    QString m_schema;
};

void TestPgServer::initTestCase()
{
    // scripts/test always has a server (PARCELDESK_REQUIRE_PG): there, a missing one fails.
    const QString why = TestSupport::pgUnavailable();
    if (!why.isEmpty() && qEnvironmentVariableIsSet("PARCELDESK_REQUIRE_PG"))
        QFAIL(qPrintable(why));
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    m_a = TestSupport::pgConnection(u"pg-a"_s);
    QVERIFY2(m_a.isOpen(), qPrintable(m_a.lastError().text()));
    m_b = TestSupport::pgConnection(u"pg-b"_s);
    QVERIFY2(m_b.isOpen(), qPrintable(m_b.lastError().text()));
    // A schema of this run's own, so runs side by side do not meet.
    m_schema = u"test_pgserver_%1"_s.arg(QCoreApplication::applicationPid());
    QSqlQuery q(m_a);
    QVERIFY2(q.exec(u"CREATE SCHEMA "_s + m_schema), qPrintable(q.lastError().text()));
}

void TestPgServer::cleanupTestCase()
{
    if (m_a.isOpen() && !m_schema.isEmpty())
        QSqlQuery(m_a).exec(u"DROP SCHEMA "_s + m_schema + u" CASCADE"_s);
    m_a = {};
    m_b = {};
    QSqlDatabase::removeDatabase(u"pg-a"_s);
    QSqlDatabase::removeDatabase(u"pg-b"_s);
}

void TestPgServer::serverIsPostgres15OrNewer()
{
    QSqlQuery q(m_a);
    QVERIFY(q.exec(u"SHOW server_version_num"_s) && q.next());
    QVERIFY2(q.value(0).toInt() >= 150000, qPrintable(q.value(0).toString()));
    // The cluster listens on loopback only.
    QVERIFY(q.exec(u"SHOW listen_addresses"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"127.0.0.1"_s);
}

void TestPgServer::notificationsReachAnotherConnection()
{
    QSqlDriver *driver = m_a.driver();
    QVERIFY(driver->hasFeature(QSqlDriver::EventNotifications));
    QVERIFY(driver->subscribeToNotification(u"parceldesk_test"_s));
    QSignalSpy spy(driver, &QSqlDriver::notification);
    QSqlQuery q(m_b);
    QVERIFY2(q.exec(u"NOTIFY parceldesk_test, 'shipments'"_s), qPrintable(q.lastError().text()));
    QVERIFY(spy.wait(10'000));
    QCOMPARE(spy.first().at(0).toString(), u"parceldesk_test"_s);
    QCOMPARE(spy.first().at(1).value<QSqlDriver::NotificationSource>(), QSqlDriver::OtherSource);
    QCOMPARE(spy.first().at(2).toString(), u"shipments"_s);
    QVERIFY(driver->unsubscribeFromNotification(u"parceldesk_test"_s));
}

void TestPgServer::skipLockedLeasesDifferentRows()
{
    const QString table = m_schema + u".due"_s;
    QSqlQuery a(m_a);
    QVERIFY2(a.exec(u"CREATE TABLE "_s + table + u" (id integer PRIMARY KEY)"_s),
        qPrintable(a.lastError().text()));
    QVERIFY(a.exec(u"INSERT INTO "_s + table + u" SELECT generate_series(1, 10)"_s));
    const QString lease
        = u"SELECT id FROM "_s + table + u" ORDER BY id LIMIT 3 FOR UPDATE SKIP LOCKED"_s;
    const auto leased = [&](QSqlQuery &q) {
        QList<int> ids;
        if (!q.exec(lease))
            qFatal("%s", qPrintable(q.lastError().text()));
        while (q.next())
            ids << q.value(0).toInt();
        return ids;
    };
    QVERIFY(m_a.transaction());
    QVERIFY(m_b.transaction());
    QSqlQuery b(m_b);
    QCOMPARE(leased(a), (QList<int> {1, 2, 3}));
    QCOMPARE(leased(b), (QList<int> {4, 5, 6})); // the first poller's rows are skipped
    QVERIFY(m_a.commit());
    QVERIFY(m_b.commit());
    QCOMPARE(leased(a), (QList<int> {1, 2, 3})); // released with the transactions
}

QTEST_GUILESS_MAIN(TestPgServer)
#include "tst_pgserver.moc"
