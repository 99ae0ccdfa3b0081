#include "datagen/demodatagenerator.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

namespace {

const qint64 fixedNow
    = QDateTime::fromString(u"2026-11-18T15:30:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();

QByteArray contentDigest(const QString &path)
{
    const auto db = Database::open(path);
    if (!db)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q(db->connection());
    for (const QString &table : {u"customers"_s, u"orders"_s, u"shipments"_s, u"tracking_events"_s,
             u"problem_cases"_s, u"returns"_s}) {
        q.exec(u"SELECT * FROM %1 ORDER BY id"_s.arg(table));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(QByteArray(q.value(i).toString().toUtf8() + '\x1f'));
        }
    }
    db->releaseConnection();
    return hash.result();
}

double scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toDouble();
}

} // namespace

class TestDemoSeed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sameSeedSameData();
    void proportionsAreRealistic_data();
    void proportionsAreRealistic();
    void customersLookReal();
    void shipmentStateIsConsistent();
    void refusesToOverwriteUnlessAsked();
    void cancelLeavesNoFile();

private:
    QTemporaryDir m_dir;
    QString m_mainPath;
    Database m_main;
    DemoSeedSummary m_summary;
};

void TestDemoSeed::initTestCase()
{
    m_mainPath = m_dir.filePath(u"main.sqlite"_s);
    DemoSeedOptions options;
    options.shipments = 6000;
    options.seed = 11;
    options.nowMs = fixedNow;
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    const auto result
        = DemoDataGenerator::seed(m_mainPath, options, [&](qint64 done, qint64 total) {
              QVERIFY(done >= lastDone);
              lastDone = done;
              lastTotal = total;
          });
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    m_summary = *result;
    QCOMPARE(lastDone, 6000);
    QCOMPARE(lastTotal, 6000);
    QCOMPARE(m_summary.shipments, 6000);
    QVERIFY(!QFile::exists(m_mainPath + u".seeding"_s));
    const auto db = Database::open(m_mainPath);
    QVERIFY(db);
    m_main = *db;
}

void TestDemoSeed::cleanupTestCase()
{
    m_main.releaseConnection();
}

void TestDemoSeed::sameSeedSameData()
{
    DemoSeedOptions options;
    options.shipments = 1500;
    options.seed = 5;
    options.nowMs = fixedNow;
    const QString a = m_dir.filePath(u"a.sqlite"_s);
    const QString b = m_dir.filePath(u"b.sqlite"_s);
    const QString c = m_dir.filePath(u"c.sqlite"_s);
    QVERIFY(DemoDataGenerator::seed(a, options));
    QVERIFY(DemoDataGenerator::seed(b, options));
    options.seed = 6;
    QVERIFY(DemoDataGenerator::seed(c, options));
    const QByteArray digestA = contentDigest(a);
    QVERIFY(!digestA.isEmpty());
    QCOMPARE(contentDigest(b), digestA);
    QVERIFY(contentDigest(c) != digestA);
}

