#include "store/database.h"
#include "store/migrations.h"
#include "store/wismosearch.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

namespace {

// Runs SQL on a file with SQLite's own API, outside ParcelDesk, as another tool would.
void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    const QString message = QString::fromUtf8(err ? err : "");
    sqlite3_free(err);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

QStringList tables(const Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migrationsAreNumberedWithoutGaps();
    void createsFreshDatabase();
    void refusesNewerSchemaAndLeavesFileUntouched();
    void upgradesOlderDatabaseKeepingData();
    void failedUpgradeRollsBack();
    void schemaNineIndexesWhatIsThere();
    void refusesForeignSqliteFile();
    void refusesFileThatIsNotADatabase();
    void refusesMissingFolder();
    void dashboardQueriesUseIndexes_data();
    void dashboardQueriesUseIndexes();
    void eachThreadHasItsOwnConnection();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::migrationsAreNumberedWithoutGaps()
{
    const auto migrations = builtinMigrations();
    QVERIFY(!migrations.isEmpty());
    for (qsizetype i = 0; i < migrations.size(); ++i)
        QCOMPARE(migrations[i].version, int(i) + 1);
    QCOMPARE(latestSchemaVersion(), int(migrations.size()));
}

void TestDatabase::createsFreshDatabase()
{
    const QString path = m_dir.filePath(u"fresh.sqlite"_s);
    const auto db = Database::open(path);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    QCOMPARE(db->schemaVersion(), latestSchemaVersion());
    const QStringList expected = {u"apology_rules"_s, u"audit_log"_s, u"carrier_accounts"_s,
        u"carrier_usage"_s, u"consents"_s, u"contact_daily"_s, u"contacts"_s, u"customer_terms"_s,
        u"customer_words"_s, u"customer_words_config"_s, u"customer_words_data"_s,
        u"customer_words_docsize"_s, u"customer_words_idx"_s, u"customers"_s,
        u"delivery_change_requests"_s, u"delivery_daily"_s, u"delivery_options"_s,
        u"disposition_rules"_s, u"feedback"_s, u"import_profiles"_s, u"message_parcels"_s,
        u"message_templates"_s, u"messages"_s, u"order_items"_s, u"orders"_s, u"problem_cases"_s,
        u"problem_rules"_s, u"return_items"_s, u"returns"_s, u"search_keys"_s, u"settings"_s,
        u"shipment_daily"_s, u"shipments"_s, u"tracking_events"_s, u"voucher_cases"_s,
        u"vouchers"_s};
    QCOMPARE(tables(*db), expected);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // Opening again is a no-op.
    QVERIFY(Database::open(path));
    db->releaseConnection();
}

void TestDatabase::refusesNewerSchemaAndLeavesFileUntouched()
{
    const QString path = m_dir.filePath(u"newer.sqlite"_s);
    rawExec(path,
        "CREATE TABLE future (x); INSERT INTO future VALUES (42); PRAGMA user_version = 999;");
    const QByteArray before = TestSupport::fileSha256(path);
    const auto db = Database::open(path);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(u"999"_s), qPrintable(db.error().message));
    QVERIFY(db.error().message.contains(path));
    QCOMPARE(TestSupport::fileSha256(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

namespace {

const Migration firstStep {1, u"notes"_s, u"CREATE TABLE notes (body TEXT NOT NULL);"_s};
const Migration secondStep {2, u"tags"_s,
    u"CREATE TABLE tags (name TEXT); "
    "ALTER TABLE notes ADD COLUMN tag TEXT NOT NULL DEFAULT 'none';"_s};
// Fails half-way: its first statement must not survive.
const Migration brokenStep {
    2, u"broken"_s, u"CREATE TABLE tags (name TEXT); CREATE TABLE notes (again TEXT);"_s};

int userVersion(const QString &path)
{
    sqlite3 *raw = nullptr;
    sqlite3_open(path.toUtf8().constData(), &raw);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(raw, "PRAGMA user_version", -1, &st, nullptr);
    const int version = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
    sqlite3_finalize(st);
    sqlite3_close(raw);
    return version;
}

} // namespace

void TestDatabase::schemaNineIndexesWhatIsThere()
{
    // A database of schema 8 with a customer, an order, a parcel, two contacts (the later one
    // stored first) and a delay notice sent between them.
    const QString path = m_dir.filePath(u"eight.sqlite"_s);
    const QList<Migration> all = builtinMigrations();
    QVERIFY(all.size() >= 9);
    {
        const auto v8 = Database::open(path, all.mid(0, 8));
        QVERIFY2(v8, v8 ? "" : qPrintable(v8.error().message));
        v8->releaseConnection();
    }
    rawExec(path,
        "INSERT INTO customers (id, name, email, phone, postcode, city, created_at) VALUES "
        "(7, 'Jürgen Weiß', 'J.Weiss@mail.example', '+49 170 1234567', '04109', 'Leipzig', 0);"
        "INSERT INTO orders (id, order_number, customer_id, placed_at) VALUES (3, 'PD-00000042', "
        "7, "
        "1000);"
        "INSERT INTO shipments (id, order_id, carrier, tracking_number, shipped_at, created_at) "
        "VALUES (5, 3, 'dhl', '00340434000000000005', 2000, 2000);"
        "INSERT INTO contacts (shipment_id, order_id, channel, reason, agent, occurred_at) VALUES "
        "(5, 3, 'phone', 'where_is_my_order', 'anna', 90000000), (5, 3, 'phone', "
        "'where_is_my_order', 'anna', 5000);"
        "INSERT INTO messages (customer_id, shipment_id, channel, language, kind, state, body, "
        "created_at, sent_at) VALUES (7, 5, 'email', 'de', 'delay_notice', 'sent', 'x', 6000, "
        "6000);");
    QCOMPARE(Database::storedSchemaVersion(path), 8);
    QCOMPARE(Database::storedSchemaVersion(m_dir.filePath(u"none.sqlite"_s)), 0);

    // Cancelled: nothing changes.
    const QByteArray before = TestSupport::fileSha256(path);
    std::atomic_bool cancel = true;
    const auto cancelled = Database::open(path, &cancel);
    QVERIFY(!cancelled);
    QVERIFY2(
        cancelled.error().message.contains(u"interrupt"_s), qPrintable(cancelled.error().message));
    QCOMPARE(Database::storedSchemaVersion(path), 8);
    QCOMPARE(TestSupport::fileSha256(path), before);

    const auto v9 = Database::open(path);
    QVERIFY2(v9, v9 ? "" : qPrintable(v9.error().message));
    QCOMPARE(v9->schemaVersion(), latestSchemaVersion());
    WismoSearch search;
    for (const QString &text : {u"j.weiss@mail.example"_s, u"0170 1234567"_s, u"42"_s, u"Jurgen"_s,
             u"Weiss Leipzig"_s, u"04109"_s}) {
        const auto hits = search.find(v9->connection(), text);
        QVERIFY2(hits && hits->size() == 1 && hits->front().orderId == 3, qPrintable(text));
    }
    // The first call was the first; the second repeated it, after the notice.
    QCOMPARE(TestSupport::scalar(*v9, u"SELECT sum(contacts) FROM contact_daily"_s), 2);
    QCOMPARE(TestSupport::scalar(*v9, u"SELECT repeats FROM contact_daily WHERE day = 1"_s), 1);
    QCOMPARE(TestSupport::scalar(*v9, u"SELECT told_first FROM contact_daily WHERE day = 1"_s), 1);
    QCOMPARE(
        TestSupport::scalar(*v9, u"SELECT repeats + told_first FROM contact_daily WHERE day = 0"_s),
        0);
    v9->releaseConnection();
}

void TestDatabase::upgradesOlderDatabaseKeepingData()
{
    const QString path = m_dir.filePath(u"older.sqlite"_s);
    {
        const auto v1 = Database::open(path, {firstStep});
        QVERIFY2(v1, v1 ? "" : qPrintable(v1.error().message));
        QCOMPARE(v1->schemaVersion(), 1);
        v1->releaseConnection();
    }
    rawExec(path, "INSERT INTO notes VALUES ('keep me');");
    const auto v2 = Database::open(path, {firstStep, secondStep});
    QVERIFY2(v2, v2 ? "" : qPrintable(v2.error().message));
    QCOMPARE(v2->schemaVersion(), 2);
    QSqlQuery q(v2->connection());
    QVERIFY(q.exec(u"SELECT body, tag FROM notes"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"keep me"_s);
    QCOMPARE(q.value(1).toString(), u"none"_s);
    QCOMPARE(tables(*v2), (QStringList {u"notes"_s, u"tags"_s}));
    v2->releaseConnection();
}

void TestDatabase::failedUpgradeRollsBack()
{
    const QString path = m_dir.filePath(u"broken.sqlite"_s);
    {
        const auto v1 = Database::open(path, {firstStep});
        QVERIFY(v1);
        v1->releaseConnection();
    }
    rawExec(path, "INSERT INTO notes VALUES ('still here');");
    const auto v2 = Database::open(path, {firstStep, brokenStep});
    QVERIFY(!v2);
    QVERIFY2(
        v2.error().message.contains(u"migration 2 (broken)"_s), qPrintable(v2.error().message));
    QVERIFY(v2.error().message.contains(path));
    QCOMPARE(userVersion(path), 1);
    const auto again = Database::open(path, {firstStep});
    QVERIFY(again);
    QCOMPARE(tables(*again), QStringList {u"notes"_s}); // "tags" was rolled back
    QSqlQuery q(again->connection());
    QVERIFY(q.exec(u"SELECT body FROM notes"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"still here"_s);
    again->releaseConnection();
}

void TestDatabase::refusesForeignSqliteFile()
{
    // Another program's SQLite file: tables, but no ParcelDesk schema version.
    const QString path = m_dir.filePath(u"foreign.sqlite"_s);
    rawExec(path, "CREATE TABLE returns (id INTEGER); INSERT INTO returns VALUES (1);");
    const QByteArray before = TestSupport::fileSha256(path);
    const auto db = Database::open(path);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(u"not a ParcelDesk database"_s),
        qPrintable(db.error().message));
    QVERIFY(db.error().message.contains(u"returns"_s));
    QCOMPARE(TestSupport::fileSha256(path), before);
    QCOMPARE(userVersion(path), 0);
}

void TestDatabase::refusesFileThatIsNotADatabase()
{
    const QString path = m_dir.filePath(u"orders.csv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("order_number,customer\nPD-1,Anna\n").repeated(200));
    f.close();
    const QByteArray before = TestSupport::fileSha256(path);
    const auto db = Database::open(path);
    QVERIFY(!db);
    QVERIFY(db.error().message.contains(path));
    QVERIFY2(db.error().message.contains(u"not a ParcelDesk database"_s),
        qPrintable(db.error().message));
    QCOMPARE(TestSupport::fileSha256(path), before);
}

void TestDatabase::refusesMissingFolder()
{
    const auto db = Database::open(m_dir.filePath(u"no/such/folder/x.sqlite"_s));
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(u"does not exist"_s), qPrintable(db.error().message));
}

void TestDatabase::dashboardQueriesUseIndexes_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("index");
    QTest::newRow("volume by day")
        << u"SELECT carrier, count(*) FROM shipments WHERE shipped_at >= 1 AND shipped_at < 2 GROUP BY carrier"_s
        << u"shipments_shipped"_s;
    QTest::newRow("in flight by status")
        << u"SELECT count(*) FROM shipments WHERE status_tag = 'InTransit'"_s
        << u"shipments_status"_s;
    QTest::newRow("due for polling")
        << u"SELECT id FROM shipments WHERE next_poll_at <= 5 ORDER BY next_poll_at"_s
        << u"shipments_due"_s;
    QTest::newRow("timeline")
        << u"SELECT * FROM tracking_events WHERE shipment_id = 7 ORDER BY occurred_at"_s
        << u"tracking_events_identity"_s;
    QTest::newRow("open cases")
        << u"SELECT * FROM problem_cases WHERE state = 'open' ORDER BY priority, due_at"_s
        << u"problem_cases_queue"_s;
    QTest::newRow("tracking number")
        << u"SELECT * FROM shipments WHERE tracking_number = 'x'"_s << u"shipments_tracking"_s;
    QTest::newRow("returns inflow")
        << u"SELECT count(*) FROM returns WHERE created_at >= 1"_s << u"returns_created"_s;
}

void TestDatabase::dashboardQueriesUseIndexes()
{
    QFETCH(QString, sql);
    QFETCH(QString, index);
    const auto db = Database::open(m_dir.filePath(u"plans.sqlite"_s));
    QVERIFY(db);
    QSqlQuery q(db->connection());
    QVERIFY2(q.exec(u"EXPLAIN QUERY PLAN "_s + sql), qPrintable(sql));
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + u'\n';
    QVERIFY2(plan.contains(index), qPrintable(plan));
    db->releaseConnection();
}

void TestDatabase::eachThreadHasItsOwnConnection()
{
    const auto db = Database::open(m_dir.filePath(u"threads.sqlite"_s));
    QVERIFY(db);
    const QString mainName = db->connection().connectionName();
    QString otherName;
    qint64 otherCount = -1;
    QThread *thread = QThread::create([&] {
        otherName = db->connection().connectionName();
        otherCount = ShipmentRepository(*db).count();
        db->releaseConnection();
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY(!otherName.isEmpty());
    QVERIFY(otherName != mainName);
    QCOMPARE(otherCount, 0);
    QVERIFY(!QSqlDatabase::contains(otherName));
    db->releaseConnection();
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
