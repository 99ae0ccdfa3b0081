#include "pgsupport.h"
#include "store/contactrepository.h"
#include "store/customerprivacy.h"
#include "store/database.h"
#include "store/deliveryoptionrepository.h"
#include "store/overviewquery.h"
#include "store/returnrepository.h"
#include "store/sqldialect.h"
#include "store/wismosearch.h"
#include "testsupport.h"
#include "workflows/returnregistration.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

namespace {

constexpr qint64 now = 1'763'800'000'000; // 2025-11-22
constexpr qint64 day = 86'400'000;

// Everything personal about the person the tests erase, as stored and as the store may
// transform it: the word index folds names ("zwetschgenbaumer"), carriers print umlauts as two
// letters ("ZWETSCHGENBAEUMER"), the search keys keep a phone number's digits. The word index
// writes a word after the letters it shares with the word before it in its segment ("0zw" +
// "etschgenbaumer"), so its segments are searched for the words' ends too.
const QStringList personalData = {u"Quirinella"_s, u"Zwetschgenbäumer"_s, u"zwetschgenbaumer"_s,
    u"ZWETSCHGENBAEUMER"_s, u"quirinella.zwetschgen@example.org"_s, u"+44 7700 900461"_s,
    u"447700900461"_s, u"7700900461"_s, u"QZ7 9XW"_s, u"QZ79XW"_s, u"Zwiebelhausen"_s,
    u"Kirschblütenweg"_s, u"CUST-QZ-7731"_s, u"irinella"_s, u"tschgenbaumer"_s, u"ebelhausen"_s};
const QString email = u"quirinella.zwetschgen@example.org"_s;

const QString otherEmail = u"b.pfefferminzberg@example.net"_s;
const QString otherName = u"Bartholomew Pfefferminzberg"_s;

bool onServer(const QSqlDatabase &db)
{
    return sqlDialectOf(db) == SqlDialect::Postgres;
}

// Runs a statement; an INSERT into a table with an id returns the new row's id (PostgreSQL's
// driver knows no last insert id: the statement returns it there).
qint64 insert(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    static const QStringList tablesWithId = {u"customers"_s, u"orders"_s, u"shipments"_s,
        u"tracking_events"_s, u"problem_cases"_s, u"messages"_s, u"vouchers"_s};
    const QString table = sql.section(u' ', 2, 2);
    const bool returning
        = onServer(db) && sql.startsWith(u"INSERT INTO "_s) && tablesWithId.contains(table);
    QSqlQuery q(db);
    q.prepare(returning ? sql + u" RETURNING id"_s : sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    if (returning)
        return q.next() ? q.value(0).toLongLong() : 0;
    return q.lastInsertId().toLongLong();
}

QStringList rows(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QStringList list;
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << (q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
        list << cells.join(u'|');
    }
    return list;
}

// Where the data still occurs: every table SQLite lists (virtual tables, the word index's shadow
// tables, WITHOUT ROWID tables) or the server has in the database's schema, every text and blob
// value, compared in lower case.
QStringList whereFound(const QSqlDatabase &db, const QStringList &data)
{
    QStringList found;
    const QStringList tables = onServer(db)
        ? rows(db,
            u"SELECT table_name FROM information_schema.tables WHERE table_schema = "
            "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"_s)
        : rows(db, u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    for (const QString &table : tables) {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT * FROM \"%1\""_s.arg(table))) {
            found << u"%1 cannot be read: %2"_s.arg(table, q.lastError().text());
            continue;
        }
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                QByteArray text;
                if (v.typeId() == QMetaType::QByteArray)
                    text = v.toByteArray().toLower();
                else if (v.typeId() == QMetaType::QString)
                    text = v.toString().toLower().toUtf8();
                else
                    continue;
                for (const QString &datum : data) {
                    if (text.contains(datum.toLower().toUtf8()))
                        found << u"%1.%2 holds %3"_s.arg(table, q.record().fieldName(i), datum);
                }
            }
        }
    }
    found.removeDuplicates();
    return found;
}

// The same in the bytes of the database file and its WAL. A server's files are the server's: the
// tests of a store on one only look into its tables (PostgreSQL frees old row versions by VACUUM).
QStringList whereFoundInFile(const QString &path, const QStringList &data)
{
    QByteArray bytes;
    for (const QString &file : {path, QString(path + u"-wal"_s)}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    bytes = bytes.toLower();
    QStringList found;
    for (const QString &datum : data) {
        if (bytes.contains(datum.toUtf8().toLower()))
            found << datum;
    }
    return found;
}

void checkpoint(const QSqlDatabase &db)
{
    if (onServer(db))
        return;
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s))
        qFatal("checkpoint: %s", qPrintable(q.lastError().text()));
}

// The figures that must not move: the daily tables, row counts, and the Overview as it reads.
QStringList figures(const QSqlDatabase &db)
{
    QStringList list;
    list << rows(db, u"SELECT * FROM shipment_daily ORDER BY 1, 2, 3, 4, 5"_s);
    list << rows(db, u"SELECT * FROM delivery_daily ORDER BY 1, 2"_s);
    list << rows(db, u"SELECT * FROM contact_daily ORDER BY 1, 2"_s);
    for (const QString &table : {u"customers"_s, u"orders"_s, u"shipments"_s, u"tracking_events"_s,
             u"messages"_s, u"message_parcels"_s, u"contacts"_s, u"returns"_s, u"problem_cases"_s,
             u"delivery_change_requests"_s, u"vouchers"_s})
        list << table + u'=' + rows(db, u"SELECT count(*) FROM "_s + table).join(QString());
    list << rows(
        db, u"SELECT country, count(*) FROM customers GROUP BY country ORDER BY country"_s);
    OverviewOptions options;
    options.nowMs = now;
    options.todayStartMs = now - now % day;
    const auto overview = OverviewQuery::load(db, options);
    if (!overview)
        qFatal("overview: %s", qPrintable(overview.error().message));
    for (const OverviewTile &t : overview->tiles)
        list << u"tile %1 %2 %3 %4"_s.arg(t.key).arg(t.count).arg(t.part).arg(t.extra);
    for (const auto &[tag, count] : overview->inFlight)
        list << u"in flight %1 %2"_s.arg(tag).arg(count);
    for (const QList<qint64> &period : overview->volume) {
        QStringList cells;
        for (const qint64 n : period)
            cells << QString::number(n);
        list << u"volume "_s + cells.join(u' ');
    }
    const WismoFigures::Row &w = overview->wismo.total;
    list << u"wismo %1 %2 %3 %4"_s.arg(w.contacts).arg(w.toldFirst).arg(w.repeats).arg(w.shipments);
    return list;
}

} // namespace

