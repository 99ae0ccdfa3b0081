#include "carriers/auspostadapter.h"
#include "carriers/statusmap.h"
#include "carriertestsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <functional>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;
using namespace ParcelDesk::CarrierTestSupport;

namespace {

QByteArray payload(const QString &source)
{
    return CarrierTestSupport::payload(source, u"australiapost", u"auspost");
}

// The quoted or back-quoted texts of the README paragraph that starts with `from`.
QStringList readmeValues(
    const QString &readme, const QString &from, const QString &to, const QRegularExpression &quoted)
{
    const qsizetype start = readme.indexOf(from);
    const qsizetype end = readme.indexOf(to, start);
    if (start < 0 || end < 0)
        return {};
    QStringList values;
    auto it = quoted.globalMatch(readme.mid(start, end - start));
    while (it.hasNext())
        values.append(it.next().captured(1));
    return values;
}

const QString secretPassword = u"pw-S3CRET-a9f1"_s;

} // namespace

class TestAuspostAdapter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shipments_data();
    void shipments();
    void errors_data();
    void errors();
    void placesAndOffsets_data();
    void placesAndOffsets();
    void duplicatesAreKept();
    void hostileBodies_data();
    void hostileBodies();
    void wrongTypesEverywhere();
    void requests();
    void secretsStayOut();
    void statusMapCoversTheDocumentedStatuses();
    void documentedEventTextsAreMapped();
    void textRulesInOrder_data();
    void textRulesInOrder();
    void recognizes_data();
    void recognizes();
    void describesItself();

private:
    AuspostAdapter m_adapter;
};

