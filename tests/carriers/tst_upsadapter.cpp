#include "carriers/statusmap.h"
#include "carriers/upsadapter.h"
#include "carriertestsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;
using namespace ParcelDesk::CarrierTestSupport;

namespace {

QString upsSample(const QString &name)
{
    return samplePath(u"ups", name);
}

QString fixture(const QString &name)
{
    return fixturePath(u"ups", name);
}

// A minimal CSV reader for the appendix table: quoted fields may hold commas.
QList<QStringList> readCsv(const QByteArray &data)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(data);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestUpsAdapter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesPayloads_data();
    void parsesPayloads();
    void realDeliveredExample();
    void openApiExampleKeepsWhatIsReadable();
    void realActivityFragmentInCentralTime();
    void gmtFieldsWinOverLocalTime();
    void codesRefineOnlyWithinTheirTag();
    void reportsBrokenFieldsByName();
    void hostileBodies_data();
    void hostileBodies();
    void buildsTrackingRequests();
    void buildsTokenRequest();
    void secretsStayOutOfErrors();
    void recognizesItsBodies();
    void statusMapIsValidAndComplete();
};

void TestUpsAdapter::parsesPayloads_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("shared");
    QTest::addColumn<int>("http");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("shipments");
    QTest::addColumn<int>("errors");
    QTest::addColumn<QString>("errorKind");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("events");
    QTest::addColumn<QString>("firstCode");
    QTest::addColumn<QString>("firstUtc");
    QTest::addColumn<QString>("lastCode");
    QTest::addColumn<QString>("lastUtc");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QString>("deliveredUtc");
    QTest::addColumn<QString>("etaFrom");
    QTest::addColumn<QString>("etaTo");

    const QByteArray none;
    // Shared, published payloads.
    QTest::newRow("postman delivered")
        << u"track-v1-delivered-postman-example.json"_s << true << 200 << none << 1 << 0
        << QString() << u"Delivered/Delivered"_s << 2 << u"M/003/MP"_s << u"2022-01-26T20:16:41Z"_s
        << u"D/011/F4"_s << u"2022-01-26T21:30:00Z"_s << 0 << u"2022-01-26T21:30:00Z"_s << QString()
        << QString();
    QTest::newRow("openapi all fields")
        << u"track-v1-openapi-example-all-fields.json"_s << true << 200 << none << 1 << 1
        << u"malformed"_s << u"InfoReceived/LabelCreated"_s << 1 << u"X/003/SR"_s
        << u"2021-02-10T12:13:56Z"_s << u"X/003/SR"_s << u"2021-02-10T12:13:56Z"_s << 0 << QString()
        << QString() << QString();
    QTest::newRow("TW0001 in HTTP 200")
        << u"track-v1-warning-TW0001-not-found-http200.json"_s << true << 200 << none << 0 << 1
        << u"not_found"_s << QString() << 0 << QString() << QString() << QString() << QString() << 0
        << QString() << QString() << QString();
    QTest::newRow("TV1002 invalid")
        << u"error-TV1002-invalid-inquiry-number.json"_s << true << 400 << none << 0 << 1
        << u"invalid_number"_s << QString() << 0 << QString() << QString() << QString() << QString()
        << 0 << QString() << QString() << QString();
    QTest::newRow("250003 auth") << u"error-250003-invalid-access-license.json"_s << true << 401
                                 << none << 0 << 1 << u"unauthorized"_s << QString() << 0
                                 << QString() << QString() << QString() << QString() << 0
                                 << QString() << QString() << QString();
    QTest::newRow("10429 real 429")
        << u"error-10429-too-many-requests.json"_s << true << 429 << none << 0 << 1
        << u"rate_limited"_s << QString() << 0 << QString() << QString() << QString() << QString()
        << 0 << QString() << QString() << QString();

    // Our own fixtures, one per code family and error type.
    QTest::newRow("label created")
        << u"label-created.json"_s << false << 200 << none << 1 << 0 << QString()
        << u"InfoReceived/LabelCreated"_s << 1 << u"M/003/MP"_s << u"2026-11-02T14:15:00Z"_s
        << u"M/003/MP"_s << u"2026-11-02T14:15:00Z"_s << 0 << QString() << u"2026-11-06T16:00:00Z"_s
        << u"2026-11-06T20:00:00Z"_s;
    QTest::newRow("in transit") << u"in-transit.json"_s << false << 200 << none << 1 << 0
                                << QString() << u"InTransit/ArrivalScan"_s << 4 << u"M/003/MP"_s
                                << u"2026-11-02T14:15:00Z"_s << u"I/005/AR"_s
                                << u"2026-11-03T10:10:00Z"_s << 0 << QString() << QString()
                                << QString();
    QTest::newRow("out for delivery")
        << u"out-for-delivery.json"_s << false << 200 << none << 1 << 0 << QString()
        << u"OutForDelivery/OutForDelivery"_s << 2 << u"I/005/AR"_s << u"2026-11-06T10:10:00Z"_s
        << u"I/006/OF"_s << u"2026-11-06T14:45:00Z"_s << 0 << QString() << u"2026-11-06T07:00:00Z"_s
        << u"2026-11-07T02:00:00Z"_s;
    QTest::newRow("failed attempts")
        << u"failed-attempt.json"_s << false << 200 << none << 1 << 0 << QString()
        << u"AttemptFail/RecipientNotAvailable"_s << 3 << u"I/006/OF"_s << u"2026-11-09T14:45:00Z"_s
        << u"X/023/AX"_s << u"2026-11-10T21:20:00Z"_s << 2 << QString() << u"2026-11-11T07:00:00Z"_s
        << u"2026-11-12T06:59:59Z"_s;
    QTest::newRow("pickup point") << u"pickup-point.json"_s << false << 200 << none << 1 << 0
                                  << QString() << u"AvailableForPickup/AvailableForPickup"_s << 2
                                  << u"X/024/AX"_s << u"2026-11-11T22:00:00Z"_s << u"I/161/2Q"_s
                                  << u"2026-11-12T17:15:00Z"_s << 1 << QString() << QString()
                                  << QString();
    QTest::newRow("delivered to locker")
        << u"delivered-locker.json"_s << false << 200 << none << 1 << 0 << QString()
        << u"Delivered/DeliveredToLocker"_s << 2 << u"I/006/OF"_s << u"2026-03-15T14:00:00Z"_s
        << u"D/011/P5"_s << u"2026-03-15T19:30:00Z"_s << 0 << u"2026-03-15T19:30:00Z"_s << QString()
        << QString();
    QTest::newRow("delivered signed, duplicate kept")
        << u"delivered-signed.json"_s << false << 200 << none << 1 << 0 << QString()
        << u"Delivered/Signed"_s << 2 << u"D/011/M7"_s << u"2026-07-10T22:12:00Z"_s << u"D/011/M7"_s
        << u"2026-07-10T22:12:00Z"_s << 0 << u"2026-07-10T22:12:00Z"_s << QString() << QString();
    QTest::newRow("damaged after weather delay")
        << u"exception-damaged.json"_s << false << 200 << none << 1 << 0 << QString()
        << u"Exception/Damaged"_s << 2 << u"X/052/DJ"_s << u"2026-04-01T07:00:00Z"_s
        << u"X/059/HE"_s << u"2026-04-02T10:00:00Z"_s << 0 << QString() << QString() << QString();
    QTest::newRow("return to sender")
        << u"return-to-sender.json"_s << false << 200 << none << 1 << 0 << QString()
        << u"Exception/ReturnedToSender"_s << 3 << u"X/033/64"_s << u"2026-05-14T23:00:00Z"_s
        << u"X/034/B0"_s << u"2026-05-20T14:00:00Z"_s << 0 << QString() << QString() << QString();
    QTest::newRow("unmapped code")
        << u"unmapped-code.json"_s << false << 200 << none << 1 << 0 << QString()
        << u"InTransit/ArrivalScan"_s << 2 << u"I/005/AR"_s << u"2026-05-31T16:00:00Z"_s
        << u"I/998/ZZ"_s << u"2026-06-01T16:00:00Z"_s << 0 << QString() << QString() << QString();
    QTest::newRow("two packages and not found")
        << u"two-packages-and-not-found.json"_s << false << 200 << none << 2 << 1 << u"not_found"_s
        << u"InTransit/ArrivalScan"_s << 1 << u"I/005/AR"_s << u"2026-06-01T16:00:00Z"_s
        << u"I/005/AR"_s << u"2026-06-01T16:00:00Z"_s << 0 << QString() << QString() << QString();
    QTest::newRow("not found") << u"error-not-found.json"_s << false << 200 << none << 0 << 1
                               << u"not_found"_s << QString() << 0 << QString() << QString()
                               << QString() << QString() << 0 << QString() << QString()
                               << QString();
    QTest::newRow("invalid number")
        << u"error-invalid-number.json"_s << false << 400 << none << 0 << 1 << u"invalid_number"_s
        << QString() << 0 << QString() << QString() << QString() << QString() << 0 << QString()
        << QString() << QString();
    QTest::newRow("unauthorized") << u"error-unauthorized.json"_s << false << 401 << none << 0 << 1
                                  << u"unauthorized"_s << QString() << 0 << QString() << QString()
                                  << QString() << QString() << 0 << QString() << QString()
                                  << QString();
    QTest::newRow("rate limited") << u"error-rate-limited.json"_s << false << 429
                                  << QByteArray("120") << 0 << 1 << u"rate_limited"_s << QString()
                                  << 0 << QString() << QString() << QString() << QString() << 0
                                  << QString() << QString() << QString();
    QTest::newRow("server error") << u"error-server.json"_s << false << 503 << none << 0 << 1
                                  << u"server_error"_s << QString() << 0 << QString() << QString()
                                  << QString() << QString() << 0 << QString() << QString()
                                  << QString();
    QTest::newRow("truncated") << u"malformed-truncated.json"_s << false << 200 << none << 0 << 1
                               << u"malformed"_s << QString() << 0 << QString() << QString()
                               << QString() << QString() << 0 << QString() << QString()
                               << QString();
    QTest::newRow("broken fields")
        << u"malformed-fields.json"_s << false << 200 << none << 1 << 3 << u"malformed"_s
        << u"InfoReceived/LabelCreated"_s << 2 << u"M/003/MP"_s << u"2026-05-30T18:00:00Z"_s
        << u"//"_s << u"2026-06-01T15:00:00Z"_s << 0 << QString() << QString() << QString();
}

