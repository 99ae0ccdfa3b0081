#include "polling/ratelimiter.h"

#include <QTest>

using namespace ParcelDesk;

class TestRateLimiter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paceIsNeverExceeded_data();
    void paceIsNeverExceeded();
    void burstAfterQuiet();
    void dailyQuotaAndReset();
    void blockedByCarrier();
    void projectsTheDay();
};

void TestRateLimiter::paceIsNeverExceeded_data()
{
    QTest::addColumn<double>("perSecond");
    QTest::addColumn<int>("burst");
    QTest::newRow("DHL starter, 1/s") << 1.0 << 1;
    QTest::newRow("FedEx, 140/s") << 140.0 << 10;
    QTest::newRow("USPS, 60/hour") << 1.0 / 60.0 << 1;
}

void TestRateLimiter::paceIsNeverExceeded()
{
    QFETCH(double, perSecond);
    QFETCH(int, burst);
    RateLimiter limiter(perSecond, 0, burst);
    const qint64 start = 1'763'800'000'000;
    const qint64 spanMs = 600'000;
    int granted = 0;
    // A greedy caller asking every millisecond for ten minutes.
    for (qint64 t = start; t < start + spanMs; ++t) {
        if (limiter.tryAcquire(t))
            ++granted;
    }
    const double allowed = perSecond * double(spanMs) / 1000.0 + burst;
    QVERIFY2(granted <= allowed, qPrintable(QStringLiteral("%1 > %2").arg(granted).arg(allowed)));
    QVERIFY(granted >= int(allowed) - 1); // and the budget is used, not wasted
}

void TestRateLimiter::burstAfterQuiet()
{
    RateLimiter limiter(2.0, 0, 3);
    const qint64 t = 1'000'000;
    QVERIFY(limiter.tryAcquire(t));
    QVERIFY(limiter.tryAcquire(t));
    QVERIFY(limiter.tryAcquire(t));
    QVERIFY(!limiter.tryAcquire(t));
    QCOMPARE(limiter.nextAllowedAtMs(t), t + 500);
    QVERIFY(!limiter.tryAcquire(t + 499));
    QVERIFY(limiter.tryAcquire(t + 500));
}

void TestRateLimiter::dailyQuotaAndReset()
{
    RateLimiter limiter(1000.0, 250, 1);
    const qint64 morning = 1'763'769'600'000 + 8 * 3'600'000LL; // 08:00 UTC
    int granted = 0;
    for (int i = 0; i < 400; ++i) {
        if (limiter.tryAcquire(morning + i * 10))
            ++granted;
    }
    QCOMPARE(granted, 250);
    QVERIFY(limiter.quotaExhausted(morning + 5000));
    QCOMPARE(limiter.usedToday(morning + 5000), 250);
    const qint64 midnight = RateLimiter::quotaResetsAtMs(morning);
    QCOMPARE(midnight % 86'400'000, 0);
    QCOMPARE(limiter.nextAllowedAtMs(morning + 5000), midnight);
    QVERIFY(!limiter.tryAcquire(midnight - 1));
    QVERIFY(limiter.tryAcquire(midnight));
    QCOMPARE(limiter.usedToday(midnight), 1);
}

void TestRateLimiter::blockedByCarrier()
{
    RateLimiter limiter(10.0, 0, 5);
    const qint64 t = 5'000'000;
    limiter.blockUntil(t + 30'000); // 429 with Retry-After: 30
    QVERIFY(!limiter.tryAcquire(t + 29'999));
    QCOMPARE(limiter.nextAllowedAtMs(t), t + 30'000);
    QVERIFY(limiter.tryAcquire(t + 30'000));
}

void TestRateLimiter::projectsTheDay()
{
    RateLimiter limiter(1000.0, 1000, 100);
    const qint64 dayStart = 1'763'769'600'000;
    for (int i = 0; i < 100; ++i)
        QVERIFY(limiter.tryAcquire(dayStart + 6 * 3'600'000LL));
    // 100 calls by 06:00 is 400 by midnight at the same pace.
    QCOMPARE(limiter.projectedUseToday(dayStart + 6 * 3'600'000LL), 400);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
