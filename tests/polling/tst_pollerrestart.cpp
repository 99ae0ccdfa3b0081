#include "carriers/credentialstore.h"
#include "carriersandbox.h"
#include "store/carrieraccountrepository.h"
#include "store/database.h"

#include <QDateTime>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;
using namespace ParcelDesk::Sandbox;

// parceldeskctl poll as a separate process against the sandbox (served by this test), with
// the accounts and credentials configured as a user would: killed in the middle of a run and
// started again, it loses nothing and stores nothing twice; as a daemon it stops cleanly.
class TestPollerRestart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void killedMidRunLosesAndDuplicatesNothing();
    void daemonPollsAndStopsOnSigterm();

private:
    QProcess *startPoller(const QStringList &mode);
    qint64 scalar(const QString &sql);
    int calls() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CarrierSandbox> m_sandbox;
    Database m_db;
    QStringList m_numbers;
    QProcessEnvironment m_env;
};

void TestPollerRestart::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    CarrierSandbox::Options options;
    options.speed = 3'600'000.0;
    m_sandbox = std::make_unique<CarrierSandbox>(options);
    QVERIFY(m_sandbox->listen() != 0);

    const auto db = Database::open(m_dir->filePath(u"restart.sqlite"_s));
    QVERIFY(db);
    m_db = *db;
    // 600 DHL parcels (one number per call) and 2000 GLS parcels (ten per call), all due.
    m_numbers.clear();
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"BEGIN"_s));
    q.prepare(u"INSERT INTO shipments (carrier, tracking_number, status_tag, sub_status, "
              "status_at, shipped_at, last_event_at, next_poll_at, created_at) "
              "VALUES (?, ?, 'Pending', 'Pending', 0, ?, 0, 1, 0)"_s);
    const qint64 shipped = QDateTime::currentMSecsSinceEpoch() - 86'400'000;
    for (int i = 0; i < 2600; ++i) {
        const bool dhl = i < 600;
        const QString number = dhl ? u"00340434%1"_s.arg(i, 12, 10, QChar(u'0'))
                                   : u"3%1"_s.arg(i, 10, 10, QChar(u'0'));
        q.addBindValue(dhl ? u"dhl"_s : u"gls"_s);
        q.addBindValue(number);
        q.addBindValue(shipped);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        m_numbers.append(number);
        (void)m_sandbox->journey(number); // the journeys start now...
    }
    QVERIFY(q.exec(u"COMMIT"_s));
    QTest::qWait(350); // ...and 350 virtual hours later every one has ended

    // The accounts, as `parceldeskctl carriers set` and `carriers credentials` leave them.
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"PARCELDESK_CREDENTIALS"_s, u"file"_s);
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    CredentialStore::Options storeOptions;
    storeOptions.useKeychain = false;
    storeOptions.filePath = m_dir->filePath(u"config/ParcelDesk/carrier-credentials.json"_s);
    CredentialStore store(storeOptions);
    CarrierAccountRepository accounts(m_db);
    for (const QString &carrier : {u"dhl"_s, u"gls"_s}) {
        CarrierAccount a = CarrierAccount::forCarrier(carrier);
        a.baseUrl = m_sandbox->baseUrl(carrier);
        a.requestsPerSecond = 150;
        a.dailyQuota = 0;
        QVERIFY(accounts.save(a, 0));
        QVERIFY(store.writeNow(carrier, m_sandbox->credentials()));
    }
}

void TestPollerRestart::cleanup()
{
    m_db.releaseConnection();
    m_sandbox.reset();
    m_dir.reset();
}

QProcess *TestPollerRestart::startPoller(const QStringList &mode)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(m_env);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(
        QStringLiteral(PARCELDESKCTL_PATH), QStringList {u"poll"_s, u"--db"_s, m_db.path()} + mode);
    if (!process->waitForStarted(10000))
        qFatal("parceldeskctl did not start");
    return process;
}

qint64 TestPollerRestart::scalar(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s", qPrintable(sql + u": "_s + q.lastError().text()));
    return q.value(0).toLongLong();
}

int TestPollerRestart::calls() const
{
    return m_sandbox->requestCount(u"dhl"_s) + m_sandbox->requestCount(u"gls"_s);
}

