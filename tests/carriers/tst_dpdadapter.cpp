#include "carriers/carrierxml.h"
#include "carriers/dpdadapter.h"
#include "carriers/statusmap.h"
#include "carriertestsupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;
using namespace ParcelDesk::CarrierTestSupport;

namespace {

QString fixture(const QString &name)
{
    return fixturePath(u"dpd", name);
}

QString sample(const QString &name)
{
    return samplePath(u"dpd", name);
}

// The element names of a document, as paths, to compare a request's shape with DPD's example.
void collectPaths(const CarrierXml::Element &e, const QString &prefix, QStringList *paths)
{
    const QString path = prefix + u'/' + e.name;
    paths->append(path);
    for (const CarrierXml::Element &c : e.children)
        collectPaths(c, path, paths);
}

} // namespace

class TestDpdAdapter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describesItself();
    void realDeliveryFailureReturning();
    void realAuthenticationFault();
    void fixtures_data();
    void fixtures();
    void malformedFieldsAreNamed();
    void hostileBodies_data();
    void hostileBodies();
    void buildsTrackingRequests();
    void requestMatchesDpdExample();
    void buildsLoginRequest();
    void readsLoginAnswer();
    void secretsStayOutOfErrors();
    void recognizesBodies();
    void statusMapCoversDocumentedCodes();
};

void TestDpdAdapter::describesItself()
{
    const DpdAdapter dpd;
    QCOMPARE(dpd.id(), u"dpd"_s);
    QCOMPARE(dpd.displayName(), u"DPD"_s);
    QCOMPARE(dpd.defaultBaseUrl(), QUrl(u"https://wsshipper.dpd.be"_s));
    QCOMPARE(dpd.authScheme(), AuthScheme::SoapLoginToken);
    QCOMPARE(dpd.limits().maxNumbersPerRequest, 1);
    QCOMPARE(dpd.limits().dailyQuota, 0);
}

void TestDpdAdapter::realDeliveryFailureReturning()
{
    PARCELDESK_REQUIRE_SHARED_SAMPLES();
    const QByteArray body
        = readFile(sample(u"getTrackingData-response-BE-deliveryfailure-returning.xml"_s));
    QVERIFY(!body.isEmpty());
    const ParseResult r = DpdAdapter().parse(response(body));
    QCOMPARE(r.errors.size(), 0);
    QCOMPARE(r.shipments.size(), 1);
    const ParsedShipment &s = r.shipments.first();
    QCOMPARE(s.carrier, u"dpd"_s);
    QCOMPARE(s.service, u"DPD PARCELSHOP DELIVERY"_s);
    // isCurrentStatus marks ReturningFromDelivery: back at the depot after failing to deliver.
    QCOMPARE(s.status.toString(), u"Exception/Exception"_s);
    QVERIFY(!s.statusUnmapped);
    QCOMPARE(s.events.size(), 15);
    QCOMPARE(s.events.first().code, u"BetweenDepots"_s);
    // 7:11:26 PM in Belgium in August is UTC+2.
    QCOMPARE(utc(s.events.first().occurredAtMs), u"2021-08-17T17:11:26Z"_s);
    QCOMPARE(s.events.first().utcOffsetMinutes, 120);
    QVERIFY(s.events.first().offsetAssumed);
    QCOMPARE(s.events.first().city, u"Puurs"_s);
    QCOMPARE(s.events.first().country, u"BE"_s);
    QCOMPARE(s.events.first().description, u"The parcel is at the parcel dispatch centre."_s);
    QCOMPARE(s.events.last().code, u"ReturningFromDelivery"_s);
    QCOMPARE(utc(s.events.last().occurredAtMs), u"2021-08-19T15:11:26Z"_s);
    QCOMPARE(s.events.last().status.toString(), u"Exception/Exception"_s);
    // The two DeliveryFailure entries share a second but not a place: both are kept.
    QCOMPARE(s.events.at(5).code, u"DeliveryFailure"_s);
    QCOMPARE(s.events.at(6).code, u"DeliveryFailure"_s);
    QCOMPARE(s.events.at(5).occurredAtMs, s.events.at(6).occurredAtMs);
    QCOMPARE(s.events.at(5).country, u"BE"_s);
    QCOMPARE(s.events.at(6).city, u"Aschaffenburg"_s);
    QCOMPARE(s.events.at(6).country, u"DE"_s);
    QCOMPARE(s.events.at(5).status.toString(), u"AttemptFail/FailedAttempt"_s);
    QCOMPARE(s.events.at(7).status.toString(), u"AvailableForPickup/AvailableForPickup"_s);
    QCOMPARE(s.events.at(3).status.toString(), u"OutForDelivery/OutForDelivery"_s);
    QCOMPARE(s.events.at(13).code, u"PickedUp"_s);
    QCOMPARE(s.attempts, 2);
    QCOMPARE(s.pickupPoint, u"Mechelen"_s);
    QVERIFY(!s.deliveredAtMs);
    QVERIFY(!s.returnToSender);
    QCOMPARE(s.flags, QStringList {u"offset_assumed"_s});
    for (const ParsedEvent &e : s.events) {
        QVERIFY2(!e.unmapped, qPrintable(e.code));
        QCOMPARE(e.mapVersion, u"2026-11-22.1"_s);
    }
    for (qsizetype i = 1; i < s.events.size(); ++i)
        QVERIFY(s.events.at(i - 1).occurredAtMs <= s.events.at(i).occurredAtMs);
}

