#include "carriers/canadapostadapter.h"
#include "carriers/statusmap.h"
#include "carriertestsupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;
using namespace ParcelDesk::CarrierTestSupport;

namespace {

QString fixture(const QString &name)
{
    return fixturePath(u"canadapost", name);
}

QString sample(const QString &name)
{
    return samplePath(u"canadapost", name);
}

// The shared samples wrap Canada Post's document in karrio's own <wrapper> element.
QByteArray unwrapped(const QByteArray &body)
{
    const qsizetype open = body.indexOf("<wrapper>");
    const qsizetype close = body.lastIndexOf("</wrapper>");
    if (open < 0 || close < open)
        return body;
    const qsizetype start = open + qsizetype(sizeof("<wrapper>")) - 1;
    return body.mid(start, close - start).trimmed();
}

} // namespace

class TestCanadaPostAdapter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describesItself();
    void mapKeyDropsLeadingZeros_data();
    void mapKeyDropsLeadingZeros();
    void realDeliveredWithSignature();
    void realErrors_data();
    void realErrors();
    void fixtures_data();
    void fixtures();
    void malformedFieldsAreNamed();
    void hostileBodies_data();
    void hostileBodies();
    void buildsRequests();
    void secretsStayOutOfRequestsAndErrors();
    void recognizesBodies();
    void statusMapCoversDocumentedCodes();
};

void TestCanadaPostAdapter::describesItself()
{
    const CanadaPostAdapter cp;
    QCOMPARE(cp.id(), u"canadapost"_s);
    QCOMPARE(cp.displayName(), u"Canada Post"_s);
    QCOMPARE(cp.defaultBaseUrl(), QUrl(u"https://soa-gw.canadapost.ca"_s));
    QCOMPARE(cp.authScheme(), AuthScheme::HttpBasic);
    QCOMPARE(cp.limits().maxNumbersPerRequest, 1);
    QVERIFY(!cp.buildTokenRequest(QUrl(), CarrierCredentials()));
}

void TestCanadaPostAdapter::mapKeyDropsLeadingZeros_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("key");
    QTest::newRow("0174") << u"0174"_s << u"174"_s;
    QTest::newRow("0100") << u"0100"_s << u"100"_s;
    QTest::newRow("20") << u"20"_s << u"20"_s;
    QTest::newRow("1496") << u"1496"_s << u"1496"_s;
    QTest::newRow("0") << u"0"_s << u"0"_s;
    QTest::newRow("000") << u"000"_s << u"0"_s;
}

void TestCanadaPostAdapter::mapKeyDropsLeadingZeros()
{
    QFETCH(QString, code);
    QFETCH(QString, key);
    QCOMPARE(CanadaPostAdapter::mapKey(code), key);
}

