#include "carriersandbox.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "testsupport.h"
#include "workflows/channelsettings.h"
#include "workflows/messaginghttp.h"
#include "workflows/outbox.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;
using namespace ParcelDesk::Sandbox;

// SMS (Twilio) and WhatsApp (Cloud API) messages queued in a real database go through the outbox
// with the routing sender, over real HTTP on loopback, to the sandbox's messaging endpoints:
// each goes once and is recorded with the provider's ID, refusals become dead letters with the
// provider's code, rate limits and server errors are tried again, a channel that is not set up
// keeps its messages queued, and the settings keep their secrets out of the database.
//
// The sandbox answers on this thread's event loop, so everything that blocks on it (the outbox,
// libcurl, parceldeskctl) runs on a worker or in a process of its own while this thread waits.
class TestChannels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void smsGoOnceWithTheSid();
    void whatsAppGoesOnceWithTheMessageId();
    void messagingServiceReplacesFrom();
    void refusalsAreDeadLetters_data();
    void refusalsAreDeadLetters();
    void wrongCredentialsAreFinal();
    void rateLimitsAndServerErrorsAreRetried_data();
    void rateLimitsAndServerErrorsAreRetried();
    void timeoutsAndRefusedConnectionsAreRetried();
    void unconfiguredChannelStaysQueued();
    void routerNeedsAChannel();
    void payloadIsChecked_data();
    void payloadIsChecked();
    void phoneNumbersAreInternational_data();
    void phoneNumbersAreInternational();
    void sandboxSpeaksTheDialects();
    void settingsRoundTripWithoutSecrets();
    void ctlConfiguresListsAndSends();

private:
    template<typename F>
    static auto offThread(F f)
    {
        auto future = QtConcurrent::run(std::move(f));
        if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 120'000))
            qFatal("a worker did not finish");
        return future.result();
    }
    Outbox::Summary runOutbox(MessageSender &sender, qint64 nowMs = 0);
    qint64 queue(MessageChannel channel, const QString &recipient, const QString &payload = {});
    QJsonArray sandboxMessages(const QString &channel = {});
    QJsonArray sandboxMessagesTo(const QString &channel, const QString &to);
    ChannelSettings sandboxSettings() const;
    QString column(qint64 id, const QString &name) const;
    QString sentDetail(qint64 id) const;
    TestSupport::ProgramRun ctl(const QStringList &arguments, const QByteArray &input = {});

    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
    qint64 m_customer = 0;
    int m_serial = 0;
    std::unique_ptr<CarrierSandbox> m_sandbox;
    QNetworkAccessManager m_network;
};

void TestChannels::initTestCase()
{
    // Secrets in a file below the test's folder; never a keychain.
    qputenv("PARCELDESK_CREDENTIALS", "file");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"config"_s)));
}

void TestChannels::init()
{
    m_path = m_dir.filePath(u"channels-%1.sqlite"_s.arg(++m_serial));
    const auto db = Database::open(m_path);
    QVERIFY(db);
    m_db = *db;
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"INSERT INTO customers (name, email, phone, language, created_at) VALUES "
                   "('Erika Mustermann', 'erika@mail.example', '+49 (171) 555-0123', 'de', 0)"_s));
    m_customer = q.lastInsertId().toLongLong();
    QFile::remove(m_dir.filePath(u"config/ParcelDesk/outbox-credentials.json"_s));
    m_sandbox = std::make_unique<CarrierSandbox>(CarrierSandbox::Options {});
    QVERIFY(m_sandbox->listen() != 0);
}

void TestChannels::cleanup()
{
    m_sandbox.reset();
    m_db.releaseConnection();
}

Outbox::Summary TestChannels::runOutbox(MessageSender &sender, qint64 nowMs)
{
    const Database db = m_db;
    const auto result = offThread([db, &sender, nowMs] {
        const auto run = Outbox::run(db, sender, {},
            [nowMs] { return nowMs ? nowMs : QDateTime::currentMSecsSinceEpoch(); });
        db.releaseConnection();
        return run;
    });
    if (!result)
        qFatal("%s", qPrintable(result.error().message));
    return *result;
}

qint64 TestChannels::queue(MessageChannel channel, const QString &recipient, const QString &payload)
{
    Message m;
    m.customerId = m_customer;
    m.channel = channel;
    m.language = u"de"_s;
    m.kind = u"wismo_update"_s;
    // Texts differ: the repository refuses the same text twice within minutes.
    m.body = u"Ihr Paket PD-%1 kommt später. Grüße vom Schuhhaus"_s.arg(1000 + ++m_serial * 7);
    m.recipient = recipient;
    m.payload = payload;
    m.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    const auto id = MessageRepository(m_db).queue(m, u"anna"_s);
    if (!id)
        qFatal("%s", qPrintable(id.error().message));
    return *id;
}

QJsonArray TestChannels::sandboxMessages(const QString &channel)
{
    QUrl url(m_sandbox->baseUrl().toString() + u"/sandbox/messages"_s);
    if (!channel.isEmpty())
        url.setQuery(u"channel="_s + channel);
    std::unique_ptr<QNetworkReply> reply(m_network.get(QNetworkRequest(url)));
    if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 10'000))
        qFatal("the sandbox does not list its messages");
    return QJsonDocument::fromJson(reply->readAll()).object().value(u"messages"_s).toArray();
}