// A person's data erased everywhere, exported whole, and erased after the retention period.
class TestCustomerPrivacy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void findsEveryRecordOfAnAddress_data();
    void findsEveryRecordOfAnAddress();
    void exportHoldsThePersonAndNobodyElse();
    void purgeLeavesNoPersonalDatum();
    void purgeRefusesAReasonNamingThePerson();
    void previewChangesNothing();
    void retentionErasesExactlyTheCustomersDue();
    void retentionCancelledLeavesNoHalfErasedCustomer();
    void retentionSetting();

private:
    void addPerson();
    void addOther();
    QStringList otherRows() const;

    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
    int m_counter = 0;

    qint64 m_customer = 0; // the person's main record
    qint64 m_secondRecord = 0; // the same person, the same address written otherwise
    QString m_orderNumber;
    qint64 m_shipment = 0;
    qint64 m_plainEvent = 0; // an event of the person's parcel that names nobody
    qint64 m_queuedMessage = 0;
    qint64 m_queuedVoucher = 0;
    qint64 m_other = 0;
    QString m_otherOrderNumber;
};

void TestCustomerPrivacy::initTestCase()
{
    PARCELDESK_REQUIRE_STORE();
}

void TestCustomerPrivacy::init()
{
    m_path = m_dir.filePath(u"privacy%1.sqlite"_s.arg(++m_counter));
    m_db = TestSupport::seededDatabase(m_path, 300, now);
    checkpoint(m_db.connection());
    // The demo data must not hold the person's data by chance: the scans below would be moot.
    const QStringList already = whereFound(m_db.connection(), personalData);
    QVERIFY2(already.isEmpty(), qPrintable(already.join(u'\n')));
    addPerson();
    addOther();
}

void TestCustomerPrivacy::cleanup()
{
    m_db.releaseConnection();
}