void TestAuspostAdapter::shipments_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("shipmentCount");
    QTest::addColumn<int>("errorCount");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("statusUnmapped");
    QTest::addColumn<int>("eventCount");
    QTest::addColumn<QString>("firstText");
    QTest::addColumn<QString>("firstUtc");
    QTest::addColumn<QString>("lastText");
    QTest::addColumn<QString>("lastUtc");
    QTest::addColumn<QString>("delivered");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QString>("pickupPoint");
    QTest::addColumn<QString>("route"); // origin>destination
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("flags");

    const QString three = u"shared:track-items-three-results.json"_s;
    const QString mixed = u"shared:track-items-with-invalid-id-and-consignment.json"_s;
    const QString received = u"Shipping information received by Australia Post"_s;
    const QString approved = u"Shipping information approved by Australia Post"_s;
    // A consignment's only article, status "Unknown": the events decide. Brisbane scans are
    // written in Sydney time (+11:00) and read as Brisbane's +10:00.
    QTest::newRow("consignment, in transit abroad")
        << three << 0 << 3 << 0 << u"ET123456789AU"_s << u"ET123456789AU"_s
        << u"InTransit/DepartureScan"_s << false << 8 << received << u"2021-01-26T13:22:43.000Z"_s
        << u"Processed by air carrier"_s << u"2021-02-02T21:08:00.000Z"_s << QString() << 0
        << QString() << u"AU>"_s << u"International Express"_s << u"offset_assumed"_s;
    QTest::newRow("inbound from the US, left in a safe place")
        << three << 1 << 3 << 0 << u"LX123456789US"_s << u"LX123456789US"_s
        << u"Delivered/Delivered"_s << false << 9 << u"Received item from Sender (Outbound)"_s
        << u"2021-01-05T21:27:00.000Z"_s << u"Delivered - Left in a safe place"_s
        << u"2021-01-21T00:04:27.000Z"_s << u"2021-01-21T00:04:27.000Z"_s << 0 << QString()
        << u"US>AU"_s << u"International"_s << u"offset_assumed"_s;
    QTest::newRow("outbound to New Zealand, Transit Scan is no place")
        << three << 2 << 3 << 0 << u"00123456789000123400"_s << u"00123456789000123400"_s
        << u"Delivered/Delivered"_s << false << 10 << received << u"2021-01-27T02:31:07.000Z"_s
        << u"Delivered"_s << u"2021-02-01T20:38:56.000Z"_s << u"2021-02-01T20:38:56.000Z"_s << 0
        << QString() << u">NZ"_s << u"International"_s << u"offset_assumed"_s;
    QTest::newRow("documentation sample, eParcel with duplicate scans")
        << mixed << 0 << 2 << 1 << u"7XX1000634011427"_s << u"7XX1000634011427"_s
        << u"Delivered/Delivered"_s << false << 7 << approved << u"2014-05-23T04:27:15.000Z"_s
        << u"Delivered"_s << u"2014-05-30T04:43:09.000Z"_s << u"2014-05-30T04:43:09.000Z"_s << 0
        << QString() << u">AU"_s << u"eParcel"_s << u"offset_assumed"_s;
    QTest::newRow("documentation sample, consignment")
        << mixed << 1 << 2 << 1 << u"ET123456789AU"_s << u"ET123456789AU"_s
        << u"InTransit/DepartureScan"_s << false << 8 << received << u"2021-01-26T13:22:43.000Z"_s
        << u"Processed by air carrier"_s << u"2021-02-02T21:08:00.000Z"_s << QString() << 0
        << QString() << u"AU>"_s << u"International Express"_s << u"offset_assumed"_s;

    const QString n = u"33LPX0000101"_s;
    const QString pp = u"Parcel Post"_s;
    QTest::newRow("label created")
        << u"own:label-created.json"_s << 0 << 1 << 0 << n << n << u"InfoReceived/LabelCreated"_s
        << false << 2 << received << u"2026-03-08T22:12:05.000Z"_s << approved
        << u"2026-03-08T22:14:22.000Z"_s << QString() << 0 << QString() << u">"_s << pp
        << QString();
    QTest::newRow("in transit") << u"own:in-transit.json"_s << 0 << 1 << 0 << n << n
                                << u"InTransit/InTransit"_s << false << 5 << received
                                << u"2026-03-08T22:12:05.000Z"_s
                                << u"In transit to next facility in MELBOURNE VIC"_s
                                << u"2026-03-09T19:02:44.000Z"_s << QString() << 0 << QString()
                                << u"AU>"_s << pp << QString();
    QTest::newRow("out for delivery")
        << u"own:out-for-delivery.json"_s << 0 << 1 << 0 << n << n
        << u"OutForDelivery/OutForDelivery"_s << false << 7 << received
        << u"2026-03-08T22:12:05.000Z"_s << u"Onboard for delivery"_s
        << u"2026-03-10T20:55:00.000Z"_s << QString() << 0 << QString() << u"AU>AU"_s << pp
        << QString();
    QTest::newRow("failed attempt")
        << u"own:failed-attempt.json"_s << 0 << 1 << 0 << n << n << u"AttemptFail/FailedAttempt"_s
        << false << 8 << received << u"2026-03-08T22:12:05.000Z"_s << u"Unsuccessful Delivery"_s
        << u"2026-03-11T02:20:41.000Z"_s << QString() << 1 << QString() << u"AU>AU"_s << pp
        << QString();
    // Perth is +08:00 while the carrier writes +11:00.
    QTest::newRow("awaiting collection in Perth")
        << u"own:pickup-point.json"_s << 0 << 1 << 0 << u"33LPX0000202"_s << u"33LPX0000202"_s
        << u"AvailableForPickup/AvailableForPickup"_s << false << 4
        << u"Received by Australia Post"_s << u"2026-03-10T06:44:00.000Z"_s
        << u"Awaiting collection"_s << u"2026-03-12T01:30:00.000Z"_s << QString() << 1
        << u"PERTH WA 6000"_s << u"AU>AU"_s << pp << u"offset_assumed"_s;
    QTest::newRow("delivered, left in a safe place")
        << u"own:delivered-safe-place.json"_s << 0 << 1 << 0 << n << n << u"Delivered/Delivered"_s
        << false << 8 << received << u"2026-03-08T22:12:05.000Z"_s
        << u"Delivered - Left in a safe place"_s << u"2026-03-11T01:06:19.000Z"_s
        << u"2026-03-11T01:06:19.000Z"_s << 0 << QString() << u"AU>AU"_s << pp << QString();
    // One consignment number, two articles: two shipments; the status lives on the result.
    QTest::newRow("consignment delivered in full, article 1")
        << u"own:delivered-consignment.json"_s << 0 << 2 << 0 << u"2JD000000301"_s
        << u"2JD00000030100001"_s << u"Delivered/Delivered"_s << false << 3
        << u"Received by Australia Post"_s << u"2026-03-11T08:01:00.000Z"_s
        << u"Delivered in Full"_s << u"2026-03-11T23:41:00.000Z"_s << u"2026-03-11T23:41:00.000Z"_s
        << 0 << QString() << u"AU>AU"_s << u"StarTrack Premium"_s << u"offset_assumed"_s;
    QTest::newRow("consignment delivered in full, article 2")
        << u"own:delivered-consignment.json"_s << 1 << 2 << 0 << u"2JD000000301"_s
        << u"2JD00000030100002"_s << u"Delivered/Delivered"_s << false << 3
        << u"Received by Australia Post"_s << u"2026-03-11T08:02:00.000Z"_s
        << u"Delivered in Full"_s << u"2026-03-11T23:42:00.000Z"_s << u"2026-03-11T23:42:00.000Z"_s
        << 0 << QString() << u"AU>AU"_s << u"StarTrack Premium"_s << u"offset_assumed"_s;
    QTest::newRow("article damaged")
        << u"own:exception-damaged.json"_s << 0 << 1 << 0 << n << n << u"Exception/Damaged"_s
        << false << 4 << received << u"2026-03-08T22:12:05.000Z"_s << u"Article damaged"_s
        << u"2026-03-10T00:05:00.000Z"_s << QString() << 0 << QString() << u"AU>"_s << pp
        << QString();
    QTest::newRow("possible delay")
        << u"own:exception-possible-delay.json"_s << 0 << 1 << 0 << n << n
        << u"Exception/ExternalDelay"_s << false << 4 << received << u"2026-03-08T22:12:05.000Z"_s
        << u"Possible delay"_s << u"2026-03-10T07:25:00.000Z"_s << QString() << 0 << QString()
        << u"AU>"_s << pp << QString();
    QTest::newRow("cannot be delivered")
        << u"own:exception-cannot-be-delivered.json"_s << 0 << 1 << 0 << n << n
        << u"Exception/Exception"_s << false << 8 << received << u"2026-03-08T22:12:05.000Z"_s
        << u"Cannot be delivered"_s << u"2026-03-11T03:02:00.000Z"_s << QString() << 0 << QString()
        << u"AU>AU"_s << pp << QString();
    // No return text is documented: kept verbatim, flagged, and not guessed.
    QTest::newRow("return to sender stays unmapped")
        << u"own:return-to-sender.json"_s << 0 << 1 << 0 << n << n << u"AttemptFail/FailedAttempt"_s
        << true << 9 << received << u"2026-03-08T22:12:05.000Z"_s << u"Returned to sender"_s
        << u"2026-03-15T22:00:00.000Z"_s << QString() << 1 << QString() << u"AU>AU"_s << pp
        << u"unmapped_codes"_s;
    QTest::newRow("found next to not found")
        << u"own:mixed-found-notfound.json"_s << 0 << 1 << 1 << n << n << u"InTransit/InTransit"_s
        << false << 5 << received << u"2026-03-08T22:12:05.000Z"_s
        << u"In transit to next facility in MELBOURNE VIC"_s << u"2026-03-09T19:02:44.000Z"_s
        << QString() << 0 << QString() << u"AU>"_s << pp << QString();
    QTest::newRow("wrong types in some fields")
        << u"own:malformed-wrong-types.json"_s << 0 << 1 << 4 << n << n << u"InTransit/InTransit"_s
        << false << 2 << received << u"2026-03-08T22:12:05.000Z"_s
        << u"In transit to next facility in MELBOURNE VIC"_s << u"2026-03-09T19:02:44.000Z"_s
        << QString() << 0 << QString() << u">"_s << pp << QString();
}

