#include "pgsupport.h"
#include "store/database.h"
#include "store/wismosearch.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

namespace {

// The SQLite word index is an FTS5 table with its vocabulary; PostgreSQL has a table of words
// and a view in their place. Both engines have these names, but not the same columns, and
// SQLite keeps its index in shadow tables of its own.
const QStringList fullTextObjects {u"customer_words"_s, u"customer_terms"_s};
const QStringList fullTextShadowTables {u"customer_words_config"_s, u"customer_words_data"_s,
    u"customer_words_docsize"_s, u"customer_words_idx"_s};

QString text(const QVariant &value)
{
    return value.isNull() ? u"NULL"_s : value.toString();
}

// The rows of sql as text; on failure *error says why (and the rows are empty).
QList<QStringList> rows(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        *error = sql + u": "_s + q.lastError().text();
        return {};
    }
    QList<QStringList> all;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << text(q.value(i));
        all << row;
    }
    return all;
}

// The first column of each row, sorted.
QStringList firstColumn(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QStringList values;
    for (const QStringList &row : rows(db, sql, error))
        values << row.value(0);
    values.sort();
    return values;
}

// What two sorted lists do not share, in words; empty when they are the same.
QString difference(const QString &what, QStringList sqlite, QStringList postgres)
{
    sqlite.sort();
    postgres.sort();
    QStringList onlySqlite, onlyPostgres;
    std::set_difference(sqlite.cbegin(), sqlite.cend(), postgres.cbegin(), postgres.cend(),
        std::back_inserter(onlySqlite));
    std::set_difference(postgres.cbegin(), postgres.cend(), sqlite.cbegin(), sqlite.cend(),
        std::back_inserter(onlyPostgres));
    if (onlySqlite.isEmpty() && onlyPostgres.isEmpty())
        return {};
    return u"%1: only in SQLite [%2]; only in PostgreSQL [%3]"_s.arg(
        what, onlySqlite.join(u"; "_s), onlyPostgres.join(u"; "_s));
}

// A column as both engines must describe it: name, kind of value, whether it may be NULL (a
// primary key column never is), default. SQLite's INTEGER is PostgreSQL's bigint.
QString describe(const QSqlField &field, bool inPrimaryKey)
{
    QString type = QString::fromLatin1(field.metaType().name());
    if (field.metaType().id() == QMetaType::Int)
        type = QString::fromLatin1(QMetaType::fromType<qlonglong>().name());
    const bool required = inPrimaryKey || field.requiredStatus() == QSqlField::Required;
    return u"%1 %2%3 default %4"_s.arg(
        field.name(), type, required ? u" NOT NULL"_s : QString(), text(field.defaultValue()));
}

// One step of the scenario both engines run; a step that must be refused is marked.
struct Step
{
    QString sql;
    bool refused = false;
};

constexpr qint64 hour = 3'600'000;
constexpr qint64 day = 86'400'000;

// A moment as SQL text: day d (UTC days since the epoch), hour h.
QString at(qint64 d, qint64 h = 0)
{
    return QString::number(d * day + h * hour);
}

