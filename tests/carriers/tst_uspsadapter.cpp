#include "carriers/statusmap.h"
#include "carriers/uspsadapter.h"
#include "carriertestsupport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;
using namespace ParcelDesk::CarrierTestSupport;

namespace {

QString uspsSample(const QString &name)
{
    return samplePath(u"usps", name);
}

QString fixture(const QString &name)
{
    return fixturePath(u"usps", name);
}

} // namespace

class TestUspsAdapter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesPayloads_data();
    void parsesPayloads();
    void realDeliveredToParcelLocker();
    void familiesAndDetails();
    void reportsBrokenFieldsByName();
    void hostileBodies_data();
    void hostileBodies();
    void buildsTrackingRequests();
    void tokenRequestAndScope();
    void secretsStayOutOfErrors();
    void recognizesItsBodies();
    void statusMapIsValidAndComplete();
};

void TestUspsAdapter::parsesPayloads_data()
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
    const QString no;
    QTest::newRow("real delivered to parcel locker")
        << u"tracking-v3-detail-delivered-parcel-locker.json"_s << true << 200 << none << 1 << 0
        << no << u"Delivered/DeliveredToLocker"_s << 12 << u"GX"_s << u"2024-11-15T16:32:33Z"_s
        << u"01"_s << u"2024-11-22T18:58:40Z"_s << 0 << u"2024-11-22T18:58:40Z"_s << no << no;
    QTest::newRow("real 401 without tracking scope")
        << u"error-401-invalid-client-application.json"_s << true << 401 << none << 0 << 1
        << u"unauthorized"_s << no << 0 << no << no << no << no << 0 << no << no << no;
    QTest::newRow("oauth invalid client")
        << u"oauth-error-invalid-client.json"_s << true << 401 << none << 0 << 1
        << u"unauthorized"_s << no << 0 << no << no << no << no << 0 << no << no << no;
    QTest::newRow("spec error envelope")
        << u"error-envelope-spec-placeholder.json"_s << true << 400 << none << 0 << 1
        << u"invalid_number"_s << no << 0 << no << no << no << no << 0 << no << no << no;
    QTest::newRow("token answer is no tracking answer")
        << u"oauth-token-response-without-tracking-scope.json"_s << true << 200 << none << 0 << 1
        << u"malformed"_s << no << 0 << no << no << no << no << 0 << no << no << no;

    QTest::newRow("label created")
        << u"label-created.json"_s << false << 200 << none << 1 << 0 << no
        << u"InfoReceived/LabelCreated"_s << 1 << u"GX"_s << u"2026-03-02T15:20:11Z"_s << u"GX"_s
        << u"2026-03-02T15:20:11Z"_s << 0 << no << u"2026-03-05T07:00:00Z"_s
        << u"2026-03-06T03:00:00Z"_s;
    QTest::newRow("in transit") << u"in-transit.json"_s << false << 200 << none << 1 << 0 << no
                                << u"InTransit/ArrivalScan"_s << 3 << u"03"_s
                                << u"2026-03-02T22:10:00Z"_s << u"A1"_s << u"2026-03-04T03:02:00Z"_s
                                << 0 << no << no << no;
    QTest::newRow("out for delivery")
        << u"out-for-delivery.json"_s << false << 200 << none << 1 << 0 << no
        << u"OutForDelivery/OutForDelivery"_s << 2 << u"07"_s << u"2026-03-05T12:40:00Z"_s
        << u"OF"_s << u"2026-03-05T14:05:00Z"_s << 0 << no << u"2026-03-05T17:00:00Z"_s
        << u"2026-03-05T21:00:00Z"_s;
    QTest::newRow("failed attempts")
        << u"failed-attempt.json"_s << false << 200 << none << 1 << 0 << no
        << u"AttemptFail/FailedAttempt"_s << 3 << u"OF"_s << u"2026-03-06T14:05:00Z"_s << u"53"_s
        << u"2026-03-07T19:10:00Z"_s << 2 << no << no << no;
    QTest::newRow("pickup point") << u"pickup-point.json"_s << false << 200 << none << 1 << 0 << no
                                  << u"AvailableForPickup/AvailableForPickup"_s << 2 << u"02"_s
                                  << u"2026-03-07T18:45:00Z"_s << u"52"_s
                                  << u"2026-03-08T16:00:00Z"_s << 1 << no << no << no;
    QTest::newRow("delivered, signed")
        << u"delivered-signed.json"_s << false << 200 << none << 1 << 0 << no
        << u"Delivered/Delivered"_s << 2 << u"OF"_s << u"2026-03-09T14:00:00Z"_s << u"01"_s
        << u"2026-03-09T21:30:00Z"_s << 0 << u"2026-03-09T21:30:00Z"_s << no << no;
    QTest::newRow("delivered, picked up")
        << u"delivered-picked-up.json"_s << false << 200 << none << 1 << 0 << no
        << u"Delivered/PickedUp"_s << 2 << u"07"_s << u"2026-03-10T12:00:00Z"_s << u"01"_s
        << u"2026-03-10T17:00:00Z"_s << 0 << u"2026-03-10T17:00:00Z"_s << no << no;
    QTest::newRow("late, then damaged")
        << u"exception-damaged.json"_s << false << 200 << none << 1 << 0 << no
        << u"Exception/Damaged"_s << 2 << u"TL"_s << u"2026-03-10T15:00:00Z"_s << u"AX"_s
        << u"2026-03-11T15:00:00Z"_s << 0 << no << no << no;
    QTest::newRow("refused, returned to sender")
        << u"return-to-sender.json"_s << false << 200 << none << 1 << 0 << no
        << u"Exception/ReturnedToSender"_s << 3 << u"02"_s << u"2026-03-13T18:00:00Z"_s << u"01"_s
        << u"2026-03-20T19:00:00Z"_s << 0 << no << no << no;
    QTest::newRow("unmapped code")
        << u"unmapped-code.json"_s << false << 200 << none << 1 << 0 << no
        << u"InTransit/AcceptanceScan"_s << 2 << u"03"_s << u"2026-03-11T15:00:00Z"_s << u"Z9"_s
        << u"2026-03-12T15:00:00Z"_s << 0 << no << no << no;
    QTest::newRow("reused number and not found")
        << u"reused-number.json"_s << false << 200 << none << 2 << 1 << u"not_found"_s
        << u"Delivered/Delivered"_s << 2 << u"OF"_s << u"2026-03-09T14:00:00Z"_s << u"01"_s
        << u"2026-03-09T21:30:00Z"_s << 0 << u"2026-03-09T21:30:00Z"_s << no << no;
    QTest::newRow("not found") << u"error-not-found.json"_s << false << 404 << none << 0 << 1
                               << u"not_found"_s << no << 0 << no << no << no << no << 0 << no << no
                               << no;
    QTest::newRow("invalid number")
        << u"error-invalid-number.json"_s << false << 400 << none << 0 << 1 << u"invalid_number"_s
        << no << 0 << no << no << no << no << 0 << no << no << no;
    QTest::newRow("expired token")
        << u"error-unauthorized.json"_s << false << 401 << none << 0 << 1 << u"unauthorized"_s << no
        << 0 << no << no << no << no << 0 << no << no << no;
    QTest::newRow("rate limited") << u"error-rate-limited.json"_s << false << 429
                                  << QByteArray("30") << 0 << 1 << u"rate_limited"_s << no << 0
                                  << no << no << no << no << 0 << no << no << no;
    QTest::newRow("unavailable") << u"error-server.json"_s << false << 503 << QByteArray("60") << 0
                                 << 1 << u"server_error"_s << no << 0 << no << no << no << no << 0
                                 << no << no << no;
    QTest::newRow("error envelope in HTTP 200")
        << u"error-not-found.json"_s << false << 200 << none << 0 << 1 << u"not_found"_s << no << 0
        << no << no << no << no << 0 << no << no << no;
    QTest::newRow("truncated") << u"malformed-truncated.json"_s << false << 200 << none << 0 << 1
                               << u"malformed"_s << no << 0 << no << no << no << no << 0 << no << no
                               << no;
    QTest::newRow("broken fields")
        << u"malformed-fields.json"_s << false << 200 << none << 1 << 3 << u"malformed"_s
        << u"InTransit/AcceptanceScan"_s << 1 << u"03"_s << u"2026-03-11T15:00:00Z"_s << u"03"_s
        << u"2026-03-11T15:00:00Z"_s << 0 << no << no << no;
}