void TestDpdAdapter::realAuthenticationFault()
{
    PARCELDESK_REQUIRE_SHARED_SAMPLES();
    const ParseResult r
        = DpdAdapter().parse(response(readFile(sample(u"soap-fault-authentication.xml"_s)), 500));
    QCOMPARE(r.shipments.size(), 0);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().kind, CarrierErrorKind::Unauthorized);
    QCOMPARE(r.errors.first().code, u"DELICOM_ERR_AUTHENTICATION"_s);
    QCOMPARE(r.errors.first().message, u"Authentication failure, check delisId and password."_s);
    // The same fault answers a login.
    const auto token = DpdAdapter().parseTokenResponse(
        response(readFile(sample(u"soap-fault-authentication.xml"_s)), 500), 0);
    QVERIFY(!token);
    QVERIFY(token.error().message.contains(u"DELICOM_ERR_AUTHENTICATION"_s));
}

void TestDpdAdapter::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("shipments");
    QTest::addColumn<int>("errorKind"); // -1: no error
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("events");
    QTest::addColumn<QString>("firstCode");
    QTest::addColumn<QString>("lastCode");
    QTest::addColumn<QString>("lastUtc");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QString>("deliveredAt");
    QTest::addColumn<QStringList>("flags");

    const QStringList assumed {u"offset_assumed"_s};
    // Steps DPD marks as not reached are not events: in-transit lists five, three happened.
    QTest::newRow("in transit") << u"in-transit.xml"_s << 200 << QByteArray() << 1 << -1
                                << u"InTransit/ArrivalScan"_s << 3 << u"PickedUp"_s << u"Depot"_s
                                << u"2026-03-07T04:12:03Z"_s << 0 << QString() << assumed;
    QTest::newRow("out for delivery")
        << u"out-for-delivery.xml"_s << 200 << QByteArray() << 1 << -1
        << u"OutForDelivery/OutForDelivery"_s << 4 << u"PickedUp"_s << u"Courier"_s
        << u"2026-03-07T06:30:41Z"_s << 0 << QString() << assumed;
    QTest::newRow("failed attempt")
        << u"failed-attempt.xml"_s << 200 << QByteArray() << 1 << -1
        << u"AttemptFail/FailedAttempt"_s << 5 << u"PickedUp"_s << u"DeliveryFailure"_s
        << u"2026-03-07T12:02:55Z"_s << 1 << QString() << assumed;
    QTest::newRow("parcelshop") << u"parcelshop.xml"_s << 200 << QByteArray() << 1 << -1
                                << u"AvailableForPickup/AvailableForPickup"_s << 5 << u"PickedUp"_s
                                << u"ParcelShop"_s << u"2026-03-07T14:20:00Z"_s << 0 << QString()
                                << assumed;
    QTest::newRow("delivered") << u"delivered.xml"_s << 200 << QByteArray() << 1 << -1
                               << u"Delivered/Delivered"_s << 5 << u"PickedUp"_s << u"Delivered"_s
                               << u"2026-03-07T10:58:12Z"_s << 0 << u"2026-03-07T10:58:12Z"_s
                               << assumed;
    QTest::newRow("returning from delivery")
        << u"returning-from-delivery.xml"_s << 200 << QByteArray() << 1 << -1
        << u"Exception/Exception"_s << 6 << u"PickedUp"_s << u"ReturningFromDelivery"_s
        << u"2026-03-07T17:40:00Z"_s << 1 << QString() << assumed;
    // The current status is a code no table documents: events decide, and the shipment says so.
    QTest::newRow("unmapped status")
        << u"unmapped-status.xml"_s << 200 << QByteArray() << 1 << -1
        << u"InTransit/AcceptanceScan"_s << 2 << u"PickedUp"_s << u"CustomsClearance"_s
        << u"2026-03-06T21:48:00Z"_s << 0 << QString()
        << QStringList {u"offset_assumed"_s, u"unmapped_codes"_s};

    const auto error = [](const char *name, const QString &file, int status, int kind,
                           const QByteArray &retryAfter = {}) {
        QTest::newRow(name) << file << status << retryAfter << 0 << kind << QString() << 0
                            << QString() << QString() << QString() << 0 << QString()
                            << QStringList();
    };
    error("not found", u"error-not-found.xml"_s, 200, int(CarrierErrorKind::NotFound));
    error(
        "invalid number", u"error-invalid-number.xml"_s, 500, int(CarrierErrorKind::InvalidNumber));
    error("unauthorized", u"error-unauthorized.xml"_s, 500, int(CarrierErrorKind::Unauthorized));
    error("rate limited", u"error-rate-limited.txt"_s, 429, int(CarrierErrorKind::RateLimited),
        "120");
    error("rate limited without Retry-After", u"error-rate-limited.txt"_s, 429,
        int(CarrierErrorKind::RateLimited));
    error("server error", u"error-server.xml"_s, 500, int(CarrierErrorKind::ServerError));
    error(
        "gateway error page", u"error-rate-limited.txt"_s, 503, int(CarrierErrorKind::ServerError));
    error("not soap", u"error-rate-limited.txt"_s, 200, int(CarrierErrorKind::Malformed));
}

