#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"
#include "carriers/carriersession.h"
#include "carriers/credentialstore.h"
#include "carriers/returnlabelclient.h"
#include "carriers/trackingnumber.h"
#include "carriersandbox.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;
using namespace ParcelDesk::Sandbox;

// Return labels from the sandbox's DHL Parcel DE Returns API over real loopback HTTP.
class TestReturnLabelClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dhlIssuesALabel();
    void everyLabelHasItsOwnNumber();
    void errorsNameCarrierStatusAndDetail_data();
    void errorsNameCarrierStatusAndDetail();
    void otherCarriersAreRefused_data();
    void otherCarriersAreRefused();
    void credentialsComeFromTheStore();
    void slowCarrierTimesOut();
    void cancelledRequestNeverAnswers();
    void issuedNumberIsTrackedToTheWarehouse();
    void returnIsDeliveredDaysLater();

private:
    CarrierAccount dhlAccount() const;
    static ReturnLabelOrder order();
    Result<IssuedReturnLabel> issue(const CarrierAccount &account,
        const CarrierCredentials &credentials, const ReturnLabelOrder &o = order());
    ParseResult track(const QString &number);

    std::unique_ptr<CarrierSandbox> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ReturnLabelClient> m_client;
};

void TestReturnLabelClient::init()
{
    m_sandbox = std::make_unique<CarrierSandbox>(CarrierSandbox::Options {});
    QVERIFY(m_sandbox->listen() != 0);
    m_client = std::make_unique<ReturnLabelClient>(&m_network);
    m_client->setTimeoutMs(5000);
}

void TestReturnLabelClient::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

CarrierAccount TestReturnLabelClient::dhlAccount() const
{
    CarrierAccount account = CarrierAccount::forCarrier(u"dhl"_s);
    account.baseUrl = m_sandbox->baseUrl(u"dhl"_s);
    return account;
}

ReturnLabelOrder TestReturnLabelClient::order()
{
    ReturnLabelOrder o;
    o.receiverId = u"deu"_s;
    o.customerReference = u"R-10042-1"_s;
    o.shipmentReference = u"10042"_s;
    o.name = u"Jürgen Weiß"_s;
    o.street = u"Große Straße"_s;
    o.houseNumber = u"12"_s;
    o.postcode = u"80331"_s;
    o.city = u"München"_s;
    o.country = u"DEU"_s;
    return o;
}