void TestCustomerPrivacy::addPerson()
{
    const QSqlDatabase db = m_db.connection();
    m_customer = insert(db,
        u"INSERT INTO customers (external_ref, name, email, phone, language, country, postcode, "
        "city, time_zone, created_at) VALUES ('CUST-QZ-7731', 'Quirinella Zwetschgenbäumer', ?, "
        "'+44 7700 900461', 'de', 'GB', 'QZ7 9XW', 'Zwiebelhausen', 'Europe/London', ?)"_s,
        {email, now - 200 * day});
    // The same address typed otherwise at another checkout: the same person.
    m_secondRecord = insert(db,
        u"INSERT INTO customers (name, email, language, country, created_at) "
        "VALUES ('Q. Zwetschgenbäumer', '  Quirinella.Zwetschgen@EXAMPLE.org ', 'de', 'GB', ?)"_s,
        {now - 100 * day});
    m_orderNumber = u"QZ-100001"_s;
    const qint64 order = insert(db,
        u"INSERT INTO orders (order_number, customer_id, placed_at, total_cents, category) "
        "VALUES (?, ?, ?, 5990, 'fashion')"_s,
        {m_orderNumber, m_customer, now - 20 * day});
    m_shipment = insert(db,
        u"INSERT INTO shipments (order_id, carrier, tracking_number, service, origin_country, "
        "dest_country, dest_postcode, status_tag, sub_status, status_at, shipped_at, "
        "last_event_at, promised_at, delivered_at, created_at) VALUES (?, 'dhl', "
        "'00340434161094279301', 'Paket', 'DE', 'GB', 'QZ7 9XW', 'Delivered', 'Delivered', ?, ?, "
        "?, ?, ?, ?)"_s,
        {order, now - 15 * day, now - 19 * day, now - 15 * day, now - 16 * day, now - 15 * day,
            now - 19 * day});
    m_plainEvent = insert(db,
        u"INSERT INTO tracking_events (shipment_id, occurred_at, carrier_code, carrier_text, "
        "location, status_tag, sub_status, milestone, identity, received_at) VALUES (?, ?, "
        "'PIC', 'Arrived at the parcel centre', 'Leipzig', 'InTransit', 'InTransit', 0, 91001, "
        "?)"_s,
        {m_shipment, now - 18 * day, now - 18 * day});
    insert(db,
        u"INSERT INTO tracking_events (shipment_id, occurred_at, carrier_code, carrier_text, "
        "location, status_tag, sub_status, milestone, identity, received_at) VALUES (?, ?, "
        "'DLV', 'Delivered, signed by ZWETSCHGENBAEUMER', 'ZWIEBELHAUSEN', 'Delivered', "
        "'Delivered', 1, 91002, ?)"_s,
        {m_shipment, now - 15 * day, now - 15 * day});
    const qint64 problem = insert(db,
        u"INSERT INTO problem_cases (shipment_id, kind, state, priority, opened_at, updated_at, "
        "note, details) VALUES (?, 'late', 'open', 2, ?, ?, "
        "'Mrs Zwetschgenbäumer called twice', 'Promised for 6 Nov, not delivered.')"_s,
        {m_shipment, now - 16 * day, now - 16 * day});

    Contact contact;
    contact.shipmentId = m_shipment;
    contact.orderId = order;
    contact.channel = u"phone"_s;
    contact.reason = u"delivery_change"_s;
    contact.outcome = u"answered"_s;
    contact.note
        = u"Quirinella asks to deliver to Kirschblütenweg 17, calls from +44 7700 900461"_s;
    contact.agent = u"agent-ida"_s;
    contact.atMs = now - 17 * day;
    const auto contactId = ContactRepository(m_db).insert(contact);
    QVERIFY2(contactId, qPrintable(contactId ? QString() : contactId.error().message));
    insert(db,
        u"INSERT INTO delivery_options (shipment_id, option, eligibility, updated_at) "
        "VALUES (?, 'REROUTE', 'ELIGIBLE', ?)"_s,
        {m_shipment, now - 17 * day});
    const auto request = DeliveryOptionRepository(m_db).request(m_shipment, u"REROUTE"_s,
        u"Kirschblütenweg 17, QZ7 9XW Zwiebelhausen"_s, u"agent-ida"_s, *contactId, now - 17 * day);
    QVERIFY2(request, qPrintable(request ? QString() : request.error().message));
    ReturnLineRequest line;
    line.reasonCode = ReturnRepository::reasons(u"fashion"_s).first().code;
    const auto started = ReturnRegistration::registerReturn(m_db, order, {line},
        u"Too small. Quirinella Zwetschgenbäumer, Kirschblütenweg 17"_s, ReturnResolution::Refund,
        u"agent-ida"_s, now - 10 * day);
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));

    const qint64 sent = insert(db,
        u"INSERT INTO messages (customer_id, shipment_id, channel, language, kind, state, "
        "subject, body, html_body, created_at, sent_at, idempotency_key, recipient) VALUES (?, ?, "
        "'email', 'de', 'delay_apology_voucher', 'sent', 'Entschuldigung, Quirinella "
        "Zwetschgenbäumer', 'Liebe Quirinella Zwetschgenbäumer, Ihr Paket nach Zwiebelhausen ...', "
        "'<p>Liebe Quirinella Zwetschgenbäumer,</p>', ?, ?, 'pd-qz-1', ?)"_s,
        {m_customer, m_shipment, now - 16 * day, now - 16 * day, email});
    insert(db,
        u"INSERT INTO message_parcels (message_id, shipment_id, case_id, status) "
        "VALUES (?, ?, ?, 'InTransit/InTransit')"_s,
        {sent, m_shipment, problem});
    m_queuedMessage = insert(db,
        u"INSERT INTO messages (customer_id, shipment_id, channel, language, kind, state, body, "
        "payload, created_at, idempotency_key, recipient) VALUES (?, ?, 'whatsapp', 'de', "
        "'delay_apology_voucher', 'queued', 'Hallo Quirinella, Ihr Gutschein ...', "
        "'{\"template\": \"delay_apology\", \"parameters\": [\"Quirinella Zwetschgenbäumer\"]}', "
        "?, 'pd-qz-2', '+44 7700 900461')"_s,
        {m_secondRecord, m_shipment, now - 2 * day});
    const qint64 dead = insert(db,
        u"INSERT INTO messages (customer_id, channel, language, kind, state, subject, body, "
        "created_at, idempotency_key, recipient, last_error) VALUES (?, 'email', 'de', "
        "'wismo_update', 'dead', 'Ihre Bestellung QZ-100001', 'Guten Tag Quirinella "
        "Zwetschgenbäumer', ?, 'pd-qz-3', ?, '550 5.1.1 <quirinella.zwetschgen@example.org>: "
        "mailbox unavailable')"_s,
        {m_customer, now - 5 * day, email});
    insert(db,
        u"INSERT INTO vouchers (code, value_cents, cost_cents, source, imported_at, message_id, "
        "assigned_at) VALUES ('GIFT-QZ-1', 500, 250, 'vouchers.csv:2', ?, ?, ?)"_s,
        {now - 30 * day, sent, now - 16 * day});
    m_queuedVoucher = insert(db,
        u"INSERT INTO vouchers (code, value_cents, cost_cents, source, imported_at, message_id, "
        "assigned_at) VALUES ('GIFT-QZ-2', 500, 250, 'vouchers.csv:3', ?, ?, ?)"_s,
        {now - 30 * day, m_queuedMessage, now - 2 * day});
    insert(db, u"INSERT INTO voucher_cases (case_id, voucher_id) VALUES (?, ?)"_s,
        {problem, m_queuedVoucher});
    insert(db,
        u"INSERT INTO consents (customer_id, channel, granted, source, at) VALUES "
        "(?, 'email', 1, 'checkout', ?), (?, 'whatsapp', 1, 'agent', ?), "
        "(?, 'sms', 0, 'customer reply', ?)"_s,
        {m_customer, now - 20 * day, m_customer, now - 17 * day, m_secondRecord, now - 3 * day});
    const QString audit = u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                          "VALUES (?, ?, ?, ?, ?, ?)"_s;
    insert(db, audit,
        {now - 16 * day, u"outbox"_s, u"sent"_s, u"message"_s, sent,
            u"250 2.0.0 OK for <quirinella.zwetschgen@example.org>"_s});
    insert(db, audit,
        {now - 5 * day, u"outbox"_s, u"dead"_s, u"message"_s, dead,
            u"550 5.1.1 <quirinella.zwetschgen@example.org>: mailbox unavailable"_s});
    insert(db, audit,
        {now - 17 * day, u"agent-ida"_s, u"consent_granted"_s, u"customer"_s, m_customer,
            u"whatsapp: agent (Quirinella Zwetschgenbäumer on the phone)"_s});
    insert(db, audit,
        {now - 16 * day, u"agent-ida"_s, u"assigned"_s, u"problem_case"_s, problem,
            u"Mrs Zwetschgenbäumer called twice"_s});
}

