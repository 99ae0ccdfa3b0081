#include "mainwindow.h"

#include "aboutdialog.h"
#include "apologiespage.h"
#include "carriers/credentialstore.h"
#include "carrierspage.h"
#include "connectdialog.h"
#include "datagen/demodatagenerator.h"
#include "firstrunpanel.h"
#include "importdialog.h"
#include "overviewpage.h"
#include "plannedpage.h"
#include "polling/pollingaccounts.h"
#include "polling/pollingservice.h"
#include "problemcasespage.h"
#include "reportspage.h"
#include "returnspage.h"
#include "rolegate.h"
#include "rules/problemcaserunner.h"
#include "settingspage.h"
#include "shipmentspage.h"
#include "store/changenotifier.h"
#include "store/problemrulerepository.h"
#include "store/shipmentrepository.h"
#include "store/storewriter.h"
#include "store/teamroles.h"
#include "wismopage.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QProgressDialog>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

// A carrier's state as the log says it (in English, like the rest of the log).
const char *healthWord(PollingEngine::CarrierHealth::State state)
{
    switch (state) {
    case PollingEngine::CarrierHealth::State::Ok:
        return "OK";
    case PollingEngine::CarrierHealth::State::Throttled:
        return "throttled";
    case PollingEngine::CarrierHealth::State::CircuitOpen:
        return "failing (circuit open)";
    case PollingEngine::CarrierHealth::State::QuotaExhausted:
        return "out of its daily quota";
    }
    return "?";
}

} // namespace

