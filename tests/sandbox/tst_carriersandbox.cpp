#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"
#include "carriers/carriersession.h"
#include "carriersandbox.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>

#include <QTest>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;
using namespace ParcelDesk::Sandbox;

// The sandbox over real loopback HTTP, read by the real adapters through CarrierSession.
class TestCarrierSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void journeysReadAsTheyShould_data();
    void journeysReadAsTheyShould();
    void journeyIsDeterministic();
    void faultsGiveTypedErrors_data();
    void faultsGiveTypedErrors();
    void glsTokensExpireAndAreRenewed();
    void countsCallsPerCarrier();
    void slowAnswerDoesNotHoldOthers();
    void faultSpecErrorsNameTheItem_data();
    void faultSpecErrorsNameTheItem();

    void cleanup();

private:
    ParseResult track(CarrierSandbox &sandbox, const QString &carrier, const QStringList &numbers,
        CarrierSession **sessionOut = nullptr);
    QNetworkAccessManager m_network;
    NetworkCarrierTransport m_transport {&m_network, 5000};
    // One session per carrier and sandbox, as a poller keeps one per account.
    std::map<QString, std::unique_ptr<CarrierSession>> m_sessions;
};

void TestCarrierSandbox::cleanup()
{
    m_sessions.clear();
}

