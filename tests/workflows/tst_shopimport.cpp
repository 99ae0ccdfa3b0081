#include "carriers/trackingnumber.h"
#include "store/csvreader.h"
#include "store/database.h"
#include "store/importprofilestore.h"
#include "testsupport.h"
#include "workflows/shopimport.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;
using TestSupport::dhlNumber;

namespace {

qint64 utc(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

// Orders, shipments and feedback from Shopify's export, our own CSV with a saved profile, and
// JSON lines: every bad row named with line, column and reason before anything is written;
// all or nothing unless bad rows are skipped; a second import adds nothing.
class TestShopImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void csvRecordsSpanLines();
    void proposesMappings();
    void importsShopifyExport();
    void importsOwnCsvWithSavedProfile();
    void importsJsonLines();
    void badRowsAreNamedAndNothingIsImported();
    void skipBadLeavesOutTheWholeOrder();
    void reimportAddsNothing();
    void feedbackNeedsItsOrder();
    void dryRunWritesNothing();
    void cancelLeavesNothing();

private:
    QString write(const QByteArray &content, const QString &suffix = u".csv"_s)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
            + u"-"_s + QString::number(++m_files) + suffix);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }
    ShopImport::Options options(bool skipBad = false) const
    {
        ShopImport::Options o;
        o.actor = u"importer"_s;
        o.nowMs = m_now;
        o.skipBad = skipBad;
        return o;
    }
    static ImportSource source(ImportKind kind, const QString &path)
    {
        ImportSource s;
        s.kind = kind;
        s.path = path;
        return s;
    }
    // Rows in the tables an import writes, to prove that a failed one wrote nothing.
    QList<qint64> counts() const
    {
        QList<qint64> out;
        for (const QString &table : {u"customers"_s, u"orders"_s, u"order_items"_s, u"shipments"_s,
                 u"feedback"_s, u"search_keys"_s, u"audit_log"_s})
            out << TestSupport::scalar(m_db, u"SELECT count(*) FROM "_s + table);
        return out;
    }
    QByteArray shipmentsCsv(int rows) const
    {
        QByteArray csv = "order,carrier,tracking,shipped_at,dest_country\n";
        for (int i = 0; i < rows; ++i)
            csv += "A1," + QByteArray("dhl,") + dhlNumber(i).toLatin1()
                + ",2026-11-18T10:00:00Z,DE\n";
        return csv;
    }

    QTemporaryDir m_dir;
    Database m_db;
    int m_files = 0;
    qint64 m_now = utc(2026, 11, 20, 10);
};

void TestShopImport::init()
{
    const auto opened = Database::open(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s));
    QVERIFY(opened);
    m_db = *opened;
    m_files = 0;
    QSqlQuery q(m_db.connection());
    QVERIFY2(q.exec(u"INSERT INTO customers (id, name, email, language, created_at) VALUES "
                    "(1, 'Ana Ruiz', 'ana@example.com', 'en', 0)"_s),
        qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(u"INSERT INTO orders (id, order_number, customer_id, placed_at) VALUES "
                    "(1, 'A1', 1, 0)"_s),
        qPrintable(q.lastError().text()));
}

void TestShopImport::csvRecordsSpanLines()
{
    const QString path = write("\xEF\xBB\xBFName;Notes;Total\r\n"
                               "#1;\"first line\r\nsecond; \"\"quoted\"\"\";1,50\r\n"
                               "\r\n"
                               "#2;plain;2\r\n"
                               "#3;\"never closed;3\r\n"
                               "#4;x;4\r\n");
    CsvReader reader(path);
    QVERIFY(reader.open(u"hint"_s));
    QCOMPARE(reader.separator(), u';');
    QCOMPARE(reader.header(), (QStringList {u"Name"_s, u"Notes"_s, u"Total"_s}));
    CsvRecord r;
    QVERIFY(reader.next(r));
    QCOMPARE(r.line, 2);
    QCOMPARE(r.fields, (QStringList {u"#1"_s, u"first line\nsecond; \"quoted\""_s, u"1,50"_s}));
    QVERIFY(reader.next(r));
    QCOMPARE(r.line, 5);
    QCOMPARE(r.fields.value(1), u"plain"_s);
    QVERIFY(reader.next(r)); // the open quote takes the rest of the file, and says so
    QCOMPARE(r.line, 6);
    QCOMPARE(r.unclosedQuoteField, 1);
    QVERIFY(!reader.next(r));
    QVERIFY(reader.error().isEmpty());
}

