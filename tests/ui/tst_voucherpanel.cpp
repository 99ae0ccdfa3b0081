#include "i18n/translations.h"
#include "store/database.h"
#include "store/shipmentrepository.h"
#include "store/voucherrepository.h"
#include "testsupport.h"
#include "voucherpanel.h"

#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// The voucher panel: codes imported from a file show in the pool, a bad file is named by line
// and column and imports nothing, and the budget bar turns red with auto-approval stopped once
// what is spent and committed reaches the budget.
class TestVoucherPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importsAndShowsThePool();
    void namesTheLineOfABadFile();
    void budgetUsedUpStopsAutoApproval();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        T *w = m_panel->findChild<T *>(name);
        if (!w)
            qFatal("no %s", qPrintable(name));
        return w;
    }
    QString writeFile(const QString &name, const QByteArray &content);
    // Runs an action of the panel and waits for it and the figures read after it.
    bool finished(const std::function<void()> &action, bool *ok = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
    std::unique_ptr<VoucherPanel> m_panel;
    qint64 m_now = 0;
};

void TestVoucherPanel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslations(QLocale(QLocale::English));
}

void TestVoucherPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const auto db = Database::open(m_dir->filePath(u"panel.sqlite"_s));
    QVERIFY(db);
    m_db = *db;
    // The middle of a month, so the month's figures do not depend on the day the test runs.
    m_now = QDateTime(QDate(2026, 5, 15), QTime(12, 0)).toMSecsSinceEpoch();
    m_panel = std::make_unique<VoucherPanel>(m_db);
    m_panel->setClock([this] { return m_now; });
    m_panel->setActor(u"anna"_s);
    QSignalSpy refreshed(m_panel.get(), &VoucherPanel::refreshed);
    m_panel->show();
    QVERIFY(refreshed.wait(10000));
}

void TestVoucherPanel::cleanup()
{
    m_panel.reset();
    // A read still running on a pool thread uses the file: let it end before the file goes.
    QThreadPool::globalInstance()->waitForDone();
    m_db.releaseConnection();
    m_dir.reset();
}

QString TestVoucherPanel::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

bool TestVoucherPanel::finished(const std::function<void()> &action, bool *ok)
{
    QSignalSpy done(m_panel.get(), &VoucherPanel::actionFinished);
    QSignalSpy refreshed(m_panel.get(), &VoucherPanel::refreshed);
    action();
    if (!done.wait(10000) || (refreshed.isEmpty() && !refreshed.wait(10000)))
        return false;
    if (ok)
        *ok = done.first().at(0).toBool();
    return true;
}

void TestVoucherPanel::importsAndShowsThePool()
{
    const QString csv = writeFile(u"codes.csv"_s,
        "code,value,cost,expires\nA,5,2,2026-12-31\nB,5,2,\nC,10,4,\nOLD,10,4,2026-01-31\n");
    bool ok = false;
    QVERIFY(finished([&] { m_panel->importFile(csv); }, &ok));
    QVERIFY(ok);
    QVERIFY2(child<QLabel>(u"message"_s)->text().startsWith(u"Imported 4 code"_s),
        qPrintable(child<QLabel>(u"message"_s)->text()));
    const auto &b = m_panel->shownBudget();
    QVERIFY(b);
    QCOMPARE(b->freeCodes, 3);

    auto *pool = child<QTableWidget>(u"pool"_s);
    QCOMPARE(pool->rowCount(), 2);
    QCOMPARE(pool->item(0, 0)->text(), u"€5.00"_s);
    QCOMPARE(pool->item(0, 1)->text(), u"2"_s);
    QCOMPARE(pool->item(1, 0)->text(), u"€10.00"_s);
    QCOMPARE(pool->item(1, 1)->text(), u"1"_s); // OLD has expired
    auto *codes = child<QTableWidget>(u"codes"_s);
    QCOMPARE(codes->rowCount(), 4);
    QStringList listed;
    for (int row = 0; row < codes->rowCount(); ++row) {
        listed << codes->item(row, 0)->text();
        QCOMPARE(codes->item(row, 4)->text(), u"free"_s);
    }
    listed.sort();
    QCOMPARE(listed, (QStringList {u"A"_s, u"B"_s, u"C"_s, u"OLD"_s}));
    QVERIFY(!child<QLabel>(u"stopped"_s)->isVisible());
    QVERIFY(child<QLabel>(u"figures"_s)->text().contains(u"remaining €500.00 of €500.00"_s));
}

