#include "carriers/dhladapter.h"
#include "carriers/statusmap.h"
#include "carriertestsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;
using namespace ParcelDesk::CarrierTestSupport;

namespace {

QByteArray sample(const QString &name)
{
    return readFile(samplePath(u"dhl", name));
}

QByteArray fixture(const QString &name)
{
    return readFile(fixturePath(u"dhl", name));
}

} // namespace

class TestDhlAdapter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describesItself();
    void sharedPayloads_data();
    void sharedPayloads();
    void realParcelDeEvents();
    void docExampleDetails();
    void fixtures_data();
    void fixtures();
    void wrongTypesNameTheField();
    void hostileBodies_data();
    void hostileBodies();
    void requests();
    void secretsStayOutOfErrors();
    void statusMapIsCompleteAndValid();
    void recognizes();

private:
    DhlAdapter m_dhl;
};

void TestDhlAdapter::describesItself()
{
    QCOMPARE(m_dhl.id(), u"dhl"_s);
    QCOMPARE(m_dhl.displayName(), u"DHL"_s);
    QCOMPARE(m_dhl.defaultBaseUrl(), QUrl(u"https://api-eu.dhl.com"_s));
    QCOMPARE(m_dhl.authScheme(), AuthScheme::ApiKeyHeader);
    QCOMPARE(m_dhl.limits().maxNumbersPerRequest, 1);
    QCOMPARE(m_dhl.limits().requestsPerSecond, 1.0);
    QCOMPARE(m_dhl.limits().dailyQuota, 250);
    QVERIFY(!m_dhl.buildTokenRequest(m_dhl.defaultBaseUrl(), {}));
}

void TestDhlAdapter::sharedPayloads_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("http");
    QTest::addColumn<int>("shipments");
    QTest::addColumn<int>("errorKind"); // -1: no error
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("events");
    QTest::addColumn<QString>("firstCode");
    QTest::addColumn<QString>("firstUtc");
    QTest::addColumn<QString>("lastCode");
    QTest::addColumn<QString>("lastUtc");
    QTest::addColumn<QString>("deliveredUtc");
    QTest::addColumn<double>("weightKg");

    QTest::newRow("parcel-de delivered (real, local times)")
        << u"unified-parcel-de-delivered-2023-real.json"_s << 200 << 1 << -1 << u"470800204932"_s
        << u"Delivered/Delivered"_s << 10 << u"transit"_s << u"2023-03-01T15:14:00Z"_s
        << u"delivered"_s << u"2023-03-13T08:50:00Z"_s << u"2023-03-13T08:50:00Z"_s << 10.0;
    QTest::newRow("parcel-de pre-transit test number (real, summer time)")
        << u"unified-parcel-de-pretransit-testnumber.json"_s << 200 << 1 << -1
        << u"00340434292135100186"_s << u"InfoReceived/LabelCreated"_s << 1 << u"pre-transit"_s
        << u"2022-06-27T17:30:00Z"_s << u"pre-transit"_s << u"2022-06-27T17:30:00Z"_s << QString()
        << 2.0;
    QTest::newRow("express doc example")
        << u"unified-doc-example-express.json"_s << 200 << 1 << -1 << u"7777777770"_s
        << u"InfoReceived/LabelCreated"_s << 1 << u"pre-transit"_s << u"2018-03-02T07:53:47Z"_s
        << u"pre-transit"_s << u"2018-03-02T07:53:47Z"_s << QString() << 253.5;
    // Numeric id; the event time has no Z and is read as Amsterdam time (CET, +01:00).
    QTest::newRow("express doc example, numeric id")
        << u"unified-doc-example-express-numeric-id.json"_s << 200 << 1 << -1 << u"7777777770"_s
        << u"InfoReceived/LabelCreated"_s << 1 << u"pre-transit"_s << u"2018-03-02T06:53:47Z"_s
        << u"pre-transit"_s << u"2018-03-02T06:53:47Z"_s << QString() << 253.5;
    QTest::newRow("404 not found")
        << u"error-404-no-result-found.json"_s << 404 << 0 << int(CarrierErrorKind::NotFound)
        << u"8264715546"_s << QString() << 0 << QString() << QString() << QString() << QString()
        << QString() << 0.0;
    QTest::newRow("400 invalid input")
        << u"error-400-invalid-input.json"_s << 400 << 0 << int(CarrierErrorKind::InvalidNumber)
        << QString() << QString() << 0 << QString() << QString() << QString() << QString()
        << QString() << 0.0;
    QTest::newRow("429 (real)") << u"error-429-too-many-requests.json"_s << 429 << 0
                                << int(CarrierErrorKind::RateLimited) << QString() << QString() << 0
                                << QString() << QString() << QString() << QString() << QString()
                                << 0.0;
}

