#include "store/database.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// parceldeskctl purge, export-customer and privacy as a data-protection officer or a nightly
// job runs them, on the demo data.
class TestCtlPrivacy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refusesWhatItCannotDo_data();
    void refusesWhatItCannotDo();
    void purgeWithoutYesChangesNothing();
    void unknownAddressIsNamed();
    void exportsThePerson();
    void purgeWithYesErases();
    void retentionFromTheSetting();

private:
    using Run = TestSupport::ProgramRun;
    static Run ctl(const QStringList &arguments)
    {
        return TestSupport::runProgram(QStringLiteral(PARCELDESKCTL_PATH), arguments);
    }
    // Every row that holds the person's data (their record, messages, search keys), and how
    // many lines the audit log has.
    QStringList personRows() const;
    qint64 count(const QString &sql) const { return TestSupport::scalar(m_db, sql); }

    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
    qint64 m_customer = 0;
    QString m_email;
    QString m_order;
    QString m_otherEmail;
};

void TestCtlPrivacy::initTestCase()
{
    m_path = m_dir.filePath(u"privacy.sqlite"_s);
    m_db = TestSupport::seededDatabase(m_path, 400, QDateTime::currentMSecsSinceEpoch());
    QSqlQuery q(m_db.connection());
    // A customer with one record, an order and a message: the person who asks.
    QVERIFY(q.exec(u"SELECT c.id, c.email, o.order_number FROM customers c JOIN orders o ON "
                   "o.customer_id = c.id WHERE c.email IS NOT NULL AND EXISTS (SELECT 1 FROM "
                   "messages m WHERE m.customer_id = c.id) AND (SELECT count(*) FROM customers x "
                   "WHERE lower(x.email) = lower(c.email)) = 1 ORDER BY c.id LIMIT 1"_s)
        && q.next());
    m_customer = q.value(0).toLongLong();
    m_email = q.value(1).toString();
    m_order = q.value(2).toString();
    q.finish();
    QVERIFY(q.exec(u"SELECT email FROM customers WHERE email IS NOT NULL AND id != %1 "
                   "ORDER BY id DESC LIMIT 1"_s.arg(m_customer))
        && q.next());
    m_otherEmail = q.value(0).toString();
    q.finish();
    m_db.releaseConnection();
}

void TestCtlPrivacy::cleanupTestCase()
{
    m_db.releaseConnection();
}

QStringList TestCtlPrivacy::personRows() const
{
    QStringList list;
    QSqlQuery q(m_db.connection());
    for (const QString &sql : {u"SELECT * FROM customers WHERE id = %1"_s,
             u"SELECT * FROM messages WHERE customer_id = %1"_s,
             u"SELECT * FROM search_keys WHERE ref = %1 AND kind IN (3, 4, 5)"_s,
             u"SELECT count(*) FROM audit_log WHERE %1 IS NOT NULL"_s}) {
        if (!q.exec(sql.arg(m_customer)))
            qFatal("%s", qPrintable(sql));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            list << cells.join(u'|');
        }
    }
    m_db.releaseConnection();
    return list;
}

