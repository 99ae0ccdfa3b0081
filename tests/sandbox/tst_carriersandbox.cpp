#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"
#include "carriers/carriersession.h"
#include "carriersandbox.h"
#include "delayevaluation.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>

#include <QTest>

#include <algorithm>
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
    void everyCarrierHasEveryJourney();
    void journeysReadAsTheyShould_data();
    void journeysReadAsTheyShould();
    void fedexOptionsFollowTheParcel();
    void journeyIsDeterministic();
    void faultsGiveTypedErrors_data();
    void faultsGiveTypedErrors();
    void tokensExpireAndAreRenewed_data();
    void tokensExpireAndAreRenewed();
    void revokedTokenIsRenewedOnce_data();
    void revokedTokenIsRenewedOnce();
    void countsCallsPerCarrier();
    void slowAnswerDoesNotHoldOthers();
    void delaysAreSpottedBeforeTheCarrierSays();
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
    const QString key = carrier + sandbox.baseUrl(carrier).toString();
    auto &session = m_sessions[key];
    if (!session) {
        session = std::make_unique<CarrierSession>(
            *carrierAdapter(carrier), sandbox.baseUrl(carrier), sandbox.credentials(), m_transport);
    }
    if (sessionOut)
        *sessionOut = session.get();
    std::optional<ParseResult> result;
    session->track(numbers, [&](const ParseResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        qFatal("the sandbox did not answer");
    return *result;
}

namespace {

struct JourneyExpectation
{
    const char16_t *kind;
    const char16_t *finalStatus; // what the adapter reads once the journey has ended
    int attempts;
};

// What the sandbox must say per carrier, read back through that carrier's real adapter.
struct CarrierCase
{
    const char16_t *carrier;
    const char16_t *number; // a valid number for the carrier
    const char16_t *unknownNumber; // one the sandbox does not know (starts with 404)
    bool everyCodeMapped; // false where the carrier documents no code for some steps
    QList<JourneyExpectation> journeys; // one per journey kind
};

const QList<CarrierCase> &carrierCases()
{
    static const QList<CarrierCase> cases = {
        {u"dhl", u"00340434161094042557", u"404000000001", true,
            {
                {u"on_time", u"Delivered/Delivered", 0},
                {u"late", u"Delivered/Delivered", 0},
                {u"damaged", u"Exception/ReturnedToSender", 0},
                {u"address_issue", u"Exception/ReturnedToSender", 0},
                {u"failed_then_delivered", u"Delivered/Delivered", 1},
                {u"pickup_point", u"Delivered/PickedUp", 1},
                {u"returned_to_sender", u"Exception/ReturnedToSender", 1},
                {u"lost", u"InTransit/InTransit", 0},
                {u"never_scanned", u"InfoReceived/LabelCreated", 0},
            }},
        {u"ups", u"1Z999AA10123456784", u"404000000000000001", true,
            {
                {u"on_time", u"Delivered/Delivered", 0},
                {u"late", u"Delivered/Delivered", 0},
                {u"damaged", u"Exception/ReturnedToSender", 0},
                {u"address_issue", u"Exception/ReturnedToSender", 0},
                {u"failed_then_delivered", u"Delivered/Delivered", 1},
                // Picked up at a UPS Access Point: statusCode 011 with delivery code 2W.
                {u"pickup_point", u"Delivered/PickedUp", 1},
                {u"returned_to_sender", u"Exception/ReturnedToSender", 1},
                {u"lost", u"InTransit/DepartureScan", 0},
                {u"never_scanned", u"InfoReceived/LabelCreated", 0},
            }},
        {u"fedex", u"794843185271", u"404000000007", true,
            {
                {u"on_time", u"Delivered/Delivered", 0},
                {u"late", u"Delivered/Delivered", 0},
                // FedEx returns on the same number: "Returning package to shipper", then
                // "Delivered" at the shipper's.
                {u"damaged", u"Exception/ReturnedToSender", 0},
                {u"address_issue", u"Exception/ReturnedToSender", 0},
                {u"failed_then_delivered", u"Delivered/Delivered", 1},
                // FedEx has no scan for a pickup by the receiver: "Delivered" at a FedEx Office.
                {u"pickup_point", u"Delivered/Delivered", 1},
                {u"returned_to_sender", u"Exception/ReturnedToSender", 1},
                {u"lost", u"InTransit/DepartureScan", 0},
                {u"never_scanned", u"InfoReceived/LabelCreated", 0},
            }},
        {u"usps", u"9400111899223344556677", u"4040000000000000000001", true,
            {
                {u"on_time", u"Delivered/Delivered", 0},
                {u"late", u"Delivered/Delivered", 0},
                // Back at the sender: "Delivered, To Original Sender".
                {u"damaged", u"Exception/ReturnedToSender", 0},
                {u"address_issue", u"Exception/ReturnedToSender", 0},
                {u"failed_then_delivered", u"Delivered/Delivered", 1},
                {u"pickup_point", u"Delivered/PickedUp", 1},
                {u"returned_to_sender", u"Exception/ReturnedToSender", 1},
                {u"lost", u"InTransit/DepartureScan", 0},
                {u"never_scanned", u"InfoReceived/LabelCreated", 0},
            }},
        {u"gls", u"36301917596", u"40400000001", false,
            {
                {u"on_time", u"Delivered/Delivered", 0},
                {u"late", u"Delivered/Delivered", 0},
                // GLS documents no code for damage or a return: the sandbox sends codes no map
                // knows, and the status stays at the last one that is known.
                {u"damaged", u"InTransit/InTransit", 0},
                {u"address_issue", u"AttemptFail/FailedAttempt", 1},
                {u"failed_then_delivered", u"Delivered/Delivered", 1},
                {u"pickup_point", u"Delivered/Delivered", 1},
                {u"returned_to_sender", u"AvailableForPickup/AvailableForPickup", 1},
                {u"lost", u"InTransit/InTransit", 0},
                {u"never_scanned", u"InfoReceived/LabelCreated", 0},
            }},
        {u"dpd", u"01635005432109", u"40400000000001", false,
            {
                {u"on_time", u"Delivered/Delivered", 0},
                {u"late", u"Delivered/Delivered", 0},
                // DPD's documented statuses cover neither order data, damage nor a return to the
                // sender: those are sent under names no map knows, and the status stays at the
                // last known one. A return starts as ReturningFromDelivery, an exception.
                {u"damaged", u"InTransit/InTransit", 0},
                {u"address_issue", u"Exception/Exception", 1},
                {u"failed_then_delivered", u"Delivered/Delivered", 1},
                // DPD says Delivered for a parcel collected at a Pickup parcelshop.
                {u"pickup_point", u"Delivered/Delivered", 1},
                {u"returned_to_sender", u"Exception/Exception", 1},
                {u"lost", u"InTransit/InTransit", 0},
                {u"never_scanned", u"Pending/Pending", 0},
            }},
        {u"canadapost", u"7023210045678908", u"4040000000000013", false,
            {
                {u"on_time", u"Delivered/Delivered", 0},
                {u"late", u"Delivered/Delivered", 0},
                // "Item successfully returned to sender" ends the return (and the polling).
                {u"damaged", u"Exception/ReturnedToSender", 0},
                {u"address_issue", u"Exception/ReturnedToSender", 0},
                {u"failed_then_delivered", u"Delivered/Delivered", 1},
                {u"pickup_point", u"Delivered/Delivered", 1},
                {u"returned_to_sender", u"Exception/ReturnedToSender", 1},
                {u"lost", u"InTransit/InTransit", 0},
                // Electronic information (3000) is not among the documented codes the map has.
                {u"never_scanned", u"Pending/Pending", 0},
            }},
        {u"auspost", u"33LPX5001107", u"404LPX000001", false,
            {
                {u"on_time", u"Delivered/Delivered", 0},
                {u"late", u"Delivered/Delivered", 0},
                // No return text is documented: the status stays at the last known one.
                {u"damaged", u"Exception/Damaged", 0},
                {u"address_issue", u"Exception/Exception", 0},
                {u"failed_then_delivered", u"Delivered/Delivered", 1},
                {u"pickup_point", u"Delivered/Delivered", 1},
                {u"returned_to_sender", u"AvailableForPickup/AvailableForPickup", 1},
                {u"lost", u"InTransit/InTransit", 0},
                {u"never_scanned", u"InfoReceived/LabelCreated", 0},
            }},
    };
    return cases;
}

const CarrierCase *carrierCase(QStringView carrier)
{
    for (const CarrierCase &c : carrierCases()) {
        if (carrier == c.carrier)
            return &c;
    }
    return nullptr;
}

QString sampleNumber(QStringView carrier)
{
    const CarrierCase *c = carrierCase(carrier);
    return c ? QString::fromUtf16(c->number) : QString();
}

} // namespace

void TestCarrierSandbox::everyCarrierHasEveryJourney()
{
    const QStringList carriers = CarrierSandbox::carriers();
    QVERIFY(!carriers.isEmpty());
    for (const QString &carrier : carriers) {
        const CarrierCase *c = carrierCase(carrier);
        QVERIFY2(c, qPrintable(u"no test case for "_s + carrier));
        QCOMPARE(c->journeys.size(), allJourneyKinds().size());
        for (const JourneyKind kind : allJourneyKinds()) {
            QVERIFY2(
                std::ranges::any_of(c->journeys,
                    [&](const JourneyExpectation &e) { return e.kind == journeyKindName(kind); }),
                qPrintable(carrier + u": "_s + journeyKindName(kind)));
        }
        QVERIFY2(carrierAdapter(carrier), qPrintable(carrier));
    }
}

void TestCarrierSandbox::journeysReadAsTheyShould_data()
{
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("finalStatus");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<bool>("everyCodeMapped");
    const QStringList carriers = CarrierSandbox::carriers();
    for (const QString &carrier : carriers) {
        const CarrierCase *c = carrierCase(carrier);
        if (!c)
            continue; // everyCarrierHasEveryJourney fails
        for (const JourneyExpectation &e : c->journeys) {
            QTest::addRow("%s %s", qPrintable(carrier), qPrintable(QString::fromUtf16(e.kind)))
                << carrier << QString::fromUtf16(c->number) << QString::fromUtf16(e.kind)
                << QString::fromUtf16(e.finalStatus) << e.attempts << c->everyCodeMapped;
        }
    }
}

void TestCarrierSandbox::journeysReadAsTheyShould()
{
    QFETCH(QString, carrier);
    QFETCH(QString, number);
    QFETCH(QString, kind);
    QFETCH(QString, finalStatus);
    QFETCH(int, attempts);
    QFETCH(bool, everyCodeMapped);
    CarrierSandbox::Options options;
    options.speed = 3'600'000.0; // a virtual thousand hours per real second
    CarrierSandbox sandbox(options);
    QVERIFY(sandbox.listen() != 0);
    sandbox.forceJourney(number, *journeyKindFromName(kind));
    (void)sandbox.journey(number);
    QTest::qWait(400); // 400 virtual hours: every journey has ended
    const ParseResult r = track(sandbox, carrier, {number});
    for (const CarrierError &e : r.errors)
        qWarning() << carrierErrorKindName(e.kind) << e.code << e.message;
    QCOMPARE(r.errors.size(), 0);
    QCOMPARE(r.shipments.size(), 1);
    const ParsedShipment &s = r.shipments.first();
    QCOMPARE(s.trackingNumber, number);
    QCOMPARE(s.status.toString(), finalStatus);
    QCOMPARE(s.attempts, attempts);
    QCOMPARE(s.events.size(), sandbox.journey(number).events.size());
    const QList<JourneyEvent> planned = sandbox.journey(number).events;
    for (qsizetype i = 0; i < s.events.size(); ++i) {
        const ParsedEvent &e = s.events[i];
        if (everyCodeMapped)
            QVERIFY2(!e.unmapped, qPrintable(e.code + u' ' + e.description));
        // Times survive the carrier's own way of writing them (to the minute at least).
        QVERIFY2(qAbs(e.occurredAtMs - planned[i].atMs) < 60'000,
            qPrintable(u"%1: %2 vs %3"_s.arg(e.code).arg(e.occurredAtMs).arg(planned[i].atMs)));
        QVERIFY2(e.utcOffsetMinutes, qPrintable(e.code));
    }
    // FedEx lists what may still change: everything while the parcel is on its way, nothing once
    // it is delivered or back at the sender. The others say nothing of it.
    if (carrier != u"fedex") {
        QVERIFY(s.deliveryOptions.isEmpty());
        return;
    }
    const bool onItsWay = kind == u"lost" || kind == u"never_scanned";
    QCOMPARE(s.deliveryOptions.size(), 7);
    for (const DeliveryOption &o : s.deliveryOptions)
        QCOMPARE(o.eligibility, onItsWay ? u"POSSIBLY_ELIGIBLE"_s : u"INELIGIBLE"_s);
}

void TestCarrierSandbox::fedexOptionsFollowTheParcel()
{
    const QString number = sampleNumber(u"fedex");
    CarrierSandbox::Options options;
    options.speed = 36'000.0; // ten virtual hours per real second
    CarrierSandbox sandbox(options);
    QVERIFY(sandbox.listen() != 0);
    sandbox.forceJourney(number, JourneyKind::FailedThenDelivered);
    const Journey journey = sandbox.journey(number);
    const auto at = [&](JourneyStep step) {
        const auto it = std::ranges::find_if(
            journey.events, [step](const JourneyEvent &e) { return e.step == step; });
        return it == journey.events.cend() ? qint64(0) : it->atMs;
    };
    const qint64 attempt = at(JourneyStep::FailedAttempt);
    const qint64 delivered = at(JourneyStep::Delivered);
    QVERIFY(attempt > sandbox.virtualNowMs() && delivered > attempt);

    const auto eligibilities = [&](Status *status) {
        const ParseResult r = track(sandbox, u"fedex"_s, {number});
        QStringList list;
        if (r.shipments.size() != 1)
            return list;
        *status = r.shipments.first().status;
        for (const DeliveryOption &o : r.shipments.first().deliveryOptions)
            list << o.option + u'=' + o.eligibility;
        return list;
    };
    const QStringList codes = {u"INDIRECT_SIGNATURE_RELEASE"_s, u"REDIRECT_TO_HOLD_AT_LOCATION"_s,
        u"REROUTE"_s, u"RESCHEDULE"_s, u"RETURN_TO_SHIPPER"_s, u"DISPUTE_DELIVERY"_s,
        u"SUPPLEMENT_ADDRESS"_s};
    const auto all = [&](const QString &eligibility) {
        QStringList list;
        for (const QString &c : codes)
            list << c + u'=' + eligibility;
        return list;
    };

    Status status;
    QCOMPARE(eligibilities(&status), all(u"POSSIBLY_ELIGIBLE"_s)); // on its way
    QVERIFY(status.tag() != StatusTag::Delivered);
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.virtualNowMs() > attempt + 60'000, 20'000);
    QCOMPARE(eligibilities(&status), all(u"POSSIBLY_ELIGIBLE"_s)); // the receiver was out
    QCOMPARE(status.tag(), StatusTag::AttemptFail);
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.virtualNowMs() > delivered + 60'000, 20'000);
    QCOMPARE(eligibilities(&status), all(u"INELIGIBLE"_s));
    QCOMPARE(status.tag(), StatusTag::Delivered);
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
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<QString>("faults");
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("retryAfter");
    const QStringList carriers = CarrierSandbox::carriers();
    for (const QString &carrier : carriers) {
        const CarrierCase *c = carrierCase(carrier);
        if (!c)
            continue;
        const QString number = QString::fromUtf16(c->number);
        const QByteArray id = carrier.toLatin1();
        QTest::addRow("%s 429 with Retry-After", id.constData())
            << carrier << carrier + u":429=7"_s << number << int(CarrierErrorKind::RateLimited)
            << 7;
        QTest::addRow("%s quota used up", id.constData())
            << carrier << carrier + u":quota=0"_s << number << int(CarrierErrorKind::RateLimited)
            << -1;
        QTest::addRow("%s server error", id.constData())
            << carrier << carrier + u":5xx"_s << number << int(CarrierErrorKind::ServerError) << -1;
        QTest::addRow("%s malformed body", id.constData())
            << carrier << carrier + u":malformed"_s << number << int(CarrierErrorKind::Malformed)
            << -1;
        QTest::addRow("%s unknown number", id.constData())
            << carrier << QString() << QString::fromUtf16(c->unknownNumber)
            << int(CarrierErrorKind::NotFound) << -1;
    }
}

