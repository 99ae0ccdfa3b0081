#include "aboutdialog.h"
#include "diagnostics/diagnostics.h"
#include "diagnostics/logfile.h"
#include "pgsupport.h"
#include "store/database.h"
#include "store/migrations.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// About and diagnostics: what a support request needs, and a log that keeps no customer's
// data or secret and does not grow without end.
class TestDiagnostics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void redactsPersonalDataAndSecrets();
    void logRotatesAndKeepsSecretsOut();
    void reportNamesTheBuildAndTheDatabase();
    void aboutCopiesTheDiagnostics();

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void TestDiagnostics::initTestCase()
{
    PARCELDESK_REQUIRE_STORE();
    const auto db
        = Database::open(TestSupport::storeLocation(m_dir.filePath(u"diagnostics.sqlite"_s)));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = *db;
}

void TestDiagnostics::cleanupTestCase()
{
    m_db.releaseConnection();
}

void TestDiagnostics::redactsPersonalDataAndSecrets()
{
    const QString text = LogFile::redact(
        u"Sent to anna.schmidt@example.de; password=hunter2 token: \"abc123\" "
        "Authorization: Bearer eyJhbGci.x.y postgresql://ops:s3cret@db.local:5432/pd "
        "apiKey=K-99 order PD-01000100 at 12:00"_s);
    for (const QString &gone : {u"anna.schmidt"_s, u"example.de"_s, u"hunter2"_s, u"abc123"_s,
             u"eyJhbGci"_s, u"s3cret"_s, u"K-99"_s})
        QVERIFY2(!text.contains(gone), qPrintable(gone + u" is still in: "_s + text));
    // What helps support stays: the kind of secret, the server, the order and the time.
    for (const QString &kept : {u"password=***"_s, u"Authorization: ***"_s,
             u"postgresql://ops:***@db.local:5432/pd"_s, u"PD-01000100 at 12:00"_s})
        QVERIFY2(text.contains(kept), qPrintable(kept + u" is missing in: "_s + text));
}

void TestDiagnostics::logRotatesAndKeepsSecretsOut()
{
    const QString folder = m_dir.filePath(u"logs"_s);
    QVERIFY(LogFile::install(folder, u"test.log"_s, 4096, 2));
    QCOMPARE(LogFile::path(), QDir(folder).filePath(u"test.log"_s));
    for (int i = 0; i < 200; ++i)
        qInfo("line %d: apology sent to customer%d@example.com, smtp password=Pa55w0rd", i, i);
    qWarning("the last line");
    LogFile::uninstall();
    QVERIFY(LogFile::path().isEmpty());
    qInfo("after the log was closed");

    const QDir dir(folder);
    QCOMPARE(dir.entryList(QDir::Files, QDir::Name),
        QStringList({u"test.log"_s, u"test.log.1"_s, u"test.log.2"_s}));
    QString all;
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.size() <= 4096, qPrintable(name));
        all += QString::fromUtf8(file.readAll());
    }
    QVERIFY(!all.contains(u"example.com"_s));
    QVERIFY(!all.contains(u"Pa55w0rd"_s));
    QVERIFY(all.contains(u"info line 199: apology sent to ***@***, smtp password=***"_s));
    QVERIFY(all.contains(u" warning the last line"_s));
    QVERIFY(!all.contains(u"after the log was closed"_s));
    // The oldest lines went with the rotation: three files of 4 kB cannot hold 200 lines.
    QVERIFY(!all.contains(u"line 0:"_s));
}

void TestDiagnostics::reportNamesTheBuildAndTheDatabase()
{
    Diagnostics::setBuild(u"9.8.7"_s, u"abc1234"_s, u"Release"_s);
    const QString report = Diagnostics::report(m_db, {{u"Display"_s, u"offscreen"_s}});
    const auto line = [&report](const QString &key) {
        for (const QString &l : report.split(u'\n'))
            if (l.startsWith(key + u':'))
                return l.mid(18);
        return QString();
    };
    QCOMPARE(line(u"ParcelDesk"_s), u"9.8.7 (commit abc1234, Release)"_s);
    QVERIFY(line(u"Qt"_s).startsWith(QLatin1StringView(qVersion())));
    QCOMPARE(line(u"SQLite"_s), QString::fromLatin1(sqlite3_libversion()));
    QVERIFY(!line(u"libpq"_s).isEmpty());
    QCOMPARE(line(u"Display"_s), u"offscreen"_s);
    QCOMPARE(line(u"Schema"_s), QString::number(latestSchemaVersion()));
    QCOMPARE(line(u"Shipments"_s), u"0"_s);
    if (m_db.isServer()) {
        QVERIFY2(line(u"Server"_s).startsWith(u"PostgreSQL "_s), qPrintable(report));
        QVERIFY(line(u"Database"_s).contains(m_db.displayName()));
        QVERIFY(line(u"Signed in as"_s).size() > 0);
    } else {
        QCOMPARE(line(u"Database"_s), QDir::toNativeSeparators(m_db.path()));
        QVERIFY2(line(u"Database size"_s).contains(u"kB"_s), qPrintable(report));
    }
    // The server's URL is there, its password never.
    QVERIFY(!report.contains(u"password"_s, Qt::CaseInsensitive));
}

void TestDiagnostics::aboutCopiesTheDiagnostics()
{
    QVERIFY(LogFile::install(m_dir.filePath(u"logs2"_s), u"parceldesk.log"_s));
    AboutDialog dialog(m_db);
    QSignalSpy shown(&dialog, &AboutDialog::diagnosticsShown);
    dialog.show();
    auto *copy = dialog.findChild<QPushButton *>(u"copyDiagnostics"_s);
    auto *logs = dialog.findChild<QPushButton *>(u"openLogs"_s);
    QVERIFY(copy && logs);
    QVERIFY(logs->isEnabled());
    QVERIFY(shown.wait(20'000));
    QVERIFY(copy->isEnabled());
    QApplication::clipboard()->clear();
    copy->click();
    const QString copied = QApplication::clipboard()->text();
    QCOMPARE(copied, dialog.diagnostics());
    QVERIFY2(copied.contains(u"Schema:"_s), qPrintable(copied));
    QVERIFY2(
        copied.contains(u"Log:"_s) && copied.contains(u"parceldesk.log"_s), qPrintable(copied));
    if (const QString shots = qEnvironmentVariable("PARCELDESK_SCREENSHOT_DIR"); !shots.isEmpty())
        dialog.grab().save(QDir(shots).filePath(u"about.png"_s));
    LogFile::uninstall();
}

QTEST_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