QJsonArray TestChannels::sandboxMessagesTo(const QString &channel, const QString &to)
{
    QJsonArray matching;
    for (const QJsonValue m : sandboxMessages(channel)) {
        if (m.toObject().value(u"to"_s).toString() == to)
            matching.append(m);
    }
    return matching;
}

ChannelSettings TestChannels::sandboxSettings() const
{
    const MessagingCredentials &c = m_sandbox->messaging().credentials();
    ChannelSettings s;
    s.smsEnabled = true;
    s.sms.baseUrl = m_sandbox->baseUrl(u"twilio"_s).toString();
    s.sms.accountSid = c.twilioAccountSid;
    s.sms.authToken = c.twilioAuthToken;
    s.sms.from = u"+15005550006"_s;
    s.sms.timeoutSeconds = 10;
    s.whatsAppEnabled = true;
    s.whatsApp.baseUrl = m_sandbox->baseUrl(u"whatsapp"_s).toString();
    s.whatsApp.phoneNumberId = c.whatsAppPhoneNumberId;
    s.whatsApp.accessToken = c.whatsAppAccessToken;
    s.whatsApp.timeoutSeconds = 10;
    return s;
}

QString TestChannels::column(qint64 id, const QString &name) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT %1 FROM messages WHERE id = %2"_s.arg(name).arg(id)) || !q.next())
        qFatal("no message %lld", id);
    return q.value(0).toString();
}

QString TestChannels::sentDetail(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT detail FROM audit_log WHERE entity = 'message' AND action = 'sent' AND "
              "entity_id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

TestSupport::ProgramRun TestChannels::ctl(const QStringList &arguments, const QByteArray &input)
{
    m_db.releaseConnection(); // parceldeskctl writes from its own process
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C"_s); // English texts
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PARCELDESKCTL_PATH), arguments);
    if (!p.waitForStarted())
        qFatal("parceldeskctl does not start");
    p.write(input);
    p.closeWriteChannel();
    // Not waitForFinished: the sandbox must go on answering on this thread meanwhile.
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 120'000))
        qFatal("parceldeskctl did not finish");
    TestSupport::ProgramRun run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

void TestChannels::smsGoOnceWithTheSid()
{
    const qint64 toCustomer = queue(MessageChannel::Sms, {}); // the customer's phone
    const qint64 toOther = queue(MessageChannel::Sms, u"+1 500 555 0006"_s);
    auto router = RoutingSender::fromSettings(sandboxSettings());
    QVERIFY(router);
    const auto first = runOutbox(**router);
    QCOMPARE(first.sent, 2);
    QCOMPARE(first.dead + first.retrying, 0);

    for (const auto &[id, number] :
        {std::pair(toCustomer, u"+491715550123"_s), std::pair(toOther, u"+15005550006"_s)}) {
        QCOMPARE(column(id, u"state"_s), u"sent"_s);
        const QJsonArray arrived = sandboxMessagesTo(u"sms"_s, number);
        QCOMPARE(arrived.size(), 1);
        const QJsonObject sms = arrived.first().toObject();
        QCOMPARE(sms.value(u"body"_s).toString(), column(id, u"body"_s));
        QCOMPARE(sms.value(u"from"_s).toString(), u"+15005550006"_s);
        const QString sid = sms.value(u"id"_s).toString();
        QVERIFY2(sid.startsWith(u"SM"_s) && sid.size() == 34, qPrintable(sid));
        // The provider's ID is in the record of the sending.
        QVERIFY2(sentDetail(id).startsWith(sid), qPrintable(sentDetail(id)));
    }
    // Nothing is due any more: nothing goes twice.
    QCOMPARE(runOutbox(**router).sent, 0);
    QCOMPARE(sandboxMessages(u"sms"_s).size(), 2);
    QCOMPARE(m_sandbox->requestCount(u"twilio"_s), 2);
}

void TestChannels::whatsAppGoesOnceWithTheMessageId()
{
    const QString payload = u"{\"template\": \"parcel_delay\", \"language\": \"de\", "
                            "\"parameters\": [\"Erika\", \"PD-01000042\", \"Dienstag\"]}"_s;
    const qint64 id = queue(MessageChannel::WhatsApp, {}, payload);
    auto router = RoutingSender::fromSettings(sandboxSettings());
    QVERIFY(router);
    QCOMPARE(runOutbox(**router).sent, 1);
    QCOMPARE(column(id, u"state"_s), u"sent"_s);
    const QJsonArray arrived = sandboxMessages(u"whatsapp"_s);
    QCOMPARE(arrived.size(), 1);
    const QJsonObject message = arrived.first().toObject();
    QCOMPARE(message.value(u"to"_s).toString(), u"491715550123"_s); // digits only
    QCOMPARE(message.value(u"template"_s).toString(), u"parcel_delay"_s);
    QCOMPARE(message.value(u"language"_s).toString(), u"de"_s);
    QCOMPARE(message.value(u"parameters"_s).toArray(),
        QJsonArray({u"Erika"_s, u"PD-01000042"_s, u"Dienstag"_s}));
    const QString wamid = message.value(u"id"_s).toString();
    QVERIFY(wamid.startsWith(u"wamid."_s));
    QVERIFY2(sentDetail(id).startsWith(wamid), qPrintable(sentDetail(id)));
    QCOMPARE(runOutbox(**router).sent, 0);
    QCOMPARE(sandboxMessages(u"whatsapp"_s).size(), 1);
}

