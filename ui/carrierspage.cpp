#include "carrierspage.h"

#include "carrieraccountdialog.h"
#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"
#include "store/carrieraccountrepository.h"
#include "store/shipmentrepository.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

QString timeOf(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QLocale::ShortFormat);
}

} // namespace

CarriersPage::CarriersPage(Database db, CredentialStore &store, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_store(store)
{
    setObjectName(u"carriersPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    auto *title = new QLabel(tr("Carriers"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto *purpose
        = new QLabel(tr("The carrier accounts ParcelDesk polls, how each is doing and how "
                        "much of its daily quota is used."),
            this);
    purpose->setWordWrap(true);
    layout->addWidget(purpose);

    m_banner = new QLabel(this);
    m_banner->setObjectName(u"credentialBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(u"QLabel { background: #fff8c5; color: #3b2f00; padding: 8px; "
                            "border: 1px solid #d4a72c; border-radius: 4px; }"_s);
    layout->addWidget(m_banner);
    connect(&m_store, &CredentialStore::fellBackToFile, this, &CarriersPage::updateBanner);
    updateBanner();

    auto *bar = new QHBoxLayout;
    m_pollingLabel = new QLabel(tr("Polling is off."), this);
    m_pollingLabel->setObjectName(u"pollingState"_s);
    // Long in some languages: it wraps rather than widening the window.
    m_pollingLabel->setWordWrap(true);
    m_pollingLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bar->addWidget(m_pollingLabel, 1);
    m_pollNow = new QPushButton(tr("Poll &now"), this);
    m_toggle = new QPushButton(tr("&Start polling"), this);
    m_toggle->setObjectName(u"togglePolling"_s);
    auto *edit = new QPushButton(tr("&Edit account…"), this);
    edit->setObjectName(u"editAccount"_s);
    bar->addWidget(m_pollNow);
    bar->addWidget(m_toggle);
    bar->addWidget(edit);
    layout->addLayout(bar);
    connect(m_pollNow, &QPushButton::clicked, this, &CarriersPage::pollNowRequested);
    connect(
        m_toggle, &QPushButton::clicked, this, [this] { Q_EMIT pollingToggled(!m_pollingActive); });
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const QString carrier = selectedCarrier(); !carrier.isEmpty())
            editAccount(carrier);
    });

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setAccessibleName(tr("Carriers"));
    m_table->setObjectName(u"carriersTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Carrier"), tr("Account"), tr("Health"),
        tr("Calls today"), tr("Projected by midnight"), tr("Due now"), tr("Last error")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LastErrorColumn, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        editAccount(m_table->item(row, CarrierColumn)->data(Qt::UserRole).toString());
    });
    layout->addWidget(m_table, 1);
    fill();
    refresh();
}

void CarriersPage::updateBanner()
{
    if (m_store.backend() == CredentialStore::Backend::File) {
        m_banner->setText(tr("No system keychain is available (%1). Carrier credentials are kept "
                             "in %2, readable only by you.")
                              .arg(m_store.fallbackReason(), m_store.filePath()));
        m_banner->show();
    } else {
        m_banner->hide();
    }
}

QString CarriersPage::selectedCarrier() const
{
    const int row = m_table->currentRow();
    if (row < 0)
        return {};
    return m_table->item(row, CarrierColumn)->data(Qt::UserRole).toString();
}

void CarriersPage::refresh()
{
    const quint64 job = ++m_refreshJob;
    auto *watcher = new QFutureWatcher<Snapshot>(this);
    connect(watcher, &QFutureWatcher<Snapshot>::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        if (job != m_refreshJob)
            return;
        m_snapshot = watcher->result();
        fill();
        Q_EMIT refreshed();
    });
    const Database db = m_db;
    watcher->setFuture(QtConcurrent::run([db] {
        Snapshot s;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const CarrierAccountRepository accounts(db);
        for (const CarrierAccount &a : accounts.all())
            s.accounts.insert(a.carrier, a);
        s.callsToday = accounts.callsOnDay(now);
        s.due = ShipmentRepository(db).countDueByCarrier(now);
        db.releaseConnection();
        return s;
    }));
}

void CarriersPage::setHealth(
    const QList<PollingEngine::CarrierHealth> &health, const QHash<QString, qint64> &dueByCarrier)
{
    m_health.clear();
    for (const auto &h : health)
        m_health.insert(h.carrier, h);
    m_snapshot.due = dueByCarrier;
    fill();
}