void TestUpsAdapter::parsesPayloads()
{
    QFETCH(QString, path);
    QFETCH(bool, shared);
    QFETCH(int, http);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, shipments);
    QFETCH(int, errors);
    QFETCH(QString, errorKind);
    QFETCH(QString, status);
    QFETCH(int, events);
    QFETCH(QString, firstCode);
    QFETCH(QString, firstUtc);
    QFETCH(QString, lastCode);
    QFETCH(QString, lastUtc);
    QFETCH(int, attempts);
    QFETCH(QString, deliveredUtc);
    QFETCH(QString, etaFrom);
    QFETCH(QString, etaTo);

    if (shared)
        PARCELDESK_REQUIRE_SHARED_SAMPLES();
    const QByteArray body = readFile(shared ? upsSample(path) : fixture(path));
    QVERIFY2(!body.isEmpty(), qPrintable(path));
    HttpHeaders headers;
    if (!retryAfter.isEmpty())
        headers.append({"retry-after", retryAfter});
    const ParseResult r = UpsAdapter().parse(response(body, http, headers));

    QCOMPARE(r.shipments.size(), shipments);
    QCOMPARE(r.errors.size(), errors);
    if (!errorKind.isEmpty())
        QCOMPARE(carrierErrorKindName(r.errors.constFirst().kind), errorKind);
    if (!retryAfter.isEmpty())
        QCOMPARE(r.errors.constFirst().retryAfterSeconds, std::optional<int>(retryAfter.toInt()));
    if (shipments == 0)
        return;
    const ParsedShipment &s = r.shipments.constFirst();
    QCOMPARE(s.carrier, u"ups"_s);
    QCOMPARE(s.status.toString(), status);
    QCOMPARE(s.events.size(), events);
    QCOMPARE(s.events.constFirst().code, firstCode);
    QCOMPARE(utc(s.events.constFirst().occurredAtMs), firstUtc);
    QCOMPARE(s.events.constLast().code, lastCode);
    QCOMPARE(utc(s.events.constLast().occurredAtMs), lastUtc);
    QCOMPARE(s.attempts, attempts);
    QCOMPARE(utc(s.deliveredAtMs), deliveredUtc);
    QCOMPARE(utc(s.eta.fromMs), etaFrom);
    QCOMPARE(utc(s.eta.toMs), etaTo);
    for (qsizetype i = 1; i < s.events.size(); ++i)
        QVERIFY(s.events.at(i - 1).occurredAtMs <= s.events.at(i).occurredAtMs);
    for (const ParsedEvent &e : s.events)
        QCOMPARE(e.mapVersion, u"2026-11-22.1"_s);
}