void TestDpdAdapter::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, shipments);
    QFETCH(int, errorKind);
    QFETCH(QString, status);
    QFETCH(int, events);
    QFETCH(QString, firstCode);
    QFETCH(QString, lastCode);
    QFETCH(QString, lastUtc);
    QFETCH(int, attempts);
    QFETCH(QString, deliveredAt);
    QFETCH(QStringList, flags);

    const QByteArray body = readFile(fixture(file));
    QVERIFY2(!body.isEmpty(), qPrintable(file));
    HttpHeaders headers;
    if (!retryAfter.isEmpty())
        headers.append({"retry-after", retryAfter});
    const ParseResult r = DpdAdapter().parse(response(body, httpStatus, headers));
    QCOMPARE(r.shipments.size(), shipments);
    if (errorKind < 0) {
        QCOMPARE(r.errors.size(), 0);
    } else {
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(int(r.errors.first().kind), errorKind);
        QVERIFY(!r.errors.first().message.isEmpty());
        if (!retryAfter.isEmpty())
            QCOMPARE(r.errors.first().retryAfterSeconds, retryAfter.toInt());
        else
            QVERIFY(!r.errors.first().retryAfterSeconds);
    }
    if (shipments == 0)
        return;
    const ParsedShipment &s = r.shipments.first();
    QCOMPARE(s.status.toString(), status);
    QCOMPARE(s.events.size(), events);
    QCOMPARE(s.events.first().code, firstCode);
    QCOMPARE(s.events.last().code, lastCode);
    QCOMPARE(utc(s.events.last().occurredAtMs), lastUtc);
    QCOMPARE(s.attempts, attempts);
    QCOMPARE(s.deliveredAtMs ? utc(*s.deliveredAtMs) : QString(), deliveredAt);
    QCOMPARE(s.flags, flags);
    QCOMPARE(s.statusUnmapped, flags.contains(u"unmapped_codes"_s));
}