void TestChannels::messagingServiceReplacesFrom()
{
    ChannelSettings settings = sandboxSettings();
    settings.sms.messagingServiceSid = u"MG0123456789abcdef0123456789abcdef"_s;
    const qint64 id = queue(MessageChannel::Sms, u"+15005550006"_s);
    auto router = RoutingSender::fromSettings(settings);
    QVERIFY(router);
    QCOMPARE(runOutbox(**router).sent, 1);
    const QJsonObject sms = sandboxMessages(u"sms"_s).first().toObject();
    QCOMPARE(sms.value(u"messaging_service_sid"_s).toString(), settings.sms.messagingServiceSid);
    QCOMPARE(sms.value(u"from"_s).toString(), QString());
    QVERIFY(sentDetail(id).contains(u"accepted"_s));
}

void TestChannels::refusalsAreDeadLetters_data()
{
    QTest::addColumn<int>("channel");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QString>("expected"); // in last_error
    const QString delay = u"{\"template\": \"parcel_delay\", \"language\": \"de\", "
                          "\"parameters\": [\"Erika\", \"PD-1\", \"Dienstag\"]}"_s;
    QTest::newRow("sms: invalid number")
        << int(MessageChannel::Sms) << u"+15005550001"_s << QString() << u"21211"_s;
    QTest::newRow("sms: not a mobile")
        << int(MessageChannel::Sms) << u"+15005550009"_s << QString() << u"21614"_s;
    QTest::newRow("sms: unsubscribed")
        << int(MessageChannel::Sms) << u"+15005550004"_s << QString() << u"21610"_s;
    QTest::newRow("sms: no country code")
        << int(MessageChannel::Sms) << u"0171 5550123"_s << QString() << u"country code"_s;
    QTest::newRow("whatsapp: no such template")
        << int(MessageChannel::WhatsApp) << u"+491715550123"_s
        << u"{\"template\": \"parcel_late\", \"language\": \"de\", \"parameters\": []}"_s
        << u"132001"_s;
    QTest::newRow("whatsapp: template not in that language")
        << int(MessageChannel::WhatsApp) << u"+491715550123"_s
        << u"{\"template\": \"hello_world\", \"language\": \"de\"}"_s << u"132001"_s;
    QTest::newRow("whatsapp: parameters do not fit")
        << int(MessageChannel::WhatsApp) << u"+491715550123"_s
        << u"{\"template\": \"parcel_delay\", \"language\": \"de\", \"parameters\": [\"x\"]}"_s
        << u"132000"_s;
    QTest::newRow("whatsapp: paused template")
        << int(MessageChannel::WhatsApp) << u"+491715550123"_s
        << u"{\"template\": \"promo_paused\", \"language\": \"en\"}"_s << u"132015"_s;
    QTest::newRow("whatsapp: undeliverable")
        << int(MessageChannel::WhatsApp) << u"+15005550001"_s << delay << u"131026"_s;
    QTest::newRow("whatsapp: no payload")
        << int(MessageChannel::WhatsApp) << u"+491715550123"_s << QString() << u"no payload"_s;
    QTest::newRow("whatsapp: national number")
        << int(MessageChannel::WhatsApp) << u"0171 5550123"_s << delay << u"country code"_s;
}

void TestChannels::refusalsAreDeadLetters()
{
    QFETCH(int, channel);
    QFETCH(QString, recipient);
    QFETCH(QString, payload);
    QFETCH(QString, expected);
    const qint64 id = queue(MessageChannel(channel), recipient, payload);
    auto router = RoutingSender::fromSettings(sandboxSettings());
    QVERIFY(router);
    const auto run = runOutbox(**router);
    QCOMPARE(run.dead, 1);
    QCOMPARE(run.sent + run.retrying, 0);
    QCOMPARE(column(id, u"state"_s), u"dead"_s);
    QCOMPARE(column(id, u"attempts"_s).toInt(), 1);
    QVERIFY2(
        column(id, u"last_error"_s).contains(expected), qPrintable(column(id, u"last_error"_s)));
    QVERIFY(sandboxMessages().isEmpty());
}

void TestChannels::wrongCredentialsAreFinal()
{
    ChannelSettings settings = sandboxSettings();
    settings.sms.authToken = u"wrong"_s;
    settings.whatsApp.accessToken = u"wrong"_s;
    const qint64 sms = queue(MessageChannel::Sms, u"+15005550006"_s);
    const qint64 whatsApp = queue(MessageChannel::WhatsApp, u"+491715550123"_s,
        u"{\"template\": \"hello_world\", \"language\": \"en_US\"}"_s);
    auto router = RoutingSender::fromSettings(settings);
    QVERIFY(router);
    QCOMPARE(runOutbox(**router).dead, 2);
    QVERIFY2(column(sms, u"last_error"_s).contains(u"20003"_s),
        qPrintable(column(sms, u"last_error"_s)));
    QVERIFY(column(sms, u"last_error"_s).contains(u"401"_s));
    QVERIFY2(column(whatsApp, u"last_error"_s).contains(u"190"_s),
        qPrintable(column(whatsApp, u"last_error"_s)));
    QVERIFY(sandboxMessages().isEmpty());
}

