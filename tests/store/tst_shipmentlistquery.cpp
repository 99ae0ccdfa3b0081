#include "datagen/demodatagenerator.h"
#include "store/database.h"
#include "store/shipmentlistquery.h"
#include "testsupport.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

namespace {

const qint64 fixedNow
    = QDateTime::fromString(u"2026-11-18T15:30:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();

} // namespace

// The Shipments page's SQL on a seeded database: every page walk gives every row once, in the
// order an independent query gives; filters count what independent SQL counts; each sort order
// is an index range, never a sort of the whole table.
class TestShipmentListQuery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pagesWalkEveryRowInOrder_data();
    void pagesWalkEveryRowInOrder();
    void filtersCountWhatSqlCounts_data();
    void filtersCountWhatSqlCounts();
    void quickFilterFindsNumbersAsTyped();
    void everySortIsAnIndexRange_data();
    void everySortIsAnIndexRange();
    void literalsMatchTheBoundStatement();

private:
    QList<qint64> walk(const ShipmentFilter &filter, const ShipmentSort &sort, int pageSize);
    QList<qint64> ids(const QString &sql);
    qint64 scalar(const QString &sql);

    QTemporaryDir m_dir;
    Database m_db;
};

void TestShipmentListQuery::initTestCase()
{
    PARCELDESK_REQUIRE_STORE();
    m_db = TestSupport::seededDatabase(m_dir.filePath(u"list.sqlite"_s), 3000, fixedNow);
}

void TestShipmentListQuery::cleanupTestCase()
{
    m_db.releaseConnection();
}

QList<qint64> TestShipmentListQuery::walk(
    const ShipmentFilter &filter, const ShipmentSort &sort, int pageSize)
{
    QList<qint64> seen;
    QVariantList after;
    for (int guard = 0; guard < 10'000; ++guard) {
        const auto page
            = ShipmentListQuery::page(m_db.connection(), filter, sort, after, pageSize, fixedNow);
        if (!page)
            qFatal("%s", qPrintable(page.error().message));
        for (const ShipmentListRow &r : *page)
            seen << r.id;
        if (page->size() < pageSize)
            break;
        after = page->last().sortKey;
    }
    return seen;
}

QList<qint64> TestShipmentListQuery::ids(const QString &sql)
{
    QList<qint64> out;
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql))
        qFatal("%s", qPrintable(sql));
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

qint64 TestShipmentListQuery::scalar(const QString &sql)
{
    return TestSupport::scalar(m_db, sql);
}

void TestShipmentListQuery::pagesWalkEveryRowInOrder_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("orderBy");
    QTest::newRow("shipped, newest first")
        << int(ShipmentSortKey::Shipped) << true << u"shipped_at DESC, carrier DESC, id DESC"_s;
    QTest::newRow("shipped, oldest first")
        << int(ShipmentSortKey::Shipped) << false << u"shipped_at, carrier, id"_s;
    QTest::newRow("tracking") << int(ShipmentSortKey::TrackingNumber) << false
                              << u"tracking_number, id"_s;
    QTest::newRow("carrier") << int(ShipmentSortKey::Carrier) << false
                             << u"carrier, shipped_at, id"_s;
    QTest::newRow("status") << int(ShipmentSortKey::Status) << true
                            << u"status_tag DESC, carrier DESC, id DESC"_s;
    QTest::newRow("destination") << int(ShipmentSortKey::Destination) << false
                                 << u"coalesce(dest_country, ''), shipped_at, id"_s;
    QTest::newRow("promised") << int(ShipmentSortKey::Promised) << true
                              << u"coalesce(promised_at, 0) DESC, id DESC"_s;
    QTest::newRow("delivered") << int(ShipmentSortKey::Delivered) << false
                               << u"coalesce(delivered_at, 0), id"_s;
}

void TestShipmentListQuery::pagesWalkEveryRowInOrder()
{
    QFETCH(int, key);
    QFETCH(bool, descending);
    QFETCH(QString, orderBy);
    const ShipmentSort sort {ShipmentSortKey(key), descending};
    const QList<qint64> expected = ids(u"SELECT id FROM shipments ORDER BY "_s + orderBy);
    QVERIFY(expected.size() > 3000);
    // A page size that does not divide the total, so the last page is short.
    QCOMPARE(walk({}, sort, 173), expected);
}

