#include "carriers/trackingnumber.h"
#include "i18n/translations.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "store/database.h"
#include "store/importprofilestore.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;
using TestSupport::dhlNumber;

namespace {

// Words about 30 % longer, as German's are, for the dialog's own texts and the field
// descriptions; placeholders (%1, %n) and mnemonics stay as they are.
class LongerWords final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
        int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QByteArray ctx(context);
        if (ctx != "ParcelDesk::ImportDialog" && ctx != "ParcelDesk::ImportMapping")
            return {};
        const QString source = QString::fromUtf8(sourceText);
        QString out;
        QString word;
        bool placeholder = false;
        const auto flush = [&] {
            out += word;
            if (!placeholder && word.size() > 2)
                out += QString((word.size() * 3 + 9) / 10, word.back());
            word.clear();
        };
        for (const QChar c : source) {
            if (c.isLetter()) {
                if (word.isEmpty())
                    placeholder = out.endsWith(u'%');
                word += c;
                continue;
            }
            flush();
            out += c;
        }
        flush();
        return out;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

// The import dialog as the desk uses it: a file chosen, its columns mapped (Shopify's export
// recognised, a custom layout chosen in the combo boxes and kept as a profile), every row
// checked with every problem listed, then Import or Import the rest, or Cancel, which leaves
// the database as it was.
class TestImportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void recognisesShopifyExport();
    void customCsvMappedSavedAndLoaded();
    void badRowsAreListedAndTheRestImported();
    void cancelLeavesDatabaseUnchanged();
    void importsFeedbackFromTheMenu();
    void readsJsonLines();
    void fitsLongerWords_data();
    void fitsLongerWords();

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
    // Rows in the tables an import writes.
    QList<qint64> counts() const
    {
        QList<qint64> out;
        for (const QString &table : {u"customers"_s, u"orders"_s, u"order_items"_s, u"shipments"_s,
                 u"feedback"_s, u"import_profiles"_s})
            out << TestSupport::scalar(m_db, u"SELECT count(*) FROM "_s + table);
        return out;
    }
    static QString count(const ImportDialog &dialog, const QString &key)
    {
        const auto *label = dialog.findChild<QLabel *>(u"count_"_s + key);
        return label ? label->text() : u"(no label)"_s;
    }
    static void choose(const ImportDialog &dialog, const QString &field, const QString &column)
    {
        auto *box = dialog.findChild<QComboBox *>(u"column_"_s + field);
        QVERIFY2(box, qPrintable(field));
        const int index = column.isEmpty() ? 0 : box->findText(column);
        QVERIFY2(index >= 0, qPrintable(column));
        box->setCurrentIndex(index);
    }
    static bool checkAndWait(ImportDialog &dialog)
    {
        QSignalSpy finished(&dialog, &ImportDialog::checkFinished);
        dialog.findChild<QPushButton *>(u"importCheck"_s)->click();
        if ((finished.isEmpty() && !finished.wait(30000)) || !finished.first().at(0).toBool()) {
            qWarning("check failed: %s",
                qPrintable(dialog.findChild<QLabel *>(u"importMappingProblems"_s)->text()));
            return false;
        }
        return true;
    }
    QByteArray shipmentsCsv(int rows, int from = 0) const
    {
        QByteArray csv = "order,carrier,tracking,shipped_at,dest_country\n";
        for (int i = from; i < from + rows; ++i)
            csv += "A1,dhl," + dhlNumber(i).toLatin1() + ",2026-11-18T10:00:00Z,DE\n";
        return csv;
    }

    QTemporaryDir m_dir;
    Database m_db;
    int m_files = 0;
};

void TestImportDialog::init()
{
    const auto opened
        = Database::open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
            + QString::fromLatin1(QTest::currentDataTag()) + u".sqlite"_s));
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

void TestImportDialog::cleanup()
{
    m_db.releaseConnection();
}

