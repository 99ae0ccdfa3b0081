#include "rules/holidaycalendar.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

class TestHolidayCalendar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void easter_data();
    void easter();
    void knownHolidays_data();
    void knownHolidays();
    void businessDays();
    void unknownCountryHasWeekendsOnly();
    void badRulesNameTheRule_data();
    void badRulesNameTheRule();
};

void TestHolidayCalendar::easter_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("sunday");
    QTest::newRow("2016") << 2016 << QDate(2016, 3, 27);
    QTest::newRow("2018") << 2018 << QDate(2018, 4, 1);
    QTest::newRow("2019") << 2019 << QDate(2019, 4, 21);
    QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
    QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
    QTest::newRow("2038") << 2038 << QDate(2038, 4, 25); // the latest possible
    QTest::newRow("2285") << 2285 << QDate(2285, 3, 22); // the earliest possible
}

void TestHolidayCalendar::easter()
{
    QFETCH(int, year);
    QFETCH(QDate, sunday);
    QCOMPARE(HolidayCalendar::easterSunday(year), sunday);
}

void TestHolidayCalendar::knownHolidays_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("holiday");
    const auto row = [](const char *name, const char *country, QDate date, bool holiday) {
        QTest::newRow(name) << QString::fromLatin1(country) << date << holiday;
    };
    row("DE Good Friday 2026", "DE", QDate(2026, 4, 3), true);
    row("DE Easter Monday 2026", "DE", QDate(2026, 4, 6), true);
    row("DE Whit Monday 2026", "DE", QDate(2026, 5, 25), true);
    row("DE Unity Day", "DE", QDate(2026, 10, 3), true);
    row("DE Epiphany is regional", "DE", QDate(2026, 1, 6), false);
    row("AT Epiphany", "AT", QDate(2026, 1, 6), true);
    row("AT Corpus Christi 2026", "AT", QDate(2026, 6, 4), true);
    row("FR Bastille Day", "FR", QDate(2026, 7, 14), true);
    row("NL King's Day on a Sunday moves", "NL", QDate(2025, 4, 26), true);
    row("NL King's Day 2025 not the 27th", "NL", QDate(2025, 4, 27), false);
    row("PL Christmas Eve from 2025", "PL", QDate(2025, 12, 24), true);
    row("PL Christmas Eve not before", "PL", QDate(2024, 12, 24), false);
    row("US Thanksgiving 2026", "US", QDate(2026, 11, 26), true);
    row("US Memorial Day 2026", "US", QDate(2026, 5, 25), true);
    row("US July 4th 2026 observed on Friday", "US", QDate(2026, 7, 3), true);
    row("US Juneteenth not in 2020", "US", QDate(2020, 6, 19), false);
    row("US Juneteenth 2024", "US", QDate(2024, 6, 19), true);
    row("BR Carnival Monday 2018", "BR", QDate(2018, 2, 12), true);
    row("BR Carnival Tuesday 2018", "BR", QDate(2018, 2, 13), true);
    row("BR Corpus Christi 2018", "BR", QDate(2018, 5, 31), true);
    row("BR Tiradentes", "BR", QDate(2017, 4, 21), true);
    row("BR Black Consciousness not in 2018", "BR", QDate(2018, 11, 20), false);
    row("CA Labour Day 2026", "CA", QDate(2026, 9, 7), true);
    row("AU Boxing Day 2026 moved to Monday", "AU", QDate(2026, 12, 28), true);
    row("AU Christmas 2027 moved to Monday", "AU", QDate(2027, 12, 27), true);
    row("AU Boxing Day 2027 moved to Tuesday", "AU", QDate(2027, 12, 28), true);
    row("AU Christmas 2022 on Sunday moved to Monday", "AU", QDate(2022, 12, 26), true);
    row("AU Boxing Day 2022 on Monday moved to Tuesday", "AU", QDate(2022, 12, 27), true);
    row("DE an ordinary Tuesday", "DE", QDate(2026, 11, 24), false);
}