void TestCustomerPrivacy::addOther()
{
    const QSqlDatabase db = m_db.connection();
    m_other = insert(db,
        u"INSERT INTO customers (external_ref, name, email, phone, language, country, postcode, "
        "city, time_zone, created_at) VALUES ('CUST-BP-4410', ?, ?, '+44 7700 900987', 'en', "
        "'GB', 'KN4 2BL', 'Knoblauchtal', 'Europe/London', ?)"_s,
        {otherName, otherEmail, now - 300 * day});
    m_otherOrderNumber = u"BP-200002"_s;
    const qint64 order = insert(db,
        u"INSERT INTO orders (order_number, customer_id, placed_at, total_cents, category) "
        "VALUES (?, ?, ?, 1990, 'electronics')"_s,
        {m_otherOrderNumber, m_other, now - 12 * day});
    const qint64 shipment = insert(db,
        u"INSERT INTO shipments (order_id, carrier, tracking_number, dest_country, dest_postcode, "
        "status_tag, sub_status, status_at, shipped_at, last_event_at, delivered_at, created_at) "
        "VALUES (?, 'ups', '1Z999AA10123456784', 'GB', 'KN4 2BL', 'Delivered', 'Delivered', ?, "
        "?, ?, ?, ?)"_s,
        {order, now - 9 * day, now - 11 * day, now - 9 * day, now - 9 * day, now - 11 * day});
    insert(db,
        u"INSERT INTO tracking_events (shipment_id, occurred_at, carrier_code, carrier_text, "
        "location, status_tag, sub_status, milestone, identity, received_at) VALUES (?, ?, 'KB', "
        "'Delivered, signed by PFEFFERMINZBERG', 'KNOBLAUCHTAL', 'Delivered', 'Delivered', 1, "
        "92001, ?)"_s,
        {shipment, now - 9 * day, now - 9 * day});
    insert(db,
        u"INSERT INTO messages (customer_id, shipment_id, channel, language, kind, state, "
        "subject, body, created_at, sent_at, idempotency_key, recipient) VALUES (?, ?, 'email', "
        "'en', 'delay_notice', 'sent', 'Your parcel', 'Dear Bartholomew Pfefferminzberg', ?, ?, "
        "'pd-bp-1', ?)"_s,
        {m_other, shipment, now - 10 * day, now - 10 * day, otherEmail});
    Contact contact;
    contact.shipmentId = shipment;
    contact.orderId = order;
    contact.channel = u"email"_s;
    contact.reason = u"where_is_my_order"_s;
    contact.outcome = u"answered"_s;
    contact.note = u"Mr Pfefferminzberg asked"_s;
    contact.agent = u"agent-ida"_s;
    contact.atMs = now - 10 * day;
    QVERIFY(ContactRepository(m_db).insert(contact));
    insert(db,
        u"INSERT INTO consents (customer_id, channel, granted, source, at) "
        "VALUES (?, 'email', 1, 'checkout', ?)"_s,
        {m_other, now - 12 * day});
}

// Every row of the other customer, in every table that holds their data.
QStringList TestCustomerPrivacy::otherRows() const
{
    const QSqlDatabase db = m_db.connection();
    QStringList list;
    list << rows(db, u"SELECT * FROM customers WHERE id = ?"_s, {m_other});
    list << rows(db, u"SELECT * FROM orders WHERE customer_id = ?"_s, {m_other});
    list << rows(db,
        u"SELECT s.* FROM shipments s JOIN orders o ON o.id = s.order_id "
        "WHERE o.customer_id = ?"_s,
        {m_other});
    list << rows(db,
        u"SELECT e.* FROM tracking_events e JOIN shipments s ON s.id = e.shipment_id "
        "JOIN orders o ON o.id = s.order_id WHERE o.customer_id = ?"_s,
        {m_other});
    list << rows(db, u"SELECT * FROM messages WHERE customer_id = ?"_s, {m_other});
    list << rows(db,
        u"SELECT c.* FROM contacts c JOIN orders o ON o.id = c.order_id "
        "WHERE o.customer_id = ?"_s,
        {m_other});
    list << rows(db, u"SELECT * FROM consents WHERE customer_id = ?"_s, {m_other});
    list << rows(db, u"SELECT * FROM search_keys WHERE ref = ? AND kind IN (3, 4, 5)"_s, {m_other});
    return list;
}

void TestCustomerPrivacy::findsEveryRecordOfAnAddress_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<int>("records"); // 0: an error naming the address
    QTest::newRow("as stored") << email << 2;
    QTest::newRow("upper case, spaces") << u"  QUIRINELLA.Zwetschgen@Example.ORG "_s << 2;
    QTest::newRow("someone else") << otherEmail << 1;
    QTest::newRow("unknown") << u"nobody@example.org"_s << 0;
    QTest::newRow("a beginning is not an address") << u"quirinella.zwetschgen@"_s << 0;
}

void TestCustomerPrivacy::findsEveryRecordOfAnAddress()
{
    QFETCH(QString, given);
    QFETCH(int, records);
    const auto found = CustomerPrivacy(m_db).findByEmail(given);
    if (records == 0) {
        QVERIFY(!found);
        QVERIFY2(
            found.error().message.contains(given.trimmed()), qPrintable(found.error().message));
        return;
    }
    QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
    QCOMPARE(found->size(), records);
    if (records == 2)
        QCOMPARE(*found, (QList<qint64> {m_customer, m_secondRecord}));
    const auto same = CustomerPrivacy(m_db).samePerson(found->last());
    QVERIFY(same);
    QCOMPARE(same->size(), records);
}

