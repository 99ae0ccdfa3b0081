#include "polling/circuitbreaker.h"
#include "polling/retrypolicy.h"

#include <QTest>

using namespace ParcelDesk;

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backsOffExponentiallyWithJitter();
    void honoursRetryAfter();
    void givesUp();
    void circuitOpensProbesAndCloses();
    void failedProbeDoublesTheCoolDown();
};

void TestRetryPolicy::backsOffExponentiallyWithJitter()
{
    double r = 0.0;
    RetryPolicy policy(1000, 60'000, 10, [&r] { return r; });
    QCOMPARE(*policy.delayMs(1), 500); // half the step at the lowest draw
    r = 0.999999;
    QVERIFY(*policy.delayMs(1) >= 999 && *policy.delayMs(1) <= 1000);
    r = 0.0;
    QCOMPARE(*policy.delayMs(2), 1000);
    QCOMPARE(*policy.delayMs(3), 2000);
    QCOMPARE(*policy.delayMs(8), 30'000); // capped at 60 s, jittered down to half
    QCOMPARE(*policy.delayMs(10), 30'000);
}

void TestRetryPolicy::honoursRetryAfter()
{
    RetryPolicy policy(1000, 60'000, 6, [] { return 0.5; });
    QCOMPARE(*policy.delayMs(1, 120), 120'000); // never shorter than the carrier asked
    QCOMPARE(*policy.delayMs(4, 1), 6'000); // a short Retry-After does not cut the backoff
}

void TestRetryPolicy::givesUp()
{
    RetryPolicy policy(1000, 60'000, 3, [] { return 0.0; });
    QVERIFY(policy.delayMs(3));
    QVERIFY(!policy.delayMs(4));
    QVERIFY(!policy.delayMs(0));
}

void TestRetryPolicy::circuitOpensProbesAndCloses()
{
    CircuitBreaker breaker(3, 10'000, 60'000);
    qint64 t = 1'000;
    for (int i = 0; i < 2; ++i) {
        QVERIFY(breaker.allowCall(t));
        breaker.recordFailure(t);
    }
    QCOMPARE(breaker.state(t), CircuitBreaker::State::Closed);
    QVERIFY(breaker.allowCall(t));
    breaker.recordFailure(t);
    QCOMPARE(breaker.state(t), CircuitBreaker::State::Open);
    QVERIFY(!breaker.allowCall(t + 9'999));
    t += 10'000;
    QCOMPARE(breaker.state(t), CircuitBreaker::State::HalfOpen);
    QVERIFY(breaker.allowCall(t)); // the probe
    QVERIFY(!breaker.allowCall(t)); // and nothing else until it reports
    breaker.recordSuccess();
    QCOMPARE(breaker.state(t), CircuitBreaker::State::Closed);
    QVERIFY(breaker.allowCall(t));
    QCOMPARE(breaker.consecutiveFailures(), 0);
}

void TestRetryPolicy::failedProbeDoublesTheCoolDown()
{
    CircuitBreaker breaker(1, 10'000, 25'000);
    breaker.recordFailure(0);
    QCOMPARE(breaker.openUntilMs(), 10'000);
    QVERIFY(breaker.allowCall(10'000));
    breaker.recordFailure(10'000);
    QCOMPARE(breaker.openUntilMs(), 30'000); // 20 s
    QVERIFY(breaker.allowCall(30'000));
    breaker.recordFailure(30'000);
    QCOMPARE(breaker.openUntilMs(), 55'000); // capped at 25 s
    QVERIFY(breaker.allowCall(55'000));
    breaker.recordSuccess();
    breaker.recordFailure(60'000);
    QCOMPARE(breaker.openUntilMs(), 70'000); // back to the base after recovering
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
