#include "pgsupport.h"
#include "store/database.h"
#include "store/returnsdashboardquery.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

namespace {

// A moment of a UTC day; hour 24 is the next midnight, minus one millisecond when justBefore.
qint64 at(int month, int day, double hour = 0, bool justBefore = false)
{
    return QDateTime(QDate(2026, month, day), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()
        + qint64(hour * 3'600'000) - (justBefore ? 1 : 0);
}

const QDate rangeFrom(2026, 11, 1);
const QDate rangeTo(2026, 11, 14);
const QDate today(2026, 11, 15);

} // namespace

// The returns dashboard over a fixture whose every figure is worked out by hand (see
// initTestCase): each figure, the range's first and last millisecond, the warehouse filter,
// orders without lines, refused returns and lines, undecided lines, and every statement's plan.
class TestReturnsDashboardQuery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void warehouses();
    void inflow_data();
    void inflow();
    void reasons_data();
    void reasons();
    void returnRates_data();
    void returnRates();
    void dispositions_data();
    void dispositions();
    void packaging_data();
    void packaging();
    void refundTimes_data();
    void refundTimes();
    void forecast();
    void emptyRangeIsAnError();
    void statementsUseIndexes_data();
    void statementsUseIndexes();

private:
    void exec(const QString &sql, const QVariantList &values = {});
    qint64 order(const QString &category, const QString &warehouse,
        const QList<std::optional<qint64>> &deliveries);
    qint64 returnOf(qint64 orderId, const QVariantMap &columns);
    void line(qint64 returnId, const QString &category, int quantity, const QString &reason,
        const QString &outcome = u"accept"_s, const QVariant &grade = {},
        const QString &disposition = u"undecided"_s);
    ReturnsFigures load(const QString &warehouse = {});

    QTemporaryDir m_dir;
    Database m_db;
    int m_orders = 0;
    int m_returns = 0;
};

void TestReturnsDashboardQuery::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db.connection());
    QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text() + u": "_s + sql));
}

// An order with one outbound parcel per delivery (nullopt: not delivered), shipped from the
// warehouse's country.
qint64 TestReturnsDashboardQuery::order(const QString &category, const QString &warehouse,
    const QList<std::optional<qint64>> &deliveries)
{
    const qint64 id = ++m_orders;
    exec(u"INSERT INTO orders (id, order_number, customer_id, placed_at, total_cents, category) "
         "VALUES (?, ?, 1, ?, 5000, ?)"_s,
        {id, u"PD-%1"_s.arg(id), at(10, 1), category});
    for (const auto &delivered : deliveries)
        exec(u"INSERT INTO shipments (order_id, carrier, tracking_number, direction, "
             "origin_country, dest_country, status_tag, sub_status, shipped_at, delivered_at, "
             "created_at) VALUES (?, 'dhl', ?, 'outbound', ?, 'FR', ?, ?, ?, ?, ?)"_s,
            {id, u"T%1-%2"_s.arg(id).arg(delivered.value_or(0)), warehouse,
                delivered ? u"Delivered"_s : u"InTransit"_s,
                delivered ? u"Delivered"_s : u"InTransit"_s, at(10, 1),
                delivered ? QVariant(*delivered) : QVariant(), at(10, 1)});
    return id;
}

qint64 TestReturnsDashboardQuery::returnOf(qint64 orderId, const QVariantMap &columns)
{
    const qint64 id = ++m_returns;
    QStringList names = {u"id"_s, u"order_id"_s, u"rma"_s, u"reason_code"_s, u"created_at"_s};
    QVariantList values = {id, orderId, u"RMA-%1"_s.arg(id), u"changed_mind"_s, at(10, 20)};
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        const qsizetype i = names.indexOf(it.key());
        if (i >= 0) {
            values[i] = it.value();
        } else {
            names << it.key();
            values << it.value();
        }
    }
    exec(u"INSERT INTO returns (%1) VALUES (%2)"_s.arg(
             names.join(u", "_s), QStringList(names.size(), u"?"_s).join(u", "_s)),
        values);
    return id;
}