void TestUspsAdapter::parsesPayloads()
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
    const QByteArray body = readFile(shared ? uspsSample(path) : fixture(path));
    QVERIFY2(!body.isEmpty(), qPrintable(path));
    HttpHeaders headers;
    if (!retryAfter.isEmpty())
        headers.append({"retry-after", retryAfter});
    const ParseResult r = UspsAdapter().parse(response(body, http, headers));

    QCOMPARE(r.shipments.size(), shipments);
    QCOMPARE(r.errors.size(), errors);
    if (!errorKind.isEmpty())
        QCOMPARE(carrierErrorKindName(r.errors.constFirst().kind), errorKind);
    if (!retryAfter.isEmpty())
        QCOMPARE(r.errors.constFirst().retryAfterSeconds, std::optional<int>(retryAfter.toInt()));
    if (shipments == 0)
        return;
    const ParsedShipment &s = r.shipments.constFirst();
    QCOMPARE(s.carrier, u"usps"_s);
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

void TestUspsAdapter::realDeliveredToParcelLocker()
{
    PARCELDESK_REQUIRE_SHARED_SAMPLES();
    const ParseResult r = UspsAdapter().parse(
        response(readFile(uspsSample(u"tracking-v3-detail-delivered-parcel-locker.json"_s))));
    const ParsedShipment &s = r.shipments.constFirst();
    QCOMPARE(s.trackingNumber, u"9400109104250532908587"_s);
    QCOMPARE(s.shipmentKey, u"110158946"_s);
    QCOMPARE(s.service, u"USPS Ground Advantage\u2122"_s);
    QCOMPARE(s.originCountry, u"US"_s);
    QCOMPARE(s.destinationCountry, u"US"_s);
    QVERIFY(!s.proofOfDelivery);
    QVERIFY(s.signedBy.isEmpty());
    QVERIFY(s.flags.isEmpty());
    const ParsedEvent &delivered = s.events.constLast();
    QCOMPARE(delivered.description, u"Delivered, Parcel Locker"_s);
    QCOMPARE(delivered.city, u"HERNANDO"_s);
    QCOMPARE(delivered.postcode, u"34442"_s);
    QCOMPARE(delivered.country, u"US"_s);
    QCOMPARE(delivered.utcOffsetMinutes, std::optional<int>(-300));
    QVERIFY(!delivered.offsetAssumed);
    QCOMPARE(delivered.relevance, Relevance::Milestone);
    const ParsedEvent &hub = s.events.at(5); // "In Transit to Next Facility", no place at all
    QCOMPARE(hub.code, u"TL"_s);
    QCOMPARE(hub.relevance, Relevance::Noise);
    QVERIFY(hub.city.isEmpty());
    // Three TL events with no place, minutes apart, are all kept.
    int transit = 0;
    for (const ParsedEvent &e : s.events)
        transit += e.code == u"TL" ? 1 : 0;
    QCOMPARE(transit, 3);
}

