#include "carriers/glsadapter.h"
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

using namespace Qt::StringLiterals;
using namespace ParcelDesk;
using namespace ParcelDesk::CarrierTestSupport;

namespace {

QByteArray sample(const QString &name)
{
    return readFile(samplePath(u"gls", name));
}

QByteArray fixture(const QString &name)
{
    return readFile(fixturePath(u"gls", name));
}

} // namespace

class TestGlsAdapter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describesItself();
    void sharedPayloads_data();
    void sharedPayloads();
    void sharedDetails();
    void fixtures_data();
    void fixtures();
    void unmappedIsNeverGuessed();
    void wrongTypesNameTheField();
    void hostileBodies_data();
    void hostileBodies();
    void requests();
    void tokenRequest();
    void secretsStayOutOfErrors();
    void statusMapIsCompleteAndValid();
    void recognizes();

private:
    GlsAdapter m_gls;
};

void TestGlsAdapter::describesItself()
{
    QCOMPARE(m_gls.id(), u"gls"_s);
    QCOMPARE(m_gls.displayName(), u"GLS"_s);
    QCOMPARE(m_gls.defaultBaseUrl(), QUrl(u"https://api.gls-group.net"_s));
    QCOMPARE(m_gls.authScheme(), AuthScheme::OAuth2ClientCredentials);
    QCOMPARE(m_gls.limits().maxNumbersPerRequest, 10);
    QCOMPARE(m_gls.limits().dailyQuota, 500);
    QCOMPARE(m_gls.limits().requestsPerSecond, 1.0);
}

void TestGlsAdapter::sharedPayloads_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("http");
    QTest::addColumn<int>("shipments");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("errorKind"); // of the first error; -1 none
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("events");
    QTest::addColumn<QString>("firstCode");
    QTest::addColumn<QString>("firstUtc");
    QTest::addColumn<QString>("lastCode");
    QTest::addColumn<QString>("lastUtc");

    QTest::newRow("in transit") << u"track-and-trace-v1-intransit.json"_s << 200 << 1 << 0 << -1
                                << QString() << u"36301917596"_s << u"InTransit/InTransit"_s << 2
                                << u"INTIAL.PREADVICE"_s << u"2024-10-07T07:30:00Z"_s
                                << u"INTIAL.NORMAL"_s << u"2024-10-07T08:46:14Z"_s;
    QTest::newRow("not found inside 200")
        << u"error-E_404_01-parcel-not-found-http200.json"_s << 200 << 0 << 1
        << int(CarrierErrorKind::NotFound) << u"E_404_01"_s << u"36301917596"_s << QString() << 0
        << QString() << QString() << QString() << QString();
    QTest::newRow("parcel shop, winter offset")
        << u"spec-example-200-deliveredps-with-links.json"_s << 200 << 1 << 0 << -1 << QString()
        << u"42249028960"_s << u"AvailableForPickup/AvailableForPickup"_s << 4
        << u"INTIAL.PREADVICE"_s << u"2025-02-10T14:08:43Z"_s << u"DELIVD.PARCELSHOP"_s
        << u"2025-02-10T14:13:46Z"_s;
    QTest::newRow("mixed found and not found")
        << u"spec-example-200-mixed-found-and-not-found.json"_s << 200 << 1 << 1
        << int(CarrierErrorKind::NotFound) << u"E_404_01"_s << u"36301917596"_s
        << u"InfoReceived/LabelCreated"_s << 2 << u"INTIAL.PREADVICE"_s << u"2024-10-11T13:24:51Z"_s
        << u"INTIAL.E48_DATA"_s << u"2024-10-11T13:24:52Z"_s;
    QTest::newRow("reference gives two parcels")
        << u"spec-example-200-reference-returns-two-parcels.json"_s << 200 << 2 << 0 << -1
        << QString() << u"747N6K"_s << u"InTransit/InTransit"_s << 2 << u"INTIAL.PREADVICE"_s
        << u"2024-09-17T20:27:25Z"_s << u"INTIAL.NORMAL"_s << u"2024-09-18T04:50:22Z"_s;
    QTest::newRow("event code list is no tracking answer")
        << u"spec-example-200-event-codes.json"_s << 200 << 0 << 1
        << int(CarrierErrorKind::Malformed) << QString() << QString() << QString() << 0 << QString()
        << QString() << QString() << QString();
    QTest::newRow("400 bad query parameter")
        << u"spec-example-400-bad-query-parameter.json"_s << 400 << 0 << 1
        << int(CarrierErrorKind::InvalidNumber) << u"400"_s << QString() << QString() << 0
        << QString() << QString() << QString() << QString();
    QTest::newRow("400 too many references")
        << u"spec-example-400-too-many-references.json"_s << 400 << 0 << 1
        << int(CarrierErrorKind::InvalidNumber) << u"400"_s << QString() << QString() << 0
        << QString() << QString() << QString() << QString();
    QTest::newRow("401 token expired")
        << u"spec-example-401-token-expired.json"_s << 401 << 0 << 1
        << int(CarrierErrorKind::Unauthorized) << u"steps.jwt.TokenExpired"_s << QString()
        << QString() << 0 << QString() << QString() << QString() << QString();
    QTest::newRow("429 quota") << u"spec-example-429-rate-limit-quota-violation.json"_s << 429 << 0
                               << 1 << int(CarrierErrorKind::RateLimited)
                               << u"policies.ratelimit.QuotaViolation"_s << QString() << QString()
                               << 0 << QString() << QString() << QString() << QString();
}

