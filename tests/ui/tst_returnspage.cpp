#include "returnregistrationdialog.h"
#include "returnspage.h"
#include "rules/returnpolicy.h"
#include "store/returnpolicystore.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// The Returns page as a warehouse worker and a desk agent use it: the list of what waits, the
// registration dialog judging lines as they are ticked, and the receiving screen driven by a
// scanner (text and Enter).
class TestReturnsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listShowsWhatWaits();
    void dialogJudgesLinesAsTheyAreTicked();
    void scanReceivesAndGrades();
    void importsFromCsvSkippingBadRows();
    void policyIsEditedInTheConsole();

private:
    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_now = QDateTime::currentMSecsSinceEpoch();
};

void TestReturnsPage::initTestCase()
{
    m_db = TestSupport::seededDatabase(m_dir.filePath(u"returns.sqlite"_s), 3000, m_now);
}

void TestReturnsPage::listShowsWhatWaits()
{
    ReturnsPage page(m_db, u"tester"_s);
    page.resize(1200, 700);
    page.show();
    auto *list = page.findChild<QTableWidget *>(u"returnsList"_s);
    QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() > 0, 10000);
    const qint64 waiting = TestSupport::scalar(m_db,
        u"SELECT count(*) FROM returns WHERE (state = 'registered' AND outcome IN ('review', "
        "'accept')) OR state = 'received' OR (settlement = 'open' AND (state = 'graded' OR "
        "(outcome = 'keep' AND state = 'registered')))"_s);
    QCOMPARE(list->rowCount(), int(std::min<qint64>(waiting, 500)));
    auto *filter = page.findChild<QComboBox *>(u"returnsFilter"_s);
    filter->setCurrentIndex(filter->findData(int(ReturnListQuery::Filter::OnTheirWay)));
    const qint64 onTheirWay = TestSupport::scalar(
        m_db, u"SELECT count(*) FROM returns WHERE state IN ('label_issued', 'in_transit')"_s);
    QVERIFY(onTheirWay > 0);
    const auto showsOnTheirWay = [&] {
        if (list->rowCount() != int(onTheirWay))
            return false;
        for (int row = 0; row < list->rowCount(); ++row) {
            const QString state = list->item(row, 3)->text();
            if (state != u"Label issued"_s && state != u"On its way back"_s)
                return false; // still the list of the filter before
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(showsOnTheirWay(), 10000);
    // Searching by RMA narrows it to one, and choosing it shows its lines.
    const QString rma = list->item(0, 0)->text();
    page.findChild<QLineEdit *>(u"returnsSearch"_s)->setText(rma);
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 1, 10000);
    list->selectRow(0);
    QTRY_VERIFY(page.findChild<QTextBrowser *>(u"returnDetail"_s)->toPlainText().contains(rma));
}

void TestReturnsPage::dialogJudgesLinesAsTheyAreTicked()
{
    ReturnableOrder order;
    order.orderId = 1;
    order.orderNumber = u"A-1"_s;
    order.currency = u"EUR"_s;
    order.language = u"en"_s;
    order.country = u"DE"_s;
    order.deliveredOn = QDate(2026, 11, 10);
    order.lines = {{1, u"J"_s, u"Jacket"_s, u"fashion"_s, 1, 0, 8900},
        {2, u"S"_s, u"Socks"_s, u"fashion"_s, 3, 1, 400}};
    ReturnRegistrationDialog dialog(order, ReturnPolicy::defaults(), QDate(2026, 11, 20));
    auto *table = dialog.findChild<QTableWidget *>(u"returnLines"_s);
    QCOMPARE(table->rowCount(), 2);
    auto *verdict = dialog.findChild<QLabel *>(u"returnVerdict"_s);
    QVERIFY(dialog.lines().isEmpty());
    qobject_cast<QCheckBox *>(table->cellWidget(1, 0))->setChecked(true);
    QVERIFY(verdict->text().contains(u"reason"_s)); // a reason is still missing
    auto *reason = qobject_cast<QComboBox *>(table->cellWidget(1, 3));
    reason->setCurrentIndex(reason->findData(u"quality"_s));
    QCOMPARE(dialog.lines().size(), 1);
    QCOMPARE(dialog.lines().first().quantity, 2); // three ordered, one already on its way back
    QCOMPARE(dialog.assessment().outcome, ReturnOutcome::KeepIt);
    QVERIFY2(verdict->text().contains(u"keeps it"_s), qPrintable(verdict->text()));
    qobject_cast<QCheckBox *>(table->cellWidget(0, 0))->setChecked(true);
    auto *jacketReason = qobject_cast<QComboBox *>(table->cellWidget(0, 3));
    jacketReason->setCurrentIndex(jacketReason->findData(u"size_too_small"_s));
    QCOMPARE(dialog.assessment().outcome, ReturnOutcome::Accept);
    QVERIFY(table->item(0, 5)->text().startsWith(u"Accepted"_s));
    QVERIFY(dialog.findChild<QLabel *>(u"returnCustomerText"_s)->text().contains(u"Socks"_s));
}