void TestUspsAdapter::familiesAndDetails()
{
    const UspsAdapter usps;
    const ParsedShipment transit
        = usps.parse(response(readFile(fixture(u"in-transit.json"_s)))).shipments.constFirst();
    QCOMPARE(transit.events.at(1).utcOffsetMinutes, std::optional<int>(-360)); // from local clock
    QCOMPARE(transit.events.at(2).utcOffsetMinutes, std::optional<int>(-420)); // "-7:00"
    QCOMPARE(transit.service, u"Priority Mail\u00ae"_s);

    const ParsedShipment failed
        = usps.parse(response(readFile(fixture(u"failed-attempt.json"_s)))).shipments.constFirst();
    QCOMPARE(failed.events.at(1).status.toString(), u"AttemptFail/RecipientNotAvailable"_s);
    QVERIFY(!failed.events.at(1).unmapped);

    const ParsedShipment pickup
        = usps.parse(response(readFile(fixture(u"pickup-point.json"_s)))).shipments.constFirst();
    QCOMPARE(pickup.pickupPoint, u"DENVER 80205"_s);

    const ParsedShipment signedFor
        = usps.parse(response(readFile(fixture(u"delivered-signed.json"_s))))
              .shipments.constFirst();
    QCOMPARE(signedFor.signedBy, u"J MILLER"_s);
    QVERIFY(signedFor.proofOfDelivery);

    const ParsedShipment returned
        = usps.parse(response(readFile(fixture(u"return-to-sender.json"_s))))
              .shipments.constFirst();
    QVERIFY(returned.returnToSender);
    QVERIFY(!returned.deliveredAtMs);
    QCOMPARE(returned.events.at(0).status.toString(), u"Exception/Refused"_s);
    QCOMPARE(returned.events.at(1).status.toString(), u"Exception/ReturnToSender"_s);

    const ParsedShipment late = usps.parse(response(readFile(fixture(u"exception-damaged.json"_s))))
                                    .shipments.constFirst();
    QCOMPARE(late.events.at(0).status.toString(), u"Exception/ExternalDelay"_s);

    const ParsedShipment unmapped
        = usps.parse(response(readFile(fixture(u"unmapped-code.json"_s)))).shipments.constFirst();
    QVERIFY(unmapped.events.constLast().unmapped);
    QCOMPARE(unmapped.events.constLast().status, Status());
    QVERIFY(unmapped.flags.contains(u"unmapped_codes"_s));

    const ParseResult reused = usps.parse(response(readFile(fixture(u"reused-number.json"_s))));
    QCOMPARE(reused.shipments.at(0).trackingNumber, reused.shipments.at(1).trackingNumber);
    QCOMPARE(reused.shipments.at(0).shipmentKey, u"111111"_s);
    QCOMPARE(reused.shipments.at(1).shipmentKey, u"222222"_s);
    QCOMPARE(reused.errors.constFirst().trackingNumber, u"9400100000000000000012"_s);

    const ParseResult notFound
        = usps.parse(response(readFile(fixture(u"error-not-found.json"_s)), 404));
    QVERIFY(notFound.errors.constFirst().message.startsWith(u"Tracking is not available"_s));
    QCOMPARE(notFound.errors.constFirst().code, u"404"_s);
}

