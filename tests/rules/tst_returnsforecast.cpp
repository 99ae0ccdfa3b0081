#include "rules/returnsforecast.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// The returns inflow forecast on a history whose regularity is known: it must find the return
// rate and the lags again, split what is on its way from what is still to be registered, and
// keep warehouses apart.
class TestReturnsForecast final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheRateAndTheLags();
    void splitsOnTheirWayFromStillToCome();
    void keepsWarehousesApart();
    void followsTheWarehousesWorkingDays();

private:
    // 100 orders a day for 200 days; every fifth fashion order comes back: registered 5 days
    // after delivery, at the warehouse 4 days later (DE), or 6 days later for every tenth (AT).
    static ReturnsHistory regular()
    {
        ReturnsHistory h;
        const QDate start(2026, 1, 1);
        qint64 id = 0;
        for (int day = 0; day < 200; ++day) {
            for (int i = 0; i < 100; ++i) {
                ++id;
                const QString category = i < 60 ? u"fashion"_s : u"books"_s;
                const QDate delivered = start.addDays(day);
                h.deliveries.append({id, category, delivered});
                if (category == u"fashion" && i % 5 == 0) {
                    const bool austria = i % 10 == 0 && i % 20 != 0;
                    h.returns.append({id, category, delivered, delivered.addDays(5),
                        delivered.addDays(austria ? 11 : 9), austria ? u"AT"_s : u"DE"_s});
                }
            }
        }
        return h;
    }
};

void TestReturnsForecast::findsTheRateAndTheLags()
{
    const ReturnsHistory h = regular();
    // 12 returns a day arrive once the history is long enough.
    const QDate first(2026, 6, 1);
    const QList<ReturnsForecastDay> days = ReturnsForecast::forecast(h, first, 14);
    QCOMPARE(days.size(), 14);
    for (const ReturnsForecastDay &d : days) {
        QCOMPARE(d.actual, 12);
        QVERIFY2(std::abs(d.expected - 12) < 0.01,
            qPrintable(u"%1: %2"_s.arg(d.day.toString(Qt::ISODate)).arg(d.expected)));
    }
    const ReturnsForecast::Backtest b = ReturnsForecast::backtest(h, QDate(2026, 7, 15), 8);
    QCOMPARE(b.weeks.size(), 8);
    QCOMPARE(b.days.size(), 56);
    QVERIFY2(b.weeklyMape < 0.001, qPrintable(QString::number(b.weeklyMape)));
    QVERIFY2(b.dailyMape < 0.001, qPrintable(QString::number(b.dailyMape)));
}

void TestReturnsForecast::splitsOnTheirWayFromStillToCome()
{
    ReturnsHistory h = regular();
    const QDate first(2026, 6, 1);
    const QList<ReturnsForecastDay> days = ReturnsForecast::forecast(h, first, 14);
    // Registered 5 days after delivery, received 4 (DE) or 6 (AT) days later: the first four
    // days' returns were all registered before the first day; from the seventh day on, none.
    QVERIFY(days.at(0).onTheirWay > 11.99 && days.at(0).fromDeliveries < 0.01);
    QVERIFY(days.at(7).onTheirWay < 0.01 && days.at(7).fromDeliveries > 11.99);
    // Without the history of the last days the forecast knows less, but not nothing.
    h.returns.removeIf([&](const ReturnsHistory::Return &r) { return r.registered >= first; });
    const QList<ReturnsForecastDay> blind = ReturnsForecast::forecast(h, first, 14);
    QCOMPARE(blind.at(8).actual, -1); // nothing arrived that the history knows
    QVERIFY(std::abs(blind.at(8).expected - 12) < 0.01);
}

void TestReturnsForecast::keepsWarehousesApart()
{
    const ReturnsHistory h = regular();
    const QDate first(2026, 6, 1);
    const auto de = ReturnsForecast::forecast(h, first, 14, u"DE"_s);
    const auto at = ReturnsForecast::forecast(h, first, 14, u"AT"_s);
    for (int i = 0; i < 14; ++i) {
        QCOMPARE(de.at(i).actual + at.at(i).actual, 12);
        QVERIFY2(std::abs(de.at(i).expected - de.at(i).actual) < 0.01,
            qPrintable(u"%1: %2 vs %3"_s.arg(i).arg(de.at(i).expected).arg(de.at(i).actual)));
        QVERIFY2(std::abs(at.at(i).expected - at.at(i).actual) < 0.01,
            qPrintable(QString::number(at.at(i).expected)));
    }
}

void TestReturnsForecast::followsTheWarehousesWorkingDays()
{
    // The warehouse does not receive at weekends: Saturday's and Sunday's parcels are taken in
    // on Monday.
    ReturnsHistory h = regular();
    for (ReturnsHistory::Return &r : h.returns) {
        if (r.received && r.received->dayOfWeek() > 5)
            r.received = r.received->addDays(8 - r.received->dayOfWeek());
    }
    const QDate first(2026, 6, 1); // a Monday
    const auto days = ReturnsForecast::forecast(h, first, 14);
    double expected = 0;
    int actual = 0;
    for (const ReturnsForecastDay &d : days) {
        if (d.day.dayOfWeek() > 5)
            QVERIFY2(d.expected < 0.01, qPrintable(d.day.toString(Qt::ISODate)));
        else
            QVERIFY2(d.expected > 10, qPrintable(d.day.toString(Qt::ISODate)));
        expected += d.expected;
        actual += std::max(d.actual, 0);
    }
    QCOMPARE(actual, 14 * 12);
    // The lags learned from such a history blur; the total stays near what comes.
    QVERIFY2(std::abs(expected - actual) / actual < 0.15, qPrintable(QString::number(expected)));
    // Mondays take the weekend's parcels.
    QVERIFY2(days.at(0).expected > 2 * days.at(1).expected,
        qPrintable(u"%1 %2"_s.arg(days.at(0).expected).arg(days.at(1).expected)));
}

QTEST_GUILESS_MAIN(TestReturnsForecast)
#include "tst_returnsforecast.moc"