void TestChannels::rateLimitsAndServerErrorsAreRetried_data()
{
    QTest::addColumn<int>("channel");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("listedAs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sms 429") << int(MessageChannel::Sms) << u"+15005550429"_s << u"+15005550429"_s
                             << u"20429"_s;
    QTest::newRow("sms 500") << int(MessageChannel::Sms) << u"+15005550500"_s << u"+15005550500"_s
                             << u"20500"_s;
    QTest::newRow("whatsapp rate limit (HTTP 400)")
        << int(MessageChannel::WhatsApp) << u"+15005550429"_s << u"15005550429"_s << u"130429"_s;
    QTest::newRow("whatsapp 500") << int(MessageChannel::WhatsApp) << u"+15005550500"_s
                                  << u"15005550500"_s << u"131000"_s;
}

void TestChannels::rateLimitsAndServerErrorsAreRetried()
{
    QFETCH(int, channel);
    QFETCH(QString, recipient);
    QFETCH(QString, listedAs);
    QFETCH(QString, expected);
    const qint64 id = queue(MessageChannel(channel), recipient,
        u"{\"template\": \"hello_world\", \"language\": \"en_US\"}"_s);
    auto router = RoutingSender::fromSettings(sandboxSettings());
    QVERIFY(router);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto first = runOutbox(**router, now);
    QCOMPARE(first.retrying, 1);
    QCOMPARE(column(id, u"state"_s), u"queued"_s);
    QCOMPARE(column(id, u"attempts"_s).toInt(), 1);
    QCOMPARE(column(id, u"next_attempt_at"_s).toLongLong(), now + OutboxOptions().firstRetryMs);
    QVERIFY2(
        column(id, u"last_error"_s).contains(expected), qPrintable(column(id, u"last_error"_s)));
    // Not due yet: nothing is sent.
    const auto early = runOutbox(**router, now + 1000);
    QCOMPARE(early.retrying + early.sent, 0);
    QVERIFY(sandboxMessages().isEmpty());
    // Due: it goes, once.
    const auto second = runOutbox(**router, now + OutboxOptions().firstRetryMs);
    QCOMPARE(second.sent, 1);
    QCOMPARE(column(id, u"state"_s), u"sent"_s);
    QCOMPARE(column(id, u"attempts"_s).toInt(), 2);
    QCOMPARE(
        sandboxMessagesTo(messageChannelToString(MessageChannel(channel)), listedAs).size(), 1);
}

void TestChannels::timeoutsAndRefusedConnectionsAreRetried()
{
    // A provider that does not answer in time.
    QVERIFY(m_sandbox->setFaults(u"twilio:timeout,whatsapp:timeout"_s));
    ChannelSettings settings = sandboxSettings();
    settings.sms.timeoutSeconds = 1;
    settings.whatsApp.timeoutSeconds = 1;
    const qint64 sms = queue(MessageChannel::Sms, u"+15005550006"_s);
    const qint64 whatsApp = queue(MessageChannel::WhatsApp, u"+491715550123"_s,
        u"{\"template\": \"hello_world\", \"language\": \"en_US\"}"_s);
    auto slow = RoutingSender::fromSettings(settings);
    QVERIFY(slow);
    QCOMPARE(runOutbox(**slow).retrying, 2);
    for (const qint64 id : {sms, whatsApp}) {
        QCOMPARE(column(id, u"state"_s), u"queued"_s);
        QVERIFY2(column(id, u"last_error"_s).contains(u"1 s"_s),
            qPrintable(column(id, u"last_error"_s)));
    }

    // A provider that is not there at all: a port nobody listens on.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closed = probe.serverPort();
    probe.close();
    settings.sms.baseUrl = u"http://127.0.0.1:%1"_s.arg(closed);
    settings.whatsApp.baseUrl = settings.sms.baseUrl;
    auto gone = RoutingSender::fromSettings(settings);
    QVERIFY(gone);
    const auto run = runOutbox(**gone, QDateTime::currentMSecsSinceEpoch() + 3'600'000);
    QCOMPARE(run.retrying, 2);
    QCOMPARE(run.dead, 0);
    QCOMPARE(column(sms, u"attempts"_s).toInt(), 2);
}