void TestShopImport::proposesMappings()
{
    const QStringList shopify
        = {u"Name"_s, u"Email"_s, u"Financial Status"_s, u"Created at"_s, u"Lineitem quantity"_s,
            u"Lineitem name"_s, u"Lineitem price"_s, u"Shipping Zip"_s, u"Phone"_s};
    QVERIFY(ImportMapping::isShopifyOrderExport(shopify));
    const ImportMapping m = ImportMapping::propose(ImportKind::Orders, shopify);
    QVERIFY(m.shopify);
    QCOMPARE(m.columns.value(u"order"_s), QStringList {u"Name"_s});
    QCOMPARE(m.columns.value(u"postcode"_s), QStringList {u"Shipping Zip"_s});
    QCOMPARE(m.columns.value(u"phone"_s), QStringList {u"Phone"_s}); // only what the file has
    QVERIFY(!m.columns.contains(u"customer_name"_s));

    const ImportMapping own = ImportMapping::propose(ImportKind::Shipments,
        {u"Tracking Number"_s, u"CARRIER"_s, u"shipped at"_s, u"Order_Number"_s, u"zip"_s});
    QVERIFY(!own.shopify);
    QCOMPARE(own.columns.value(u"tracking"_s), QStringList {u"Tracking Number"_s});
    QCOMPARE(own.columns.value(u"carrier"_s), QStringList {u"CARRIER"_s});
    QCOMPARE(own.columns.value(u"shipped_at"_s), QStringList {u"shipped at"_s});
    QCOMPARE(own.columns.value(u"order"_s), QStringList {u"Order_Number"_s});
    QVERIFY(own.problems().isEmpty());

    // German column names, as a German warehouse's export has them.
    const ImportMapping german = ImportMapping::propose(ImportKind::Shipments,
        {u"Bestellung"_s, u"Versender"_s, u"Sendungsnummer"_s, u"Versanddatum"_s, u"PLZ"_s,
            u"Zielland"_s, u"Liefertermin"_s});
    QCOMPARE(german.columns.value(u"order"_s), QStringList {u"Bestellung"_s});
    QCOMPARE(german.columns.value(u"carrier"_s), QStringList {u"Versender"_s});
    QCOMPARE(german.columns.value(u"tracking"_s), QStringList {u"Sendungsnummer"_s});
    QCOMPARE(german.columns.value(u"shipped_at"_s), QStringList {u"Versanddatum"_s});
    QCOMPARE(german.columns.value(u"dest_postcode"_s), QStringList {u"PLZ"_s});
    QCOMPARE(german.columns.value(u"dest_country"_s), QStringList {u"Zielland"_s});
    QCOMPARE(german.columns.value(u"promised_at"_s), QStringList {u"Liefertermin"_s});
    const ImportMapping feedback = ImportMapping::propose(
        ImportKind::Feedback, {u"Bestellnummer"_s, u"Bewertung"_s, u"Kommentar"_s, u"Datum"_s});
    QVERIFY2(feedback.problems().isEmpty(), qPrintable(feedback.problems().join(u'\n')));

    ImportMapping partial = own;
    partial.columns.remove(u"carrier"_s);
    partial.columns.insert(u"colour"_s, {u"Colour"_s});
    QCOMPARE(partial.problems().size(), 2);

    ImportMapping withFormat = own;
    withFormat.dateFormat = u"dd.MM.yyyy"_s;
    withFormat.decimalSeparator = u',';
    withFormat.columns.insert(u"dest_postcode"_s, {u"PLZ"_s, u"zip"_s});
    const auto back = ImportMapping::fromJson(ImportKind::Shipments, withFormat.toJson());
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    QCOMPARE(*back, withFormat);
}