void TestCustomerPrivacy::exportHoldsThePersonAndNobodyElse()
{
    CustomerPrivacy privacy(m_db);
    const auto ids = privacy.findByEmail(email);
    QVERIFY(ids);
    const auto exported = privacy.exportCustomer(*ids, u"dpo-maria"_s, now);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
    const QJsonObject root = exported->object();
    const QString text = QString::fromUtf8(exported->toJson());

    const QJsonArray customers = root.value(u"customers"_s).toArray();
    QCOMPARE(customers.size(), 2);
    QCOMPARE(customers.at(0).toObject().value(u"email"_s).toString(), email);
    QCOMPARE(customers.at(0).toObject().value(u"phone"_s).toString(), u"+44 7700 900461"_s);
    QCOMPARE(customers.at(0).toObject().value(u"consents"_s).toArray().size(), 2);
    QCOMPARE(customers.at(1).toObject().value(u"consents"_s).toArray().size(), 1);

    const QJsonArray orders = root.value(u"orders"_s).toArray();
    QCOMPARE(orders.size(), 1);
    const QJsonObject order = orders.first().toObject();
    QCOMPARE(order.value(u"order_number"_s).toString(), m_orderNumber);
    const QJsonArray parcels = order.value(u"parcels"_s).toArray();
    QCOMPARE(parcels.size(), 1);
    const QJsonObject parcel = parcels.first().toObject();
    QCOMPARE(parcel.value(u"tracking_number"_s).toString(), u"00340434161094279301"_s);
    QCOMPARE(parcel.value(u"status"_s).toString(), u"Delivered"_s);
    QVERIFY(parcel.value(u"delivered_at"_s).toString().endsWith(u'Z'));
    // The delivery (a milestone that names her); the hub scan is neither.
    const QJsonArray events = parcel.value(u"events"_s).toArray();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().toObject().value(u"carrier_text"_s).toString(),
        u"Delivered, signed by ZWETSCHGENBAEUMER"_s);
    QCOMPARE(parcel.value(u"problem_cases"_s).toArray().size(), 1);
    QVERIFY(parcel.value(u"delivery_changes"_s)
                .toArray()
                .first()
                .toObject()
                .value(u"detail"_s)
                .toString()
                .contains(u"Kirschblütenweg"_s));
    QCOMPARE(order.value(u"returns"_s).toArray().size(), 1);
    QCOMPARE(order.value(u"contacts"_s).toArray().size(), 1);

    const QJsonArray messages = root.value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 3);
    QVERIFY(messages.first().toObject().value(u"body"_s).toString().contains(u"Zwiebelhausen"_s));
    QCOMPARE(messages.first().toObject().value(u"voucher"_s).toObject().value(u"code"_s).toString(),
        u"GIFT-QZ-1"_s);
    QVERIFY(root.value(u"audit"_s).toArray().size() >= 6);

    // Nothing of the other customer.
    for (const QString &theirs : {otherEmail, otherName, m_otherOrderNumber, u"Pfefferminzberg"_s,
             u"1Z999AA10123456784"_s, u"Knoblauchtal"_s})
        QVERIFY2(!text.contains(theirs, Qt::CaseInsensitive), qPrintable(theirs));

    // Audited, without personal data.
    const QStringList audit = rows(m_db.connection(),
        u"SELECT actor, entity_id, detail FROM audit_log WHERE action = 'exported' ORDER BY id"_s);
    QCOMPARE(audit.size(), 2);
    QVERIFY(audit.first().startsWith(u"dpo-maria|%1|orders=1 "_s.arg(m_customer)));
    for (const QString &line : audit) {
        for (const QString &datum : personalData)
            QVERIFY2(!line.contains(datum, Qt::CaseInsensitive), qPrintable(line));
    }
}

