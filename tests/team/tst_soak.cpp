#include "carriers/credentialstore.h"
#include "carriersandbox.h"
#include "pgsupport.h"
#include "store/carrieraccountrepository.h"
#include "store/database.h"
#include "testsupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;
using namespace ParcelDesk::Sandbox;

// Team mode under load: two pollers (parceldeskctl poll --daemon) and two consoles without a
// window (parceldeskctl watch) on one PostgreSQL database of many shipments, against the carrier
// sandbox served by this test. One poller is killed midway. Afterwards every parcel holds its
// whole journey once (no event lost, none stored twice), no parcel was asked about twice
// except those the killed poller held, and both consoles heard of the changes. The figures are
// printed. PARCELDESK_SOAK_SHIPMENTS (default 100,000) and PARCELDESK_SOAK_SECONDS (the bound on
// the run, default 420) size it.
class TestSoak final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void twoPollersTwoConsolesOnePollerKilled();

private:
    QProcess *start(const QStringList &arguments);
    qint64 scalar(const QString &sql);
    static QJsonObject lastJson(const QString &output);

    QTemporaryDir m_dir;
    std::unique_ptr<CarrierSandbox> m_sandbox;
    Database m_db;
    QProcessEnvironment m_env;
    QList<QProcess *> m_processes;
    qint64 m_shipments = 100'000;
    int m_seconds = 420;
};