void TestGlsAdapter::sharedPayloads()
{
    PARCELDESK_REQUIRE_SHARED_SAMPLES();
    QFETCH(QString, file);
    QFETCH(int, http);
    QFETCH(int, shipments);
    QFETCH(int, errors);
    QFETCH(int, errorKind);
    QFETCH(QString, errorCode);
    QFETCH(QString, number);
    QFETCH(QString, status);
    QFETCH(int, events);
    QFETCH(QString, firstCode);
    QFETCH(QString, firstUtc);
    QFETCH(QString, lastCode);
    QFETCH(QString, lastUtc);

    const QByteArray body = sample(file);
    QVERIFY2(!body.isEmpty(), qPrintable(file));
    const ParseResult r = m_gls.parse(response(body, http));
    QCOMPARE(r.shipments.size(), shipments);
    QCOMPARE(r.errors.size(), errors);
    if (errorKind >= 0) {
        QCOMPARE(int(r.errors.first().kind), errorKind);
        QCOMPARE(r.errors.first().code, errorCode);
        QVERIFY(!r.errors.first().message.isEmpty());
        if (!errorCode.startsWith(u"E_"))
            QVERIFY(r.errors.first().trackingNumber.isEmpty());
    }
    if (shipments == 0)
        return;
    const ParsedShipment &s = r.shipments.first();
    QCOMPARE(s.carrier, u"gls"_s);
    QCOMPARE(s.trackingNumber, number);
    QCOMPARE(s.status.toString(), status);
    QVERIFY(!s.statusUnmapped);
    QCOMPARE(s.events.size(), events);
    QCOMPARE(s.events.first().code, firstCode);
    QCOMPARE(utc(s.events.first().occurredAtMs), firstUtc);
    QCOMPARE(s.events.last().code, lastCode);
    QCOMPARE(utc(s.events.last().occurredAtMs), lastUtc);
    QVERIFY(!s.deliveredAtMs);
    QCOMPARE(s.attempts, 0);
    QVERIFY(s.flags.isEmpty());
    for (const ParsedEvent &e : s.events) {
        QVERIFY(!e.unmapped);
        QVERIFY(!e.offsetAssumed);
        QCOMPARE(e.mapVersion, u"2026-11-22.1"_s);
    }
}