void TestDpdAdapter::malformedFieldsAreNamed()
{
    const ParseResult r = DpdAdapter().parse(response(readFile(fixture(u"error-malformed.xml"_s))));
    QCOMPARE(r.shipments.size(), 1);
    QStringList messages;
    for (const CarrierError &e : r.errors) {
        QCOMPARE(e.kind, CarrierErrorKind::Malformed);
        messages.append(e.message);
    }
    QCOMPARE(messages.size(), 2);
    QVERIFY2(messages.at(0).startsWith(u"trackingresult.statusInfo[1].date.content"_s),
        qPrintable(messages.at(0)));
    QVERIFY(messages.at(0).contains(u"yesterday evening"_s));
    QVERIFY2(messages.at(1).startsWith(u"trackingresult.statusInfo[2].isCurrentStatus"_s),
        qPrintable(messages.at(1)));
    // The rest still parses: the first and last entries are good.
    const ParsedShipment &s = r.shipments.first();
    QCOMPARE(s.events.size(), 2);
    QCOMPARE(s.events.first().code, u"PickedUp"_s);
    QCOMPARE(s.events.last().code, u"Courier"_s);
    QCOMPARE(s.status.toString(), u"OutForDelivery/OutForDelivery"_s);
}

void TestDpdAdapter::hostileBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray good = readFile(fixture(u"returning-from-delivery.xml"_s));
    QByteArray wrongTypes = good;
    // Every text becomes an element: each field now has the wrong type.
    static const QRegularExpression leaf(u">([^<>\\s][^<>]*)<"_s);
    wrongTypes = QString::fromUtf8(good).replace(leaf, u"><v>\\1</v><"_s).toUtf8();
    QByteArray invalidUtf8 = good;
    invalidUtf8.replace("Puurs", "Pu\xff\xfers");
    QTest::newRow("truncated") << good.left(good.size() / 2);
    QTest::newRow("wrong types everywhere") << wrongTypes;
    QTest::newRow("50 MB") << (good.left(200) + QByteArray(50 * 1024 * 1024, 'x'));
    QTest::newRow("nested 10000 deep")
        << (QByteArray("<a>").repeated(10000) + QByteArray("</a>").repeated(10000));
    QTest::newRow("invalid UTF-8") << invalidUtf8;
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray("\x00\x01\x02<\x03>", 6);
    QTest::newRow("entity bomb") << QByteArray("<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                                               "\"&a;&a;&a;&a;&a;&a;&a;&a;\">]><x>&b;</x>");
    QTest::newRow("json") << QByteArray(R"({"trackingresult": [1, 2, 3]})");
}

void TestDpdAdapter::hostileBodies()
{
    QFETCH(QByteArray, body);
    QElapsedTimer timer;
    timer.start();
    const ParseResult r = DpdAdapter().parse(response(body));
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(!r.errors.isEmpty());
    QVERIFY(hasError(r, CarrierErrorKind::Malformed));
    for (const ParsedShipment &s : r.shipments)
        QCOMPARE(s.events.size(), 0);
}

void TestDpdAdapter::buildsTrackingRequests()
{
    const DpdAdapter dpd;
    CarrierCredentials credentials;
    credentials.clientId = u"KD12345"_s;
    credentials.clientSecret = u"never-sent-here"_s;
    const auto requests = dpd.buildRequests(
        {u"05308801410058"_s, u" 01234567890123 "_s, u""_s, u"09981122334455"_s},
        QUrl(u"https://shipperadmintest.dpd.be/PublicApi/"_s), credentials, u"TOKEN<&>"_s);
    QCOMPARE(requests.size(), 3); // one number per call; blanks are skipped
    const CarrierRequest &r = requests.at(1);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.url.toString(),
        u"https://shipperadmintest.dpd.be/PublicApi/soap/services/ParcelLifeCycleService/V2_0"_s);
    QCOMPARE(r.trackingNumbers, QStringList {u"01234567890123"_s});
    QVERIFY(r.headers.contains(std::pair(QByteArray("SOAPAction"),
        QByteArray("http://dpd.com/common/service/types/ParcelLifeCycleService/2.0/"
                   "getTrackingData"))));
    QVERIFY(r.headers.contains(
        std::pair(QByteArray("Content-Type"), QByteArray("text/xml; charset=utf-8"))));
    const auto doc = CarrierXml::read(r.body);
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().message));
    const CarrierXml::Element *auth = doc->find(u"authentication");
    QVERIFY(auth);
    QCOMPARE(auth->childText(u"delisId"), u"KD12345"_s);
    QCOMPARE(auth->childText(u"authToken"), u"TOKEN<&>"_s); // escaped in, read back whole
    QCOMPARE(auth->childText(u"messageLanguage"), u"en_EN"_s);
    QCOMPARE(doc->find(u"getTrackingData")->childText(u"parcelLabelNumber"), u"01234567890123"_s);
    QVERIFY(!r.body.contains("never-sent-here"));
    QVERIFY(r.body.contains("http://dpd.com/common/service/types/Authentication/2.0"));
    QVERIFY(r.body.contains("http://dpd.com/common/service/types/ParcelLifeCycleService/2.0"));

    const auto production = dpd.buildRequests({u"05308801410058"_s}, QUrl(), credentials, u"t"_s);
    QCOMPARE(production.first().url.toString(),
        u"https://wsshipper.dpd.be/soap/services/ParcelLifeCycleService/V2_0"_s);
}