void TestShipmentListQuery::filtersCountWhatSqlCounts_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("where");
    QTest::newRow("carrier") << u"carrier"_s << u"carrier = 'dhl'"_s;
    QTest::newRow("carriers") << u"carriers"_s << u"carrier IN ('ups', 'fedex')"_s;
    QTest::newRow("status") << u"status"_s << u"status_tag = 'InTransit'"_s;
    QTest::newRow("sub-status") << u"sub"_s << u"sub_status = 'DeliveredToNeighbour'"_s;
    QTest::newRow("destination") << u"dest"_s << u"dest_country = 'NL'"_s;
    QTest::newRow("returns") << u"direction"_s << u"direction = 'return'"_s;
    QTest::newRow("shipped in a week")
        << u"shipped"_s
        << u"shipped_at >= %1 AND shipped_at < %2"_s.arg(fixedNow - 14 * 86'400'000LL)
               .arg(fixedNow - 7 * 86'400'000LL);
    QTest::newRow("delivered today")
        << u"delivered"_s
        << u"delivered_at >= %1 AND delivered_at < %2"_s.arg(fixedNow - fixedNow % 86'400'000LL)
               .arg(fixedNow - fixedNow % 86'400'000LL + 86'400'000LL);
    // Late, written the other way round from the page's SQL: a date-only promise holds all day.
    QTest::newRow("late")
        << u"late"_s
        << u"promised_at IS NOT NULL AND ((delivered_at IS NOT NULL AND delivered_at > "
           "(CASE WHEN promised_at % 86400000 = 0 THEN promised_at + 86399999 ELSE promised_at "
           "END)) OR (delivered_at IS NULL AND status_tag != 'Expired' AND sub_status NOT IN "
           "('ReturnedToSender', 'Lost') AND %1 > (CASE WHEN promised_at % 86400000 = 0 THEN "
           "promised_at + 86399999 ELSE promised_at END)))"_s.arg(fixedNow);
    QTest::newRow("open case") << u"case"_s
                               << u"id IN (SELECT shipment_id FROM problem_cases WHERE state != "
                                  "'resolved')"_s;
    QTest::newRow("open case of a kind")
        << u"kind"_s
        << u"id IN (SELECT shipment_id FROM problem_cases WHERE state != 'resolved' AND kind = "
           "'suspected_lost')"_s;
    QTest::newRow("not scanned") << u"unscanned"_s
                                 << u"status_tag IN ('Pending', 'InfoReceived')"_s;
    QTest::newRow("combined") << u"combined"_s
                              << u"carrier = 'dhl' AND status_tag = 'Delivered' AND dest_country = "
                                 "'DE'"_s;
}

void TestShipmentListQuery::filtersCountWhatSqlCounts()
{
    QFETCH(QString, what);
    QFETCH(QString, where);
    ShipmentFilter f;
    const qint64 day = fixedNow - fixedNow % 86'400'000LL;
    if (what == u"carrier")
        f.carriers = {u"dhl"_s};
    else if (what == u"carriers")
        f.carriers = {u"ups"_s, u"fedex"_s};
    else if (what == u"status")
        f.statusTags = {u"InTransit"_s};
    else if (what == u"sub")
        f.subStatus = u"DeliveredToNeighbour"_s;
    else if (what == u"dest")
        f.destinationCountries = {u"NL"_s};
    else if (what == u"direction")
        f.direction = u"return"_s;
    else if (what == u"shipped") {
        f.shippedFromMs = fixedNow - 14 * 86'400'000LL;
        f.shippedUntilMs = fixedNow - 7 * 86'400'000LL;
    } else if (what == u"delivered") {
        f.deliveredFromMs = day;
        f.deliveredUntilMs = day + 86'400'000LL;
    } else if (what == u"late")
        f.lateOnly = true;
    else if (what == u"case")
        f.withOpenCase = true;
    else if (what == u"kind")
        f.openCaseKind = u"suspected_lost"_s;
    else if (what == u"unscanned")
        f.notScannedYet = true;
    else {
        f.carriers = {u"dhl"_s};
        f.statusTags = {u"Delivered"_s};
        f.destinationCountries = {u"DE"_s};
    }
    const qint64 expected = scalar(u"SELECT count(*) FROM shipments WHERE "_s + where);
    QVERIFY2(expected > 0, "the demo data has rows for every filter");
    const auto counted = ShipmentListQuery::count(m_db.connection(), f, fixedNow);
    QVERIFY2(counted, counted ? "" : qPrintable(counted.error().message));
    QCOMPARE(*counted, expected);
    const QList<qint64> walked = walk(f, {}, 97);
    QCOMPARE(qint64(walked.size()), expected);
    QCOMPARE(walked,
        ids(u"SELECT id FROM shipments WHERE "_s + where
            + u" ORDER BY shipped_at DESC, carrier DESC, id DESC"_s));
}