Result<IssuedReturnLabel> TestReturnLabelClient::issue(
    const CarrierAccount &account, const CarrierCredentials &credentials, const ReturnLabelOrder &o)
{
    std::optional<Result<IssuedReturnLabel>> result;
    int calls = 0;
    m_client->request(account, credentials, o, [&](Result<IssuedReturnLabel> r) {
        result = std::move(r);
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10'000))
        return Error {u"no answer"_s};
    QTest::qWait(20);
    if (calls != 1)
        return Error {u"done called %1 times"_s.arg(calls)};
    return *result;
}

ParseResult TestReturnLabelClient::track(const QString &number)
{
    NetworkCarrierTransport transport(&m_network, 5000);
    CarrierSession session(
        *carrierAdapter(u"dhl"), m_sandbox->baseUrl(u"dhl"_s), m_sandbox->credentials(), transport);
    std::optional<ParseResult> result;
    session.track({number}, [&](const ParseResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10'000))
        return {};
    return *result;
}

void TestReturnLabelClient::dhlIssuesALabel()
{
    const auto label = issue(dhlAccount(), m_sandbox->credentials());
    QVERIFY2(label, qPrintable(label ? QString() : label.error().message));
    QCOMPARE(label->carrier, u"dhl"_s);
    // A DHL Paket number ParcelDesk recognises as DHL's by its check digit.
    QCOMPARE(label->trackingNumber.size(), 12);
    QVERIFY(CheckDigits::dhlPaket12(label->trackingNumber));
    const auto recognition = recognizeTrackingNumber(label->trackingNumber);
    QVERIFY(std::any_of(recognition.candidates.cbegin(), recognition.candidates.cend(),
        [](const TrackingNumberCandidate &c) { return c.carrier == u"dhl"; }));
    QVERIFY2(label->qrPayload.endsWith(label->trackingNumber), qPrintable(label->qrPayload));
    QVERIFY(!label->routingCode.isEmpty());
    QVERIFY(label->internationalShipmentNo.isEmpty()); // from Germany
    QVERIFY(label->labelDocument.startsWith("%PDF-1.4"));
}

void TestReturnLabelClient::everyLabelHasItsOwnNumber()
{
    ReturnLabelOrder fromAbroad = order();
    fromAbroad.country = u"AUT"_s;
    fromAbroad.city = u"Wien"_s;
    const auto first = issue(dhlAccount(), m_sandbox->credentials());
    const auto second = issue(dhlAccount(), m_sandbox->credentials(), fromAbroad);
    QVERIFY(first && second);
    QVERIFY(first->trackingNumber != second->trackingNumber);
    // From abroad the parcel also has a UPU number for the first carrier.
    QVERIFY(CheckDigits::upuS10(second->internationalShipmentNo));
}

void TestReturnLabelClient::errorsNameCarrierStatusAndDetail_data()
{
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<QString>("receiverId");
    QTest::addColumn<QString>("postcode");
    QTest::addColumn<QString>("expected");

    QTest::newRow("wrong API key")
        << u"not-the-key"_s << u"deu"_s << u"80331"_s
        << u"DHL refused the return label (HTTP 401): Invalid API key."_s;
    QTest::newRow("no receiver") << QString() << QString() << u"80331"_s
                                 << u"DHL refused the return label (HTTP 400): receiverId: must "
                                    "not be blank."_s;
    QTest::newRow("no postcode")
        << QString() << u"deu"_s << QString()
        << u"DHL refused the return label (HTTP 400): shipper.postalCode: must not be blank."_s;
}

void TestReturnLabelClient::errorsNameCarrierStatusAndDetail()
{
    QFETCH(QString, apiKey);
    QFETCH(QString, receiverId);
    QFETCH(QString, postcode);
    QFETCH(QString, expected);
    CarrierCredentials credentials = m_sandbox->credentials();
    if (!apiKey.isEmpty())
        credentials.apiKey = apiKey;
    ReturnLabelOrder o = order();
    o.receiverId = receiverId;
    o.postcode = postcode;
    const auto label = issue(dhlAccount(), credentials, o);
    QVERIFY(!label);
    QCOMPARE(label.error().message, expected);
}

void TestReturnLabelClient::otherCarriersAreRefused_data()
{
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<QString>("name");
    QTest::newRow("ups") << u"ups"_s << u"UPS"_s;
    QTest::newRow("gls") << u"gls"_s << u"GLS"_s;
}

void TestReturnLabelClient::otherCarriersAreRefused()
{
    QFETCH(QString, carrier);
    QFETCH(QString, name);
    QVERIFY(!ReturnLabelClient::issuesLabels(carrier));
    CarrierAccount account = CarrierAccount::forCarrier(carrier);
    account.baseUrl = m_sandbox->baseUrl(carrier);
    const int before = m_sandbox->requestCount(carrier);
    const auto label = issue(account, m_sandbox->credentials());
    QVERIFY(!label);
    QCOMPARE(label.error().message,
        u"%1 does not issue return labels through ParcelDesk; enter the tracking number of the "
        "label you made."_s.arg(name));
    QCOMPARE(m_sandbox->requestCount(carrier), before); // nothing was sent
}

void TestReturnLabelClient::credentialsComeFromTheStore()
{
    QTemporaryDir dir;
    CredentialStore::Options options;
    options.useKeychain = false;
    options.filePath = dir.filePath(u"credentials.json"_s);
    CredentialStore store(options);

    std::optional<Result<IssuedReturnLabel>> result;
    m_client->request(
        dhlAccount(), store, order(), [&](Result<IssuedReturnLabel> r) { result = std::move(r); });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10'000));
    QVERIFY(!*result);
    QVERIFY2(result->error().message.contains(u"No credentials are stored for DHL"_s),
        qPrintable(result->error().message));

    QVERIFY(store.writeNow(u"dhl"_s, m_sandbox->credentials()));
    result.reset();
    m_client->request(
        dhlAccount(), store, order(), [&](Result<IssuedReturnLabel> r) { result = std::move(r); });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10'000));
    QVERIFY2(*result, qPrintable(*result ? QString() : result->error().message));
    QVERIFY(CheckDigits::dhlPaket12((*result)->trackingNumber));
}

void TestReturnLabelClient::slowCarrierTimesOut()
{
    QVERIFY(m_sandbox->setFaults(u"dhl:slow=3000"_s));
    m_client->setTimeoutMs(500);
    const auto label = issue(dhlAccount(), m_sandbox->credentials());
    QVERIFY(!label);
    QCOMPARE(label.error().message, u"DHL did not answer the return label request within 0.5 s."_s);
}

void TestReturnLabelClient::cancelledRequestNeverAnswers()
{
    QVERIFY(m_sandbox->setFaults(u"dhl:slow=1000"_s));
    int calls = 0;
    const quint64 id = m_client->request(dhlAccount(), m_sandbox->credentials(), order(),
        [&](const Result<IssuedReturnLabel> &) { ++calls; });
    QVERIFY(QTest::qWaitFor([&] { return m_sandbox->requestCount(u"dhl"_s) == 1; }, 5000));
    QCOMPARE(m_client->pendingCount(), 1);
    m_client->cancel(id);
    QCOMPARE(m_client->pendingCount(), 0);
    QTest::qWait(1500);
    QCOMPARE(calls, 0);

    // Refusals are answered later too, so they can be cancelled like any request.
    const quint64 refused = m_client->request(CarrierAccount::forCarrier(u"ups"_s),
        m_sandbox->credentials(), order(), [&](const Result<IssuedReturnLabel> &) { ++calls; });
    m_client->cancel(refused);
    QTest::qWait(50);
    QCOMPARE(calls, 0);
}

void TestReturnLabelClient::issuedNumberIsTrackedToTheWarehouse()
{
    const auto label = issue(dhlAccount(), m_sandbox->credentials());
    QVERIFY2(label, qPrintable(label ? QString() : label.error().message));

    // Just issued: the label is made, nothing scanned yet.
    const ParseResult now = track(label->trackingNumber);
    QVERIFY2(now.errors.isEmpty(), qPrintable(now.errors.value(0).message));
    QCOMPARE(now.shipments.size(), 1);
    QCOMPARE(now.shipments[0].trackingNumber, label->trackingNumber);
    QCOMPARE(now.shipments[0].status.toString(), u"InfoReceived/LabelCreated"_s);

    // Its journey: dropped off, then delivered at the warehouse a couple of days later.
    const Journey &journey = m_sandbox->journey(label->trackingNumber);
    QVERIFY(journey.kind == JourneyKind::OnTime);
    QVERIFY(qAbs(journey.labelAtMs - m_sandbox->virtualNowMs()) < 60'000);
    QVERIFY(journey.events.last().step == JourneyStep::Delivered);
    QVERIFY(journey.events.last().atMs - journey.labelAtMs > 36 * 3'600'000LL);
}

void TestReturnLabelClient::returnIsDeliveredDaysLater()
{
    // Two virtual days pass in a real second.
    CarrierSandbox::Options fast;
    fast.speed = 2 * 86'400;
    m_sandbox = std::make_unique<CarrierSandbox>(fast);
    QVERIFY(m_sandbox->listen() != 0);
    const auto label = issue(dhlAccount(), m_sandbox->credentials());
    QVERIFY2(label, qPrintable(label ? QString() : label.error().message));
    ParseResult last;
    const bool delivered = QTest::qWaitFor(
        [&] {
            last = track(label->trackingNumber);
            return last.shipments.size() == 1
                && last.shipments[0].status.toString() == u"Delivered/Delivered";
        },
        5000);
    QVERIFY2(delivered,
        qPrintable(
            last.shipments.isEmpty() ? u"no shipment"_s : last.shipments[0].status.toString()));
    const ParsedShipment &shipment = last.shipments[0];
    QVERIFY(shipment.deliveredAtMs.has_value());
    QVERIFY(*shipment.deliveredAtMs - shipment.events.first().occurredAtMs > 36 * 3'600'000LL);
}

QTEST_GUILESS_MAIN(TestReturnLabelClient)
#include "tst_returnlabelclient.moc"
