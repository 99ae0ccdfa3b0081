// Import benchmark: a million shipment rows and a million order rows from CSV through ShopImport
// (read twice: checked, then written in one transaction, triggers and all), each into a fresh
// database, against the same rows inserted with SQLite's C API through prepared statements in
// one transaction (no file, no checks). The goal is absolute: under a minute each.
// Usage: bench_import [--rows N] [--json FILE]
#include "benchresults.h"
#include "carriers/trackingnumber.h"
#include "store/database.h"
#include "workflows/shopimport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

namespace {

constexpr qint64 start = 1'763'000'000'000; // November 2025
const char *const countries[] = {"DE", "AT", "NL", "FR", "PL"};

QByteArray withCheckDigit(const QByteArray &base, bool (*check)(QStringView))
{
    for (char d = '0'; d <= '9'; ++d) {
        const QByteArray candidate = base + d;
        if (check(QString::fromLatin1(candidate)))
            return candidate;
    }
    return {};
}

struct ShipmentLine
{
    QByteArray carrier;
    QByteArray tracking;
    qint64 shippedAt;
    QByteArray country;
    QByteArray postcode;
    qint64 promisedAt;
};

// DHL SSCCs, UPS 1Z and DPD numbers, each valid for its carrier.
std::vector<ShipmentLine> makeShipments(int n)
{
    std::vector<ShipmentLine> out;
    out.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        ShipmentLine s;
        switch (i % 3) {
        case 0:
            s.carrier = "dhl";
            s.tracking = withCheckDigit(
                "00340434" + QByteArray::number(i).rightJustified(11, '0'), CheckDigits::gs1Mod10);
            break;
        case 1:
            s.carrier = "ups";
            s.tracking = withCheckDigit(
                "1Z999AA1" + QByteArray::number(i).rightJustified(9, '0'), CheckDigits::ups1Z);
            break;
        default:
            s.carrier = "dpd";
            s.tracking = "0" + QByteArray::number(i).rightJustified(13, '0');
            break;
        }
        s.shippedAt = start + qint64(i) * 6'000;
        s.country = countries[i % 5];
        s.postcode = QByteArray::number(10000 + i % 89999);
        s.promisedAt = (s.shippedAt / 86'400'000 + 3) * 86'400'000;
        out.push_back(std::move(s));
    }
    return out;
}

QByteArray isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate).toLatin1();
}

void writeShipments(const QString &path, const std::vector<ShipmentLine> &rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write("carrier,tracking,shipped_at,service,origin_country,dest_country,dest_postcode,"
            "promised_at\n");
    for (const ShipmentLine &s : rows)
        f.write(s.carrier + ',' + s.tracking + ',' + isoTime(s.shippedAt) + ",Paket,DE," + s.country
            + ',' + s.postcode + ',' + isoTime(s.promisedAt).left(10) + '\n');
}

// One row per line item: every other order has two lines; every third order is a returning
// customer's (the same e-mail address as the order before).
struct OrderLine
{
    QByteArray number;
    bool first;
    qint64 placedAt;
    QByteArray email;
    QByteArray name;
    QByteArray country;
    QByteArray postcode;
    QByteArray sku;
    qint64 quantity;
    qint64 priceCents;
};

std::vector<OrderLine> makeOrders(int rows)
{
    std::vector<OrderLine> out;
    out.reserve(size_t(rows));
    int order = 0;
    while (int(out.size()) < rows) {
        ++order;
        const int customer = order % 3 == 0 ? order - 1 : order;
        const int lines = order % 2 == 0 ? 2 : 1;
        for (int l = 0; l < lines && int(out.size()) < rows; ++l) {
            OrderLine o;
            o.number = "#" + QByteArray::number(100000 + order);
            o.first = l == 0;
            o.placedAt = start + qint64(order) * 9'000;
            o.email = "customer" + QByteArray::number(customer) + "@example.com";
            o.name = "Customer " + QByteArray::number(customer);
            o.country = countries[customer % 5];
            o.postcode = QByteArray::number(10000 + customer % 89999);
            o.sku = "SKU-" + QByteArray::number(order % 500 + l);
            o.quantity = 1 + l;
            o.priceCents = 1999 + (order % 7) * 1000;
            out.push_back(std::move(o));
        }
    }
    return out;
}

