#include "voucherpanel.h"
#include "tableexport.h"

#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFrame>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

constexpr int recentCodes = 200;

QFrame *makeBarPart(const QString &name, const QString &colour, QWidget *parent)
{
    auto *f = new QFrame(parent);
    f->setObjectName(name);
    f->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    f->setFixedHeight(18);
    f->setStyleSheet(u"background-color: %1;"_s.arg(colour));
    return f;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QString stateLabel(MessageState state)
{
    switch (state) {
    case MessageState::Draft:
        return VoucherPanel::tr("draft");
    case MessageState::Approved:
        return VoucherPanel::tr("approved");
    case MessageState::Queued:
        return VoucherPanel::tr("queued");
    case MessageState::Sending:
        return VoucherPanel::tr("sending");
    case MessageState::Sent:
        return VoucherPanel::tr("sent");
    case MessageState::Failed:
        return VoucherPanel::tr("failed");
    case MessageState::Suppressed:
        return VoucherPanel::tr("held back");
    case MessageState::Dead:
        return VoucherPanel::tr("dead letter");
    case MessageState::Rejected:
        return VoucherPanel::tr("rejected");
    }
    return {};
}

} // namespace

VoucherPanel::VoucherPanel(Database db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_actor(qEnvironmentVariable("USER", u"console"_s))
{
    auto *month = new QGroupBox(tr("Voucher budget this month"), this);
    auto *bar = new QWidget(month);
    bar->setObjectName(u"budgetBar"_s);
    m_bar = new QHBoxLayout(bar);
    m_bar->setContentsMargins(0, 0, 0, 0);
    m_bar->setSpacing(0);
    m_spentPart = makeBarPart(u"spentPart"_s, u"#0969da"_s, bar);
    m_committedPart = makeBarPart(u"committedPart"_s, u"#54aeff"_s, bar);
    m_remainingPart = makeBarPart(u"remainingPart"_s, u"#d0d7de"_s, bar);
    m_bar->addWidget(m_spentPart);
    m_bar->addWidget(m_committedPart);
    m_bar->addWidget(m_remainingPart);
    m_figures = new QLabel(month);
    m_figures->setObjectName(u"figures"_s);
    m_figures->setWordWrap(true);
    m_stopped = new QLabel(month);
    m_stopped->setObjectName(u"stopped"_s);
    m_stopped->setStyleSheet(u"color: #cf222e; font-weight: bold;"_s);
    m_stopped->hide();
    m_budgetBox = new QDoubleSpinBox(month);
    m_budgetBox->setObjectName(u"budget"_s);
    m_budgetBox->setDecimals(2);
    m_budgetBox->setRange(0, 10'000'000);
    m_budgetBox->setSingleStep(50);
    m_budgetBox->setAccelerated(true);
    m_apply = new QPushButton(tr("&Apply"), month);
    m_apply->setObjectName(u"apply"_s);
    auto *budgetRow = new QHBoxLayout;
    auto *budgetLabel = new QLabel(tr("Monthly &budget:"), month);
    budgetLabel->setBuddy(m_budgetBox);
    budgetRow->addWidget(budgetLabel);
    budgetRow->addWidget(m_budgetBox);
    budgetRow->addWidget(m_apply);
    budgetRow->addStretch(1);
    auto *monthLayout = new QVBoxLayout(month);
    monthLayout->addWidget(bar);
    monthLayout->addWidget(m_figures);
    monthLayout->addWidget(m_stopped);
    monthLayout->addLayout(budgetRow);

    auto *pool = new QGroupBox(tr("Codes"), this);
    m_import = new QPushButton(tr("&Import codes…"), pool);
    m_import->setObjectName(u"import"_s);
    m_import->setToolTip(tr("A CSV file with the columns code, value and cost; currency and "
                            "expires may follow."));
    m_message = new QLabel(pool);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pool = new QTableWidget(0, 3, pool);
    m_pool->setObjectName(u"pool"_s);
    m_pool->setHorizontalHeaderLabels({tr("Value"), tr("Free"), tr("Given")});
    m_pool->verticalHeader()->hide();
    m_pool->horizontalHeader()->setStretchLastSection(true);
    m_pool->setMaximumHeight(140);
    m_filter = new QComboBox(pool);
    m_filter->setObjectName(u"filter"_s);
    m_filter->addItem(tr("All codes"), int(VoucherRepository::Filter::All));
    m_filter->addItem(tr("Free codes"), int(VoucherRepository::Filter::Free));
    m_filter->addItem(tr("Given codes"), int(VoucherRepository::Filter::Used));
    m_codes = new QTableWidget(0, 7, pool);
    m_codes->setObjectName(u"codes"_s);
    TableExport::install(
        m_codes, tr("voucher-codes", "file name of an export"), tr("Voucher codes"));
    m_codes->setHorizontalHeaderLabels({tr("Code"), tr("Value"), tr("Cost"), tr("Expires"),
        tr("Message"), tr("Customer"), tr("Given on")});
    m_codes->verticalHeader()->hide();
    m_codes->horizontalHeader()->setStretchLastSection(true);
    m_codes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_codes->setAlternatingRowColors(true);
    auto *importRow = new QHBoxLayout;
    importRow->addWidget(m_import);
    importRow->addWidget(m_message, 1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(new QLabel(tr("Latest codes:"), pool));
    listRow->addWidget(m_filter);
    listRow->addStretch(1);
    auto *poolLayout = new QVBoxLayout(pool);
    poolLayout->addLayout(importRow);
    poolLayout->addWidget(m_pool);
    poolLayout->addLayout(listRow);
    poolLayout->addWidget(m_codes, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(month);
    layout->addWidget(pool, 1);

    connect(m_apply, &QPushButton::clicked, this,
        [this] { applyBudget(std::llround(m_budgetBox->value() * 100.0)); });
    connect(m_import, &QPushButton::clicked, this, &VoucherPanel::chooseFile);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &VoucherPanel::refresh);

    refresh();
}

VoucherPanel::~VoucherPanel() = default;

qint64 VoucherPanel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void VoucherPanel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

void VoucherPanel::setActor(const QString &actor)
{
    m_actor = actor;
}

void VoucherPanel::refresh()
{
    const quint64 job = ++m_job;
    const auto filter = VoucherRepository::Filter(m_filter->currentData().toInt());
    const qint64 at = now();
    auto *watcher = new QFutureWatcher<Snapshot>(this);
    connect(watcher, &QFutureWatcher<Snapshot>::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        if (job != m_job)
            return; // a newer read was asked for
        showSnapshot(watcher->result());
    });
    const Database db = m_db;
    watcher->setFuture(QtConcurrent::run([db, filter, at] {
        const VoucherRepository vouchers(db);
        const auto [monthStart, monthEnd] = VoucherRepository::monthAround(at);
        Snapshot s {vouchers.budget(monthStart, monthEnd, at), vouchers.list(filter, recentCodes)};
        db.releaseConnection();
        return s;
    }));
}

void VoucherPanel::showSnapshot(const Snapshot &s)
{
    if (!s.budget) {
        m_figures->setText(s.budget.error().message);
        Q_EMIT refreshed();
        return;
    }
    const VoucherBudget &b = *s.budget;
    m_budget = b;
    const auto money
        = [&b](qint64 cents) { return VoucherRepository::formatAmount(cents, b.currency); };
    const qint64 remaining = b.remainingCents();
    // Widths in thousandths of what the bar stands for: the budget, or what went over it.
    const qint64 whole = std::max({b.budgetCents, b.spentCents + b.committedCents, qint64(1)});
    const auto share
        = [whole](qint64 cents) { return int(std::max<qint64>(cents, 0) * 1000 / whole); };
    m_bar->setStretch(0, share(b.spentCents));
    m_bar->setStretch(1, share(b.committedCents));
    m_bar->setStretch(2, share(remaining));
    m_spentPart->setVisible(b.spentCents > 0);
    m_committedPart->setVisible(b.committedCents > 0);
    m_remainingPart->setVisible(remaining > 0);
    const bool stopped = remaining <= 0;
    m_spentPart->setStyleSheet(
        u"background-color: %1;"_s.arg(stopped ? u"#cf222e"_s : u"#0969da"_s));
    m_committedPart->setStyleSheet(
        u"background-color: %1;"_s.arg(stopped ? u"#ff8182"_s : u"#54aeff"_s));
    m_figures->setText(tr("Spent %1 · committed %2 · remaining %3 of %4")
                           .arg(money(b.spentCents), money(b.committedCents), money(remaining),
                               money(b.budgetCents)));
    m_figures->setToolTip(tr("Spent: codes in messages sent this month. Committed: codes in "
                             "messages waiting for approval or to be sent. Figures are what the "
                             "codes cost the shop."));
    m_stopped->setText(tr("The budget is used up: auto-approval stopped. Messages with a voucher "
                          "wait for a person to approve them."));
    m_stopped->setVisible(stopped);
    m_budgetBox->setSuffix(u" "_s + b.currency);
    if (!m_budgetBox->hasFocus())
        m_budgetBox->setValue(double(b.budgetCents) / 100.0);

    QList<qint64> values = b.freeByValue.keys();
    for (const qint64 v : b.usedByValue.keys()) {
        if (!values.contains(v))
            values << v;
    }
    std::sort(values.begin(), values.end());
    m_pool->setRowCount(int(values.size()));
    for (int row = 0; row < values.size(); ++row) {
        const qint64 v = values.at(row);
        m_pool->setItem(row, 0, cell(money(v), Qt::AlignRight));
        m_pool->setItem(row, 1, cell(QLocale().toString(b.freeByValue.value(v)), Qt::AlignRight));
        m_pool->setItem(row, 2, cell(QLocale().toString(b.usedByValue.value(v)), Qt::AlignRight));
    }

    if (!s.codes) {
        m_message->setText(s.codes.error().message);
        m_codes->setRowCount(0);
        Q_EMIT refreshed();
        return;
    }
    const QList<VoucherListEntry> &codes = *s.codes;
    m_codes->setRowCount(int(codes.size()));
    const QLocale locale;
    for (int row = 0; row < codes.size(); ++row) {
        const VoucherListEntry &e = codes.at(row);
        const Voucher &v = e.voucher;
        m_codes->setItem(row, 0, cell(v.code));
        m_codes->setItem(row, 1,
            cell(VoucherRepository::formatAmount(v.valueCents, v.currency), Qt::AlignRight));
        m_codes->setItem(
            row, 2, cell(VoucherRepository::formatAmount(v.costCents, v.currency), Qt::AlignRight));
        // The last day it is valid: the stored moment is the start of the day after.
        m_codes->setItem(row, 3,
            cell(v.expiresAtMs ? locale.toString(
                     QDateTime::fromMSecsSinceEpoch(*v.expiresAtMs - 1, Qt::UTC).date(),
                     QLocale::ShortFormat)
                               : tr("no expiry")));
        m_codes->setItem(row, 4,
            cell(e.messageId ? tr("#%1 (%2)")
                                   .arg(QString::number(*e.messageId),
                                       e.messageState ? stateLabel(*e.messageState) : QString())
                             : tr("free")));
        m_codes->setItem(row, 5, cell(e.customerName));
        m_codes->setItem(row, 6,
            cell(e.assignedAtMs ? locale.toString(
                     QDateTime::fromMSecsSinceEpoch(*e.assignedAtMs), QLocale::ShortFormat)
                                : QString()));
        m_codes->item(row, 0)->setToolTip(tr("Imported from %1").arg(e.source));
    }
    m_codes->resizeColumnsToContents();
    Q_EMIT refreshed();
}

void VoucherPanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import voucher codes"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void VoucherPanel::importFile(const QString &path)
{
    runAction(tr("Importing %1…").arg(path),
        [path, actor = m_actor](const Database &db, qint64 at) -> Result<QString> {
            const auto imported = VoucherRepository(db).importCsv(path, actor, at);
            if (!imported)
                return imported.error();
            return tr("Imported %n code(s) from %1.", nullptr, imported->imported).arg(path);
        });
}

void VoucherPanel::applyBudget(qint64 cents)
{
    runAction(tr("Setting the budget…"),
        [cents, actor = m_actor](const Database &db, qint64 at) -> Result<QString> {
            const Outcome set = VoucherRepository(db).setMonthlyBudget(cents, actor, at);
            if (!set)
                return set.error();
            return tr("The monthly budget is set.");
        });
}

void VoucherPanel::runAction(
    const QString &busy, std::function<Result<QString>(const Database &, qint64 nowMs)> action)
{
    m_message->setStyleSheet(QString());
    m_message->setText(busy);
    m_import->setEnabled(false);
    m_apply->setEnabled(false);
    auto *watcher = new QFutureWatcher<std::pair<bool, QString>>(this);
    connect(watcher, &QFutureWatcher<std::pair<bool, QString>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto [ok, message] = watcher->result();
        m_import->setEnabled(true);
        m_apply->setEnabled(true);
        m_message->setStyleSheet(ok ? QString() : u"color: #cf222e;"_s);
        m_message->setText(message);
        refresh();
        Q_EMIT actionFinished(ok, message);
    });
    const Database db = m_db;
    const qint64 at = now();
    watcher->setFuture(QtConcurrent::run([db, at, action = std::move(action)] {
        const auto done = action(db, at);
        db.releaseConnection();
        return done ? std::pair(true, *done) : std::pair(false, done.error().message);
    }));
}

} // namespace ParcelDesk