void TestReturnsDashboardQuery::line(qint64 returnId, const QString &category, int quantity,
    const QString &reason, const QString &outcome, const QVariant &grade,
    const QString &disposition)
{
    exec(u"INSERT INTO return_items (return_id, category, quantity, unit_price_cents, "
         "reason_code, outcome, grade, disposition, disposition_reason) VALUES (?, ?, ?, 1000, "
         "?, ?, ?, ?, ?)"_s,
        {returnId, category, quantity, reason, outcome, grade, disposition,
            disposition == u"landfill" ? QVariant(u"mould"_s) : QVariant()});
}

void TestReturnsDashboardQuery::initTestCase()
{
    PARCELDESK_REQUIRE_STORE();
    const auto db = Database::open(TestSupport::storeLocation(m_dir.filePath(u"returns.sqlite"_s)));
    QVERIFY(db);
    m_db = *db;
    exec(u"INSERT INTO customers (id, name, created_at) VALUES (1, 'Eva', 0)"_s);

    // Orders; the range is 1 to 14 November, the warehouses DE and AT (where parcels leave).
    // Delivered in the range: O1, O2, O5. O1: fashion ×4 and beauty ×1.
    const qint64 o1 = order(u"fashion"_s, u"DE"_s, {at(11, 1)}); // the first millisecond
    exec(u"INSERT INTO order_items (order_id, line, sku, description, category, quantity) "
         "VALUES (?, 1, 'F1', 'Dress', NULL, 4), (?, 2, 'B1', 'Cream', 'beauty', 1)"_s,
        {o1, o1});
    // O2: no lines, counts as one electronics item; the last millisecond of the range.
    const qint64 o2 = order(u"electronics"_s, u"DE"_s, {at(11, 14, 24, true)});
    // O3: the first millisecond after the range.
    const qint64 o3 = order(u"fashion"_s, u"DE"_s, {at(11, 15)});
    exec(u"INSERT INTO order_items (order_id, line, sku, description, quantity) VALUES (?, 1, "
         "'F2', 'Coat', 3)"_s,
        {o3});
    // O4: the last millisecond before the range.
    const qint64 o4 = order(u"home"_s, u"AT"_s, {at(11, 1, 0, true)});
    // O5: a home line without a category of its own.
    const qint64 o5 = order(u"home"_s, u"AT"_s, {at(11, 5, 10)});
    exec(u"INSERT INTO order_items (order_id, line, sku, description, quantity) VALUES (?, 1, "
         "'H1', 'Lamp', 1)"_s,
        {o5});
    // O6: first delivered before the range, its second parcel in it: not the range's.
    const qint64 o6 = order(u"fashion"_s, u"DE"_s, {at(10, 30), at(11, 3)});
    // O7: never delivered.
    const qint64 o7 = order(u"electronics"_s, u"DE"_s, {std::nullopt});

    // R1 (O1, DE): registered 3 Nov, dropped off 4 Nov 08:00, received 6 Nov, graded 7 Nov,
    // refunded 8 Nov 08:00 (4.0 days); fashion ×2 resold, beauty ×1 to landfill, a refused
    // fashion line.
    const qint64 r1 = returnOf(o1,
        {{u"warehouse"_s, u"DE"_s}, {u"reason_code"_s, u"size_too_small"_s},
            {u"created_at"_s, at(11, 3, 10)}, {u"dropped_off_at"_s, at(11, 4, 8)},
            {u"received_at"_s, at(11, 6, 9)}, {u"graded_at"_s, at(11, 7, 10)},
            {u"reusable_packaging"_s, 1}, {u"settlement"_s, u"done"_s},
            {u"settled_at"_s, at(11, 8, 8)}});
    line(r1, u"fashion"_s, 2, u"size_too_small"_s, u"accept"_s, u"A"_s, u"resell"_s);
    line(r1, u"beauty"_s, 1, u"damaged"_s, u"accept"_s, u"D"_s, u"landfill"_s);
    line(r1, u"fashion"_s, 1, u"quality"_s, u"refuse"_s);
    // R2 (O2, DE): registered on the range's last evening, everything else after it.
    const qint64 r2 = returnOf(o2,
        {{u"warehouse"_s, u"DE"_s}, {u"created_at"_s, at(11, 14, 23)},
            {u"dropped_off_at"_s, at(11, 16)}, {u"received_at"_s, at(11, 20)},
            {u"graded_at"_s, at(11, 21)}, {u"reusable_packaging"_s, 0},
            {u"settlement"_s, u"done"_s}, {u"settled_at"_s, at(11, 22)}});
    line(r2, u"electronics"_s, 1, u"defective"_s, u"accept"_s, u"C"_s, u"refurbish"_s);
    // R3 (O5, AT): dropped off 7 Nov 12:00, received 10 Nov, packaging not judged, graded 11
    // Nov (outlet), refunded 12 Nov 00:00 (4.5 days).
    const qint64 r3 = returnOf(o5,
        {{u"warehouse"_s, u"AT"_s}, {u"created_at"_s, at(11, 6, 12)},
            {u"dropped_off_at"_s, at(11, 7, 12)}, {u"received_at"_s, at(11, 10, 12)},
            {u"graded_at"_s, at(11, 11)}, {u"settlement"_s, u"done"_s},
            {u"settled_at"_s, at(11, 12)}});
    line(r3, u"home"_s, 1, u"changed_mind"_s, u"accept"_s, u"B"_s, u"outlet"_s);
    // R4 (O1, DE): refused, registered 5 Nov.
    const qint64 r4 = returnOf(o1,
        {{u"warehouse"_s, u"DE"_s}, {u"created_at"_s, at(11, 5)}, {u"outcome"_s, u"refuse"_s},
            {u"settlement"_s, u"none"_s}});
    line(r4, u"fashion"_s, 1, u"changed_mind"_s, u"refuse"_s);
    // R5 (O3, DE): keep-it refund on 2 Nov, registered the last millisecond before the range.
    const qint64 r5 = returnOf(o3,
        {{u"warehouse"_s, u"DE"_s}, {u"created_at"_s, at(11, 1, 0, true)},
            {u"outcome"_s, u"keep"_s}, {u"settlement"_s, u"done"_s}, {u"settled_at"_s, at(11, 2)}});
    line(r5, u"fashion"_s, 1, u"quality"_s, u"keep"_s);
    // Refunds only (registered in October, never received here, no lines): 2.0 days (AT),
    // 10.0 and 6.25 days (DE), 1.0 day settled at the range's first millisecond (DE); an
    // exchange, an open refund and one settled the first millisecond after the range do not
    // count. One return has no warehouse.
    const auto refund
        = [&](const QString &warehouse, qint64 droppedOff, qint64 settled,
              const QString &resolution = u"refund"_s, const QString &settlement = u"done"_s) {
              returnOf(o7,
                  {{u"warehouse"_s, warehouse.isEmpty() ? QVariant() : QVariant(warehouse)},
                      {u"dropped_off_at"_s, droppedOff}, {u"settled_at"_s, settled},
                      {u"resolution"_s, resolution}, {u"settlement"_s, settlement}});
          };
    refund(u"AT"_s, at(11, 2), at(11, 4));
    refund(u"DE"_s, at(11, 3), at(11, 13));
    refund(u"DE"_s, at(11, 5, 12), at(11, 11, 18));
    refund(u"DE"_s, at(10, 31), at(11, 1));
    refund(u"DE"_s, at(11, 2), at(11, 5), u"exchange"_s);
    refund({}, at(11, 2), at(11, 5), u"refund"_s, u"open"_s);
    refund(u"DE"_s, at(11, 10), at(11, 15));
    // R13 (O4, AT): received and graded the range's last millisecond, packaging not reusable,
    // disposition not decided yet.
    const qint64 r13 = returnOf(o4,
        {{u"warehouse"_s, u"AT"_s}, {u"created_at"_s, at(10, 31, 10)},
            {u"received_at"_s, at(11, 14, 24, true)}, {u"graded_at"_s, at(11, 14, 24, true)},
            {u"reusable_packaging"_s, 0}});
    line(r13, u"home"_s, 1, u"changed_mind"_s, u"accept"_s, u"C"_s);
    // R14 (O6, DE): received and graded the first millisecond after the range.
    const qint64 r14 = returnOf(o6,
        {{u"warehouse"_s, u"DE"_s}, {u"created_at"_s, at(10, 25)}, {u"received_at"_s, at(11, 15)},
            {u"graded_at"_s, at(11, 15)}, {u"reusable_packaging"_s, 1}});
    line(r14, u"fashion"_s, 2, u"size_too_large"_s, u"accept"_s, u"A"_s, u"resell"_s);
}