void TestCustomerPrivacy::purgeLeavesNoPersonalDatum()
{
    const QSqlDatabase db = m_db.connection();
    checkpoint(db);
    // The checks can fail: before the erasure they find her everywhere, in the file too.
    const QStringList before = whereFound(db, personalData);
    const bool server = onServer(db);
    for (const QString &table : {u"customers."_s, u"messages.body"_s, u"messages.recipient"_s,
             u"contacts.note"_s, u"tracking_events.carrier_text"_s, u"search_keys.key"_s,
             server ? u"customer_words.word"_s : u"customer_words_data.block"_s,
             u"audit_log.detail"_s, u"returns.customer_note"_s,
             u"delivery_change_requests.detail"_s})
        QVERIFY2(!before.filter(table).isEmpty(), qPrintable(table));
    if (!server)
        QCOMPARE(whereFoundInFile(m_path, {u"Zwetschgenbäumer"_s, u"tschgenbaumer"_s}).size(), 2);
    const QStringList figuresBefore = figures(db);
    const QStringList otherBefore = otherRows();
    WismoSearch search;
    auto hits = search.find(db, u"Zwetschgenbäumer"_s);
    QVERIFY(hits && !hits->isEmpty());

    CustomerPrivacy privacy(m_db);
    const auto ids = privacy.findByEmail(email);
    QVERIFY(ids);
    const auto erased
        = privacy.purge(*ids, u"dpo-maria"_s, u"request by e-mail of 3 November"_s, now);
    QVERIFY2(erased, qPrintable(erased ? QString() : erased.error().message));
    QCOMPARE(erased->customers, 2);
    QCOMPARE(erased->orders, 1);
    QCOMPARE(erased->shipments, 1);
    QCOMPARE(erased->events, 1);
    QCOMPARE(erased->messages, 3);
    QCOMPARE(erased->messagesHeldBack, 1);
    QCOMPARE(erased->contacts, 1);
    QCOMPARE(erased->returns, 1);
    QCOMPARE(erased->problemCases, 1);
    QCOMPARE(erased->deliveryChanges, 1);
    QCOMPARE(erased->consents, 3);
    QCOMPARE(erased->fileRewritten, !server); // a server's files are its own

    // Not one datum of hers in any table, nor in the file's bytes.
    const QStringList after = whereFound(db, personalData);
    QVERIFY2(after.isEmpty(), qPrintable(after.join(u'\n')));
    if (!server) {
        const QStringList inFile = whereFoundInFile(m_path, personalData);
        QVERIFY2(inFile.isEmpty(), qPrintable(inFile.join(u", "_s)));
    }
    // … while the other customer's are there, in the tables and the file.
    QCOMPARE(whereFound(db, {otherEmail}).isEmpty(), false);
    if (!server)
        QCOMPARE(whereFoundInFile(m_path, {u"Pfefferminzberg"_s}).size(), 1);

    // The figures did not move; the other customer is as before.
    QCOMPARE(figures(db), figuresBefore);
    QCOMPARE(otherRows(), otherBefore);

    // Pseudonymised, not deleted: what the figures need stays.
    QCOMPARE(rows(db,
                 u"SELECT name, email, phone, postcode, city, external_ref, country, language, "
                 "time_zone, erased_at FROM customers WHERE id = ?"_s,
                 {m_customer}),
        QStringList {u"%1|NULL|NULL|NULL|NULL|NULL|GB|de|Europe/London|%2"_s
                         .arg(CustomerPrivacy::placeholderName(m_customer))
                         .arg(now)});
    QCOMPARE(rows(db, u"SELECT carrier_text, location FROM tracking_events WHERE id = ?"_s,
                 {m_plainEvent}),
        QStringList {u"Arrived at the parcel centre|Leipzig"_s});
    QCOMPARE(rows(db, u"SELECT state, suppression_reason FROM messages WHERE id = ?"_s,
                 {m_queuedMessage}),
        QStringList {u"suppressed|erased"_s});
    // The code of the message that never left is back in the pool; the one given stays given.
    QCOMPARE(
        rows(db, u"SELECT message_id, assigned_at FROM vouchers WHERE id = ?"_s, {m_queuedVoucher}),
        QStringList {u"NULL|NULL"_s});
    QCOMPARE(rows(db,
                 u"SELECT count(*) FROM vouchers WHERE code = 'GIFT-QZ-1' AND "
                 "message_id IS NOT NULL"_s),
        QStringList {u"1"_s});
    QCOMPARE(rows(db, u"SELECT count(*) FROM voucher_cases"_s), QStringList {u"0"_s});

    // The WISMO desk no longer finds her; it still finds the other customer.
    WismoSearch fresh;
    for (const QString &text :
        {email, u"+44 7700 900461"_s, u"07700 900461"_s, u"Zwetschgenbäumer"_s,
            u"Quirinella Zwetschgenbäumer"_s, u"QZ7 9XW"_s, u"Zwiebelhausen"_s}) {
        hits = fresh.find(db, text);
        QVERIFY2(hits, qPrintable(text));
        QVERIFY2(hits->isEmpty(),
            qPrintable(
                text + u": "_s + (hits->isEmpty() ? QString() : hits->first().customerName)));
    }
    for (const QString &text : {otherEmail, u"Pfefferminzberg"_s, u"+44 7700 900987"_s}) {
        hits = fresh.find(db, text);
        QVERIFY2(hits && !hits->isEmpty(), qPrintable(text));
        QCOMPARE(hits->first().customerId, m_other);
    }
    // Her order is still found by its number, under the placeholder.
    hits = fresh.find(db, m_orderNumber);
    QVERIFY(hits && !hits->isEmpty());
    QCOMPARE(hits->first().orderNumber, m_orderNumber);
    QCOMPARE(hits->first().customerName, CustomerPrivacy::placeholderName(m_customer));

    // One line per record, with the reason and the counts, nothing personal.
    const QStringList audit = rows(db,
        u"SELECT actor, entity_id, detail FROM audit_log WHERE action = 'erased' ORDER BY id"_s);
    QCOMPARE(audit.size(), 2);
    QVERIFY2(audit.first().startsWith(u"dpo-maria|%1|customers=2 orders=1 shipments=1 events=1 "
                                      "messages=3"_s.arg(m_customer)),
        qPrintable(audit.first()));
    QVERIFY(audit.first().endsWith(u"; reason: request by e-mail of 3 November"_s));
    QVERIFY(!privacy.findByEmail(email));
}

void TestCustomerPrivacy::purgeRefusesAReasonNamingThePerson()
{
    const QSqlDatabase db = m_db.connection();
    const QStringList before = rows(db, u"SELECT * FROM customers WHERE id = ?"_s, {m_customer});
    const qint64 auditBefore = TestSupport::scalar(m_db, u"SELECT count(*) FROM audit_log"_s);
    CustomerPrivacy privacy(m_db);
    for (const auto &[reason, field] :
        {std::pair(u"Frau Zwetschgenbaeumer asked by phone"_s, u"name"_s),
            std::pair(u"mail from QUIRINELLA.ZWETSCHGEN@example.org"_s, u"e-mail address"_s),
            std::pair(u"she called from 07700 900461"_s, u"phone number"_s)}) {
        const auto refused
            = privacy.purge({m_customer, m_secondRecord}, u"dpo-maria"_s, reason, now);
        QVERIFY2(!refused, qPrintable(reason));
        QVERIFY2(refused.error().message.contains(field), qPrintable(refused.error().message));
    }
    QCOMPARE(rows(db, u"SELECT * FROM customers WHERE id = ?"_s, {m_customer}), before);
    QCOMPARE(TestSupport::scalar(m_db, u"SELECT count(*) FROM audit_log"_s), auditBefore);
    const auto unknown = privacy.purge({m_customer, 987654}, u"dpo-maria"_s, QString(), now);
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().message.contains(u"987654"_s), qPrintable(unknown.error().message));
    QCOMPARE(rows(db, u"SELECT * FROM customers WHERE id = ?"_s, {m_customer}), before);
}