void TestChannels::unconfiguredChannelStaysQueued()
{
    ChannelSettings settings = sandboxSettings();
    settings.whatsAppEnabled = false; // and e-mail was never set up
    const qint64 whatsApp = queue(MessageChannel::WhatsApp, u"+491715550123"_s,
        u"{\"template\": \"hello_world\", \"language\": \"en_US\"}"_s);
    const qint64 email = queue(MessageChannel::Email, {});
    const qint64 sms = queue(MessageChannel::Sms, u"+15005550006"_s);
    auto router = RoutingSender::fromSettings(settings);
    QVERIFY(router);
    QCOMPARE((**router).channels(), QList<MessageChannel> {MessageChannel::Sms});
    const auto run = runOutbox(**router);
    QCOMPARE(run.sent, 1);
    QCOMPARE(run.retrying + run.dead, 0);
    QCOMPARE(column(sms, u"state"_s), u"sent"_s);
    for (const qint64 id : {whatsApp, email}) {
        QCOMPARE(column(id, u"state"_s), u"queued"_s);
        QCOMPARE(column(id, u"attempts"_s).toInt(), 0);
    }
    // A channel switched on but lacking its secret is left out too, and says so.
    settings.whatsAppEnabled = true;
    settings.whatsApp.accessToken.clear();
    QStringList skipped;
    auto partial = RoutingSender::fromSettings(settings, &skipped);
    QVERIFY(partial);
    QCOMPARE((**partial).channels(), QList<MessageChannel> {MessageChannel::Sms});
    QCOMPARE(skipped.size(), 1);
    QVERIFY2(skipped.first().contains(u"access token"_s), qPrintable(skipped.first()));
    QCOMPARE(runOutbox(**partial).sent, 0);
    QCOMPARE(column(whatsApp, u"state"_s), u"queued"_s);
}

void TestChannels::routerNeedsAChannel()
{
    // A router without senders would answer "all channels"; none is made.
    ChannelSettings none;
    const auto empty = RoutingSender::fromSettings(none);
    QVERIFY(!empty);
    QVERIFY(empty.error().message.contains(u"No channel"_s));
    ChannelSettings incomplete;
    incomplete.emailEnabled = true;
    const auto lacking = RoutingSender::fromSettings(incomplete);
    QVERIFY(!lacking);
    QVERIFY2(
        lacking.error().message.contains(u"SMTP server"_s), qPrintable(lacking.error().message));
    // A sender that names no channel is not taken.
    RoutingSender router;
    struct AnyChannel final : MessageSender
    {
        SendReport send(const Message &) override { return {}; }
    };
    router.add(std::make_unique<AnyChannel>());
    QVERIFY(router.isEmpty());
}

void TestChannels::payloadIsChecked_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected"); // empty: valid
    QTest::newRow("complete") << u"{\"template\": \"t\", \"language\": \"de\", \"parameters\": "
                                 "[\"a\", 2]}"_s
                              << QString() << QString();
    QTest::newRow("language from the message")
        << u"{\"template\": \"t\"}"_s << u"en"_s << QString();
    QTest::newRow("empty") << QString() << u"de"_s << u"no payload"_s;
    QTest::newRow("not JSON") << u"template=t"_s << u"de"_s << u"not JSON"_s;
    QTest::newRow("a list") << u"[\"t\"]"_s << u"de"_s << u"not a JSON object"_s;
    QTest::newRow("no template") << u"{\"language\": \"de\"}"_s << u"de"_s << u"no template"_s;
    QTest::newRow("no language") << u"{\"template\": \"t\"}"_s << QString() << u"no language"_s;
    QTest::newRow("parameters not a list")
        << u"{\"template\": \"t\", \"parameters\": \"a\"}"_s << u"de"_s << u"not a list"_s;
    QTest::newRow("a parameter not text")
        << u"{\"template\": \"t\", \"parameters\": [\"a\", {}]}"_s << u"de"_s << u"Parameter 2"_s;
    QTest::newRow("an empty parameter")
        << u"{\"template\": \"t\", \"parameters\": [\" \"]}"_s << u"de"_s << u"empty"_s;
}

void TestChannels::payloadIsChecked()
{
    QFETCH(QString, payload);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const auto t = WhatsAppTemplate::fromPayload(payload, language);
    if (expected.isEmpty()) {
        QVERIFY2(t, t ? "" : qPrintable(t.error().message));
        QCOMPARE(t->name, u"t"_s);
        QVERIFY(!t->language.isEmpty());
        const QJsonObject body
            = QJsonDocument::fromJson(WhatsAppSender::requestBody(*t, u"4917"_s)).object();
        QCOMPARE(body.value(u"messaging_product"_s).toString(), u"whatsapp"_s);
        QCOMPARE(body.value(u"recipient_type"_s).toString(), u"individual"_s);
        QCOMPARE(body.value(u"type"_s).toString(), u"template"_s);
        QCOMPARE(
            body.value(u"template"_s).toObject().value(u"language"_s).toObject().value(u"code"_s),
            t->language);
        return;
    }
    QVERIFY(!t);
    QVERIFY2(t.error().message.contains(expected), qPrintable(t.error().message));
}

void TestChannels::phoneNumbersAreInternational_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("spaces") << u"+49 171 555 0123"_s << u"+491715550123"_s;
    QTest::newRow("brackets and dashes") << u"+1 (500) 555-0006"_s << u"+15005550006"_s;
    QTest::newRow("00") << u"0049 171/5550123"_s << u"+491715550123"_s;
    QTest::newRow("national") << u"0171 5550123"_s << QString();
    QTest::newRow("no prefix") << u"4917155501234"_s << QString();
    QTest::newRow("letters") << u"+49 171 CALL ME"_s << QString();
    QTest::newRow("too short") << u"+49 12"_s << QString();
    QTest::newRow("too long") << u"+49 1234 5678 9012 345"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestChannels::phoneNumbersAreInternational()
{
    QFETCH(QString, number);
    QFETCH(QString, expected);
    const auto n = MessagingHttp::internationalNumber(number);
    if (expected.isEmpty())
        QVERIFY(!n);
    else
        QCOMPARE(n.ok() ? *n : n.error().message, expected);
}

