#include "mainwindow.h"
#include "pgsupport.h"
#include "rolegate.h"
#include "store/database.h"
#include "store/teamroles.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// The console as a team's agent, logistics clerk and supervisor see it: each control that does
// what the role may not is hidden, the others are there; an agent's console does not poll.
class TestRoleGate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyGatedNameIsAControlOfTheConsole();
    void consoleShowsWhatTheRoleMayDo_data();
    void consoleShowsWhatTheRoleMayDo();

private:
    QString urlAs(const QString &login) const;

    QString m_url;
    QString m_suffix;
    std::optional<Database> m_owner;
};

void TestRoleGate::initTestCase()
{
    const QString why = TestSupport::pgUnavailable();
    if (!why.isEmpty()) {
        if (qEnvironmentVariableIntValue("PARCELDESK_REQUIRE_PG"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    m_url = TestSupport::freshServerDatabase();
    m_suffix = QString::number(QCoreApplication::applicationPid());
    const auto owner = Database::open(m_url);
    QVERIFY(owner);
    m_owner = *owner;
    const auto set = TeamRoles::setUp(*m_owner);
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    for (const auto role :
        {TeamRoles::Role::Agent, TeamRoles::Role::Logistics, TeamRoles::Role::Supervisor}) {
        const auto added = TeamRoles::addUser(
            *m_owner, u"gate%1_%2"_s.arg(m_suffix, TeamRoles::roleKey(role)), role);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    }
}

void TestRoleGate::cleanupTestCase()
{
    if (!m_owner)
        return;
    for (const auto role :
        {TeamRoles::Role::Agent, TeamRoles::Role::Logistics, TeamRoles::Role::Supervisor})
        (void)TeamRoles::removeUser(
            *m_owner, u"gate%1_%2"_s.arg(m_suffix, TeamRoles::roleKey(role)));
    m_owner->releaseConnection();
}

QString TestRoleGate::urlAs(const QString &login) const
{
    QUrl url(m_url);
    url.setUserName(login);
    return url.toString();
}

void TestRoleGate::everyGatedNameIsAControlOfTheConsole()
{
    // A renamed button would silently escape the gate: every name must still be found in a
    // supervisor's console or in the dialogs the gate names.
    const auto opened = Database::open(m_url);
    QVERIFY(opened);
    MainWindow window(*opened);
    QStringList missing;
    for (const RoleGate::Gated &g : RoleGate::gatedWidgets()) {
        // Made when their dialog opens, or when the WISMO desk shows a customer.
        if ((g.ancestorClass && QByteArray(g.ancestorClass) != "ParcelDesk::ProblemCasesPage")
            || QByteArray(g.objectName) == "wismoErasePersonalData")
            continue;
        if (window.findChildren<QWidget *>(QString::fromLatin1(g.objectName)).isEmpty())
            missing.append(QString::fromLatin1(g.objectName));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
}

void TestRoleGate::consoleShowsWhatTheRoleMayDo_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("hidden");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("agent") << u"agent"_s
                           << QStringList {u"runRules"_s, u"editRules"_s, u"resolveCase"_s,
                                  u"togglePolling"_s, u"editAccount"_s, u"savePolicy"_s,
                                  u"eraseOldData"_s}
                           << QStringList {u"logContact"_s, u"noteCase"_s};
    QTest::newRow("logistics") << u"logistics"_s
                               << QStringList {u"savePolicy"_s, u"eraseOldData"_s,
                                      u"writeMessages"_s}
                               << QStringList {u"runRules"_s, u"resolveCase"_s, u"togglePolling"_s,
                                      u"logContact"_s};
    QTest::newRow("supervisor") << u"supervisor"_s << QStringList {}
                                << QStringList {u"runRules"_s, u"savePolicy"_s, u"eraseOldData"_s,
                                       u"writeMessages"_s};
}

void TestRoleGate::consoleShowsWhatTheRoleMayDo()
{
    QFETCH(QString, role);
    QFETCH(QStringList, hidden);
    QFETCH(QStringList, shown);
    const auto opened = Database::open(urlAs(u"gate%1_%2"_s.arg(m_suffix, role)));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    MainWindow window(*opened);
    window.show();
    // Every page once, as a user clicks through them.
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window.showPage(MainWindow::Page(page));
        QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
    const auto find = [&window](const QString &name) { return window.findChild<QWidget *>(name); };
    for (const QString &name : hidden) {
        QWidget *w = find(name);
        QVERIFY2(w, qPrintable(name));
        QVERIFY2(w->isHidden(), qPrintable(name + u" is shown to "_s + role));
    }
    for (const QString &name : shown) {
        QWidget *w = find(name);
        QVERIFY2(w, qPrintable(name));
        QVERIFY2(!w->isHidden(), qPrintable(name + u" is hidden from "_s + role));
    }
    // Importing is for logistics and up; an agent's console leaves polling to the pollers.
    auto *orders = window.findChild<QAction *>(u"importOrders"_s);
    QVERIFY(orders);
    auto *importMenu = qobject_cast<QMenu *>(orders->parent());
    QVERIFY(importMenu);
    QCOMPARE(importMenu->menuAction()->isVisible(), role != u"agent");
    if (role == u"agent")
        QVERIFY(!window.startPolling());
    opened->releaseConnection();
}

QTEST_MAIN(TestRoleGate)
#include "tst_rolegate.moc"