void TestUspsAdapter::reportsBrokenFieldsByName()
{
    const ParseResult r
        = UspsAdapter().parse(response(readFile(fixture(u"malformed-fields.json"_s))));
    QVERIFY(anyErrorMentions(r, u"trackingEvents[0].GMTTimestamp"_s));
    QVERIFY(anyErrorMentions(r, u"trackingEvents[1]"_s));
    QVERIFY(anyErrorMentions(r, u"trackingEvents[2].eventCity"_s));
    for (const CarrierError &e : r.errors) {
        QCOMPARE(e.kind, CarrierErrorKind::Malformed);
        QCOMPARE(e.trackingNumber, u"9400100000000000000013"_s);
    }
}

void TestUspsAdapter::hostileBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("minErrors");
    QByteArray deep;
    for (int i = 0; i < 10000; ++i)
        deep += "[{\"trackingEvents\":";
    QTest::newRow("nested 10000 deep") << deep << 1;
    QByteArray huge = "{\"trackingNumber\":\"";
    huge += QByteArray(50 * 1024 * 1024, '9');
    huge += "\"}";
    QTest::newRow("50 MB") << huge << 1;
    QTest::newRow("invalid UTF-8") << QByteArray("{\"trackingNumber\":\"\xc0\xaf\xff\"}") << 1;
    QTest::newRow("truncated") << QByteArray("{\"trackingNumber\":\"94001\",\"trackingEv") << 1;
    QTest::newRow("empty") << QByteArray("   ") << 1;
    QTest::newRow("scalar array") << QByteArray("[1,\"x\",null]") << 3;
    QTest::newRow("wrong types everywhere")
        << QByteArray("{\"trackingNumber\":[],\"mailClass\":{},\"mailType\":7,\"status\":[],"
                      "\"trackingEvents\":{\"a\":1},\"predictedDeliveryDate\":[],"
                      "\"expectedDeliveryTimeStamp\":\"soon\"}")
        << 4;
    QTest::newRow("event fields wrong") << QByteArray(
        "{\"trackingNumber\":\"1\",\"trackingEvents\":[{\"eventCode\":[],"
        "\"eventType\":{},\"GMTTimestamp\":7,\"GMTOffset\":[],"
        "\"eventTimestamp\":true}]}") << 5;
    QTest::newRow("error not an object") << QByteArray("{\"error\":7}") << 1;
}