void TestReturnsDashboardQuery::cleanupTestCase()
{
    m_db.releaseConnection();
}

ReturnsFigures TestReturnsDashboardQuery::load(const QString &warehouse)
{
    const auto figures
        = ReturnsDashboardQuery::load(m_db.connection(), {rangeFrom, rangeTo, warehouse, today});
    if (!figures)
        qFatal("%s", qPrintable(figures.error().message));
    return *figures;
}

void TestReturnsDashboardQuery::warehouses()
{
    QCOMPARE(load().warehouses, QStringList({u"AT"_s, u"DE"_s}));
    QCOMPARE(load(u"AT"_s).warehouses, QStringList({u"AT"_s, u"DE"_s}));
}

void TestReturnsDashboardQuery::inflow_data()
{
    QTest::addColumn<QString>("warehouse");
    // Day of November → returns received, items received, returns registered.
    QTest::addColumn<QList<QList<int>>>("days");
    QTest::addColumn<int>("returns");
    QTest::addColumn<int>("items");
    // R1: 3 items (not its refused line); R3: 1; R13 on the last millisecond; R14 the first
    // after. Registered: R1, R4, R3, R2 (on the last evening); R5 the millisecond before: not.
    QTest::newRow("all") << QString()
                         << QList<QList<int>> {{3, 0, 0, 1}, {5, 0, 0, 1}, {6, 1, 3, 1},
                                {10, 1, 1, 0}, {14, 1, 1, 1}}
                         << 3 << 5;
    QTest::newRow("DE") << u"DE"_s
                        << QList<QList<int>> {{3, 0, 0, 1}, {5, 0, 0, 1}, {6, 1, 3, 0},
                               {14, 0, 0, 1}}
                        << 1 << 3;
    QTest::newRow("AT") << u"AT"_s << QList<QList<int>> {{6, 0, 0, 1}, {10, 1, 1, 0}, {14, 1, 1, 0}}
                        << 2 << 2;
}