void TestGlsAdapter::sharedDetails()
{
    PARCELDESK_REQUIRE_SHARED_SAMPLES();
    const ParseResult transit
        = m_gls.parse(response(sample(u"track-and-trace-v1-intransit.json"_s)));
    QCOMPARE(transit.shipments.size(), 1);
    const ParsedShipment &t = transit.shipments.first();
    QCOMPARE(t.shipmentKey, u"36301917596"_s);
    QCOMPARE(t.originCountry, u"DE"_s);
    const ParsedEvent &handedOver = t.events.last();
    QCOMPARE(handedOver.city, u"Berlin"_s);
    QCOMPARE(handedOver.postcode, u"10437"_s);
    QCOMPARE(handedOver.country, u"DE"_s);
    QCOMPARE(handedOver.utcOffsetMinutes, 120); // "+0200", no colon
    QCOMPARE(handedOver.status.toString(), u"InTransit/AcceptanceScan"_s);
    QCOMPARE(handedOver.relevance, Relevance::Milestone);
    QVERIFY(t.events.first().city.isEmpty()); // empty strings stay empty

    const ParseResult two
        = m_gls.parse(response(sample(u"spec-example-200-reference-returns-two-parcels.json"_s)));
    QCOMPARE(two.shipments.size(), 2);
    QCOMPARE(two.shipments.at(0).trackingNumber, u"747N6K"_s);
    QCOMPARE(two.shipments.at(1).trackingNumber, u"747N6K"_s);
    QCOMPARE(two.shipments.at(0).shipmentKey, u"93835330599"_s);
    QCOMPARE(two.shipments.at(1).shipmentKey, u"93835330600"_s);
    QCOMPARE(two.shipments.at(1).originCountry, u"IT"_s);

    const ParseResult mixed
        = m_gls.parse(response(sample(u"spec-example-200-mixed-found-and-not-found.json"_s)));
    QCOMPARE(mixed.errors.first().trackingNumber, u"42249018928"_s);
    QCOMPARE(mixed.shipments.first().trackingNumber, u"36301917596"_s);

    const ParseResult shop
        = m_gls.parse(response(sample(u"spec-example-200-deliveredps-with-links.json"_s)));
    const ParsedShipment &p = shop.shipments.first();
    QCOMPARE(p.events.last().utcOffsetMinutes, 60);
    QVERIFY(p.events.last().country.isEmpty());
    QVERIFY(p.pickupPoint.isEmpty()); // GLS names the shop only through deliveryInfo
    QVERIFY(!p.returnToSender);

    const ParseResult quota
        = m_gls.parse(response(sample(u"spec-example-429-rate-limit-quota-violation.json"_s), 429,
            {{"retry-after", "3600"}}));
    QCOMPARE(quota.errors.first().retryAfterSeconds, std::optional<int>(3600));
}