void TestUspsAdapter::hostileBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(int, minErrors);
    const ParseResult r = UspsAdapter().parse(response(body));
    QVERIFY2(r.errors.size() >= minErrors, qPrintable(QString::number(r.errors.size())));
    for (const CarrierError &e : r.errors)
        QCOMPARE(e.kind, CarrierErrorKind::Malformed);
}

void TestUspsAdapter::buildsTrackingRequests()
{
    const UspsAdapter usps;
    QCOMPARE(usps.id(), u"usps"_s);
    QCOMPARE(usps.displayName(), u"USPS"_s);
    QCOMPARE(usps.authScheme(), AuthScheme::OAuth2ClientCredentials);
    QCOMPARE(usps.limits().maxNumbersPerRequest, 1);
    QCOMPARE(usps.limits().dailyQuota, 1440);
    QVERIFY(qAbs(usps.limits().requestsPerSecond * 3600 - 60) < 1e-9);
    QCOMPARE(usps.defaultBaseUrl(), QUrl(u"https://apis.usps.com"_s));
    const auto requests
        = usps.buildRequests({u"9400109104250532908587"_s, u"9400100000000000000002"_s, u"  "_s},
            QUrl(u"https://apis-tem.usps.com"_s), {}, u"abc.def"_s);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).url.toString(),
        u"https://apis-tem.usps.com/tracking/v3/tracking/9400109104250532908587?expand=DETAIL"_s);
    QCOMPARE(requests.at(0).method, QByteArray("GET"));
    QCOMPARE(requests.at(1).trackingNumbers, QStringList {u"9400100000000000000002"_s});
    bool bearer = false;
    for (const auto &[name, value] : requests.at(0).headers) {
        if (name == "Authorization") {
            QCOMPARE(value, QByteArray("Bearer abc.def"));
            bearer = true;
        }
    }
    QVERIFY(bearer);
}