void TestCanadaPostAdapter::realDeliveredWithSignature()
{
    PARCELDESK_REQUIRE_SHARED_SAMPLES();
    const QByteArray body
        = unwrapped(readFile(sample(u"tracking-detail-delivered-with-signature.xml"_s)));
    QVERIFY(body.startsWith("<tracking-detail>"));
    const ParseResult r = CanadaPostAdapter().parse(response(body));
    QCOMPARE(r.errors.size(), 0);
    QCOMPARE(r.shipments.size(), 1);
    const ParsedShipment &s = r.shipments.first();
    QCOMPARE(s.carrier, u"canadapost"_s);
    QCOMPARE(s.trackingNumber, u"7023210039414604"_s);
    QCOMPARE(s.shipmentKey, u"7023210039414604"_s);
    QCOMPARE(s.service, u"Expedited Parcels"_s);
    QCOMPARE(s.destinationCountry, u"CA"_s);
    QCOMPARE(s.events.size(), 6);
    // Newest first in the answer, oldest first here; equal times keep Canada Post's order.
    QCOMPARE(s.events.first().code, u"20"_s);
    QCOMPARE(utc(s.events.first().occurredAtMs), u"2011-02-01T12:59:52Z"_s);
    QCOMPARE(s.events.at(1).code, u"1496"_s);
    QCOMPARE(s.events.at(1).status.toString(), u"Delivered/Delivered"_s);
    QCOMPARE(s.events.at(2).code, u"0173"_s); // verbatim, leading zero kept
    QCOMPARE(s.events.at(2).status.toString(), u"Exception/AddressIssue"_s);
    QCOMPARE(s.events.at(3).code, u"0100"_s);
    QCOMPARE(s.events.at(3).status.toString(), u"InTransit/InTransit"_s);
    QCOMPARE(s.events.at(3).relevance, Relevance::Noise);
    QCOMPARE(s.events.at(4).code, u"0174"_s);
    QCOMPARE(s.events.at(4).status.toString(), u"OutForDelivery/OutForDelivery"_s);
    QCOMPARE(s.events.last().code, u"20"_s);
    QCOMPARE(utc(s.events.last().occurredAtMs), u"2011-02-03T16:59:59Z"_s);
    QCOMPARE(s.events.last().description, u"Signature image recorded for Online viewing"_s);
    QCOMPARE(s.events.last().city, u"SAINTE-FOY"_s);
    for (const ParsedEvent &e : s.events) {
        QCOMPARE(e.utcOffsetMinutes, -300); // "EST" is an offset, not an assumption
        QVERIFY(!e.offsetAssumed);
        QVERIFY(!e.unmapped);
        QCOMPARE(e.country, u"CA"_s);
        QCOMPARE(e.mapVersion, u"2026-11-22.2"_s);
    }
    // The newest entries come after the delivery: a signature recorded two days later.
    QCOMPARE(s.status.toString(), u"Delivered/Signed"_s);
    QVERIFY(s.deliveredAtMs);
    QCOMPARE(utc(*s.deliveredAtMs), u"2011-02-01T12:59:52Z"_s);
    QCOMPARE(s.signedBy, u"HETU"_s);
    QVERIFY(s.proofOfDelivery);
    QCOMPARE(s.attempts, 0);
    QVERIFY(!s.returnToSender);
    // Expected 2011-04-05 at K0J 1T0 (Ontario), a whole day in Eastern daylight time.
    QVERIFY(s.eta.fromMs && s.eta.toMs);
    QCOMPARE(utc(*s.eta.fromMs), u"2011-04-05T04:00:00Z"_s);
    QCOMPARE(utc(*s.eta.toMs), u"2011-04-06T03:59:59Z"_s);
    QVERIFY(s.flags.isEmpty());
}

void TestCanadaPostAdapter::realErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    for (int status : {200, 404}) {
        QTest::addRow("no pin history, HTTP %d", status)
            << u"messages-004-no-pin-history.xml"_s << status << int(CarrierErrorKind::NotFound)
            << u"004"_s << u"No Pin History"_s;
    }
    for (int status : {200, 401}) {
        QTest::addRow("authentication, HTTP %d", status)
            << u"messages-E002-aaa-authentication-failure.xml"_s << status
            << int(CarrierErrorKind::Unauthorized) << u"E002"_s << u"AAA Authentication Failure"_s;
    }
}

void TestCanadaPostAdapter::realErrors()
{
    PARCELDESK_REQUIRE_SHARED_SAMPLES();
    QFETCH(QString, file);
    QFETCH(int, httpStatus);
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const ParseResult r
        = CanadaPostAdapter().parse(response(unwrapped(readFile(sample(file))), httpStatus));
    QCOMPARE(r.shipments.size(), 0);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(int(r.errors.first().kind), kind);
    QCOMPARE(r.errors.first().code, code);
    QCOMPARE(r.errors.first().message, message);
}