void TestVoucherPanel::namesTheLineOfABadFile()
{
    const QString csv = writeFile(u"bad.csv"_s, "code,value,cost\nA,5,2\nB,5,9\n");
    bool ok = true;
    QVERIFY(finished([&] { m_panel->importFile(csv); }, &ok));
    QVERIFY(!ok);
    const QString message = child<QLabel>(u"message"_s)->text();
    QVERIFY2(
        message.contains(csv + u":3:3: cost: 9 is more than the value 5"_s), qPrintable(message));
    QCOMPARE(TestSupport::scalar(m_db, u"SELECT count(*) FROM vouchers"_s), 0);
    QCOMPARE(child<QTableWidget>(u"codes"_s)->rowCount(), 0);
}

void TestVoucherPanel::budgetUsedUpStopsAutoApproval()
{
    QVERIFY(finished([&] {
        m_panel->importFile(writeFile(u"codes.csv"_s, "code,value,cost\nA,5,3\nB,5,3\n"));
    }));
    // A code in a message sent this month: 3.00 spent.
    const auto shipment
        = ShipmentRepository(m_db).insert(TestSupport::makeShipment(u"00340434161094042557"_s));
    QVERIFY(shipment);
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"INSERT INTO customers (name, created_at) VALUES ('Erika Mustermann', 0)"_s));
    const qint64 customer = q.lastInsertId().toLongLong();
    q.prepare(u"INSERT INTO problem_cases (shipment_id, kind, opened_at) VALUES (?, 'late', ?)"_s);
    q.addBindValue(*shipment);
    q.addBindValue(m_now);
    QVERIFY(q.exec());
    const qint64 caseId = q.lastInsertId().toLongLong();
    q.prepare(u"INSERT INTO messages (customer_id, channel, language, kind, state, body, "
              "created_at) VALUES (?, 'email', 'de', 'delay_apology_voucher', 'draft', 'x', ?)"_s);
    q.addBindValue(customer);
    q.addBindValue(m_now);
    QVERIFY(q.exec());
    const qint64 message = q.lastInsertId().toLongLong();
    QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s));
    QVERIFY(VoucherRepository::assignWithinTransaction(
        m_db.connection(), message, {caseId}, 500, m_now + 60'000));
    QVERIFY(q.exec(u"COMMIT"_s));
    q.prepare(u"UPDATE messages SET state = 'sent', sent_at = ? WHERE id = ?"_s);
    q.addBindValue(m_now);
    q.addBindValue(message);
    QVERIFY(q.exec());

    // Apply as the spin box does: 3.00 is the whole budget, now spent.
    child<QDoubleSpinBox>(u"budget"_s)->setValue(3.0);
    QVERIFY(finished([&] { child<QPushButton>(u"apply"_s)->click(); }));
    QCOMPARE(m_panel->shownBudget()->budgetCents, 300);
    QCOMPARE(m_panel->shownBudget()->spentCents, 300);
    auto *stopped = child<QLabel>(u"stopped"_s);
    QVERIFY(stopped->isVisible());
    QVERIFY(stopped->text().contains(u"auto-approval stopped"_s));
    QVERIFY(child<QFrame>(u"spentPart"_s)->styleSheet().contains(u"#cf222e"_s));
    QVERIFY(!child<QFrame>(u"remainingPart"_s)->isVisible());
    QVERIFY2(child<QLabel>(u"figures"_s)->text().startsWith(u"Spent €3.00"_s),
        qPrintable(child<QLabel>(u"figures"_s)->text()));
    auto *codes = child<QTableWidget>(u"codes"_s);
    QCOMPARE(codes->item(0, 0)->text(), u"A"_s); // the latest given first
    QCOMPARE(codes->item(0, 4)->text(), u"#%1 (sent)"_s.arg(message));
    QCOMPARE(codes->item(0, 5)->text(), u"Erika Mustermann"_s);
    QCOMPARE(TestSupport::scalar(m_db,
                 u"SELECT count(*) FROM audit_log WHERE action = 'changed' "
                 "AND actor = 'anna'"_s),
        1);

    // More budget: the bar goes back to normal.
    QVERIFY(finished([&] { m_panel->applyBudget(1000); }));
    QVERIFY(!stopped->isVisible());
    QVERIFY(child<QFrame>(u"remainingPart"_s)->isVisible());
    QVERIFY(child<QFrame>(u"spentPart"_s)->styleSheet().contains(u"#0969da"_s));
}

QTEST_MAIN(TestVoucherPanel)
#include "tst_voucherpanel.moc"
