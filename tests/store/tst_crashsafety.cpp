#include "store/database.h"
#include "store/shipmentrepository.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// A writer killed with SIGKILL at a random moment must leave a sound database in which every
// batch is either complete or absent.
class TestCrashSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLeavesWholeBatches();
};

void TestCrashSafety::killedWriterLeavesWholeBatches()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crash.sqlite"_s);
    constexpr int shipments = 40;
    constexpr int batchSize = 37;
    constexpr int iterations = 30;
    {
        const auto db = Database::open(path);
        QVERIFY(db);
        ShipmentRepository repo(*db);
        for (int i = 0; i < shipments; ++i)
            QVERIFY(repo.insert(TestSupport::makeShipment(u"CRASH%1"_s.arg(i))));
        db->releaseConnection();
    }

    QRandomGenerator random(20261122);
    qint64 totalBatches = 0;
    for (int iteration = 0; iteration < iterations; ++iteration) {
        QProcess child;
        child.start(QStringLiteral(CRASHWRITER_PATH),
            {path, QString::number(iteration * 1'000'000LL), QString::number(batchSize),
                QString::number(shipments)});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QVERIFY2(child.waitForReadyRead(20000),
            qPrintable(QString::fromUtf8(child.readAllStandardError())));
        QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));
        QTest::qWait(int(random.bounded(1, 250)));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        QVERIFY(
            q.exec(u"SELECT carrier_code, count(*) FROM tracking_events GROUP BY carrier_code"_s));
        qint64 batches = 0;
        while (q.next()) {
            ++batches;
            QVERIFY2(q.value(1).toInt() == batchSize,
                qPrintable(u"batch %1 has %2 of %3 events"_s.arg(q.value(0).toString())
                               .arg(q.value(1).toInt())
                               .arg(batchSize)));
        }
        QVERIFY(batches >= totalBatches + 4); // the child announced after its first 4 batches
        totalBatches = batches;
        // Every shipment's last-event time matches its newest stored event.
        QVERIFY(q.exec(
            u"SELECT count(*) FROM shipments s WHERE last_event_at != "
            "(SELECT coalesce(max(occurred_at), 0) FROM tracking_events e WHERE e.shipment_id = s.id)"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        db->releaseConnection();
    }
    qInfo("%lld whole batches survived %d kills", totalBatches, iterations);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