// Every change the triggers follow, in single- and multi-row statements, in SQL both engines
// take as it is written: customers and orders (search keys, words), parcels shipped, moved,
// delivered, re-promised and deleted (the daily tables), failed attempts removed, a return
// parcel on its way, contacts and messages in and out of order (the contact figures and flags),
// and statements the constraints refuse.
QList<Step> scenario()
{
    QList<Step> steps;
    const auto step = [&](const QString &sql) { steps.append({sql, false}); };
    const auto refused = [&](const QString &sql) { steps.append({sql, true}); };

    step(u"INSERT INTO customers (name, email, phone, postcode, city, language, created_at) "
         "VALUES ('Anna Müller', 'Anna.Mueller@mail.example', '+49 151 2345678', '10115', "
         "'Berlin', 'de', 1)"_s);
    step(u"INSERT INTO customers (name, email, phone, postcode, city, language, created_at) "
         "VALUES ('Bob de Vries', 'bob@web.example', '0031 20 1234567', '1012 AB', 'Amsterdam', "
         "'en', 2), ('Carl Jørgensen', 'carl@post.example', '(212) 555-0100', '10001', "
         "'New York', 'en', 3), ('Eva Strauß', ' EVA@Mail.Example ', '0151 7654321', "
         "'80 331', 'München', 'de', 4), ('Dora Quast', NULL, NULL, NULL, 'Köln', 'de', 5)"_s);
    step(u"INSERT INTO orders (order_number, customer_id, placed_at) VALUES "
         "('PD-01000001', 1, 1000), ('PD-01000002', 1, 2000), ('#1001', 2, 3000), "
         "('pd_0100/0010', 3, 4000), ('SE-77', 4, 5000)"_s);

    // Parcels: delivered on the promised date after a failed attempt; delivered late; on its
    // way; a return parcel; one without an order, lost; one delivered after three attempts.
    const QString shipment = u"INSERT INTO shipments (order_id, carrier, tracking_number, "
                             "direction, status_tag, sub_status, status_at, shipped_at, "
                             "promised_at, delivered_at, failed_attempts, created_at) VALUES "_s;
    step(shipment
        + u"(1, 'dhl', '00340434161094042557', 'outbound', 'Delivered', 'Delivered', %1, %2, %3, "
          "%1, 1, 1)"_s.arg(at(3, 2), at(1, 1), at(3)));
    step(shipment
        + u"(2, 'dpd', '01234567890123', 'outbound', 'Delivered', 'Delivered', %1, %2, %3, %1, 0, "
          "1), (3, 'ups', '1Z999AA10123456784', 'outbound', 'InTransit', 'InTransit', %4, %4, "
          "%5, NULL, 0, 1), (1, 'dhl', '00340434161094042564', 'return', 'Pending', 'Pending', "
          "%6, %6, NULL, NULL, 0, 1)"_s.arg(at(3), at(1, 2), at(2, 5), at(2), at(4), at(3)));
    step(shipment
        + u"(NULL, 'gls', 'ZX81SPECTRUM64', 'outbound', 'Exception', 'Lost', %1, %1, NULL, NULL, "
          "0, 1), (4, 'fedex', '123456789012', 'outbound', 'Delivered', 'Delivered', %2, %3, "
          "NULL, %2, 3, 1), (4, 'fedex', '123456789029', 'outbound', 'Delivered', 'Delivered', "
          "%2, %3, NULL, %2, 0, 1)"_s.arg(at(2), at(2, 8), at(1)));

    const QString event = u"INSERT INTO tracking_events (shipment_id, occurred_at, carrier_code, "
                          "status_tag, sub_status, identity, received_at) VALUES "_s;
    step(event
        + u"(1, %1, 'AF', 'AttemptFail', 'AttemptFail', 1, 1), (1, %2, 'DL', 'Delivered', "
          "'Delivered', 2, 1), (4, %3, 'IR', 'InfoReceived', 'InfoReceived', 1, 1), (4, %4, "
          "'PU', 'InTransit', 'PickedUp', 2, 1)"_s.arg(at(2, 9), at(3, 2), at(3, 1), at(3, 5)));
    step(event
        + u"(6, %1, 'AF', 'AttemptFail', 'AttemptFail', 1, 1), (6, %2, 'AF', 'AttemptFail', "
          "'AttemptFail', 2, 1), (6, %3, 'AF', 'AttemptFail', 'AttemptFail', 3, 1)"_s.arg(
              at(1, 9), at(1, 12), at(2, 1)));

    step(u"INSERT INTO returns (order_id, shipment_id, rma, reason_code, created_at) VALUES "
         "(1, 4, 'RMA-1', 'too_small', %1), (2, NULL, 'RMA-2', 'defective', %1)"_s.arg(at(3)));
    step(u"INSERT INTO problem_cases (shipment_id, kind, opened_at) VALUES (3, 'late', 1)"_s);

    // The return parcel is picked up, then delivered to the warehouse.
    step(u"UPDATE shipments SET status_tag = 'InTransit', sub_status = 'InTransit', "
         "status_at = %1 WHERE id = 4"_s.arg(at(3, 6)));
    step(u"UPDATE shipments SET status_tag = 'Delivered', sub_status = 'Delivered', "
         "status_at = %1, delivered_at = %1 WHERE id = 4"_s.arg(at(4, 1)));

    // Failed attempts taken back: the last one of a delivered parcel, then two of three.
    step(u"DELETE FROM tracking_events WHERE shipment_id = 1 AND status_tag = 'AttemptFail'"_s);
    step(u"DELETE FROM tracking_events WHERE shipment_id = 6 AND identity IN (1, 2)"_s);

    // Parcels moved to other days, carriers, directions and promises.
    step(u"UPDATE shipments SET shipped_at = shipped_at + %1 WHERE id IN (2, 3)"_s.arg(day));
    step(u"UPDATE shipments SET shipped_at = shipped_at + 1 WHERE id = 5"_s);
    step(u"UPDATE shipments SET carrier = 'dhl_express' WHERE carrier = 'dhl'"_s);
    step(u"UPDATE shipments SET promised_at = NULL WHERE id = 2"_s);
    step(u"UPDATE shipments SET promised_at = %1 WHERE id IN (6, 7)"_s.arg(at(2)));
    step(u"UPDATE shipments SET direction = 'return' WHERE id IN (2, 3)"_s);
    step(u"UPDATE shipments SET direction = 'return', carrier = 'fedex_ground' WHERE id = 7"_s);

    // Contacts out of order, one statement with two; then messages before and after them.
    const QString contact = u"INSERT INTO contacts (shipment_id, order_id, channel, reason, "
                            "agent, occurred_at) VALUES "_s;
    step(contact + u"(NULL, 1, 'phone', 'where_is_my_order', 'ann', %1)"_s.arg(at(2, 1)));
    step(contact
        + u"(1, 1, 'email', 'not_received', 'ann', %1), (5, NULL, 'chat', 'other', 'bo', %2)"_s.arg(
            at(1, 5), at(2)));
    step(contact
        + u"(3, 3, 'phone', 'where_is_my_order', 'bo', %1), (5, NULL, 'phone', 'other', 'ann', "
          "%1), (5, NULL, 'email', 'damaged', 'bo', %2)"_s.arg(at(3), at(2)));
    step(contact + u"(NULL, 4, 'other', 'return', 'ann', %1)"_s.arg(at(4)));

    const QString message = u"INSERT INTO messages (customer_id, shipment_id, channel, language, "
                            "kind, state, body, created_at, sent_at) VALUES "_s;
    step(message + u"(1, NULL, 'email', 'de', 'delay_notice', 'sent', 'b', 1, %1)"_s.arg(at(1, 2)));
    step(message + u"(2, NULL, 'email', 'en', 'delay_notice', 'draft', 'b', 1, NULL)"_s);
    step(message
        + u"(1, 1, 'sms', 'de', 'delay_notice', 'sent', 'b', 1, %1), (3, 6, 'email', 'en', "
          "'delay_notice', 'sent', 'b', 1, %2)"_s.arg(at(2), at(1)));
    step(u"UPDATE messages SET state = 'sent', sent_at = %1 WHERE id = 2"_s.arg(at(2)));
    step(u"DELETE FROM messages WHERE id = 1"_s);
    step(u"UPDATE messages SET state = 'queued' WHERE customer_id = 3"_s);

    // Contacts moved: later, to another order, to a parcel without an order; one moved to a new
    // day with its flag set in the same statement; then deleted, one and several at a time.
    step(u"UPDATE contacts SET occurred_at = occurred_at + %1 WHERE id = 2"_s.arg(day));
    step(u"UPDATE contacts SET order_id = 2 WHERE id = 1"_s);
    step(u"UPDATE contacts SET order_id = NULL, shipment_id = 5 WHERE id = 6"_s);
    step(u"UPDATE contacts SET occurred_at = %1, told_first = 0 WHERE id = 4"_s.arg(at(6)));
    step(u"UPDATE contacts SET occurred_at = occurred_at - %1 WHERE order_id IS NOT NULL"_s.arg(
        2 * hour));
    step(u"UPDATE contacts SET repeated = 0 WHERE shipment_id = 5"_s);
    step(u"DELETE FROM contacts WHERE id = 3"_s);
    step(u"DELETE FROM contacts WHERE shipment_id = 5"_s);

    // Customers and orders renamed, renumbered and deleted.
    step(u"UPDATE customers SET name = 'Erika Lund', email = 'erika@mail.example', "
         "phone = '+46 70 7654321' WHERE id = 4"_s);
    step(u"UPDATE customers SET city = 'Hamburg', postcode = '20095' WHERE id = 1"_s);
    step(u"UPDATE customers SET language = 'fr' WHERE id = 2"_s);
    step(u"UPDATE orders SET order_number = 'SE-78' WHERE id = 5"_s);
    step(u"UPDATE orders SET total_cents = 990 WHERE id = 3"_s);
    step(u"INSERT INTO orders (order_number, customer_id, placed_at) VALUES ('AB-0042', 5, 1)"_s);
    step(u"DELETE FROM contacts WHERE order_id = 5"_s);
    step(u"DELETE FROM orders WHERE id IN (5, 6)"_s);
    refused(u"DELETE FROM customers WHERE id = 1"_s);
    step(u"DELETE FROM customers WHERE id = 5"_s);

    // Parcels deleted, their scans with them (once no message points to them).
    refused(u"DELETE FROM shipments WHERE id = 6"_s);
    step(u"DELETE FROM messages WHERE shipment_id = 6"_s);
    step(u"DELETE FROM shipments WHERE id = 6"_s);
    step(u"DELETE FROM shipments WHERE id IN (2, 7)"_s);

    // Rows the constraints refuse, last: a refused insert uses up an id on PostgreSQL (a
    // sequence never goes back), not on SQLite, and the ids of both must stay the same.
    refused(u"INSERT INTO orders (order_number, customer_id, placed_at) "
            "VALUES ('PD-01000001', 1, 1)"_s);
    refused(u"INSERT INTO orders (order_number, customer_id, placed_at) VALUES ('X-1', 99, 1)"_s);
    refused(u"INSERT INTO shipments (carrier, tracking_number, direction, shipped_at, created_at) "
            "VALUES ('dhl', 'X', 'sideways', 1, 1)"_s);
    refused(event + u"(1, 1, 'DL', 'Delivered', 'Delivered', 2, 1)"_s);
    refused(u"INSERT INTO return_items (return_id, category, quantity, reason_code, disposition) "
            "VALUES (1, 'shoes', 1, 'too_small', 'landfill')"_s);
    refused(u"INSERT INTO problem_cases (shipment_id, kind, opened_at) VALUES (3, 'late', 2)"_s);
    refused(u"INSERT INTO feedback (order_id, rating, submitted_at, source, imported_at) "
            "VALUES (1, 6, 1, 'survey.csv:2', 1)"_s);
    refused(u"INSERT INTO consents (customer_id, channel, granted, source, at) "
            "VALUES (1, 'email', 2, 'agent', 1)"_s);
    refused(contact + u"(NULL, NULL, 'phone', 'other', 'ann', 1)"_s);
    refused(contact + u"(NULL, 1, 'fax', 'other', 'ann', 1)"_s);
    return steps;
}

} // namespace