void TestDhlAdapter::sharedPayloads()
{
    PARCELDESK_REQUIRE_SHARED_SAMPLES();
    QFETCH(QString, file);
    QFETCH(int, http);
    QFETCH(int, shipments);
    QFETCH(int, errorKind);
    QFETCH(QString, number);
    QFETCH(QString, status);
    QFETCH(int, events);
    QFETCH(QString, firstCode);
    QFETCH(QString, firstUtc);
    QFETCH(QString, lastCode);
    QFETCH(QString, lastUtc);
    QFETCH(QString, deliveredUtc);
    QFETCH(double, weightKg);

    const QByteArray body = sample(file);
    QVERIFY2(!body.isEmpty(), qPrintable(file));
    const ParseResult r = m_dhl.parse(response(body, http));
    QCOMPARE(r.shipments.size(), shipments);
    if (errorKind < 0) {
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).message));
    } else {
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(int(r.errors.first().kind), errorKind);
        QCOMPARE(r.errors.first().trackingNumber, number);
        QVERIFY(!r.errors.first().message.isEmpty());
        return;
    }
    const ParsedShipment &s = r.shipments.first();
    QCOMPARE(s.carrier, u"dhl"_s);
    QCOMPARE(s.trackingNumber, number);
    QCOMPARE(s.status.toString(), status);
    QVERIFY(!s.statusUnmapped);
    QCOMPARE(s.events.size(), events);
    QCOMPARE(s.events.first().code, firstCode);
    QCOMPARE(utc(s.events.first().occurredAtMs), firstUtc);
    QCOMPARE(s.events.last().code, lastCode);
    QCOMPARE(utc(s.events.last().occurredAtMs), lastUtc);
    QCOMPARE(utc(s.deliveredAtMs), deliveredUtc);
    QVERIFY(s.weightKg);
    QCOMPARE(*s.weightKg, weightKg);
    QCOMPARE(s.attempts, 0);
    QVERIFY(!s.returnToSender);
    for (const ParsedEvent &e : s.events) {
        QVERIFY(!e.unmapped);
        QCOMPARE(e.mapVersion, u"2026-11-22.1"_s);
    }
}

void TestDhlAdapter::realParcelDeEvents()
{
    PARCELDESK_REQUIRE_SHARED_SAMPLES();
    const ParseResult r
        = m_dhl.parse(response(sample(u"unified-parcel-de-delivered-2023-real.json"_s)));
    QCOMPARE(r.shipments.size(), 1);
    const ParsedShipment &s = r.shipments.first();
    QCOMPARE(s.shipmentKey, u"parcel-de/470800204932"_s);
    QCOMPARE(s.service, u"DHL PAKET, Bahntransport"_s);
    QCOMPARE(s.originCountry, u"DE"_s);
    QCOMPARE(s.destinationCountry, u"DE"_s);
    QVERIFY(s.flags.contains(u"offset_assumed"_s));
    QVERIFY(!s.flags.contains(u"unmapped_codes"_s));
    QVERIFY(!s.proofOfDelivery);

    const QStringList expected = {
        u"InTransit/AcceptanceScan"_s, // eingeliefert
        u"InfoReceived/LabelCreated"_s,
        u"InTransit/InTransit"_s,
        u"InTransit/InTransit"_s,
        u"InTransit/InTransit"_s,
        u"InTransit/InTransit"_s,
        u"InTransit/ArrivalScan"_s,
        u"Exception/ProcessingDelay"_s, // zurückgestellt: deferred although statusCode is transit
        u"OutForDelivery/OutForDelivery"_s, // Zustellfahrzeug
        u"Delivered/Delivered"_s,
    };
    QCOMPARE(s.events.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ParsedEvent &e = s.events.at(i);
        QCOMPARE(e.status.toString(), expected.at(i));
        QVERIFY(e.offsetAssumed);
        // "Deutschland" is a country, not a city; events without a location stay without.
        QCOMPARE(e.country, (i == 1 || i == 8) ? QString() : u"DE"_s);
        QCOMPARE(e.utcOffsetMinutes, 60); // resolved in the destination when no location
        QVERIFY(e.city.isEmpty());
        QVERIFY(i == 0 || s.events.at(i - 1).occurredAtMs <= e.occurredAtMs);
    }
    // Winter time in March 2023: +60 minutes.
    QCOMPARE(s.events.last().utcOffsetMinutes, 60);
    QCOMPARE(s.events.last().relevance, Relevance::Milestone);
    QCOMPARE(s.events.at(3).relevance, Relevance::Noise);
    // The three identical "vorbereitet" events on different days all stay.
    int prepared = 0;
    for (const ParsedEvent &e : s.events)
        prepared += e.description == u"Die Sendung wurde für den Weitertransport vorbereitet."_s;
    QCOMPARE(prepared, 3);
}