void TestShopImport::importsShopifyExport()
{
    // Columns in the export's order (a part of them); one row per line item, the order's own
    // fields on its first row only; Shopify's dates, "#" names, a zip with its apostrophe, a
    // note and a street with line breaks, a cancelled order.
    const QString path = write(
        "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,"
        "Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,"
        "Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,"
        "Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,"
        "Billing Name,Billing Street,Shipping Name,Shipping Street,Shipping Address1,"
        "Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,"
        "Shipping Country,Shipping Phone,Notes,Cancelled at,Id,Phone\r\n"
        "#1001,Ana@Example.com,paid,2026-11-18 09:50:26 +0100,,,yes,EUR,53.91,0.00,0.00,53.91,,"
        "0.00,Standard,2026-11-18 09:50:26 +0100,2,Face cream,19.95,,FC-1,true,true,pending,"
        "Ana Ruiz,Hauptstr. 1,Ana Ruiz,Hauptstr. 1,Hauptstr. 1,,,Dresden,'01067,,DE,"
        "+49 351 1234567,\"Please ring twice.\r\nThe bell is broken\",,5550001,\r\n"
        "#1001,Ana@Example.com,,,,,,,,,,,,,,2026-11-18 09:50:26 +0100,1,Lipstick,14.01,,LS-2,"
        "true,true,pending,,,,,,,,,,,,,,,5550001,\r\n"
        "#1002,ben@example.com,paid,,,,no,EUR,20.00,0.00,0.00,20.00,,0.00,Standard,"
        "2026-11-19 18:00:00 -0500,1,Novel,20.00,,BK-1,true,true,pending,Ben Ode,,Ben Ode,"
        "\"Ringstr. 5\nHinterhaus\",Ringstr. 5,Hinterhaus,,Wien,1010,,Österreich,,,,5550002,+43 1 "
        "555\r\n"
        "#1003,cleo@example.com,refunded,,,,no,EUR,9.00,0.00,0.00,9.00,,0.00,Standard,"
        "2026-11-19 10:00:00 +0100,1,Socks,9.00,,SO-1,true,true,pending,Cleo,,Cleo,,,,,Graz,"
        "8010,,AT,,,2026-11-19 11:00:00 +0100,5550003,\r\n");
    const auto preview = ShopImport::preview(path);
    QVERIFY(preview);
    QVERIFY(preview->shopifyOrders);
    QCOMPARE(preview->samples.size(), 4);

    const auto imported = ShopImport::run(m_db, {source(ImportKind::Orders, path)}, options());
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    QVERIFY2(imported->problems.isEmpty(), qPrintable(imported->problems.value(0).text()));
    QCOMPARE(imported->rows, 4);
    QCOMPARE(imported->orders, 2);
    QCOMPARE(imported->items, 3);
    QCOMPARE(imported->customers, 1); // Ana is known by her e-mail address
    QCOMPARE(imported->cancelled, 1);
    QVERIFY(imported->complete());

    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT o.customer_id, o.placed_at, o.currency, o.total_cents, "
                   "(SELECT group_concat(sku || 'x' || quantity || '@' || unit_price_cents, ' ') "
                   "FROM order_items WHERE order_id = o.id ORDER BY line) "
                   "FROM orders o WHERE order_number = '#1001'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 1);
    QCOMPARE(q.value(1).toLongLong(), utc(2026, 11, 18, 8, 50, 26));
    QCOMPARE(q.value(2).toString(), u"EUR"_s);
    QCOMPARE(q.value(3).toLongLong(), 5391);
    QCOMPARE(q.value(4).toString(), u"FC-1x2@1995 LS-2x1@1401"_s);
    QVERIFY(q.exec(u"SELECT c.name, c.email, c.phone, c.street, c.postcode, c.city, c.country, "
                   "o.placed_at, c.language FROM orders o JOIN customers c ON c.id = "
                   "o.customer_id WHERE o.order_number = '#1002'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"Ben Ode"_s);
    QCOMPARE(q.value(1).toString(), u"ben@example.com"_s);
    QCOMPARE(q.value(2).toString(), u"+43 1 555"_s);
    QCOMPARE(q.value(3).toString(), u"Ringstr. 5\nHinterhaus"_s);
    QCOMPARE(q.value(4).toString(), u"1010"_s);
    QCOMPARE(q.value(5).toString(), u"Wien"_s);
    QCOMPARE(q.value(6).toString(), u"AT"_s); // written "Österreich" in the file
    QCOMPARE(q.value(7).toLongLong(), utc(2026, 11, 19, 23));
    // Shopify says no language: a customer in Vienna is written to in German.
    QCOMPARE(q.value(8).toString(), u"de"_s);
    QCOMPARE(
        TestSupport::scalar(m_db, u"SELECT count(*) FROM orders WHERE order_number = '#1003'"_s),
        0);
    // The triggers of the normal tables ran: the WISMO desk finds the new order and customer.
    QCOMPARE(TestSupport::scalar(m_db,
                 u"SELECT count(*) FROM search_keys k JOIN orders o ON o.id = k.ref "
                 "WHERE k.kind = 1 AND k.key = '1002' AND o.order_number = '#1002'"_s),
        1);
    QCOMPARE(TestSupport::scalar(
                 m_db, u"SELECT count(*) FROM customer_words WHERE customer_words MATCH 'wien'"_s),
        1);
    QCOMPARE(TestSupport::scalar(m_db,
                 u"SELECT count(*) FROM audit_log WHERE action = 'imported' AND "
                 "entity = 'orders' AND actor = 'importer'"_s),
        1);
}

void TestShopImport::importsOwnCsvWithSavedProfile()
{
    ImportMapping mapping;
    mapping.kind = ImportKind::Shipments;
    mapping.columns = {{u"order"_s, {u"Bestellung"_s}}, {u"carrier"_s, {u"Versender"_s}},
        {u"tracking"_s, {u"Sendungsnummer"_s}}, {u"shipped_at"_s, {u"Versanddatum"_s}},
        {u"dest_postcode"_s, {u"PLZ"_s, u"Postleitzahl"_s}}, {u"promised_at"_s, {u"Zugesagt"_s}}};
    mapping.dateFormat = u"dd.MM.yyyy HH:mm"_s;
    mapping.decimalSeparator = u',';
    QVERIFY(ImportProfileStore::save(m_db, u"Lager Nord"_s, mapping, m_now));
    QVERIFY(!ImportProfileStore::save(m_db, u"Shopify"_s, mapping, m_now)); // built in
    const auto listed = ImportProfileStore::list(m_db);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    const auto loaded = ImportProfileStore::load(m_db, u"Lager Nord"_s);
    QVERIFY(loaded);
    QCOMPARE(loaded->mapping, mapping);

    const QString path = write("Bestellung;Versender;Sendungsnummer;Versanddatum;PLZ;"
                               "Postleitzahl;Zugesagt;Farbe\n"
                               "a1;DHL;"
        + dhlNumber(1).toLatin1()
        + ";18.11.2026 14:30;;10115;20.11.2026 00:00;blau\n"
          ";ups;1Z 999 AA1 0123 4567 84;19.11.2026 08:00;80331;;;rot\n");
    ImportSource s = source(ImportKind::Shipments, path);
    s.mapping = loaded->mapping;
    const auto imported = ShopImport::run(m_db, {s}, options());
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    QVERIFY2(imported->problems.isEmpty(), qPrintable(imported->problems.value(0).text()));
    QCOMPARE(imported->shipments, 2);
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT order_id, carrier, tracking_number, shipped_at, dest_postcode, "
                   "promised_at, next_poll_at, status_tag, direction FROM shipments "
                   "ORDER BY id"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 1);
    QCOMPARE(q.value(1).toString(), u"dhl"_s);
    QCOMPARE(q.value(2).toString(), dhlNumber(1));
    QCOMPARE(q.value(3).toLongLong(), utc(2026, 11, 18, 14, 30));
    QCOMPARE(q.value(4).toString(), u"10115"_s); // the fallback column
    QCOMPARE(q.value(5).toLongLong(), utc(2026, 11, 20));
    QCOMPARE(q.value(6).toLongLong(), m_now); // due for polling now
    QCOMPARE(q.value(7).toString(), u"Pending"_s);
    QCOMPARE(q.value(8).toString(), u"outbound"_s);
    QVERIFY(q.next());
    QVERIFY(q.value(0).isNull());
    QCOMPARE(q.value(2).toString(), u"1Z999AA10123456784"_s);
    QCOMPARE(q.value(4).toString(), u"80331"_s);
    // The Overview's daily table is kept by its trigger.
    QCOMPARE(TestSupport::scalar(
                 m_db, u"SELECT sum(shipments) FROM shipment_daily WHERE status_tag = 'Pending'"_s),
        2);
    QVERIFY(ImportProfileStore::remove(m_db, u"Lager Nord"_s));
    QVERIFY(!ImportProfileStore::remove(m_db, u"Lager Nord"_s));
}

void TestShopImport::importsJsonLines()
{
    const QString orders
        = write("{\"order\": \"J-1\", \"placed_at\": \"2026-11-17T08:00:00Z\", \"email\": "
                "\"jo@example.com\", \"customer_ref\": \"C-77\", \"language\": \"de-AT\", "
                "\"sku\": \"T-1\", \"item\": \"Tablet\", \"quantity\": 1, \"unit_price\": 399.5}\n"
                "\n"
                "{\"order\": \"J-1\", \"sku\": \"P-2\", \"quantity\": 2, \"unit_price\": 10}\n"
                "{\"order\": \"J-2\", \"placed_at\": \"2026-11-18\", \"customer_ref\": \"C-77\", "
                "\"total\": 12.3}\n",
            u".jsonl"_s);
    const QString feedback
        = write("{\"order\": \"j-1\", \"rating\": 5, \"comment\": \"Fast!\", \"submitted_at\": "
                "\"2026-11-19T12:00:00+01:00\"}\n"
                "{\"order\": \"J-2\", \"rating\": 2, \"submitted_at\": \"2026-11-19T13:00:00Z\"}\n",
            u".ndjson"_s);
    const auto imported = ShopImport::run(m_db,
        {source(ImportKind::Orders, orders), source(ImportKind::Feedback, feedback)}, options());
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    QVERIFY2(imported->problems.isEmpty(), qPrintable(imported->problems.value(0).text()));
    QCOMPARE(imported->orders, 2);
    QCOMPARE(imported->items, 2);
    QCOMPARE(imported->customers, 1); // known by the shop's customer number
    QCOMPARE(imported->feedback, 2);
    QCOMPARE(
        TestSupport::scalar(m_db, u"SELECT total_cents FROM orders WHERE order_number = 'J-1'"_s),
        41950);
    QCOMPARE(
        TestSupport::scalar(m_db, u"SELECT total_cents FROM orders WHERE order_number = 'J-2'"_s),
        1230);
    QCOMPARE(
        TestSupport::scalar(m_db,
            u"SELECT count(*) FROM customers WHERE external_ref = 'C-77' AND language = 'de'"_s),
        1);
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT f.rating, f.comment, f.submitted_at, f.source, f.imported_at "
                   "FROM feedback f JOIN orders o ON o.id = f.order_id "
                   "WHERE o.order_number = 'J-1'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 5);
    QCOMPARE(q.value(1).toString(), u"Fast!"_s);
    QCOMPARE(q.value(2).toLongLong(), utc(2026, 11, 19, 11));
    QCOMPARE(q.value(3).toString(), u"importsJsonLines-2.ndjson:1"_s);
    QCOMPARE(q.value(4).toLongLong(), m_now);

    // A line that is not JSON, and a value that is neither text nor a number.
    const QString broken = write("{\"order\": \"A1\", \"rating\": 4, \"submitted_at\": "
                                 "\"2026-11-19T10:00:00Z\"}\n"
                                 "{\"order\": \"A1\", \"rating\": 4,\n"
                                 "{\"order\": [1], \"rating\": 4, \"submitted_at\": "
                                 "\"2026-11-19T10:00:00Z\"}\n",
        u".jsonl"_s);
    const auto bad = ShopImport::run(m_db, {source(ImportKind::Feedback, broken)}, options());
    QVERIFY(bad);
    QVERIFY(bad->nothingImported);
    QCOMPARE(bad->badRows, 2);
    QVERIFY2(bad->problems.value(0).text().startsWith(broken + u":2: not a JSON object"_s),
        qPrintable(bad->problems.value(0).text()));
    QCOMPARE(bad->problems.value(1).text(), broken + u":3: order: must be text or a number."_s);
}

void TestShopImport::badRowsAreNamedAndNothingIsImported()
{
    const QList<qint64> before = counts();
    const QString path = write("order,carrier,tracking,shipped_at,dest_country,promised_at\n"
                               "A1,dhl,"
        + dhlNumber(7).toLatin1()
        + ",2026-11-18T10:00:00Z,DE,\n"
          "A1,hermes,12345,yesterday,Atlantis,\n"
          "A9,dhl,00340434000000000001,2026-11-18,DE,2026-11-31\n"
          "A1,dhl,"
        + dhlNumber(9).toLatin1()
        + ",2026-11-18,DE,,extra\n"
          "A1,dhl,\""
        + dhlNumber(8).toLatin1() + ",2026-11-18,DE,\n");
    const auto imported = ShopImport::run(m_db, {source(ImportKind::Shipments, path)}, options());
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    QVERIFY(imported->nothingImported);
    QVERIFY(!imported->complete());
    QCOMPARE(imported->rows, 5);
    QCOMPARE(imported->badRows, 4);
    QStringList texts;
    for (const ImportProblem &p : imported->problems)
        texts << p.text();
    const QStringList expected = {
        path + u":3:2: carrier: \"hermes\" is not a carrier ParcelDesk tracks"_s,
        path + u":3:4: shipped_at: \"yesterday\" is not a moment like"_s,
        path + u":3:5: dest_country: \"Atlantis\" is not a two-letter country code such as DE."_s,
        path + u":4:1: order: there is no order A9"_s,
        path + u":4:3: tracking: \"00340434000000000001\" is not a dhl tracking number"_s,
        path + u":4:6: promised_at: \"2026-11-31\" is not a moment like"_s,
        path + u":5:7: the line has 7 fields, the header 6"_s,
        path + u":6:3: the quote is never closed."_s,
    };
    QCOMPARE(texts.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(texts.at(i).startsWith(expected.at(i)), qPrintable(texts.at(i)));
    QCOMPARE(imported->problems.at(1).line, 3);
    QCOMPARE(imported->problems.at(1).column, 4);
    QCOMPARE(imported->problems.at(1).field, u"shipped_at"_s);
    QCOMPARE(counts(), before);

    // A required field without a column is the file's problem, not a row's.
    const QString noCarrier = write("order,tracking,shipped_at\nA1,1,2026-11-18\n");
    const auto refused
        = ShopImport::run(m_db, {source(ImportKind::Shipments, noCarrier)}, options());
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"no column for carrier"_s),
        qPrintable(refused.error().message));
    QCOMPARE(counts(), before);
}