void TestReturnsPage::scanReceivesAndGrades()
{
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT r.id, r.rma, s.tracking_number FROM returns r JOIN shipments s ON "
                   "s.id = r.shipment_id WHERE r.state = 'in_transit' ORDER BY r.id LIMIT 1"_s)
        && q.next());
    const qint64 id = q.value(0).toLongLong();
    const QString tracking = q.value(2).toString();
    q.finish();
    ReturnsPage page(m_db, u"warehouse"_s);
    page.show();
    page.tabs()->setCurrentIndex(1);
    QSignalSpy acted(&page, &ReturnsPage::acted);
    auto *scan = page.findChild<QLineEdit *>(u"receivingScan"_s);
    scan->setText(u"no-such-parcel"_s);
    QTest::keyClick(scan, Qt::Key_Return);
    QCOMPARE(acted.size(), 1);
    QVERIFY(!acted.last().at(0).toBool());

    scan->setText(tracking);
    QTest::keyClick(scan, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 2, 10000);
    QVERIFY2(acted.last().at(0).toBool(), qPrintable(acted.last().at(1).toString()));
    QCOMPARE(TestSupport::scalar(m_db,
                 u"SELECT count(*) FROM returns WHERE id = %1 AND state = 'received' AND "
                 "received_at IS NOT NULL"_s.arg(id)),
        1);
    QTableWidget *lines = page.inspectionTable();
    QTRY_COMPARE_WITH_TIMEOUT(lines->rowCount(), 1, 10000);
    // Grade D proposes recycling by the rules; landfill without a reason is refused.
    auto *grade = qobject_cast<QComboBox *>(lines->cellWidget(0, 2));
    auto *goes = qobject_cast<QComboBox *>(lines->cellWidget(0, 3));
    grade->setCurrentIndex(grade->findData(u"D"_s));
    QCOMPARE(Disposition(goes->currentData().toInt()), Disposition::Recycle);
    goes->setCurrentIndex(goes->findData(int(Disposition::Landfill)));
    page.saveInspection();
    QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 3, 10000);
    QVERIFY(!acted.last().at(0).toBool());
    QVERIFY2(acted.last().at(1).toString().contains(u"landfill"_s),
        qPrintable(acted.last().at(1).toString()));
    grade->setCurrentIndex(grade->findData(u"A"_s));
    QCOMPARE(Disposition(goes->currentData().toInt()), Disposition::Resell);
    page.findChild<QCheckBox *>(u"reusablePackaging"_s)->setChecked(true);
    QTest::keyClick(lines, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 4, 10000);
    QVERIFY2(acted.last().at(0).toBool(), qPrintable(acted.last().at(1).toString()));
    QCOMPARE(
        TestSupport::scalar(m_db,
            u"SELECT count(*) FROM returns r JOIN return_items i ON i.return_id = r.id "
            "WHERE r.id = %1 AND r.state = 'graded' AND r.reusable_packaging = 1 AND "
            "i.grade = 'A' AND i.disposition = 'resell' AND r.graded_by = 'warehouse'"_s.arg(id)),
        1);
    // Scanning it again says it is in and shows the inspection to correct.
    scan->setText(tracking);
    QTest::keyClick(scan, Qt::Key_Return);
    QVERIFY2(
        page.receivingText().contains(u"Already received"_s), qPrintable(page.receivingText()));
}

void TestReturnsPage::importsFromCsvSkippingBadRows()
{
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT o.order_number FROM orders o JOIN shipments s ON s.order_id = o.id "
                   "WHERE s.status_tag = 'Delivered' AND o.category = 'home' AND NOT EXISTS "
                   "(SELECT 1 FROM returns r WHERE r.order_id = o.id) ORDER BY o.id LIMIT 1"_s)
        && q.next());
    const QString order = q.value(0).toString();
    q.finish();
    const QString path = m_dir.filePath(u"returns.csv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        u"order,line,reason\n%1,1,defective\nNO-SUCH-ORDER,1,defective\n"_s.arg(order).toUtf8());
    f.close();
    const qint64 before = TestSupport::scalar(m_db, u"SELECT count(*) FROM returns"_s);
    ReturnsPage page(m_db, u"desk"_s);
    QSignalSpy acted(&page, &ReturnsPage::acted);
    page.importFile(path, false);
    QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 1, 10000);
    QVERIFY2(acted.last().at(0).toBool(), qPrintable(acted.last().at(1).toString()));
    QVERIFY2(acted.last().at(1).toString().contains(u"1 row(s) skipped"_s)
            || acted.last().at(1).toString().contains(u"skipped"_s),
        qPrintable(acted.last().at(1).toString()));
    QCOMPARE(TestSupport::scalar(m_db, u"SELECT count(*) FROM returns"_s), before + 1);
}

void TestReturnsPage::policyIsEditedInTheConsole()
{
    ReturnsPage page(m_db, u"boss"_s);
    QSignalSpy acted(&page, &ReturnsPage::acted);
    auto *table = page.findChild<QTableWidget *>(u"returnPolicy"_s);
    QVERIFY(table);
    const int rows = table->rowCount();
    QCOMPARE(rows, int(ReturnPolicy::defaults().categories.size()) + 1); // and "other"
    int electronics = -1;
    for (int row = 0; row < rows; ++row) {
        if (table->item(row, 0)->text() == u"electronics")
            electronics = row;
    }
    QVERIFY(electronics >= 0);
    qobject_cast<QSpinBox *>(table->cellWidget(electronics, 1))->setValue(30);
    auto *save = page.findChild<QPushButton *>(u"savePolicy"_s);
    save->click();
    QCOMPARE(acted.size(), 1);
    QVERIFY2(acted.last().at(0).toBool(), qPrintable(acted.last().at(1).toString()));
    QCOMPARE(ReturnPolicyStore::load(m_db)->category(u"electronics"_s).windowDays, 30);
    // A category without a name is refused and nothing changes.
    table->item(electronics, 0)->setText(u" "_s);
    qobject_cast<QSpinBox *>(table->cellWidget(electronics, 1))->setValue(7);
    save->click();
    QCOMPARE(acted.size(), 2);
    QVERIFY(!acted.last().at(0).toBool());
    QCOMPARE(ReturnPolicyStore::load(m_db)->category(u"electronics"_s).windowDays, 30);
}

QTEST_MAIN(TestReturnsPage)
#include "tst_returnspage.moc"