void TestGlsAdapter::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("http");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("errorKind");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("lastEventStatus");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QString>("pickupPoint");
    QTest::addColumn<QString>("deliveredUtc");

    const auto ok
        = [](const char *name, const char *file, const char *status, const char *lastEvent,
              int attempts = 0, const char *pickup = "", const char *delivered = "") {
              QTest::newRow(name) << QString::fromLatin1(file) << 200 << QByteArray() << -1
                                  << QString::fromLatin1(status) << QString::fromLatin1(lastEvent)
                                  << attempts << QString::fromLatin1(pickup)
                                  << QString::fromLatin1(delivered);
          };
    ok("label created", "label-created.json", "InfoReceived/LabelCreated",
        "InfoReceived/LabelCreated");
    ok("in transit", "in-transit.json", "InTransit/InTransit", "InTransit/AcceptanceScan");
    ok("out for delivery", "out-for-delivery.json", "OutForDelivery/OutForDelivery",
        "InTransit/AcceptanceScan");
    ok("failed attempt", "failed-attempt.json", "AttemptFail/FailedAttempt",
        "InTransit/AcceptanceScan", 1);
    ok("parcel shop", "pickup-point.json", "AvailableForPickup/AvailableForPickup",
        "AvailableForPickup/AvailableForPickup", 0, "65760 Eschborn");
    ok("delivered", "delivered.json", "Delivered/Delivered", "InTransit/AcceptanceScan", 0, "",
        "2026-03-04T09:05:33Z");
    ok("forwarded to a new address", "forwarded.json", "InTransit/InTransit",
        "InTransit/Forwarded");
    ok("cancelled", "exception-cancelled.json", "Exception/Exception", "Exception/Exception");
    ok("not picked up", "exception-not-picked-up.json", "Exception/Exception",
        "InfoReceived/LabelCreated");

    const auto error = [](const char *name, const char *file, int http, CarrierErrorKind kind,
                           const QByteArray &retryAfter = {}) {
        QTest::newRow(name) << QString::fromLatin1(file) << http << retryAfter << int(kind)
                            << QString() << QString() << 0 << QString() << QString();
    };
    error("not found", "error-not-found.json", 200, CarrierErrorKind::NotFound);
    error("invalid number", "error-invalid-number.json", 200, CarrierErrorKind::InvalidNumber);
    error("too many ids", "error-bad-request.json", 400, CarrierErrorKind::InvalidNumber);
    error("unauthorized", "error-unauthorized.json", 401, CarrierErrorKind::Unauthorized);
    error("rate limited", "error-rate-limited.json", 429, CarrierErrorKind::RateLimited, "17");
    error("server error, HTML", "error-server-html.txt", 503, CarrierErrorKind::ServerError);
    error("truncated", "error-malformed-truncated.json", 200, CarrierErrorKind::Malformed);
}

void TestGlsAdapter::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, http);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, errorKind);
    QFETCH(QString, status);
    QFETCH(QString, lastEventStatus);
    QFETCH(int, attempts);
    QFETCH(QString, pickupPoint);
    QFETCH(QString, deliveredUtc);

    const QByteArray body = fixture(file);
    QVERIFY2(!body.isEmpty(), qPrintable(file));
    HttpHeaders headers;
    if (!retryAfter.isEmpty())
        headers.emplaceBack("retry-after", retryAfter);
    const ParseResult r = m_gls.parse(response(body, http, headers));
    if (errorKind >= 0) {
        QCOMPARE(r.shipments.size(), 0);
        QCOMPARE(r.errors.size(), 1);
        const CarrierError &e = r.errors.first();
        QCOMPARE(int(e.kind), errorKind);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(!e.message.contains(u"<html>"_s));
        if (e.kind == CarrierErrorKind::NotFound)
            QCOMPARE(e.trackingNumber, u"62000099999"_s);
        if (e.kind == CarrierErrorKind::RateLimited) {
            QCOMPARE(e.retryAfterSeconds, std::optional<int>(17));
            QCOMPARE(e.code, u"policies.ratelimit.SpikeArrestViolation"_s);
        }
        return;
    }
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).message));
    QCOMPARE(r.shipments.size(), 1);
    const ParsedShipment &s = r.shipments.first();
    QCOMPARE(s.status.toString(), status);
    QCOMPARE(s.events.last().status.toString(), lastEventStatus);
    QCOMPARE(s.attempts, attempts);
    QCOMPARE(s.pickupPoint, pickupPoint);
    QCOMPARE(utc(s.deliveredAtMs), deliveredUtc);
    QVERIFY(!s.returnToSender);
    QCOMPARE(s.events.first().code, u"INTIAL.PREADVICE"_s);
    QCOMPARE(utc(s.events.first().occurredAtMs), u"2026-03-02T16:01:10Z"_s);
    QVERIFY(s.flags.isEmpty());
}