void TestCanadaPostAdapter::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("shipments");
    QTest::addColumn<int>("errorKind"); // -1: no error
    QTest::addColumn<int>("retrySeconds"); // -1: none
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("events");
    QTest::addColumn<QString>("lastCode");
    QTest::addColumn<QString>("lastUtc");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QString>("deliveredAt");
    QTest::addColumn<QString>("etaFrom");
    QTest::addColumn<QStringList>("flags");

    const auto ok = [](const char *name, const QString &file, const QString &status, int events,
                        const QString &lastCode, const QString &lastUtc, int attempts,
                        const QString &deliveredAt, const QString &etaFrom,
                        const QStringList &flags = {}) {
        QTest::newRow(name) << file << 200 << QByteArray() << 1 << -1 << -1 << status << events
                            << lastCode << lastUtc << attempts << deliveredAt << etaFrom << flags;
    };
    // Vancouver in March 2026 before the switch: PST, UTC-8.
    ok("in transit", u"in-transit.xml"_s, u"InTransit/InTransit"_s, 2, u"0101"_s,
        u"2026-03-03T07:44:31Z"_s, 0, {}, u"2026-03-05T08:00:00Z"_s);
    ok("out for delivery", u"out-for-delivery.xml"_s, u"OutForDelivery/OutForDelivery"_s, 3,
        u"0174"_s, u"2026-03-05T15:55:00Z"_s, 0, {}, u"2026-03-05T08:00:00Z"_s);
    ok("failed attempt", u"failed-attempt.xml"_s, u"AttemptFail/FailedAttempt"_s, 4, u"1415"_s,
        u"2026-03-05T21:21:09Z"_s, 1, {}, u"2026-03-05T08:00:00Z"_s);
    // No zone abbreviation: resolved in British Columbia's zone, and flagged.
    ok("pickup", u"pickup.xml"_s, u"AvailableForPickup/AvailableForPickup"_s, 5, u"1410"_s,
        u"2026-03-06T00:02:40Z"_s, 1, {}, u"2026-03-05T08:00:00Z"_s, {u"offset_assumed"_s});
    ok("delivered", u"delivered.xml"_s, u"Delivered/Delivered"_s, 5, u"20"_s,
        u"2026-03-05T19:40:12Z"_s, 0, u"2026-03-05T19:40:12Z"_s, u"2026-03-05T08:00:00Z"_s);
    // The changed date wins over the first promise; Montreal is UTC-5 in March.
    ok("delayed", u"delayed.xml"_s, u"Exception/ExternalDelay"_s, 3, u"0161"_s,
        u"2026-03-03T14:00:00Z"_s, 0, {}, u"2026-03-06T05:00:00Z"_s);
    ok("on hold", u"on-hold.xml"_s, u"Exception/Exception"_s, 2, u"0810"_s,
        u"2026-03-04T17:15:00Z"_s, 0, {}, u"2026-03-05T07:00:00Z"_s);
    ok("return to sender", u"return-to-sender.xml"_s, u"Exception/ReturnToSender"_s, 4, u"1416"_s,
        u"2026-03-05T21:21:09Z"_s, 0, {}, u"2026-03-05T08:00:00Z"_s);
    ok("unmapped code", u"unmapped-code.xml"_s, u"InTransit/InTransit"_s, 2, u"9999"_s,
        u"2026-03-03T16:00:00Z"_s, 0, {}, {}, {u"unmapped_codes"_s});

    const auto error = [](const char *name, const QString &file, int status, int kind,
                           const QByteArray &retryAfter = {}, int retrySeconds = -1) {
        QTest::newRow(name) << file << status << retryAfter << 0 << kind << retrySeconds
                            << QString() << 0 << QString() << QString() << 0 << QString()
                            << QString() << QStringList();
    };
    error("not found", u"error-not-found.xml"_s, 404, int(CarrierErrorKind::NotFound));
    error(
        "invalid number", u"error-invalid-number.txt"_s, 400, int(CarrierErrorKind::InvalidNumber));
    error("unauthorized", u"error-unauthorized.xml"_s, 401, int(CarrierErrorKind::Unauthorized));
    // Canada Post blocks "for up to a minute" when it says nothing more precise.
    error("rate limited", u"error-rate-limited.xml"_s, 503, int(CarrierErrorKind::RateLimited), {},
        60);
    error("rate limited with Retry-After", u"error-rate-limited.xml"_s, 429,
        int(CarrierErrorKind::RateLimited), "30", 30);
    error("rate limited, bare 429", u"error-invalid-number.txt"_s, 429,
        int(CarrierErrorKind::RateLimited), "7", 7);
    error("server error", u"error-server.html"_s, 502, int(CarrierErrorKind::ServerError));
    error("html with HTTP 200", u"error-server.html"_s, 200, int(CarrierErrorKind::Malformed));
}

