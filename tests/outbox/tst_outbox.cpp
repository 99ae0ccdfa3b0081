#include "store/database.h"
#include "store/messagerepository.h"
#include "testsupport.h"
#include "workflows/outbox.h"
#include "workflows/smtpsender.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// The outbox against a real SMTP server on loopback (tests/outbox/smtpfixture.py, Debian's
// python3-aiosmtpd): every message sent once, failures retried then given up, refusals given
// up at once, logins, and no message sent twice across a SIGKILL between sending and recording.
class TestOutbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void composesAProperEmail();
    void composesHtmlAsAlternative();
    void sendsEachMessageOnce();
    void htmlArrivesAsAlternative();
    void retriesThenGivesUp();
    void refusalsAreFinal();
    void loginIsChecked();
    void startTlsIsRequiredAndUsed();
    void neverTwiceAcrossAKill();

private:
    struct Server
    {
        std::unique_ptr<QProcess> process;
        int port = 0;
        QString maildir;
    };
    Server startServer(const QStringList &extra = {});
    QStringList delivered(const Server &server) const;
    qint64 queue(const QString &recipient, const QString &subject, const QString &body,
        const QString &htmlBody = {});
    // A delivered message as Python's email module reads it (tests/outbox/mimeparts.py).
    QJsonObject readAsMailReader(const QString &file) const;
    SmtpSettings smtp(int port) const;

    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
    qint64 m_customer = 0;
    int m_serial = 0;
    Server m_server;
};

void TestOutbox::initTestCase()
{
    if (!QFile::exists(u"/usr/lib/python3/dist-packages/aiosmtpd/__init__.py"_s))
        QSKIP("python3-aiosmtpd is not installed (scripts/test installs it)");
}

void TestOutbox::init()
{
    m_path = m_dir.filePath(u"outbox-%1.sqlite"_s.arg(++m_serial));
    const auto db = Database::open(m_path);
    QVERIFY(db);
    m_db = *db;
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"INSERT INTO customers (name, email, language, created_at) VALUES "
                   "('Jürgen Weiß', 'juergen@mail.example', 'de', 0)"_s));
    m_customer = q.lastInsertId().toLongLong();
    m_server = startServer();
}

void TestOutbox::cleanup()
{
    if (m_server.process) {
        m_server.process->terminate();
        m_server.process->waitForFinished(5000);
        m_server.process.reset();
    }
    m_db.releaseConnection();
}