void TestAuspostAdapter::shipments()
{
    QFETCH(QString, source);
    QFETCH(int, index);
    if (isShared(source))
        PARCELDESK_REQUIRE_SHARED_SAMPLES();
    const QByteArray body = payload(source);
    QVERIFY2(!body.isEmpty(), qPrintable(source));
    const ParseResult r = m_adapter.parse(response(body));

    QTEST(int(r.shipments.size()), "shipmentCount");
    QTEST(int(r.errors.size()), "errorCount");
    QVERIFY(index < r.shipments.size());
    const ParsedShipment &s = r.shipments.at(index);
    QCOMPARE(s.carrier, u"auspost"_s);
    QTEST(s.trackingNumber, "number");
    QTEST(s.shipmentKey, "key");
    QTEST(s.status.toString(), "status");
    QTEST(s.statusUnmapped, "statusUnmapped");
    QTEST(int(s.events.size()), "eventCount");
    QTEST(s.events.constFirst().description, "firstText");
    QTEST(utcWithMs(s.events.constFirst().occurredAtMs), "firstUtc");
    QTEST(s.events.constLast().description, "lastText");
    QTEST(utcWithMs(s.events.constLast().occurredAtMs), "lastUtc");
    QTEST(utcWithMs(s.deliveredAtMs), "delivered");
    QTEST(s.attempts, "attempts");
    QTEST(s.pickupPoint, "pickupPoint");
    QTEST(QString(s.originCountry + u'>' + s.destinationCountry), "route");
    QTEST(s.service, "service");
    QTEST(s.flags.join(u','), "flags");
    // Australia Post gives no ETA, proof of delivery, signature or weight.
    QVERIFY(!s.eta.fromMs && !s.eta.toMs);
    QVERIFY(!s.proofOfDelivery);
    QVERIFY(s.signedBy.isEmpty());
    QVERIFY(!s.weightKg);
    QVERIFY(!s.returnToSender);

    for (qsizetype i = 1; i < s.events.size(); ++i)
        QVERIFY(s.events.at(i - 1).occurredAtMs <= s.events.at(i).occurredAtMs);
    for (const ParsedEvent &e : s.events) {
        QVERIFY(e.code.isEmpty()); // Australia Post sends no event codes
        QCOMPARE(e.mapVersion, u"2026-11-22.1"_s);
        if (e.unmapped)
            QCOMPARE(e.status, Status());
    }
}

