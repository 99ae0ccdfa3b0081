#include "carriers/carrieraccount.h"
#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"
#include "carriersandbox.h"
#include "polling/pollingengine.h"
#include "polling/ratelimiter.h"
#include "store/carrieraccountrepository.h"
#include "store/shipmentrepository.h"
#include "store/storewriter.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;
using namespace ParcelDesk::Sandbox;

Q_DECLARE_METATYPE(ParcelDesk::CarrierAccount)

namespace {

constexpr qint64 day = 86'400'000;
// 2025-11-14 00:00 UTC.
constexpr qint64 someMidnight = 20'406 * day;

CarrierAccount account(const QString &carrier, const QString &url = {},
    std::optional<double> rps = {}, std::optional<int> quota = {}, std::optional<int> perCall = {})
{
    CarrierAccount a = CarrierAccount::forCarrier(carrier);
    a.baseUrl = QUrl(url);
    a.requestsPerSecond = rps;
    a.dailyQuota = quota;
    a.maxNumbersPerRequest = perCall;
    return a;
}

QStringList numbers(const QString &prefix, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << prefix + QString::number(i).rightJustified(4, u'0');
    return list;
}

const PollingEngine::CarrierHealth *healthOf(
    const QList<PollingEngine::CarrierHealth> &list, const QString &carrier)
{
    for (const auto &h : list) {
        if (h.carrier == carrier)
            return &h;
    }
    return nullptr;
}

QString memberName(QString CarrierCredentials::*member)
{
    using C = CarrierCredentials;
    const std::pair<QString C::*, QString> names[]
        = {{&C::apiKey, u"apiKey"_s}, {&C::clientId, u"clientId"_s},
            {&C::clientSecret, u"clientSecret"_s}, {&C::username, u"username"_s},
            {&C::password, u"password"_s}, {&C::accountNumber, u"accountNumber"_s}};
    for (const auto &[m, name] : names) {
        if (m == member)
            return name;
    }
    return u"?"_s;
}

} // namespace

// Carrier accounts on a real SQLite file, the calls per carrier and UTC day the writer stores,
// and the polling engine keeping a daily quota across restarts against the carrier sandbox.
class TestCarrierAccounts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void saveFindAllRemove();
    void invalidAccountIsRefusedAndNotStored_data();
    void invalidAccountIsRefusedAndNotStored();
    void validAccountsPass_data();
    void validAccountsPass();
    void effectiveLimits_data();
    void effectiveLimits();
    void effectiveBaseUrl();
    void credentialFieldsPerCarrier_data();
    void credentialFieldsPerCarrier();
    void writerAddsCallsPerCarrierAndDay();
    void dailyQuotaHoldsAcrossEngineRestarts_data();
    void dailyQuotaHoldsAcrossEngineRestarts();
    void healthReadsThrottledAfter429();

private:
    void addShipments(const QString &carrier, const QStringList &numbers);
    PollingEngine::Account engineAccount(const QString &carrier);
    PollingEngine::Summary run(PollingEngine &engine, int max = 10'000);
    qint64 scalar(const QString &sql, const QVariantList &values = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
    std::unique_ptr<CarrierSandbox> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<NetworkCarrierTransport> m_transport;
};

void TestCarrierAccounts::initTestCase()
{
    PARCELDESK_REQUIRE_STORE();
}

void TestCarrierAccounts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const auto db
        = Database::open(TestSupport::storeLocation(m_dir->filePath(u"accounts.sqlite"_s)));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = *db;
    CarrierSandbox::Options options;
    options.speed = 3'600'000.0; // every journey has ended by the time it is asked about
    m_sandbox = std::make_unique<CarrierSandbox>(options);
    QVERIFY(m_sandbox->listen() != 0);
    m_transport = std::make_unique<NetworkCarrierTransport>(&m_network, 5000);
}

void TestCarrierAccounts::cleanup()
{
    m_transport.reset();
    m_sandbox.reset();
    m_db.releaseConnection();
    m_dir.reset();
}