void TestReturnsDashboardQuery::inflow()
{
    QFETCH(QString, warehouse);
    QFETCH(QList<QList<int>>, days);
    QFETCH(int, returns);
    QFETCH(int, items);
    const ReturnsFigures f = load(warehouse);
    QCOMPARE(f.inflow.size(), 14);
    QCOMPARE(f.inflow.front().day, rangeFrom);
    QCOMPARE(f.inflow.back().day, rangeTo);
    for (const ReturnsFigures::InflowDay &day : f.inflow) {
        QList<int> expected = {day.day.day(), 0, 0, 0};
        for (const QList<int> &d : days) {
            if (d[0] == day.day.day())
                expected = d;
        }
        const QList<int> actual = {day.day.day(), int(day.returnsReceived), int(day.itemsReceived),
            int(day.returnsRegistered)};
        QCOMPARE(actual, expected);
    }
    QCOMPARE(f.returnsReceived(), returns);
    QCOMPARE(f.itemsReceived(), items);
}

void TestReturnsDashboardQuery::reasons_data()
{
    QTest::addColumn<QString>("warehouse");
    QTest::addColumn<QStringList>("rows"); // category/reason/quantity/per mille
    // The returns registered in the range: R1 (with its refused line), R4 (refused), R3, R2.
    QTest::newRow("all") << QString()
                         << QStringList {u"beauty/damaged/1/1000"_s,
                                u"electronics/defective/1/1000"_s,
                                u"fashion/size_too_small/2/500"_s, u"fashion/changed_mind/1/250"_s,
                                u"fashion/quality/1/250"_s, u"home/changed_mind/1/1000"_s};
    QTest::newRow("DE") << u"DE"_s
                        << QStringList {u"beauty/damaged/1/1000"_s,
                               u"electronics/defective/1/1000"_s, u"fashion/size_too_small/2/500"_s,
                               u"fashion/changed_mind/1/250"_s, u"fashion/quality/1/250"_s};
    QTest::newRow("AT") << u"AT"_s << QStringList {u"home/changed_mind/1/1000"_s};
}