void TestPollerRestart::killedMidRunLosesAndDuplicatesNothing()
{
    QProcess *first = startPoller({u"--once"_s});
    // The sandbox answers from this thread: keep the event loop turning while the poller works.
    QVERIFY(QTest::qWaitFor([&] { return calls() >= 150; }, 60000));
    first->kill(); // SIGKILL: no chance to finish anything
    QVERIFY(first->waitForFinished(10000));
    QCOMPARE(first->exitStatus(), QProcess::CrashExit);

    QCOMPARE(
        scalar(u"SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'"_s), 0);
    const qint64 polled = scalar(u"SELECT count(*) FROM shipments WHERE next_poll_at > 1 "
                                 "OR next_poll_at IS NULL"_s);
    QVERIFY2(polled > 0 && polled < m_numbers.size(), qPrintable(QString::number(polled)));
    // A shipment's answer is stored whole or not at all, together with its next poll time.
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT s.tracking_number, s.next_poll_at, count(e.id) FROM shipments s "
                   "LEFT JOIN tracking_events e ON e.shipment_id = s.id GROUP BY s.id"_s));
    while (q.next()) {
        const QString number = q.value(0).toString();
        const qint64 events = q.value(2).toLongLong();
        const bool rescheduled = q.value(1).isNull() || q.value(1).toLongLong() > 1;
        if (events > 0) {
            QCOMPARE(events, m_sandbox->journey(number).events.size());
            QVERIFY2(rescheduled, qPrintable(number));
        }
    }
    const int callsBeforeRestart = calls();

    QProcess *second = startPoller({u"--once"_s});
    QVERIFY(QTest::qWaitFor([&] { return second->state() == QProcess::NotRunning; }, 120000));
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitCode(), 0);
    QVERIFY(calls() > callsBeforeRestart);

    // Every parcel has its whole journey, once: nothing lost, nothing stored twice.
    QVERIFY(q.exec(u"SELECT s.tracking_number, count(e.id) FROM shipments s "
                   "LEFT JOIN tracking_events e ON e.shipment_id = s.id GROUP BY s.id"_s));
    int checked = 0;
    while (q.next()) {
        const QString number = q.value(0).toString();
        QCOMPARE(q.value(1).toLongLong(), m_sandbox->journey(number).events.size());
        ++checked;
    }
    QCOMPARE(checked, int(m_numbers.size()));
    QCOMPARE(scalar(u"SELECT count(*) FROM shipments WHERE next_poll_at = 1"_s), 0);
    // Every call the second run made counts against the day's quota (calls that never reached
    // the carrier count too: the poller errs on the side of the quota), and so do the killed
    // run's as far as their answers were stored.
    const qint64 counted = scalar(u"SELECT coalesce(sum(calls), 0) FROM carrier_usage"_s);
    QVERIFY2(counted >= calls() - callsBeforeRestart,
        qPrintable(u"%1 counted, %2 + %3 received"_s.arg(counted)
                       .arg(callsBeforeRestart)
                       .arg(calls() - callsBeforeRestart)));
}

void TestPollerRestart::daemonPollsAndStopsOnSigterm()
{
    QProcess *daemon = startPoller({u"--daemon"_s});
    QVERIFY(QTest::qWaitFor([&] { return calls() >= 100; }, 60000));
    ::kill(pid_t(daemon->processId()), SIGTERM);
    QVERIFY(QTest::qWaitFor([&] { return daemon->state() == QProcess::NotRunning; }, 60000));
    QCOMPARE(daemon->exitStatus(), QProcess::NormalExit);
    QCOMPARE(daemon->exitCode(), 0);
    // After a run with new events the problem-case rules looked at them.
    const QString said = QString::fromUtf8(daemon->readAllStandardOutput());
    QVERIFY2(said.contains(u" Rules: "_s), qPrintable(said));
    // Stopped cleanly: what was asked about is stored and rescheduled, the rest is still due,
    // and no shipment fell out of polling.
    QCOMPARE(
        scalar(u"SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'"_s), 0);
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT s.tracking_number, count(e.id) FROM shipments s "
                   "LEFT JOIN tracking_events e ON e.shipment_id = s.id GROUP BY s.id"_s));
    int withEvents = 0;
    while (q.next()) {
        const qint64 events = q.value(1).toLongLong();
        if (events == 0)
            continue;
        ++withEvents;
        QCOMPARE(events, m_sandbox->journey(q.value(0).toString()).events.size());
    }
    QVERIFY(withEvents > 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM shipments WHERE next_poll_at IS NULL AND status_tag "
                    "NOT IN ('Delivered', 'Expired') AND sub_status NOT IN ('ReturnedToSender', "
                    "'Lost')"_s),
        0);
}

QTEST_GUILESS_MAIN(TestPollerRestart)
#include "tst_pollerrestart.moc"
