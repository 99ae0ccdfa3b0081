#include "carriers/carriertime.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

class TestCarrierTime final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void countries();
};

void TestCarrierTime::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("utc");
    QTest::addColumn<int>("offset"); // minutes; -9999: unknown
    QTest::addColumn<bool>("assumed");
    QTest::newRow("DHL parcel-de, no offset, winter")
        << u"2023-03-13T09:50:00"_s << u"DE"_s << u"2023-03-13T08:50:00Z"_s << 60 << true;
    QTest::newRow("no offset, German summer")
        << u"2023-07-13T09:50:00"_s << u"Deutschland"_s << u"2023-07-13T07:50:00Z"_s << 120 << true;
    QTest::newRow("Z") << u"2018-08-03T00:00:00Z"_s << u""_s << u"2018-08-03T00:00:00Z"_s << 0
                       << false;
    QTest::newRow("colon offset") << u"2024-01-09T11:36:00-06:00"_s << u"US"_s
                                  << u"2024-01-09T17:36:00Z"_s << -360 << false;
    QTest::newRow("GLS offset without colon")
        << u"2021-05-04T14:03:00+0200"_s << u""_s << u"2021-05-04T12:03:00Z"_s << 120 << false;
    QTest::newRow("fraction") << u"2024-02-01T10:00:00.123+01:00"_s << u""_s
                              << u"2024-02-01T09:00:00.123Z"_s << 60 << false;
    QTest::newRow("unknown country")
        << u"2024-02-01T10:00:00"_s << u"Atlantis"_s << u"2024-02-01T10:00:00Z"_s << -9999 << true;
    QTest::newRow("space separator, no seconds")
        << u"2024-02-01 10:00"_s << u"NL"_s << u"2024-02-01T09:00:00Z"_s << 60 << true;
}

void TestCarrierTime::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, country);
    QFETCH(QString, utc);
    QFETCH(int, offset);
    QFETCH(bool, assumed);
    const auto t = parseCarrierTime(text, country);
    QVERIFY(t);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(t->utcMs, Qt::UTC),
        QDateTime::fromString(utc, Qt::ISODateWithMs));
    QCOMPARE(t->offsetMinutes, offset == -9999 ? std::nullopt : std::optional<int>(offset));
    QCOMPARE(t->offsetAssumed, assumed);
}

void TestCarrierTime::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("DHL's own month 20") << u"2017-20-10T09:00:00"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("words") << u"yesterday"_s;
    QTest::newRow("offset too large") << u"2024-01-01T00:00:00+25:00"_s;
    QTest::newRow("hour 24") << u"2024-01-01T24:30:00Z"_s;
}

void TestCarrierTime::rejects()
{
    QFETCH(QString, text);
    QVERIFY(!parseCarrierTime(text, u"DE"));
}

void TestCarrierTime::countries()
{
    QCOMPARE(countryCodeOf(u"Deutschland"), u"DE"_s);
    QCOMPARE(countryCodeOf(u"UNITED STATES"), u"US"_s);
    QCOMPARE(countryCodeOf(u"NLD"), u"NL"_s);
    QCOMPARE(countryCodeOf(u"Narnia"), QString());
    QCOMPARE(timeZoneOfCountry(u"AU"), QByteArray("Australia/Sydney"));
}

QTEST_GUILESS_MAIN(TestCarrierTime)
#include "tst_carriertime.moc"