void TestCarrierAccounts::addShipments(const QString &carrier, const QStringList &list)
{
    ShipmentRepository repo(m_db);
    for (const QString &n : list)
        (void)m_sandbox->journey(n); // the journeys start now...
    QTest::qWait(300); // ...and 300 virtual hours later every one has ended
    for (const QString &n : list) {
        Shipment s = TestSupport::makeShipment(n, carrier);
        s.shippedAtMs = QDateTime::currentMSecsSinceEpoch() - day;
        s.nextPollAtMs = s.shippedAtMs; // due
        QVERIFY(repo.insert(s));
    }
}

// The engine's account as the console builds it: from the stored account, at the sandbox.
PollingEngine::Account TestCarrierAccounts::engineAccount(const QString &carrier)
{
    const auto stored = CarrierAccountRepository(m_db).find(carrier);
    if (!stored)
        qFatal("no stored account for %s", qPrintable(carrier));
    PollingEngine::Account a;
    a.adapter = carrierAdapter(carrier);
    a.baseUrl = stored->effectiveBaseUrl(*a.adapter);
    a.credentials = m_sandbox->credentials();
    a.limits = stored->effectiveLimits(*a.adapter);
    return a;
}

PollingEngine::Summary TestCarrierAccounts::run(PollingEngine &engine, int max)
{
    QSignalSpy done(&engine, &PollingEngine::finished);
    engine.pollOnce(max);
    if (done.isEmpty() && !done.wait(10'000))
        qFatal("the poll did not finish");
    return done.first().first().value<PollingEngine::Summary>();
}

qint64 TestCarrierAccounts::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

void TestCarrierAccounts::saveFindAllRemove()
{
    CarrierAccountRepository repo(m_db);
    QVERIFY(repo.all().isEmpty());
    QVERIFY(!repo.find(u"dhl"_s));

    const CarrierAccount dhl = account(u"dhl"_s, u"http://127.0.0.1:8080/dhl"_s, 2.5, 900, 1);
    CarrierAccount ups = account(u"ups"_s);
    ups.enabled = false;
    const CarrierAccount gls = account(u"gls"_s, {}, std::nullopt, 0, 4);
    for (const CarrierAccount &a : {ups, dhl, gls}) {
        const Outcome saved = repo.save(a, someMidnight + 1000);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    }

    // By carrier id, every column as saved; an unset limit stays unset.
    const QList<CarrierAccount> all = repo.all();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).carrier, u"dhl"_s);
    QCOMPARE(all.at(1).carrier, u"gls"_s);
    QCOMPARE(all.at(2).carrier, u"ups"_s);

    const auto foundDhl = repo.find(u"dhl"_s);
    QVERIFY(foundDhl);
    QVERIFY(foundDhl->enabled);
    QCOMPARE(foundDhl->baseUrl, QUrl(u"http://127.0.0.1:8080/dhl"_s));
    QCOMPARE(foundDhl->requestsPerSecond.value_or(-1), 2.5);
    QCOMPARE(foundDhl->dailyQuota.value_or(-1), 900);
    QCOMPARE(foundDhl->maxNumbersPerRequest.value_or(-1), 1);

    const auto foundUps = repo.find(u"ups"_s);
    QVERIFY(foundUps);
    QVERIFY(!foundUps->enabled);
    QVERIFY(foundUps->baseUrl.isEmpty());
    QVERIFY(!foundUps->requestsPerSecond);
    QVERIFY(!foundUps->dailyQuota);
    QVERIFY(!foundUps->maxNumbersPerRequest);

    const auto foundGls = repo.find(u"gls"_s);
    QVERIFY(foundGls);
    QCOMPARE(foundGls->dailyQuota.value_or(-1), 0); // "no quota", not "the default"
    QCOMPARE(foundGls->maxNumbersPerRequest.value_or(-1), 4);
    QVERIFY(!foundGls->requestsPerSecond);

    // Saving again updates in place, limits may go back to the carrier's own.
    CarrierAccount changed = dhl;
    changed.baseUrl = QUrl();
    changed.requestsPerSecond.reset();
    changed.dailyQuota = 100;
    changed.enabled = false;
    QVERIFY(repo.save(changed, someMidnight + 2000).ok());
    QCOMPARE(repo.all().size(), 3);
    const auto updated = repo.find(u"dhl"_s);
    QVERIFY(updated);
    QVERIFY(!updated->enabled);
    QVERIFY(updated->baseUrl.isEmpty());
    QVERIFY(!updated->requestsPerSecond);
    QCOMPARE(updated->dailyQuota.value_or(-1), 100);
    QCOMPARE(scalar(u"SELECT updated_at FROM carrier_accounts WHERE carrier = ?"_s, {u"dhl"_s}),
        someMidnight + 2000);
    QCOMPARE(scalar(u"SELECT count(*) FROM carrier_accounts WHERE base_url = ''"_s), 3);

    // Removing one leaves the others; removing what is not there is no error.
    QVERIFY(repo.remove(u"gls"_s).ok());
    QVERIFY(!repo.find(u"gls"_s));
    QVERIFY(repo.remove(u"gls"_s).ok());
    QCOMPARE(repo.all().size(), 2);

    // It is all in the store.
    m_db.releaseConnection();
    const auto reopened = Database::open(m_db.path());
    QVERIFY(reopened);
    const QList<CarrierAccount> again = CarrierAccountRepository(*reopened).all();
    QCOMPARE(again.size(), 2);
    QCOMPARE(again.at(0).carrier, u"dhl"_s);
    QCOMPARE(again.at(0).dailyQuota.value_or(-1), 100);
    QCOMPARE(again.at(1).carrier, u"ups"_s);
}