void TestHolidayCalendar::knownHolidays()
{
    QFETCH(QString, country);
    QFETCH(QDate, date);
    QFETCH(bool, holiday);
    const HolidayCalendar &calendar = HolidayCalendar::builtin();
    QVERIFY(calendar.knows(country));
    QCOMPARE(calendar.isHoliday(country, date), holiday);
}

void TestHolidayCalendar::businessDays()
{
    const HolidayCalendar &c = HolidayCalendar::builtin();
    // Thursday before Easter 2026 to the Tuesday after: Good Friday, the weekend and Easter
    // Monday do not count; the Tuesday does.
    QCOMPARE(c.businessDaysBetween(u"DE", QDate(2026, 4, 2), QDate(2026, 4, 7)), 1);
    QCOMPARE(c.businessDaysBetween(u"DE", QDate(2026, 4, 7), QDate(2026, 4, 2)), -1);
    QCOMPARE(c.addBusinessDays(u"DE", QDate(2026, 4, 2), 1), QDate(2026, 4, 7));
    QCOMPARE(c.addBusinessDays(u"DE", QDate(2026, 4, 7), -1), QDate(2026, 4, 2));
    QCOMPARE(c.addBusinessDays(u"DE", QDate(2026, 4, 2), 0), QDate(2026, 4, 2));
    // A Friday to the Monday after, without holidays: one business day.
    QCOMPARE(c.businessDaysBetween(u"DE", QDate(2026, 11, 20), QDate(2026, 11, 23)), 1);
    QVERIFY(!c.isBusinessDay(u"DE", QDate(2026, 11, 21)));
    QVERIFY(c.isBusinessDay(u"DE", QDate(2026, 11, 23)));
    const QList<QDate> de2026 = c.holidays(u"DE", 2026);
    QCOMPARE(de2026.size(), 9);
    QCOMPARE(de2026.first(), QDate(2026, 1, 1));
    QCOMPARE(de2026.last(), QDate(2026, 12, 26));
}

void TestHolidayCalendar::unknownCountryHasWeekendsOnly()
{
    const HolidayCalendar &c = HolidayCalendar::builtin();
    QVERIFY(!c.knows(u"XX"));
    QVERIFY(!c.isHoliday(u"XX", QDate(2026, 12, 25)));
    QVERIFY(c.isBusinessDay(u"XX", QDate(2026, 12, 25)));
    QCOMPARE(c.businessDaysBetween(u"XX", QDate(2026, 11, 20), QDate(2026, 11, 27)), 5);
}

void TestHolidayCalendar::badRulesNameTheRule_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not JSON") << QByteArray("{") << u"not JSON"_s;
    QTest::newRow("no countries") << QByteArray("{}") << u"countries"_s;
    QTest::newRow("bad code") << QByteArray(R"({"countries": {"Deutschland": {}}})")
                              << u"Deutschland"_s;
    QTest::newRow("bad day") << QByteArray(R"({"countries": {"DE": {"fixed": [["13-01"]]}}})")
                             << u"13-01"_s;
    QTest::newRow("bad shift") << QByteArray(
        R"({"countries": {"DE": {"fixed": [["01-01", "sometimes"]]}}})")
                               << u"sometimes"_s;
    QTest::newRow("bad weekday") << QByteArray(
        R"({"countries": {"US": {"weekday": [[13, 1, 1]]}}})")
                                 << u"[13,1,1]"_s;
}

void TestHolidayCalendar::badRulesNameTheRule()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const auto c = HolidayCalendar::fromJson(json, u"holidays.json"_s);
    QVERIFY(!c);
    QVERIFY2(c.error().message.contains(u"holidays.json"_s), qPrintable(c.error().message));
    QVERIFY2(c.error().message.contains(mentions), qPrintable(c.error().message));
}

QTEST_GUILESS_MAIN(TestHolidayCalendar)
#include "tst_holidaycalendar.moc"