// The PostgreSQL schema (resources/sql/pg) is the SQLite schema that the SQLite migrations
// build: the same tables, columns, keys, indexes and triggers, and the same rows after the same
// changes; the WISMO search finds the same on both.
class TestPgSchema final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sameTablesAndViews();
    void sameColumns();
    void sameKeys();
    void sameForeignKeys();
    void sameIndexes();
    void sameTriggers();
    void sameRowsAfterTheSameChanges();
    void sameWordsAndSearchHits();

private:
    // Tables (or views) of the schema that both engines describe alike.
    QStringList comparableTables(QSql::TableType type) const;
    QStringList primaryKey(const QSqlDatabase &db, const QString &table) const;

    QTemporaryDir m_dir;
    Database m_sqliteStore;
    QSqlDatabase m_sqlite;
    QSqlDatabase m_postgres;
    QString m_databaseName;
};

void TestPgSchema::initTestCase()
{
    const QString why = TestSupport::pgUnavailable();
    if (!why.isEmpty() && qEnvironmentVariableIntValue("PARCELDESK_REQUIRE_PG") == 1)
        QFAIL(qPrintable(why));
    if (!why.isEmpty())
        QSKIP(qPrintable(why));

    // A database of this run's own, made from nothing by the PostgreSQL migrations.
    m_databaseName = u"pgschema_%1_%2"_s.arg(QCoreApplication::applicationPid())
                         .arg(QDateTime::currentMSecsSinceEpoch());
    {
        QSqlDatabase admin = TestSupport::pgConnection(u"pgschema-admin"_s);
        QVERIFY2(admin.isOpen(), qPrintable(admin.lastError().text()));
        QSqlQuery q(admin);
        QVERIFY2(q.exec(u"CREATE DATABASE "_s + m_databaseName), qPrintable(q.lastError().text()));
    }
    const QUrl url(TestSupport::pgUrl());
    m_postgres = QSqlDatabase::addDatabase(u"QPSQL"_s, u"pgschema"_s);
    m_postgres.setHostName(url.host());
    m_postgres.setPort(url.port(5432));
    m_postgres.setUserName(url.userName());
    m_postgres.setDatabaseName(m_databaseName);
    QVERIFY2(m_postgres.open(), qPrintable(m_postgres.lastError().text()));

    // The files as the migration runner applies them (libpq runs each whole file and stops at
    // its first error, which Qt's driver would not report past the first statement).
    QVERIFY2(QDir(u":/sql/pg"_s).exists(u"013_baseline.sql"_s), "no baseline in :/sql/pg");
    QUrl serverUrl(TestSupport::pgUrl());
    serverUrl.setPath(u"/"_s + m_databaseName);
    const auto server = Database::open(serverUrl.toString());
    QVERIFY2(server, qPrintable(server ? QString() : server.error().message));
    QCOMPARE(server->schemaVersion(), latestSchemaVersion());

    auto store = Database::open(m_dir.filePath(u"schema.sqlite"_s));
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    m_sqliteStore = *store;
    m_sqlite = m_sqliteStore.connection();
}