TestOutbox::Server TestOutbox::startServer(const QStringList &extra)
{
    Server s;
    s.maildir
        = m_dir.filePath(u"maildir-%1-%2"_s.arg(m_serial).arg(QDateTime::currentMSecsSinceEpoch()));
    s.process = std::make_unique<QProcess>();
    s.process->setProcessChannelMode(QProcess::SeparateChannels);
    s.process->start(u"/usr/bin/python3"_s,
        QStringList {QStringLiteral(PARCELDESK_SMTP_FIXTURE), s.maildir} + extra);
    if (!s.process->waitForStarted(10'000))
        qFatal("the SMTP fixture does not start");
    QByteArray out;
    while (!out.contains('\n') && s.process->waitForReadyRead(10'000))
        out += s.process->readAllStandardOutput();
    const auto m = QRegularExpression(u"ready (\\d+)"_s).match(QString::fromUtf8(out));
    if (!m.hasMatch())
        qFatal("the SMTP fixture did not start: %s %s", out.constData(),
            s.process->readAllStandardError().constData());
    s.port = m.captured(1).toInt();
    return s;
}

QStringList TestOutbox::delivered(const Server &server) const
{
    QStringList mails;
    const QDir dir(server.maildir + u"/new"_s);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            mails << QString::fromUtf8(f.readAll());
    }
    return mails;
}

QJsonObject TestOutbox::readAsMailReader(const QString &file) const
{
    QProcess python;
    python.start(u"/usr/bin/python3"_s, {QStringLiteral(PARCELDESK_MIME_PARTS), file});
    if (!python.waitForFinished(30'000) || python.exitCode() != 0)
        qFatal("mimeparts.py failed: %s", python.readAllStandardError().constData());
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

qint64 TestOutbox::queue(
    const QString &recipient, const QString &subject, const QString &body, const QString &htmlBody)
{
    Message m;
    m.customerId = m_customer;
    m.channel = MessageChannel::Email;
    m.language = u"de"_s;
    m.kind = u"wismo_update"_s;
    m.subject = subject;
    m.body = body;
    m.htmlBody = htmlBody;
    m.recipient = recipient;
    m.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    const auto id = MessageRepository(m_db).queue(m, u"anna"_s);
    if (!id)
        qFatal("%s", qPrintable(id.error().message));
    return *id;
}

SmtpSettings TestOutbox::smtp(int port) const
{
    SmtpSettings s;
    s.host = u"127.0.0.1"_s;
    s.port = port;
    s.security = SmtpSettings::Security::None; // loopback
    s.fromAddress = u"service@shop.example"_s;
    s.fromName = u"Schuhhaus Müller"_s;
    s.timeoutSeconds = 10;
    return s;
}

void TestOutbox::composesAProperEmail()
{
    Message m;
    m.recipient = u"juergen@mail.example"_s;
    m.subject = u"Ihre Bestellung PD-1: verspätet"_s;
    m.body = u"Guten Tag,\nIhr Paket kommt später.\n"_s;
    m.idempotencyKey = u"pd-42"_s;
    m.language = u"de"_s;
    const QByteArray mail = SmtpSender::compose(m, smtp(25), 1'795'000'000'000);
    QVERIFY(mail.contains("Message-ID: <pd-42@parceldesk>\r\n"));
    QVERIFY(mail.contains(
        QByteArray("Subject: =?UTF-8?B?" + m.subject.toUtf8().toBase64() + "?=\r\n")));
    QVERIFY(mail.contains("From: =?UTF-8?B?"));
    QVERIFY(mail.contains("Date: Wed, 18 Nov 2026 11:06:40 +0000\r\n"));
    const QByteArray body = mail.mid(mail.indexOf("\r\n\r\n") + 4);
    QCOMPARE(QString::fromUtf8(QByteArray::fromBase64(body)),
        u"Guten Tag,\r\nIhr Paket kommt später.\r\n"_s);
    for (const QByteArray &line : body.split('\n'))
        QVERIFY(line.size() <= 78);
}

void TestOutbox::composesHtmlAsAlternative()
{
    Message m;
    m.recipient = u"juergen@mail.example"_s;
    m.subject = u"Verspätung"_s;
    m.body = u"Guten Tag,\nIhr Paket kommt später.\n"_s;
    m.htmlBody = u"<p>Guten Tag,</p>\n<p>Ihr Paket kommt <b>später</b>.</p>\n"_s;
    m.idempotencyKey = u"pd-43"_s;
    const QByteArray mail = SmtpSender::compose(m, smtp(25), 1'795'000'000'000);
    const QByteArray headers = mail.left(mail.indexOf("\r\n\r\n") + 2);
    QVERIFY(headers.contains("MIME-Version: 1.0\r\n"));
    QVERIFY(headers.contains("Content-Type: multipart/alternative;\r\n boundary=\""));
    QVERIFY(!headers.contains("Content-Transfer-Encoding"));
    // Text first, then HTML, each UTF-8 in base64; every line within 78 characters.
    const qsizetype text = mail.indexOf("Content-Type: text/plain; charset=UTF-8\r\n");
    const qsizetype html = mail.indexOf("Content-Type: text/html; charset=UTF-8\r\n");
    QVERIFY(text > 0 && html > text);
    QCOMPARE(mail.count("Content-Transfer-Encoding: base64\r\n"), 2);
    QVERIFY(mail.endsWith("--\r\n"));
    for (const QByteArray &line : mail.split('\n'))
        QVERIFY(line.size() <= 78);
    // Without HTML it stays a single text/plain part.
    m.htmlBody.clear();
    QVERIFY(!SmtpSender::compose(m, smtp(25), 0).contains("multipart"));
}

void TestOutbox::htmlArrivesAsAlternative()
{
    const QString text = u"Guten Tag Jürgen,\nIhr Paket PD-1 kommt später.\n"_s;
    const QString html = u"<!doctype html>\n<html lang=\"de\"><body><p>Guten Tag Jürgen,</p>"
                         "<p>Ihr Paket <b>PD-1</b> kommt später. ✉</p></body></html>\n"_s;
    queue(u"kunde@mail.example"_s, u"Ihr Paket: verspätet"_s, text, html);
    queue(u"kunde2@mail.example"_s, u"Nur Text"_s, u"Nur Text, kein HTML."_s);
    SmtpSender sender(smtp(m_server.port));
    const auto run
        = Outbox::run(m_db, sender, {}, [] { return QDateTime::currentMSecsSinceEpoch(); });
    QVERIFY(run);
    QCOMPARE(run->sent, 2);
    const QDir dir(m_server.maildir + u"/new"_s);
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 2);
    const auto crlf = [](QString s) { return s.replace(u"\n"_s, u"\r\n"_s); };
    bool sawHtml = false;
    bool sawPlain = false;
    for (const QString &name : files) {
        const QJsonObject mail = readAsMailReader(dir.filePath(name));
        QVERIFY2(
            mail.value(u"defects"_s).toArray().isEmpty(), QJsonDocument(mail).toJson().constData());
        const QJsonArray parts = mail.value(u"parts"_s).toArray();
        if (mail.value(u"content_type"_s).toString() == u"multipart/alternative") {
            sawHtml = true;
            QCOMPARE(parts.size(), 2);
            const QJsonObject first = parts.at(0).toObject();
            const QJsonObject second = parts.at(1).toObject();
            QCOMPARE(first.value(u"content_type"_s).toString(), u"text/plain"_s);
            QCOMPARE(second.value(u"content_type"_s).toString(), u"text/html"_s);
            for (const QJsonObject &part : {first, second}) {
                QCOMPARE(part.value(u"charset"_s).toString(), u"utf-8"_s);
                QCOMPARE(part.value(u"transfer_encoding"_s).toString(), u"base64"_s);
            }
            QCOMPARE(first.value(u"text"_s).toString(), crlf(text));
            QCOMPARE(second.value(u"text"_s).toString(), crlf(html));
        } else {
            sawPlain = true;
            QCOMPARE(mail.value(u"content_type"_s).toString(), u"text/plain"_s);
            QCOMPARE(parts.size(), 1);
            QCOMPARE(parts.at(0).toObject().value(u"text"_s).toString(), u"Nur Text, kein HTML."_s);
        }
    }
    QVERIFY(sawHtml && sawPlain);
}

void TestOutbox::sendsEachMessageOnce()
{
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i)
        ids << queue(u"kunde%1@mail.example"_s.arg(i), u"Ihre Bestellung %1: unterwegs"_s.arg(i),
            u"Ihr Paket %1 ist unterwegs. Grüße"_s.arg(i));
    SmtpSender sender(smtp(m_server.port));
    const auto clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    const auto first = Outbox::run(m_db, sender, {}, clock);
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    QCOMPARE(first->sent, 3);
    QStringList mails = delivered(m_server);
    QCOMPARE(mails.size(), 3);
    for (const qint64 id : ids) {
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT state, idempotency_key, sent_at IS NOT NULL FROM messages WHERE "
                       "id = %1"_s.arg(id))
            && q.next());
        QCOMPARE(q.value(0).toString(), u"sent"_s);
        QVERIFY(q.value(2).toBool());
        const QString messageId = u"Message-ID: <%1@parceldesk>"_s.arg(q.value(1).toString());
        QCOMPARE(mails.filter(messageId).size(), 1);
    }
    // A second run finds nothing to send.
    const auto second = Outbox::run(m_db, sender, {}, clock);
    QVERIFY(second);
    QCOMPARE(second->sent, 0);
    QCOMPARE(delivered(m_server).size(), 3);
    QCOMPARE(TestSupport::scalar(m_db,
                 u"SELECT count(*) FROM audit_log WHERE entity = 'message' AND action = 'sent'"_s),
        3);
}

void TestOutbox::retriesThenGivesUp()
{
    const qint64 id = queue(u"kunde@mail.example"_s, u"Hallo"_s, u"Text"_s);
    // A server that is gone: the port of one stopped.
    Server gone = startServer();
    const int port = gone.port;
    gone.process->terminate();
    gone.process->waitForFinished(5000);
    SmtpSender sender(smtp(port));
    OutboxOptions options;
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto clock = [&now] { return now; };
    qint64 expectedWait = options.firstRetryMs;
    for (int attempt = 1; attempt < options.maxAttempts; ++attempt) {
        const auto run = Outbox::run(m_db, sender, options, clock);
        QVERIFY(run);
        QCOMPARE(run->retrying, 1);
        QCOMPARE(
            TestSupport::scalar(m_db, u"SELECT attempts FROM messages WHERE id = %1"_s.arg(id)),
            attempt);
        QCOMPARE(TestSupport::scalar(m_db,
                     u"SELECT next_attempt_at - %1 FROM messages WHERE id = %2"_s.arg(now).arg(id)),
            expectedWait);
        // Not due yet: nothing happens.
        QCOMPARE(Outbox::run(m_db, sender, options, clock)->retrying, 0);
        now += expectedWait;
        expectedWait = std::min(expectedWait * 4, options.maxRetryMs);
    }
    const auto last = Outbox::run(m_db, sender, options, clock);
    QVERIFY(last);
    QCOMPARE(last->dead, 1);
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT state, last_error FROM messages WHERE id = %1"_s.arg(id)) && q.next());
    QCOMPARE(q.value(0).toString(), u"dead"_s);
    QVERIFY2(q.value(1).toString().contains(u"5 attempt"_s), qPrintable(q.value(1).toString()));
    QCOMPARE(MessageRepository(m_db).inState(MessageState::Dead).size(), 1);
}

void TestOutbox::refusalsAreFinal()
{
    const qint64 refused = queue(u"nobody@mail.example"_s, u"Hallo"_s, u"Text 1"_s);
    const qint64 later = queue(u"busy@mail.example"_s, u"Hallo"_s, u"Text 2"_s);
    SmtpSender sender(smtp(m_server.port));
    const auto run
        = Outbox::run(m_db, sender, {}, [] { return QDateTime::currentMSecsSinceEpoch(); });
    QVERIFY(run);
    QCOMPARE(run->dead, 1);
    QCOMPARE(run->retrying, 1);
    QSqlQuery q(m_db.connection());
    QVERIFY(
        q.exec(u"SELECT state, last_error FROM messages WHERE id = %1"_s.arg(refused)) && q.next());
    QCOMPARE(q.value(0).toString(), u"dead"_s);
    QVERIFY2(q.value(1).toString().contains(u"550"_s), qPrintable(q.value(1).toString()));
    QVERIFY(q.exec(u"SELECT state FROM messages WHERE id = %1"_s.arg(later)) && q.next());
    QCOMPARE(q.value(0).toString(), u"queued"_s);
    QVERIFY(delivered(m_server).isEmpty());
}

void TestOutbox::loginIsChecked()
{
    Server guarded = startServer({u"--user"_s, u"shop"_s, u"--password"_s, u"s3cret"_s});
    const qint64 first = queue(u"kunde1@mail.example"_s, u"Hallo"_s, u"Text 1"_s);
    SmtpSettings settings = smtp(guarded.port);
    settings.user = u"shop"_s;
    settings.password = u"wrong"_s;
    SmtpSender refused(settings);
    const auto clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    QCOMPARE(Outbox::run(m_db, refused, {}, clock)->dead, 1);
    QVERIFY(TestSupport::scalar(m_db,
                u"SELECT count(*) FROM messages WHERE id = %1 AND "
                "last_error LIKE '%%535%%'"_s.arg(first))
        == 1);
    queue(u"kunde2@mail.example"_s, u"Hallo"_s, u"Text 2"_s);
    settings.password = u"s3cret"_s;
    SmtpSender accepted(settings);
    QCOMPARE(Outbox::run(m_db, accepted, {}, clock)->sent, 1);
    QCOMPARE(delivered(guarded).size(), 1);
    guarded.process->terminate();
    guarded.process->waitForFinished(5000);
}

void TestOutbox::startTlsIsRequiredAndUsed()
{
    // A server with a certificate of its own, which refuses mail until STARTTLS.
    const QString cert = m_dir.filePath(u"cert-%1.pem"_s.arg(m_serial));
    const QString key = m_dir.filePath(u"key-%1.pem"_s.arg(m_serial));
    QProcess openssl;
    openssl.start(u"openssl"_s,
        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, key,
            u"-out"_s, cert, u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
            u"subjectAltName=IP:127.0.0.1"_s});
    QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0,
        openssl.readAllStandardError().constData());
    Server secure = startServer({u"--tls"_s, cert, key});
    const auto clock = [] { return QDateTime::currentMSecsSinceEpoch(); };

    // In clear text the server refuses; that is final, nothing leaves.
    const qint64 plain = queue(u"kunde1@mail.example"_s, u"Hallo"_s, u"Text 1"_s);
    SmtpSender clear(smtp(secure.port));
    QCOMPARE(Outbox::run(m_db, clear, {}, clock)->dead, 1);
    QVERIFY(delivered(secure).isEmpty());
    QCOMPARE(TestSupport::scalar(m_db,
                 u"SELECT count(*) FROM messages WHERE id = %1 AND state = 'dead'"_s.arg(plain)),
        1);

    // With STARTTLS and the server's certificate trusted, it goes, encrypted.
    queue(u"kunde2@mail.example"_s, u"Hallo"_s, u"Text 2"_s);
    SmtpSettings tls = smtp(secure.port);
    tls.security = SmtpSettings::Security::StartTls;
    tls.caFile = cert;
    SmtpSender secured(tls);
    const auto sent = Outbox::run(m_db, secured, {}, clock);
    QVERIFY(sent);
    QCOMPARE(sent->sent, 1);
    QCOMPARE(delivered(secure).size(), 1);

    // A sender that requires STARTTLS never falls back to clear text with a server without it.
    queue(u"kunde3@mail.example"_s, u"Hallo"_s, u"Text 3"_s);
    SmtpSettings required = smtp(m_server.port);
    required.security = SmtpSettings::Security::StartTls;
    SmtpSender strict(required);
    const auto refused = Outbox::run(m_db, strict, {}, clock);
    QVERIFY(refused);
    QCOMPARE(refused->sent, 0);
    QVERIFY(delivered(m_server).isEmpty());
    secure.process->terminate();
    secure.process->waitForFinished(5000);
}

