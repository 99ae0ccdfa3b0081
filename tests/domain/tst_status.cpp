#include "domain/status.h"
#include "domain/trackingevent.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

class TestStatus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableFollowsEnumOrder();
    void roundTrip_data();
    void roundTrip();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void subStatusMustBelongToTag();
    void readsColumnsLeniently();
    void terminal_data();
    void terminal();
    void supersedes_data();
    void supersedes();
    void identity();
};

void TestStatus::tableFollowsEnumOrder()
{
    qsizetype count = 0;
    const SubStatusInfo *table = subStatusTable(&count);
    QCOMPARE(count, qsizetype(SubStatus::Expired) + 1);
    QSet<QString> keys;
    for (qsizetype i = 0; i < count; ++i) {
        QCOMPARE(int(table[i].sub), int(i));
        keys.insert(QString::fromUtf16(table[i].key));
    }
    QCOMPARE(keys.size(), count); // keys are unique
    for (int t = 0; t < statusTagCount; ++t)
        QCOMPARE(subStatusTag(genericSubStatus(StatusTag(t))), StatusTag(t));
}

void TestStatus::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    qsizetype count = 0;
    const SubStatusInfo *table = subStatusTable(&count);
    for (qsizetype i = 0; i < count; ++i) {
        const QString text = Status::of(table[i].sub).toString();
        QTest::newRow(qPrintable(text)) << text;
    }
}

void TestStatus::roundTrip()
{
    QFETCH(QString, text);
    const auto parsed = Status::fromString(text);
    QVERIFY(parsed);
    QCOMPARE(parsed->toString(), text);
}

void TestStatus::rejectsMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("lower-case tag") << u"delivered"_s;
    QTest::newRow("unknown tag") << u"Shipped/InTransit"_s;
    QTest::newRow("sub of other tag") << u"Delivered/Damaged"_s;
    QTest::newRow("trailing slash") << u"InTransit/"_s;
    QTest::newRow("aftership code") << u"Exception_012"_s;
}

void TestStatus::rejectsMalformed()
{
    QFETCH(QString, text);
    QVERIFY(!Status::fromString(text));
}

void TestStatus::subStatusMustBelongToTag()
{
    QVERIFY(!Status::make(StatusTag::Delivered, SubStatus::Damaged));
    const auto ok = Status::make(StatusTag::Exception, SubStatus::Damaged);
    QVERIFY(ok);
    QCOMPARE(ok->toString(), u"Exception/Damaged"_s);
    QCOMPARE(Status::fromString(u"InTransit")->subStatus(), SubStatus::InTransit);
    QCOMPARE(Status(StatusTag::InfoReceived).toString(), u"InfoReceived/LabelCreated"_s);
}

void TestStatus::readsColumnsLeniently()
{
    QCOMPARE(Status::fromColumns(u"Exception", u"Damaged").toString(), u"Exception/Damaged"_s);
    // A sub-status from a newer version keeps the tag it came with.
    QCOMPARE(
        Status::fromColumns(u"Exception", u"MeteorStrike").toString(), u"Exception/Exception"_s);
    QCOMPARE(Status::fromColumns(u"Delivered", u"Damaged").toString(), u"Delivered/Delivered"_s);
    QCOMPARE(Status::fromColumns(u"Teleported", u"Damaged").toString(), u"Pending/Pending"_s);
}

void TestStatus::terminal_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("terminal");
    QTest::newRow("delivered") << u"Delivered/Delivered"_s << true;
    QTest::newRow("picked up at point") << u"Delivered/PickedUp"_s << true;
    QTest::newRow("expired") << u"Expired/Expired"_s << true;
    QTest::newRow("returned to sender") << u"Exception/ReturnedToSender"_s << true;
    QTest::newRow("lost") << u"Exception/Lost"_s << true;
    QTest::newRow("returning to sender") << u"Exception/ReturnToSender"_s << false;
    QTest::newRow("damaged") << u"Exception/Damaged"_s << false;
    QTest::newRow("failed attempt") << u"AttemptFail/FailedAttempt"_s << false;
    QTest::newRow("waiting at pickup point") << u"AvailableForPickup/AvailableForPickup"_s << false;
    QTest::newRow("label created") << u"InfoReceived/LabelCreated"_s << false;
}

void TestStatus::terminal()
{
    QFETCH(QString, status);
    QFETCH(bool, terminal);
    QCOMPARE(Status::fromString(status)->isTerminal(), terminal);
}

void TestStatus::supersedes_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<qint64>("currentAt");
    QTest::addColumn<QString>("incoming");
    QTest::addColumn<qint64>("incomingAt");
    QTest::addColumn<bool>("wins");
    QTest::newRow("newer scan wins")
        << u"InTransit/ArrivalScan"_s << 100LL << u"OutForDelivery"_s << 200LL << true;
    QTest::newRow("older scan loses")
        << u"OutForDelivery"_s << 200LL << u"InTransit/ArrivalScan"_s << 100LL << false;
    QTest::newRow("same time: later arrival wins")
        << u"InTransit"_s << 100LL << u"InTransit/DepartureScan"_s << 100LL << true;
    QTest::newRow("late label data never undoes progress")
        << u"InTransit"_s << 100LL << u"InfoReceived"_s << 300LL << false;
    QTest::newRow("label after pending")
        << u"Pending"_s << 0LL << u"InfoReceived"_s << 300LL << true;
    QTest::newRow("terminal kept at same time")
        << u"Delivered"_s << 100LL << u"Exception/Damaged"_s << 100LL << false;
    QTest::newRow("terminal left only by newer")
        << u"Delivered"_s << 100LL << u"Exception/ReturnToSender"_s << 101LL << true;
}

void TestStatus::supersedes()
{
    QFETCH(QString, current);
    QFETCH(qint64, currentAt);
    QFETCH(QString, incoming);
    QFETCH(qint64, incomingAt);
    QFETCH(bool, wins);
    const Status c = *Status::fromString(current);
    const Status i = *Status::fromString(incoming);
    QCOMPARE(Status::supersedes(c, currentAt, i, incomingAt), wins);
    QCOMPARE(Status::resolve(c, currentAt, i, incomingAt), wins ? i : c);
}

void TestStatus::identity()
{
    const qint64 a = trackingEventIdentity(1000, u"AR", u"Bochum, DE", u"Arrived");
    QCOMPARE(trackingEventIdentity(1000, u"AR", u"Bochum, DE", u"Arrived"), a);
    // Same code in the same minute from another depot is another event.
    QVERIFY(trackingEventIdentity(1000, u"AR", u"Leipzig, DE", u"Arrived") != a);
    QVERIFY(trackingEventIdentity(1001, u"AR", u"Bochum, DE", u"Arrived") != a);
    // Field boundaries matter: ("AR","B") is not ("A","RB").
    QVERIFY(trackingEventIdentity(1000, u"AR", u"B", u"")
        != trackingEventIdentity(1000, u"A", u"RB", u""));
    // The hash is part of the file format: it must not change between versions.
    QCOMPARE(quint64(trackingEventIdentity(1700000000000, u"AR", u"Bochum, DE", u"Arrived")),
        0xe245059d4bdd0be4ULL);
}

QTEST_GUILESS_MAIN(TestStatus)
#include "tst_status.moc"
