#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"
#include "datagen/demodatagenerator.h"
#include "models/shipmenttablemodel.h"
#include "store/database.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

namespace {

const qint64 fixedNow
    = QDateTime::fromString(u"2026-11-18T15:30:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();

} // namespace

// The lazy Shipments model against a seeded database: pages on demand, filters and sorts in
// SQL, drops stale answers, and keeps rows in place across a live refresh.
class TestShipmentTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pagesOnDemand();
    void filtersAndSortsInSql();
    void aNewerFilterWins();
    void refreshKeepsRowsByShipment();

private:
    qint64 scalar(const QString &sql);
    static void waitLoaded(ShipmentTableModel &model);

    QTemporaryDir m_dir;
    Database m_db;
};

void TestShipmentTableModel::initTestCase()
{
    PARCELDESK_REQUIRE_STORE();
    m_db = TestSupport::seededDatabase(m_dir.filePath(u"model.sqlite"_s), 2000, fixedNow);
}

void TestShipmentTableModel::cleanupTestCase()
{
    m_db.releaseConnection();
}

qint64 TestShipmentTableModel::scalar(const QString &sql)
{
    return TestSupport::scalar(m_db, sql);
}

void TestShipmentTableModel::waitLoaded(ShipmentTableModel &model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.totalCount() >= 0, 10000);
}

void TestShipmentTableModel::pagesOnDemand()
{
    ShipmentTableModel model(m_db);
    model.setClock([] { return fixedNow; });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    waitLoaded(model);
    const qint64 total = scalar(u"SELECT count(*) FROM shipments"_s);
    QCOMPARE(model.totalCount(), total);
    QCOMPARE(model.rowCount(), ShipmentTableModel::pageSize);
    // Newest first.
    QCOMPARE(model.data(model.index(0, 0), ShipmentTableModel::ShipmentIdRole).toLongLong(),
        scalar(u"SELECT id FROM shipments ORDER BY shipped_at DESC, carrier DESC, id DESC "
               "LIMIT 1"_s));
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore()); // one page at a time
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2 * ShipmentTableModel::pageSize, 10000);
    while (model.canFetchMore() || model.isLoading()) {
        if (model.canFetchMore())
            model.fetchMore();
        QTest::qWait(5);
    }
    QCOMPARE(qint64(model.rowCount()), total);
    QCOMPARE(model.data(model.index(model.rowCount() - 1, 0), ShipmentTableModel::ShipmentIdRole)
                 .toLongLong(),
        scalar(u"SELECT id FROM shipments ORDER BY shipped_at, carrier, id LIMIT 1"_s));
    // What a row says.
    const ShipmentListRow *first = model.rowAt(0);
    QCOMPARE(model.data(model.index(0, ShipmentTableModel::TrackingColumn)).toString(),
        first->trackingNumber);
    QCOMPARE(model.data(model.index(0, ShipmentTableModel::CarrierColumn)).toString(),
        carrierAdapter(first->carrier)->displayName());
    QVERIFY(!model.data(model.index(0, ShipmentTableModel::StatusColumn)).toString().isEmpty());
    QCOMPARE(model.headerData(
                 ShipmentTableModel::CasesColumn, Qt::Horizontal, ShipmentTableModel::SortableRole),
        QVariant(false));
}

void TestShipmentTableModel::filtersAndSortsInSql()
{
    ShipmentTableModel model(m_db);
    model.setClock([] { return fixedNow; });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    waitLoaded(model);
    ShipmentFilter f;
    f.carriers = {u"dpd"_s};
    f.lateOnly = true;
    model.setFilter(f);
    waitLoaded(model);
    QCOMPARE(model.totalCount(), *ShipmentListQuery::count(m_db.connection(), f, fixedNow));
    QVERIFY(model.totalCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.rowAt(row)->carrier, u"dpd"_s);
        QVERIFY(model.data(model.index(row, 0), ShipmentTableModel::IsLateRole).toBool());
    }
    model.setFilter({});
    model.sort(ShipmentTableModel::TrackingColumn, Qt::AscendingOrder);
    waitLoaded(model);
    QCOMPARE(model.rowAt(0)->trackingNumber, [&] {
        QSqlQuery q(m_db.connection());
        q.exec(u"SELECT min(tracking_number) FROM shipments"_s);
        q.next();
        return q.value(0).toString();
    }());
    // A column without an index does not sort: the order stays.
    model.sort(ShipmentTableModel::LastEventColumn, Qt::DescendingOrder);
    QCOMPARE(model.sortOrder().key, ShipmentSortKey::TrackingNumber);
    QCOMPARE(model.rowCount(), ShipmentTableModel::pageSize);
}