void TestAuspostAdapter::errors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("retryAfterHeader");
    QTest::addColumn<int>("shipmentCount");
    QTest::addColumn<int>("errorCount");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("retryAfter"); // -1: none
    QTest::addColumn<QString>("mentions");

    const QByteArray none;
    QTest::newRow("ESB-10001 inside HTTP 200")
        << u"shared:error-ESB-10001-invalid-tracking-id-http200.json"_s << 200 << none << 0 << 1
        << 0 << u"not_found"_s << u"7XX1000"_s << u"ESB-10001"_s << -1 << u"Invalid tracking ID"_s;
    QTest::newRow("ESB-10001 next to found")
        << u"shared:track-items-with-invalid-id-and-consignment.json"_s << 200 << none << 2 << 1
        << 0 << u"not_found"_s << u"7XX1000"_s << u"ESB-10001"_s << -1 << u"Invalid tracking ID"_s;
    QTest::newRow("51101 too many ids")
        << u"shared:error-51101-too-many-tracking-ids.json"_s << 400 << none << 0 << 1 << 0
        << u"invalid_number"_s << QString() << u"51101"_s << -1 << u"10 or less"_s;
    const QString composite = u"shared:error-shapes-composite-karrio.json"_s;
    QTest::newRow("composite: too many requests")
        << composite << 400 << none << 0 << 5 << 0 << u"rate_limited"_s << QString() << u"API_002"_s
        << -1 << u"Too many requests"_s;
    QTest::newRow("composite: customer not found")
        << composite << 400 << none << 0 << 5 << 1 << u"unauthorized"_s << QString() << u"41001"_s
        << -1 << u"customer identifier"_s;
    QTest::newRow("composite: unprocessable")
        << composite << 400 << none << 0 << 5 << 2 << u"invalid_number"_s << QString()
        << u"unprocessable_entity"_s << -1 << u"data you supplied is invalid"_s;
    QTest::newRow("composite: invalid tracking id")
        << composite << 400 << none << 0 << 5 << 3 << u"not_found"_s << QString() << u"ESB-10001"_s
        << -1 << u"Invalid tracking ID"_s;

    QTest::newRow("own: not found next to found")
        << u"own:mixed-found-notfound.json"_s << 200 << none << 1 << 1 << 0 << u"not_found"_s
        << u"33LPX9999999"_s << u"ESB-10001"_s << -1 << QString();
    QTest::newRow("own: 422 unprocessable")
        << u"own:error-422-unprocessable.json"_s << 422 << none << 0 << 1 << 0
        << u"invalid_number"_s << QString() << u"unprocessable_entity"_s << -1 << u"invalid"_s;
    QTest::newRow("own: 401 customer not found")
        << u"own:error-401-customer-not-found.json"_s << 401 << none << 0 << 1 << 0
        << u"unauthorized"_s << QString() << u"41001"_s << -1 << u"could not be found"_s;
    QTest::newRow("own: 429 with Retry-After")
        << u"own:error-429-too-many-requests.json"_s << 429 << QByteArray("30") << 0 << 1 << 0
        << u"rate_limited"_s << QString() << u"API_002"_s << 30 << u"Too many requests"_s;
    QTest::newRow("own: 429 without Retry-After")
        << u"own:error-429-too-many-requests.json"_s << 429 << none << 0 << 1 << 0
        << u"rate_limited"_s << QString() << u"API_002"_s << -1 << QString();
    QTest::newRow("own: 503 gateway page")
        << u"own:error-503-gateway.html"_s << 503 << none << 0 << 1 << 0 << u"server_error"_s
        << QString() << QString() << -1 << u"503"_s;
    QTest::newRow("500 without body")
        << u"inline:"_s << 500 << none << 0 << 1 << 0 << u"server_error"_s << QString() << QString()
        << -1 << u"500"_s;
    const QString bad = u"own:malformed-wrong-types.json"_s;
    const QString item = u"tracking_results[0].trackable_items[0]."_s;
    QTest::newRow("location an object")
        << bad << 200 << none << 1 << 4 << 0 << u"malformed"_s << u"33LPX0000101"_s << QString()
        << -1 << item + u"events[0].location should be a text"_s;
    QTest::newRow("unreadable time")
        << bad << 200 << none << 1 << 4 << 1 << u"malformed"_s << u"33LPX0000101"_s << QString()
        << -1 << item + u"events[1].date is not a time: \"10/03/2026 6:02 AM\""_s;
    QTest::newRow("event a list") << bad << 200 << none << 1 << 4 << 2 << u"malformed"_s
                                  << u"33LPX0000101"_s << QString() << -1
                                  << item + u"events[2] should be an object"_s;
    QTest::newRow("items an object")
        << bad << 200 << none << 1 << 4 << 3 << u"malformed"_s << u"33"_s << QString() << -1
        << u"tracking_results[1].trackable_items should be a list"_s;
    QTest::newRow("neither results nor errors")
        << u"inline:{\"status\":\"ok\"}"_s << 200 << none << 0 << 1 << 0 << u"malformed"_s
        << QString() << QString() << -1 << u"neither tracking_results nor errors"_s;
    QTest::newRow("no results") << u"inline:{\"tracking_results\":[]}"_s << 200 << none << 0 << 1
                                << 0 << u"malformed"_s << QString() << QString() << -1
                                << u"tracking_results is missing or empty"_s;
    QTest::newRow("a result that says nothing")
        << u"inline:{\"tracking_results\":[{\"tracking_id\":\"33LPX0000303\"}]}"_s << 200 << none
        << 0 << 1 << 0 << u"not_found"_s << u"33LPX0000303"_s << QString() << -1
        << u"no tracking data"_s;
}

