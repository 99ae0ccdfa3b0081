#include "carriers/carrierregistry.h"
#include "carriers/trackingnumber.h"
#include "carriersandbox.h"
#include "polling/pollingengine.h"
#include "store/returnrepository.h"
#include "store/shipmentrepository.h"
#include "store/storewriter.h"
#include "store/trackingeventrepository.h"
#include "testsupport.h"
#include "workflows/returnregistration.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;
using namespace ParcelDesk::Sandbox;

// The engine against the sandbox over loopback HTTP, storing into a real SQLite file.
class TestPollingEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void returnParcelMovesItsReturnAlong();
    void init();
    void cleanup();
    void pollsEverythingDueAndStoresIt();
    void rePollStoresNoDuplicate();
    void deliveryOptionsAreStoredWithThePoll();
    void rateLimitIsKeptAtTheCarrier();
    void recoversFrom429And5xx();
    void cancelLeavesTheRestDue();
    void tokensExpireAndAreRevokedMidRun();
    void quotaOfEveryCarrierIsKept();
    void probeAnsweredBusyClosesTheCircuit();

private:
    void addShipments(const QString &carrier, const QStringList &numbers);
    PollingEngine::Summary run(PollingEngine &engine, int max = 10'000);
    qint64 scalar(const QString &sql);
    PollingEngine::Account account(const QString &carrier, double perSecond, int perCall);

    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
    std::unique_ptr<CarrierSandbox> m_sandbox;
    std::unique_ptr<StoreWriter> m_writer;
    QNetworkAccessManager m_network;
    std::unique_ptr<NetworkCarrierTransport> m_transport;
};

void TestPollingEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const auto db = Database::open(m_dir->filePath(u"poll.sqlite"_s));
    QVERIFY(db);
    m_db = *db;
    CarrierSandbox::Options options;
    options.speed = 3'600'000.0; // every journey has ended by the time it is asked about
    m_sandbox = std::make_unique<CarrierSandbox>(options);
    QVERIFY(m_sandbox->listen() != 0);
    m_writer = std::make_unique<StoreWriter>(m_db);
    m_transport = std::make_unique<NetworkCarrierTransport>(&m_network, 5000);
}

void TestPollingEngine::cleanup()
{
    m_writer.reset();
    m_sandbox.reset();
    m_db.releaseConnection();
    m_dir.reset();
}

void TestPollingEngine::addShipments(const QString &carrier, const QStringList &numbers)
{
    ShipmentRepository repo(m_db);
    for (const QString &n : numbers)
        (void)m_sandbox->journey(n); // the journeys start now...
    QTest::qWait(300); // ...and 300 virtual hours later every one has ended
    for (const QString &n : numbers) {
        Shipment s = TestSupport::makeShipment(n, carrier);
        s.shippedAtMs = QDateTime::currentMSecsSinceEpoch() - 86'400'000;
        s.nextPollAtMs = s.shippedAtMs; // due
        QVERIFY(repo.insert(s));
    }
}

PollingEngine::Account TestPollingEngine::account(
    const QString &carrier, double perSecond, int perCall)
{
    PollingEngine::Account a;
    a.adapter = carrierAdapter(carrier);
    a.baseUrl = m_sandbox->baseUrl(a.adapter->id());
    a.credentials = m_sandbox->credentials();
    a.limits = CarrierLimits {perCall, perSecond, 0};
    return a;
}

