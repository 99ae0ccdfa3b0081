#include "pgsupport.h"
#include "store/changenotifier.h"
#include "store/database.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// A console on a team's database when the server drops its connections (a restart, a network
// cut): it hears of others' writes, notices the loss, says so, reconnects by itself, hears of
// writes again, and its queries work again without being told.
class TestReconnect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void othersWritesAreHeard();
    void aLostConnectionIsSaidAndMended();
    void brokenQueryConnectionsOpenAgain();

private:
    void dropOtherConnections();
    void writeElsewhere(const QString &value);

    Database m_db;
};

void TestReconnect::initTestCase()
{
    const QString why = TestSupport::pgUnavailable();
    if (!why.isEmpty()) {
        if (qEnvironmentVariableIntValue("PARCELDESK_REQUIRE_PG"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    const auto db = Database::open(TestSupport::freshServerDatabase());
    QVERIFY(db);
    m_db = *db;
}

// As a server restart does to every session but the one doing it.
void TestReconnect::dropOtherConnections()
{
    {
        QSqlDatabase admin = TestSupport::pgConnection(u"admin"_s);
        QVERIFY(admin.isOpen());
        QSqlQuery q(admin);
        QVERIFY(q.exec(
            u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
            "datname = '%1' AND pid <> pg_backend_pid()"_s.arg(QUrl(m_db.path()).path().mid(1))));
        admin.close();
    }
    QSqlDatabase::removeDatabase(u"admin"_s);
}

// Another console's write, on a connection of its own.
void TestReconnect::writeElsewhere(const QString &value)
{
    {
        QSqlDatabase other = m_db.openConnection(u"other"_s);
        QVERIFY(other.isOpen());
        {
            QSqlQuery q(other);
            q.prepare(u"INSERT INTO settings (key, value) VALUES ('reconnect.test', ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
            q.addBindValue(value);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
}

void TestReconnect::othersWritesAreHeard()
{
    ChangeNotifier notifier(m_db);
    notifier.setCoalesceMs(50);
    QSignalSpy changed(&notifier, &ChangeNotifier::changed);
    QVERIFY(notifier.start());
    writeElsewhere(u"1"_s);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.first().at(0).toStringList(), QStringList {u"settings"_s});
    QVERIFY(changed.first().at(1).toLongLong() >= 0);
}

void TestReconnect::aLostConnectionIsSaidAndMended()
{
    ChangeNotifier notifier(m_db);
    notifier.setCoalesceMs(50);
    notifier.setHealthCheckMs(200);
    QSignalSpy lost(&notifier, &ChangeNotifier::connectionLost);
    QSignalSpy restored(&notifier, &ChangeNotifier::connectionRestored);
    QSignalSpy changed(&notifier, &ChangeNotifier::changed);
    QVERIFY(notifier.start());
    dropOtherConnections();
    QVERIFY(lost.wait(5000));
    QVERIFY(!lost.first().at(0).toString().isEmpty());
    QVERIFY(!notifier.isListening());
    QVERIFY(restored.wait(10000));
    QCOMPARE(lost.size(), 1); // said once, however many attempts it took
    QVERIFY(notifier.isListening());
    writeElsewhere(u"2"_s);
    QVERIFY(changed.wait(5000));
}

void TestReconnect::brokenQueryConnectionsOpenAgain()
{
    QCOMPARE(TestSupport::scalar(m_db, u"SELECT 40 + 2"_s), 42);
    dropOtherConnections();
    // The statement that finds the connection broken fails with the server's words...
    QSqlQuery broken(m_db.connection());
    QVERIFY(!broken.exec(u"SELECT 1"_s));
    QVERIFY(!broken.lastError().text().isEmpty());
    // ...and the next one runs on a new connection.
    QCOMPARE(TestSupport::scalar(m_db, u"SELECT 40 + 2"_s), 42);
}

QTEST_GUILESS_MAIN(TestReconnect)
#include "tst_reconnect.moc"