void TestShopImport::skipBadLeavesOutTheWholeOrder()
{
    const QString path = write("order;placed_at;email;sku;item;quantity;unit_price;country\n"
                               "B-1;2026-11-18T10:00:00Z;b1@example.com;S1;Shirt;1;19,90;DE\n"
                               "B-2;2026-11-18T11:00:00Z;b2@example.com;S2;Jeans;1;59,00;DE\n"
                               "B-2;;;S3;Belt;zwei;9,00;\n"
                               "B-3;2026-11-18T12:00:00Z;b3@example.com;S4;Cap;2;12.50;DE\n"
                               "B-1;2026-11-18T13:00:00Z;b1@example.com;S5;Hat;1;10,00;DE\n");
    const auto preview = ShopImport::preview(path);
    QVERIFY(preview);
    QVERIFY(!preview->shopifyOrders);
    QCOMPARE(preview->separator, u';');
    ImportMapping mapping = ImportMapping::propose(ImportKind::Orders, preview->header);
    QCOMPARE(mapping.columns.size(), 8);
    mapping.decimalSeparator = u',';
    ImportSource s = source(ImportKind::Orders, path);
    s.mapping = mapping;

    // A mapping naming a column the file lacks is the file's problem.
    ImportSource wrong = s;
    wrong.mapping->columns.insert(u"city"_s, {u"Stadt"_s, u"Ort"_s});
    const auto refused = ShopImport::check(m_db, {wrong});
    QVERIFY(!refused);
    QCOMPARE(refused.error().message,
        path
            + u":1: the header has no column \"Stadt\" / \"Ort\"; the mapping reads city from it."_s);

    const auto checked = ShopImport::check(m_db, {s});
    QVERIFY(checked);
    QCOMPARE(checked->badRows, 3);
    QCOMPARE(checked->skippedRows, 2); // line 3 with B-2, line 2 with B-1 (bad at line 6)
    QCOMPARE(counts().value(1), 1); // a check writes nothing

    const auto imported = ShopImport::run(m_db, {s}, options(true));
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    // B-1's rows do not follow each other and its last is bad: all of B-1 stays out, so a
    // corrected file can bring it whole later.
    QCOMPARE(imported->orders, 0);
    QCOMPARE(imported->badRows, 3);
    QCOMPARE(imported->skippedRows, 2);
    QVERIFY(!imported->complete());
    QStringList texts;
    for (const ImportProblem &p : imported->problems)
        texts << p.text();
    QCOMPARE(texts.size(), 5);
    QCOMPARE(
        texts.at(0), path + u":2: left out with its order: another row of the order is bad."_s);
    QCOMPARE(
        texts.at(1), path + u":3: left out with its order: another row of the order is bad."_s);
    QVERIFY2(texts.at(2).startsWith(path + u":4:6: quantity: \"zwei\""_s), qPrintable(texts.at(2)));
    QVERIFY2(
        texts.at(3).startsWith(path + u":5:7: unit_price: \"12.50\" is not an amount like 12,50"_s),
        qPrintable(texts.at(3)));
    QVERIFY2(texts.at(4).startsWith(path + u":6:1: order: order B-1 already began at line 2"_s),
        qPrintable(texts.at(4)));
    QCOMPARE(TestSupport::scalar(
                 m_db, u"SELECT count(*) FROM orders WHERE order_number IN ('B-2', 'B-3')"_s),
        0);
    QCOMPARE(
        TestSupport::scalar(m_db, u"SELECT count(*) FROM orders WHERE order_number = 'B-1'"_s), 0);
}