void TestAuspostAdapter::errors()
{
    QFETCH(QString, source);
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, retryAfterHeader);
    QFETCH(int, index);
    QFETCH(int, retryAfter);
    QFETCH(QString, mentions);
    if (isShared(source))
        PARCELDESK_REQUIRE_SHARED_SAMPLES();
    HttpHeaders headers;
    if (!retryAfterHeader.isEmpty())
        headers.append({"retry-after", retryAfterHeader});
    const ParseResult r = m_adapter.parse(response(payload(source), httpStatus, headers));

    QTEST(int(r.shipments.size()), "shipmentCount");
    QTEST(int(r.errors.size()), "errorCount");
    const CarrierError &e = r.errors.at(index);
    QTEST(carrierErrorKindName(e.kind), "kind");
    QTEST(e.trackingNumber, "number");
    QTEST(e.code, "code");
    QCOMPARE(e.retryAfterSeconds, retryAfter < 0 ? std::nullopt : std::optional<int>(retryAfter));
    QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
}

void TestAuspostAdapter::placesAndOffsets_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("shipment");
    QTest::addColumn<int>("event");
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("postcode");
    QTest::addColumn<QString>("country");
    QTest::addColumn<int>("offset"); // minutes; -9999: unknown
    QTest::addColumn<bool>("assumed");

    const QString three = u"shared:track-items-three-results.json"_s;
    // "US-60199, UNITED STATES" at +11:00: the instant stands, the offset is New York's.
    QTest::newRow("US code, postcode, name")
        << three << 1 << 0 << QString() << u"60199"_s << u"US"_s << -300 << true;
    QTest::newRow("city (US)") << three << 1 << 1 << u"CHICAGO"_s << QString() << u"US"_s << -300
                               << true;
    QTest::newRow("city (AU)") << three << 1 << 2 << u"SYDNEY"_s << QString() << u"AU"_s << 660
                               << false;
    QTest::newRow("no location") << three << 1 << 4 << QString() << QString() << QString() << 660
                                 << false;
    QTest::newRow("Victoria keeps eastern time")
        << three << 1 << 8 << u"KEW"_s << QString() << u"AU"_s << 660 << false;
    QTest::newRow("Queensland has no summer time")
        << three << 0 << 3 << u"BRISBANE"_s << QString() << u"AU"_s << 600 << true;
    QTest::newRow("Transit Scan is no place")
        << three << 2 << 2 << QString() << QString() << QString() << 660 << false;
    QTest::newRow("a country code alone")
        << three << 2 << 6 << QString() << QString() << u"NZ"_s << 780 << true;
    QTest::newRow("escaped slash")
        << u"shared:track-items-with-invalid-id-and-consignment.json"_s << 0 << 1
        << u"JOHN F. KENNEDY APT/NEW YORK"_s << QString() << u"US"_s << -240 << true;
    QTest::newRow("state and postcode") << u"own:pickup-point.json"_s << 0 << 3 << u"PERTH"_s
                                        << u"6000"_s << u"AU"_s << 480 << true;
}

void TestAuspostAdapter::placesAndOffsets()
{
    QFETCH(QString, source);
    QFETCH(int, shipment);
    QFETCH(int, event);
    QFETCH(int, offset);
    if (isShared(source))
        PARCELDESK_REQUIRE_SHARED_SAMPLES();
    const ParseResult r = m_adapter.parse(response(payload(source)));
    QVERIFY(shipment < r.shipments.size());
    QVERIFY(event < r.shipments.at(shipment).events.size());
    const ParsedEvent &e = r.shipments.at(shipment).events.at(event);
    QTEST(e.city, "city");
    QTEST(e.postcode, "postcode");
    QTEST(e.country, "country");
    QCOMPARE(e.utcOffsetMinutes, offset == -9999 ? std::nullopt : std::optional<int>(offset));
    QTEST(e.offsetAssumed, "assumed");
}

void TestAuspostAdapter::duplicatesAreKept()
{
    PARCELDESK_REQUIRE_SHARED_SAMPLES();
    const ParseResult r = m_adapter.parse(
        response(payload(u"shared:track-items-with-invalid-id-and-consignment.json"_s)));
    QCOMPARE(r.shipments.size(), 2);
    const QList<ParsedEvent> &events = r.shipments.constFirst().events;
    QCOMPARE(events.at(1).description, u"Departed facility"_s);
    QCOMPARE(events.at(2).description, u"Departed facility"_s);
    QCOMPARE(events.at(1).occurredAtMs, events.at(2).occurredAtMs);
    QCOMPARE(utcWithMs(events.at(1).occurredAtMs), u"2014-05-25T19:00:00.000Z"_s);
    // The extra consignment block repeats the article's last two events; it adds nothing.
    QCOMPARE(events.size(), 7);
}