void TestCustomerPrivacy::previewChangesNothing()
{
    const QSqlDatabase db = m_db.connection();
    const QStringList before = whereFound(db, personalData);
    const QStringList figuresBefore = figures(db);
    // A record named twice is one record.
    const auto preview = CustomerPrivacy(m_db).preview({m_customer, m_secondRecord, m_customer});
    QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
    QCOMPARE(preview->customers, 2);
    QCOMPARE(preview->messages, 3);
    QCOMPARE(preview->events, 1);
    QCOMPARE(preview->consents, 3);
    QVERIFY(preview->auditEntries >= 6);
    QVERIFY(preview->summary().contains(u"3 message"_s));
    QCOMPARE(whereFound(db, personalData), before);
    QCOMPARE(figures(db), figuresBefore);
    // The scope's temporary tables are gone again.
    QCOMPARE(rows(db,
                 onServer(db) ? u"SELECT count(*) FROM pg_class WHERE relnamespace = "
                                "pg_my_temp_schema() AND relkind = 'r'"_s
                              : u"SELECT count(*) FROM temp.sqlite_master"_s),
        QStringList {u"0"_s});
}

void TestCustomerPrivacy::retentionErasesExactlyTheCustomersDue()
{
    const auto opened = Database::open(
        TestSupport::storeLocation(m_dir.filePath(u"retention%1.sqlite"_s.arg(m_counter))));
    QVERIFY(opened);
    const Database &db = *opened;
    QSqlDatabase c = db.connection();
    const auto customer = [&](const QString &name, qint64 createdAt) {
        return insert(c,
            u"INSERT INTO customers (name, email, country, created_at) VALUES (?, ?, 'DE', ?)"_s,
            {name, QString(name.toLower() + u"@example.org"_s), createdAt});
    };
    int orders = 0;
    const auto order = [&](qint64 customerId, qint64 placedAt) {
        insert(c, u"INSERT INTO orders (order_number, customer_id, placed_at) VALUES (?, ?, ?)"_s,
            {u"R-%1"_s.arg(++orders), customerId, placedAt});
    };
    const qint64 cutoff = now - 365 * day;
    const qint64 oldOrders = customer(u"Aalto"_s, now - 800 * day);
    order(oldOrders, now - 400 * day);
    order(oldOrders, now - 380 * day);
    const qint64 recentOrder = customer(u"Berger"_s, now - 800 * day);
    order(recentOrder, now - 500 * day);
    order(recentOrder, now - 10 * day);
    const qint64 oldWithoutOrders = customer(u"Castillo"_s, now - 400 * day);
    const qint64 newWithoutOrders = customer(u"Dahl"_s, now - 10 * day);
    const qint64 alreadyErased = customer(u"Eriksen"_s, now - 900 * day);
    order(alreadyErased, now - 900 * day);
    insert(
        c, u"UPDATE customers SET erased_at = ? WHERE id = ?"_s, {now - 30 * day, alreadyErased});
    const qint64 justInside = customer(u"Fontaine"_s, now - 800 * day);
    order(justInside, cutoff + 1);
    const qint64 justOutside = customer(u"Garcia"_s, now - 800 * day);
    order(justOutside, cutoff - 1);

    CustomerPrivacy privacy(db);
    QCOMPARE(*privacy.dueForRetention(365, now), 3);
    QList<std::pair<qint64, qint64>> reports;
    const auto run
        = privacy.applyRetention(365, u"retention"_s, now, [&](qint64 done, qint64 total) {
              reports.append({done, total});
          });
    QVERIFY2(run, qPrintable(run ? QString() : run.error().message));
    QCOMPARE(run->due, 3);
    QCOMPARE(run->erased, 3);
    QVERIFY(!run->cancelled);
    QCOMPARE(reports.first(), std::pair(qint64(0), qint64(3)));
    QCOMPARE(reports.last(), std::pair(qint64(3), qint64(3)));
    QCOMPARE(rows(c, u"SELECT id FROM customers WHERE email IS NULL ORDER BY id"_s),
        (QStringList {QString::number(oldOrders), QString::number(oldWithoutOrders),
            QString::number(justOutside)}));
    QCOMPARE(rows(c, u"SELECT id FROM customers WHERE erased_at = ? ORDER BY id"_s, {now}),
        (QStringList {QString::number(oldOrders), QString::number(oldWithoutOrders),
            QString::number(justOutside)}));
    for (const qint64 kept : {recentOrder, newWithoutOrders, justInside})
        QVERIFY(!CustomerPrivacy::isPlaceholderName(
            rows(c, u"SELECT name FROM customers WHERE id = ?"_s, {kept}).first(), kept));
    const QStringList audit
        = rows(c, u"SELECT actor, detail FROM audit_log WHERE action = 'retention'"_s);
    QCOMPARE(audit.size(), 1);
    QVERIFY2(audit.first().startsWith(u"retention|days=365 cutoff=2024-11-22T"_s),
        qPrintable(audit.first()));
    QVERIFY2(audit.first().contains(u"due=3 erased=3 customers=3 orders=3"_s),
        qPrintable(audit.first()));
    QCOMPARE(*privacy.dueForRetention(365, now), 0);

    // Nothing due: still a line in the log.
    const auto again = privacy.applyRetention(365, u"retention"_s, now);
    QVERIFY(again);
    QCOMPARE(again->erased, 0);
    QCOMPARE(
        TestSupport::scalar(db, u"SELECT count(*) FROM audit_log WHERE action = 'retention'"_s), 2);
    QVERIFY(!privacy.applyRetention(0, u"retention"_s, now));
    c = QSqlDatabase();
    db.releaseConnection();
}

