#include "carriers/statusmap.h"

#include <QDirIterator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

class TestStatusMap final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsCodesAndText();
    void rejectsBadMaps_data();
    void rejectsBadMaps();
    void everyShippedMapIsValid();
};

void TestStatusMap::mapsCodesAndText()
{
    QString error;
    const auto map = StatusMap::fromJson(R"({
        "carrier": "test", "version": "7",
        "codes": {
            "transit": {"status": "InTransit/InTransit", "relevance": "noise"},
            "011": {"status": "Delivered/Delivered"}
        },
        "text_rules": [
            {"code": "transit", "match": ["Zustellfahrzeug", "out for delivery"], "status": "OutForDelivery/OutForDelivery", "relevance": "milestone"}
        ],
        "unmapped": {"U": "alert only"}
    })",
        &error);
    QVERIFY2(map, qPrintable(error));
    QCOMPARE(map->version(), u"7"_s);
    QCOMPARE(map->map(u"transit", u"arrived at hub")->status.toString(), u"InTransit/InTransit"_s);
    QCOMPARE(map->map(u"transit", u"Die Sendung wurde in das ZUSTELLFAHRZEUG geladen")
                 ->status.toString(),
        u"OutForDelivery/OutForDelivery"_s);
    QCOMPARE(map->map(u"011")->relevance, Relevance::Milestone); // the sub-status's default
    QVERIFY(!map->map(u"11")); // leading zeros matter
    QVERIFY(!map->map(u"U"));
    QCOMPARE(map->knowinglyUnmapped().value(u"U"_s), u"alert only"_s);
}

void TestStatusMap::rejectsBadMaps_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QByteArray("{") << u"not a JSON object"_s;
    QTest::newRow("no version") << QByteArray(R"({"carrier":"x"})") << u"version"_s;
    QTest::newRow("bad status") << QByteArray(
        R"({"carrier":"x","version":"1","codes":{"A":{"status":"Delivered/Damaged"}}})")
                                << u"codes.\"A\""_s;
    QTest::newRow("bad relevance") << QByteArray(
        R"({"carrier":"x","version":"1","codes":{"A":{"status":"Delivered","relevance":"loud"}}})")
                                   << u"relevance"_s;
    QTest::newRow("rule without text") << QByteArray(
        R"({"carrier":"x","version":"1","text_rules":[{"status":"Delivered","match":[]}]})")
                                       << u"text_rules[0]"_s;
}

void TestStatusMap::rejectsBadMaps()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!StatusMap::fromJson(json, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestStatusMap::everyShippedMapIsValid()
{
    int maps = 0;
    QDirIterator it(u":/carriers"_s, {u"*.json"_s});
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString error;
        const auto map = StatusMap::fromJson(f.readAll(), &error);
        QVERIFY2(map, qPrintable(path + u": "_s + error));
        QCOMPARE(map->carrier() + u".json"_s, QFileInfo(path).fileName());
        QVERIFY2(map->codeCount() > 0, qPrintable(path));
        ++maps;
    }
    qInfo("%d status maps checked", maps);
}

QTEST_GUILESS_MAIN(TestStatusMap)
#include "tst_statusmap.moc"