void TestImportDialog::recognisesShopifyExport()
{
    const QString path = write(
        "Name,Email,Financial Status,Currency,Total,Created at,Lineitem quantity,Lineitem name,"
        "Lineitem price,Lineitem sku,Billing Name,Shipping Name,Shipping Street,Shipping City,"
        "Shipping Zip,Shipping Country,Cancelled at,Id\r\n"
        "#1001,ana@example.com,paid,EUR,53.91,2026-11-18 09:50:26 +0100,2,Face cream,19.95,FC-1,"
        "Ana Ruiz,Ana Ruiz,Hauptstr. 1,Dresden,'01067,DE,,5550001\r\n"
        "#1001,ana@example.com,,,,2026-11-18 09:50:26 "
        "+0100,1,Lipstick,14.01,LS-2,,,,,,,,5550001\r\n"
        "#1002,ben@example.com,paid,EUR,20.00,2026-11-19 18:00:00 -0500,1,Novel,20.00,BK-1,"
        "Ben Ode,,Ringstr. 5,Wien,1010,AT,,5550002\r\n"
        "#1003,cleo@example.com,refunded,EUR,9.00,2026-11-19 10:00:00 +0100,1,Socks,9.00,SO-1,"
        "Cleo,Cleo,,Graz,8010,AT,2026-11-19 11:00:00 +0100,5550003\r\n");
    ImportDialog dialog(m_db, ImportKind::Orders, u"tester"_s);
    QSignalSpy listed(&dialog, &ImportDialog::profilesListed);
    dialog.show();
    QVERIFY(listed.wait(10000));
    dialog.setFile(path);

    const auto *note = dialog.findChild<QLabel *>(u"importFileNote"_s);
    QVERIFY2(
        note->text().startsWith(u"Shopify order export recognised"_s), qPrintable(note->text()));
    QCOMPARE(dialog.findChild<QComboBox *>(u"importProfile"_s)->currentData().toString(),
        ImportProfileStore::builtinShopify());
    const ImportMapping mapping = dialog.mapping();
    QVERIFY(mapping.shopify);
    QCOMPARE(mapping.columns.value(u"order"_s), QStringList {u"Name"_s});
    QCOMPARE(mapping.columns.value(u"customer_name"_s),
        (QStringList {u"Shipping Name"_s, u"Billing Name"_s}));
    QVERIFY(!mapping.columns.contains(u"phone"_s)); // the file has none of Shopify's phones
    QCOMPARE(dialog.findChild<QComboBox *>(u"column_placed_at"_s)->currentText(), u"Created at"_s);
    QCOMPARE(dialog.findChild<QComboBox *>(u"column_phone"_s)->currentText(), u"(none)"_s);
    QCOMPARE(dialog.findChild<QTableWidget *>(u"importPreview"_s)->rowCount(), 4);
    QCOMPARE(dialog.findChild<QTableWidget *>(u"importPreview"_s)->item(0, 0)->text(), u"#1001"_s);
    QVERIFY(dialog.mappingProblems().isEmpty());

    QVERIFY(checkAndWait(dialog));
    QCOMPARE(dialog.step(), ImportDialog::Step::Checked);
    QCOMPARE(dialog.summary()->rows, 4);
    QCOMPARE(dialog.summary()->cancelled, 1);
    QVERIFY(dialog.findChild<QPushButton *>(u"importRun"_s)->isVisible());
    QVERIFY(!dialog.findChild<QPushButton *>(u"importRest"_s)->isVisible());
    QCOMPARE(counts().value(1), 1); // a check writes nothing

    QSignalSpy imported(&dialog, &ImportDialog::importFinished);
    dialog.findChild<QPushButton *>(u"importRun"_s)->click();
    QVERIFY(imported.wait(30000));
    QCOMPARE(imported.first().at(0).toBool(), true);
    QCOMPARE(dialog.step(), ImportDialog::Step::Done);
    QCOMPARE(count(dialog, u"orders"_s), u"2"_s);
    QCOMPARE(count(dialog, u"items"_s), u"3"_s);
    QCOMPARE(count(dialog, u"customers"_s), u"1"_s); // Ana is known by her e-mail address
    QCOMPARE(count(dialog, u"cancelled"_s), u"1"_s);
    QCOMPARE(count(dialog, u"skipped"_s), u"0"_s);
    QCOMPARE(TestSupport::scalar(
                 m_db, u"SELECT count(*) FROM orders WHERE order_number IN ('#1001', '#1002')"_s),
        2);
    QCOMPARE(
        TestSupport::scalar(m_db, u"SELECT count(*) FROM orders WHERE order_number = '#1003'"_s),
        0);
}