void TestReturnsDashboardQuery::reasons()
{
    QFETCH(QString, warehouse);
    QFETCH(QStringList, rows);
    QStringList actual;
    for (const ReturnsFigures::Reason &r : load(warehouse).reasons)
        actual << u"%1/%2/%3/%4"_s.arg(r.category, r.reasonCode)
                      .arg(r.quantity)
                      .arg(qRound(r.share * 1000));
    QCOMPARE(actual, rows);
}

void TestReturnsDashboardQuery::returnRates_data()
{
    QTest::addColumn<QString>("warehouse");
    QTest::addColumn<QStringList>("rows"); // category/delivered/returned
    QTest::addColumn<int>("delivered");
    QTest::addColumn<int>("returned");
    // Delivered in the range: O1 (fashion 4, beauty 1), O2 (no lines: 1 electronics), O5
    // (home 1). Returned: R1's accepted lines (fashion 2, beauty 1), R2, R3; not R4 (refused)
    // nor R1's refused line. O3, O4, O6 (first delivered before), O7: not delivered in it.
    QTest::newRow("all") << QString()
                         << QStringList {u"beauty/1/1"_s, u"electronics/1/1"_s, u"fashion/4/2"_s,
                                u"home/1/1"_s}
                         << 7 << 5;
    QTest::newRow("DE") << u"DE"_s
                        << QStringList {u"beauty/1/1"_s, u"electronics/1/1"_s, u"fashion/4/2"_s}
                        << 6 << 4;
    QTest::newRow("AT") << u"AT"_s << QStringList {u"home/1/1"_s} << 1 << 1;
}

void TestReturnsDashboardQuery::returnRates()
{
    QFETCH(QString, warehouse);
    QFETCH(QStringList, rows);
    QFETCH(int, delivered);
    QFETCH(int, returned);
    const ReturnsFigures f = load(warehouse);
    QStringList actual;
    for (const ReturnsFigures::CategoryRate &r : f.returnRates)
        actual << u"%1/%2/%3"_s.arg(r.category).arg(r.itemsDelivered).arg(r.itemsReturned);
    QCOMPARE(actual, rows);
    QCOMPARE(f.allCategories.itemsDelivered, delivered);
    QCOMPARE(f.allCategories.itemsReturned, returned);
    QCOMPARE(f.allCategories.rate(), double(returned) / delivered);
}

