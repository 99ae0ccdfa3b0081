#include "carriers/carriersession.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

namespace {

// A carrier with OAuth2 tokens and at most two numbers per call, speaking a tiny text format.
class FakeOAuthCarrier final : public CarrierAdapter
{
public:
    QString id() const override { return u"fake"_s; }
    QString displayName() const override { return u"Fake Express"_s; }
    QUrl defaultBaseUrl() const override { return QUrl(u"http://127.0.0.1:1"_s); }
    AuthScheme authScheme() const override { return AuthScheme::OAuth2ClientCredentials; }
    CarrierLimits limits() const override { return {2, 10, 0}; }
    QList<CarrierRequest> buildRequests(const QStringList &numbers, const QUrl &base,
        const CarrierCredentials &, const QString &token) const override
    {
        QList<CarrierRequest> out;
        for (qsizetype i = 0; i < numbers.size(); i += 2) {
            CarrierRequest r;
            r.url = base.resolved(QUrl(u"/track?ids="_s + numbers.mid(i, 2).join(u',')));
            r.headers.append({QByteArray("authorization"), "Bearer " + token.toUtf8()});
            r.trackingNumbers = numbers.mid(i, 2);
            out.append(r);
        }
        return out;
    }
    ParseResult parse(const CarrierResponse &response) const override
    {
        ParseResult result;
        if (response.httpStatus == 401 || response.body == "token refused") {
            result.errors.append(
                {CarrierErrorKind::Unauthorized, {}, {}, u"token refused"_s, std::nullopt});
            return result;
        }
        if (response.body == "unknown") { // like DPD, without the number
            result.errors.append(
                {CarrierErrorKind::NotFound, {}, {}, u"no such parcel"_s, std::nullopt});
            return result;
        }
        for (const QByteArray &n : response.body.split(',')) {
            ParsedShipment s;
            s.trackingNumber = QString::fromUtf8(n);
            result.shipments.append(s);
        }
        return result;
    }
    int recognizes(const QByteArray &) const override { return 0; }
    std::optional<CarrierRequest> buildTokenRequest(
        const QUrl &base, const CarrierCredentials &c) const override
    {
        CarrierRequest r;
        r.method = "POST";
        r.url = base.resolved(QUrl(u"/token"_s));
        r.body = "grant_type=client_credentials&client_id=" + c.clientId.toUtf8()
            + "&client_secret=" + c.clientSecret.toUtf8();
        return r;
    }
};

// Answers like the carrier would, asynchronously, and records what it was asked.
class ScriptedCarrier final : public CarrierTransport
{
public:
    QStringList calls; // "token" or the ids of a tracking call
    QSet<QString> revoked;
    bool refuseCredentials = false;
    bool alwaysUnauthorized = false;
    int refusalStatus = 401; // SOAP carriers refuse a token in a fault with HTTP 500
    bool echoNumbers = true;
    QSet<QString> unknown;
    int issued = 0;

    void send(const CarrierRequest &request, std::function<void(CarrierResponse)> done) override
    {
        CarrierResponse response;
        if (request.url.path() == u"/token") {
            calls << u"token"_s;
            if (refuseCredentials) {
                response = {401, {}, R"({"error":"invalid_client"})"};
            } else {
                response.body = R"({"access_token":"T)" + QByteArray::number(++issued)
                    + R"(","token_type":"Bearer","expires_in":3600})";
            }
        } else {
            const QString ids = QUrlQuery(request.url).queryItemValue(u"ids"_s);
            QString token;
            for (const auto &[k, v] : request.headers) {
                if (k == "authorization")
                    token = QString::fromUtf8(v.mid(7));
            }
            calls << ids + u'@' + token;
            if (alwaysUnauthorized || revoked.contains(token) || token.isEmpty())
                response = {refusalStatus, {}, "token refused"};
            else if (unknown.contains(ids))
                response.body = "unknown";
            else
                response.body = echoNumbers ? ids.toUtf8() : QByteArray();
        }
        QTimer::singleShot(0, [done = std::move(done), response] { done(response); });
    }
};