void TestPgSchema::cleanupTestCase()
{
    m_sqlite = {};
    if (m_sqliteStore.isValid())
        m_sqliteStore.releaseConnection();
    m_postgres = {};
    QSqlDatabase::removeDatabase(u"pgschema"_s);
    if (!m_databaseName.isEmpty()) {
        QSqlDatabase admin = QSqlDatabase::database(u"pgschema-admin"_s);
        QSqlQuery(admin).exec(u"DROP DATABASE IF EXISTS "_s + m_databaseName + u" WITH (FORCE)"_s);
    }
    QSqlDatabase::removeDatabase(u"pgschema-admin"_s);
}

QStringList TestPgSchema::comparableTables(QSql::TableType type) const
{
    QStringList tables = m_sqlite.tables(type);
    tables.removeIf([](const QString &t) {
        return fullTextObjects.contains(t) || fullTextShadowTables.contains(t)
            || t.startsWith(u"sqlite_"_s);
    });
    tables.sort();
    return tables;
}

QStringList TestPgSchema::primaryKey(const QSqlDatabase &db, const QString &table) const
{
    const QSqlIndex key = db.primaryIndex(table);
    QStringList columns;
    for (int i = 0; i < key.count(); ++i)
        columns << key.fieldName(i);
    return columns;
}