void TestCustomerPrivacy::retentionCancelledLeavesNoHalfErasedCustomer()
{
    const auto opened = Database::open(
        TestSupport::storeLocation(m_dir.filePath(u"cancel%1.sqlite"_s.arg(m_counter))));
    QVERIFY(opened);
    const Database &db = *opened;
    QSqlDatabase c = db.connection();
    constexpr int count = 10;
    for (int i = 0; i < count; ++i) {
        const qint64 customer = insert(c,
            u"INSERT INTO customers (name, email, phone, city, country, created_at) "
            "VALUES (?, ?, '+49 151 0000000', 'Bochum', 'DE', ?)"_s,
            {u"Kunde Nummer%1"_s.arg(i), u"kunde%1@example.org"_s.arg(i), now - 900 * day});
        const qint64 order = insert(c,
            u"INSERT INTO orders (order_number, customer_id, placed_at) VALUES (?, ?, ?)"_s,
            {u"C-%1"_s.arg(i), customer, now - 400 * day});
        const qint64 shipment = insert(c,
            u"INSERT INTO shipments (order_id, carrier, tracking_number, dest_postcode, "
            "shipped_at, created_at) VALUES (?, 'dhl', ?, '44787', ?, ?)"_s,
            {order, u"0034%1"_s.arg(i), now - 399 * day, now - 399 * day});
        insert(c,
            u"INSERT INTO messages (customer_id, shipment_id, channel, language, kind, state, "
            "body, created_at, idempotency_key) VALUES (?, ?, 'email', 'de', 'delay_notice', "
            "'sent', 'Hallo Kunde', ?, ?)"_s,
            {customer, shipment, now - 398 * day, u"pd-c%1"_s.arg(i)});
        insert(c,
            u"INSERT INTO contacts (shipment_id, order_id, channel, reason, note, agent, "
            "occurred_at) VALUES (?, ?, 'phone', 'other', 'Kunde rief an', 'ida', ?)"_s,
            {shipment, order, now - 397 * day});
    }
    const QStringList figuresBefore = rows(c, u"SELECT * FROM contact_daily ORDER BY 1, 2"_s);

    CustomerPrivacy privacy(db);
    privacy.setBatchSize(3);
    std::atomic_bool cancel = false;
    const auto run = privacy.applyRetention(
        365, u"retention"_s, now,
        [&](qint64 done, qint64) {
            if (done >= 3)
                cancel = true; // the person at the screen pressed Cancel after one batch
        },
        &cancel);
    QVERIFY2(run, qPrintable(run ? QString() : run.error().message));
    QVERIFY(run->cancelled);
    QCOMPARE(run->due, count);
    QCOMPARE(run->erased, 3);

    // Each customer erased whole or not at all.
    const QStringList states = rows(c,
        u"SELECT CAST(c.erased_at IS NOT NULL AS INTEGER), CAST(c.email IS NULL AS INTEGER), "
        "CAST(c.phone IS NULL AS INTEGER), CAST(c.city IS NULL AS INTEGER), "
        "CAST(m.body = '' AS INTEGER), CAST(k.note = '' AS INTEGER), "
        "CAST(s.dest_postcode IS NULL AS INTEGER) FROM customers c "
        "JOIN orders o ON o.customer_id = c.id JOIN shipments s ON s.order_id = o.id "
        "JOIN messages m ON m.customer_id = c.id JOIN contacts k ON k.order_id = o.id "
        "ORDER BY c.id"_s);
    QCOMPARE(states.size(), count);
    QCOMPARE(states.count(u"1|1|1|1|1|1|1"_s), 3);
    QCOMPARE(states.count(u"0|0|0|0|0|0|0"_s), count - 3);
    const QStringList audit = rows(c, u"SELECT detail FROM audit_log WHERE action = 'retention'"_s);
    QCOMPARE(audit.size(), 1);
    QVERIFY2(audit.first().contains(u"due=10 erased=3 cancelled"_s), qPrintable(audit.first()));

    // The next run takes the rest.
    cancel = false;
    const auto rest = privacy.applyRetention(365, u"retention"_s, now, {}, &cancel);
    QVERIFY(rest);
    QCOMPARE(rest->erased, count - 3);
    QCOMPARE(
        rows(c, u"SELECT count(*) FROM customers WHERE erased_at IS NULL"_s), QStringList {u"0"_s});
    QCOMPARE(rows(c, u"SELECT * FROM contact_daily ORDER BY 1, 2"_s), figuresBefore);
    QVERIFY(whereFound(c, {u"kunde"_s, u"44787"_s, u"Bochum"_s, u"151 0000000"_s}).isEmpty());
    c = QSqlDatabase();
    db.releaseConnection();
}

void TestCustomerPrivacy::retentionSetting()
{
    CustomerPrivacy privacy(m_db);
    QCOMPARE(*privacy.retentionDays(), 0); // schema 11's default: off
    QVERIFY(privacy.setRetentionDays(730, u"dpo-maria"_s, now));
    QCOMPARE(*privacy.retentionDays(), 730);
    QVERIFY(!privacy.setRetentionDays(-1, u"dpo-maria"_s, now));
    QCOMPARE(*privacy.retentionDays(), 730);
    QCOMPARE(rows(m_db.connection(),
                 u"SELECT actor, detail FROM audit_log WHERE entity = 'setting' ORDER BY id"_s),
        QStringList {u"dpo-maria|privacy.retention_days=730"_s});
    insert(m_db.connection(),
        u"UPDATE settings SET value = 'two years' WHERE key = 'privacy.retention_days'"_s, {});
    const auto broken = privacy.retentionDays();
    QVERIFY(!broken);
    QVERIFY(broken.error().message.contains(u"privacy.retention_days"_s));
    QVERIFY(broken.error().message.contains(u"two years"_s));
}

QTEST_GUILESS_MAIN(TestCustomerPrivacy)
#include "tst_customerprivacy.moc"