void TestDhlAdapter::docExampleDetails()
{
    PARCELDESK_REQUIRE_SHARED_SAMPLES();
    const ParseResult r = m_dhl.parse(response(sample(u"unified-doc-example-express.json"_s)));
    QCOMPARE(r.shipments.size(), 1);
    QVERIFY(r.errors.isEmpty()); // the impossible dgf:routes date is not read at all
    const ParsedShipment &s = r.shipments.first();
    QCOMPARE(s.shipmentKey, u"express/7777777770"_s);
    QCOMPARE(s.service, u"UNKNOWN - Product unknown"_s);
    QCOMPARE(s.signedBy, u"John Doe"_s);
    QVERIFY(s.proofOfDelivery);
    QCOMPARE(utc(s.eta.fromMs), u"2018-08-03T00:00:00Z"_s);
    QCOMPARE(utc(s.eta.toMs), u"2018-08-03T22:00:00Z"_s);
    QCOMPARE(s.originCountry, u"NL"_s);
    QCOMPARE(s.destinationCountry, u"NL"_s);
    QVERIFY(!s.deliveredAtMs); // the summary says pre-transit despite the POD block
    const ParsedEvent &e = s.events.first();
    QCOMPARE(e.city, u"Oderweg 2, AMSTERDAM"_s);
    QCOMPARE(e.postcode, u"1043 AG"_s);
    QCOMPARE(e.country, u"NL"_s);
    QCOMPARE(e.utcOffsetMinutes, 0);
    QVERIFY(!e.offsetAssumed);
    QCOMPARE(e.description,
        u"DELIVERED – JESSICA – The shipment is pending completion of customs inspection."_s);
    QVERIFY(!s.flags.contains(u"offset_assumed"_s));

    const ParseResult numeric
        = m_dhl.parse(response(sample(u"unified-doc-example-express-numeric-id.json"_s)));
    QCOMPARE(numeric.shipments.size(), 1);
    QCOMPARE(numeric.shipments.first().events.first().utcOffsetMinutes, 60);
    QVERIFY(numeric.shipments.first().flags.contains(u"offset_assumed"_s));
}