void TestCtlPrivacy::refusesWhatItCannotDo_data()
{
    QTest::addColumn<QStringList>("arguments"); // DB: --db and the file
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("err");
    QTest::newRow("purge without a database")
        << QStringList {u"purge"_s, u"--customer"_s, u"a@example.org"_s} << 2 << u"--db"_s;
    QTest::newRow("purge whom?") << QStringList {u"purge"_s, u"DB"_s} << 2 << u"--retention"_s;
    QTest::newRow("purge both") << QStringList {u"purge"_s, u"DB"_s, u"--customer"_s,
        u"a@example.org"_s, u"--retention"_s}
                                << 2 << u"--customer EMAIL or --retention"_s;
    QTest::newRow("days without retention") << QStringList {u"purge"_s, u"DB"_s, u"--customer"_s,
        u"a@example.org"_s, u"--days"_s, u"30"_s}
                                            << 2 << u"--days goes with --retention"_s;
    QTest::newRow("bad days") << QStringList {u"purge"_s, u"DB"_s, u"--retention"_s, u"--days"_s,
        u"a year"_s} << 2 << u"\"a year\""_s;
    QTest::newRow("retention not set") << QStringList {u"purge"_s, u"DB"_s, u"--retention"_s} << 2
                                       << u"privacy --retention-days N"_s;
    QTest::newRow("export whom?") << QStringList {u"export-customer"_s, u"DB"_s} << 2
                                  << u"one e-mail address"_s;
    QTest::newRow("export unknown")
        << QStringList {u"export-customer"_s, u"DB"_s, u"nobody@example.invalid"_s} << 1
        << u"nobody@example.invalid"_s;
    QTest::newRow("export to a missing folder") << QStringList {u"export-customer"_s, u"DB"_s,
        u"EMAIL"_s, u"--out"_s, u"/nonexistent/folder/out.json"_s}
                                                << 1 << u"/nonexistent/folder/out.json"_s;
    QTest::newRow("negative retention")
        << QStringList {u"privacy"_s, u"DB"_s, u"--retention-days"_s, u"-5"_s} << 2 << u"\"-5\""_s;
}

void TestCtlPrivacy::refusesWhatItCannotDo()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, err);
    const qsizetype at = arguments.indexOf(u"DB"_s);
    if (at >= 0)
        arguments.replace(at, u"--db="_s + m_path);
    const qsizetype email = arguments.indexOf(u"EMAIL"_s);
    if (email >= 0)
        arguments.replace(email, m_email);
    const QStringList before = personRows();
    const Run r = ctl(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(err), qPrintable(r.err));
    QCOMPARE(personRows(), before);
}

void TestCtlPrivacy::purgeWithoutYesChangesNothing()
{
    const QStringList before = personRows();
    const qint64 audit = count(u"SELECT count(*) FROM audit_log"_s);
    const Run r = ctl({u"purge"_s, u"--db"_s, m_path, u"--customer"_s, u"  "_s + m_email.toUpper(),
        u"--reason"_s, u"ticket 4711"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.startsWith(u"Would erase the personal data of "_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"(customer records %1)"_s.arg(m_customer)), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"--yes"_s), qPrintable(r.out));
    QCOMPARE(personRows(), before);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), audit);
}

void TestCtlPrivacy::unknownAddressIsNamed()
{
    const qint64 audit = count(u"SELECT count(*) FROM audit_log"_s);
    const Run r = ctl(
        {u"purge"_s, u"--db"_s, m_path, u"--customer"_s, u"nobody@example.invalid"_s, u"--yes"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"\"nobody@example.invalid\""_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), audit);
}

void TestCtlPrivacy::exportsThePerson()
{
    Run r = ctl({u"export-customer"_s, u"--db"_s, m_path, m_email});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.value(u"customers"_s).toArray().size(), 1);
    QCOMPARE(root.value(u"customers"_s).toArray().first().toObject().value(u"email"_s).toString(),
        m_email);
    bool hasOrder = false;
    const QJsonArray orders = root.value(u"orders"_s).toArray();
    for (const QJsonValue order : orders)
        hasOrder = hasOrder || order.toObject().value(u"order_number"_s).toString() == m_order;
    QVERIFY(hasOrder);
    QVERIFY(!root.value(u"messages"_s).toArray().isEmpty());
    QVERIFY(!r.out.contains(m_otherEmail));

    const QString file = m_dir.filePath(u"person.json"_s);
    r = ctl({u"export-customer"_s, u"--db"_s, m_path, m_email, u"--out"_s, file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(file));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QJsonObject fromFile = QJsonDocument::fromJson(written.readAll()).object();
    QCOMPARE(fromFile.value(u"orders"_s), root.value(u"orders"_s));
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'exported' AND actor = "
                   "'tester' AND entity_id = %1"_s.arg(m_customer)),
        2);
}