void TestUpsAdapter::realDeliveredExample()
{
    PARCELDESK_REQUIRE_SHARED_SAMPLES();
    const ParseResult r = UpsAdapter().parse(
        response(readFile(upsSample(u"track-v1-delivered-postman-example.json"_s))));
    QCOMPARE(r.shipments.size(), 1);
    const ParsedShipment &s = r.shipments.constFirst();
    QCOMPARE(s.trackingNumber, u"1Z1442YY7229014688"_s);
    QCOMPARE(s.shipmentKey, u"1Z1442YY7229014688"_s);
    const ParsedEvent &delivered = s.events.constLast();
    QCOMPARE(delivered.description, u"DELIVERED"_s); // UPS's trailing space trimmed
    QCOMPARE(delivered.city, u"PARAMUS"_s);
    QCOMPARE(delivered.country, u"US"_s);
    QCOMPARE(delivered.utcOffsetMinutes, std::optional<int>(-300));
    QVERIFY(delivered.offsetAssumed);
    QCOMPARE(delivered.relevance, Relevance::Milestone);
    QVERIFY(!delivered.unmapped);
    QVERIFY(s.flags.contains(u"offset_assumed"_s));
    QVERIFY(!s.flags.contains(u"unmapped_codes"_s));
}

void TestUpsAdapter::openApiExampleKeepsWhatIsReadable()
{
    PARCELDESK_REQUIRE_SHARED_SAMPLES();
    const ParseResult r = UpsAdapter().parse(
        response(readFile(upsSample(u"track-v1-openapi-example-all-fields.json"_s))));
    QCOMPARE(r.shipments.size(), 1);
    const ParsedShipment &s = r.shipments.constFirst();
    QCOMPARE(s.service, u"UPS Ground"_s);
    QCOMPARE(s.signedBy, u"163000"_s); // the example's placeholder, kept verbatim
    QVERIFY(s.proofOfDelivery);
    QVERIFY(!s.weightKg); // "string" is no weight
    QCOMPARE(r.errors.constFirst().kind, CarrierErrorKind::Malformed);
    QVERIFY(
        r.errors.constFirst().message.contains(u"trackResponse.shipment[0].package[0].weight"_s));
    QCOMPARE(s.events.constFirst().postcode, u"07470"_s);
    QCOMPARE(
        s.events.constFirst().description, u"Your package was released by the customs agency."_s);
}