void TestCarrierSandbox::faultsGiveTypedErrors()
{
    QFETCH(QString, carrier);
    QFETCH(QString, faults);
    QFETCH(QString, number);
    QFETCH(int, kind);
    QFETCH(int, retryAfter);
    CarrierSandbox sandbox({});
    QVERIFY(sandbox.listen() != 0);
    if (!faults.isEmpty())
        QVERIFY(sandbox.setFaults(faults));
    const ParseResult r = track(sandbox, carrier, {number});
    QVERIFY(!r.errors.isEmpty());
    QCOMPARE(r.shipments.size(), 0);
    const CarrierError &e = r.errors.first();
    QVERIFY2(int(e.kind) == kind,
        qPrintable(u"%1 %2 %3"_s.arg(carrierErrorKindName(e.kind), e.code, e.message)));
    if (retryAfter >= 0)
        QCOMPARE(e.retryAfterSeconds, std::optional<int>(retryAfter));
    if (kind == int(CarrierErrorKind::NotFound))
        QCOMPARE(e.trackingNumber, number);
}

void TestCarrierSandbox::tokensExpireAndAreRenewed_data()
{
    QTest::addColumn<QString>("carrier");
    const QStringList carriers = CarrierSandbox::carriers();
    for (const QString &carrier : carriers) {
        const AuthScheme scheme = carrierAdapter(carrier)->authScheme();
        if (scheme == AuthScheme::OAuth2ClientCredentials || scheme == AuthScheme::SoapLoginToken)
            QTest::newRow(qPrintable(carrier)) << carrier;
    }
}

