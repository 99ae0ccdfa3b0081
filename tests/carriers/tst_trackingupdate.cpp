#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"
#include "carriers/statusmap.h"
#include "carriers/trackingupdate.h"
#include "store/shipmentrepository.h"
#include "store/storewriter.h"
#include "store/trackingeventrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// From a carrier's answer to stored events: what parse() read is what the store keeps.
class TestTrackingUpdate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void location();
    void parsedAnswerIsStoredWithItsMapVersion();
};

void TestTrackingUpdate::location()
{
    ParsedEvent e;
    QCOMPARE(eventLocation(e), QString());
    e.country = u"DE"_s;
    QCOMPARE(eventLocation(e), u"DE"_s);
    e.city = u"Berlin"_s;
    QCOMPARE(eventLocation(e), u"Berlin, DE"_s);
    e.postcode = u"10115"_s;
    QCOMPARE(eventLocation(e), u"10115 Berlin, DE"_s);
}

void TestTrackingUpdate::parsedAnswerIsStoredWithItsMapVersion()
{
    // Written the way DHL's unified API answers: times without an offset, one code DHL does not
    // document, and the same event twice.
    const QByteArray body = R"({"shipments":[{"id":"00340434161094042557","service":"parcel-de",
        "destination":{"address":{"countryCode":"DE"}},
        "status":{"timestamp":"2026-11-20T10:12:00","statusCode":"delivered","status":"Die Sendung wurde zugestellt."},
        "events":[
          {"timestamp":"2026-11-20T10:12:00","statusCode":"delivered","status":"Die Sendung wurde zugestellt.",
           "location":{"address":{"addressLocality":"Berlin","postalCode":"10115","countryCode":"DE"}}},
          {"timestamp":"2026-11-20T07:40:00","statusCode":"zz-new","status":"Neuer Status"},
          {"timestamp":"2026-11-19T21:05:00","statusCode":"transit","status":"Die Sendung wurde im Start-Paketzentrum bearbeitet."},
          {"timestamp":"2026-11-19T21:05:00","statusCode":"transit","status":"Die Sendung wurde im Start-Paketzentrum bearbeitet."}
        ]}]})";
    const CarrierAdapter *dhl = carrierAdapter(u"dhl");
    QVERIFY(dhl);
    const ParseResult parsed = dhl->parse(CarrierResponse {200, {}, body});
    QCOMPARE(parsed.shipments.size(), 1);

    QTemporaryDir dir;
    const auto db = Database::open(dir.filePath(u"update.sqlite"_s));
    QVERIFY(db);
    Shipment s = TestSupport::makeShipment(parsed.shipments.first().trackingNumber);
    const auto id = ShipmentRepository(*db).insert(s);
    QVERIFY(id);
    QList<TrackingEvent> events;
    for (const ParsedEvent &e : parsed.shipments.first().events)
        events.append(toTrackingEvent(e, *id));
    {
        StoreWriter writer(*db);
        writer.submit(events);
        QVERIFY(writer.waitForIdle(10000));
    }

    const auto stored = TrackingEventRepository(*db).forShipment(*id);
    QCOMPARE(stored.size(), 3); // the repeated event once
    QCOMPARE(stored.first().carrierCode, u"transit"_s);
    QCOMPARE(stored.first().utcOffsetMinutes, std::optional<int>(60));
    QVERIFY(stored.first().offsetAssumed);
    QCOMPARE(stored.first().mapVersion, StatusMap::forCarrier(u"dhl"_s).version());
    QVERIFY(stored[1].unmapped);
    QCOMPARE(stored[1].carrierCode, u"zz-new"_s);
    QCOMPARE(stored.last().location, u"10115 Berlin, DE"_s);
    QCOMPARE(stored.last().carrierText, u"Die Sendung wurde zugestellt."_s);
    const auto shipment = ShipmentRepository(*db).find(*id);
    QCOMPARE(shipment->status.tag(), StatusTag::Delivered);
    QCOMPARE(shipment->deliveredAtMs, std::optional<qint64>(stored.last().occurredAtMs));
    db->releaseConnection();
}

QTEST_GUILESS_MAIN(TestTrackingUpdate)
#include "tst_trackingupdate.moc"