void TestUpsAdapter::realActivityFragmentInCentralTime()
{
    PARCELDESK_REQUIRE_SHARED_SAMPLES();
    const QJsonObject activity
        = QJsonDocument::fromJson(readFile(upsSample(u"activity-fragment-delivered-FS.json"_s)))
              .object();
    QVERIFY(!activity.isEmpty());
    QJsonObject package {
        {u"trackingNumber"_s, u"1ZFRAGMENT0000001"_s}, {u"activity"_s, QJsonArray {activity}}};
    QJsonObject shipment {
        {u"inquiryNumber"_s, u"1ZFRAGMENT0000001"_s}, {u"package"_s, QJsonArray {package}}};
    QJsonObject root {{u"trackResponse"_s, QJsonObject {{u"shipment"_s, QJsonArray {shipment}}}}};
    const ParseResult r = UpsAdapter().parse(response(QJsonDocument(root).toJson()));
    QCOMPARE(r.errors.size(), 0);
    const ParsedEvent &e = r.shipments.constFirst().events.constFirst();
    QCOMPARE(e.code, u"D/011/FS"_s);
    // DUNLAP, TN is on Central time: 16:43:40 CST is 22:43:40 UTC, not New York's 21:43:40.
    QCOMPARE(utc(e.occurredAtMs), u"2023-11-30T22:43:40Z"_s);
    QCOMPARE(e.utcOffsetMinutes, std::optional<int>(-360));
    QVERIFY(e.offsetAssumed);
    QCOMPARE(r.shipments.constFirst().status.toString(), u"Delivered/Delivered"_s);
}