void TestChannels::sandboxSpeaksTheDialects()
{
    const MessagingCredentials &c = m_sandbox->messaging().credentials();
    const auto post = [this](MessagingHttp::Request r) {
        r.timeoutSeconds = 10;
        return offThread([r] { return MessagingHttp::post(r); });
    };
    const QByteArray twilioUrl = m_sandbox->baseUrl(u"twilio"_s).toString().toUtf8()
        + "/2010-04-01/Accounts/" + c.twilioAccountSid.toUtf8() + "/Messages.json";
    MessagingHttp::Request twilio;
    twilio.url = twilioUrl;
    twilio.user = c.twilioAccountSid.toUtf8();
    twilio.password = "wrong";
    twilio.body = "To=%2B15005550006&From=%2B15005550006&Body=Hallo";
    auto r = post(twilio);
    QCOMPARE(r.status, 401L);
    QJsonObject o = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(o.value(u"code"_s).toInt(), 20003);
    QCOMPARE(o.value(u"status"_s).toInt(), 401);
    QCOMPARE(o.value(u"more_info"_s).toString(), u"https://www.twilio.com/docs/errors/20003"_s);

    twilio.password = c.twilioAuthToken.toUtf8();
    twilio.body = "From=%2B15005550006&Body=Hallo";
    r = post(twilio);
    QCOMPARE(r.status, 400L);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(u"code"_s).toInt(), 21604);
    twilio.body = "To=%2B15005550006&From=%2B15005550006";
    QCOMPARE(QJsonDocument::fromJson(post(twilio).body).object().value(u"code"_s).toInt(), 21602);
    twilio.body = "To=%2B15005550006&Body=Hallo";
    QCOMPARE(QJsonDocument::fromJson(post(twilio).body).object().value(u"code"_s).toInt(), 21603);
    // A + written as such in a form is a space, which makes the number invalid, as at Twilio.
    twilio.body = "To=+15005550006&From=%2B15005550006&Body=Hallo+Welt";
    QCOMPARE(QJsonDocument::fromJson(post(twilio).body).object().value(u"code"_s).toInt(), 21211);
    twilio.body = "To=%2B15005550006&From=%2B15005550006&Body=Hallo+Welt";
    r = post(twilio);
    QCOMPARE(r.status, 201L);
    o = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(o.value(u"status"_s).toString(), u"queued"_s);
    QCOMPARE(o.value(u"body"_s).toString(), u"Hallo Welt"_s);
    QVERIFY(o.value(u"uri"_s).toString().endsWith(o.value(u"sid"_s).toString() + u".json"_s));

    const QByteArray whatsAppUrl = m_sandbox->baseUrl(u"whatsapp"_s).toString().toUtf8() + "/v21.0/"
        + c.whatsAppPhoneNumberId.toUtf8() + "/messages";
    MessagingHttp::Request whatsApp;
    whatsApp.url = whatsAppUrl;
    whatsApp.headers = {"Content-Type: application/json", "Authorization: Bearer wrong"};
    whatsApp.body = R"({"messaging_product": "whatsapp", "to": "491715550123", "type": "template",
        "template": {"name": "hello_world", "language": {"code": "en_US"}}})";
    r = post(whatsApp);
    QCOMPARE(r.status, 401L);
    o = QJsonDocument::fromJson(r.body).object().value(u"error"_s).toObject();
    QCOMPARE(o.value(u"code"_s).toInt(), 190);
    QCOMPARE(o.value(u"type"_s).toString(), u"OAuthException"_s);
    QVERIFY(!o.value(u"fbtrace_id"_s).toString().isEmpty());

    whatsApp.headers = {"Content-Type: application/json",
        "Authorization: Bearer " + c.whatsAppAccessToken.toUtf8()};
    const QByteArray good = whatsApp.body;
    whatsApp.body = R"({"messaging_product": "whatsapp", "type": "template",
        "template": {"name": "hello_world", "language": {"code": "en_US"}}})";
    r = post(whatsApp);
    QCOMPARE(r.status, 400L);
    QCOMPARE(
        QJsonDocument::fromJson(r.body).object()[u"error"_s].toObject()[u"code"_s].toInt(), 100);
    whatsApp.body = good;
    whatsApp.url = m_sandbox->baseUrl(u"whatsapp"_s).toString().toUtf8() + "/v21.0/1/messages";
    r = post(whatsApp);
    QCOMPARE(r.status, 400L);
    o = QJsonDocument::fromJson(r.body).object()[u"error"_s].toObject();
    QCOMPARE(o[u"code"_s].toInt(), 100);
    QCOMPARE(o[u"error_subcode"_s].toInt(), 33);
    whatsApp.url = whatsAppUrl;
    r = post(whatsApp);
    QCOMPARE(r.status, 200L);
    o = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(
        o[u"contacts"_s].toArray().first().toObject()[u"wa_id"_s].toString(), u"491715550123"_s);
    QVERIFY(
        o[u"messages"_s].toArray().first().toObject()[u"id"_s].toString().startsWith(u"wamid."_s));

    // Faults from the sandbox's spec, in each provider's format.
    QVERIFY(m_sandbox->setFaults(u"twilio:429=7,whatsapp:5xx"_s));
    r = post(twilio);
    QCOMPARE(r.status, 429L);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(u"code"_s).toInt(), 20429);
    QCOMPARE(TwilioSender::interpret(r.status, r.body).permanent, false);
    r = post(whatsApp);
    QCOMPARE(r.status, 503L);
    QCOMPARE(WhatsAppSender::interpret(r.status, r.body).permanent, false);

    // Only what was accepted is listed, each channel on its own or all together.
    QCOMPARE(sandboxMessages(u"sms"_s).size(), 1);
    QCOMPARE(sandboxMessages(u"whatsapp"_s).size(), 1);
    QCOMPARE(sandboxMessages().size(), 2);
}