void TestShopImport::reimportAddsNothing()
{
    const QString path = write(shipmentsCsv(30));
    const auto first = ShopImport::run(m_db, {source(ImportKind::Shipments, path)}, options());
    QVERIFY(first);
    QCOMPARE(first->shipments, 30);
    QCOMPARE(first->alreadyThere, 0);
    const QList<qint64> after = counts();
    const auto again = ShopImport::run(m_db, {source(ImportKind::Shipments, path)}, options());
    QVERIFY(again);
    QCOMPARE(again->shipments, 0);
    QCOMPARE(again->alreadyThere, 30);
    QVERIFY(again->complete());
    QList<qint64> afterAgain = counts();
    QCOMPARE(afterAgain.takeLast(), after.last() + 1); // the audit log says it was tried
    QCOMPARE(afterAgain, after.mid(0, after.size() - 1));

    const QString orders = write("order,placed_at,sku,quantity\nN-1,2026-11-18,X,1\nN-1,,Y,2\n");
    QCOMPARE(ShopImport::run(m_db, {source(ImportKind::Orders, orders)}, options())->orders, 1);
    const auto ordersAgain = ShopImport::run(m_db, {source(ImportKind::Orders, orders)}, options());
    QCOMPARE(ordersAgain->orders, 0);
    QCOMPARE(ordersAgain->items, 0);
    QCOMPARE(ordersAgain->alreadyThere, 1);
    const QString feedback = write(
        "order,rating,submitted_at\nN-1,4,2026-11-19T10:00:00Z\nN-1,4,2026-11-19T10:00:00Z\n");
    const auto fb = ShopImport::run(m_db, {source(ImportKind::Feedback, feedback)}, options());
    QCOMPARE(fb->feedback, 1);
    QCOMPARE(fb->alreadyThere, 1); // the same rating twice in the file
    QCOMPARE(
        ShopImport::run(m_db, {source(ImportKind::Feedback, feedback)}, options())->alreadyThere,
        2);
}