void TestImportDialog::customCsvMappedSavedAndLoaded()
{
    const QString path = write("Beleg;Firma;Code;Wann;Zustell-PLZ;Farbe\n"
                               "A1;DHL;"
        + dhlNumber(1).toLatin1()
        + ";18.11.2026 14:30;10115;blau\n"
          ";ups;1Z 999 AA1 0123 4567 84;19.11.2026 08:00;80331;rot\n");
    const QList<qint64> before = counts();
    ImportMapping saved;
    {
        ImportDialog dialog(m_db, ImportKind::Shipments, u"tester"_s);
        QSignalSpy listed(&dialog, &ImportDialog::profilesListed);
        dialog.show();
        QVERIFY(listed.wait(10000));
        dialog.setFile(path);
        // Nothing in the header is ours: the required fields say so, and Check waits.
        auto *checkButton = dialog.findChild<QPushButton *>(u"importCheck"_s);
        QVERIFY(!checkButton->isEnabled());
        const QString problems = dialog.findChild<QLabel *>(u"importMappingProblems"_s)->text();
        QVERIFY2(problems.contains(u"carrier: no column is chosen"_s), qPrintable(problems));
        QVERIFY(!dialog.findChild<QPushButton *>(u"importSaveProfile"_s)->isEnabled());

        choose(dialog, u"order"_s, u"Beleg"_s);
        choose(dialog, u"carrier"_s, u"Firma"_s);
        choose(dialog, u"tracking"_s, u"Code"_s);
        QVERIFY(!checkButton->isEnabled()); // shipped_at is still missing
        choose(dialog, u"shipped_at"_s, u"Wann"_s);
        choose(dialog, u"dest_postcode"_s, u"Zustell-PLZ"_s);
        QVERIFY(checkButton->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(u"importMappingProblems"_s)->text().isEmpty());
        auto *dateFormat = dialog.findChild<QLineEdit *>(u"importDateFormat"_s);
        QTest::keyClicks(dateFormat, u"dd.MM.yyyy HH:mm"_s);
        QCOMPARE(dialog.mapping().dateFormat, u"dd.MM.yyyy HH:mm"_s);
        const QString example = dialog.findChild<QLabel *>(u"importDateExample"_s)->text();
        QVERIFY2(example.startsWith(u"“18.11.2026 14:30” reads as"_s), qPrintable(example));

        QSignalSpy profileSaved(&dialog, &ImportDialog::profileSaved);
        dialog.saveProfile(u"Lager Nord"_s);
        QVERIFY(profileSaved.wait(10000));
        QVERIFY2(
            profileSaved.first().at(0).toBool(), qPrintable(profileSaved.first().at(1).toString()));
        QCOMPARE(dialog.findChild<QComboBox *>(u"importProfile"_s)->currentText(), u"Lager Nord"_s);
        saved = dialog.mapping();
        QCOMPARE(saved.columns.size(), 5);
        const auto stored = ImportProfileStore::load(m_db, u"Lager Nord"_s);
        QVERIFY(stored);
        QCOMPARE(stored->mapping.columns, saved.columns);
        QCOMPARE(stored->mapping.dateFormat, saved.dateFormat);
        QCOMPARE(stored->mapping.kind, ImportKind::Shipments);
        dialog.reject(); // nothing imported
    }
    QList<qint64> afterSaving = before;
    afterSaving.last() += 1; // the profile
    QCOMPARE(counts(), afterSaving);

    {
        // An orders dialog does not offer a shipments profile.
        ImportDialog orders(m_db, ImportKind::Orders, u"tester"_s);
        QSignalSpy listed(&orders, &ImportDialog::profilesListed);
        QVERIFY(listed.wait(10000));
        QCOMPARE(orders.findChild<QComboBox *>(u"importProfile"_s)->findText(u"Lager Nord"_s), -1);
    }

    ImportDialog dialog(m_db, ImportKind::Shipments, u"tester"_s);
    QSignalSpy listed(&dialog, &ImportDialog::profilesListed);
    dialog.show();
    QVERIFY(listed.wait(10000));
    auto *profiles = dialog.findChild<QComboBox *>(u"importProfile"_s);
    const int index = profiles->findText(u"Lager Nord"_s);
    QVERIFY(index > 0);
    profiles->setCurrentIndex(index); // before the file: it stays chosen
    dialog.setFile(path);
    QCOMPARE(dialog.mapping().columns, saved.columns);
    QCOMPARE(dialog.mapping().dateFormat, u"dd.MM.yyyy HH:mm"_s);
    QCOMPARE(dialog.findChild<QComboBox *>(u"column_carrier"_s)->currentText(), u"Firma"_s);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"importDateFormat"_s)->text(), u"dd.MM.yyyy HH:mm"_s);
    QVERIFY(checkAndWait(dialog));
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.findChild<QPushButton *>(u"importRun"_s)->click();
    QVERIFY(imported.wait(30000));
    QCOMPARE(count(dialog, u"shipments"_s), u"2"_s);
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT carrier, tracking_number, shipped_at, dest_postcode, order_id "
                   "FROM shipments ORDER BY id"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"dhl"_s);
    QCOMPARE(q.value(1).toString(), dhlNumber(1));
    QCOMPARE(q.value(2).toLongLong(),
        QDateTime(QDate(2026, 11, 18), QTime(14, 30), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(q.value(3).toString(), u"10115"_s);
    QCOMPARE(q.value(4).toLongLong(), 1);
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), u"1Z999AA10123456784"_s);
    QVERIFY(q.value(4).isNull());
}