void TestDemoSeed::proportionsAreRealistic_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    const QString outbound = u"direction = 'outbound'"_s;
    QTest::newRow("six carriers") << u"SELECT count(DISTINCT carrier) FROM shipments"_s << 6.0
                                  << 6.0;
    QTest::newRow("six destination countries")
        << u"SELECT count(DISTINCT dest_country) FROM shipments WHERE direction = 'outbound'"_s
        << 6.0 << 6.0;
    QTest::newRow("cross-border share")
        << u"SELECT avg(origin_country != dest_country) FROM shipments WHERE direction = 'outbound'"_s
        << 0.25 << 0.6;
    QTest::newRow("exceptions about 5 %")
        << u"SELECT avg(EXISTS (SELECT 1 FROM tracking_events e WHERE e.shipment_id = s.id AND "
           "e.sub_status IN ('Damaged', 'AddressIssue', 'CustomsDelay'))) FROM shipments s WHERE direction = 'outbound'"_s
        << 0.025 << 0.07;
    QTest::newRow("late about 8 %")
        << u"SELECT avg(delivered_at > promised_at) FROM shipments WHERE direction = 'outbound' AND delivered_at IS NOT NULL"_s
        << 0.05 << 0.12;
    QTest::newRow("failed attempts")
        << u"SELECT avg(EXISTS (SELECT 1 FROM tracking_events e WHERE e.shipment_id = s.id AND "
           "e.status_tag = 'AttemptFail')) FROM shipments s WHERE direction = 'outbound'"_s
        << 0.03 << 0.10;
    QTest::newRow("returned to sender")
        << u"SELECT avg(sub_status = 'ReturnedToSender') FROM shipments WHERE direction = 'outbound'"_s
        << 0.005 << 0.04;
    QTest::newRow("fashion returns about 20 %")
        << u"SELECT avg(EXISTS (SELECT 1 FROM returns r WHERE r.order_id = o.id)) FROM orders o "
           "WHERE category = 'fashion' AND placed_at < (SELECT max(placed_at) FROM orders) - 30 * 86400000"_s
        << 0.12 << 0.26;
    QTest::newRow("electronics returns are rarer")
        << u"SELECT avg(EXISTS (SELECT 1 FROM returns r WHERE r.order_id = o.id)) FROM orders o "
           "WHERE category = 'electronics' AND placed_at < (SELECT max(placed_at) FROM orders) - 30 * 86400000"_s
        << 0.0 << 0.11;
    QTest::newRow("events per parcel")
        << u"SELECT avg(n) FROM (SELECT count(*) n FROM tracking_events GROUP BY shipment_id)"_s
        << 5.0 << 11.0;
    QTest::newRow("parcels in flight now")
        << u"SELECT avg(next_poll_at IS NOT NULL) FROM shipments WHERE direction = 'outbound'"_s
        << 0.02 << 0.15;
    QTest::newRow("90 days of history, in days")
        << u"SELECT (max(shipped_at) - min(shipped_at)) / 86400000.0 FROM shipments WHERE direction = 'outbound'"_s
        << 85.0 << 90.5;
    QTest::newRow("German texts from DHL in Germany")
        << u"SELECT count(*) FROM tracking_events WHERE carrier_text LIKE '%zugestellt%'"_s << 100.0
        << 1e9;
    QTest::newRow("no event in the future")
        << u"SELECT count(*) FROM tracking_events WHERE occurred_at > (SELECT value FROM settings WHERE key = 'demo.now')"_s
        << 0.0 << 0.0;
    QTest::newRow("time offsets recorded")
        << u"SELECT count(*) FROM tracking_events WHERE utc_offset_min IS NULL"_s << 0.0 << 0.0;
    QTest::newRow("US offsets are negative")
        << u"SELECT max(utc_offset_min) FROM tracking_events e JOIN shipments s ON s.id = "
           u"e.shipment_id "
           "WHERE s.origin_country = 'US' AND s.dest_country = 'US'"_s
        << -600.0 << -240.0;
    QTest::newRow("open problem cases exist")
        << u"SELECT count(*) FROM problem_cases WHERE state = 'open'"_s << 20.0 << 1e9;
}

void TestDemoSeed::proportionsAreRealistic()
{
    QFETCH(QString, sql);
    QFETCH(double, low);
    QFETCH(double, high);
    const double value = scalar(m_main, sql);
    QVERIFY2(value >= low && value <= high,
        qPrintable(u"%1 is outside [%2, %3]"_s.arg(value).arg(low).arg(high)));
}

void TestDemoSeed::customersLookReal()
{
    QSqlQuery q(m_main.connection());
    QVERIFY(q.exec(u"SELECT country, language, postcode, email, phone, name FROM customers"_s));
    const QHash<QString, QRegularExpression> postcode = {
        {u"DE"_s, QRegularExpression(u"^\\d{5}$"_s)},
        {u"AT"_s, QRegularExpression(u"^\\d{4}$"_s)},
        {u"NL"_s, QRegularExpression(u"^\\d{4} [A-Z]{2}$"_s)},
        {u"FR"_s, QRegularExpression(u"^\\d{5}$"_s)},
        {u"PL"_s, QRegularExpression(u"^\\d{2}-\\d{3}$"_s)},
        {u"US"_s, QRegularExpression(u"^\\d{5}$"_s)},
    };
    const QRegularExpression email(u"^[a-z0-9.]+@[a-z.]+$"_s);
    int rows = 0;
    QSet<QString> languages;
    while (q.next()) {
        ++rows;
        const QString country = q.value(0).toString();
        const QString language = q.value(1).toString();
        languages.insert(language);
        if (country == u"DE" || country == u"AT")
            QCOMPARE(language, u"de"_s);
        QVERIFY2(postcode.value(country).match(q.value(2).toString()).hasMatch(),
            qPrintable(country + u' ' + q.value(2).toString()));
        QVERIFY2(email.match(q.value(3).toString()).hasMatch(), qPrintable(q.value(3).toString()));
        QVERIFY(q.value(4).toString().startsWith(u'+'));
        QVERIFY(q.value(5).toString().contains(u' '));
    }
    QCOMPARE(rows, int(m_summary.customers));
    QCOMPARE(languages, (QSet<QString> {u"de"_s, u"en"_s}));
    // Repeat customers: fewer customers than orders.
    QVERIFY(m_summary.customers < m_summary.orders * 0.8);
}