void TestShipmentListQuery::quickFilterFindsNumbersAsTyped()
{
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT s.tracking_number, o.order_number FROM shipments s JOIN orders o ON "
                   "o.id = s.order_id WHERE s.carrier = 'ups' LIMIT 1"_s)
        && q.next());
    const QString number = q.value(0).toString();
    const QString order = q.value(1).toString();
    ShipmentFilter f;
    // As read out on the phone: lower case, in groups.
    f.text = number.left(6).toLower() + u' ' + number.mid(6, 4).toLower();
    const QList<qint64> byPrefix = walk(f, {}, 50);
    QVERIFY(!byPrefix.isEmpty());
    const qint64 sharingPrefix = scalar(
        u"SELECT count(*) FROM shipments WHERE substr(tracking_number, 1, 10) = '%1'"_s.arg(
            number.left(10)));
    QCOMPARE(qint64(byPrefix.size()), sharingPrefix);
    f.text = number;
    QVERIFY(walk(f, {}, 50).size() >= 1);
    // The order number finds its parcels.
    f.text = order.toLower();
    const qint64 parcels
        = scalar(u"SELECT count(*) FROM shipments s JOIN orders o ON o.id = s.order_id WHERE "
                 "o.order_number = '%1'"_s.arg(order));
    QCOMPARE(qint64(walk(f, {}, 50).size()), parcels);
    f.text = u"NO SUCH PARCEL"_s;
    QVERIFY(walk(f, {}, 50).isEmpty());

    // A prefix most parcels share is read in page order instead of through the index: the
    // same rows either way.
    f.text = number.left(3);
    const auto rowsOf = [&](ShipmentListQuery::TextMatch match) {
        const auto st
            = ShipmentListQuery::pageStatement(f, {}, {}, 5000, fixedNow, match, m_db.dialect());
        QSqlQuery page(m_db.connection());
        page.prepare(st.sql);
        for (auto it = st.binds.cbegin(); it != st.binds.cend(); ++it)
            page.bindValue(it.key(), it.value());
        if (!page.exec())
            qFatal("%s", qPrintable(st.sql));
        QList<qint64> out;
        while (page.next())
            out << page.value(0).toLongLong();
        return out;
    };
    const QList<qint64> narrow = rowsOf(ShipmentListQuery::TextMatch::Narrow);
    QVERIFY(narrow.size() > 10);
    QCOMPARE(rowsOf(ShipmentListQuery::TextMatch::Broad), narrow);
    QCOMPARE(
        ShipmentListQuery::textMatch(m_db.connection(), f), ShipmentListQuery::TextMatch::Narrow);
}

void TestShipmentListQuery::everySortIsAnIndexRange_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("what");
    for (const auto key : {ShipmentSortKey::Shipped, ShipmentSortKey::TrackingNumber,
             ShipmentSortKey::Carrier, ShipmentSortKey::Status, ShipmentSortKey::Destination,
             ShipmentSortKey::Promised, ShipmentSortKey::Delivered}) {
        QTest::addRow("sort %d", int(key)) << int(key) << u"all"_s;
        QTest::addRow("sort %d, deep page", int(key)) << int(key) << u"deep"_s;
    }
    QTest::newRow("one carrier, newest first") << int(ShipmentSortKey::Shipped) << u"carrier"_s;
    QTest::newRow("one country, newest first") << int(ShipmentSortKey::Shipped) << u"dest"_s;
}

void TestShipmentListQuery::everySortIsAnIndexRange()
{
    if (m_db.isServer())
        QSKIP("EXPLAIN QUERY PLAN and its index ranges are SQLite's; PostgreSQL's planner picks "
              "its own plan by the table statistics.");
    QFETCH(int, key);
    QFETCH(QString, what);
    ShipmentFilter f;
    if (what == u"carrier")
        f.carriers = {u"gls"_s};
    if (what == u"dest")
        f.destinationCountries = {u"AT"_s};
    QVariantList after;
    if (what == u"deep") {
        const auto first = ShipmentListQuery::page(
            m_db.connection(), f, {ShipmentSortKey(key), true}, {}, 1000, fixedNow);
        after = first->last().sortKey;
    }
    const auto st
        = ShipmentListQuery::pageStatement(f, {ShipmentSortKey(key), true}, after, 200, fixedNow);
    QSqlQuery q(m_db.connection());
    QVERIFY(q.prepare(u"EXPLAIN QUERY PLAN "_s + st.sql));
    for (auto it = st.binds.cbegin(); it != st.binds.cend(); ++it)
        q.bindValue(it.key(), it.value());
    QVERIFY(q.exec());
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    const QString text = plan.join(u" | "_s);
    // Sorting ties of one shipping moment (a right part) streams; sorting all rows would not.
    QVERIFY2(!text.contains(u"TEMP B-TREE FOR ORDER BY"_s), qPrintable(text));
    QVERIFY2(text.contains(u"USING INDEX"_s) || text.contains(u"USING COVERING INDEX"_s),
        qPrintable(text));
}

void TestShipmentListQuery::literalsMatchTheBoundStatement()
{
    ShipmentFilter f;
    f.carriers = {u"dhl"_s, u"o'neil"_s};
    f.text = u"0034"_s;
    f.lateOnly = true;
    const auto st = ShipmentListQuery::countStatement(
        f, fixedNow, ShipmentListQuery::TextMatch::Narrow, m_db.dialect());
    const QString literal = st.withLiterals();
    QVERIFY(!literal.contains(u':'));
    QVERIFY(literal.contains(u"'o''neil'"_s));
    QVERIFY(literal.contains(QString::number(fixedNow)));
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(literal) && q.next());
    QCOMPARE(q.value(0).toLongLong(), *ShipmentListQuery::count(m_db.connection(), f, fixedNow));
}

QTEST_GUILESS_MAIN(TestShipmentListQuery)
#include "tst_shipmentlistquery.moc"