void TestImportDialog::badRowsAreListedAndTheRestImported()
{
    const QString path = write("order,carrier,tracking,shipped_at,dest_country\n"
                               "A1,dhl,"
        + dhlNumber(7).toLatin1()
        + ",2026-11-18T10:00:00Z,DE\n"
          "A1,hermes,12345,yesterday,Atlantis\n"
          "A9,dhl,"
        + dhlNumber(8).toLatin1()
        + ",2026-11-18,DE\n"
          "A1,dhl,"
        + dhlNumber(9).toLatin1() + ",2026-11-18,DE\n");
    const QList<qint64> before = counts();
    struct Expected
    {
        int line;
        int column;
        QString field;
    };
    const QList<Expected> expected = {{3, 2, u"carrier"_s}, {3, 4, u"shipped_at"_s},
        {3, 5, u"dest_country"_s}, {4, 1, u"order"_s}};
    {
        // Cancel after the check: nothing is imported.
        ImportDialog dialog(m_db, ImportKind::Shipments, u"tester"_s);
        dialog.show();
        dialog.setFile(path);
        QVERIFY(dialog.mappingProblems().isEmpty());
        QVERIFY(checkAndWait(dialog));
        QCOMPARE(dialog.summary()->badRows, 2);
        QVERIFY(!dialog.findChild<QPushButton *>(u"importRun"_s)->isVisible());
        QVERIFY(dialog.findChild<QPushButton *>(u"importRest"_s)->isVisible());
        auto *table = dialog.findChild<QTableWidget *>(u"importProblems"_s);
        QCOMPARE(table->rowCount(), int(expected.size()));
        for (int r = 0; r < table->rowCount(); ++r) {
            QCOMPARE(table->item(r, 0)->text(), QString::number(expected.at(r).line));
            QCOMPARE(table->item(r, 1)->text(), QString::number(expected.at(r).column));
            QCOMPARE(table->item(r, 2)->text(), expected.at(r).field);
            QVERIFY(!table->item(r, 3)->text().isEmpty());
        }
        QVERIFY2(table->item(0, 3)->text().contains(u"\"hermes\" is not a carrier"_s),
            qPrintable(table->item(0, 3)->text()));
        const QString result = dialog.findChild<QLabel *>(u"importCheckResult"_s)->text();
        QVERIFY2(result.contains(u"2 row(s) are bad"_s), qPrintable(result));

        // Every problem can be copied as file:line:column: field: why.
        QGuiApplication::clipboard()->clear();
        dialog.findChild<QPushButton *>(u"importCopyProblems"_s)->click();
        const QStringList copied
            = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(copied.size(), expected.size());
        QVERIFY2(copied.at(3).startsWith(path + u":4:1: order: there is no order A9"_s),
            qPrintable(copied.at(3)));
        table->selectRow(1);
        QTest::keySequence(table, QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), copied.at(1) + u'\n');

        QSignalSpy importedSpy(&dialog, &ImportDialog::imported);
        dialog.findChild<QPushButton *>(u"importCancel"_s)->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(importedSpy.size(), 0);
    }
    QCOMPARE(counts(), before);

    ImportDialog dialog(m_db, ImportKind::Shipments, u"tester"_s);
    dialog.show();
    dialog.setFile(path);
    QVERIFY(checkAndWait(dialog));
    QSignalSpy imported(&dialog, &ImportDialog::importFinished);
    dialog.findChild<QPushButton *>(u"importRest"_s)->click();
    QVERIFY(imported.wait(30000));
    QVERIFY(imported.first().at(0).toBool());
    QCOMPARE(count(dialog, u"shipments"_s), u"2"_s);
    QCOMPARE(count(dialog, u"skipped"_s), u"2"_s);
    QList<qint64> after = before;
    after[3] += 2;
    QCOMPARE(counts(), after);
    QCOMPARE(TestSupport::scalar(m_db,
                 u"SELECT count(*) FROM shipments WHERE tracking_number IN ('"_s + dhlNumber(7)
                     + u"', '"_s + dhlNumber(9) + u"')"_s),
        2);
}