void TestGlsAdapter::unmappedIsNeverGuessed()
{
    const ParseResult r = m_gls.parse(response(fixture(u"unmapped-final.json"_s)));
    QCOMPARE(r.shipments.size(), 1);
    const ParsedShipment &s = r.shipments.first();
    QVERIFY(s.statusUnmapped); // FINAL: history closed, outcome unknown
    QCOMPARE(s.status.toString(), u"InTransit/AcceptanceScan"_s); // from the mapped events
    QCOMPARE(s.events.size(), 3);
    const ParsedEvent &back = s.events.last();
    QCOMPARE(back.code, u"RETURN.TOSENDER"_s);
    QVERIFY(back.unmapped);
    QCOMPARE(back.status, Status());
    QCOMPARE(back.description, u"The parcel is on its way back to the sender."_s);
    QVERIFY(!s.returnToSender); // not from an unmapped code
    QVERIFY(s.flags.contains(u"unmapped_codes"_s));

    const ParseResult mixed = m_gls.parse(response(fixture(u"error-server-in-200.json"_s)));
    QCOMPARE(mixed.shipments.size(), 1);
    QCOMPARE(mixed.errors.size(), 1);
    QCOMPARE(mixed.errors.first().kind, CarrierErrorKind::ServerError);
    QCOMPARE(mixed.errors.first().trackingNumber, u"62000000011"_s);
}

void TestGlsAdapter::wrongTypesNameTheField()
{
    const ParseResult r = m_gls.parse(response(fixture(u"malformed-wrong-types.json"_s)));
    QCOMPARE(r.shipments.size(), 2);
    QCOMPARE(r.shipments.first().events.size(), 2); // events[0] and events[3] (code unread)
    QStringList messages;
    for (const CarrierError &e : r.errors) {
        QCOMPARE(e.kind, CarrierErrorKind::Malformed);
        messages.append(e.message);
    }
    const QString all = messages.join(u'\n');
    QVERIFY2(all.contains(u"parcels[0].events[1].eventDateTime"_s), qPrintable(all));
    QVERIFY2(all.contains(u"parcels[0].events[2].eventDateTime"_s), qPrintable(all));
    QVERIFY2(all.contains(u"parcels[0].events[3].code"_s), qPrintable(all));
    QVERIFY2(all.contains(u"parcels[0].events[4]"_s), qPrintable(all));
    QVERIFY2(all.contains(u"parcels[1].events"_s), qPrintable(all));
    QCOMPARE(r.errors.size(), 5);
    QCOMPARE(r.errors.first().trackingNumber, u"62000000012"_s);
}

void TestGlsAdapter::hostileBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("http");
    const QByteArray real = fixture(u"pickup-point.json"_s);
    QTest::newRow("truncated") << real.left(real.size() / 2) << 200;
    QTest::newRow("empty") << QByteArray() << 200;
    QTest::newRow("null") << QByteArray("null") << 200;
    QTest::newRow("parcels is an object") << QByteArray(R"({"parcels":{}})") << 200;
    QTest::newRow("50 MB") << (QByteArray(R"({"parcels":[")") + QByteArray(50 * 1024 * 1024, 'x')
        + QByteArray(R"("]})"))
                           << 200;
    QTest::newRow("nested 10000 deep")
        << (QByteArray(R"({"parcels":)") + QByteArray(10000, '[') + QByteArray(10000, ']') + "}")
        << 200;
    QTest::newRow("invalid UTF-8")
        << QByteArray("{\"parcels\":[{\"requested\":\"\xc0\xaf\"}]}") << 200;
    QTest::newRow("fault with wrong types")
        << QByteArray(R"({"fault":{"faultstring":[1],"detail":7}})") << 200;
}

void TestGlsAdapter::hostileBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(int, http);
    const ParseResult r = m_gls.parse(response(body, http));
    QVERIFY(r.shipments.isEmpty());
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().kind, CarrierErrorKind::Malformed);
    QVERIFY(!r.errors.first().message.isEmpty());

    // Every value of a real answer replaced by one of another type: errors, no crash.
    const auto doc = QJsonDocument::fromJson(fixture(u"pickup-point.json"_s));
    const QJsonValue wrong = scrambled(doc.object(), 0);
    const ParseResult scrambledResult
        = m_gls.parse(response(QJsonDocument(wrong.toObject()).toJson()));
    QVERIFY(!scrambledResult.errors.isEmpty());
    for (const CarrierError &e : scrambledResult.errors)
        QVERIFY(e.kind == CarrierErrorKind::Malformed);
}