void TestAuspostAdapter::hostileBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");

    const QByteArray valid = readFile(fixturesDir() + u"/auspost/out-for-delivery.json"_s);
    QVERIFY(!valid.isEmpty());
    QTest::newRow("truncated") << valid.left(valid.size() / 2) << u"JSON"_s;
    QByteArray huge = R"({"tracking_results":[{"tracking_id":")";
    huge.append(QByteArray(qsizetype(50) * 1024 * 1024, 'A'));
    huge.append(R"("}]})");
    QTest::newRow("50 MB") << huge << u"bytes"_s;
    QTest::newRow("arrays 10 000 deep")
        << QByteArray(10000, '[') + QByteArray(10000, ']') << u"JSON"_s;
    QByteArray objects;
    for (int i = 0; i < 10000; ++i)
        objects.append(R"({"tracking_results":)");
    objects.append("1");
    objects.append(QByteArray(10000, '}'));
    QTest::newRow("objects 10 000 deep") << objects << u"JSON"_s;
    QTest::newRow("invalid UTF-8")
        << QByteArray("{\"tracking_results\":[{\"tracking_id\":\"\xff\xfe\xc3\"}]}") << u"JSON"_s;
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("a list") << QByteArray(R"([{"tracking_id":"x"}])") << u"object"_s;
}

void TestAuspostAdapter::hostileBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const ParseResult r = m_adapter.parse(response(body));
    QCOMPARE(r.shipments.size(), 0);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.constFirst().kind, CarrierErrorKind::Malformed);
    QVERIFY2(r.errors.constFirst().message.contains(mentions, Qt::CaseInsensitive),
        qPrintable(r.errors.constFirst().message));
}

// Every value of a real-shaped answer replaced, one at a time, by each JSON type: the parser
// neither crashes nor goes quiet.
void TestAuspostAdapter::wrongTypesEverywhere()
{
    const QJsonObject original = QJsonDocument::fromJson(
        readFile(fixturesDir() + u"/auspost/delivered-consignment.json"_s))
                                     .object();
    QVERIFY(!original.isEmpty());
    const QList<QJsonValue> replacements
        = {QJsonValue(42), QJsonValue(u"x"_s), QJsonValue(true), QJsonValue(QJsonValue::Null),
            QJsonValue(QJsonArray {1, u"y"_s}), QJsonValue(QJsonObject {{u"k"_s, 1}})};
    int variants = 0;
    int reported = 0;
    std::function<QJsonValue(
        const QJsonValue &, const QStringList &, qsizetype, const QJsonValue &)>
        replaced = [&](const QJsonValue &v, const QStringList &path, qsizetype depth,
                       const QJsonValue &with) -> QJsonValue {
        if (depth == path.size())
            return with;
        const QString &step = path.at(depth);
        if (v.isArray()) {
            QJsonArray a = v.toArray();
            const int i = step.toInt();
            a.replace(i, replaced(a.at(i), path, depth + 1, with));
            return a;
        }
        QJsonObject o = v.toObject();
        o.insert(step, replaced(o.value(step), path, depth + 1, with));
        return o;
    };
    std::function<void(const QJsonValue &, const QStringList &)> visit
        = [&](const QJsonValue &v, const QStringList &path) {
              if (!path.isEmpty()) {
                  for (const QJsonValue &with : replacements) {
                      if (with.type() == v.type())
                          continue;
                      const QJsonDocument doc(replaced(original, path, 0, with).toObject());
                      const ParseResult r = m_adapter.parse(response(doc.toJson()));
                      QVERIFY2(!r.shipments.isEmpty() || !r.errors.isEmpty(),
                          qPrintable(path.join(u'.')));
                      ++variants;
                      if (!r.errors.isEmpty())
                          ++reported;
                  }
              }
              if (v.isObject()) {
                  const QJsonObject o = v.toObject();
                  for (auto it = o.begin(); it != o.end(); ++it)
                      visit(it.value(), path + QStringList {it.key()});
              } else if (v.isArray()) {
                  const QJsonArray a = v.toArray();
                  for (qsizetype i = 0; i < a.size(); ++i)
                      visit(a.at(i), path + QStringList {QString::number(i)});
              }
          };
    visit(original, {});
    QVERIFY(variants > 150);
    QVERIFY(reported > variants / 2); // almost every field is read
    qInfo("%d variants, %d reported as malformed", variants, reported);
}