void CarriersPage::setPollingState(bool active, const QString &text)
{
    m_pollingActive = active;
    m_pollingLabel->setText(text);
    m_toggle->setText(active ? tr("&Stop polling") : tr("&Start polling"));
    m_pollNow->setEnabled(active);
}

void CarriersPage::setAccountSource(const QString &source)
{
    m_accountSource = source;
    fill();
}

void CarriersPage::fill()
{
    const QList<const CarrierAdapter *> adapters = carrierAdapters();
    const QString selected = selectedCarrier();
    m_table->setRowCount(int(adapters.size()));
    const QLocale locale;
    int row = 0;
    for (const CarrierAdapter *adapter : adapters) {
        const QString id = adapter->id();
        const auto account = m_snapshot.accounts.constFind(id);
        const bool hasAccount = account != m_snapshot.accounts.cend();
        CarrierLimits limits = hasAccount ? account->effectiveLimits(*adapter) : adapter->limits();
        const auto health = m_health.constFind(id);
        const bool polled = health != m_health.cend();
        if (polled)
            limits.dailyQuota = health->dailyQuota; // what the poller keeps to

        auto set = [&](int column, const QString &text, const QString &tip = {}) {
            auto *item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(text);
            item->setToolTip(tip);
            item->setForeground(QBrush());
            return item;
        };
        set(CarrierColumn, adapter->displayName())->setData(Qt::UserRole, id);
        QString accountText = !hasAccount ? tr("Not set up")
            : account->enabled            ? tr("On")
                                          : tr("Off");
        if (!m_accountSource.isEmpty())
            accountText = m_accountSource;
        set(AccountColumn, accountText,
            hasAccount ? account->effectiveBaseUrl(*adapter).toString() : QString());

        QString state = tr("Not polled");
        QColor color;
        if (polled) {
            switch (health->state) {
            case PollingEngine::CarrierHealth::State::Ok:
                state = tr("OK");
                color = QColor(0x1a, 0x7f, 0x37);
                break;
            case PollingEngine::CarrierHealth::State::Throttled:
                state = tr("Throttled until %1").arg(timeOf(health->blockedUntilMs));
                color = QColor(0x9a, 0x67, 0x00);
                break;
            case PollingEngine::CarrierHealth::State::CircuitOpen:
                state = tr("Circuit open until %1").arg(timeOf(health->blockedUntilMs));
                color = QColor(0xcf, 0x22, 0x2e);
                break;
            case PollingEngine::CarrierHealth::State::QuotaExhausted:
                state = tr("Quota used up until %1").arg(timeOf(health->blockedUntilMs));
                color = QColor(0xcf, 0x22, 0x2e);
                break;
            }
        }
        auto *healthItem = set(HealthColumn, state);
        if (color.isValid())
            healthItem->setForeground(color);

        const int calls = polled ? health->callsToday : m_snapshot.callsToday.value(id);
        set(CallsColumn,
            limits.dailyQuota > 0
                ? tr("%1 of %2").arg(locale.toString(calls), locale.toString(limits.dailyQuota))
                : locale.toString(calls));
        if (polled && health->projectedToday > 0) {
            auto *item = set(ProjectedColumn, locale.toString(health->projectedToday),
                tr("Calls by midnight UTC at today's pace."));
            if (limits.dailyQuota > 0 && health->projectedToday > limits.dailyQuota) {
                item->setForeground(QColor(0xcf, 0x22, 0x2e));
                item->setToolTip(tr("At today's pace the quota of %1 runs out before midnight UTC.")
                                     .arg(locale.toString(limits.dailyQuota)));
            }
        } else {
            set(ProjectedColumn, QString());
        }
        set(DueColumn, locale.toString(m_snapshot.due.value(id)));
        set(LastErrorColumn,
            polled && !health->lastError.isEmpty()
                ? tr("%1: %2").arg(timeOf(health->lastErrorAtMs), health->lastError)
                : QString());
        if (id == selected)
            m_table->selectRow(row);
        ++row;
    }
}

void CarriersPage::editAccount(const QString &carrier)
{
    const CarrierAdapter *adapter = carrierAdapter(carrier);
    if (!adapter)
        return;
    auto *dialog = new CarrierAccountDialog(*adapter, m_db, m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CarrierAccountDialog::saved, this, [this] {
        refresh();
        Q_EMIT accountsChanged();
    });
    dialog->open();
}

} // namespace ParcelDesk