void TestOutbox::neverTwiceAcrossAKill()
{
    for (int i = 0; i < 3; ++i)
        queue(u"kunde%1@mail.example"_s.arg(i), u"Nachricht %1"_s.arg(i), u"Text %1"_s.arg(i));
    m_db.releaseConnection(); // parceldeskctl writes from its own process
    const QStringList arguments = {u"outbox"_s, u"send"_s, u"--db"_s, m_path, u"--smtp-host"_s,
        u"127.0.0.1"_s, u"--smtp-port"_s, QString::number(m_server.port), u"--smtp-security"_s,
        u"none"_s, u"--from"_s, u"service@shop.example"_s};
    // Killed between sending the first message and recording it.
    QProcess ctl;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PARCELDESK_OUTBOX_PAUSE_AFTER_SEND_MS"_s, u"30000"_s);
    ctl.setProcessEnvironment(env);
    ctl.start(QStringLiteral(PARCELDESKCTL_PATH), arguments);
    QVERIFY(ctl.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(delivered(m_server).size(), 1, 20000);
    ::kill(pid_t(ctl.processId()), SIGKILL);
    QVERIFY(ctl.waitForFinished(10000));
    QCOMPARE(
        TestSupport::scalar(m_db, u"SELECT count(*) FROM messages WHERE state = 'sending'"_s), 1);

    // Started again: the other two go, the one in flight does not go twice.
    const auto again = TestSupport::runProgram(QStringLiteral(PARCELDESKCTL_PATH), arguments);
    QCOMPARE(again.exitCode, 0);
    const QStringList mails = delivered(m_server);
    QCOMPARE(mails.size(), 3);
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT idempotency_key FROM messages"_s));
    while (q.next())
        QCOMPARE(mails.filter(u"<%1@parceldesk>"_s.arg(q.value(0).toString())).size(), 1);
    q.finish();
    // Once its claim is old, the half-sent one becomes a dead letter saying why; never resent.
    SmtpSender sender(smtp(m_server.port));
    OutboxOptions options;
    options.leaseMs = 0;
    const auto later = Outbox::run(
        m_db, sender, options, [] { return QDateTime::currentMSecsSinceEpoch() + 1; });
    QVERIFY(later);
    QCOMPARE(later->interrupted, 1);
    QCOMPARE(later->sent, 0);
    QCOMPARE(delivered(m_server).size(), 3);
    const QList<Message> dead = MessageRepository(m_db).inState(MessageState::Dead);
    QCOMPARE(dead.size(), 1);
    QVERIFY(dead.front().lastError.contains(u"Message-ID"_s));
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