void TestAuspostAdapter::requests()
{
    CarrierCredentials credentials;
    credentials.username = u"api-key-1"_s;
    credentials.password = u"pass word"_s;
    credentials.accountNumber = u"0000123456"_s;
    QStringList numbers;
    for (int i = 0; i < 23; ++i)
        numbers.append(u"33LPX%1"_s.arg(i, 7, 10, QChar(u'0')));
    numbers.append(u" 33LPX0000000"_s); // a repeat
    numbers.append(QString());
    const QList<CarrierRequest> calls
        = m_adapter.buildRequests(numbers, m_adapter.defaultBaseUrl(), credentials, QString());
    QCOMPARE(calls.size(), 3);
    QCOMPARE(calls.at(0).trackingNumbers, numbers.mid(0, 10));
    QCOMPARE(calls.at(1).trackingNumbers, numbers.mid(10, 10));
    QCOMPARE(calls.at(2).trackingNumbers, numbers.mid(20, 3));
    const QByteArray basic = "Basic " + QByteArray("api-key-1:pass word").toBase64();
    for (const CarrierRequest &c : calls) {
        QCOMPARE(c.method, QByteArray("GET"));
        QVERIFY(c.body.isEmpty());
        QCOMPARE(c.url.toString(QUrl::FullyEncoded),
            u"https://digitalapi.auspost.com.au/shipping/v1/track?tracking_ids="_s
                + c.trackingNumbers.join(u','));
        QVERIFY(c.headers.contains({"Authorization", basic}));
        QVERIFY(c.headers.contains({"Account-Number", "0000123456"}));
        QVERIFY(c.headers.contains({"Accept", "application/json"}));
    }

    const auto test = m_adapter.buildRequests({u"7XX1000"_s, u"AB&C=D#E"_s},
        QUrl(u"https://digitalapi.auspost.com.au/test/"_s), credentials, QString());
    QCOMPARE(test.size(), 1);
    QCOMPARE(test.constFirst().url.path(), u"/test/shipping/v1/track"_s);
    // An id never breaks out of its query value.
    const QUrlQuery query(test.constFirst().url);
    QCOMPARE(query.queryItemValue(u"tracking_ids"_s, QUrl::FullyDecoded), u"7XX1000,AB&C=D#E"_s);
    QCOMPARE(query.queryItems().size(), 1);
    QVERIFY(test.constFirst().url.fragment().isEmpty());
    QVERIFY(m_adapter.buildRequests({}, QUrl(), credentials, QString()).isEmpty());
}

void TestAuspostAdapter::secretsStayOut()
{
    CarrierCredentials credentials;
    credentials.username = u"api-key-1"_s;
    credentials.password = secretPassword;
    credentials.accountNumber = u"0000123456"_s;
    for (const CarrierRequest &c :
        m_adapter.buildRequests({u"1"_s, u"2"_s}, QUrl(), credentials, QString())) {
        QVERIFY(!c.url.toString().contains(secretPassword));
        QVERIFY(!c.body.contains(secretPassword.toUtf8()));
    }
    const QByteArray echo = "{\"errors\":[{\"code\":\"41001\",\"name\":\"CUSTOMER_NOT_FOUND\"}],"
                            "\"request\":{\"password\":\""
        + secretPassword.toUtf8() + "\"}}";
    for (int status : {200, 400, 401, 403, 429, 500}) {
        for (const QByteArray &body : {echo, QByteArray("not json"), QByteArray()}) {
            for (const CarrierError &e : m_adapter.parse(response(body, status)).errors) {
                QVERIFY(!e.message.contains(secretPassword));
                QVERIFY(!e.code.contains(secretPassword));
            }
        }
    }
}

// Australia Post has no codes; its item statuses are the map's codes. They are exactly the
// values the carrier README documents (seen, and recognised by karrio).
void TestAuspostAdapter::statusMapCoversTheDocumentedStatuses()
{
    const StatusMap &map = StatusMap::forCarrier(u"auspost"_s);
    QCOMPARE(map.carrier(), u"auspost"_s);
    QCOMPARE(map.version(), u"2026-11-22.1"_s);
    const QStringList codes = map.codes();
    for (const QString &code : codes) {
        const auto m = map.map(code);
        QVERIFY2(m, qPrintable(code));
        QCOMPARE(Status::fromString(m->status.toString()), std::optional<Status>(m->status));
    }
    QVERIFY(!map.map(u"Unknown"_s));
    QVERIFY(map.knowinglyUnmapped().contains(u"Unknown"_s));

    PARCELDESK_REQUIRE_SHARED_SAMPLES();
    const QString readme
        = QString::fromUtf8(readFile(sharedSamplesDir() + u"/australiapost/README.md"_s));
    const QStringList values = readmeValues(
        readme, u"Values seen:"_s, u"Event texts seen"_s, QRegularExpression(u"`([^`]+)`"_s));
    QVERIFY(values.size() >= 14);
    const QSet<QString> documented(values.cbegin(), values.cend());
    QSet<QString> known(codes.cbegin(), codes.cend());
    for (auto it = map.knowinglyUnmapped().cbegin(); it != map.knowinglyUnmapped().cend(); ++it)
        known.insert(it.key());
    QCOMPARE(known, documented);
}