void TestCtlPrivacy::purgeWithYesErases()
{
    const qint64 shipments = count(u"SELECT count(*) FROM shipments"_s);
    const qint64 messages = count(u"SELECT count(*) FROM messages"_s);
    Run r = ctl({u"purge"_s, u"--db"_s, m_path, u"--customer"_s, m_email, u"--yes"_s, u"--reason"_s,
        u"ticket 4711"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(
        r.out.startsWith(u"Erased the personal data of customer records %1: "_s.arg(m_customer)),
        qPrintable(r.out));
    QCOMPARE(count(u"SELECT count(*) FROM customers WHERE id = %1 AND email IS NULL AND "
                   "erased_at IS NOT NULL"_s.arg(m_customer)),
        1);
    QCOMPARE(count(u"SELECT count(*) FROM messages WHERE customer_id = %1 AND (body != '' OR "
                   "recipient IS NOT NULL)"_s.arg(m_customer)),
        0);
    QCOMPARE(count(u"SELECT count(*) FROM shipments"_s), shipments);
    QCOMPARE(count(u"SELECT count(*) FROM messages"_s), messages);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'erased' AND actor = 'tester' "
                   "AND detail LIKE '%reason: ticket 4711'"_s),
        1);

    // The desk no longer finds the address; the order is still there, under no name.
    r = ctl({u"wismo"_s, u"find"_s, m_email, u"--db"_s, m_path, u"--json"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"nothing found"_s), qPrintable(r.err));
    r = ctl({u"wismo"_s, u"find"_s, m_otherEmail, u"--db"_s, m_path, u"--json"_s});
    QVERIFY2(!QJsonDocument::fromJson(r.out.toUtf8()).array().isEmpty(), qPrintable(r.out));
    r = ctl({u"wismo"_s, u"find"_s, m_order, u"--db"_s, m_path, u"--json"_s});
    QVERIFY2(!QJsonDocument::fromJson(r.out.toUtf8()).array().isEmpty(), qPrintable(r.err));

    // Gone: the address is unknown now.
    r = ctl({u"purge"_s, u"--db"_s, m_path, u"--customer"_s, m_email, u"--yes"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(m_email));
}

void TestCtlPrivacy::retentionFromTheSetting()
{
    Run r = ctl({u"privacy"_s, u"--db"_s, m_path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(u"Retention: off."_s), qPrintable(r.out));

    r = ctl({u"privacy"_s, u"--db"_s, m_path, u"--retention-days"_s, u"60"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"60 day"_s), qPrintable(r.out));
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - 60 * 86'400'000LL;
    const QString dueSql = u"SELECT count(*) FROM customers c WHERE c.erased_at IS NULL AND "
                           "coalesce((SELECT max(placed_at) FROM orders o WHERE o.customer_id = "
                           "c.id), c.created_at) < %1"_s;
    const qint64 due = count(dueSql.arg(cutoff));
    QVERIFY(due > 0); // the demo data spans 90 days
    QVERIFY2(r.out.contains(u"Due now: %1 customer"_s.arg(due)), qPrintable(r.out));
    const qint64 erasedBefore
        = count(u"SELECT count(*) FROM customers WHERE erased_at IS NOT NULL"_s);

    r = ctl({u"purge"_s, u"--db"_s, m_path, u"--retention"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Erasing"_s), qPrintable(r.err)); // the progress
    QVERIFY2(r.out.contains(u"%1 customer"_s.arg(due)), qPrintable(r.out));
    QCOMPARE(
        count(u"SELECT count(*) FROM customers WHERE erased_at IS NOT NULL"_s), erasedBefore + due);
    QCOMPARE(count(dueSql.arg(cutoff)), 0);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'retention'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'changed' AND entity = "
                   "'setting' AND detail = 'privacy.retention_days=60'"_s),
        1);
}

QTEST_GUILESS_MAIN(TestCtlPrivacy)
#include "tst_ctlprivacy.moc"