void TestShipmentTableModel::aNewerFilterWins()
{
    ShipmentTableModel model(m_db);
    model.setClock([] { return fixedNow; });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    // Typed quickly: each filter replaces the last before its answer came.
    for (const QString &carrier : {u"dhl"_s, u"ups"_s, u"gls"_s, u"usps"_s}) {
        ShipmentFilter f;
        f.carriers = {carrier};
        model.setFilter(f);
    }
    waitLoaded(model);
    QTest::qWait(50); // any stale answer would have landed by now
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowAt(row)->carrier, u"usps"_s);
    QCOMPARE(
        model.totalCount(), scalar(u"SELECT count(*) FROM shipments WHERE carrier = 'usps'"_s));
}

void TestShipmentTableModel::refreshKeepsRowsByShipment()
{
    ShipmentTableModel model(m_db);
    model.setClock([] { return fixedNow; });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    waitLoaded(model);
    const qint64 watchedId = model.rowAt(5)->id;
    const QPersistentModelIndex watched = model.index(5, ShipmentTableModel::StatusColumn);
    QSignalSpy arrived(&model, &ShipmentTableModel::rowsArrived);

    // The parcel changes status: the row updates in place.
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"UPDATE shipments SET status_tag = 'Exception', sub_status = 'Damaged' WHERE "
                   "id = %1"_s.arg(watchedId)));
    model.refresh();
    QVERIFY(arrived.wait(10000));
    QCOMPARE(watched.row(), 5);
    QCOMPARE(model.data(watched, ShipmentTableModel::StatusTagRole).toString(), u"Exception"_s);

    // Two new parcels arrive at the top: the watched row moves down with its shipment.
    const qint64 rowsBefore = model.rowCount();
    QVERIFY(q.exec(u"INSERT INTO shipments (carrier, tracking_number, shipped_at, created_at) "
                   "VALUES ('dhl', '00340434999999999991', %1, %1), ('dhl', "
                   "'00340434999999999992', %1, %1)"_s.arg(fixedNow + 60'000)));
    model.refresh();
    QVERIFY(arrived.wait(10000));
    QCOMPARE(watched.row(), 7);
    QCOMPARE(model.data(watched, ShipmentTableModel::ShipmentIdRole).toLongLong(), watchedId);
    QCOMPARE(model.rowAt(0)->trackingNumber.left(14), u"00340434999999"_s);
    QCOMPARE(qint64(model.rowCount()), rowsBefore); // the loaded window, read again
    QTRY_COMPARE_WITH_TIMEOUT(
        model.totalCount(), scalar(u"SELECT count(*) FROM shipments"_s), 10000);

    // New data while the next page is on its way: the loaded rows are read again after it.
    QVERIFY(q.exec(u"UPDATE shipments SET status_tag = 'Delivered', sub_status = 'Delivered' "
                   "WHERE id = %1"_s.arg(watchedId)));
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    QVERIFY(model.isLoading());
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(
        model.data(watched, ShipmentTableModel::StatusTagRole).toString(), u"Delivered"_s, 10000);

    // The watched parcel is deleted: its index becomes invalid rather than pointing elsewhere.
    QVERIFY(q.exec(u"DELETE FROM tracking_events WHERE shipment_id = %1"_s.arg(watchedId)));
    QVERIFY(q.exec(u"DELETE FROM problem_cases WHERE shipment_id = %1"_s.arg(watchedId)));
    QVERIFY(q.exec(u"DELETE FROM returns WHERE shipment_id = %1"_s.arg(watchedId)));
    QVERIFY(q.exec(u"DELETE FROM shipments WHERE id = %1"_s.arg(watchedId)));
    model.refresh();
    QVERIFY(arrived.wait(10000));
    QVERIFY(!watched.isValid());
    QCOMPARE(model.rowOf(watchedId), -1);
}

QTEST_GUILESS_MAIN(TestShipmentTableModel)
#include "tst_shipmenttablemodel.moc"