void TestChannels::settingsRoundTripWithoutSecrets()
{
    ChannelSettings s;
    s.emailEnabled = true;
    s.email.host = u"smtp.shop.example"_s;
    s.email.port = 465;
    s.email.security = SmtpSettings::Security::Implicit;
    s.email.user = u"shop"_s;
    s.email.password = u"smtp-s3cret-password"_s;
    s.email.fromAddress = u"service@shop.example"_s;
    s.email.fromName = u"Schuhhaus Müller"_s;
    s.email.caFile = u"/etc/ssl/private-ca.pem"_s;
    s.smsEnabled = true;
    s.sms.accountSid = u"AC0123456789abcdef0123456789abcdef"_s;
    s.sms.authToken = u"twilio-s3cret-token"_s;
    s.sms.from = u"+15005550006"_s;
    s.sms.messagingServiceSid = u"MG0123456789abcdef0123456789abcdef"_s;
    s.sms.baseUrl = u"http://127.0.0.1:9/twilio"_s;
    s.whatsAppEnabled = false;
    s.whatsApp.phoneNumberId = u"106540352242922"_s;
    s.whatsApp.apiVersion = u"v20.0"_s;
    s.whatsApp.accessToken = u"whatsapp-s3cret-token"_s;
    QVERIFY(s.save(m_db));

    CredentialStore store(ChannelSettings::credentialOptions());
    QCOMPARE(store.backend(), CredentialStore::Backend::File);
    QVERIFY(store.filePath().startsWith(m_dir.path()));
    for (const MessageChannel c : ChannelSettings::allChannels())
        QVERIFY(ChannelSettings::writeSecret(store, c, s.secret(c)));

    auto loaded = ChannelSettings::load(m_db);
    QVERIFY(loaded);
    ChannelSettings l = *loaded;
    QCOMPARE(l.emailEnabled, true);
    QCOMPARE(l.smsEnabled, true);
    QCOMPARE(l.whatsAppEnabled, false);
    QCOMPARE(l.email.host, s.email.host);
    QCOMPARE(l.email.port, 465);
    QCOMPARE(l.email.security, SmtpSettings::Security::Implicit);
    QCOMPARE(l.email.user, s.email.user);
    QCOMPARE(l.email.fromAddress, s.email.fromAddress);
    QCOMPARE(l.email.fromName, s.email.fromName);
    QCOMPARE(l.email.caFile, s.email.caFile);
    QCOMPARE(l.sms.accountSid, s.sms.accountSid);
    QCOMPARE(l.sms.from, s.sms.from);
    QCOMPARE(l.sms.messagingServiceSid, s.sms.messagingServiceSid);
    QCOMPARE(l.sms.baseUrl, s.sms.baseUrl);
    QCOMPARE(l.whatsApp.phoneNumberId, s.whatsApp.phoneNumberId);
    QCOMPARE(l.whatsApp.apiVersion, s.whatsApp.apiVersion);
    // Secrets come from the store only, and only for the channels that are on.
    for (const MessageChannel c : ChannelSettings::allChannels())
        QVERIFY(l.secret(c).isEmpty());
    QVERIFY(l.loadSecrets(store));
    QCOMPARE(l.email.password, s.email.password);
    QCOMPARE(l.sms.authToken, s.sms.authToken);
    QVERIFY(l.whatsApp.accessToken.isEmpty());
    QCOMPARE(*ChannelSettings::readSecret(store, MessageChannel::WhatsApp), s.whatsApp.accessToken);
    QVERIFY(l.describe(MessageChannel::Email).contains(u"smtp.shop.example:465 (tls)"_s));

    // No secret anywhere in the database: not in the settings table, not in the file or its WAL.
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT key, value FROM settings WHERE key LIKE 'channel.%'"_s));
    int rows = 0;
    while (q.next()) {
        ++rows;
        QVERIFY2(!q.value(1).toString().contains(u"s3cret"_s), qPrintable(q.value(0).toString()));
    }
    QVERIFY(rows >= 15);
    q.finish();
    for (const QString &file : QStringList {m_path, m_path + u"-wal"_s}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            QVERIFY2(!f.readAll().contains("s3cret"), qPrintable(file));
    }
    // Saving again changes what changed, still without secrets; an empty secret removes it.
    l.sms.from = u"ParcelDesk"_s;
    QVERIFY(l.save(m_db));
    QCOMPARE(ChannelSettings::load(m_db)->sms.from, u"ParcelDesk"_s);
    QVERIFY(ChannelSettings::writeSecret(store, MessageChannel::Sms, {}));
    QVERIFY(ChannelSettings::readSecret(store, MessageChannel::Sms)->isEmpty());
}