void TestPgSchema::sameTablesAndViews()
{
    for (const QSql::TableType type : {QSql::Tables, QSql::Views}) {
        QStringList sqlite = m_sqlite.tables(type);
        QStringList postgres = m_postgres.tables(type);
        sqlite.removeIf([](const QString &t) {
            return fullTextObjects.contains(t) || fullTextShadowTables.contains(t);
        });
        // The runner's version table is PostgreSQL's user_version.
        postgres.removeIf([](const QString &t) {
            return fullTextObjects.contains(t) || t == u"parceldesk_schema";
        });
        const QString diff
            = difference(type == QSql::Tables ? u"tables"_s : u"views"_s, sqlite, postgres);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
    // The word index is there on both, in the form each engine has.
    const QStringList everything = m_postgres.tables(QSql::AllTables);
    for (const QString &name : fullTextObjects) {
        QVERIFY2(m_sqlite.tables(QSql::Tables).contains(name), qPrintable(name));
        QVERIFY2(everything.contains(name), qPrintable(name));
    }
}

void TestPgSchema::sameColumns()
{
    for (const QSql::TableType type : {QSql::Tables, QSql::Views}) {
        for (const QString &table : comparableTables(type)) {
            const QSqlRecord sqlite = m_sqlite.record(table);
            const QSqlRecord postgres = m_postgres.record(table);
            QVERIFY2(!sqlite.isEmpty(), qPrintable(table));
            QStringList sqliteNames, postgresNames;
            for (int i = 0; i < sqlite.count(); ++i)
                sqliteNames << sqlite.fieldName(i);
            for (int i = 0; i < postgres.count(); ++i)
                postgresNames << postgres.fieldName(i);
            QVERIFY2(sqliteNames == postgresNames,
                qPrintable(u"%1: columns %2 in SQLite, %3 in PostgreSQL"_s.arg(
                    table, sqliteNames.join(u", "_s), postgresNames.join(u", "_s))));
            if (type == QSql::Views)
                continue;
            const QStringList sqliteKey = primaryKey(m_sqlite, table);
            const QStringList postgresKey = primaryKey(m_postgres, table);
            for (int i = 0; i < sqlite.count(); ++i) {
                const QString a
                    = describe(sqlite.field(i), sqliteKey.contains(sqlite.fieldName(i)));
                const QString b
                    = describe(postgres.field(i), postgresKey.contains(postgres.fieldName(i)));
                QVERIFY2(
                    a == b, qPrintable(u"%1: SQLite has %2, PostgreSQL %3"_s.arg(table, a, b)));
            }
        }
    }
}

void TestPgSchema::sameKeys()
{
    QString error;
    for (const QString &table : comparableTables(QSql::Tables)) {
        QStringList sqlite {u"primary key (%1)"_s.arg(primaryKey(m_sqlite, table).join(u", "_s))};
        for (const QString &index : firstColumn(m_sqlite,
                 u"SELECT name FROM pragma_index_list('%1') WHERE origin = 'u'"_s.arg(table),
                 &error)) {
            QStringList columns;
            for (const QStringList &row : rows(m_sqlite,
                     u"SELECT name FROM pragma_index_info('%1') ORDER BY seqno"_s.arg(index),
                     &error))
                columns << row[0];
            sqlite << u"unique (%1)"_s.arg(columns.join(u", "_s));
        }
        QStringList postgres;
        for (const QStringList &row : rows(m_postgres,
                 u"SELECT CASE c.contype WHEN 'p' THEN 'primary key' ELSE 'unique' END, "
                 "(SELECT string_agg(a.attname, ', ' ORDER BY k.n) FROM unnest(c.conkey) "
                 "WITH ORDINALITY AS k (attnum, n) JOIN pg_attribute a ON a.attrelid = "
                 "c.conrelid AND a.attnum = k.attnum) FROM pg_constraint c "
                 "WHERE c.conrelid = '%1'::regclass AND c.contype IN ('p', 'u')"_s.arg(table),
                 &error))
            postgres << u"%1 (%2)"_s.arg(row[0], row[1]);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString diff = difference(table + u" keys"_s, sqlite, postgres);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
}

void TestPgSchema::sameForeignKeys()
{
    QString error;
    for (const QString &table : comparableTables(QSql::Tables)) {
        QStringList sqlite;
        for (const QStringList &row : rows(m_sqlite,
                 u"SELECT \"from\", \"table\", \"to\", on_delete FROM "
                 "pragma_foreign_key_list('%1')"_s.arg(table),
                 &error))
            sqlite << u"%1 -> %2(%3) on delete %4"_s.arg(row[0], row[1], row[2], row[3]);
        QStringList postgres;
        for (const QStringList &row : rows(m_postgres,
                 u"SELECT a.attname, f.relname, b.attname, CASE c.confdeltype "
                 "WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' "
                 "WHEN 'r' THEN 'RESTRICT' ELSE 'NO ACTION' END FROM pg_constraint c "
                 "JOIN pg_class f ON f.oid = c.confrelid "
                 "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
                 "JOIN pg_attribute b ON b.attrelid = c.confrelid AND b.attnum = c.confkey[1] "
                 "WHERE c.conrelid = '%1'::regclass AND c.contype = 'f'"_s.arg(table),
                 &error))
            postgres << u"%1 -> %2(%3) on delete %4"_s.arg(row[0], row[1], row[2], row[3]);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString diff = difference(table + u" foreign keys"_s, sqlite, postgres);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
}

void TestPgSchema::sameIndexes()
{
    // Indexes made with CREATE INDEX: table, uniqueness, partial or not, key columns
    // (an expression as "expr"). SQLite's autoindexes and PostgreSQL's constraint indexes are the
    // keys compared above; the word table's index is PostgreSQL's own.
    QString error;
    QStringList sqlite;
    for (const QStringList &row : rows(m_sqlite,
             u"SELECT m.name, m.tbl_name, l.\"unique\", l.partial FROM sqlite_master m "
             "JOIN pragma_index_list(m.tbl_name) l ON l.name = m.name "
             "WHERE m.type = 'index' AND m.sql IS NOT NULL"_s,
             &error)) {
        QStringList columns;
        for (const QStringList &column : rows(m_sqlite,
                 u"SELECT coalesce(name, 'expr') FROM pragma_index_xinfo('%1') WHERE key = 1 "
                 "ORDER BY seqno"_s.arg(row[0]),
                 &error))
            columns << column[0];
        sqlite << u"%1 on %2 (%3) unique %4 partial %5"_s.arg(
            row[0], row[1], columns.join(u", "_s), row[2], row[3]);
    }
    QStringList postgres;
    for (const QStringList &row : rows(m_postgres,
             u"SELECT i.relname, t.relname, (SELECT string_agg(coalesce(a.attname, 'expr'), ', ' "
             "ORDER BY k.n) FROM unnest(x.indkey) WITH ORDINALITY AS k (attnum, n) "
             "LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum "
             "WHERE k.n <= x.indnkeyatts), CASE WHEN x.indisunique THEN 1 ELSE 0 END, "
             "CASE WHEN x.indpred IS NULL THEN 0 ELSE 1 END FROM pg_index x "
             "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
             "JOIN pg_namespace s ON s.oid = t.relnamespace WHERE s.nspname = current_schema() "
             "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) "
             "AND t.relname != 'customer_words'"_s,
             &error))
        postgres << u"%1 on %2 (%3) unique %4 partial %5"_s.arg(
            row[0], row[1], row[2], row[3], row[4]);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(sqlite.size() > 40);
    const QString diff = difference(u"indexes"_s, sqlite, postgres);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestPgSchema::sameTriggers()
{
    QString error;
    const QStringList sqlite = firstColumn(m_sqlite,
        u"SELECT name || ' on ' || tbl_name FROM sqlite_master WHERE type = 'trigger'"_s, &error);
    const QStringList postgres = firstColumn(m_postgres,
        u"SELECT t.tgname || ' on ' || c.relname FROM pg_trigger t "
        "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace s ON s.oid = c.relnamespace "
        "WHERE NOT t.tgisinternal AND s.nspname = current_schema()"_s,
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(sqlite.size(), 21);
    // Only a server has logins to record and other consoles to tell about a change.
    QStringList shared = postgres;
    shared.removeIf([](const QString &t) {
        return t.section(u' ', 0, 0).endsWith(u"_notify"_s)
            || t.startsWith(u"audit_log_db_user "_s);
    });
    QVERIFY(postgres.size() - shared.size() > 20);
    const QString diff = difference(u"triggers"_s, sqlite, shared);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestPgSchema::sameRowsAfterTheSameChanges()
{
    const QList<Step> steps = scenario();
    for (const Step &step : steps) {
        for (const QSqlDatabase &db : {m_sqlite, m_postgres}) {
            QSqlQuery q(db);
            const bool done = q.exec(step.sql);
            const QString engine = db.driverName();
            if (step.refused)
                QVERIFY2(!done, qPrintable(engine + u" took: "_s + step.sql));
            else
                QVERIFY2(
                    done, qPrintable(engine + u": "_s + step.sql + u": "_s + q.lastError().text()));
        }
    }

    // Every table and view, row by row, matched by primary key (a view: by the whole row).
    QString error;
    QStringList checked;
    for (const QSql::TableType type : {QSql::Tables, QSql::Views}) {
        for (const QString &table : comparableTables(type)) {
            const QSqlRecord record = m_sqlite.record(table);
            QStringList columns;
            for (int i = 0; i < record.count(); ++i)
                columns << record.fieldName(i);
            QStringList key = primaryKey(m_sqlite, table);
            if (key.isEmpty())
                key = columns;
            const QString sql = u"SELECT %1 FROM %2"_s.arg(columns.join(u", "_s), table);
            const auto keyed = [&](const QList<QStringList> &all) {
                std::map<QString, QStringList> byKey;
                for (const QStringList &row : all) {
                    QStringList k;
                    for (const QString &c : key)
                        k << row[columns.indexOf(c)];
                    byKey[k.join(u", "_s)] = row;
                }
                return byKey;
            };
            const auto sqlite = keyed(rows(m_sqlite, sql, &error));
            const auto postgres = keyed(rows(m_postgres, sql, &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
            for (const auto &[k, row] : sqlite) {
                const auto other = postgres.find(k);
                QVERIFY2(other != postgres.end(),
                    qPrintable(
                        u"%1 (%2) = (%3): only in SQLite"_s.arg(table, key.join(u", "_s), k)));
                for (int i = 0; i < columns.size(); ++i) {
                    QVERIFY2(row[i] == other->second[i],
                        qPrintable(u"%1 (%2) = (%3), column %4: SQLite %5, PostgreSQL %6"_s.arg(
                            table, key.join(u", "_s), k, columns[i], row[i], other->second[i])));
                }
            }
            for (const auto &[k, row] : postgres) {
                QVERIFY2(sqlite.count(k),
                    qPrintable(
                        u"%1 (%2) = (%3): only in PostgreSQL"_s.arg(table, key.join(u", "_s), k)));
            }
            if (!sqlite.empty())
                checked << table;
        }
    }
    // The scenario reached every table the triggers keep, and the seeds are there.
    for (const QString &table : {u"shipment_daily"_s, u"delivery_daily"_s, u"contact_daily"_s,
             u"search_keys"_s, u"contacts"_s, u"returns"_s, u"settings"_s, u"apology_rules"_s,
             u"disposition_rules"_s, u"contact_flags"_s})
        QVERIFY2(checked.contains(table), qPrintable(table));
}

void TestPgSchema::sameWordsAndSearchHits()
{
    QString error;
    const QString diff = difference(u"customer_terms"_s,
        firstColumn(m_sqlite, u"SELECT term FROM customer_terms"_s, &error),
        firstColumn(m_postgres, u"SELECT term FROM customer_terms"_s, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    const auto hits = [](const QSqlDatabase &db, const QString &query) {
        WismoSearch search;
        const auto found = search.find(db, query);
        if (!found)
            return QStringList {u"error: "_s + found.error().message};
        QStringList lines;
        for (const WismoHit &h : *found)
            lines << u"match %1 exact %2 corrected %3 order %4 %5 customer %6 %7 parcel %8 %9"_s
                         .arg(int(h.match))
                         .arg(int(h.exact))
                         .arg(int(h.corrected))
                         .arg(h.orderId)
                         .arg(h.orderNumber)
                         .arg(h.customerId)
                         .arg(h.customerName)
                         .arg(h.shipmentId)
                         .arg(h.trackingNumber);
        return lines;
    };
    const QStringList queries {u"anna müller"_s, u"Muller"_s, u"mul"_s, u"Anna Mueller"_s,
        u"jorgenson"_s, u"Carl J"_s, u"Amsterdamm"_s, u"amst 1012"_s, u"hamburg"_s, u"Erika"_s,
        u"strauss"_s, u"lund"_s, u"new york"_s, u"nobody here"_s, u"pd-01000002"_s, u"PD-0100000"_s,
        u"1000001"_s, u"#1001"_s, u"pd01000010"_s, u"se-78"_s, u"00340434 1610 9404 2557"_s,
        u"1z999aa1"_s, u"zx81"_s, u"bob@web.example"_s, u"bob@"_s, u"erika@mail"_s,
        u"+49 151 2345678"_s, u"0151 2345678"_s, u"+31 20 1234567"_s, u"2125550100"_s,
        u"070 7654321"_s, u"1012ab"_s, u"20095"_s, u"10001"_s};
    for (const QString &query : queries) {
        const QStringList sqlite = hits(m_sqlite, query);
        const QStringList postgres = hits(m_postgres, query);
        QVERIFY2(sqlite == postgres,
            qPrintable(u"search \"%1\": SQLite [%2], PostgreSQL [%3]"_s.arg(
                query, sqlite.join(u"; "_s), postgres.join(u"; "_s))));
    }
    // The comparison can fail: the searches found something.
    QVERIFY(!hits(m_postgres, u"Muller"_s).isEmpty());
    QVERIFY(!hits(m_postgres, u"jorgenson"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestPgSchema)
#include "tst_pgschema.moc"