void TestDpdAdapter::requestMatchesDpdExample()
{
    PARCELDESK_REQUIRE_SHARED_SAMPLES();
    const auto example = CarrierXml::read(readFile(sample(u"getTrackingData-request.xml"_s)));
    QVERIFY(example);
    const auto ours = CarrierXml::read(
        DpdAdapter()
            .buildRequests({u"05308801410058"_s}, QUrl(), CarrierCredentials(), u"x"_s)
            .first()
            .body);
    QVERIFY(ours);
    QStringList examplePaths;
    QStringList ourPaths;
    collectPaths(*example, {}, &examplePaths);
    collectPaths(*ours, {}, &ourPaths);
    QCOMPARE(ourPaths, examplePaths);
}

void TestDpdAdapter::buildsLoginRequest()
{
    CarrierCredentials credentials;
    credentials.clientId = u"KD12345"_s;
    credentials.clientSecret = u"p&ss<word>"_s;
    const auto r = DpdAdapter().buildTokenRequest(QUrl(), credentials);
    QVERIFY(r);
    QCOMPARE(r->method, QByteArray("POST"));
    QCOMPARE(r->url.toString(), u"https://wsshipper.dpd.be/soap/services/LoginService/V2_1"_s);
    QVERIFY(r->headers.contains(std::pair(QByteArray("SOAPAction"),
        QByteArray("http://dpd.com/common/service/types/LoginService/2.1/getAuth"))));
    const auto doc = CarrierXml::read(r->body);
    QVERIFY(doc);
    const CarrierXml::Element *getAuth = doc->find(u"getAuth");
    QVERIFY(getAuth);
    QCOMPARE(getAuth->childText(u"delisId"), u"KD12345"_s);
    QCOMPARE(getAuth->childText(u"password"), u"p&ss<word>"_s);
    QCOMPARE(getAuth->childText(u"messageLanguage"), u"en_EN"_s);
    QVERIFY(r->body.contains("http://dpd.com/common/service/types/LoginService/2.1"));
    QVERIFY(!r->url.toString().contains(u"p&ss"_s));
}

void TestDpdAdapter::readsLoginAnswer()
{
    const auto token
        = DpdAdapter().parseTokenResponse(response(readFile(fixture(u"login-response.xml"_s))), 0);
    QVERIFY2(token, qPrintable(token ? QString() : token.error().message));
    QCOMPARE(token->value, u"dGVzdC10b2tlbi0xMjM0NQ=="_s);
    // 03:00 in Belgium in March is 02:00 UTC.
    QCOMPARE(utc(token->expiresAtMs), u"2026-03-08T02:00:00Z"_s);

    QByteArray noExpiry = readFile(fixture(u"login-response.xml"_s));
    noExpiry.replace("2026-03-08T03:00:00.0", "soon");
    const auto fallback = DpdAdapter().parseTokenResponse(response(noExpiry), 1000);
    QVERIFY(fallback);
    QCOMPARE(fallback->expiresAtMs, 1000 + 3600 * 1000);

    const auto empty
        = DpdAdapter().parseTokenResponse(response(readFile(fixture(u"error-not-found.xml"_s))), 0);
    QVERIFY(!empty);
}