void TestImportDialog::cancelLeavesDatabaseUnchanged()
{
    const QString path = write(shipmentsCsv(60000));
    const QList<qint64> before = counts();
    ImportDialog dialog(m_db, ImportKind::Shipments, u"tester"_s);
    dialog.show();
    dialog.setFile(path);
    auto *progress = dialog.findChild<QProgressBar *>(u"importProgress"_s);

    // Escape while checking stops the check and goes back to the mapping.
    {
        QSignalSpy checked(&dialog, &ImportDialog::checkFinished);
        bool escaped = false;
        const auto connection = connect(progress, &QProgressBar::valueChanged, &dialog, [&] {
            if (!escaped && dialog.step() == ImportDialog::Step::Working) {
                escaped = true;
                QTest::keyClick(&dialog, Qt::Key_Escape);
            }
        });
        dialog.check();
        QVERIFY(checked.wait(60000));
        disconnect(connection);
        QVERIFY(escaped);
        QCOMPARE(checked.first().at(0).toBool(), false);
        QCOMPARE(dialog.step(), ImportDialog::Step::Mapping);
        QVERIFY(dialog.isVisible()); // Escape stopped the check, not the dialog
        QCOMPARE(dialog.findChild<QLabel *>(u"importMappingProblems"_s)->text(),
            u"The check was cancelled."_s);
    }

    QVERIFY(checkAndWait(dialog));
    QCOMPARE(dialog.summary()->rows, 60000);
    QCOMPARE(dialog.summary()->badRows, 0);
    // Cancel while writing (the second half of the progress): the transaction rolls back.
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    bool cancelled = false;
    connect(progress, &QProgressBar::valueChanged, &dialog, [&](int value) {
        if (!cancelled && value > 600 && dialog.step() == ImportDialog::Step::Working) {
            cancelled = true;
            dialog.findChild<QPushButton *>(u"importCancel"_s)->click();
        }
    });
    dialog.import();
    QVERIFY(finished.wait(120000));
    QVERIFY(cancelled);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(imported.size(), 0);
    QCOMPARE(dialog.step(), ImportDialog::Step::Done);
    QCOMPARE(dialog.findChild<QLabel *>(u"importDone"_s)->text(),
        u"The import was cancelled; nothing was imported."_s);
    QVERIFY(dialog.findChild<QWidget *>(u"importCounts"_s)->isHidden());
    QCOMPARE(counts(), before);
}