void TestCarrierAccounts::invalidAccountIsRefusedAndNotStored_data()
{
    QTest::addColumn<CarrierAccount>("account");
    QTest::addColumn<QStringList>("named"); // what the message must name: carrier and field

    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("unknown carrier")
        << account(u"dhx"_s) << QStringList {u"\"dhx\""_s, u"dhl"_s, u"auspost"_s};
    QTest::newRow("empty carrier") << account(QString()) << QStringList {u"\"\""_s, u"dhl"_s};
    QTest::newRow("ftp URL") << account(u"dhl"_s, u"ftp://files.example.com/dhl"_s)
                             << QStringList {
                                    u"DHL"_s, u"base URL"_s, u"ftp://files.example.com/dhl"_s};
    QTest::newRow("URL without scheme")
        << account(u"gls"_s, u"api.gls-group.net"_s) << QStringList {u"GLS"_s, u"base URL"_s};
    QTest::newRow("URL without host")
        << account(u"ups"_s, u"https:/track"_s) << QStringList {u"UPS"_s, u"base URL"_s};
    QTest::newRow("URL with query") << account(u"dhl"_s, u"https://api-eu.dhl.com/?apikey=secret"_s)
                                    << QStringList {u"DHL"_s, u"base URL"_s, u"query"_s};
    QTest::newRow("URL with fragment") << account(u"fedex"_s, u"https://apis.fedex.com/#track"_s)
                                       << QStringList {u"FedEx"_s, u"base URL"_s, u"fragment"_s};
    QTest::newRow("rps 0") << account(u"dhl"_s, {}, 0.0)
                           << QStringList {u"DHL"_s, u"requests per second"_s};
    QTest::newRow("rps negative") << account(u"auspost"_s, {},
        -1.0) << QStringList {u"Australia Post"_s, u"requests per second"_s, u"-1"_s};
    QTest::newRow("rps NaN") << account(u"dhl"_s, {}, nan)
                             << QStringList {u"DHL"_s, u"requests per second"_s};
    QTest::newRow("rps absurd") << account(u"dhl"_s, {}, 10'001.0)
                                << QStringList {u"DHL"_s, u"requests per second"_s};
    QTest::newRow("negative quota") << account(u"gls"_s, {}, std::nullopt, -1)
                                    << QStringList {u"GLS"_s, u"daily quota"_s, u"-1"_s};
    QTest::newRow("per call above GLS maximum") << account(u"gls"_s, {}, std::nullopt, std::nullopt,
        11) << QStringList {u"GLS"_s, u"numbers per request"_s, u"10"_s, u"11"_s};
    QTest::newRow("per call above DHL maximum") << account(u"dhl"_s, {}, std::nullopt, std::nullopt,
        2) << QStringList {u"DHL"_s, u"numbers per request"_s};
    QTest::newRow("per call 0") << account(u"fedex"_s, {}, std::nullopt, std::nullopt, 0)
                                << QStringList {u"FedEx"_s, u"numbers per request"_s};
}

void TestCarrierAccounts::invalidAccountIsRefusedAndNotStored()
{
    QFETCH(CarrierAccount, account);
    QFETCH(QStringList, named);
    const Outcome valid = CarrierAccountRepository::validate(account);
    QVERIFY(!valid.ok());
    for (const QString &word : std::as_const(named))
        QVERIFY2(valid.error().message.contains(word),
            qPrintable(u"\"%1\" does not name %2"_s.arg(valid.error().message, word)));

    CarrierAccountRepository repo(m_db);
    const Outcome saved = repo.save(account, someMidnight);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().message, valid.error().message);
    QVERIFY(repo.all().isEmpty());
}