void TestDpdAdapter::secretsStayOutOfErrors()
{
    const QString secret = u"Sup3r-S3cret-Pw"_s;
    const QString token = u"tok-9f8e7d6c"_s;
    CarrierCredentials credentials;
    credentials.clientId = u"KD12345"_s;
    credentials.clientSecret = secret;
    const DpdAdapter dpd;
    const auto login = dpd.buildTokenRequest(QUrl(), credentials);
    const auto track = dpd.buildRequests({u"05308801410058"_s}, QUrl(), credentials, token);
    QVERIFY(!login->url.toString().contains(secret));
    QVERIFY(!track.first().url.toString().contains(token));
    // Echoing the request back (a misconfigured proxy) must not leak it into an error.
    for (const QByteArray &echo : {login->body, track.first().body}) {
        for (int status : {200, 400, 401, 500}) {
            const ParseResult r = dpd.parse(response(echo, status));
            for (const CarrierError &e : r.errors) {
                QVERIFY2(!e.message.contains(secret) && !e.message.contains(token),
                    qPrintable(e.message));
            }
            const auto t = dpd.parseTokenResponse(response(echo, status), 0);
            if (!t) {
                QVERIFY(!t.error().message.contains(secret));
                QVERIFY(!t.error().message.contains(token));
            }
        }
    }
}

void TestDpdAdapter::recognizesBodies()
{
    const DpdAdapter dpd;
    QVERIFY(dpd.recognizes(readFile(fixture(u"delivered.xml"_s))) >= 90);
    QVERIFY(dpd.recognizes(readFile(fixture(u"error-unauthorized.xml"_s))) >= 90);
    QCOMPARE(dpd.recognizes(readFile(fixturesDir() + u"/canadapost/delivered.xml"_s)), 0);
    QCOMPARE(dpd.recognizes(R"({"shipments": []})"), 0);
    QCOMPARE(dpd.recognizes(QByteArray()), 0);
}

void TestDpdAdapter::statusMapCoversDocumentedCodes()
{
    const StatusMap &map = StatusMap::forCarrier(u"dpd"_s);
    QCOMPARE(map.carrier(), u"dpd"_s);
    QCOMPARE(map.version(), u"2026-11-22.1"_s);
    // DPD publishes no enumeration: the README's table of values seen is the whole list.
    const QStringList documented {u"BetweenDepots"_s, u"Depot"_s, u"Courier"_s,
        u"DeliveryFailure"_s, u"ParcelShop"_s, u"PickedUp"_s, u"ReturningFromDelivery"_s,
        u"Delivered"_s, u"SHIPMENT"_s};
    QStringList covered = map.codes() + map.knowinglyUnmapped().keys();
    covered.sort();
    QStringList expected = documented;
    expected.sort();
    QCOMPARE(covered, expected);
    for (const QString &code : map.codes()) {
        const auto m = map.map(code);
        QVERIFY(m);
        QCOMPARE(Status::make(m->status.tag(), m->status.subStatus()), m->status);
        QVERIFY(!map.knowinglyUnmapped().contains(code));
    }
    for (auto it = map.knowinglyUnmapped().cbegin(); it != map.knowinglyUnmapped().cend(); ++it)
        QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));

    if (sharedSamplesDir().isEmpty())
        return;
    // Cross-check against the README itself: the first column of "Status values seen".
    const QString readme = QString::fromUtf8(readFile(sample(u"README.md"_s)));
    const qsizetype start = readme.indexOf(u"## Status values seen"_s);
    QVERIFY(start >= 0);
    const QString section = readme.mid(start, readme.indexOf(u"\n## "_s, start + 1) - start);
    static const QRegularExpression row(
        u"^\\| `([A-Za-z]+)` \\|"_s, QRegularExpression::MultilineOption);
    QStringList fromReadme;
    for (auto it = row.globalMatch(section); it.hasNext();)
        fromReadme.append(it.next().captured(1));
    fromReadme.sort();
    QCOMPARE(fromReadme, expected);
}

QTEST_GUILESS_MAIN(TestDpdAdapter)
#include "tst_dpdadapter.moc"