void TestGlsAdapter::requests()
{
    QStringList numbers;
    for (int i = 0; i < 23; ++i)
        numbers.append(u"620000000%1"_s.arg(i, 2, 10, QChar(u'0')));
    numbers << u"ZX61QJIX"_s << u"FA653N"_s << u" 62000000001 "_s << QString();
    const auto rs = m_gls.buildRequests(numbers, m_gls.defaultBaseUrl(), {}, u"tok-abc"_s);
    QCOMPARE(rs.size(), 4); // 10 + 10 + 3 parcel numbers, then 2 references
    for (const CarrierRequest &r : rs) {
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.url.host(), u"api.gls-group.net"_s);
        QVERIFY(r.headers.contains({"Authorization", "Bearer tok-abc"}));
        QVERIFY(r.headers.contains({"Accept-Language", "EN"}));
        QCOMPARE(QUrlQuery(r.url).queryItemValue(u"showEvents"_s), u"true"_s);
        QVERIFY(r.trackingNumbers.size() <= 10);
    }
    QCOMPARE(rs.at(0).trackingNumbers.size(), 10);
    QCOMPARE(rs.at(2).trackingNumbers.size(), 3);
    QCOMPARE(rs.at(0).url.path(),
        u"/track-and-trace-v1/tracking/simple/trackids/"_s + rs.at(0).trackingNumbers.join(u','));
    QCOMPARE(
        rs.at(3).url.path(), u"/track-and-trace-v1/tracking/simple/references/ZX61QJIX,FA653N"_s);

    const auto sandbox
        = m_gls.buildRequests({u"a/b"_s}, QUrl(u"http://127.0.0.1:8099/sandbox/gls"_s), {}, u"t"_s);
    QCOMPARE(sandbox.size(), 1);
    QCOMPARE(sandbox.first().url.toString(QUrl::RemoveQuery | QUrl::FullyEncoded),
        u"http://127.0.0.1:8099/sandbox/gls/track-and-trace-v1/tracking/simple/references/a%2Fb"_s);
}

void TestGlsAdapter::tokenRequest()
{
    CarrierCredentials c;
    c.clientId = u"client-1"_s;
    c.clientSecret = u"s3cret:with:colons"_s;
    const auto r = m_gls.buildTokenRequest(m_gls.defaultBaseUrl(), c);
    QVERIFY(r);
    QCOMPARE(r->method, QByteArray("POST"));
    QCOMPARE(r->url, QUrl(u"https://api.gls-group.net/oauth2/v1/token"_s));
    QCOMPARE(r->body, QByteArray("grant_type=client_credentials"));
    QVERIFY(r->headers.contains({"Content-Type", "application/x-www-form-urlencoded"}));
    const QByteArray basic = "Basic "
        + QByteArray("client-1:" + QUrl::toPercentEncoding(u"s3cret:with:colons"_s)).toBase64();
    QVERIFY(r->headers.contains({"Authorization", basic}));
    QVERIFY(!r->body.contains("s3cret"));

    const auto token = m_gls.parseTokenResponse(
        response(R"({"access_token":"eyJ.abc","token_type":"Bearer","expires_in":14400})"), 1000);
    QVERIFY(token);
    QCOMPARE(token->value, u"eyJ.abc"_s);
    QCOMPARE(token->expiresAtMs, 1000 + 14400 * 1000);
}