void TestCanadaPostAdapter::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, shipments);
    QFETCH(int, errorKind);
    QFETCH(int, retrySeconds);
    QFETCH(QString, status);
    QFETCH(int, events);
    QFETCH(QString, lastCode);
    QFETCH(QString, lastUtc);
    QFETCH(int, attempts);
    QFETCH(QString, deliveredAt);
    QFETCH(QString, etaFrom);
    QFETCH(QStringList, flags);

    const QByteArray body = readFile(fixture(file));
    QVERIFY2(!body.isEmpty(), qPrintable(file));
    HttpHeaders headers;
    if (!retryAfter.isEmpty())
        headers.append({"retry-after", retryAfter});
    const ParseResult r = CanadaPostAdapter().parse(response(body, httpStatus, headers));
    QCOMPARE(r.shipments.size(), shipments);
    if (errorKind < 0) {
        QCOMPARE(r.errors.size(), 0);
    } else {
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(int(r.errors.first().kind), errorKind);
        QVERIFY(!r.errors.first().message.isEmpty());
        QCOMPARE(r.errors.first().retryAfterSeconds.value_or(-1), retrySeconds);
    }
    if (shipments == 0)
        return;
    const ParsedShipment &s = r.shipments.first();
    QCOMPARE(s.trackingNumber, u"1234567890123456"_s);
    QCOMPARE(s.status.toString(), status);
    QCOMPARE(s.events.size(), events);
    QCOMPARE(s.events.first().code, u"0100"_s);
    QCOMPARE(utc(s.events.first().occurredAtMs), u"2026-03-02T23:10:05Z"_s);
    QCOMPARE(s.events.last().code, lastCode);
    QCOMPARE(utc(s.events.last().occurredAtMs), lastUtc);
    QCOMPARE(s.attempts, attempts);
    QCOMPARE(s.deliveredAtMs ? utc(*s.deliveredAtMs) : QString(), deliveredAt);
    QCOMPARE(s.eta.fromMs ? utc(*s.eta.fromMs) : QString(), etaFrom);
    QCOMPARE(s.flags, flags);
    QCOMPARE(s.events.last().unmapped, flags.contains(u"unmapped_codes"_s));
    if (file == u"pickup.xml") {
        QCOMPARE(s.pickupPoint, u"SHOPPERS DRUG MART #2217"_s);
        QVERIFY(s.events.last().offsetAssumed);
        QCOMPARE(s.events.last().utcOffsetMinutes, -480);
    }
    if (file == u"delivered.xml") {
        QCOMPARE(s.signedBy, u"J TREMBLAY"_s);
        QVERIFY(s.proofOfDelivery);
    } else {
        QVERIFY(!s.proofOfDelivery);
    }
    QCOMPARE(s.returnToSender, file == u"return-to-sender.xml");
}

void TestCanadaPostAdapter::malformedFieldsAreNamed()
{
    const ParseResult r
        = CanadaPostAdapter().parse(response(readFile(fixture(u"error-malformed.xml"_s))));
    QCOMPARE(r.shipments.size(), 1);
    QStringList messages;
    for (const CarrierError &e : r.errors) {
        QCOMPARE(e.kind, CarrierErrorKind::Malformed);
        messages.append(e.message);
    }
    QCOMPARE(messages.size(), 3);
    QVERIFY2(messages.at(0).startsWith(u"tracking-detail.expected-delivery-date"_s),
        qPrintable(messages.at(0)));
    QVERIFY2(messages.at(1).startsWith(u"tracking-detail.signature-image-exists"_s),
        qPrintable(messages.at(1)));
    QVERIFY2(
        messages.at(2).startsWith(u"tracking-detail.significant-events.occurrence[1].event-date"_s),
        qPrintable(messages.at(2)));
    QVERIFY(messages.at(2).contains(u"March 3rd"_s));
    const ParsedShipment &s = r.shipments.first();
    QCOMPARE(s.events.size(), 2);
    QCOMPARE(s.events.first().code, u"0100"_s);
    QCOMPARE(s.events.last().code, u"0174"_s);
    QCOMPARE(s.status.toString(), u"OutForDelivery/OutForDelivery"_s);
    QVERIFY(!s.eta.fromMs);
}