PollingEngine::Summary TestPollingEngine::run(PollingEngine &engine, int max)
{
    QSignalSpy done(&engine, &PollingEngine::finished);
    engine.pollOnce(max);
    if (done.isEmpty() && !done.wait(30'000))
        qFatal("the poll did not finish");
    return done.first().first().value<PollingEngine::Summary>();
}

qint64 TestPollingEngine::scalar(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

namespace {
QStringList numbers(const QString &prefix, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << prefix + QString::number(i).rightJustified(4, u'0');
    return list;
}
} // namespace

void TestPollingEngine::pollsEverythingDueAndStoresIt()
{
    addShipments(u"dhl"_s, numbers(u"0034043416109404"_s, 20) << u"4040000000001"_s);
    addShipments(u"gls"_s, numbers(u"3630191"_s, 25) << u"40400000001"_s);
    addShipments(u"ups"_s, {u"1Z999AA10123456784"_s});
    PollingEngine engine(m_db, *m_writer, *m_transport);
    engine.addAccount(account(u"dhl"_s, 100, 1));
    engine.addAccount(account(u"gls"_s, 100, 10));
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    const auto summary = run(engine);
    QCOMPARE(summary.shipments, 48);
    QCOMPARE(summary.requests, 21 + 3); // DHL one number per call, GLS ten
    QCOMPARE(summary.errorsByKind.value(u"not_found"_s), 2);
    QCOMPARE(summary.errorsByKind.value(u"no_account"_s), 1);
    QCOMPARE(summary.deferred, 1);
    QVERIFY(summary.newEvents > 45 * 3);
    QCOMPARE(m_sandbox->requestCount(u"dhl"_s), 21);
    QCOMPARE(m_sandbox->requestCount(u"gls"_s), 3);
    // Every shipment got a new poll time, or none because tracking ended.
    QCOMPARE(
        scalar(
            u"SELECT count(*) FROM shipments WHERE next_poll_at IS NOT NULL AND next_poll_at <= %1"_s
                .arg(started)),
        0);
    QCOMPARE(
        scalar(u"SELECT count(*) FROM shipments WHERE next_poll_at IS NULL AND status_tag NOT IN "
               "('Delivered', 'Expired') AND sub_status NOT IN ('ReturnedToSender', 'Lost')"_s),
        0);
    // What the store holds is what the sandbox's journeys say.
    ShipmentRepository repo(m_db);
    for (const QString &n : numbers(u"0034043416109404"_s, 20)) {
        const Shipment s = repo.findByTrackingNumber(n).first();
        const Journey &j = m_sandbox->journey(n);
        QCOMPARE(TrackingEventRepository(m_db).countForShipment(s.id), j.events.size());
        if (j.kind == JourneyKind::OnTime || j.kind == JourneyKind::Late)
            QCOMPARE(s.status.tag(), StatusTag::Delivered);
    }
}

void TestPollingEngine::returnParcelMovesItsReturnAlong()
{
    // A return with a label: its parcel is polled like any other and its scans move the
    // return on — dropped off at its first scan, at the warehouse's door when delivered.
    QSqlQuery q(m_db.connection());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(q.exec(u"INSERT INTO customers (id, name, language, country, created_at) VALUES "
                   "(1, 'Ana Ruiz', 'de', 'DE', 0)"_s));
    QVERIFY(q.exec(u"INSERT INTO orders (id, order_number, customer_id, placed_at, total_cents, "
                   "category) VALUES (1, 'A1', 1, 0, 9000, 'home')"_s));
    QVERIFY(
        q.exec(u"INSERT INTO shipments (order_id, carrier, tracking_number, origin_country, "
               "dest_country, status_tag, sub_status, shipped_at, delivered_at, created_at) "
               "VALUES (1, 'dhl', 'OUT-1', 'DE', 'DE', 'Delivered', 'Delivered', 0, %1, 0)"_s.arg(
                   now - 3 * 86'400'000LL)));
    ReturnLineRequest line;
    line.reasonCode = u"defective"_s;
    const auto registered = ReturnRegistration::registerReturn(
        m_db, 1, {line}, {}, ReturnResolution::Refund, u"desk"_s, now);
    QVERIFY2(registered, registered ? "" : qPrintable(registered.error().message));
    QString number;
    // A DHL number with a valid check digit whose sandbox journey is on time.
    for (int i = 0; number.isEmpty() && i < 10'000; ++i) {
        const QString candidate = u"0034043416109400%1"_s.arg(i, 4, 10, QChar(u'0'));
        if (recognizeTrackingNumber(candidate).candidates.isEmpty())
            continue;
        if (m_sandbox->journey(candidate).kind == JourneyKind::OnTime) // starts now
            number = candidate;
    }
    QVERIFY(!number.isEmpty());
    QTest::qWait(300); // hundreds of virtual hours: the journey has ended
    ReturnRepository returns(m_db);
    QVERIFY(returns.issueLabel(registered->ret.id, u"dhl"_s, number, u"desk"_s, now));
    PollingEngine engine(m_db, *m_writer, *m_transport);
    engine.addAccount(account(u"dhl"_s, 100, 1));
    QCOMPARE(run(engine).shipments, 1);
    const auto d = returns.load(registered->ret.id);
    QVERIFY(d);
    QCOMPARE(d->parcelStatus, u"Delivered"_s);
    QCOMPARE(d->ret.state, ReturnState::InTransit); // received when the warehouse scans it
    QVERIFY(d->ret.droppedOffAtMs && d->ret.arrivedAtMs);
    QCOMPARE(*d->ret.droppedOffAtMs,
        scalar(u"SELECT min(occurred_at) FROM tracking_events WHERE shipment_id = %1 AND "
               "status_tag NOT IN ('Pending', 'InfoReceived')"_s.arg(*d->ret.shipmentId)));
    QVERIFY(*d->ret.droppedOffAtMs < *d->ret.arrivedAtMs);
    QCOMPARE(*d->ret.arrivedAtMs,
        scalar(u"SELECT delivered_at FROM shipments WHERE id = %1"_s.arg(*d->ret.shipmentId)));
}

void TestPollingEngine::rePollStoresNoDuplicate()
{
    addShipments(u"gls"_s, numbers(u"3630191"_s, 12));
    PollingEngine engine(m_db, *m_writer, *m_transport);
    engine.addAccount(account(u"gls"_s, 100, 10));
    const auto first = run(engine);
    QVERIFY(first.newEvents > 0);
    const qint64 stored = scalar(u"SELECT count(*) FROM tracking_events"_s);
    QSqlQuery(m_db.connection()).exec(u"UPDATE shipments SET next_poll_at = 1"_s);
    const auto second = run(engine);
    QCOMPARE(second.newEvents, 0);
    QCOMPARE(second.duplicateEvents, int(stored));
    QCOMPARE(scalar(u"SELECT count(*) FROM tracking_events"_s), stored);
}

void TestPollingEngine::deliveryOptionsAreStoredWithThePoll()
{
    const QStringList fedex = numbers(u"79484318"_s, 12);
    addShipments(u"fedex"_s, fedex);
    addShipments(u"dhl"_s, numbers(u"0034043416109404"_s, 3));
    PollingEngine engine(m_db, *m_writer, *m_transport);
    engine.addAccount(account(u"fedex"_s, 100, 30));
    engine.addAccount(account(u"dhl"_s, 100, 1));
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(run(engine).errorsByKind.size(), 0);
    QVERIFY(m_writer->waitForIdle(10'000));
    // FedEx lists seven options per parcel; DHL none.
    QCOMPARE(scalar(u"SELECT count(*) FROM delivery_options"_s), 7 * fedex.size());
    QCOMPARE(scalar(u"SELECT count(*) FROM delivery_options JOIN shipments s ON s.id = "
                    "shipment_id WHERE s.carrier != 'fedex'"_s),
        0);
    QVERIFY(scalar(u"SELECT min(updated_at) FROM delivery_options"_s) >= started);
    ShipmentRepository repo(m_db);
    int onItsWay = 0;
    for (const QString &n : fedex) {
        const Shipment s = repo.findByTrackingNumber(n).first();
        const Journey &j = m_sandbox->journey(n);
        const bool over = j.kind != JourneyKind::Lost && j.kind != JourneyKind::NeverScanned;
        onItsWay += over ? 0 : 1;
        QCOMPARE(scalar(u"SELECT count(*) FROM delivery_options WHERE shipment_id = %1 AND "
                        "eligibility = '%2'"_s.arg(s.id)
                            .arg(over ? u"INELIGIBLE"_s : u"POSSIBLY_ELIGIBLE"_s)),
            7);
    }
    qInfo("%d of %d parcels still on their way", onItsWay, int(fedex.size()));
}

void TestPollingEngine::rateLimitIsKeptAtTheCarrier()
{
    addShipments(u"dhl"_s, numbers(u"0034043416109404"_s, 12));
    PollingEngine engine(m_db, *m_writer, *m_transport);
    engine.addAccount(account(u"dhl"_s, 5, 1)); // five calls a second
    const auto summary = run(engine);
    QCOMPARE(summary.requests, 12);
    // Counted where it matters, at the carrier: never more than five calls in 900 ms.
    QVERIFY2(m_sandbox->maxRequestsInWindow(u"dhl"_s, 900) <= 5,
        qPrintable(QString::number(m_sandbox->maxRequestsInWindow(u"dhl"_s, 900))));
}

void TestPollingEngine::recoversFrom429And5xx()
{
    addShipments(u"dhl"_s, numbers(u"0034043416109404"_s, 15));
    QVERIFY(m_sandbox->setFaults(u"dhl:5xx@0.3,dhl:429=1@0.2"_s));
    PollingEngine engine(m_db, *m_writer, *m_transport);
    engine.setRetryPolicy(RetryPolicy(20, 200, 8, [] { return 0.5; }));
    engine.addAccount(account(u"dhl"_s, 200, 1));
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    const auto summary = run(engine);
    QVERIFY(summary.errorsByKind.value(u"server_error"_s)
            + summary.errorsByKind.value(u"rate_limited"_s)
        > 0);
    QVERIFY(summary.requests > 15); // failed calls were tried again
    // Each shipment was either answered (it has events) or rescheduled; none is left behind.
    QCOMPARE(
        scalar(
            u"SELECT count(*) FROM shipments WHERE next_poll_at IS NOT NULL AND next_poll_at <= %1"_s
                .arg(started)),
        0);
    QVERIFY(scalar(u"SELECT count(DISTINCT shipment_id) FROM tracking_events"_s)
        >= 15 - summary.deferred);
}

void TestPollingEngine::cancelLeavesTheRestDue()
{
    addShipments(u"dhl"_s, numbers(u"0034043416109404"_s, 30));
    PollingEngine engine(m_db, *m_writer, *m_transport);
    engine.addAccount(account(u"dhl"_s, 4, 1));
    QSignalSpy done(&engine, &PollingEngine::finished);
    engine.pollOnce();
    QTest::qWait(700);
    engine.cancel();
    QVERIFY(done.wait(10'000) || !done.isEmpty());
    const auto summary = done.first().first().value<PollingEngine::Summary>();
    QVERIFY(summary.cancelled);
    QVERIFY(summary.requests < 30);
    const qint64 asked = m_sandbox->requestCount(u"dhl"_s);
    QCOMPARE(scalar(u"SELECT count(DISTINCT shipment_id) FROM tracking_events"_s), asked);
    // The rest is still due, for the next run.
    QCOMPARE(scalar(u"SELECT count(*) FROM shipments WHERE next_poll_at <= %1"_s.arg(
                 QDateTime::currentMSecsSinceEpoch())),
        30 - asked);
}

void TestPollingEngine::tokensExpireAndAreRevokedMidRun()
{
    // Tokens that live 61 s are renewed after one second (a minute's margin), and halfway through
    // the carrier revokes every token: the run goes on without one shipment lost.
    addShipments(u"gls"_s, numbers(u"3630191"_s, 300));
    QVERIFY(m_sandbox->setFaults(u"gls:token-expiry=61"_s));
    PollingEngine engine(m_db, *m_writer, *m_transport);
    engine.addAccount(account(u"gls"_s, 10, 10)); // 30 calls at 10 a second: three seconds
    QTimer::singleShot(1500, m_sandbox.get(), [this] { m_sandbox->revokeTokens(); });
    const auto summary = run(engine);
    QCOMPARE(summary.shipments, 300);
    QCOMPARE(summary.errorsByKind.value(u"unauthorized"_s), 0);
    QCOMPARE(summary.deferred, 0);
    QVERIFY2(m_sandbox->requestCount(u"gls-token"_s) >= 3,
        qPrintable(QString::number(m_sandbox->requestCount(u"gls-token"_s))));
    for (const QString &n : numbers(u"3630191"_s, 300)) {
        const Shipment s = ShipmentRepository(m_db).findByTrackingNumber(n).first();
        QCOMPARE(TrackingEventRepository(m_db).countForShipment(s.id),
            m_sandbox->journey(n).events.size());
    }
}

void TestPollingEngine::quotaOfEveryCarrierIsKept()
{
    // Every carrier the sandbox speaks, each with its own quota: not one call beyond it.
    const QStringList carriers = CarrierSandbox::carriers();
    const QHash<QString, QString> prefixes = {{u"dhl"_s, u"0034043416109404"_s},
        {u"ups"_s, u"1Z999AA1012345"_s}, {u"fedex"_s, u"79484318"_s},
        {u"usps"_s, u"940011189922334455"_s}, {u"gls"_s, u"3630191"_s}, {u"dpd"_s, u"0163500543"_s},
        {u"canadapost"_s, u"702321004567"_s}, {u"auspost"_s, u"33LPX500"_s}};
    PollingEngine engine(m_db, *m_writer, *m_transport);
    for (const QString &carrier : carriers) {
        QVERIFY2(prefixes.contains(carrier), qPrintable(carrier));
        addShipments(carrier, numbers(prefixes.value(carrier), 12));
        PollingEngine::Account a = account(carrier, 100, 1);
        a.limits->dailyQuota = 5;
        engine.addAccount(a);
    }
    const auto summary = run(engine);
    QCOMPARE(summary.requests, 5 * int(carriers.size()));
    for (const QString &carrier : carriers)
        QCOMPARE(m_sandbox->requestCount(carrier), 5);
    QVERIFY(summary.deferred >= 7 * int(carriers.size())); // the quota's rest waits for tomorrow
    QVERIFY(summary.errorsByKind.value(u"quota_exhausted"_s) > 0);
    QCOMPARE(scalar(u"SELECT sum(calls) FROM carrier_usage"_s), 5 * carriers.size());
}

void TestPollingEngine::probeAnsweredBusyClosesTheCircuit()
{
    addShipments(u"dhl"_s, numbers(u"0034043416109404"_s, 8));
    PollingEngine engine(m_db, *m_writer, *m_transport);
    engine.setRetryPolicy(RetryPolicy(10, 50, 8, [] { return 0.5; }));
    PollingEngine::Account a = account(u"dhl"_s, 200, 1);
    a.circuitCoolDownMs = 300;
    a.maxInFlight = 1;
    engine.addAccount(a);
    // The carrier fails until the circuit opens.
    QVERIFY(m_sandbox->setFaults(u"dhl:5xx"_s));
    const auto failing = run(engine);
    QVERIFY(failing.errorsByKind.value(u"server_error"_s) >= 5);
    QCOMPARE(engine.circuitState(u"dhl"_s), CircuitBreaker::State::Open);
    // After the cool-down the probe is answered "too many requests, try again in a second": the
    // carrier is up, so the circuit closes, and after the pause every parcel is asked about
    // instead of the run waiting for ever on a probe that was answered.
    QVERIFY(m_sandbox->setFaults(u"dhl:429=1"_s));
    QTest::qWait(400);
    QTimer::singleShot(200, m_sandbox.get(), [this] { QVERIFY(m_sandbox->setFaults(QString())); });
    QSqlQuery(m_db.connection()).exec(u"UPDATE shipments SET next_poll_at = 1"_s);
    const auto recovered = run(engine);
    QCOMPARE(engine.circuitState(u"dhl"_s), CircuitBreaker::State::Closed);
    QCOMPARE(recovered.errorsByKind.value(u"rate_limited"_s), 1);
    QCOMPARE(recovered.deferred, 0);
    QVERIFY(recovered.newEvents > 0);
}

QTEST_GUILESS_MAIN(TestPollingEngine)
#include "tst_pollingengine.moc"