MainWindow::MainWindow(Database database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
    , m_credentials(std::make_unique<CredentialStore>(CredentialStore::Options {}))
{
    setWindowTitle(tr("ParcelDesk — %1")
                       .arg(m_database.isServer() ? m_database.displayName()
                                                  : QFileInfo(m_database.path()).fileName()));
    resize(1280, 800);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *sidebar = new QWidget(central);
    sidebar->setObjectName(u"sidebar"_s);
    sidebar->setFixedWidth(210);
    sidebar->setStyleSheet(u"QWidget#sidebar { border-right: 1px solid palette(mid); }"_s);
    auto *sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(0, 16, 0, 0);
    sidebarLayout->setSpacing(8);
    auto *brand = new QLabel(u"ParcelDesk"_s, sidebar);
    QFont brandFont = brand->font();
    brandFont.setPointSizeF(brandFont.pointSizeF() * 1.4);
    brandFont.setBold(true);
    brand->setFont(brandFont);
    brand->setContentsMargins(16, 0, 16, 8);
    sidebarLayout->addWidget(brand);

    m_navigation = new QListWidget(sidebar);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(u"QListWidget#navigation { background: transparent; }"
                                "QListWidget#navigation::item { padding: 6px 12px; }"_s);
    sidebarLayout->addWidget(m_navigation, 1);
    // The pages, with the first-run panel above them while there is nothing to show.
    auto *content = new QWidget(central);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    m_firstRun = new FirstRunPanel(content);
    m_firstRun->hide(); // until the count says the database is empty
    auto *firstRunMargin = new QVBoxLayout;
    firstRunMargin->setContentsMargins(16, 12, 16, 0);
    firstRunMargin->addWidget(m_firstRun);
    contentLayout->addLayout(firstRunMargin);
    m_pages = new QStackedWidget(content);
    contentLayout->addWidget(m_pages, 1);
    layout->addWidget(sidebar);
    layout->addWidget(content, 1);
    setCentralWidget(central);

    // What this login may do on a team's database, read once: the console offers only that
    // (the database refuses the rest anyway). A file's user may do everything.
    if (m_database.isServer()) {
        const auto role = TeamRoles::currentRole(m_database);
        m_role = role ? *role : TeamRoles::Role::None;
    }
    buildPages();
    buildMenus();
    m_firstRun->setImportAllowed(TeamRoles::may(m_role, TeamRoles::Capability::Import));
    connect(m_firstRun, &FirstRunPanel::connectCarrierRequested, this,
        [this] { showPage(CarrierPage); });
    connect(m_firstRun, &FirstRunPanel::importOrdersRequested, this, [this] {
        if (auto *import = findChild<QAction *>(u"importOrders"_s))
            import->trigger();
    });
    connect(m_firstRun, &FirstRunPanel::demoRequested, this, &MainWindow::openDemo);
    m_restart = [](const QStringList &arguments) {
        return QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    };
    if (m_role != TeamRoles::Role::Owner) {
        auto *gate = new RoleGate(m_role, this);
        gate->sweep(this);
        QCoreApplication::instance()->installEventFilter(gate);
    }
    QCoreApplication::instance()->installEventFilter(this);
    connect(
        m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(OverviewPage);

    m_databaseLabel = new QLabel(m_database.isServer()
            ? teamLabel()
            : tr("Database: %1").arg(QDir::toNativeSeparators(m_database.path())),
        this);
    m_countLabel = new QLabel(tr("Counting shipments…"), this);
    m_pollingLabel = new QLabel(this);
    m_pollingLabel->setObjectName(u"pollingStatus"_s);
    m_pollingLabel->setTextFormat(Qt::RichText);
    m_pollingLabel->setMinimumWidth(0);
    m_pollingLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    connect(m_pollingLabel, &QLabel::linkActivated, this, [this] { showPage(CarrierPage); });
    statusBar()->addWidget(m_databaseLabel, 1);
    m_pollingLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(m_pollingLabel, 2);
    statusBar()->addPermanentWidget(m_countLabel);
    showPollingState();
    refreshShipmentCount();

    // A team's database: what other consoles and the pollers write shows here as it happens,
    // and a lost connection is said and mended.
    if (m_database.isServer()) {
        m_notifier = new ChangeNotifier(m_database, this);
        connect(m_notifier, &ChangeNotifier::changed, this, [this] { dataChanged(); });
        connect(m_notifier, &ChangeNotifier::connectionLost, this, [this](const QString &why) {
            m_databaseLabel->setText(
                tr("Connection to %1 lost, reconnecting… (%2) What could not be saved "
                   "meanwhile was not stored: save it again once the "
                   "connection is back.")
                    .arg(m_database.displayName(), why));
            m_databaseLabel->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
        });
        connect(m_notifier, &ChangeNotifier::connectionRestored, this, [this] {
            m_databaseLabel->setText(teamLabel());
            m_databaseLabel->setStyleSheet(QString());
            dataChanged();
        });
        m_notifier->start();
    }
}

MainWindow::~MainWindow()
{
    // The poller finishes what is in flight before the writer and the database go.
    m_polling.reset();
    m_writer.reset();
}

void MainWindow::buildPages()
{
    struct PageText
    {
        QString name;
        QString purpose;
        QStringList coming;
    };
    const PageText texts[PageCount] = {
        {tr("Overview"), tr("Parcel volume, parcels in flight and problems at a glance."),
            {tr("Parcel volume by day or week, by carrier or status"),
                tr("Tiles for in transit, out for delivery, delivered today, late and open problem "
                   "cases"),
                tr("On-time and first-attempt delivery rates; every figure opens the parcels it "
                   "counts")}},
        {tr("Shipments"), tr("Every parcel, searchable and filterable, with its full timeline."),
            {tr("A fast table over millions of shipments with sorting and filters"),
                tr("The timeline: customer milestones or every scan, with the carrier's own code "
                   "and text")}},
        {tr("Problem cases"),
            tr("The queue of parcels that need a person: stuck, late, damaged, failed attempts, "
               "returns to sender."),
            {tr("Cases by priority and deadline, assign and resolve in bulk"),
                tr("Rules per carrier and country that open cases before the customer calls")}},
        {tr("WISMO desk"),
            tr("\"Where is my order?\" answered in one keystroke while the customer is on the "
               "line."),
            {tr("One search box for order, tracking number, e-mail, name, phone or postcode"),
                tr("The answer in the customer's language, and the contact logged")}},
        {tr("Returns"), {}, {}},
        {tr("Apologies"),
            tr("Proactive messages to customers whose parcels are late, before they ask."),
            {tr("Candidates, templates in German and English, vouchers"),
                tr("Guardrails: consent, frequency caps, quiet hours; an outbox that sends once")}},
        {tr("Reports"), {}, {}},
        {tr("Carriers"), {}, {}},
        {tr("Settings"), tr("Rules, templates, language and the database connection."),
            {tr("Problem-case thresholds and polling intervals"),
                tr("Message templates, language and the team database")}},
    };
    for (int i = 0; i < PageCount; ++i) {
        m_navigation->addItem(texts[i].name);
        if (i == CarrierPage) {
            m_carriersPage = new CarriersPage(m_database, *m_credentials, m_pages);
            m_pages->addWidget(m_carriersPage);
            continue;
        }
        if (i == SettingsPage) {
            m_pages->addWidget(new ParcelDesk::SettingsPage(m_database, m_pages));
            continue;
        }
        if (i == OverviewPage) {
            m_overviewPage = new ParcelDesk::OverviewPage(m_database, m_pages);
            m_pages->addWidget(m_overviewPage);
            continue;
        }
        if (i == ShipmentsPage) {
            m_shipmentsPage = new ParcelDesk::ShipmentsPage(m_database, m_pages);
            m_pages->addWidget(m_shipmentsPage);
            continue;
        }
        // Changes are recorded under the person signed in to the computer.
        QString user = qEnvironmentVariable("USER");
        if (user.isEmpty())
            user = qEnvironmentVariable("USERNAME", u"console"_s);
        if (i == ProblemCasesPage) {
            m_casesPage = new ParcelDesk::ProblemCasesPage(m_database, user, m_pages);
            m_pages->addWidget(m_casesPage);
            continue;
        }
        if (i == WismoPage) {
            m_wismoPage = new ParcelDesk::WismoPage(m_database, user, m_pages);
            m_pages->addWidget(m_wismoPage);
            continue;
        }
        if (i == ReturnsPage) {
            m_returnsPage = new ParcelDesk::ReturnsPage(m_database, user, m_pages);
            m_pages->addWidget(m_returnsPage);
            continue;
        }
        if (i == ReportsPage) {
            m_reportsPage = new ParcelDesk::ReportsPage(m_database, m_pages);
            m_pages->addWidget(m_reportsPage);
            continue;
        }
        if (i == ApologiesPage) {
            m_apologiesPage = new ParcelDesk::ApologiesPage(m_database, user, m_pages);
            m_pages->addWidget(m_apologiesPage);
            continue;
        }
        m_pages->addWidget(
            new PlannedPage(texts[i].name, texts[i].purpose, texts[i].coming, m_pages));
    }
    connect(m_shipmentsPage, &ParcelDesk::ShipmentsPage::openCaseRequested, this,
        [this](qint64 caseId) {
            showPage(ProblemCasesPage);
            m_casesPage->showCase(caseId);
        });
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        if (index == ShipmentsPage && m_shipmentsStale) {
            m_shipmentsStale = false;
            m_shipmentsPage->refreshLive();
        }
        if (index == OverviewPage && m_overviewStale) {
            m_overviewStale = false;
            m_overviewPage->refresh();
        }
    });
    connect(m_overviewPage, &ParcelDesk::OverviewPage::drillDown, this,
        [this](const ShipmentFilter &filter, const QString &description) {
            showPage(ShipmentsPage);
            m_shipmentsPage->showFilter(filter, description);
        });
    connect(m_carriersPage, &CarriersPage::pollingToggled, this, [this](bool on) {
        if (on)
            startPolling();
        else
            stopPolling();
    });
    connect(m_carriersPage, &CarriersPage::pollNowRequested, this, [this] {
        if (m_polling)
            m_polling->pollNow();
    });
    connect(m_carriersPage, &CarriersPage::accountsChanged, this, [this] {
        // New limits or credentials take effect at once.
        if (m_polling && !m_accountsOverride) {
            connect(this, &MainWindow::pollingStopped, this, &MainWindow::startPolling,
                Qt::SingleShotConnection);
            stopPolling();
        }
    });
}

