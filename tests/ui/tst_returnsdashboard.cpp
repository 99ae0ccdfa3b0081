#include "i18n/translations.h"
#include "returnsdashboard.h"
#include "store/database.h"

#include <QAreaSeries>
#include <QChart>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

namespace {

qint64 at(int month, int day, double hour = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()
        + qint64(hour * 3'600'000);
}

} // namespace

// The returns dashboard on a small fixture, offscreen: the tiles show the figures worked out
// by hand, the tables list them by category, the chart has the period and the forecast, and
// choosing a warehouse reads them again for it alone.
class TestReturnsDashboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void tilesShowThePeriod();
    void tablesAndChart();
    void choosingAWarehouseReloads();

private:
    void exec(const QString &sql, const QVariantList &values = {});
    bool reloaded();
    QString tileText(const QString &key) const;
    QStringList rows(const QString &tableName) const;

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ReturnsDashboard> m_dashboard;
};

void TestReturnsDashboard::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db.connection());
    QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text() + u": "_s + sql));
}

void TestReturnsDashboard::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslations(QLocale(QLocale::English));
    const auto db = Database::open(m_dir.filePath(u"dashboard.sqlite"_s));
    QVERIFY(db);
    m_db = *db;
    exec(u"INSERT INTO customers (id, name, created_at) VALUES (1, 'Eva', 0)"_s);
    // O1 from DE: three fashion items, delivered 2 November. O2 from AT: no lines (one home
    // item), delivered 3 November.
    exec(u"INSERT INTO orders (id, order_number, customer_id, placed_at, category) VALUES "
         "(1, 'PD-1', 1, ?, 'fashion'), (2, 'PD-2', 1, ?, 'home')"_s,
        {at(10, 30), at(10, 30)});
    exec(u"INSERT INTO order_items (order_id, line, sku, description, quantity) VALUES (1, 1, "
         "'F1', 'Shirt', 3)"_s);
    exec(u"INSERT INTO shipments (order_id, carrier, tracking_number, origin_country, "
         "status_tag, sub_status, shipped_at, delivered_at, created_at) VALUES (1, 'dhl', 'T1', "
         "'DE', 'Delivered', 'Delivered', ?, ?, ?), (2, 'dhl', 'T2', 'AT', 'Delivered', "
         "'Delivered', ?, ?, ?)"_s,
        {at(10, 31), at(11, 2), at(10, 31), at(10, 31), at(11, 3), at(10, 31)});
    // R1 (DE): two shirts back, one resold, one to landfill; dropped off 4 November 08:00,
    // refunded 8 November 08:00 (4.0 days); reusable packaging.
    exec(u"INSERT INTO returns (id, order_id, rma, reason_code, created_at, warehouse, "
         "dropped_off_at, received_at, graded_at, reusable_packaging, settlement, settled_at) "
         "VALUES (1, 1, 'RMA-1', 'size_too_small', ?, 'DE', ?, ?, ?, 1, 'done', ?)"_s,
        {at(11, 3), at(11, 4, 8), at(11, 6), at(11, 7), at(11, 8, 8)});
    exec(u"INSERT INTO return_items (return_id, category, quantity, reason_code, grade, "
         "disposition, disposition_reason) VALUES (1, 'fashion', 1, 'size_too_small', 'A', "
         "'resell', NULL), (1, 'fashion', 1, 'damaged', 'D', 'landfill', 'torn and stained')"_s);
    // R2 (AT): the home item to the outlet; dropped off 7 November 12:00, refunded 12 November
    // 00:00 (4.5 days); packaging not reusable.
    exec(u"INSERT INTO returns (id, order_id, rma, reason_code, created_at, warehouse, "
         "dropped_off_at, received_at, graded_at, reusable_packaging, settlement, settled_at) "
         "VALUES (2, 2, 'RMA-2', 'changed_mind', ?, 'AT', ?, ?, ?, 0, 'done', ?)"_s,
        {at(11, 6), at(11, 7, 12), at(11, 10), at(11, 11), at(11, 12)});
    exec(u"INSERT INTO return_items (return_id, category, quantity, reason_code, grade, "
         "disposition) VALUES (2, 'home', 1, 'changed_mind', 'B', 'outlet')"_s);
}

void TestReturnsDashboard::cleanupTestCase()
{
    m_db.releaseConnection();
}

void TestReturnsDashboard::init()
{
    m_dashboard = std::make_unique<ReturnsDashboard>(m_db);
    m_dashboard->setClock([] { return at(11, 15, 12); });
    m_dashboard->resize(1200, 900);
    m_dashboard->show();
    m_dashboard->reload(); // with the test's clock; the first read is superseded
    QVERIFY(m_dashboard->isLoading());
    QVERIFY(reloaded());
}

void TestReturnsDashboard::cleanup()
{
    m_dashboard.reset();
}

bool TestReturnsDashboard::reloaded()
{
    QSignalSpy spy(m_dashboard.get(), &ReturnsDashboard::reloaded);
    while (m_dashboard->isLoading()) {
        if (!spy.wait(20000))
            return false;
    }
    return true;
}

QString TestReturnsDashboard::tileText(const QString &key) const
{
    QLabel *tile = m_dashboard->tile(key);
    return tile ? tile->text() : u"no tile %1"_s.arg(key);
}

QStringList TestReturnsDashboard::rows(const QString &tableName) const
{
    auto *table = m_dashboard->findChild<QTableWidget *>(tableName);
    if (!table)
        return {u"no table %1"_s.arg(tableName)};
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c)
            cells << table->item(r, c)->text();
        out << cells.join(u'|');
    }
    return out;
}