ParseResult waitFor(CarrierSession &session, const QStringList &numbers)
{
    std::optional<ParseResult> result;
    session.track(numbers, [&](const ParseResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        qFatal("the session never answered");
    return *result;
}

} // namespace

class TestCarrierSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneTokenForConcurrentCalls();
    void renewsBeforeExpiry();
    void retriesOnceOn401();
    void givesUpAfterSecond401();
    void retriesOnceOnRefusalInTheBody();
    void answersAboutOneNumberNameIt();
    void refusedCredentialsNeverLeakTheSecret();
    void tokenCacheMargin();
    void networkTransportOverLoopback();
    void answerAfterTheSessionIsGoneIsDropped();

private:
    FakeOAuthCarrier m_adapter;
    const CarrierCredentials m_credentials {{}, u"client-1"_s, u"s3cr3t-value"_s, {}, {}, {}};
};

void TestCarrierSession::oneTokenForConcurrentCalls()
{
    ScriptedCarrier carrier;
    CarrierSession session(m_adapter, QUrl(u"http://carrier.test"_s), m_credentials, carrier);
    const ParseResult r = waitFor(session, {u"A"_s, u"B"_s, u"C"_s});
    QCOMPARE(r.shipments.size(), 3);
    QCOMPARE(carrier.calls, (QStringList {u"token"_s, u"A,B@T1"_s, u"C@T1"_s}));
    QCOMPARE(session.tokenFetches(), 1);
    waitFor(session, {u"D"_s});
    QCOMPARE(session.tokenFetches(), 1); // cached
}

void TestCarrierSession::renewsBeforeExpiry()
{
    ScriptedCarrier carrier;
    qint64 now = 1'000'000;
    CarrierSession session(
        m_adapter, QUrl(u"http://carrier.test"_s), m_credentials, carrier, [&now] { return now; });
    waitFor(session, {u"A"_s});
    now += 3600'000 - 61'000; // still valid for 61 s: kept
    waitFor(session, {u"B"_s});
    QCOMPARE(session.tokenFetches(), 1);
    now += 2'000; // 59 s left: renewed before it can expire mid-call
    waitFor(session, {u"C"_s});
    QCOMPARE(session.tokenFetches(), 2);
    QCOMPARE(carrier.calls.last(), u"C@T2"_s);
}

void TestCarrierSession::retriesOnceOn401()
{
    ScriptedCarrier carrier;
    CarrierSession session(m_adapter, QUrl(u"http://carrier.test"_s), m_credentials, carrier);
    waitFor(session, {u"A"_s});
    carrier.revoked.insert(u"T1"_s); // revoked early by the carrier
    const ParseResult r = waitFor(session, {u"B"_s});
    QCOMPARE(r.errors.size(), 0);
    QCOMPARE(r.shipments.size(), 1);
    QCOMPARE(
        carrier.calls, (QStringList {u"token"_s, u"A@T1"_s, u"B@T1"_s, u"token"_s, u"B@T2"_s}));
}

void TestCarrierSession::givesUpAfterSecond401()
{
    ScriptedCarrier carrier;
    carrier.alwaysUnauthorized = true;
    CarrierSession session(m_adapter, QUrl(u"http://carrier.test"_s), m_credentials, carrier);
    const ParseResult r = waitFor(session, {u"A"_s});
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().kind, CarrierErrorKind::Unauthorized);
    QCOMPARE(carrier.calls, (QStringList {u"token"_s, u"A@T1"_s, u"token"_s, u"A@T2"_s}));
}

void TestCarrierSession::retriesOnceOnRefusalInTheBody()
{
    ScriptedCarrier carrier;
    carrier.refusalStatus = 500;
    CarrierSession session(m_adapter, QUrl(u"http://carrier.test"_s), m_credentials, carrier);
    waitFor(session, {u"A"_s});
    carrier.revoked.insert(u"T1"_s);
    const ParseResult r = waitFor(session, {u"B"_s});
    QCOMPARE(r.errors.size(), 0);
    QCOMPARE(r.shipments.size(), 1);
    QCOMPARE(
        carrier.calls, (QStringList {u"token"_s, u"A@T1"_s, u"B@T1"_s, u"token"_s, u"B@T2"_s}));
    // Refused again after the renewal: given up, once.
    carrier.alwaysUnauthorized = true;
    const ParseResult refused = waitFor(session, {u"C"_s});
    QCOMPARE(refused.errors.size(), 1);
    QCOMPARE(refused.errors.first().kind, CarrierErrorKind::Unauthorized);
    QCOMPARE(carrier.calls.mid(5), (QStringList {u"C@T2"_s, u"token"_s, u"C@T3"_s}));
}

