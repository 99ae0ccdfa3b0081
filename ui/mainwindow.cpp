#include "mainwindow.h"

#include "plannedpage.h"
#include "store/shipmentrepository.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

MainWindow::MainWindow(Database database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
{
    setWindowTitle(tr("ParcelDesk — %1").arg(QFileInfo(m_database.path()).fileName()));
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
    m_pages = new QStackedWidget(central);
    layout->addWidget(sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    buildPages();
    buildMenus();
    connect(
        m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(OverviewPage);

    m_databaseLabel
        = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(m_database.path())), this);
    m_countLabel = new QLabel(tr("Counting shipments…"), this);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    refreshShipmentCount();
}

MainWindow::~MainWindow() = default;

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
        {tr("Returns"),
            tr("Returns from registration to disposition, and the inflow the warehouse must plan "
               "for."),
            {tr("Return policy check, label with QR code and inbound tracking"),
                tr("Grading and disposition: resell, refurbish, outlet, donate, recycle")}},
        {tr("Apologies"),
            tr("Proactive messages to customers whose parcels are late, before they ask."),
            {tr("Candidates, templates in German and English, vouchers"),
                tr("Guardrails: consent, frequency caps, quiet hours; an outbox that sends once")}},
        {tr("Reports"), tr("The operations report for supervisors and carriers."),
            {tr("On-time rate, transit times, exceptions, returns and WISMO contacts"),
                tr("Export to CSV, XLSX and PDF")}},
        {tr("Settings"), tr("Carriers, rules, templates, language and the database connection."),
            {tr("Carrier credentials kept in the system keychain"),
                tr("Problem-case thresholds and polling intervals")}},
    };
    for (int i = 0; i < PageCount; ++i) {
        m_navigation->addItem(texts[i].name);
        m_pages->addWidget(
            new PlannedPage(texts[i].name, texts[i].purpose, texts[i].coming, m_pages));
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < PageCount; ++i) {
        QAction *action = go->addAction(m_navigation->item(i)->text());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About ParcelDesk"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About ParcelDesk"),
            tr("<p><b>ParcelDesk %1</b></p><p>The operations console for "
               "post-purchase logistics.</p><p>Licensed under the GNU GPL, "
               "version 3 or later.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
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