void MainWindow::setPollingAccounts(const QList<PollingEngine::Account> &accounts,
    const QString &source, PollingEngine::Clock scheduleClock)
{
    m_accountsOverride = accounts;
    m_pollingSource = source;
    m_scheduleClock = std::move(scheduleClock);
    m_carriersPage->setAccountSource(source);
}

bool MainWindow::isPolling() const
{
    return m_polling != nullptr;
}

bool MainWindow::startPolling()
{
    if (m_polling || m_pollingStarting)
        return true;
    // A team's agents leave polling to the pollers and to logistics (the database would refuse
    // their writes anyway).
    if (!TeamRoles::may(m_role, TeamRoles::Capability::PollCarriers)) {
        m_pollingProblem = tr("Your role (%1) leaves polling to the team's pollers.")
                               .arg(TeamRoles::roleLabel(m_role));
        showPollingState();
        return false;
    }
    m_pollingProblem.clear();
    if (m_accountsOverride) {
        if (m_accountsOverride->isEmpty()) {
            m_pollingProblem = tr("No carrier account is set up.");
            showPollingState();
            return false;
        }
        startPollingWith(*m_accountsOverride);
        return true;
    }
    // The accounts from the database and their credentials from the keychain, which may take
    // its time (or ask for a password): the window goes on meanwhile.
    m_pollingStarting = true;
    showPollingState();
    PollingAccounts::load(m_database, *m_credentials, this, [this](const PollingAccounts &loaded) {
        m_pollingStarting = false;
        if (loaded.accounts.isEmpty()) {
            m_pollingProblem = loaded.problems.isEmpty() ? tr("No carrier account is set up.")
                                                         : loaded.problems.join(u' ');
            if (!loaded.problems.isEmpty())
                qWarning().noquote() << "Polling cannot start:" << loaded.problems.join(u' ');
            showPollingState();
            Q_EMIT pollingUnavailable(m_pollingProblem);
            return;
        }
        startPollingWith(loaded.accounts);
    });
    return true;
}