void TestDemoSeed::shipmentStateIsConsistent()
{
    QCOMPARE(
        scalar(m_main,
            u"SELECT count(*) FROM shipments WHERE status_tag = 'Delivered' AND delivered_at IS NULL"_s),
        0.0);
    QCOMPARE(
        scalar(m_main,
            u"SELECT count(*) FROM shipments WHERE (next_poll_at IS NULL) != "
            "(status_tag IN ('Delivered', 'Expired') OR sub_status IN ('ReturnedToSender', 'Lost'))"_s),
        0.0);
    QCOMPARE(scalar(m_main,
                 u"SELECT count(*) FROM shipments s WHERE last_event_at != "
                 "(SELECT max(occurred_at) FROM tracking_events e WHERE e.shipment_id = s.id)"_s),
        0.0);
    QCOMPARE(scalar(m_main,
                 u"SELECT count(*) FROM returns r JOIN shipments s ON s.id = r.shipment_id "
                 "WHERE s.direction != 'return'"_s),
        0.0);
    QCOMPARE(scalar(m_main, u"SELECT count(*) FROM shipments"_s),
        double(m_summary.shipments + m_summary.returnShipments));
    QCOMPARE(scalar(m_main, u"SELECT count(*) FROM tracking_events"_s), double(m_summary.events));
    QCOMPARE(scalar(m_main, u"SELECT count(DISTINCT tracking_number) FROM shipments"_s),
        double(m_summary.shipments + m_summary.returnShipments));
    QSqlQuery q(m_main.connection());
    QVERIFY(q.exec(u"PRAGMA foreign_key_check"_s));
    QVERIFY(!q.next());
}

void TestDemoSeed::refusesToOverwriteUnlessAsked()
{
    DemoSeedOptions options;
    options.shipments = 50;
    options.nowMs = fixedNow;
    const auto refused = DemoDataGenerator::seed(m_mainPath, options);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"--replace"_s), qPrintable(refused.error().message));
    QCOMPARE(
        scalar(m_main, u"SELECT count(*) FROM shipments WHERE direction = 'outbound'"_s), 6000.0);

    // A database that is open elsewhere (here: this test's own connection) is never replaced.
    DemoSeedOptions replaceOpen = options;
    replaceOpen.replace = true;
    const auto busy = DemoDataGenerator::seed(m_mainPath, replaceOpen);
    QVERIFY(!busy);
    QVERIFY2(busy.error().message.contains(u"open in another program"_s),
        qPrintable(busy.error().message));
    QCOMPARE(
        scalar(m_main, u"SELECT count(*) FROM shipments WHERE direction = 'outbound'"_s), 6000.0);

    const QString other = m_dir.filePath(u"replace.sqlite"_s);
    QVERIFY(DemoDataGenerator::seed(other, options));
    options.replace = true;
    options.shipments = 70;
    const auto replaced = DemoDataGenerator::seed(other, options);
    QVERIFY(replaced);
    QCOMPARE(replaced->shipments, 70);
}

void TestDemoSeed::cancelLeavesNoFile()
{
    const QString path = m_dir.filePath(u"cancelled.sqlite"_s);
    std::atomic_bool cancel = false;
    DemoSeedOptions options;
    options.shipments = 50'000;
    options.nowMs = fixedNow;
    const auto result = DemoDataGenerator::seed(
        path, options, [&](qint64 done, qint64) { cancel = done >= 10'000; }, &cancel);
    QVERIFY(!result);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + u".seeding"_s));
}

QTEST_GUILESS_MAIN(TestDemoSeed)
#include "tst_demoseed.moc"