void TestReturnsDashboard::tilesShowThePeriod()
{
    const ReturnsDashboardFilter f = m_dashboard->filter();
    QCOMPARE(f.today, QDate(2026, 11, 15));
    QCOMPARE(f.to, QDate(2026, 11, 15));
    QCOMPARE(f.from, QDate(2026, 10, 19)); // four weeks
    QCOMPARE(f.warehouse, QString());
    QCOMPARE(tileText(u"returns_received"_s), u"2\nReturns received"_s);
    // 3 of 4 items delivered came back.
    QCOMPARE(tileText(u"return_rate"_s), u"75.0 %\nReturn rate"_s);
    // 2 of 3 decided items kept out of landfill.
    QCOMPARE(tileText(u"kept_out_of_landfill"_s), u"66.7 %\nKept out of landfill"_s);
    // 4.0 and 4.5 days: 4.25, shown with one decimal.
    QCOMPARE(tileText(u"refund_days"_s), u"4.3 days\nDrop-off to refund (median)"_s);
    QCOMPARE(tileText(u"reusable_packaging"_s), u"50.0 %\nReusable packaging"_s);
    // (The plural "2 refunds" comes from the English catalogue once lupdate has run.)
    const QString refundDetail = m_dashboard->tile(u"refund_days"_s)->toolTip();
    QVERIFY2(refundDetail.contains(u": 90 % within 4.5 days, on average 4.3 days. Keep-it refunds "
                                   "(nothing sent back): 0"_s),
        qPrintable(refundDetail));
}

void TestReturnsDashboard::tablesAndChart()
{
    QCOMPARE(rows(u"returnReasons"_s),
        QStringList({u"fashion|Arrived damaged|1|50.0 %"_s, u"|Too small|1|50.0 %"_s,
            u"home|Changed their mind|1|100.0 %"_s}));
    QCOMPARE(rows(u"returnRates"_s),
        QStringList(
            {u"fashion|3|2|66.7 %"_s, u"home|1|1|100.0 %"_s, u"All categories|4|3|75.0 %"_s}));
    QCOMPARE(rows(u"returnDispositions"_s),
        QStringList({u"Landfill|1|33.3 %"_s, u"Outlet|1|33.3 %"_s, u"Resell|1|33.3 %"_s}));

    // The period's finished days (today is not over), and the forecast's 14 days.
    QChart *chart = m_dashboard->inflowChart();
    QLineSeries *received = nullptr;
    QAreaSeries *onTheirWay = nullptr;
    for (QAbstractSeries *s : chart->series()) {
        if (s->name() == u"Returns received")
            received = qobject_cast<QLineSeries *>(s);
        if (s->name() == u"Forecast: on their way back")
            onTheirWay = qobject_cast<QAreaSeries *>(s);
    }
    QVERIFY(received && onTheirWay);
    QCOMPARE(received->count(), 27);
    double total = 0;
    for (const QPointF &p : received->points())
        total += p.y();
    QCOMPARE(total, 2.0);
    QCOMPARE(onTheirWay->upperSeries()->count(), 14);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(onTheirWay->upperSeries()->at(0).x()), Qt::UTC)
                 .date(),
        QDate(2026, 11, 15));
}

void TestReturnsDashboard::choosingAWarehouseReloads()
{
    auto *warehouse = m_dashboard->findChild<QComboBox *>(u"returnsDashboardWarehouse"_s);
    QVERIFY(warehouse);
    QCOMPARE(warehouse->count(), 3);
    QCOMPARE(warehouse->itemText(0), u"All warehouses"_s);
    QCOMPARE(warehouse->itemData(1).toString(), u"AT"_s);
    QCOMPARE(warehouse->itemData(2).toString(), u"DE"_s);
    warehouse->setCurrentIndex(2);
    QVERIFY(m_dashboard->isLoading());
    QVERIFY(reloaded());
    QCOMPARE(m_dashboard->figures().filter.warehouse, u"DE"_s);
    QCOMPARE(tileText(u"returns_received"_s), u"1\nReturns received"_s);
    QCOMPARE(tileText(u"return_rate"_s), u"66.7 %\nReturn rate"_s);
    QCOMPARE(tileText(u"kept_out_of_landfill"_s), u"50.0 %\nKept out of landfill"_s);
    QCOMPARE(tileText(u"refund_days"_s), u"4.0 days\nDrop-off to refund (median)"_s);
    QCOMPARE(tileText(u"reusable_packaging"_s), u"100.0 %\nReusable packaging"_s);
    QCOMPARE(rows(u"returnRates"_s),
        QStringList({u"fashion|3|2|66.7 %"_s, u"All categories|3|2|66.7 %"_s}));
    // The list of warehouses stays, with DE chosen.
    QCOMPARE(warehouse->count(), 3);
    QCOMPARE(warehouse->currentData().toString(), u"DE"_s);

    // A longer period reads again too.
    auto *period = m_dashboard->findChild<QComboBox *>(u"returnsDashboardPeriod"_s);
    period->setCurrentIndex(2);
    QVERIFY(reloaded());
    QCOMPARE(m_dashboard->figures().filter.from, QDate(2026, 11, 15).addDays(1 - 91));
    QCOMPARE(tileText(u"returns_received"_s), u"1\nReturns received"_s);
}

QTEST_MAIN(TestReturnsDashboard)
#include "tst_returnsdashboard.moc"