ParseResult TestCarrierSandbox::track(CarrierSandbox &sandbox, const QString &carrier,
    const QStringList &numbers, CarrierSession **sessionOut)
{
    const QString key = carrier + sandbox.baseUrl().toString();
    auto &session = m_sessions[key];
    if (!session) {
        session = std::make_unique<CarrierSession>(
            *carrierAdapter(carrier), sandbox.baseUrl(), sandbox.credentials(), m_transport);
    }
    if (sessionOut)
        *sessionOut = session.get();
    std::optional<ParseResult> result;
    session->track(numbers, [&](const ParseResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        qFatal("the sandbox did not answer");
    return *result;
}

void TestCarrierSandbox::journeysReadAsTheyShould_data()
{
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("finalStatus");
    QTest::addColumn<int>("attempts");
    const QList<std::tuple<const char16_t *, const char16_t *, const char16_t *, int>> dhl = {
        {u"on_time", u"Delivered/Delivered", u"Delivered/Delivered", 0},
        {u"late", u"Delivered/Delivered", u"", 0},
        {u"damaged", u"Exception/ReturnedToSender", u"", 0},
        {u"address_issue", u"Exception/ReturnedToSender", u"", 0},
        {u"failed_then_delivered", u"Delivered/Delivered", u"", 1},
        {u"pickup_point", u"Delivered/PickedUp", u"", 1},
        {u"returned_to_sender", u"Exception/ReturnedToSender", u"", 1},
        {u"lost", u"InTransit/InTransit", u"", 0},
        {u"never_scanned", u"InfoReceived/LabelCreated", u"", 0},
    };
    for (const auto &[kind, status, unused, attempts] : dhl) {
        Q_UNUSED(unused)
        QTest::addRow("dhl %s", qPrintable(QString::fromUtf16(kind)))
            << u"dhl"_s << QString::fromUtf16(kind) << QString::fromUtf16(status) << attempts;
    }
    QTest::addRow("gls on_time") << u"gls"_s << u"on_time"_s << u"Delivered/Delivered"_s << 0;
    QTest::addRow("gls pickup_point")
        << u"gls"_s << u"pickup_point"_s << u"Delivered/Delivered"_s << 1;
    QTest::addRow("gls never_scanned")
        << u"gls"_s << u"never_scanned"_s << u"InfoReceived/LabelCreated"_s << 0;
}

void TestCarrierSandbox::journeysReadAsTheyShould()
{
    QFETCH(QString, carrier);
    QFETCH(QString, kind);
    QFETCH(QString, finalStatus);
    QFETCH(int, attempts);
    CarrierSandbox::Options options;
    options.speed = 3'600'000.0; // a virtual thousand hours per real second
    CarrierSandbox sandbox(options);
    QVERIFY(sandbox.listen() != 0);
    const QString number = carrier == u"dhl" ? u"00340434161094042557"_s : u"36301917596"_s;
    sandbox.forceJourney(number, *journeyKindFromName(kind));
    (void)sandbox.journey(number);
    QTest::qWait(400); // 400 virtual hours: every journey has ended
    const ParseResult r = track(sandbox, carrier, {number});
    QCOMPARE(r.errors.size(), 0);
    QCOMPARE(r.shipments.size(), 1);
    const ParsedShipment &s = r.shipments.first();
    QCOMPARE(s.trackingNumber, number);
    QCOMPARE(s.status.toString(), finalStatus);
    QCOMPARE(s.attempts, attempts);
    QCOMPARE(s.events.size(), sandbox.journey(number).events.size());
    for (const ParsedEvent &e : s.events) {
        if (carrier == u"dhl")
            QVERIFY2(!e.unmapped, qPrintable(e.code + u' ' + e.description));
        QVERIFY(e.utcOffsetMinutes); // German time: +60 or +120
    }
}

void TestCarrierSandbox::journeyIsDeterministic()
{
    const Journey a = planJourney(u"1234567890"_s, 1'000'000);
    const Journey b = planJourney(u"1234567890"_s, 1'000'000);
    QCOMPARE(a.kind, b.kind);
    QCOMPARE(a.events.size(), b.events.size());
    // Over many numbers, the kinds appear roughly with their weights: most arrive on time.
    QHash<JourneyKind, int> counts;
    for (int i = 0; i < 2000; ++i)
        ++counts[planJourney(u"N%1"_s.arg(i), 0).kind];
    QVERIFY(counts.value(JourneyKind::OnTime) > 1000 && counts.value(JourneyKind::OnTime) < 1400);
    QCOMPARE(counts.size(), allJourneyKinds().size());
}

void TestCarrierSandbox::faultsGiveTypedErrors_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("retryAfter");
    QTest::newRow("429 with Retry-After")
        << u"dhl:429=7"_s << u"00340434161094042557"_s << int(CarrierErrorKind::RateLimited) << 7;
    QTest::newRow("quota used up") << u"dhl:quota=0"_s << u"00340434161094042557"_s
                                   << int(CarrierErrorKind::RateLimited) << -1;
    QTest::newRow("server error") << u"dhl:5xx"_s << u"00340434161094042557"_s
                                  << int(CarrierErrorKind::ServerError) << -1;
    QTest::newRow("malformed body") << u"dhl:malformed"_s << u"00340434161094042557"_s
                                    << int(CarrierErrorKind::Malformed) << -1;
    QTest::newRow("unknown number")
        << QString() << u"404000000001"_s << int(CarrierErrorKind::NotFound) << -1;
}

void TestCarrierSandbox::faultsGiveTypedErrors()
{
    QFETCH(QString, faults);
    QFETCH(QString, number);
    QFETCH(int, kind);
    QFETCH(int, retryAfter);
    CarrierSandbox sandbox({});
    QVERIFY(sandbox.listen() != 0);
    QVERIFY(sandbox.setFaults(faults));
    const ParseResult r = track(sandbox, u"dhl"_s, {number});
    QVERIFY(!r.errors.isEmpty());
    QCOMPARE(int(r.errors.first().kind), kind);
    if (retryAfter >= 0)
        QCOMPARE(r.errors.first().retryAfterSeconds, std::optional<int>(retryAfter));
}

void TestCarrierSandbox::glsTokensExpireAndAreRenewed()
{
    CarrierSandbox sandbox({});
    QVERIFY(sandbox.listen() != 0);
    QVERIFY(sandbox.setFaults(u"gls:token-expiry=1"_s)); // tokens live one second
    CarrierSession *session = nullptr;
    QCOMPARE(track(sandbox, u"gls"_s, {u"36301917596"_s}, &session).errors.size(), 0);
    QCOMPARE(sandbox.requestCount(u"gls-token"_s), 1);
    // A one-second token is inside the renewal margin: every call renews it first.
    QCOMPARE(track(sandbox, u"gls"_s, {u"36301917596"_s}).errors.size(), 0);
    QCOMPARE(sandbox.requestCount(u"gls-token"_s), 2);
    QCOMPARE(session->tokenFetches(), 2);
    QCOMPARE(sandbox.requestCount(u"gls"_s), 2); // and no call was spent on a dead token
}

void TestCarrierSandbox::countsCallsPerCarrier()
{
    CarrierSandbox sandbox({});
    QVERIFY(sandbox.listen() != 0);
    for (int i = 0; i < 3; ++i)
        track(sandbox, u"dhl"_s, {u"00340434161094042557"_s});
    QCOMPARE(sandbox.requestCount(u"dhl"_s), 3);
    QCOMPARE(sandbox.maxRequestsInWindow(u"dhl"_s, 60'000), 3);
    QCOMPARE(sandbox.requestCount(u"gls"_s), 0);
}

void TestCarrierSandbox::slowAnswerDoesNotHoldOthers()
{
    CarrierSandbox sandbox({});
    QVERIFY(sandbox.listen() != 0);
    QVERIFY(sandbox.setFaults(u"dhl:slow=1500"_s));
    CarrierSession dhl(
        *carrierAdapter(u"dhl"), sandbox.baseUrl(), sandbox.credentials(), m_transport);
    CarrierSession gls(
        *carrierAdapter(u"gls"), sandbox.baseUrl(), sandbox.credentials(), m_transport);
    QElapsedTimer timer;
    timer.start();
    qint64 dhlDone = -1;
    qint64 glsDone = -1;
    dhl.track({u"00340434161094042557"_s}, [&](const ParseResult &) { dhlDone = timer.elapsed(); });
    gls.track({u"36301917596"_s}, [&](const ParseResult &) { glsDone = timer.elapsed(); });
    QTRY_VERIFY_WITH_TIMEOUT(dhlDone >= 0 && glsDone >= 0, 10000);
    QVERIFY2(dhlDone >= 1400, qPrintable(QString::number(dhlDone)));
    QVERIFY2(glsDone < dhlDone, qPrintable(u"%1 / %2"_s.arg(glsDone).arg(dhlDone)));
}

void TestCarrierSandbox::faultSpecErrorsNameTheItem_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("no carrier") << u"429"_s;
    QTest::newRow("unknown fault") << u"dhl:meteor"_s;
    QTest::newRow("bad probability") << u"dhl:5xx@2"_s;
    QTest::newRow("missing value") << u"gls:slow"_s;
}

void TestCarrierSandbox::faultSpecErrorsNameTheItem()
{
    QFETCH(QString, spec);
    const auto parsed = FaultSpec::parse(spec);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(spec), qPrintable(parsed.error().message));
}

QTEST_GUILESS_MAIN(TestCarrierSandbox)
#include "tst_carriersandbox.moc"