void TestShopImport::feedbackNeedsItsOrder()
{
    const QString feedback = write("order,rating,comment,submitted_at\n"
                                   "A1,5,great,2026-11-19T10:00:00Z\n"
                                   "ZZ-9,0,,\n");
    const QList<qint64> before = counts();
    const auto imported
        = ShopImport::run(m_db, {source(ImportKind::Feedback, feedback)}, options());
    QVERIFY(imported);
    QVERIFY(imported->nothingImported);
    QCOMPARE(imported->badRows, 1);
    QCOMPARE(imported->problems.size(), 3); // every problem of the row
    QVERIFY2(imported->problems.at(0).text().startsWith(feedback
                 + u":3:1: order: there is no order ZZ-9, neither in the database nor "
                   "earlier in this import."_s),
        qPrintable(imported->problems.at(0).text()));
    QCOMPARE(imported->problems.at(1).text(),
        feedback + u":3:2: rating: \"0\" is not a rating from 1 to 5."_s);
    QCOMPARE(
        imported->problems.at(2).text(), feedback + u":3:4: submitted_at: the value is missing."_s);
    QCOMPARE(counts(), before);

    // The order comes with the same import: fine.
    const QString orders = write("order,placed_at\nZZ-9,2026-11-18\n");
    const QString fixed = write("order,rating,submitted_at\nZZ-9,3,2026-11-19T10:00:00Z\n");
    const auto together = ShopImport::run(
        m_db, {source(ImportKind::Orders, orders), source(ImportKind::Feedback, fixed)}, options());
    QVERIFY(together);
    QVERIFY2(together->complete(), qPrintable(together->problems.value(0).text()));
    QCOMPARE(together->orders, 1);
    QCOMPARE(together->feedback, 1);
}

