#pragma once

#include "polling/pollingengine.h"
#include "store/database.h"
#include "store/teamroles.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace ParcelDesk {

class ChangeNotifier;

class CarriersPage;
class FirstRunPanel;
class ProblemCasesPage;
class ShipmentsPage;
class OverviewPage;
class WismoPage;
class ApologiesPage;
class ReturnsPage;
class ReportsPage;
class CredentialStore;
class PollingService;
class StoreWriter;

// The console's frame: navigation to every page, and a status bar naming the open database
// and how many shipments it holds. The count is read on a worker thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page {
        OverviewPage,
        ShipmentsPage,
        ProblemCasesPage,
        WismoPage,
        ReturnsPage,
        ApologiesPage,
        ReportsPage,
        CarrierPage,
        SettingsPage,
        PageCount
    };

    explicit MainWindow(Database database, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    // Reads the shipment count again, e.g. after new data arrived.
    void refreshShipmentCount();
    ParcelDesk::ShipmentsPage *shipmentsPage() const { return m_shipmentsPage; }
    ParcelDesk::OverviewPage *overviewPage() const { return m_overviewPage; }
    ParcelDesk::ProblemCasesPage *problemCasesPage() const { return m_casesPage; }
    ParcelDesk::WismoPage *wismoPage() const { return m_wismoPage; }
    ParcelDesk::ApologiesPage *apologiesPage() const { return m_apologiesPage; }
    ParcelDesk::ReturnsPage *returnsPage() const { return m_returnsPage; }
    ParcelDesk::ReportsPage *reportsPage() const { return m_reportsPage; }
    // New data arrived: what is visible reads it again, the rest when shown.
    void dataChanged();
    // What "now" is for late parcels, today's figures and expected dates (the demo's sandbox
    // clock, a test's fixed moment); by default the wall clock.
    void setClock(const std::function<qint64()> &clock);

    // Polls with these accounts instead of the configured ones (the demo's sandbox).
    // scheduleClock: business time when it runs faster than real time (the sandbox's).
    void setPollingAccounts(const QList<PollingEngine::Account> &accounts, const QString &source,
        PollingEngine::Clock scheduleClock = {});
    // Starts polling with the accounts set above at once, or reads the configured ones and
    // their credentials first, off the GUI thread. True when polling runs or is starting;
    // false when there is nothing to poll with at once. A start that finds no account says why
    // in the status bar and by pollingUnavailable.
    bool startPolling();
    void stopPolling();
    bool isPolling() const;
    CredentialStore &credentialStore() { return *m_credentials; }
    // Shown above the pages while the database holds no shipment.
    ParcelDesk::FirstRunPanel *firstRunPanel() const { return m_firstRun; }
    // Creates the demo database in the user's data folder (with progress and Cancel) and
    // starts the console again on it, polling the carrier sandbox. The user's own database is
    // left as it is and opens again next time.
    void openDemo();
    // How the console starts again on other arguments (a test replaces it): true when started.
    using Restart = std::function<bool(const QStringList &arguments)>;
    void setRestart(Restart restart) { m_restart = std::move(restart); }

Q_SIGNALS:
    // Emitted each time the status bar shows a fresh count.
    void shipmentCountShown(qint64 count);
    // A polling run ended.
    void pollRunFinished(const ParcelDesk::PollingEngine::Summary &summary);
    void pollingStopped();
    void pollingUnavailable(const QString &reason);
    // The problem-case rules ran after new events arrived; what they did, in words.
    void rulesRan(const QString &summary);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The status bar's words for a team's database: where, as whom, in which role.
    QString teamLabel() const;
    // Remembers the location and starts the console again on it.
    void switchDatabase(const QString &location, const QString &password = {});
    void buildPages();
    void buildMenus();
    void showPollingState();
    void runRulesSoon();
    void startPollingWith(const QList<PollingEngine::Account> &accounts);

    Database m_database;
    Restart m_restart;
    FirstRunPanel *m_firstRun = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    ChangeNotifier *m_notifier = nullptr; // a team database only
    TeamRoles::Role m_role = TeamRoles::Role::Owner; // a file's user may do everything
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_pollingLabel = nullptr;
    quint64 m_countJob = 0;
    std::unique_ptr<CredentialStore> m_credentials;
    CarriersPage *m_carriersPage = nullptr;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<PollingService> m_polling;
    std::optional<QList<PollingEngine::Account>> m_accountsOverride;
    QString m_pollingSource;
    PollingEngine::Clock m_scheduleClock;
    int m_accountsPolled = 0;
    QString m_pollingProblem; // why polling is off, when it could not start
    bool m_pollingStarting = false; // the accounts are being read
    QList<PollingEngine::CarrierHealth> m_health;
    qint64 m_dueTotal = 0;
    std::optional<PollingEngine::Summary> m_lastRun;
    qint64 m_lastRunAtMs = 0;
    bool m_runActive = false;
    ParcelDesk::ProblemCasesPage *m_casesPage = nullptr;
    ParcelDesk::ShipmentsPage *m_shipmentsPage = nullptr;
    ParcelDesk::OverviewPage *m_overviewPage = nullptr;
    ParcelDesk::WismoPage *m_wismoPage = nullptr;
    ParcelDesk::ApologiesPage *m_apologiesPage = nullptr;
    ParcelDesk::ReturnsPage *m_returnsPage = nullptr;
    ParcelDesk::ReportsPage *m_reportsPage = nullptr;
    bool m_overviewStale = false;
    bool m_shipmentsStale = false; // new data came while the page was not shown
    bool m_rulesRunning = false;
    bool m_rulesPending = false; // new events arrived while the rules could not run
    std::optional<qint64> m_lastRulesAtMs;
};

} // namespace ParcelDesk