void TestUpsAdapter::gmtFieldsWinOverLocalTime()
{
    const ParseResult r = UpsAdapter().parse(response(readFile(fixture(u"in-transit.json"_s))));
    const ParsedShipment &s = r.shipments.constFirst();
    const ParsedEvent &arrival = s.events.at(3);
    QCOMPARE(arrival.utcOffsetMinutes, std::optional<int>(-360));
    QVERIFY(!arrival.offsetAssumed);
    const ParsedEvent &departure
        = s.events.at(2); // gmtDate written as YYYY-MM-DD, gmtTime with colons
    QCOMPARE(utc(departure.occurredAtMs), u"2026-11-03T04:15:00Z"_s);
    QCOMPARE(departure.utcOffsetMinutes, std::optional<int>(-300));
    QCOMPARE(s.originCountry, u"US"_s);
    QCOMPARE(s.destinationCountry, u"US"_s);
    QCOMPARE(s.service, u"UPS Ground"_s);
    const ParseResult label
        = UpsAdapter().parse(response(readFile(fixture(u"label-created.json"_s))));
    QVERIFY(label.shipments.constFirst().weightKg);
    QVERIFY(qAbs(*label.shipments.constFirst().weightKg - 4.5359237) < 1e-9);
}

void TestUpsAdapter::codesRefineOnlyWithinTheirTag()
{
    const ParseResult failed
        = UpsAdapter().parse(response(readFile(fixture(u"failed-attempt.json"_s))));
    const ParsedShipment &s = failed.shipments.constFirst();
    QCOMPARE(s.events.at(1).status.toString(), u"AttemptFail/BusinessClosed"_s);
    QCOMPARE(s.events.at(2).status.toString(), u"AttemptFail/RecipientNotAvailable"_s);

    const ParseResult pickup
        = UpsAdapter().parse(response(readFile(fixture(u"pickup-point.json"_s))));
    QCOMPARE(pickup.shipments.constFirst().pickupPoint, u"1600 CALIFORNIA ST, DENVER"_s);

    const ParseResult rts
        = UpsAdapter().parse(response(readFile(fixture(u"return-to-sender.json"_s))));
    QVERIFY(rts.shipments.constFirst().returnToSender);

    const ParseResult signedFor
        = UpsAdapter().parse(response(readFile(fixture(u"delivered-signed.json"_s))));
    QCOMPARE(signedFor.shipments.constFirst().signedBy, u"MILLER"_s);
    QVERIFY(signedFor.shipments.constFirst().proofOfDelivery);
    QCOMPARE(signedFor.shipments.constFirst().weightKg, std::optional<double>(2.5));

    const ParseResult unmapped
        = UpsAdapter().parse(response(readFile(fixture(u"unmapped-code.json"_s))));
    const ParsedShipment &u = unmapped.shipments.constFirst();
    QVERIFY(u.events.constLast().unmapped);
    QCOMPARE(u.events.constLast().status, Status());
    QVERIFY(u.flags.contains(u"unmapped_codes"_s));

    const ParseResult two
        = UpsAdapter().parse(response(readFile(fixture(u"two-packages-and-not-found.json"_s))));
    QCOMPARE(two.shipments.at(0).shipmentKey, u"1Z999AA10000000011"_s);
    QCOMPARE(two.shipments.at(1).shipmentKey, u"1Z999AA10000000012"_s);
    QCOMPARE(two.shipments.at(1).status.toString(), u"Delivered/Delivered"_s);
    QCOMPARE(two.errors.constFirst().trackingNumber, u"1Z999AA10000000099"_s);
    QCOMPARE(two.errors.constFirst().code, u"TW0001"_s);
}