void TestImportDialog::importsFeedbackFromTheMenu()
{
    const QString feedback = write("Order No;Stars;Review;Date\n"
                                   "A1;5;\"Fast; and friendly\";19.11.2026 10:00\n"
                                   "A1;2;;20.11.2026 08:15\n");
    const QString shipments = write(shipmentsCsv(3, 100));
    MainWindow window(m_db);
    QSignalSpy countShown(&window, &MainWindow::shipmentCountShown);
    window.show();
    QVERIFY(countShown.wait(20000));
    QCOMPARE(countShown.last().at(0).toLongLong(), 0);

    // File → Import → Customer feedback…, in the words the operations report uses.
    QMenu *importMenu = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->text() != u"&File"_s)
            continue;
        for (QAction *entry : action->menu()->actions()) {
            if (entry->menu() && entry->text() == u"&Import"_s)
                importMenu = entry->menu();
        }
    }
    QVERIFY(importMenu);
    QStringList entries;
    for (const QAction *action : importMenu->actions())
        entries << action->text();
    QCOMPARE(entries, (QStringList {u"&Orders…"_s, u"&Shipments…"_s, u"Customer &feedback…"_s}));

    importMenu->actions().at(2)->trigger();
    auto *dialog = window.findChild<ImportDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), ImportKind::Feedback);
    QVERIFY(dialog->isVisible());
    dialog->setFile(feedback);
    // Proposed from the header: "Order No", "Stars", "Review", "Date".
    QCOMPARE(dialog->mapping().columns.value(u"order"_s), QStringList {u"Order No"_s});
    QCOMPARE(dialog->mapping().columns.value(u"rating"_s), QStringList {u"Stars"_s});
    QCOMPARE(dialog->mapping().columns.value(u"comment"_s), QStringList {u"Review"_s});
    QCOMPARE(dialog->mapping().columns.value(u"submitted_at"_s), QStringList {u"Date"_s});
    QVERIFY(dialog->findChild<QComboBox *>(u"importDecimalSeparator"_s)->isHidden());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"importDateFormat"_s), u"dd.MM.yyyy HH:mm"_s);
    QVERIFY(checkAndWait(*dialog));
    QSignalSpy imported(dialog, &ImportDialog::importFinished);
    countShown.clear();
    QTest::keyClick(dialog, Qt::Key_Return); // Import is the default once every row is fine
    QVERIFY(imported.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(!countShown.isEmpty(), 30000); // the window read its data again
    QCOMPARE(count(*dialog, u"feedback"_s), u"2"_s);
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT rating, comment, submitted_at FROM feedback ORDER BY submitted_at"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 5);
    QCOMPARE(q.value(1).toString(), u"Fast; and friendly"_s);
    QCOMPARE(q.value(2).toLongLong(),
        QDateTime(QDate(2026, 11, 19), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QTest::keyClick(dialog, Qt::Key_Return); // Close
    QTRY_VERIFY(!dialog->isVisible());
    QTRY_VERIFY(!window.findChild<ImportDialog *>()); // deleted on close

    // After an import of shipments the status bar counts them.
    countShown.clear();
    for (QAction *action : importMenu->actions()) {
        if (action->text() == u"&Shipments…"_s)
            action->trigger();
    }
    dialog = window.findChild<ImportDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), ImportKind::Shipments);
    dialog->setFile(shipments);
    QVERIFY(checkAndWait(*dialog));
    dialog->import();
    QTRY_VERIFY_WITH_TIMEOUT(!countShown.isEmpty(), 30000);
    QCOMPARE(countShown.last().at(0).toLongLong(), 3);
    dialog->close();
}