void TestCanadaPostAdapter::hostileBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray good = readFile(fixture(u"delivered.xml"_s));
    static const QRegularExpression leaf(u">([^<>\\s][^<>]*)<"_s);
    const QByteArray wrongTypes = QString::fromUtf8(good).replace(leaf, u"><v>\\1</v><"_s).toUtf8();
    QByteArray invalidUtf8 = good;
    invalidUtf8.replace("VANCOUVER", "VANC\xc3\x28UVER");
    QTest::newRow("truncated") << good.left(good.size() / 2);
    QTest::newRow("wrong types everywhere") << wrongTypes;
    QTest::newRow("50 MB") << (good.left(100) + QByteArray(50 * 1024 * 1024, ' '));
    QTest::newRow("nested 10000 deep") << (QByteArray("<tracking-detail>").repeated(10000)
        + QByteArray("</tracking-detail>").repeated(10000));
    QTest::newRow("invalid UTF-8") << invalidUtf8;
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray("\xff\x00\x13<\x01", 5);
    QTest::newRow("entity bomb") << QByteArray(
        "<!DOCTYPE m [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;\">]>"
        "<messages><message><code>&b;</code></message></messages>");
    QTest::newRow("json") << QByteArray(R"({"tracking-detail": {"pin": 1}})");
}

void TestCanadaPostAdapter::hostileBodies()
{
    QFETCH(QByteArray, body);
    QElapsedTimer timer;
    timer.start();
    const ParseResult r = CanadaPostAdapter().parse(response(body));
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(hasError(r, CarrierErrorKind::Malformed));
    for (const ParsedShipment &s : r.shipments)
        QCOMPARE(s.events.size(), 0);
}

void TestCanadaPostAdapter::buildsRequests()
{
    CarrierCredentials credentials;
    credentials.username = u"6e93d53968881714"_s;
    credentials.password = u"0bfa9fcb9853d1f51ee57a"_s;
    const auto requests = CanadaPostAdapter().buildRequests(
        {u"7023210039414604"_s, u" 1234567890123 "_s, u""_s, u"12/../34"_s}, QUrl(), credentials,
        {});
    QCOMPARE(requests.size(), 3); // one PIN per call; blanks are skipped
    const CarrierRequest &r = requests.first();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(
        r.url.toString(), u"https://soa-gw.canadapost.ca/vis/track/pin/7023210039414604/detail"_s);
    QCOMPARE(r.trackingNumbers, QStringList {u"7023210039414604"_s});
    QVERIFY(r.body.isEmpty());
    QVERIFY(r.headers.contains(
        std::pair(QByteArray("Accept"), QByteArray("application/vnd.cpc.track-v2+xml"))));
    const QByteArray basic
        = "Basic " + QByteArray("6e93d53968881714:0bfa9fcb9853d1f51ee57a").toBase64();
    QVERIFY(r.headers.contains(std::pair(QByteArray("Authorization"), basic)));
    QVERIFY(r.headers.contains(std::pair(QByteArray("Accept-Language"), QByteArray("en-CA"))));
    QCOMPARE(requests.at(1).trackingNumbers, QStringList {u"1234567890123"_s});
    // A pasted slash stays inside the PIN's path segment.
    QCOMPARE(requests.at(2).url.toString(QUrl::FullyEncoded),
        u"https://soa-gw.canadapost.ca/vis/track/pin/12%2F..%2F34/detail"_s);

    const auto development = CanadaPostAdapter().buildRequests(
        {u"7023210039414604"_s}, QUrl(u"https://ct.soa-gw.canadapost.ca/"_s), credentials, {});
    QCOMPARE(development.first().url.toString(),
        u"https://ct.soa-gw.canadapost.ca/vis/track/pin/7023210039414604/detail"_s);
}

void TestCanadaPostAdapter::secretsStayOutOfRequestsAndErrors()
{
    CarrierCredentials credentials;
    credentials.username = u"api-user"_s;
    credentials.password = u"Sup3r-S3cret-Pw"_s;
    const CanadaPostAdapter cp;
    const auto requests = cp.buildRequests({u"7023210039414604"_s}, QUrl(), credentials, {});
    QVERIFY(!requests.first().url.toString().contains(credentials.password));
    QVERIFY(!requests.first().url.userInfo().contains(credentials.password));
    // Even an answer that echoes the Authorization header gives no secret in an error text.
    const QByteArray authorization = requests.first().headers.at(1).second;
    const QByteArray echo = "<messages><message><code>E002</code><description>" + authorization
        + "</description></message></messages>";
    const ParseResult r = cp.parse(response(echo, 401));
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(!r.errors.first().message.contains(credentials.password));
}