void TestReturnsDashboardQuery::dispositions_data()
{
    QTest::addColumn<QString>("warehouse");
    QTest::addColumn<QStringList>("rows"); // disposition/quantity, most first
    QTest::addColumn<int>("decided");
    QTest::addColumn<int>("landfill");
    QTest::addColumn<int>("resold");
    QTest::addColumn<double>("kept");
    // Graded in the range: R1 (resell 2, landfill 1; its refused line has no grade), R3
    // (outlet 1), R13 on the last millisecond (undecided 1). R2 and R14: after it.
    QTest::newRow("all") << QString()
                         << QStringList {u"resell/2"_s, u"landfill/1"_s, u"outlet/1"_s,
                                u"undecided/1"_s}
                         << 4 << 1 << 2 << 0.75;
    QTest::newRow("DE") << u"DE"_s << QStringList {u"resell/2"_s, u"landfill/1"_s} << 3 << 1 << 2
                        << 2.0 / 3.0;
    QTest::newRow("AT") << u"AT"_s << QStringList {u"outlet/1"_s, u"undecided/1"_s} << 1 << 0 << 0
                        << 1.0;
}

void TestReturnsDashboardQuery::dispositions()
{
    QFETCH(QString, warehouse);
    QFETCH(QStringList, rows);
    QFETCH(int, decided);
    QFETCH(int, landfill);
    QFETCH(int, resold);
    QFETCH(double, kept);
    const ReturnsFigures::Dispositions d = load(warehouse).dispositions;
    QStringList actual;
    for (const auto &[disposition, quantity] : d.byDisposition)
        actual << u"%1/%2"_s.arg(disposition).arg(quantity);
    QCOMPARE(actual, rows);
    QCOMPARE(d.decided, decided);
    QCOMPARE(d.landfill, landfill);
    QCOMPARE(d.resold, resold);
    QCOMPARE(d.keptOutOfLandfill(), kept);
    QCOMPARE(d.resoldShare(), double(resold) / decided);
}

void TestReturnsDashboardQuery::packaging_data()
{
    QTest::addColumn<QString>("warehouse");
    QTest::addColumn<int>("lookedAt");
    QTest::addColumn<int>("reusable");
    // Received in the range: R1 (reusable), R3 (not judged), R13 (not reusable); R14 after.
    QTest::newRow("all") << QString() << 2 << 1;
    QTest::newRow("DE") << u"DE"_s << 1 << 1;
    QTest::newRow("AT") << u"AT"_s << 1 << 0;
}

void TestReturnsDashboardQuery::packaging()
{
    QFETCH(QString, warehouse);
    QFETCH(int, lookedAt);
    QFETCH(int, reusable);
    const ReturnsFigures::Packaging p = load(warehouse).packaging;
    QCOMPARE(p.lookedAt, lookedAt);
    QCOMPARE(p.reusable, reusable);
    QCOMPARE(p.share(), double(reusable) / lookedAt);
}

void TestReturnsDashboardQuery::refundTimes_data()
{
    QTest::addColumn<QString>("warehouse");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("p90");
    QTest::addColumn<double>("mean");
    QTest::addColumn<int>("keep");
    // All: 1.0, 2.0, 4.0, 4.5, 6.25, 10.0 days: median (4.0 + 4.5) / 2 = 4.25 → 4.3; p90 the
    // 6th of 6 (⌈5.4⌉); mean 27.75 / 6 = 4.625 → 4.6. R5 is the keep-it refund.
    QTest::newRow("all") << QString() << 6 << 4.3 << 10.0 << 4.6 << 1;
    // DE: 1.0, 4.0, 6.25, 10.0: median 5.125 → 5.1, p90 the 4th (⌈3.6⌉), mean 5.3125 → 5.3.
    QTest::newRow("DE") << u"DE"_s << 4 << 5.1 << 10.0 << 5.3 << 1;
    // AT: 2.0, 4.5: median and mean 3.25 → 3.3, p90 the 2nd (⌈1.8⌉).
    QTest::newRow("AT") << u"AT"_s << 2 << 3.3 << 4.5 << 3.3 << 0;
}

void TestReturnsDashboardQuery::refundTimes()
{
    QFETCH(QString, warehouse);
    QFETCH(int, count);
    QFETCH(double, median);
    QFETCH(double, p90);
    QFETCH(double, mean);
    QFETCH(int, keep);
    const ReturnsFigures::RefundTimes r = load(warehouse).refunds;
    QCOMPARE(r.count, count);
    QCOMPARE(r.medianDays, median);
    QCOMPARE(r.p90Days, p90);
    QCOMPARE(r.meanDays, mean);
    QCOMPARE(r.keepRefunds, keep);
}