void TestCarrierSandbox::tokensExpireAndAreRenewed()
{
    QFETCH(QString, carrier);
    const QString number = sampleNumber(carrier);
    CarrierSandbox sandbox({});
    QVERIFY(sandbox.listen() != 0);
    QVERIFY(sandbox.setFaults(carrier + u":token-expiry=1"_s)); // tokens live one second
    CarrierSession *session = nullptr;
    QCOMPARE(track(sandbox, carrier, {number}, &session).errors.size(), 0);
    QCOMPARE(sandbox.requestCount(carrier + u"-token"_s), 1);
    // A one-second token is inside the renewal margin: every call renews it first.
    QCOMPARE(track(sandbox, carrier, {number}).errors.size(), 0);
    QCOMPARE(sandbox.requestCount(carrier + u"-token"_s), 2);
    QCOMPARE(session->tokenFetches(), 2);
    QCOMPARE(sandbox.requestCount(carrier), 2); // and no call was spent on a dead token
}

void TestCarrierSandbox::revokedTokenIsRenewedOnce_data()
{
    tokensExpireAndAreRenewed_data();
}

void TestCarrierSandbox::revokedTokenIsRenewedOnce()
{
    // The carrier rejects a token the session still thinks valid (revoked, or clocks apart):
    // the session renews it and asks again, once.
    QFETCH(QString, carrier);
    const QString number = sampleNumber(carrier);
    CarrierSandbox sandbox({});
    QVERIFY(sandbox.listen() != 0);
    QCOMPARE(track(sandbox, carrier, {number}).errors.size(), 0);
    sandbox.revokeTokens();
    const ParseResult r = track(sandbox, carrier, {number});
    QCOMPARE(r.errors.size(), 0);
    QCOMPARE(r.shipments.size(), 1);
    QCOMPARE(sandbox.requestCount(carrier + u"-token"_s), 2);
    QCOMPARE(sandbox.requestCount(carrier), 3); // the rejected call, then its retry
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
        *carrierAdapter(u"dhl"), sandbox.baseUrl(u"dhl"_s), sandbox.credentials(), m_transport);
    CarrierSession gls(
        *carrierAdapter(u"gls"), sandbox.baseUrl(u"gls"_s), sandbox.credentials(), m_transport);
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

void TestCarrierSandbox::delaysAreSpottedBeforeTheCarrierSays()
{
    // The bar of issue 5 on the sandbox's journeys, where the truth is known.
    const DelayEvaluation d = evaluateDelayDetection(6000);
    QCOMPARE(d.watched, 3000);
    QVERIFY2(d.late > 900 && d.late < 1500, qPrintable(QString::number(d.late)));
    QVERIFY2(d.precision >= 0.8, qPrintable(QString::number(d.precision)));
    QVERIFY2(d.recall >= 0.7, qPrintable(QString::number(d.recall)));
    QVERIFY2(d.medianLeadHours >= 24, qPrintable(QString::number(d.medianLeadHours)));
    QVERIFY(d.leadParcels > 0);
    // A stricter threshold trades recall for precision, never the other way.
    const DelayEvaluation loose = evaluateDelayDetection(6000, 0.3);
    QVERIFY(loose.predictedLate >= d.predictedLate);
    QVERIFY(loose.precision <= d.precision);
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