void TestShopImport::dryRunWritesNothing()
{
    const QString path = write(shipmentsCsv(12));
    const QList<qint64> before = counts();
    ShopImport::Options o = options();
    o.dryRun = true;
    const auto imported = ShopImport::run(m_db, {source(ImportKind::Shipments, path)}, o);
    QVERIFY(imported);
    QVERIFY(imported->dryRun);
    QCOMPARE(imported->shipments, 12);
    QCOMPARE(counts(), before);
}

void TestShopImport::cancelLeavesNothing()
{
    const QString path = write(shipmentsCsv(6000));
    const qint64 size = QFile(path).size();
    const QList<qint64> before = counts();
    std::atomic_bool cancel = false;
    qint64 last = 0;
    const auto imported = ShopImport::run(m_db, {source(ImportKind::Shipments, path)}, options(),
        &cancel, [&](qint64 done, qint64 total) {
            QCOMPARE(total, 2 * size);
            last = done;
            if (done > size) // writing
                cancel = true;
        });
    QVERIFY(!imported);
    QVERIFY2(
        imported.error().message.contains(u"cancelled"_s), qPrintable(imported.error().message));
    QVERIFY(last > size);
    QCOMPARE(counts(), before);
}

QTEST_GUILESS_MAIN(TestShopImport)
#include "tst_shopimport.moc"