void TestChannels::ctlConfiguresListsAndSends()
{
    const MessagingCredentials &c = m_sandbox->messaging().credentials();
    const QStringList db = {u"outbox"_s, u"configure"_s, u"--db"_s, m_path};
    auto run = ctl(db
            + QStringList {u"--channel"_s, u"sms"_s, u"--enable"_s, u"--account-sid"_s,
                c.twilioAccountSid, u"--from"_s, u"+15005550006"_s, u"--base-url"_s,
                m_sandbox->baseUrl(u"twilio"_s).toString(), u"--secret-stdin"_s},
        c.twilioAuthToken.toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"sms: on"_s), qPrintable(run.out));
    QVERIFY(!run.out.contains(c.twilioAuthToken) && !run.err.contains(c.twilioAuthToken));
    run = ctl(db
            + QStringList {u"--channel"_s, u"whatsapp"_s, u"--enable"_s, u"--phone-number-id"_s,
                c.whatsAppPhoneNumberId, u"--base-url"_s,
                m_sandbox->baseUrl(u"whatsapp"_s).toString(), u"--secret-stdin"_s},
        c.whatsAppAccessToken.toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // Turned on without its password: said at once.
    run = ctl(db
        + QStringList {u"--channel"_s, u"email"_s, u"--enable"_s, u"--host"_s, u"127.0.0.1"_s,
            u"--user"_s, u"shop"_s, u"--from"_s, u"service@shop.example"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(u"SMTP password"_s), qPrintable(run.err));
    run = ctl(db + QStringList {u"--channel"_s, u"email"_s, u"--disable"_s});
    QCOMPARE(run.exitCode, 0);
    // Options of another channel, a wrong channel, both switches: refused.
    QCOMPARE(ctl(db + QStringList {u"--channel"_s, u"sms"_s, u"--host"_s, u"x"_s}).exitCode, 2);
    QCOMPARE(ctl(db + QStringList {u"--channel"_s, u"fax"_s}).exitCode, 2);
    QCOMPARE(
        ctl(db + QStringList {u"--channel"_s, u"sms"_s, u"--enable"_s, u"--disable"_s}).exitCode,
        2);
    QCOMPARE(
        ctl(db + QStringList {u"--channel"_s, u"sms"_s, u"--base-url"_s, u"ftp://x"_s}).exitCode,
        2);

    run = ctl({u"outbox"_s, u"channels"_s, u"--db"_s, m_path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(u"email"_s) && lines.at(0).contains(u"off"_s),
        qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"sms"_s) && lines.at(1).contains(u"secret stored"_s)
            && lines.at(1).contains(c.twilioAccountSid),
        qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(u"whatsapp"_s) && lines.at(2).contains(u"secret stored"_s),
        qPrintable(lines.at(2)));
    QVERIFY(!run.out.contains(c.twilioAuthToken) && !run.out.contains(c.whatsAppAccessToken));
    QCOMPARE(TestSupport::scalar(
                 m_db, u"SELECT count(*) FROM settings WHERE value LIKE '%%sandbox-%%-token%%'"_s),
        0);

    // outbox send without --smtp-* options: the channels as set up.
    const qint64 sms = queue(MessageChannel::Sms, u"+15005550006"_s);
    const qint64 whatsApp = queue(MessageChannel::WhatsApp, {},
        u"{\"template\": \"parcel_delay\", \"parameters\": [\"Erika\", \"PD-01000042\", "
        "\"Dienstag\"]}"_s);
    const qint64 email = queue(MessageChannel::Email, {});
    run = ctl({u"outbox"_s, u"send"_s, u"--db"_s, m_path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"Sent 2"_s), qPrintable(run.out));
    QCOMPARE(column(sms, u"state"_s), u"sent"_s);
    QCOMPARE(column(whatsApp, u"state"_s), u"sent"_s);
    QCOMPARE(column(email, u"state"_s), u"queued"_s); // e-mail is off
    QCOMPARE(sandboxMessagesTo(u"sms"_s, u"+15005550006"_s).size(), 1);
    QCOMPARE(sandboxMessagesTo(u"whatsapp"_s, u"491715550123"_s).size(), 1);
    QCOMPARE(sandboxMessages(u"whatsapp"_s).first().toObject().value(u"language"_s).toString(),
        u"de"_s); // the message's language, as the payload names none

    // The --smtp-* options without a server are refused; nothing set up: said so.
    QCOMPARE(
        ctl({u"outbox"_s, u"send"_s, u"--db"_s, m_path, u"--from"_s, u"a@b.example"_s}).exitCode,
        2);
    const QString other = m_dir.filePath(u"empty.sqlite"_s);
    QVERIFY(Database::open(other));
    run = ctl({u"outbox"_s, u"send"_s, u"--db"_s, other});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"No channel"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestChannels)
#include "tst_channels.moc"