void MainWindow::startPollingWith(const QList<PollingEngine::Account> &accounts)
{
    if (!m_writer)
        m_writer = std::make_unique<StoreWriter>(m_database);
    m_polling = std::make_unique<PollingService>(m_database, *m_writer);
    m_accountsPolled = int(accounts.size());
    connect(m_polling.get(), &PollingService::runStarted, this, [this] {
        m_runActive = true;
        showPollingState();
    });
    connect(m_polling.get(), &PollingService::runFinished, this,
        [this](const PollingEngine::Summary &summary) {
            m_runActive = false;
            // For the log: a run that met errors, with their kinds (never a tracking number).
            if (!summary.errorsByKind.isEmpty()) {
                QStringList kinds;
                for (auto it = summary.errorsByKind.cbegin(); it != summary.errorsByKind.cend();
                     ++it)
                    kinds << u"%1 %2"_s.arg(it.key()).arg(it.value());
                qInfo().noquote() << "Polling run:" << summary.shipments << "parcels,"
                                  << summary.requests << "calls," << summary.deferred
                                  << "deferred; errors:" << kinds.join(u", "_s);
            }
            if (summary.shipments > 0 || !m_lastRun) {
                m_lastRun = summary;
                m_lastRunAtMs = QDateTime::currentMSecsSinceEpoch();
            }
            showPollingState();
            Q_EMIT pollRunFinished(summary);
            if (summary.newEvents > 0)
                dataChanged();
            if (summary.newEvents > 0 || m_rulesPending)
                runRulesSoon();
        });
    connect(m_polling.get(), &PollingService::healthChanged, this,
        [this](
            const QList<PollingEngine::CarrierHealth> &health, const QHash<QString, qint64> &due) {
            // A carrier that changes state goes to the log once, not every few seconds.
            for (const auto &h : health) {
                const auto before = std::find_if(m_health.cbegin(), m_health.cend(),
                    [&h](const PollingEngine::CarrierHealth &o) { return o.carrier == h.carrier; });
                const auto was = before == m_health.cend() ? PollingEngine::CarrierHealth::State::Ok
                                                           : before->state;
                if (h.state != was)
                    qInfo().noquote() << "Carrier" << h.carrier << "is now" << healthWord(h.state);
            }
            m_health = health;
            m_dueTotal = 0;
            for (const qint64 n : due)
                m_dueTotal += n;
            m_carriersPage->setHealth(health, due);
            showPollingState();
        });
    connect(m_polling.get(), &PollingService::stopped, this, [this] {
        // Deleted later: this signal comes from the service itself.
        m_polling.release()->deleteLater();
        m_runActive = false;
        m_health.clear();
        showPollingState();
        m_carriersPage->refresh();
        qInfo("Polling stopped");
        Q_EMIT pollingStopped();
    });
    PollingService::Config config;
    config.accounts = accounts;
    config.batchSize = 500;
    config.maxSleepMs = 5000;
    config.scheduleClock = m_scheduleClock;
    m_polling->start(config);
    qInfo().noquote() << "Polling started with" << accounts.size() << "carrier account(s)"
                      << (m_pollingSource.isEmpty() ? QString() : u"("_s + m_pollingSource + u')');
    showPollingState();
}