void TestUspsAdapter::tokenRequestAndScope()
{
    CarrierCredentials credentials;
    credentials.clientId = u"key"_s;
    credentials.clientSecret = u"secret"_s;
    const auto request
        = UspsAdapter().buildTokenRequest(UspsAdapter().defaultBaseUrl(), credentials);
    QVERIFY(request);
    QCOMPARE(request->method, QByteArray("POST"));
    QCOMPARE(request->url.toString(), u"https://apis.usps.com/oauth2/v3/token"_s);
    const QJsonObject body = QJsonDocument::fromJson(request->body).object();
    QCOMPARE(body.value(u"grant_type"_s).toString(), u"client_credentials"_s);
    QCOMPARE(body.value(u"client_id"_s).toString(), u"key"_s);
    QCOMPARE(body.value(u"client_secret"_s).toString(), u"secret"_s);

    const auto good = UspsAdapter().parseTokenResponse(
        response(R"({"access_token":"t0k","token_type":"Bearer","expires_in":28799,)"
                 R"("scope":"addresses tracking prices"})"),
        5000);
    QVERIFY(good);
    QCOMPARE(good->value, u"t0k"_s);
    QCOMPARE(good->expiresAtMs, 5000 + 28799 * qint64(1000));

    PARCELDESK_REQUIRE_SHARED_SAMPLES();
    const auto noScope = UspsAdapter().parseTokenResponse(
        response(readFile(uspsSample(u"oauth-token-response-without-tracking-scope.json"_s))), 0);
    QVERIFY(!noScope);
    QVERIFY(noScope.error().message.contains(u"tracking"_s));
    const auto refused = UspsAdapter().parseTokenResponse(
        response(readFile(uspsSample(u"oauth-error-invalid-client.json"_s)), 401), 0);
    QVERIFY(!refused);
}

void TestUspsAdapter::secretsStayOutOfErrors()
{
    const QString secret = u"Do-Not-Leak-42"_s;
    CarrierCredentials credentials;
    credentials.clientId = u"id"_s;
    credentials.clientSecret = secret;
    const UspsAdapter usps;
    const auto request = usps.buildTokenRequest(usps.defaultBaseUrl(), credentials);
    QVERIFY(!request->url.toString().contains(secret));
    const auto refused = usps.parseTokenResponse(
        response(
            R"({"error":"invalid_client","error_description":"Client authentication failed."})",
            401),
        0);
    QVERIFY(!refused);
    QVERIFY(!refused.error().message.contains(secret));
    const auto requests = usps.buildRequests({u"1"_s}, usps.defaultBaseUrl(), credentials, u"t"_s);
    for (const auto &[name, value] : requests.constFirst().headers)
        QVERIFY(!value.contains(secret.toUtf8()));
}

void TestUspsAdapter::recognizesItsBodies()
{
    const UspsAdapter usps;
    QVERIFY(usps.recognizes(readFile(fixture(u"in-transit.json"_s))) >= 90);
    QVERIFY(usps.recognizes(readFile(fixture(u"error-not-found.json"_s))) >= 50);
    QCOMPARE(usps.recognizes(readFile(fixturesDir() + u"/ups/in-transit.json"_s)), 0);
}

void TestUspsAdapter::statusMapIsValidAndComplete()
{
    const StatusMap &map = StatusMap::forCarrier(u"usps"_s);
    QCOMPARE(map.carrier(), u"usps"_s);
    QCOMPARE(map.version(), u"2026-11-22.1"_s);
    for (const QString &code : map.codes()) {
        const auto m = map.map(code);
        QVERIFY2(m, qPrintable(code));
        QCOMPARE(subStatusTag(m->status.subStatus()), m->status.tag());
    }
    PARCELDESK_REQUIRE_SHARED_SAMPLES();
    QSet<QString> documented;
    const QList<QByteArray> lines
        = readFile(uspsSample(u"usps-event-codes-seen.csv"_s)).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray code = lines.at(i).split(',').constFirst().trimmed();
        if (!code.isEmpty())
            documented.insert(QString::fromLatin1(code));
    }
    QCOMPARE(documented.size(), 18);
    for (const QString &code : map.codes())
        QVERIFY2(documented.contains(code), qPrintable(code + u" is in no USPS table"_s));
    for (const QString &code : documented)
        QVERIFY2(map.map(code) || map.knowinglyUnmapped().contains(code), qPrintable(code));
}

QTEST_GUILESS_MAIN(TestUspsAdapter)
#include "tst_uspsadapter.moc"
