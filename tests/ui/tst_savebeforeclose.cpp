#include "pgsupport.h"
#include "problemcasespage.h"
#include "savebeforeclose.h"
#include "store/database.h"
#include "store/problemcaserepository.h"
#include "store/shipmentrepository.h"
#include "testsupport.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

namespace {

// Runs steps, one at a time, on the modal dialog once it shows; each returns when it has done
// its part (the dialog's exec() keeps the event loop turning meanwhile).
void onDialog(std::function<void(QDialog *)> step)
{
    QTimer::singleShot(0, [step] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            onDialog(step); // not shown yet
            return;
        }
        step(dialog);
    });
}

void pressOk(QDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

// Waits for the save that OK started to end; returns whether it saved.
bool waitForTry(QDialog *dialog)
{
    auto *saver = dialog->findChild<SaveBeforeClose *>();
    QSignalSpy tried(saver, &SaveBeforeClose::tried);
    pressOk(dialog);
    if (!tried.wait(20'000))
        qFatal("the save did not end");
    return tried.first().at(0).toBool();
}

} // namespace

// Dialogs that save before they close: whatever stops the save, the typed words stay in the
// dialog to be tried again; nothing is lost when the database cannot be reached.
class TestSaveBeforeClose final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void contactWithAWrongNumberIsKeptToBeMended();
    void noteWaitsForTheServerToComeBack();

private:
    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_case = 0;
    int m_serial = 0;
};

void TestSaveBeforeClose::initTestCase()
{
    PARCELDESK_REQUIRE_STORE();
}

void TestSaveBeforeClose::init()
{
    const auto db = Database::open(
        TestSupport::storeLocation(m_dir.filePath(u"save%1.sqlite"_s.arg(++m_serial))));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = *db;
    const auto shipment
        = ShipmentRepository(m_db).insert(TestSupport::makeShipment(u"00340434161094042557"_s));
    QVERIFY(shipment);
    ProblemCase late;
    late.shipmentId = *shipment;
    late.kind = ProblemKind::Late;
    late.priority = 2;
    const auto opened = ProblemCaseRepository(m_db).open(late, u"rules"_s, 1000);
    QVERIFY(opened && opened->created);
    m_case = opened->id;
}

void TestSaveBeforeClose::cleanup()
{
    m_db.releaseConnection();
}

void TestSaveBeforeClose::contactWithAWrongNumberIsKeptToBeMended()
{
    ProblemCasesPage page(m_db, u"ida"_s);
    page.show();
    QSignalSpy acted(&page, &ProblemCasesPage::actionFinished);
    bool refusedAndKept = false;
    onDialog([&](QDialog *dialog) {
        auto *number = dialog->findChild<QLineEdit *>(u"contactTracking"_s);
        auto *note = dialog->findChild<QLineEdit *>(u"contactNote"_s);
        number->setText(u"0034 0434 1610 9404 2558"_s); // one digit wrong
        note->setText(u"Caller says the parcel is a birthday present"_s);
        QVERIFY(!waitForTry(dialog));
        // Still open, everything typed still there, the reason in red above the buttons.
        QVERIFY(dialog->isVisible());
        QCOMPARE(number->text(), u"0034 0434 1610 9404 2558"_s);
        QCOMPARE(note->text(), u"Caller says the parcel is a birthday present"_s);
        auto *error = dialog->findChild<QLabel *>(u"saveError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"00340434161094042558"_s), qPrintable(error->text()));
        // … read whole: the dialog grew to fit it.
        QTRY_VERIFY(error->height() >= error->heightForWidth(error->width()));
        refusedAndKept = true;
        if (const QString shots = qEnvironmentVariable("PARCELDESK_SCREENSHOT_DIR");
            !shots.isEmpty())
            dialog->grab().save(shots + u"/log-contact-refused.png"_s);
        number->setText(u"0034 0434 1610 9404 2557"_s);
        QVERIFY(waitForTry(dialog));
    });
    page.findChild<QPushButton *>(u"logContact"_s)->click();
    QVERIFY(refusedAndKept);
    QCOMPARE(acted.size(), 1);
    QCOMPARE(acted.first().at(0).toBool(), true);
    QCOMPARE(TestSupport::scalar(m_db,
                 u"SELECT count(*) FROM contacts WHERE note = "
                 "'Caller says the parcel is a birthday present' AND agent = 'ida'"_s),
        1);
}

// The server goes away while a note is being written (its connections cut, new ones refused):
// the note stays in the dialog, and OK saves it once the server is back.
void TestSaveBeforeClose::noteWaitsForTheServerToComeBack()
{
    if (!m_db.isServer())
        QSKIP("A server that goes away: the PostgreSQL variant of this test.");
    const QString database = m_db.server().database;
    QSqlDatabase admin = TestSupport::pgConnection(u"admin"_s);
    QVERIFY2(admin.isOpen(), qPrintable(admin.lastError().text()));
    const auto run = [&admin](const QString &sql) {
        QSqlQuery q(admin);
        QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
    };
    const QString note = u"Carrier promised a second attempt on Friday"_s;
    bool keptWhileAway = false;
    std::optional<QString> saved;
    onDialog([&](QDialog *dialog) {
        auto *text = dialog->findChild<QPlainTextEdit *>(u"savedText"_s);
        text->setPlainText(note);
        run(u"ALTER DATABASE %1 ALLOW_CONNECTIONS false"_s.arg(database));
        run(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' AND "
            "pid != pg_backend_pid()"_s.arg(database));
        QVERIFY(!waitForTry(dialog));
        QVERIFY(!waitForTry(dialog)); // still away: tried again, still kept
        QVERIFY(dialog->isVisible());
        // Said plainly: the server cannot be reached, and why.
        const QString said = dialog->findChild<QLabel *>(u"saveError"_s)->text();
        QVERIFY2(
            said.contains(u"cannot be reached"_s) && said.contains(u"not currently accepting"_s),
            qPrintable(said));
        QCOMPARE(text->toPlainText(), note);
        keptWhileAway = true;
        run(u"ALTER DATABASE %1 ALLOW_CONNECTIONS true"_s.arg(database));
        QVERIFY(waitForTry(dialog));
    });
    saved = SaveBeforeClose::askText(nullptr, u"Note"_s, u"Note:"_s, {}, true, m_db,
        [id = m_case](const Database &db, const QString &text) -> Result<QString> {
            if (const Outcome done = ProblemCaseRepository(db).addNote(id, text, u"ida"_s, 2000);
                !done)
                return done.error();
            return u"noted"_s;
        });
    run(u"ALTER DATABASE %1 ALLOW_CONNECTIONS true"_s.arg(database));
    admin.close();
    admin = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"admin"_s);
    QVERIFY(keptWhileAway);
    QCOMPARE(saved, std::optional<QString>(u"noted"_s));
    m_db.releaseConnection(); // cut too: this thread's connection opens again
    QCOMPARE(ProblemCaseRepository(m_db).find(m_case)->note, note);
}

QTEST_MAIN(TestSaveBeforeClose)
#include "tst_savebeforeclose.moc"