void TestUpsAdapter::reportsBrokenFieldsByName()
{
    const ParseResult r
        = UpsAdapter().parse(response(readFile(fixture(u"malformed-fields.json"_s))));
    QVERIFY(anyErrorMentions(r, u"trackResponse.shipment[0].package[0].activity[0].date"_s));
    QVERIFY(anyErrorMentions(r, u"trackResponse.shipment[0].package[0].activity[1].status"_s));
    QVERIFY(anyErrorMentions(r, u"trackResponse.shipment[0].package[0].activity[2]"_s));
    for (const CarrierError &e : r.errors) {
        QCOMPARE(e.kind, CarrierErrorKind::Malformed);
        QCOMPARE(e.trackingNumber, u"1Z999AA10000000014"_s);
    }
    QVERIFY(r.shipments.constFirst().events.constLast().unmapped);
}

void TestUpsAdapter::hostileBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("minErrors");
    QByteArray deep;
    for (int i = 0; i < 10000; ++i)
        deep += "{\"a\":[";
    QTest::newRow("nested 10000 deep") << deep << 1;
    QByteArray huge = "{\"trackResponse\":{\"shipment\":[{\"inquiryNumber\":\"";
    huge += QByteArray(50 * 1024 * 1024, 'A');
    huge += "\"}]}}";
    QTest::newRow("50 MB") << huge << 1;
    QTest::newRow("invalid UTF-8")
        << QByteArray("{\"trackResponse\":{\"shipment\":[{\"inquiryNumber\":\"\xff\xfe\xc3\"}]}}")
        << 1;
    QTest::newRow("truncated") << QByteArray("{\"trackResponse\":{\"shipment\":[{\"inq") << 1;
    QTest::newRow("empty") << QByteArray() << 1;
    QTest::newRow("array root") << QByteArray("[1,2,3]") << 1;
    QTest::newRow("trackResponse is array") << QByteArray("{\"trackResponse\":[1]}") << 1;
    QTest::newRow("shipment is object")
        << QByteArray("{\"trackResponse\":{\"shipment\":{\"a\":1}}}") << 1;
    QTest::newRow("wrong types everywhere")
        << QByteArray("{\"trackResponse\":{\"shipment\":[7,{\"inquiryNumber\":[],\"package\":[true,"
                      "{\"trackingNumber\":{},\"activity\":{\"x\":1},\"service\":\"x\","
                      "\"weight\":[],\"deliveryDate\":7,\"deliveryTime\":[],"
                      "\"packageAddress\":\"x\",\"currentStatus\":5,"
                      "\"deliveryInformation\":false}]}]}}")
        << 5;
    QTest::newRow("activity fields wrong")
        << QByteArray("{\"trackResponse\":{\"shipment\":[{\"package\":[{\"activity\":[{"
                      "\"date\":[],\"time\":{},\"location\":7,\"status\":{\"type\":[],"
                      "\"statusCode\":{},\"code\":true}}]}]}]}}")
        << 3;
    QTest::newRow("errors not an array") << QByteArray("{\"response\":{\"errors\":\"x\"}}") << 1;
}

void TestUpsAdapter::hostileBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(int, minErrors);
    const ParseResult r = UpsAdapter().parse(response(body));
    QVERIFY(r.errors.size() >= minErrors);
    for (const CarrierError &e : r.errors)
        QCOMPARE(e.kind, CarrierErrorKind::Malformed);
    for (const ParsedShipment &s : r.shipments)
        QCOMPARE(s.carrier, u"ups"_s);
}