void writeOrders(const QString &path, const std::vector<OrderLine> &rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write("order,placed_at,email,customer_name,country,postcode,currency,sku,item,quantity,"
            "unit_price\n");
    for (const OrderLine &o : rows) {
        const QByteArray price = QByteArray::number(double(o.priceCents) / 100.0, 'f', 2);
        if (o.first)
            f.write(o.number + ',' + isoTime(o.placedAt) + ',' + o.email + ',' + o.name + ','
                + o.country + ',' + o.postcode + ",EUR," + o.sku + ",Product " + o.sku + ','
                + QByteArray::number(o.quantity) + ',' + price + '\n');
        else
            f.write(o.number + ",,,,,,," + o.sku + ",Product " + o.sku + ','
                + QByteArray::number(o.quantity) + ',' + price + '\n');
    }
}

// With the page cache the import gives its transaction.
sqlite3 *openRaw(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db,
        "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -262144;",
        nullptr, nullptr, nullptr);
    return db;
}

sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK)
        qFatal("%s: %s", sql, sqlite3_errmsg(db));
    return st;
}

void bindText(sqlite3_stmt *st, int index, const QByteArray &text)
{
    sqlite3_bind_text(st, index, text.constData(), int(text.size()), SQLITE_STATIC);
}

void run(sqlite3_stmt *st)
{
    if (sqlite3_step(st) != SQLITE_DONE)
        qFatal("insert failed: %s", sqlite3_errmsg(sqlite3_db_handle(st)));
    sqlite3_reset(st);
}

double rawShipments(const QString &path, const std::vector<ShipmentLine> &rows, qint64 now)
{
    sqlite3 *db = openRaw(path);
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_stmt *st = prepare(db,
        "INSERT INTO shipments (carrier, tracking_number, service, origin_country, dest_country, "
        "dest_postcode, status_at, shipped_at, promised_at, next_poll_at, created_at) "
        "VALUES (?1, ?2, 'Paket', 'DE', ?3, ?4, ?5, ?5, ?6, ?7, ?7)");
    for (const ShipmentLine &s : rows) {
        bindText(st, 1, s.carrier);
        bindText(st, 2, s.tracking);
        bindText(st, 3, s.country);
        bindText(st, 4, s.postcode);
        sqlite3_bind_int64(st, 5, s.shippedAt);
        sqlite3_bind_int64(st, 6, s.promisedAt);
        sqlite3_bind_int64(st, 7, now);
        run(st);
    }
    sqlite3_finalize(st);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_close(db);
    return seconds;
}

double rawOrders(const QString &path, const std::vector<OrderLine> &rows, qint64 now)
{
    sqlite3 *db = openRaw(path);
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_stmt *findCustomer = prepare(db, "SELECT id FROM customers WHERE email = ?");
    sqlite3_stmt *customer = prepare(db,
        "INSERT INTO customers (name, email, language, country, postcode, created_at) "
        "VALUES (?, ?, 'en', ?, ?, ?)");
    sqlite3_stmt *order = prepare(db,
        "INSERT INTO orders (order_number, customer_id, placed_at, currency, total_cents) "
        "VALUES (?, ?, ?, 'EUR', ?)");
    sqlite3_stmt *item = prepare(db,
        "INSERT INTO order_items (order_id, line, sku, description, quantity, unit_price_cents) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    qint64 orderId = 0;
    int line = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        const OrderLine &o = rows[i];
        if (o.first) {
            qint64 customerId = 0;
            bindText(findCustomer, 1, o.email);
            if (sqlite3_step(findCustomer) == SQLITE_ROW)
                customerId = sqlite3_column_int64(findCustomer, 0);
            sqlite3_reset(findCustomer);
            if (customerId == 0) {
                bindText(customer, 1, o.name);
                bindText(customer, 2, o.email);
                bindText(customer, 3, o.country);
                bindText(customer, 4, o.postcode);
                sqlite3_bind_int64(customer, 5, now);
                run(customer);
                customerId = sqlite3_last_insert_rowid(db);
            }
            qint64 total = 0;
            for (size_t j = i; j < rows.size() && rows[j].number == o.number; ++j)
                total += rows[j].quantity * rows[j].priceCents;
            bindText(order, 1, o.number);
            sqlite3_bind_int64(order, 2, customerId);
            sqlite3_bind_int64(order, 3, o.placedAt);
            sqlite3_bind_int64(order, 4, total);
            run(order);
            orderId = sqlite3_last_insert_rowid(db);
            line = 0;
        }
        const QByteArray description = "Product " + o.sku;
        sqlite3_bind_int64(item, 1, orderId);
        sqlite3_bind_int64(item, 2, ++line);
        bindText(item, 3, o.sku);
        bindText(item, 4, description);
        sqlite3_bind_int64(item, 5, o.quantity);
        sqlite3_bind_int64(item, 6, o.priceCents);
        run(item);
    }
    for (sqlite3_stmt *st : {findCustomer, customer, order, item})
        sqlite3_finalize(st);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_close(db);
    return seconds;
}