// Every event text the README and the real payloads show has a status.
void TestAuspostAdapter::documentedEventTextsAreMapped()
{
    PARCELDESK_REQUIRE_SHARED_SAMPLES();
    const StatusMap &map = StatusMap::forCarrier(u"auspost"_s);
    const QString dir = sharedSamplesDir() + u"/australiapost/"_s;
    const QString readme = QString::fromUtf8(readFile(dir + u"README.md"_s));
    QStringList texts = readmeValues(
        readme, u"Event texts seen:"_s, u"## Field map"_s, QRegularExpression(u"\"([^\"]+)\""_s));
    QVERIFY(texts.size() >= 13);
    for (QString &t : texts)
        t = t.remove(u'…').trimmed();
    for (const QString &file : {u"track-items-three-results.json"_s,
             u"track-items-with-invalid-id-and-consignment.json"_s}) {
        const ParseResult r = m_adapter.parse(response(readFile(dir + file)));
        QVERIFY(!r.shipments.isEmpty());
        for (const ParsedShipment &s : r.shipments) {
            QVERIFY(!s.statusUnmapped);
            for (const ParsedEvent &e : s.events)
                texts.append(e.description);
        }
    }
    for (const QString &t : std::as_const(texts))
        QVERIFY2(map.map(QStringView(), t), qPrintable(t));
}

void TestAuspostAdapter::textRulesInOrder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("status");
    QTest::newRow("shipping information received")
        << u"Shipping information received by Australia Post"_s << u"InfoReceived/LabelCreated"_s;
    QTest::newRow("received") << u"Received by Australia Post"_s << u"InTransit/AcceptanceScan"_s;
    QTest::newRow("cannot be delivered") << u"Cannot be delivered"_s << u"Exception/Exception"_s;
    QTest::newRow("to be re-delivered")
        << u"To be Re-Delivered"_s << u"AttemptFail/FailedAttempt"_s;
    QTest::newRow("delivered, safe place")
        << u"Delivered - Left in a safe place"_s << u"Delivered/Delivered"_s;
    QTest::newRow("for delivery today")
        << u"With Australia Post for delivery today"_s << u"OutForDelivery/OutForDelivery"_s;
    QTest::newRow("arrived in destination country")
        << u"Arrived at facility in destination country"_s
        << u"InTransit/ArrivedInDestinationCountry"_s;
    QTest::newRow("arrived at facility") << u"Arrived at facility"_s << u"InTransit/ArrivalScan"_s;
    QTest::newRow("in customs") << u"Item is in Customs"_s << u"InTransit/CustomsClearance"_s;
    QTest::newRow("cleared") << u"Item cleared by Customs"_s << u"InTransit/CustomsCleared"_s;
    QTest::newRow("undocumented text") << u"Returned to sender"_s << QString();
}

void TestAuspostAdapter::textRulesInOrder()
{
    QFETCH(QString, text);
    QFETCH(QString, status);
    const auto m = StatusMap::forCarrier(u"auspost"_s).map(QStringView(), text);
    QCOMPARE(m ? m->status.toString() : QString(), status);
}

void TestAuspostAdapter::recognizes_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("atLeast");
    QTest::addColumn<int>("atMost");
    QTest::newRow("three results") << u"shared:track-items-three-results.json"_s << 90 << 100;
    QTest::newRow("invalid id") << u"shared:error-ESB-10001-invalid-tracking-id-http200.json"_s
                                << 90 << 100;
    QTest::newRow("too many ids") << u"shared:error-51101-too-many-tracking-ids.json"_s << 60 << 89;
    QTest::newRow("own consignment") << u"own:delivered-consignment.json"_s << 90 << 100;
    QTest::newRow("FedEx answer") << u"inline:{\"output\":{\"completeTrackResults\":[]}}"_s << 0
                                  << 0;
    QTest::newRow("empty object") << u"inline:{}"_s << 0 << 0;
}

void TestAuspostAdapter::recognizes()
{
    QFETCH(QString, source);
    QFETCH(int, atLeast);
    QFETCH(int, atMost);
    if (isShared(source))
        PARCELDESK_REQUIRE_SHARED_SAMPLES();
    const int score = m_adapter.recognizes(payload(source));
    QVERIFY2(score >= atLeast && score <= atMost, qPrintable(QString::number(score)));
}

void TestAuspostAdapter::describesItself()
{
    QCOMPARE(m_adapter.id(), u"auspost"_s);
    QCOMPARE(m_adapter.displayName(), u"Australia Post"_s);
    QCOMPARE(m_adapter.defaultBaseUrl(), QUrl(u"https://digitalapi.auspost.com.au"_s));
    QCOMPARE(m_adapter.authScheme(), AuthScheme::HttpBasic);
    const CarrierLimits limits = m_adapter.limits();
    QCOMPARE(limits.maxNumbersPerRequest, 10);
    QCOMPARE(limits.requestsPerSecond, 1.0);
    QCOMPARE(limits.dailyQuota, 0);
    QVERIFY(!m_adapter.buildTokenRequest(QUrl(), CarrierCredentials {}));
}

QTEST_GUILESS_MAIN(TestAuspostAdapter)
#include "tst_auspostadapter.moc"
