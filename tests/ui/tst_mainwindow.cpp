#include "datagen/demodatagenerator.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "plannedpage.h"
#include "store/database.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void statusBarShowsDatabaseAndCount();
    void navigatesToEveryPage();
    void keyboardShortcutsSwitchPages();
    void speaksGerman();

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void TestMainWindow::initTestCase()
{
    QCOMPARE(installTranslations(QLocale(QLocale::English)), u"en"_s);
    DemoSeedOptions options;
    options.shipments = 1234;
    options.nowMs = 1'763'800'000'000;
    const QString path = m_dir.filePath(u"ui.sqlite"_s);
    QVERIFY(DemoDataGenerator::seed(path, options));
    const auto db = Database::open(path);
    QVERIFY(db);
    m_db = *db;
}

void TestMainWindow::cleanupTestCase()
{
    m_db.releaseConnection();
}

void TestMainWindow::statusBarShowsDatabaseAndCount()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    MainWindow window(m_db);
    QSignalSpy shown(&window, &MainWindow::shipmentCountShown);
    window.show();
    QVERIFY(shown.wait(20000));
    const qint64 count = shown.first().at(0).toLongLong();
    QVERIFY(count >= 1234); // returns come on top of the outbound parcels
    QStringList texts;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts << label->text();
    const QString all = texts.join(u'|');
    QVERIFY2(all.contains(m_db.path()), qPrintable(all));
    QVERIFY2(all.contains(QLocale().toString(count) + u" shipments"_s), qPrintable(all));
}

void TestMainWindow::navigatesToEveryPage()
{
    MainWindow window(m_db);
    window.show();
    auto *nav = window.findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(nav);
    QCOMPARE(nav->count(), int(MainWindow::PageCount));
    const QStringList expected = {u"Overview"_s, u"Shipments"_s, u"Problem cases"_s,
        u"WISMO desk"_s, u"Returns"_s, u"Apologies"_s, u"Reports"_s, u"Settings"_s};
    for (int i = 0; i < nav->count(); ++i) {
        QCOMPARE(nav->item(i)->text(), expected[i]);
        nav->setCurrentRow(i);
        QCOMPARE(int(window.currentPage()), i);
        // Pages that later releases fill say so plainly.
        auto *stack = window.findChild<QStackedWidget *>();
        QVERIFY(qobject_cast<PlannedPage *>(stack->currentWidget()));
        bool saysNotYet = false;
        for (const QLabel *label : stack->currentWidget()->findChildren<QLabel *>())
            saysNotYet = saysNotYet || label->text().contains(u"Not available yet"_s);
        QVERIFY(saysNotYet);
    }
}

void TestMainWindow::keyboardShortcutsSwitchPages()
{
    MainWindow window(m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::WismoPage);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::ShipmentsPage);
}

void TestMainWindow::speaksGerman()
{
    QCOMPARE(installTranslations(QLocale(QLocale::German)), u"de"_s);
    {
        QLocale::setDefault(QLocale(QLocale::German));
        MainWindow window(m_db);
        QSignalSpy shown(&window, &MainWindow::shipmentCountShown);
        auto *nav = window.findChild<QListWidget *>(u"navigation"_s);
        QCOMPARE(nav->item(MainWindow::ShipmentsPage)->text(), u"Sendungen"_s);
        QCOMPARE(nav->item(MainWindow::ProblemCasesPage)->text(), u"Problemfälle"_s);
        QVERIFY(shown.wait(20000));
        QStringList texts;
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
            texts << label->text();
        const qint64 count = shown.first().at(0).toLongLong();
        QVERIFY2(texts.contains(QLocale().toString(count) + u" Sendungen"_s),
            qPrintable(texts.join(u'|')));
    }
    QCOMPARE(installTranslations(QLocale(QLocale::English)), u"en"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