void TestDhlAdapter::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("http");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("errorKind");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<bool>("returnToSender");
    QTest::addColumn<QString>("pickupPoint");
    QTest::addColumn<QString>("deliveredUtc");

    const auto ok
        = [](const char *name, const char *file, const char *status, int events, int attempts = 0,
              bool rts = false, const char *pickup = "", const char *delivered = "") {
              QTest::newRow(name) << QString::fromLatin1(file) << 200 << QByteArray() << -1
                                  << QString::fromLatin1(status) << events << attempts << rts
                                  << QString::fromLatin1(pickup) << QString::fromLatin1(delivered);
          };
    ok("label created", "label-created.json", "InfoReceived/LabelCreated", 1);
    ok("in transit", "in-transit.json", "InTransit/InTransit", 2);
    ok("out for delivery", "out-for-delivery.json", "OutForDelivery/OutForDelivery", 2);
    ok("failed attempts", "failed-attempt.json", "AttemptFail/FailedAttempt", 3, 2);
    ok("pickup point", "pickup-point.json", "AvailableForPickup/AvailableForPickup", 1, 0, false,
        "53113 Bonn");
    ok("delivered to neighbour", "delivered-neighbour.json", "Delivered/DeliveredToNeighbour", 2, 0,
        false, "", "2026-03-05T11:31:00Z");
    ok("picked up from Packstation", "delivered-picked-up.json", "Delivered/PickedUp", 2, 0, false,
        "", "2026-03-06T16:45:00Z");
    ok("damaged", "exception-damaged.json", "Exception/Damaged", 1);
    ok("returned to sender", "return-to-sender.json", "Exception/ReturnedToSender", 2, 0, true);

    const auto error = [](const char *name, const char *file, int http, CarrierErrorKind kind,
                           const QByteArray &retryAfter = {}) {
        QTest::newRow(name) << QString::fromLatin1(file) << http << retryAfter << int(kind)
                            << QString() << 0 << 0 << false << QString() << QString();
    };
    error("not found", "error-not-found.json", 404, CarrierErrorKind::NotFound);
    error("not found inside 200", "error-not-found.json", 200, CarrierErrorKind::NotFound);
    error("invalid number", "error-invalid-number.json", 400, CarrierErrorKind::InvalidNumber);
    error("unauthorized", "error-unauthorized.json", 401, CarrierErrorKind::Unauthorized);
    error("rate limited", "error-rate-limited.json", 429, CarrierErrorKind::RateLimited, "120");
    error("server error", "error-server.json", 503, CarrierErrorKind::ServerError);
    error("server error without JSON", "error-malformed-truncated.json", 502,
        CarrierErrorKind::ServerError);
    error("truncated body", "error-malformed-truncated.json", 200, CarrierErrorKind::Malformed);
}

void TestDhlAdapter::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, http);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, errorKind);
    QFETCH(QString, status);
    QFETCH(int, events);
    QFETCH(int, attempts);
    QFETCH(bool, returnToSender);
    QFETCH(QString, pickupPoint);
    QFETCH(QString, deliveredUtc);

    const QByteArray body = fixture(file);
    QVERIFY2(!body.isEmpty(), qPrintable(file));
    HttpHeaders headers;
    if (!retryAfter.isEmpty())
        headers.emplaceBack("retry-after", retryAfter);
    const ParseResult r = m_dhl.parse(response(body, http, headers));
    if (errorKind >= 0) {
        QCOMPARE(r.shipments.size(), 0);
        QCOMPARE(r.errors.size(), 1);
        const CarrierError &e = r.errors.first();
        QCOMPARE(int(e.kind), errorKind);
        QVERIFY(!e.message.isEmpty());
        if (e.kind == CarrierErrorKind::NotFound)
            QCOMPARE(e.trackingNumber, u"00340434161094999999"_s);
        if (e.kind == CarrierErrorKind::RateLimited)
            QCOMPARE(e.retryAfterSeconds, std::optional<int>(120));
        return;
    }
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).message));
    QCOMPARE(r.shipments.size(), 1);
    const ParsedShipment &s = r.shipments.first();
    QCOMPARE(s.status.toString(), status);
    QCOMPARE(s.events.size(), events);
    QCOMPARE(s.events.last().status.toString(), status);
    QCOMPARE(s.attempts, attempts);
    QCOMPARE(s.returnToSender, returnToSender);
    QCOMPARE(s.pickupPoint, pickupPoint);
    QCOMPARE(utc(s.deliveredAtMs), deliveredUtc);
    QCOMPARE(s.service, u"DHL Paket"_s);
    QCOMPARE(*s.weightKg, 1.5); // sent in grams
    QCOMPARE(s.destinationCountry, u"DE"_s);
    QVERIFY(!s.flags.contains(u"unmapped_codes"_s));
}