void TestSoak::initTestCase()
{
    const QString why = TestSupport::pgUnavailable();
    if (!why.isEmpty()) {
        if (qEnvironmentVariableIntValue("PARCELDESK_REQUIRE_PG"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    if (qEnvironmentVariableIsSet("PARCELDESK_SOAK_SHIPMENTS"))
        m_shipments = qEnvironmentVariableIntValue("PARCELDESK_SOAK_SHIPMENTS");
    if (qEnvironmentVariableIsSet("PARCELDESK_SOAK_SECONDS"))
        m_seconds = qEnvironmentVariableIntValue("PARCELDESK_SOAK_SECONDS");
    QVERIFY(m_shipments > 0 && m_seconds > 0);

    CarrierSandbox::Options options;
    options.speed = 3'600'000.0; // a virtual hour per real millisecond: journeys end quickly
    m_sandbox = std::make_unique<CarrierSandbox>(options);
    QVERIFY(m_sandbox->listen() != 0);

    const auto db = Database::open(TestSupport::freshServerDatabase());
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = *db;
    // FedEx numbers (thirty per call), all due now, shipped a day ago.
    QSqlQuery q(m_db.connection());
    const qint64 shipped = QDateTime::currentMSecsSinceEpoch() - 86'400'000;
    QVERIFY2(q.exec(u"INSERT INTO shipments (carrier, tracking_number, status_tag, sub_status, "
                    "status_at, shipped_at, last_event_at, next_poll_at, created_at) "
                    "SELECT 'fedex', '7' || lpad(i::text, 11, '0'), 'Pending', 'Pending', 0, "
                    "%1, 0, 1, %1 FROM generate_series(1, %2) AS i"_s.arg(shipped)
                        .arg(m_shipments)),
        qPrintable(q.lastError().text()));
    for (qint64 i = 1; i <= m_shipments; ++i)
        (void)m_sandbox->plannedJourney(u"7"_s + QString::number(i).rightJustified(11, u'0'));
    QTest::qWait(400); // 400 virtual hours on: every journey has ended

    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"PARCELDESK_CREDENTIALS"_s, u"file"_s);
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    m_env.insert(u"LC_ALL"_s, u"C"_s);
    CredentialStore::Options storeOptions;
    storeOptions.useKeychain = false;
    storeOptions.filePath = m_dir.filePath(u"config/ParcelDesk/carrier-credentials.json"_s);
    CredentialStore store(storeOptions);
    CarrierAccount account = CarrierAccount::forCarrier(u"fedex"_s);
    account.baseUrl = m_sandbox->baseUrl(u"fedex"_s);
    account.requestsPerSecond = 400;
    account.dailyQuota = 0;
    QVERIFY(CarrierAccountRepository(m_db).save(account, 0));
    QVERIFY(store.writeNow(u"fedex"_s, m_sandbox->credentials()));
}

void TestSoak::cleanupTestCase()
{
    for (QProcess *p : std::as_const(m_processes)) {
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(5000);
        }
    }
    m_db.releaseConnection();
}

QProcess *TestSoak::start(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(m_env);
    process->start(QStringLiteral(PARCELDESKCTL_PATH), arguments);
    if (!process->waitForStarted(10000))
        qFatal("parceldeskctl did not start");
    m_processes.append(process);
    return process;
}

qint64 TestSoak::scalar(const QString &sql)
{
    return TestSupport::scalar(m_db, sql);
}

QJsonObject TestSoak::lastJson(const QString &output)
{
    const QStringList lines = output.split(u'\n', Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QJsonObject o = QJsonDocument::fromJson(it->toUtf8()).object();
        if (o.value(u"type"_s).toString() == u"summary")
            return o;
    }
    return {};
}

void TestSoak::twoPollersTwoConsolesOnePollerKilled()
{
    QElapsedTimer clock;
    clock.start();
    const QString url = m_db.path();
    const QStringList watchArgs {u"watch"_s, u"--db"_s, url, u"--json"_s};
    QProcess *consoleA = start(watchArgs);
    QProcess *consoleB = start(watchArgs);
    QTest::qWait(500); // both listen before the first write
    const QStringList pollArgs {u"poll"_s, u"--daemon"_s, u"--db"_s, url, u"--max"_s, u"3000"_s};
    // A probe: a one-statement write every quarter second, whose transaction begins when it
    // commits, so that its news age is the notification's latency (a poller's transaction
    // begins long before it commits).
    QSqlQuery probe(m_db.connection());
    QVERIFY(probe.exec(u"INSERT INTO settings (key, value) VALUES ('soak.probe', '0')"_s));
    QTimer probeTimer;
    int probes = 0;
    connect(&probeTimer, &QTimer::timeout, this, [&probe, &probes] {
        if (probe.exec(u"UPDATE settings SET value = '%1' WHERE key = 'soak.probe'"_s.arg(probes)))
            ++probes;
    });
    probeTimer.start(250);
    QProcess *pollerA = start(pollArgs);
    QProcess *pollerB = start(pollArgs);
    const qint64 pidA = pollerA->processId();

    const auto polled = [this] {
        return scalar(u"SELECT count(*) FROM shipments WHERE next_poll_at IS NULL "
                      "OR next_poll_at > 1"_s);
    };
    const qint64 boundMs = qint64(m_seconds) * 1000;
    // Midway, poller A dies without a chance to finish anything.
    QVERIFY2(QTest::qWaitFor([&] { return polled() >= m_shipments * 2 / 5; }, int(boundMs)),
        qPrintable(u"%1 of %2 polled"_s.arg(polled()).arg(m_shipments)));
    // Frozen first, so that what it holds is counted as it dies: counted while it ran, it could
    // lease and ask about more between the count and the kill.
    ::kill(pid_t(pidA), SIGSTOP);
    const qint64 heldByA
        = scalar(u"SELECT count(*) FROM shipments WHERE lease_owner LIKE '%:%1:%'"_s.arg(pidA));
    pollerA->kill();
    QVERIFY(pollerA->waitForFinished(10000));
    const qint64 killedAtMs = clock.elapsed();

    QVERIFY2(QTest::qWaitFor([&] { return polled() == m_shipments; },
                 int(std::max<qint64>(1000, boundMs - clock.elapsed()))),
        qPrintable(u"%1 of %2 polled within %3 s"_s.arg(polled()).arg(m_shipments).arg(m_seconds)));
    const qint64 doneAtMs = clock.elapsed();
    QTest::qWait(1500); // the consoles hear of the last writes
    probeTimer.stop();
    for (QProcess *p : {pollerB, consoleA, consoleB})
        ::kill(pid_t(p->processId()), SIGTERM);
    for (QProcess *p : {pollerB, consoleA, consoleB})
        QVERIFY(QTest::qWaitFor([p] { return p->state() == QProcess::NotRunning; }, 30000));
    QCOMPARE(pollerB->exitCode(), 0);

    // Every parcel's journey, whole and once.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QVERIFY(q.exec(u"SELECT s.tracking_number, count(e.id), count(DISTINCT (e.occurred_at, "
                   "e.carrier_code, e.location)) FROM shipments s LEFT JOIN tracking_events e ON "
                   "e.shipment_id = s.id GROUP BY s.id, s.tracking_number"_s));
    qint64 lost = 0;
    qint64 duplicates = 0;
    qint64 events = 0;
    while (q.next()) {
        const qint64 stored = q.value(1).toLongLong();
        const qint64 expected = m_sandbox->plannedJourney(q.value(0).toString()).events.size();
        lost += std::max<qint64>(0, expected - q.value(2).toLongLong());
        duplicates += stored - q.value(2).toLongLong();
        events += stored;
    }
    const QStringList repeated = m_sandbox->askedRepeatedly();
    const double pollsPerShipment = double(m_sandbox->questionsAsked()) / double(m_shipments);

    const QJsonObject a = lastJson(QString::fromUtf8(consoleA->readAllStandardOutput()));
    const QJsonObject b = lastJson(QString::fromUtf8(consoleB->readAllStandardOutput()));
    const auto tableP95 = [&a, &b](const QString &table) {
        const auto of = [&table](const QJsonObject &o) {
            return o.value(u"by_table"_s).toObject().value(table).toObject().value(u"p95_ms"_s);
        };
        return std::max(of(a).toInteger(), of(b).toInteger());
    };
    const qint64 p95 = tableP95(u"settings"_s);
    const qint64 writerAgeP95 = tableP95(u"tracking_events"_s);
    qInfo("SOAK shipments=%lld events=%lld polls_per_shipment=%.3f asked_more_than_once=%lld "
          "held_by_killed_poller=%lld duplicates=%lld lost=%lld notifications=%lld/%lld "
          "refreshes=%lld/%lld failed_refreshes=%lld probes=%d notification_latency_p95_ms=%lld "
          "poller_transaction_news_age_p95_ms=%lld killed_at_s=%.1f all_polled_at_s=%.1f",
        m_shipments, events, pollsPerShipment, qint64(repeated.size()), heldByA, duplicates, lost,
        a.value(u"notifications"_s).toInteger(), b.value(u"notifications"_s).toInteger(),
        a.value(u"refreshes"_s).toInteger(), b.value(u"refreshes"_s).toInteger(),
        a.value(u"failed_refreshes"_s).toInteger() + b.value(u"failed_refreshes"_s).toInteger(),
        probes, p95, writerAgeP95, double(killedAtMs) / 1000.0, double(doneAtMs) / 1000.0);

    QCOMPARE(duplicates, 0);
    QCOMPARE(lost, 0);
    // Only a parcel the killed poller had asked about without storing the answer is asked again.
    QVERIFY2(repeated.size() <= heldByA,
        qPrintable(u"%1 asked more than once, the killed poller held %2"_s.arg(repeated.size())
                       .arg(heldByA)));
    QVERIFY2(!a.isEmpty() && !b.isEmpty(), "a console printed no summary");
    QVERIFY(a.value(u"notifications"_s).toInteger() > 0);
    QVERIFY(b.value(u"notifications"_s).toInteger() > 0);
    QVERIFY(a.value(u"refreshes"_s).toInteger() > 0);
    QVERIFY(probes > 0);
    QCOMPARE(a.value(u"failed_refreshes"_s).toInteger(), 0);
    QCOMPARE(b.value(u"failed_refreshes"_s).toInteger(), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM shipments WHERE lease_owner IS NOT NULL"_s), 0);
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