void TestUpsAdapter::buildsTrackingRequests()
{
    const UpsAdapter ups;
    QCOMPARE(ups.id(), u"ups"_s);
    QCOMPARE(ups.displayName(), u"UPS"_s);
    QCOMPARE(ups.authScheme(), AuthScheme::OAuth2ClientCredentials);
    QCOMPARE(ups.limits().maxNumbersPerRequest, 1);
    QCOMPARE(ups.defaultBaseUrl(), QUrl(u"https://onlinetools.ups.com"_s));

    CarrierCredentials credentials;
    credentials.clientId = u"client"_s;
    credentials.clientSecret = u"very-secret"_s;
    const auto requests = ups.buildRequests(
        {u"1Z1442YY7229014688"_s, u" 1Z A/B "_s, u""_s, u"1Z999AA10000000003"_s},
        QUrl(u"https://wwwcie.ups.com/"_s), credentials, u"tok123"_s);
    QCOMPARE(requests.size(), 3);
    const CarrierRequest &first = requests.constFirst();
    QCOMPARE(first.method, QByteArray("GET"));
    QCOMPARE(first.url.toString(),
        u"https://wwwcie.ups.com/api/track/v1/details/1Z1442YY7229014688"
        "?locale=en_US&returnSignature=false&returnMilestones=false&returnPOD=false"_s);
    QCOMPARE(first.trackingNumbers, QStringList {u"1Z1442YY7229014688"_s});
    QByteArray auth, transId, source;
    for (const auto &[name, value] : first.headers) {
        if (name == "Authorization")
            auth = value;
        else if (name == "transId")
            transId = value;
        else if (name == "transactionSrc")
            source = value;
        QVERIFY(!value.contains("very-secret"));
    }
    QCOMPARE(auth, QByteArray("Bearer tok123"));
    QCOMPARE(source, QByteArray("ParcelDesk"));
    QCOMPARE(transId.size(), 32);
    QByteArray secondTransId;
    for (const auto &[name, value] : requests.at(2).headers) {
        if (name == "transId")
            secondTransId = value;
    }
    QVERIFY(transId != secondTransId);
    // A number with a slash or a space stays one path segment.
    QCOMPARE(requests.at(1).url.path(QUrl::FullyEncoded), u"/api/track/v1/details/1Z%20A%2FB"_s);
    QCOMPARE(requests.at(1).trackingNumbers, QStringList {u"1Z A/B"_s});
}

void TestUpsAdapter::buildsTokenRequest()
{
    CarrierCredentials credentials;
    credentials.clientId = u"my-client"_s;
    credentials.clientSecret = u"my-secret"_s;
    const auto request
        = UpsAdapter().buildTokenRequest(QUrl(u"https://onlinetools.ups.com"_s), credentials);
    QVERIFY(request);
    QCOMPARE(request->method, QByteArray("POST"));
    QCOMPARE(request->url.toString(), u"https://onlinetools.ups.com/security/v1/oauth/token"_s);
    QCOMPARE(request->body, QByteArray("grant_type=client_credentials"));
    bool basic = false;
    for (const auto &[name, value] : request->headers) {
        if (name == "Authorization") {
            QCOMPARE(value, "Basic " + QByteArray("my-client:my-secret").toBase64());
            basic = true;
        }
        if (name == "Content-Type")
            QCOMPARE(value, QByteArray("application/x-www-form-urlencoded"));
    }
    QVERIFY(basic);
    const auto token = UpsAdapter().parseTokenResponse(
        response(R"({"token_type":"Bearer","issued_at":"1700000000000","client_id":"x",)"
                 R"("access_token":"eyJabc","expires_in":"14399","status":"approved"})"),
        1000);
    QVERIFY(token);
    QCOMPARE(token->value, u"eyJabc"_s);
    QCOMPARE(token->expiresAtMs, 1000 + 14399 * qint64(1000));
}