void TestDhlAdapter::wrongTypesNameTheField()
{
    const ParseResult r = m_dhl.parse(response(fixture(u"malformed-wrong-types.json"_s)));
    QCOMPARE(r.shipments.size(), 1);
    QCOMPARE(r.shipments.first().events.size(), 2); // events[0] and events[3] (code unread)
    QStringList messages;
    for (const CarrierError &e : r.errors) {
        QCOMPARE(e.kind, CarrierErrorKind::Malformed);
        QCOMPARE(e.trackingNumber, u"00340434161094000011"_s);
        messages.append(e.message);
    }
    const QString all = messages.join(u'\n');
    QVERIFY2(all.contains(u"shipments[0].events[1].timestamp"_s), qPrintable(all));
    QVERIFY2(all.contains(u"shipments[0].events[2].timestamp"_s), qPrintable(all));
    QVERIFY2(all.contains(u"shipments[0].events[3].statusCode"_s), qPrintable(all));
    QVERIFY2(all.contains(u"shipments[0].events[4]"_s), qPrintable(all));
    QCOMPARE(r.errors.size(), 4);
    // The event whose code could not be read is kept, unmapped, and says so.
    const ParsedShipment &s = r.shipments.first();
    QVERIFY(s.events.first().unmapped);
    QVERIFY(s.flags.contains(u"unmapped_codes"_s));

    const ParseResult unmapped = m_dhl.parse(response(fixture(u"unmapped-code.json"_s)));
    QCOMPARE(unmapped.shipments.size(), 1);
    const ParsedShipment &u = unmapped.shipments.first();
    QVERIFY(u.events.first().unmapped);
    QCOMPARE(u.events.first().code, u"unknown"_s);
    QCOMPARE(u.events.first().status, Status());
    QVERIFY(u.statusUnmapped);
    QCOMPARE(u.status, Status());
    QVERIFY(u.flags.contains(u"unmapped_codes"_s));
}

void TestDhlAdapter::hostileBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray real = fixture(u"failed-attempt.json"_s);
    QTest::newRow("truncated") << real.left(real.size() / 2);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("shipments is a string") << QByteArray(R"({"shipments":"none"})");
    QTest::newRow("50 MB") << (QByteArray(R"({"shipments":[")") + QByteArray(50 * 1024 * 1024, 'a')
        + QByteArray(R"("]})"));
    QTest::newRow("nested 10000 deep")
        << (QByteArray(R"({"shipments":)") + QByteArray(10000, '[') + QByteArray(10000, ']') + "}");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"shipments\":[{\"id\":\"\xff\xfe\xc3\x28\"}]}");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03", 4);
}

void TestDhlAdapter::hostileBodies()
{
    QFETCH(QByteArray, body);
    const ParseResult r = m_dhl.parse(response(body));
    QVERIFY(r.shipments.isEmpty());
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().kind, CarrierErrorKind::Malformed);
    QVERIFY(!r.errors.first().message.isEmpty());

    // Every value of a real answer replaced by one of another type: errors, no crash.
    const auto doc = QJsonDocument::fromJson(fixture(u"failed-attempt.json"_s));
    const QJsonValue wrong = scrambled(doc.object(), 0);
    const ParseResult scrambledResult
        = m_dhl.parse(response(QJsonDocument(wrong.toObject()).toJson()));
    QVERIFY(!scrambledResult.errors.isEmpty());
    for (const CarrierError &e : scrambledResult.errors)
        QCOMPARE(e.kind, CarrierErrorKind::Malformed);
}

void TestDhlAdapter::requests()
{
    CarrierCredentials c;
    c.apiKey = u"demo-key-123"_s;
    const auto rs = m_dhl.buildRequests(
        {u" 00340434161094000001 "_s, u"JJD0099&x=1"_s, u""_s, u"00340434161094000001"_s},
        m_dhl.defaultBaseUrl(), c, {});
    QCOMPARE(rs.size(), 2); // one number per call, blanks and repeats dropped
    const CarrierRequest &r = rs.first();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.url.scheme(), u"https"_s);
    QCOMPARE(r.url.host(), u"api-eu.dhl.com"_s);
    QCOMPARE(r.url.path(), u"/track/shipments"_s);
    QCOMPARE(QUrlQuery(r.url).queryItemValue(u"trackingNumber"_s, QUrl::FullyDecoded),
        u"00340434161094000001"_s);
    QCOMPARE(r.trackingNumbers, QStringList {u"00340434161094000001"_s});
    QVERIFY(r.headers.contains({"DHL-API-Key", "demo-key-123"}));
    QVERIFY(r.headers.contains({"Accept", "application/json"}));
    // A number with query syntax in it stays one value.
    const QUrlQuery second(rs.at(1).url);
    QCOMPARE(second.queryItemValue(u"trackingNumber"_s, QUrl::FullyDecoded), u"JJD0099&x=1"_s);
    QVERIFY(!second.hasQueryItem(u"x"_s));

    const auto sandbox
        = m_dhl.buildRequests({u"1"_s}, QUrl(u"http://127.0.0.1:8099/sandbox/dhl/"_s), c, {});
    QCOMPARE(sandbox.size(), 1);
    QCOMPARE(sandbox.first().url.toString(QUrl::RemoveQuery),
        u"http://127.0.0.1:8099/sandbox/dhl/track/shipments"_s);
}