QString freshDatabase(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    const auto db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    db->releaseConnection();
    return path;
}

double importFile(const QString &dbPath, ImportKind kind, const QString &file, int rows,
    const char *what, qint64 now)
{
    auto db = Database::open(dbPath);
    ImportSource source;
    source.kind = kind;
    source.path = file;
    ShopImport::Options options;
    options.actor = u"bench"_s;
    options.nowMs = now;
    QElapsedTimer timer;
    timer.start();
    const auto imported = ShopImport::run(*db, {source}, options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!imported)
        qFatal("%s", qPrintable(imported.error().message));
    if (!imported->complete() || imported->rows != rows)
        qFatal("%s: %d rows, %d bad: %s", what, imported->rows, imported->badRows,
            qPrintable(imported->problems.value(0).text()));
    std::printf("%s: %d rows → %d orders, %d lines, %d customers, %d shipments in %.1f s\n", what,
        imported->rows, imported->orders, imported->items, imported->customers, imported->shipments,
        seconds);
    db->releaseConnection();
    return seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(
        u"rows"_s, u"Rows in each CSV file (default 1000000)."_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption jsonOption(
        u"json"_s, u"Merge the results into this JSON file."_s, u"file"_s);
    parser.addOptions({rowsOption, jsonOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    if (rows < 1)
        qFatal("--rows must be a positive number");
    QTemporaryDir dir;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    const std::vector<ShipmentLine> shipments = makeShipments(rows);
    const QString shipmentsCsv = dir.filePath(u"shipments.csv"_s);
    writeShipments(shipmentsCsv, shipments);
    const double rawShip
        = rawShipments(freshDatabase(dir, u"raw-shipments.sqlite"_s), shipments, now);
    const double importShip = importFile(freshDatabase(dir, u"shipments.sqlite"_s),
        ImportKind::Shipments, shipmentsCsv, rows, "shipments", now);

    const std::vector<OrderLine> orders = makeOrders(rows);
    const QString ordersCsv = dir.filePath(u"orders.csv"_s);
    writeOrders(ordersCsv, orders);
    const double rawOrd = rawOrders(freshDatabase(dir, u"raw-orders.sqlite"_s), orders, now);
    const double importOrd = importFile(
        freshDatabase(dir, u"orders.sqlite"_s), ImportKind::Orders, ordersCsv, rows, "orders", now);

    Bench::Figure ship;
    ship.name = u"import_shipments_csv_s"_s;
    ship.value = importShip;
    ship.unit = u"s"_s;
    ship.baseline = rawShip;
    ship.goal = 60;
    ship.goalIsMaximum = true;
    ship.description = u"%1 shipment rows from CSV, checked and imported; baseline: the same rows "
                       "through a raw prepared INSERT"_s.arg(rows);
    Bench::Figure ord;
    ord.name = u"import_orders_csv_s"_s;
    ord.value = importOrd;
    ord.unit = u"s"_s;
    ord.baseline = rawOrd;
    ord.goal = 60;
    ord.goalIsMaximum = true;
    ord.description = u"%1 order rows (line items) from CSV, checked and imported with customers "
                      "and lines; baseline: the same rows through raw prepared INSERTs"_s.arg(rows);
    const bool written = Bench::report(ship, parser.value(jsonOption))
        && Bench::report(ord, parser.value(jsonOption));
    return written && importShip <= 60 && importOrd <= 60 ? 0 : 1;
}