void MainWindow::runRulesSoon()
{
    // New events can open or close cases; the rules look at most every five minutes (of the
    // schedule's clock, which a demo runs fast).
    const qint64 now = m_scheduleClock ? m_scheduleClock() : QDateTime::currentMSecsSinceEpoch();
    if (m_rulesRunning || (m_lastRulesAtMs && now - *m_lastRulesAtMs < 5 * 60'000)) {
        m_rulesPending = true; // the next run after the pause takes it up
        return;
    }
    if (!TeamRoles::may(m_role, TeamRoles::Capability::RunProblemRules))
        return;
    m_rulesPending = false;
    m_rulesRunning = true;
    m_lastRulesAtMs = now;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_rulesRunning = false;
        m_casesPage->refresh();
        // The Shipments page and the Overview show open cases too.
        dataChanged();
        Q_EMIT rulesRan(watcher->result());
    });
    const Database db = m_database;
    watcher->setFuture(QtConcurrent::run([db, now] {
        const auto summary = ProblemCaseRunner::run(db, ProblemRuleRepository(db).load(), now);
        db.releaseConnection();
        return summary
            ? tr("Rules: %1 cases opened, %2 resolved.").arg(summary->opened).arg(summary->resolved)
            : summary.error().message;
    }));
}

void MainWindow::stopPolling()
{
    if (m_polling)
        m_polling->stop();
}

void MainWindow::showPollingState()
{
    const QLocale locale;
    QString text;
    if (m_pollingStarting) {
        text = tr("Reading the carrier accounts…");
    } else if (!m_polling) {
        text = m_pollingProblem.isEmpty() ? tr("Polling is off")
                                          : tr("Polling is off: %1").arg(m_pollingProblem);
    } else {
        int ok = 0;
        int throttled = 0;
        int failing = 0;
        for (const auto &h : std::as_const(m_health)) {
            if (h.state == PollingEngine::CarrierHealth::State::Ok)
                ++ok;
            else if (h.state == PollingEngine::CarrierHealth::State::Throttled)
                ++throttled;
            else
                ++failing;
        }
        QStringList parts;
        parts << (m_runActive ? tr("Polling %n carrier(s)", nullptr, m_accountsPolled)
                              : tr("Watching %n carrier(s)", nullptr, m_accountsPolled));
        if (!m_pollingSource.isEmpty())
            parts.last() += u" ("_s + m_pollingSource + u')';
        if (throttled > 0)
            parts << tr("%n throttled", nullptr, throttled);
        if (failing > 0)
            parts << tr("%n failing", nullptr, failing);
        if (!m_health.isEmpty() && throttled == 0 && failing == 0)
            parts << tr("all OK");
        parts << tr("%1 due").arg(locale.toString(m_dueTotal));
        if (m_lastRun) {
            parts << tr("last run %1: %Ln parcel(s), %2 new events", nullptr, m_lastRun->shipments)
                         .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(m_lastRunAtMs).time(),
                                  QLocale::ShortFormat),
                             locale.toString(m_lastRun->newEvents));
        }
        text = parts.join(u" · "_s);
    }
    m_pollingLabel->setText(u"<a href=\"carriers\">%1</a>"_s.arg(text.toHtmlEscaped()));
    m_pollingLabel->setToolTip(tr("Open the Carriers page"));
    if (m_carriersPage)
        m_carriersPage->setPollingState(m_polling != nullptr, text);
}