void TestUpsAdapter::secretsStayOutOfErrors()
{
    const QString secret = u"Sup3r-S3cret-Value"_s;
    CarrierCredentials credentials;
    credentials.clientId = u"client"_s;
    credentials.clientSecret = secret;
    const UpsAdapter ups;
    const auto request = ups.buildTokenRequest(ups.defaultBaseUrl(), credentials);
    QVERIFY(!request->url.toString().contains(secret));
    QVERIFY(!request->body.contains(secret.toUtf8()));
    const auto refused = ups.parseTokenResponse(
        response(
            R"({"response":{"errors":[{"code":"10401","message":"ClientId is Invalid"}]}})", 401),
        0);
    QVERIFY(!refused);
    QVERIFY(!refused.error().message.contains(secret));
    for (const QString &name : {u"error-unauthorized.json"_s, u"malformed-fields.json"_s}) {
        const ParseResult r = ups.parse(response(readFile(fixture(name)), 401));
        for (const CarrierError &e : r.errors)
            QVERIFY(!e.message.contains(secret));
    }
}

void TestUpsAdapter::recognizesItsBodies()
{
    const UpsAdapter ups;
    QVERIFY(ups.recognizes(readFile(fixture(u"in-transit.json"_s))) >= 90);
    QVERIFY(ups.recognizes(readFile(fixture(u"error-invalid-number.json"_s))) >= 50);
    QCOMPARE(ups.recognizes(readFile(fixturesDir() + u"/usps/in-transit.json"_s)), 0);
    QCOMPARE(ups.recognizes(QByteArray("<xml/>")), 0);
}

void TestUpsAdapter::statusMapIsValidAndComplete()
{
    const StatusMap &map = StatusMap::forCarrier(u"ups"_s);
    QCOMPARE(map.carrier(), u"ups"_s);
    QCOMPARE(map.version(), u"2026-11-22.1"_s);
    QVERIFY(map.codeCount() > 900);
    for (const QString &code : map.codes()) {
        const auto m = map.map(code);
        QVERIFY2(m, qPrintable(code));
        QCOMPARE(subStatusTag(m->status.subStatus()), m->status.tag());
        QVERIFY2(!map.knowinglyUnmapped().contains(code), qPrintable(code));
    }
    for (auto it = map.knowinglyUnmapped().cbegin(); it != map.knowinglyUnmapped().cend(); ++it)
        QVERIFY2(!it.value().trimmed().isEmpty(), qPrintable(it.key()));

    PARCELDESK_REQUIRE_SHARED_SAMPLES();
    // Keys are the documented codes in the namespaces ups.json describes, nothing else.
    const QHash<QString, QString> prefixOfTable {
        {u"Movement Scans"_s, u"I/"_s},
        {u"Manifest Codes"_s, u"M/"_s},
        {u"Delivery Codes"_s, u"D/"_s},
        {u"Package Exceptions"_s, u"X/"_s},
        {u"Updates"_s, u"U/"_s},
        {u"Mail Innovations"_s, u"MI/"_s},
        {u"Freight Activity"_s, u"FA/"_s},
        {u"Freight Exceptions"_s, u"FX/"_s},
        {u"Package Activity Types"_s, QString()},
    };
    const QList<QStringList> rows
        = readCsv(readFile(upsSample(u"ups-tracking-appendix-codes.csv"_s)));
    QVERIFY(rows.size() > 1500);
    QSet<QString> documented;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        if (row.size() < 2)
            continue;
        if (row.at(0) == u"Status/Description Codes")
            documented.insert(row.at(1).rightJustified(3, u'0'));
        else
            documented.insert(prefixOfTable.value(row.at(0), u"?/"_s) + row.at(1));
    }
    for (const QString &code : map.codes())
        QVERIFY2(documented.contains(code), qPrintable(code + u" is in no UPS table"_s));
    for (const QString &code : map.knowinglyUnmapped().keys())
        QVERIFY2(documented.contains(code), qPrintable(code + u" is in no UPS table"_s));
    for (const QString &code : documented)
        QVERIFY2(map.map(code) || map.knowinglyUnmapped().contains(code),
            qPrintable(code + u" is documented but neither mapped nor knowingly unmapped"_s));
}

QTEST_GUILESS_MAIN(TestUpsAdapter)
#include "tst_upsadapter.moc"