void TestDhlAdapter::secretsStayOutOfErrors()
{
    const QString key = u"SECRET-dhl-key-9f8e7d"_s;
    CarrierCredentials c;
    c.apiKey = key;
    QVERIFY(!m_dhl.buildRequests({u"1"_s}, {}, c, {}).isEmpty());
    for (const char *file : {"error-unauthorized.json", "error-not-found.json",
             "error-rate-limited.json", "error-server.json", "malformed-wrong-types.json"}) {
        for (int http : {200, 401, 403, 404, 429, 500}) {
            const ParseResult r = m_dhl.parse(response(fixture(QString::fromLatin1(file)), http));
            for (const CarrierError &e : r.errors) {
                QVERIFY(!e.message.contains(key));
                QVERIFY(!e.code.contains(key));
            }
        }
    }
}

void TestDhlAdapter::statusMapIsCompleteAndValid()
{
    const StatusMap &map = StatusMap::forCarrier(u"dhl"_s);
    QCOMPARE(map.carrier(), u"dhl"_s);
    QCOMPARE(map.version(), u"2026-11-22.1"_s);
    const QStringList unified
        = {u"pre-transit"_s, u"transit"_s, u"delivered"_s, u"failure"_s, u"unknown"_s};
    for (const QString &code : unified)
        QVERIFY2(map.map(code) || map.knowinglyUnmapped().contains(code), qPrintable(code));

    // Every code maps to a status of our language (fromJson refuses anything else).
    for (const QString &code : map.codes()) {
        const auto m = map.map(code);
        QVERIFY2(m, qPrintable(code));
        QVERIFY(Status::make(m->status.tag(), m->status.subStatus()));
    }

    PARCELDESK_REQUIRE_SHARED_SAMPLES();
    // DHL's table: Windows-1252, CRLF, ';'; the first two columns are plain ASCII codes.
    const QByteArray csv = sample(u"dhl-unified-status-codes.csv"_s);
    QVERIFY(!csv.isEmpty());
    QSet<QString> documented(unified.begin(), unified.end());
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cols = lines.at(i).trimmed().split(';');
        if (cols.size() >= 2)
            documented.insert(QString::fromLatin1(cols.at(0) + '/' + cols.at(1)));
    }
    QCOMPARE(documented.size(), 1090 + unified.size());
    for (const QString &code : map.codes())
        QVERIFY2(documented.contains(code), qPrintable(u"not in DHL's tables: "_s + code));
    for (auto it = map.knowinglyUnmapped().begin(); it != map.knowinglyUnmapped().end(); ++it) {
        QVERIFY2(documented.contains(it.key()), qPrintable(it.key()));
        QVERIFY(!it.value().isEmpty());
        QVERIFY2(!map.map(it.key()), qPrintable(it.key()));
    }
    // And every documented code is decided: mapped, or unmapped with a reason.
    for (const QString &code : std::as_const(documented))
        QVERIFY2(map.map(code) || map.knowinglyUnmapped().contains(code), qPrintable(code));
    QCOMPARE(map.codeCount() + map.knowinglyUnmapped().size(), documented.size());
}

void TestDhlAdapter::recognizes()
{
    QCOMPARE(m_dhl.recognizes(fixture(u"in-transit.json"_s)), 70);
    QCOMPARE(m_dhl.recognizes(R"({"parcels":[{"requested":"1","unitno":"1"}]})"), 0);
    QCOMPARE(m_dhl.recognizes(fixture(u"error-not-found.json"_s)), 30);
    QCOMPARE(m_dhl.recognizes(QByteArray()), 0);
    if (!sharedSamplesDir().isEmpty())
        QCOMPARE(m_dhl.recognizes(sample(u"unified-parcel-de-delivered-2023-real.json"_s)), 100);
}

QTEST_GUILESS_MAIN(TestDhlAdapter)
#include "tst_dhladapter.moc"