void TestCanadaPostAdapter::recognizesBodies()
{
    const CanadaPostAdapter cp;
    QVERIFY(cp.recognizes(readFile(fixture(u"delivered.xml"_s))) >= 90);
    QVERIFY(cp.recognizes(readFile(fixture(u"error-not-found.xml"_s))) >= 90);
    QCOMPARE(cp.recognizes(readFile(fixturesDir() + u"/dpd/delivered.xml"_s)), 0);
    QCOMPARE(cp.recognizes(R"({"trackResults": []})"), 0);
    QCOMPARE(cp.recognizes(QByteArray()), 0);
}

void TestCanadaPostAdapter::statusMapCoversDocumentedCodes()
{
    const StatusMap &map = StatusMap::forCarrier(u"canadapost"_s);
    QCOMPARE(map.carrier(), u"canadapost"_s);
    QCOMPARE(map.version(), u"2026-11-22.2"_s);
    QCOMPARE(map.codeCount(), 103);
    for (const QString &code : map.codes()) {
        QCOMPARE(CanadaPostAdapter::mapKey(code), code); // keys carry no leading zeros
        const auto m = map.map(code);
        QVERIFY(m);
        QCOMPARE(Status::make(m->status.tag(), m->status.subStatus()), m->status);
    }
    // The sample's own wording is more precise than the third-party groups.
    QCOMPARE(map.map(u"173")->status.toString(), u"Exception/AddressIssue"_s);
    QCOMPARE(map.map(u"100")->relevance, Relevance::Noise);
    QCOMPARE(map.map(u"1496")->status.toString(), u"Delivered/Delivered"_s);
    QCOMPARE(map.map(u"174")->status.toString(), u"OutForDelivery/OutForDelivery"_s);
    QVERIFY(!map.map(u"0174")); // the adapter strips the zeros, the map does not guess
    QCOMPARE(map.map(u"1416", u"Item being returned to sender")->status.toString(),
        u"Exception/ReturnToSender"_s);
    // Back at the sender: the return has ended, and with it the polling.
    QCOMPARE(map.map(u"1496", u"Item successfully returned to sender")->status.toString(),
        u"Exception/ReturnedToSender"_s);

    PARCELDESK_REQUIRE_SHARED_SAMPLES();
    // Every documented code: the sample's table and the groups the README lists.
    const QString readme = QString::fromUtf8(readFile(sample(u"README.md"_s)));
    QSet<QString> documented;
    static const QRegularExpression sampleRow(
        u"^\\| `(\\d+)` \\|"_s, QRegularExpression::MultilineOption);
    for (auto it = sampleRow.globalMatch(readme); it.hasNext();)
        documented.insert(CanadaPostAdapter::mapKey(it.next().captured(1)));
    QCOMPARE(documented.size(), 5);
    const qsizetype from = readme.indexOf(u"karrio's Canada Post adapter groups"_s);
    const qsizetype to = readme.indexOf(u"Normalise by stripping"_s, from);
    QVERIFY(from > 0 && to > from);
    const QString groups = readme.mid(from, to - from);
    static const QRegularExpression group(u"`([\\d\\s–-]+)`"_s); // groups wrap lines
    static const QRegularExpression token(u"(\\d+)(?:[–-](\\d+))?"_s);
    for (auto g = group.globalMatch(groups); g.hasNext();) {
        const QString list = g.next().captured(1);
        for (auto t = token.globalMatch(list); t.hasNext();) {
            const auto m = t.next();
            const int first = m.captured(1).toInt();
            const int last = m.hasCaptured(2) ? m.captured(2).toInt() : first;
            for (int c = first; c <= last; ++c)
                documented.insert(QString::number(c));
        }
    }
    const QStringList codes = map.codes();
    QSet<QString> covered(codes.cbegin(), codes.cend());
    for (auto it = map.knowinglyUnmapped().cbegin(); it != map.knowinglyUnmapped().cend(); ++it)
        covered.insert(it.key());
    QCOMPARE(covered - documented, QSet<QString>());
    QCOMPARE(documented - covered, QSet<QString>());
}

QTEST_GUILESS_MAIN(TestCanadaPostAdapter)
#include "tst_canadapostadapter.moc"