void TestImportDialog::readsJsonLines()
{
    const QString path
        = write("{\"order\": \"A1\", \"rating\": 4, \"submitted_at\": \"2026-11-19T10:00:00Z\"}\n"
                "\n"
                "{\"order\": \"A1\", \"rating\": 3, \"comment\": \"Late\", \"submitted_at\": "
                "\"2026-11-19T11:00:00Z\"}\n",
            u".jsonl"_s);
    ImportDialog dialog(m_db, ImportKind::Feedback, u"tester"_s);
    dialog.show();
    dialog.setFile(path);
    const QString note = dialog.findChild<QLabel *>(u"importFileNote"_s)->text();
    QVERIFY2(note.startsWith(u"JSON lines"_s), qPrintable(note));
    // The keys are the columns, our field names map to themselves.
    QCOMPARE(dialog.findChild<QTableWidget *>(u"importPreview"_s)->columnCount(), 4);
    QCOMPARE(dialog.findChild<QTableWidget *>(u"importPreview"_s)->rowCount(), 2);
    QCOMPARE(dialog.mapping().columns.size(), 4);
    QCOMPARE(dialog.mapping().columns.value(u"comment"_s), QStringList {u"comment"_s});
    QVERIFY(checkAndWait(dialog));
    QSignalSpy imported(&dialog, &ImportDialog::importFinished);
    dialog.import();
    QVERIFY(imported.wait(30000));
    QCOMPARE(count(dialog, u"feedback"_s), u"2"_s);
    QCOMPARE(
        TestSupport::scalar(m_db, u"SELECT count(*) FROM feedback WHERE comment = 'Late'"_s), 1);
}

void TestImportDialog::fitsLongerWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("German") << u"de"_s;
}

void TestImportDialog::fitsLongerWords()
{
    QFETCH(QString, language);
    LongerWords longer;
    if (language == u"de"_s) {
        QCOMPARE(installTranslations(QLocale(QLocale::German)), u"de"_s);
        QCoreApplication::installTranslator(&longer); // consulted first
    }
    const QString path = write("Bestellung;Versender;Sendungsnummer;Versanddatum;PLZ\n"
                               "A1;dhl;"
        + dhlNumber(3).toLatin1()
        + ";18.11.2026 14:30;10115\n"
          "A9;hermes;123;gestern;10115\n");
    {
        ImportDialog dialog(m_db, ImportKind::Shipments, u"tester"_s);
        const QString shots = qEnvironmentVariable("PARCELDESK_SCREENSHOT_DIR");
        // Everything fits the size the dialog opens with, and no button or single-line label
        // is narrower than its text.
        const auto fits = [&dialog, &shots, &language](const QString &step) {
            const QSize opened = dialog.size();
            const QSize needed = dialog.minimumSizeHint();
            QVERIFY2(needed.width() <= opened.width() && needed.height() <= opened.height(),
                qPrintable(u"%1: needs %2x%3, opens %4x%5"_s.arg(step)
                               .arg(needed.width())
                               .arg(needed.height())
                               .arg(opened.width())
                               .arg(opened.height())));
            for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
                if (button->isVisible())
                    QVERIFY2(button->width() >= button->sizeHint().width(),
                        qPrintable(step + u": "_s + button->text()));
            }
            for (const QLabel *label : dialog.findChildren<QLabel *>()) {
                if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty())
                    QVERIFY2(label->width() >= label->sizeHint().width(),
                        qPrintable(step + u": "_s + label->text()));
            }
            if (!shots.isEmpty())
                QVERIFY(dialog.grab().save(
                    shots + u"/importdialog-"_s + step + u"-"_s + language + u".png"_s));
        };
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setFile(path);
        choose(dialog, u"order"_s, u"Bestellung"_s);
        choose(dialog, u"carrier"_s, u"Versender"_s);
        choose(dialog, u"tracking"_s, u"Sendungsnummer"_s);
        choose(dialog, u"shipped_at"_s, u"Versanddatum"_s);
        choose(dialog, u"dest_postcode"_s, u"PLZ"_s);
        QTest::keyClicks(
            dialog.findChild<QLineEdit *>(u"importDateFormat"_s), u"dd.MM.yyyy HH:mm"_s);
        QVERIFY(dialog.mappingProblems().isEmpty());
        fits(u"mapping"_s);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(checkAndWait(dialog));
        QCOMPARE(dialog.summary()->badRows, 1);
        fits(u"checked"_s);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy imported(&dialog, &ImportDialog::importFinished);
        dialog.findChild<QPushButton *>(u"importRest"_s)->click();
        QVERIFY(imported.wait(30000));
        fits(u"done"_s);
        if (QTest::currentTestFailed())
            return;
    }
    if (language == u"de"_s) {
        QCoreApplication::removeTranslator(&longer);
        QCOMPARE(installTranslations(QLocale(QLocale::English)), u"en"_s);
    }
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