void TestCarrierAccounts::validAccountsPass_data()
{
    QTest::addColumn<CarrierAccount>("account");
    QTest::newRow("defaults") << account(u"dhl"_s);
    QTest::newRow("sandbox over http") << account(u"dhl"_s, u"http://127.0.0.1:8080/dhl"_s);
    QTest::newRow("https with path") << account(u"dpd"_s,
        u"https://shipperadmintest.dpd.be/"
        u"PublicApi"_s);
    QTest::newRow("quota 0 is none") << account(u"gls"_s, {}, std::nullopt, 0);
    QTest::newRow("per call at the maximum")
        << account(u"gls"_s, {}, std::nullopt, std::nullopt, 10);
    QTest::newRow("slow pace") << account(u"ups"_s, {}, 0.05);
    QTest::newRow("fast pace") << account(u"fedex"_s, {}, 10'000.0);
}

void TestCarrierAccounts::validAccountsPass()
{
    QFETCH(CarrierAccount, account);
    const Outcome valid = CarrierAccountRepository::validate(account);
    QVERIFY2(valid.ok(), qPrintable(valid.ok() ? QString() : valid.error().message));
    CarrierAccountRepository repo(m_db);
    QVERIFY(repo.save(account, someMidnight).ok());
    QVERIFY(repo.find(account.carrier));
}

void TestCarrierAccounts::effectiveLimits_data()
{
    QTest::addColumn<CarrierAccount>("account");
    QTest::addColumn<int>("perCall");
    QTest::addColumn<double>("rps");
    QTest::addColumn<int>("quota");

    // DHL's starter key: 1 number a call, 1 call a second, 250 a day. GLS: 10, 1, 500.
    QTest::newRow("DHL documented") << account(u"dhl"_s) << 1 << 1.0 << 250;
    QTest::newRow("DHL upgraded key") << account(u"dhl"_s, {}, 3.0, 10'000) << 1 << 3.0 << 10'000;
    QTest::newRow("quota 0: none") << account(u"dhl"_s, {}, std::nullopt, 0) << 1 << 1.0 << 0;
    QTest::newRow("GLS documented") << account(u"gls"_s) << 10 << 1.0 << 500;
    QTest::newRow("GLS fewer per call")
        << account(u"gls"_s, {}, std::nullopt, std::nullopt, 4) << 4 << 1.0 << 500;
    QTest::newRow("GLS per call clamped")
        << account(u"gls"_s, {}, std::nullopt, std::nullopt, 50) << 10 << 1.0 << 500;
    QTest::newRow("DHL per call clamped")
        << account(u"dhl"_s, {}, std::nullopt, std::nullopt, 5) << 1 << 1.0 << 250;
    QTest::newRow("per call 0 means 1")
        << account(u"gls"_s, {}, std::nullopt, std::nullopt, 0) << 1 << 1.0 << 500;
    QTest::newRow("FedEx per call clamped")
        << account(u"fedex"_s, {}, std::nullopt, std::nullopt, 100) << 30 << 140.0 << 500'000;
}

void TestCarrierAccounts::effectiveLimits()
{
    QFETCH(CarrierAccount, account);
    QFETCH(int, perCall);
    QFETCH(double, rps);
    QFETCH(int, quota);
    const CarrierAdapter *adapter = carrierAdapter(account.carrier);
    QVERIFY(adapter);
    const CarrierLimits limits = account.effectiveLimits(*adapter);
    QCOMPARE(limits.maxNumbersPerRequest, perCall);
    QCOMPARE(limits.requestsPerSecond, rps);
    QCOMPARE(limits.dailyQuota, quota);
    QVERIFY(limits.maxNumbersPerRequest <= adapter->limits().maxNumbersPerRequest);
}

void TestCarrierAccounts::effectiveBaseUrl()
{
    for (const CarrierAdapter *adapter : carrierAdapters()) {
        const CarrierAccount plain = CarrierAccount::forCarrier(adapter->id());
        QCOMPARE(plain.effectiveBaseUrl(*adapter), adapter->defaultBaseUrl());
        QVERIFY(!adapter->defaultBaseUrl().isEmpty());
        QCOMPARE(adapter->defaultBaseUrl().scheme(), u"https"_s);
        CarrierAccount sandbox = plain;
        sandbox.baseUrl = m_sandbox->baseUrl(adapter->id());
        QCOMPARE(sandbox.effectiveBaseUrl(*adapter), m_sandbox->baseUrl(adapter->id()));
        QVERIFY(CarrierAccountRepository::validate(sandbox).ok());
    }
    QCOMPARE(CarrierAccount::forCarrier(u"dhl"_s).effectiveBaseUrl(*carrierAdapter(u"dhl")),
        QUrl(u"https://api-eu.dhl.com"_s));
}

void TestCarrierAccounts::credentialFieldsPerCarrier_data()
{
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<QStringList>("members");
    QTest::addColumn<QList<bool>>("secret");
    QTest::newRow("dhl") << u"dhl"_s << QStringList {u"apiKey"_s} << QList<bool> {true};
    QTest::newRow("ups") << u"ups"_s << QStringList {u"clientId"_s, u"clientSecret"_s}
                         << QList<bool> {false, true};
    QTest::newRow("gls") << u"gls"_s << QStringList {u"clientId"_s, u"clientSecret"_s}
                         << QList<bool> {false, true};
    QTest::newRow("dpd") << u"dpd"_s << QStringList {u"clientId"_s, u"clientSecret"_s}
                         << QList<bool> {false, true};
    QTest::newRow("canadapost") << u"canadapost"_s << QStringList {u"username"_s, u"password"_s}
                                << QList<bool> {false, true};
    QTest::newRow("auspost") << u"auspost"_s
                             << QStringList {u"username"_s, u"password"_s, u"accountNumber"_s}
                             << QList<bool> {false, true, false};
}

void TestCarrierAccounts::credentialFieldsPerCarrier()
{
    QFETCH(QString, carrier);
    QFETCH(QStringList, members);
    QFETCH(QList<bool>, secret);
    const CarrierAdapter *adapter = carrierAdapter(carrier);
    QVERIFY(adapter);
    const QList<CredentialField> fields = credentialFields(*adapter);
    QStringList names;
    for (const CredentialField &f : fields) {
        names.append(memberName(f.member));
        QVERIFY(!f.label.isEmpty());
    }
    QCOMPARE(names, members);
    QList<bool> secrets;
    for (const CredentialField &f : fields)
        secrets.append(f.secret);
    QCOMPARE(secrets, secret);
}

void TestCarrierAccounts::writerAddsCallsPerCarrierAndDay()
{
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(someMidnight, Qt::UTC).time(), QTime(0, 0));
    {
        StoreWriter writer(m_db);
        QSignalSpy written(&writer, &StoreWriter::batchWritten);
        QSignalSpy failed(&writer, &StoreWriter::batchFailed);
        writer.submit({}, {}, {{u"dhl"_s, someMidnight, 3}, {u"gls"_s, someMidnight, 1}});
        writer.submit({}, {}, {{u"dhl"_s, someMidnight, 4}});
        writer.submit({}, {},
            {{u"dhl"_s, someMidnight - day, 7}, {u"dhl"_s, someMidnight + day, 11},
                {u"gls"_s, someMidnight, 2}});
        QVERIFY(writer.waitForIdle(10'000));
        QTRY_COMPARE(written.size(), 3);
        QCOMPARE(failed.size(), 0);
    }
    QCOMPARE(scalar(u"SELECT count(*) FROM carrier_usage"_s), 4);
    QCOMPARE(scalar(u"SELECT calls FROM carrier_usage WHERE carrier = ? AND day_start = ?"_s,
                 {u"dhl"_s, someMidnight}),
        7);

    // A second writer on the same file adds to what is there.
    {
        StoreWriter writer(m_db);
        writer.submit({}, {}, {{u"dhl"_s, someMidnight, 1}});
        QVERIFY(writer.waitForIdle(10'000));
    }

    const CarrierAccountRepository repo(m_db);
    using Calls = QHash<QString, int>;
    const Calls today {{u"dhl"_s, 8}, {u"gls"_s, 3}};
    QCOMPARE(repo.callsOnDay(someMidnight), today);
    QCOMPARE(repo.callsOnDay(someMidnight + day / 2), today);
    QCOMPARE(repo.callsOnDay(someMidnight + day - 1), today);
    QCOMPARE(repo.callsOnDay(someMidnight - 1), (Calls {{u"dhl"_s, 7}}));
    QCOMPARE(repo.callsOnDay(someMidnight + day), (Calls {{u"dhl"_s, 11}}));
    QCOMPARE(repo.callsOnDay(someMidnight + 2 * day), Calls());
}

void TestCarrierAccounts::dailyQuotaHoldsAcrossEngineRestarts_data()
{
    QTest::addColumn<int>("firstRunMax"); // shipments the first run may take
    QTest::addColumn<int>("firstCalls");
    QTest::newRow("first run spends the quota") << 10'000 << 3;
    QTest::newRow("first run spends part of it") << 2 << 2;
}

void TestCarrierAccounts::dailyQuotaHoldsAcrossEngineRestarts()
{
    QFETCH(int, firstRunMax);
    QFETCH(int, firstCalls);
    const int quota = 3;
    const int shipments = 7;
    addShipments(u"dhl"_s, numbers(u"0034043416109404"_s, shipments));
    QVERIFY(CarrierAccountRepository(m_db)
                .save(account(u"dhl"_s, m_sandbox->baseUrl(u"dhl"_s).toString(), 100.0, quota),
                    QDateTime::currentMSecsSinceEpoch())
                .ok());

    // The engines' clock runs at real pace from 10:17 UTC today, so that no midnight falls
    // into the test and both runs count against the same UTC day.
    const qint64 dayStart = QDateTime::currentMSecsSinceEpoch() / day * day;
    const qint64 base = dayStart + (10 * 60 + 17) * 60'000;
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    const PollingEngine::Clock clock = [base, elapsed] { return base + elapsed->elapsed(); };
    const qint64 resetAt = dayStart + day;
    QCOMPARE(RateLimiter::quotaResetsAtMs(clock()), resetAt);

    const PollingEngine::Account dhl = engineAccount(u"dhl"_s);
    QCOMPARE(dhl.limits->dailyQuota, quota);

    {
        StoreWriter writer(m_db);
        PollingEngine engine(m_db, writer, *m_transport);
        engine.setClock(clock);
        engine.addAccount(dhl);
        QCOMPARE(engine.callsToday(u"dhl"_s), 0);
        const auto summary = run(engine, firstRunMax);
        QCOMPARE(summary.requests, firstCalls);
        QCOMPARE(summary.shipments, std::min(firstRunMax, shipments));
        const bool spent = firstCalls == quota;
        QCOMPARE(summary.errorsByKind.value(u"quota_exhausted"_s), spent ? 1 : 0);
        QCOMPARE(summary.deferred, spent ? shipments - quota : 0);

        // After the run, health says what was used of what.
        const auto health = engine.health();
        const auto *h = healthOf(health, u"dhl"_s);
        QVERIFY(h);
        QCOMPARE(h->callsToday, firstCalls);
        QCOMPARE(h->dailyQuota, quota);
        QCOMPARE(h->requestsPerSecond, 100.0);
        QCOMPARE(h->inFlight, 0);
        QCOMPARE(h->queued, 0);
        QVERIFY(h->lastSuccessAtMs >= base);
        QVERIFY(h->projectedToday >= firstCalls);
        if (spent) {
            QCOMPARE(h->state, PollingEngine::CarrierHealth::State::QuotaExhausted);
            QCOMPARE(h->blockedUntilMs, resetAt);
        } else {
            QCOMPARE(h->state, PollingEngine::CarrierHealth::State::Ok);
        }
    }
    QCOMPARE(m_sandbox->requestCount(u"dhl"_s), firstCalls);
    QCOMPARE(scalar(u"SELECT calls FROM carrier_usage WHERE carrier = 'dhl' AND day_start = ?"_s,
                 {dayStart}),
        firstCalls);
    QCOMPARE(CarrierAccountRepository(m_db).callsOnDay(clock()).value(u"dhl"_s), firstCalls);
    QCOMPARE(scalar(u"SELECT count(DISTINCT shipment_id) FROM tracking_events"_s), firstCalls);

    const QString inResetWindow = u"SELECT count(*) FROM shipments WHERE next_poll_at IS NOT NULL "
                                  "AND next_poll_at BETWEEN %1 AND %2"_s.arg(resetAt - 60'000)
                                      .arg(resetAt);
    // Those not asked about wait for the quota to reset at midnight UTC: rescheduled, not
    // dropped (NULL).
    QCOMPARE(scalar(inResetWindow), firstCalls == quota ? shipments - quota : 0);

    // Every shipment still tracked is due again; a new writer and engine on the same file, as
    // after a restart.
    QSqlQuery(m_db.connection())
        .exec(u"UPDATE shipments SET next_poll_at = 1 WHERE next_poll_at IS NOT NULL"_s);
    const int due = int(scalar(u"SELECT count(*) FROM shipments WHERE next_poll_at = 1"_s));
    QVERIFY(due > quota - firstCalls);
    {
        StoreWriter writer(m_db);
        PollingEngine engine(m_db, writer, *m_transport);
        engine.setClock(clock);
        engine.addAccount(engineAccount(u"dhl"_s));
        QCOMPARE(engine.callsToday(u"dhl"_s), firstCalls); // seeded from carrier_usage
        const auto summary = run(engine);
        QCOMPARE(summary.shipments, due);
        QCOMPARE(summary.requests, quota - firstCalls);
        QCOMPARE(summary.errorsByKind.value(u"quota_exhausted"_s), 1);
        QCOMPARE(summary.deferred, due - (quota - firstCalls));
        const auto health = engine.health();
        const auto *h = healthOf(health, u"dhl"_s);
        QVERIFY(h);
        QCOMPARE(h->callsToday, quota);
        QCOMPARE(h->dailyQuota, quota);
        QCOMPARE(h->state, PollingEngine::CarrierHealth::State::QuotaExhausted);
    }

    // The carrier was asked exactly as often as the quota allows, and the store knows it.
    QCOMPARE(m_sandbox->requestCount(u"dhl"_s), quota);
    QCOMPARE(scalar(u"SELECT calls FROM carrier_usage WHERE carrier = 'dhl' AND day_start = ?"_s,
                 {dayStart}),
        quota);
    QCOMPARE(scalar(u"SELECT count(*) FROM carrier_usage"_s), 1);
    QCOMPARE(CarrierAccountRepository(m_db).callsOnDay(clock()).value(u"dhl"_s), quota);

    // The rest waits for midnight UTC; nothing is left due at the time of the runs.
    QCOMPARE(scalar(inResetWindow), due - (quota - firstCalls));
    QCOMPARE(scalar(u"SELECT count(*) FROM shipments WHERE next_poll_at IS NOT NULL "
                    "AND next_poll_at <= ?"_s,
                 {base}),
        0);
}

void TestCarrierAccounts::healthReadsThrottledAfter429()
{
    addShipments(u"dhl"_s, numbers(u"0034043416109404"_s, 3));
    QVERIFY(m_sandbox->setFaults(u"dhl:429=30"_s));
    // DHL's documented quota; a fast pace and one call at a time, so exactly one call is made
    // before the 429 blocks the carrier.
    QVERIFY(CarrierAccountRepository(m_db)
                .save(account(u"dhl"_s, m_sandbox->baseUrl(u"dhl"_s).toString(), 100.0),
                    QDateTime::currentMSecsSinceEpoch())
                .ok());
    PollingEngine::Account dhl = engineAccount(u"dhl"_s);
    dhl.maxInFlight = 1;

    StoreWriter writer(m_db);
    PollingEngine engine(m_db, writer, *m_transport);
    engine.addAccount(dhl);
    QSignalSpy healthChanged(&engine, &PollingEngine::healthChanged);
    QSignalSpy finished(&engine, &PollingEngine::finished);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    engine.pollOnce();
    QVERIFY(healthChanged.wait(10'000));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();

    const auto health = engine.health();
    const auto *h = healthOf(health, u"dhl"_s);
    QVERIFY(h);
    QCOMPARE(h->state, PollingEngine::CarrierHealth::State::Throttled);
    QCOMPARE(PollingEngine::healthStateName(h->state), u"throttled"_s);
    // Retry-After: 30 is honoured from the moment the answer came.
    QVERIFY2(h->blockedUntilMs >= before + 30'000 && h->blockedUntilMs <= after + 30'000,
        qPrintable(QString::number(h->blockedUntilMs - before)));
    QVERIFY(h->blockedUntilMs > QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(h->callsToday, 1);
    QCOMPARE(h->dailyQuota, 250);
    QVERIFY2(h->lastError.startsWith(u"rate_limited"_s), qPrintable(h->lastError));
    QVERIFY(h->lastErrorAtMs >= before);
    QCOMPARE(h->lastSuccessAtMs, 0);
    QCOMPARE(engine.circuitState(u"dhl"_s), CircuitBreaker::State::Closed);
    QCOMPARE(m_sandbox->requestCount(u"dhl"_s), 1);

    // Cancelled while blocked: the call made is still counted in the store.
    engine.cancel();
    QVERIFY(!finished.isEmpty() || finished.wait(10'000));
    const auto summary = finished.first().first().value<PollingEngine::Summary>();
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.requests, 1);
    QCOMPARE(summary.errorsByKind.value(u"rate_limited"_s), 1);
    QCOMPARE(summary.deferred, 3);
    QCOMPARE(scalar(u"SELECT sum(calls) FROM carrier_usage WHERE carrier = 'dhl'"_s), 1);
    QCOMPARE(m_sandbox->requestCount(u"dhl"_s), 1);
}

QTEST_GUILESS_MAIN(TestCarrierAccounts)
#include "tst_carrieraccounts.moc"