void TestGlsAdapter::secretsStayOutOfErrors()
{
    const QString secret = u"SECRET-gls-client-secret"_s;
    const QString token = u"SECRET-bearer-token"_s;
    CarrierCredentials c;
    c.clientId = u"id"_s;
    c.clientSecret = secret;
    QVERIFY(m_gls.buildTokenRequest({}, c));
    QVERIFY(!m_gls.buildRequests({u"1"_s}, {}, c, token).isEmpty());
    const char *files[] = {"error-unauthorized.json", "error-rate-limited.json",
        "error-bad-request.json", "malformed-wrong-types.json", "error-server-html.txt"};
    for (const char *file : files) {
        for (int http : {200, 400, 401, 429, 500}) {
            const ParseResult r = m_gls.parse(response(fixture(QString::fromLatin1(file)), http));
            QVERIFY(!r.errors.isEmpty());
            for (const CarrierError &e : r.errors) {
                QVERIFY(!e.message.contains(secret) && !e.message.contains(token));
                QVERIFY(!e.code.contains(secret) && !e.code.contains(token));
            }
        }
    }
}

void TestGlsAdapter::statusMapIsCompleteAndValid()
{
    const StatusMap &map = StatusMap::forCarrier(u"gls"_s);
    QCOMPARE(map.carrier(), u"gls"_s);
    QCOMPARE(map.version(), u"2026-11-22.1"_s);
    for (const QString &code : map.codes()) {
        const auto m = map.map(code);
        QVERIFY2(m, qPrintable(code));
        QVERIFY(Status::make(m->status.tag(), m->status.subStatus()));
    }
    QCOMPARE(map.map(u"DELIVERED"_s)->status, Status::of(SubStatus::Delivered));
    QCOMPARE(map.map(u"NOTDELIVERED"_s)->status.tag(), StatusTag::AttemptFail);

    PARCELDESK_REQUIRE_SHARED_SAMPLES();
    // What GLS documents: the parcel status enum and every event code in the spec, README and
    // the examples (GROUP.DETAIL).
    const QString spec = QString::fromUtf8(sample(u"openapi/ecitrackandtrace.yaml"_s));
    QVERIFY(!spec.isEmpty());
    const int enumStart = spec.indexOf(u"enum:"_s, spec.indexOf(u"ParcelDTO:"_s));
    const int enumEnd = spec.indexOf(u"statusDateTime:"_s, enumStart);
    QSet<QString> documented;
    static const QRegularExpression quoted(u"\"([A-Z]+)\""_s);
    auto it = quoted.globalMatch(spec.mid(enumStart, enumEnd - enumStart));
    while (it.hasNext())
        documented.insert(it.next().captured(1));
    QCOMPARE(documented.size(), 12);
    static const QRegularExpression eventCode(u"\\b([A-Z]{6}\\.[A-Z0-9_]+)\\b"_s);
    QString texts = spec + QString::fromUtf8(sample(u"README.md"_s));
    for (const char *f : {"track-and-trace-v1-intransit.json",
             "spec-example-200-deliveredps-with-links.json", "spec-example-200-event-codes.json"})
        texts += QString::fromUtf8(sample(QString::fromLatin1(f)));
    auto codes = eventCode.globalMatch(texts);
    while (codes.hasNext())
        documented.insert(codes.next().captured(1));

    for (const QString &code : map.codes())
        QVERIFY2(documented.contains(code), qPrintable(u"not documented by GLS: "_s + code));
    for (const QString &code : std::as_const(documented))
        QVERIFY2(map.map(code) || map.knowinglyUnmapped().contains(code), qPrintable(code));
    QCOMPARE(map.codeCount() + map.knowinglyUnmapped().size(), documented.size());
}

void TestGlsAdapter::recognizes()
{
    QCOMPARE(m_gls.recognizes(fixture(u"pickup-point.json"_s)), 100);
    QCOMPARE(m_gls.recognizes(fixture(u"error-not-found.json"_s)), 80);
    QCOMPARE(m_gls.recognizes(fixture(u"error-unauthorized.json"_s)), 30);
    QCOMPARE(m_gls.recognizes(R"({"shipments":[{"statusCode":"transit"}]})"), 0);
    QCOMPARE(m_gls.recognizes(QByteArray()), 0);
}

QTEST_GUILESS_MAIN(TestGlsAdapter)
#include "tst_glsadapter.moc"