QString MainWindow::teamLabel() const
{
    return tr("Team database: %1, as %2 (%3)")
        .arg(m_database.displayName(),
            m_database.server().user.isEmpty() ? qEnvironmentVariable("USER")
                                               : m_database.server().user,
            TeamRoles::roleLabel(m_role));
}

void MainWindow::switchDatabase(const QString &location, const QString &password)
{
    QSettings().setValue(u"database/location"_s, location);
    QProcess next;
    next.setProgram(QCoreApplication::applicationFilePath());
    next.setArguments({u"--db"_s, location});
    // A password typed but not kept goes to the new console as libpq's PGPASSWORD, in its
    // environment, which only this user can read; never on its command line.
    if (!password.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PGPASSWORD"_s, password);
        next.setProcessEnvironment(env);
    }
    if (!next.startDetached()) {
        QMessageBox::warning(this, tr("ParcelDesk"),
            tr("The console could not start again on %1; start it yourself, it opens that "
               "database from now on.")
                .arg(location));
        return;
    }
    close();
}

void MainWindow::openDemo()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(folder);
    const QString path = folder + u"/demo.sqlite"_s;
    constexpr qint64 demoShipments = 20'000;

    auto *progress
        = new QProgressDialog(tr("Creating the demo database with %L1 parcels…").arg(demoShipments),
            tr("Cancel"), 0, 1000, this);
    progress->setWindowTitle(tr("Open the demo"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });

    auto *watcher = new QFutureWatcher<QString>(this);
    connect(
        watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, progress, cancel, path] {
            watcher->deleteLater();
            progress->deleteLater();
            const QString error = watcher->result();
            if (*cancel)
                return; // the generator leaves nothing half-written behind
            if (!error.isEmpty()) {
                QMessageBox::warning(
                    this, tr("Open the demo"), tr("The demo could not be created: %1").arg(error));
                return;
            }
            if (!m_restart({u"--db"_s, path, u"--sandbox"_s})) {
                QMessageBox::warning(this, tr("Open the demo"),
                    tr("The console could not start on the demo; start it yourself with "
                       "parceldesk --db %1 --sandbox.")
                        .arg(path));
                return;
            }
            close();
        });
    QPointer<QProgressDialog> guard(progress);
    watcher->setFuture(QtConcurrent::run([path, cancel, guard] {
        DemoSeedOptions options;
        options.shipments = demoShipments;
        options.replace = true; // a fresh demo, its parcels on their way today
        const auto seeded = DemoDataGenerator::seed(
            path, options,
            [guard](qint64 done, qint64 total) {
                const int permille = total > 0 ? int(done * 1000 / total) : 0;
                QMetaObject::invokeMethod(
                    guard.data(),
                    [guard, permille] {
                        if (guard)
                            guard->setValue(permille);
                    },
                    Qt::QueuedConnection);
            },
            cancel.get());
        return seeded ? QString() : seeded.error().message;
    }));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    // The operations report sends people to File → Import → Customer feedback: keep the words.
    QMenu *importMenu = file->addMenu(tr("&Import"));
    const auto addImport
        = [this, importMenu](ImportKind kind, const QString &text, const QString &name) {
              QAction *action = importMenu->addAction(text);
              action->setObjectName(name);
              connect(action, &QAction::triggered, this, [this, kind] {
                  QString user = qEnvironmentVariable("USER");
                  if (user.isEmpty())
                      user = qEnvironmentVariable("USERNAME", u"console"_s);
                  auto *dialog = new ImportDialog(m_database, kind, user, this);
                  dialog->setAttribute(Qt::WA_DeleteOnClose);
                  connect(dialog, &ImportDialog::imported, this, &MainWindow::dataChanged);
                  dialog->open();
              });
          };
    importMenu->menuAction()->setVisible(TeamRoles::may(m_role, TeamRoles::Capability::Import));
    addImport(ImportKind::Orders, tr("&Orders…"), u"importOrders"_s);
    addImport(ImportKind::Shipments, tr("&Shipments…"), u"importShipments"_s);
    addImport(ImportKind::Feedback, tr("Customer &feedback…"), u"importFeedback"_s);
    file->addSeparator();
    // Switching databases starts the console afresh on the other one: every page, the poller
    // and the writer then belong to one database from start to end.
    QAction *connectTeam = file->addAction(tr("Connect to a &Team Database…"));
    connectTeam->setObjectName(u"connectTeam"_s);
    connect(connectTeam, &QAction::triggered, this, [this] {
        auto *dialog = new ConnectDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (m_database.isServer())
            dialog->setLocation(m_database.server());
        connect(dialog, &QDialog::accepted, this,
            [this, dialog] { switchDatabase(dialog->location().url(), dialog->password()); });
        dialog->open();
    });
    QAction *useFile = file->addAction(tr("Use a Database &File…"));
    useFile->setObjectName(u"useFile"_s);
    connect(useFile, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Use a Database File"),
            m_database.isServer() ? QString() : m_database.path(),
            tr("ParcelDesk databases (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            switchDatabase(path);
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < PageCount; ++i) {
        QAction *action = go->addAction(m_navigation->item(i)->text());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
    }

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *quickFilter = edit->addAction(tr("&Quick filter"));
    quickFilter->setShortcut(QKeySequence::Find);
    connect(quickFilter, &QAction::triggered, this, [this] {
        if (currentPage() != ShipmentsPage)
            showPage(ShipmentsPage);
        m_shipmentsPage->focusQuickFilter();
    });
    QAction *search = edit->addAction(tr("&Search for a customer's order…"));
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(search, &QAction::triggered, this, [this] {
        showPage(WismoPage);
        m_wismoPage->focusSearch();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About ParcelDesk"));
    about->setObjectName(u"about"_s);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(m_database, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+K reaches the WISMO desk's search from anywhere, also from a line edit that would
    // take it for "delete to the end of the line".
    if (event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->keyCombination() == (Qt::CTRL | Qt::Key_K)) {
        event->ignore();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setClock(const std::function<qint64()> &clock)
{
    m_overviewPage->setClock(clock);
    m_shipmentsPage->setClock(clock);
    m_wismoPage->setClock(clock);
    m_reportsPage->setClock(clock);
    m_overviewPage->refresh();
    m_shipmentsPage->refreshLive();
}

void MainWindow::dataChanged()
{
    refreshShipmentCount();
    if (currentPage() == ShipmentsPage)
        m_shipmentsPage->refreshLive();
    else
        m_shipmentsStale = true;
    if (currentPage() == WismoPage)
        m_wismoPage->refreshAnswer();
    if (currentPage() == OverviewPage)
        m_overviewPage->refresh();
    else
        m_overviewStale = true;
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::refreshShipmentCount()
{
    const quint64 job = ++m_countJob;
    auto *watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        if (job != m_countJob)
            return; // a newer count is on its way
        const qint64 count = watcher->result();
        m_firstRun->setVisible(count == 0);
        if (count < 0)
            m_countLabel->setText(tr("Shipments: unavailable"));
        else
            m_countLabel->setText(
                tr("%Ln shipment(s)", nullptr, int(std::min<qint64>(count, INT_MAX))));
        Q_EMIT shipmentCountShown(count);
    });
    const Database db = m_database;
    watcher->setFuture(QtConcurrent::run([db] {
        const qint64 count = ShipmentRepository(db).count();
        db.releaseConnection(); // pool threads come and go; do not leave connections behind
        return count;
    }));
}

} // namespace ParcelDesk