void TestReturnsDashboardQuery::forecast()
{
    const ReturnsFigures f = load();
    QCOMPARE(f.forecast.size(), ReturnsDashboardQuery::forecastDays);
    for (int i = 0; i < f.forecast.size(); ++i)
        QCOMPARE(f.forecast[i].day, today.addDays(i));
    // R14 arrived on the forecast's first day, R2 on 20 November; a day without receipts
    // has no actual figure.
    QCOMPARE(f.forecast[0].actual, 1);
    QCOMPARE(f.forecast[1].actual, -1);
    QCOMPARE(f.forecast[5].actual, 1);

    ReturnsDashboardFilter noForecast {rangeFrom, rangeTo, {}, {}};
    const auto without = ReturnsDashboardQuery::load(m_db.connection(), noForecast);
    QVERIFY(without);
    QVERIFY(without->forecast.isEmpty());
}

void TestReturnsDashboardQuery::emptyRangeIsAnError()
{
    const auto f = ReturnsDashboardQuery::load(m_db.connection(), {rangeTo, rangeFrom, {}, today});
    QVERIFY(!f);
    QVERIFY(!f.error().message.isEmpty());
}

void TestReturnsDashboardQuery::statementsUseIndexes_data()
{
    QTest::addColumn<QString>("warehouse");
    QTest::newRow("all") << QString();
    QTest::newRow("one warehouse") << u"DE"_s;
}

// Every statement that reads returns by a moment starts from that moment's index; the ones
// without an index yet (graded_at, settled_at, the warehouses) are named in the output.
void TestReturnsDashboardQuery::statementsUseIndexes()
{
    if (m_db.isServer())
        QSKIP("EXPLAIN QUERY PLAN and these indexes' plans are SQLite's; PostgreSQL's planner "
              "picks its own plan by the table statistics.");
    QFETCH(QString, warehouse);
    QList<ShipmentListQuery::Statement> trace;
    QVERIFY(ReturnsDashboardQuery::load(
        m_db.connection(), {rangeFrom, rangeTo, warehouse, {}}, &trace));
    QCOMPARE(trace.size(), 7);
    const QHash<QString, QString> indexOf = {{u"r.received_at >="_s, u"returns_received"_s},
        {u"r.created_at >="_s, u"returns_created"_s},
        {u"s.delivered_at >="_s, u"shipments_delivered"_s}};
    int checked = 0;
    for (const ShipmentListQuery::Statement &st : std::as_const(trace)) {
        QSqlQuery q(m_db.connection());
        QVERIFY(q.prepare(u"EXPLAIN QUERY PLAN "_s + st.sql));
        for (auto it = st.binds.cbegin(); it != st.binds.cend(); ++it)
            q.bindValue(it.key(), it.value());
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        const QString text = plan.join(u" | "_s);
        for (auto it = indexOf.cbegin(); it != indexOf.cend(); ++it) {
            if (!st.sql.contains(it.key()))
                continue;
            QVERIFY2(text.contains(u"USING INDEX "_s + it.value())
                    || text.contains(u"USING COVERING INDEX "_s + it.value()),
                qPrintable(text));
            // The returns, lines, orders and shipments they join come by key.
            QVERIFY2(!text.contains(u"SCAN r"_s) && !text.contains(u"SCAN i"_s)
                    && !text.contains(u"SCAN o "_s) && !text.contains(u"SCAN oi"_s)
                    && !text.contains(u"SCAN e "_s),
                qPrintable(text));
            ++checked;
        }
    }
    QCOMPARE(checked, 4);
}

QTEST_GUILESS_MAIN(TestReturnsDashboardQuery)
#include "tst_returnsdashboardquery.moc"
