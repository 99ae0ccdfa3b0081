#include "settingspage.h"
#include "store/customerprivacy.h"
#include "store/database.h"
#include "testsupport.h"
#include "wismopage.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// The console's GDPR actions: export and erase on the WISMO desk's customer card, the retention
// period on the Settings page.
class TestPrivacyPages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void exportAndEraseFromTheCard();
    void retentionPeriodIsSaved();

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void TestPrivacyPages::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"config"_s)));
    m_db = TestSupport::seededDatabase(m_dir.filePath(u"ui.sqlite"_s), 300, 1'763'800'000'000);
}

void TestPrivacyPages::cleanupTestCase()
{
    m_db.releaseConnection();
}

void TestPrivacyPages::exportAndEraseFromTheCard()
{
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT c.id, c.email, c.name FROM customers c WHERE c.email IS NOT NULL AND "
                   "EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id) AND (SELECT "
                   "count(*) FROM customers x WHERE x.email = c.email) = 1 ORDER BY c.id LIMIT 1"_s)
        && q.next());
    const qint64 customer = q.value(0).toLongLong();
    const QString email = q.value(1).toString();
    const QString name = q.value(2).toString();
    q.finish();

    WismoPage page(m_db, u"agent-ui"_s);
    page.setClock([] { return qint64(1'763'800'000'000); });
    QSignalSpy acted(&page, &WismoPage::actionFinished);
    page.search(email);
    QTRY_VERIFY_WITH_TIMEOUT(page.resultCount() > 0, 10000);
    page.openResult(0);
    QTRY_VERIFY_WITH_TIMEOUT(page.answer() && page.cardText().contains(name), 10000);
    auto *button = page.findChild<QToolButton *>(u"wismoPersonalData"_s);
    auto *erase = page.findChild<QAction *>(u"wismoErasePersonalData"_s);
    QVERIFY(button && erase);
    QVERIFY(button->isEnabled());
    QVERIFY(erase->isEnabled());

    const QString path = m_dir.filePath(u"person.json"_s);
    page.exportPersonalData(path);
    QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 1, 10000);
    QVERIFY2(acted.last().at(0).toBool(), qPrintable(acted.last().at(1).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(u"customers"_s).toArray().first().toObject().value(u"email"_s).toString(),
        email);
    QCOMPARE(root.value(u"exported_by"_s).toString(), u"agent-ui"_s);

    // A reason naming the person is refused, and nothing happens.
    page.erasePersonalData(u"asked by "_s + name);
    QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 2, 10000);
    QVERIFY(!acted.last().at(0).toBool());
    QCOMPARE(
        TestSupport::scalar(m_db,
            u"SELECT count(*) FROM customers WHERE id = %1 AND email IS NOT NULL"_s.arg(customer)),
        1);

    page.erasePersonalData(u"ticket 12"_s);
    QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 3, 20000);
    QVERIFY2(acted.last().at(0).toBool(), qPrintable(acted.last().at(1).toString()));
    QCOMPARE(TestSupport::scalar(m_db,
                 u"SELECT count(*) FROM customers WHERE id = %1 AND email IS NULL AND "
                 "erased_at IS NOT NULL"_s.arg(customer)),
        1);
    // The card reads the order again, under no name; the list searched again finds nobody.
    QTRY_VERIFY_WITH_TIMEOUT(
        page.cardText().contains(u"Personal data erased (customer %1)"_s.arg(customer)), 10000);
    QVERIFY(!page.cardText().contains(email));
    QVERIFY(!page.cardText().contains(name));
    QTRY_COMPARE_WITH_TIMEOUT(page.resultCount(), 0, 10000);
    QVERIFY(!erase->isEnabled());
    QVERIFY(!page.findChild<QWidget *>(u"wismoSendUpdate"_s)->isEnabled()); // no address left
    QVERIFY(button->isEnabled()); // what is left can still be exported
}

void TestPrivacyPages::retentionPeriodIsSaved()
{
    SettingsPage page(m_db);
    auto *days = page.findChild<QSpinBox *>(u"retentionDays"_s);
    QVERIFY(days);
    QTRY_VERIFY_WITH_TIMEOUT(days->isEnabled(), 10000); // read on a worker
    QCOMPARE(days->value(), 0);
    QVERIFY(!page.findChild<QWidget *>(u"eraseOldData"_s)->isEnabled());
    days->setValue(400);
    QVERIFY(page.findChild<QWidget *>(u"eraseOldData"_s)->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(*CustomerPrivacy(m_db).retentionDays(), 400, 10000);

    SettingsPage again(m_db);
    auto *read = again.findChild<QSpinBox *>(u"retentionDays"_s);
    QTRY_VERIFY_WITH_TIMEOUT(read->isEnabled(), 10000);
    QCOMPARE(read->value(), 400);
}

QTEST_MAIN(TestPrivacyPages)
#include "tst_privacypages.moc"