void TestCarrierSession::answersAboutOneNumberNameIt()
{
    ScriptedCarrier carrier;
    carrier.echoNumbers = false;
    carrier.unknown.insert(u"X"_s);
    CarrierSession session(m_adapter, QUrl(u"http://carrier.test"_s), m_credentials, carrier);
    const ParseResult one = waitFor(session, {u"A"_s});
    QCOMPARE(one.shipments.size(), 1);
    QCOMPARE(one.shipments.first().trackingNumber, u"A"_s);
    const ParseResult notFound = waitFor(session, {u"X"_s});
    QCOMPARE(notFound.errors.size(), 1);
    QCOMPARE(notFound.errors.first().kind, CarrierErrorKind::NotFound);
    QCOMPARE(notFound.errors.first().trackingNumber, u"X"_s);
    // An answer about two numbers that names none cannot be told apart: left as it came.
    const ParseResult two = waitFor(session, {u"B"_s, u"C"_s});
    QCOMPARE(two.shipments.size(), 1);
    QCOMPARE(two.shipments.first().trackingNumber, QString());
}

void TestCarrierSession::refusedCredentialsNeverLeakTheSecret()
{
    ScriptedCarrier carrier;
    carrier.refuseCredentials = true;
    CarrierSession session(m_adapter, QUrl(u"http://carrier.test"_s), m_credentials, carrier);
    const ParseResult r = waitFor(session, {u"A"_s, u"B"_s, u"C"_s});
    QCOMPARE(r.errors.size(), 2); // both calls fail, after a single token attempt
    QCOMPARE(carrier.calls, QStringList {u"token"_s});
    for (const CarrierError &e : r.errors) {
        QCOMPARE(e.kind, CarrierErrorKind::Unauthorized);
        QVERIFY2(e.message.contains(u"Fake Express"_s), qPrintable(e.message));
        QVERIFY(!e.message.contains(m_credentials.clientSecret));
    }
}

void TestCarrierSession::tokenCacheMargin()
{
    TokenCache cache(60'000);
    QVERIFY(!cache.validToken(0));
    cache.store({u"X"_s, 100'000});
    QCOMPARE(cache.validToken(39'999), std::optional<QString>(u"X"_s));
    QVERIFY(!cache.validToken(40'000));
    cache.store({u"Y"_s, 1'000'000});
    cache.invalidate();
    QVERIFY(!cache.validToken(0));
}

void TestCarrierSession::networkTransportOverLoopback()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QByteArray seenRequest;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
            seenRequest += socket->readAll();
            if (!seenRequest.contains("\r\n\r\n"))
                return;
            socket->write(
                "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 17\r\nContent-Type: text/plain\r\n"
                "Content-Length: 4\r\nConnection: close\r\n\r\nslow");
            socket->disconnectFromHost();
        });
    });
    QNetworkAccessManager manager;
    NetworkCarrierTransport transport(&manager, 5000);
    CarrierRequest request;
    request.url = QUrl(u"http://127.0.0.1:%1/track?ids=A"_s.arg(server.serverPort()));
    request.headers.append({QByteArray("x-api-key"), QByteArray("k")});
    std::optional<CarrierResponse> response;
    transport.send(request, [&](const CarrierResponse &r) { response = r; });
    QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), 5000);
    QCOMPARE(response->httpStatus, 429);
    QCOMPARE(response->header("Retry-After"), QByteArray("17"));
    QCOMPARE(response->body, QByteArray("slow"));
    QVERIFY(seenRequest.startsWith("GET /track?ids=A HTTP/1.1"));
    QVERIFY(seenRequest.contains("x-api-key: k"));

    // Nobody listening: status 0 and the reason, no hang.
    const quint16 port = server.serverPort();
    server.close();
    response.reset();
    request.url = QUrl(u"http://127.0.0.1:%1/"_s.arg(port));
    transport.send(request, [&](const CarrierResponse &r) { response = r; });
    QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), 10000);
    QCOMPARE(response->httpStatus, 0);
    QVERIFY(!response->body.isEmpty());
}

void TestCarrierSession::answerAfterTheSessionIsGoneIsDropped()
{
    ScriptedCarrier carrier;
    bool called = false;
    {
        CarrierSession session(m_adapter, QUrl(u"http://carrier.test"_s), m_credentials, carrier);
        session.track({u"A"_s}, [&](const ParseResult &) { called = true; });
    } // destroyed while the token call is out
    QTest::qWait(50);
    QVERIFY(!called);
    QCOMPARE(carrier.calls, QStringList {u"token"_s});
}

QTEST_GUILESS_MAIN(TestCarrierSession)
#include "tst_carriersession.moc"
