#include "polling/pollschedule.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

class TestPollSchedule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intervals_data();
    void intervals();
    void stopsWhenTerminalOrTooOld();
    void urgencyOrder();
    void everyNonTerminalTagHasARow();
};

namespace {
constexpr qint64 now = 1'763'800'000'000;
constexpr qint64 hour = 3'600'000;
} // namespace

void TestPollSchedule::intervals_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("etaInMs"); // -1: no ETA
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("label created") << u"InfoReceived"_s << -1LL << 6 * hour;
    QTest::newRow("in transit") << u"InTransit/ArrivalScan"_s << -1LL << 4 * hour;
    QTest::newRow("in transit, ETA in 3 days") << u"InTransit"_s << 72 * hour << 4 * hour;
    QTest::newRow("in transit, ETA tomorrow morning") << u"InTransit"_s << 20 * hour << 2 * hour;
    QTest::newRow("out for delivery") << u"OutForDelivery"_s << 2 * hour << hour / 2;
    QTest::newRow("failed attempt") << u"AttemptFail/RecipientNotAvailable"_s << -1LL << hour;
    QTest::newRow("at a pickup point") << u"AvailableForPickup"_s << -1LL << 6 * hour;
    QTest::newRow("damaged") << u"Exception/Damaged"_s << -1LL << 2 * hour;
}

void TestPollSchedule::intervals()
{
    QFETCH(QString, status);
    QFETCH(qint64, etaInMs);
    QFETCH(qint64, expectedMs);
    const auto eta = etaInMs < 0 ? std::nullopt : std::optional<qint64>(now + etaInMs);
    const auto next
        = PollSchedule::nextPollAt(*Status::fromString(status), eta, now - 24 * hour, now);
    QVERIFY(next);
    QCOMPARE(*next - now, expectedMs);
}

void TestPollSchedule::stopsWhenTerminalOrTooOld()
{
    QVERIFY(!PollSchedule::nextPollAt(Status(StatusTag::Delivered), {}, now - hour, now));
    QVERIFY(!PollSchedule::nextPollAt(
        *Status::fromString(u"Exception/ReturnedToSender"), {}, now - hour, now));
    const qint64 old = now - PollSchedule::maxAgeMs - 1;
    QVERIFY(PollSchedule::isExpired(Status(StatusTag::InTransit), old, now));
    QVERIFY(!PollSchedule::nextPollAt(Status(StatusTag::InTransit), {}, old, now));
    QVERIFY(!PollSchedule::isExpired(Status(StatusTag::Delivered), old, now));
    QVERIFY(PollSchedule::nextPollAt(
        *Status::fromString(u"Exception/ReturnToSender"), {}, now - hour, now));
}

void TestPollSchedule::urgencyOrder()
{
    const Status transit(StatusTag::InTransit);
    QCOMPARE(PollSchedule::urgency(Status(StatusTag::OutForDelivery), false, {}, now), 0);
    QCOMPARE(PollSchedule::urgency(transit, true, {}, now), 1);
    QCOMPARE(PollSchedule::urgency(transit, false, now + 10 * hour, now), 2);
    QCOMPARE(PollSchedule::urgency(transit, false, now - 10 * hour, now), 2); // already late
    QCOMPARE(PollSchedule::urgency(transit, false, now + 72 * hour, now), 3);
    QCOMPARE(PollSchedule::urgency(transit, false, {}, now), 3);
}

void TestPollSchedule::everyNonTerminalTagHasARow()
{
    for (int t = 0; t < statusTagCount; ++t) {
        const auto tag = StatusTag(t);
        if (Status(tag).isTerminal())
            continue;
        bool found = false;
        for (const auto &row : PollSchedule::intervalTable())
            found = found || row.tag == tag;
        QVERIFY2(found, qPrintable(tagToString(tag)));
    }
}

QTEST_GUILESS_MAIN(TestPollSchedule)
#include "tst_pollschedule.moc"
