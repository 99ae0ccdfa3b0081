#include "carriers/trackingnumber.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

class TestTrackingNumber final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizes();
    void recognizes_data();
    void recognizes();
    void everyDigitChangeIsCaught_data();
    void everyDigitChangeIsCaught();
};

void TestTrackingNumber::normalizes()
{
    QCOMPARE(normalizeTrackingNumber(u" 1z 999-aa1 0123456784 "), u"1Z999AA10123456784"_s);
    QCOMPARE(normalizeTrackingNumber(u"0034.0434/2921_3510 0186"), u"00340434292135100186"_s);
}

void TestTrackingNumber::recognizes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("carriers"); // "carrier:format", in the order listed
    // Numbers from carriers' published examples and real answers.
    QTest::newRow("UPS, pasted with spaces")
        << u"1Z 023E 2X02 1432 3462"_s << QStringList {u"ups:UPS 1Z"_s};
    QTest::newRow("UPS, lower case") << u"1z1442yy7229014688"_s << QStringList {u"ups:UPS 1Z"_s};
    QTest::newRow("UPS, wrong check digit") << u"1Z1442YY7229014689"_s << QStringList {};
    QTest::newRow("USPS IMpb") << u"9400 1091 0425 0532 9085 87"_s
                               << QStringList {u"usps:USPS IMpb"_s};
    QTest::newRow("USPS IMpb with ZIP prefix")
        << u"420 90210 9400109104250532908587"_s << QStringList {u"usps:USPS IMpb"_s};
    QTest::newRow("DHL SSCC") << u"00340434292135100186"_s
                              << QStringList {u"dhl:SSCC (DHL Paket)"_s};
    QTest::newRow("DHL Paket") << u"4708 0020 4932"_s << QStringList {u"dhl:DHL Paket"_s};
    QTest::newRow("DHL Express") << u"7777777770"_s << QStringList {u"dhl:DHL Express waybill"_s};
    QTest::newRow("FedEx Express") << u"7948-4318-5271"_s << QStringList {u"fedex:FedEx Express"_s};
    // FedEx's own documentation number happens to satisfy both 12-digit rules.
    QTest::newRow("ambiguous 12 digits")
        << u"123456789012"_s << QStringList {u"fedex:FedEx Express"_s};
    QTest::newRow("GLS") << u"39936862321"_s << QStringList {u"gls:GLS parcel number"_s};
    QTest::newRow("DPD without check character")
        << u"05308801410058"_s << QStringList {u"dpd:DPD parcel number (no check digit)"_s};
    QTest::newRow("Canada Post PIN")
        << u"7023210039414604"_s << QStringList {u"canadapost:Canada Post PIN"_s};
    QTest::newRow("S10 Deutsche Post") << u"RR123456785DE"_s << QStringList {u"dhl:UPU S10 (DE)"_s};
    QTest::newRow("S10 from elsewhere") << u"RR123456785FR"_s << QStringList {u":UPU S10 (FR)"_s};
    QTest::newRow("S10 wrong check") << u"RR123456784DE"_s << QStringList {};
    QTest::newRow("words") << u"where is my parcel"_s << QStringList {};
    QTest::newRow("empty") << QString() << QStringList {};
}

void TestTrackingNumber::recognizes()
{
    QFETCH(QString, input);
    QFETCH(QStringList, carriers);
    const auto r = recognizeTrackingNumber(input);
    QStringList got;
    for (const auto &c : r.candidates)
        got << c.carrier + u':' + c.format;
    QCOMPARE(got, carriers);
}

void TestTrackingNumber::everyDigitChangeIsCaught_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("UPS") << u"1Z023E2X0214323462"_s;
    QTest::newRow("IMpb") << u"9400109104250532908587"_s;
    QTest::newRow("SSCC") << u"00340434292135100186"_s;
    QTest::newRow("DHL Paket") << u"470800204932"_s;
    QTest::newRow("FedEx") << u"794843185271"_s;
    QTest::newRow("GLS") << u"39936862321"_s;
    // Not S10: its mod-11 rule maps both remainders 0 and 1 to check digits 5 and 0, so some
    // single-digit typos keep a valid check digit (RR123456785DE → RR123457785DE).
}

void TestTrackingNumber::everyDigitChangeIsCaught()
{
    QFETCH(QString, number);
    const QString carrier = recognizeTrackingNumber(number).candidates.value(0).carrier;
    QVERIFY(!recognizeTrackingNumber(number).candidates.isEmpty());
    // A single mistyped digit must not pass as the same carrier's number in the same format.
    for (qsizetype i = 0; i < number.size(); ++i) {
        if (!number[i].isDigit())
            continue;
        QString typo = number;
        typo[i] = QChar(u'0' + (number[i].unicode() - u'0' + 1) % 10);
        const auto r = recognizeTrackingNumber(typo);
        const QString format = recognizeTrackingNumber(number).candidates.value(0).format;
        for (const auto &c : r.candidates)
            QVERIFY2(!(c.carrier == carrier && c.format == format),
                qPrintable(typo + u" still passes as "_s + c.format));
    }
}

QTEST_GUILESS_MAIN(TestTrackingNumber)
#include "tst_trackingnumber.moc"
