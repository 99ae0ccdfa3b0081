#include "returnspage.h"

#include "savebeforeclose.h"
#include "tableexport.h"

#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"
#include "returnregistrationdialog.h"
#include "returnsdashboard.h"
#include "store/dispositionrulerepository.h"
#include "store/returnpolicystore.h"
#include "store/voucherrepository.h"
#include "workflows/returnimport.h"
#include "workflows/returnlabel.h"
#include "workflows/returnregistration.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

constexpr int listLimit = 500;

enum ListColumn {
    RmaColumn,
    OrderColumn,
    CustomerColumn,
    StateColumn,
    ItemsColumn,
    ReasonColumn,
    MoneyColumn,
    WarehouseColumn,
    CreatedColumn,
    ListColumnCount
};

enum LineColumn {
    LineItemColumn,
    LineReasonColumn,
    LineGradeColumn,
    LineDispositionColumn,
    LineWhyColumn,
    LineColumnCount
};

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString itemName(const ReturnItem &item)
{
    return item.description.isEmpty() ? ReturnsPage::tr("The whole order") : item.description;
}

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QString stateText(const ReturnListRow &r)
{
    if (r.state == ReturnState::Registered && r.outcome == ReturnOutcome::Review)
        return ReturnRepository::outcomeLabel(r.outcome);
    if (r.state == ReturnState::Registered && r.outcome == ReturnOutcome::KeepIt)
        return ReturnRepository::outcomeLabel(r.outcome);
    if (r.state == ReturnState::Registered && r.outcome == ReturnOutcome::Accept)
        return ReturnListQuery::filterLabel(ReturnListQuery::Filter::Label);
    return ReturnRepository::stateLabel(r.state);
}

} // namespace

ReturnsPage::ReturnsPage(Database database, QString actor, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(database))
    , m_actor(std::move(actor))
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Returns"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"returnsSummary"_s);
    layout->addWidget(m_summary);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildList(), tr("Returns"));
    m_tabs->addTab(buildReceiving(), tr("Receiving"));
    m_dashboard = new ReturnsDashboard(m_db, m_tabs);
    m_tabs->addTab(m_dashboard, tr("Inflow and figures"));
    m_tabs->addTab(buildPolicy(), tr("Return policy"));
    m_tabs->addTab(buildRules(), tr("Disposition rules"));
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { refresh(); });
    refresh();
}

ReturnsPage::~ReturnsPage()
{
    // Jobs on the thread pool read this page's database; they end before it goes.
    QThreadPool::globalInstance()->waitForDone();
}

QWidget *ReturnsPage::buildList()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    m_filter = new QComboBox(page);
    m_filter->setObjectName(u"returnsFilter"_s);
    for (int f = 0; f <= int(ReturnListQuery::Filter::All); ++f)
        m_filter->addItem(ReturnListQuery::filterLabel(ReturnListQuery::Filter(f)), f);
    m_search = new QLineEdit(page);
    m_search->setObjectName(u"returnsSearch"_s);
    m_search->setPlaceholderText(tr("RMA, order or tracking number"));
    m_search->setClearButtonEnabled(true);
    auto *add = new QPushButton(tr("&New return…"), page);
    add->setObjectName(u"newReturn"_s);
    add->setShortcut(QKeySequence::New);
    add->setToolTip(tr("Register a return for an order (%1)")
                        .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    bar->addWidget(new QLabel(tr("&Show:"), page));
    qobject_cast<QLabel *>(bar->itemAt(0)->widget())->setBuddy(m_filter);
    bar->addWidget(m_filter);
    auto *import = new QPushButton(tr("&Import…"), page);
    import->setObjectName(u"importReturns"_s);
    import->setToolTip(tr("Returns from a CSV file: order, reason and, if you have them, line, "
                          "sku, quantity, condition, resolution, note, registered, carrier, "
                          "tracking"));
    bar->addWidget(m_search, 1);
    bar->addWidget(import);
    bar->addWidget(add);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Horizontal, page);
    m_list = new QTableWidget(0, ListColumnCount, split);
    m_list->setObjectName(u"returnsList"_s);
    TableExport::install(m_list, tr("returns", "file name of an export"), tr("Returns"));
    m_list->setHorizontalHeaderLabels({tr("RMA"), tr("Order"), tr("Customer"), tr("State"),
        tr("Items"), tr("Reason"), tr("Refund or exchange"), tr("Warehouse"), tr("Registered")});
    m_list->verticalHeader()->hide();
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->horizontalHeader()->setSectionResizeMode(CustomerColumn, QHeaderView::Stretch);
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QTextBrowser(right);
    m_detail->setObjectName(u"returnDetail"_s);
    rightLayout->addWidget(m_detail, 1);
    auto *actions = new QGridLayout;
    m_approve = new QPushButton(tr("&Approve"), right);
    m_refuse = new QPushButton(tr("Re&fuse…"), right);
    m_label = new QPushButton(tr("&Label…"), right);
    m_printLabel = new QPushButton(tr("&Print label…"), right);
    m_resolution = new QPushButton(right);
    m_settle = new QPushButton(right);
    int at = 0;
    for (QPushButton *b : {m_approve, m_refuse, m_label, m_printLabel, m_resolution, m_settle}) {
        actions->addWidget(b, at / 3, at % 3);
        ++at;
    }
    rightLayout->addLayout(actions);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_listNote = new QLabel(page);
    m_listNote->setObjectName(u"returnsNote"_s);
    m_listNote->setWordWrap(true);
    m_listNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_listNote);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &ReturnsPage::loadList);
    connect(m_search, &QLineEdit::textChanged, this, &ReturnsPage::loadList);
    connect(add, &QPushButton::clicked, this, &ReturnsPage::askRegister);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import returns"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &ReturnsPage::showDetail);
    connect(m_approve, &QPushButton::clicked, this, &ReturnsPage::approveSelected);
    connect(m_refuse, &QPushButton::clicked, this, &ReturnsPage::refuseSelected);
    connect(m_label, &QPushButton::clicked, this, &ReturnsPage::labelSelected);
    connect(m_printLabel, &QPushButton::clicked, this, &ReturnsPage::saveLabelPdf);
    connect(m_resolution, &QPushButton::clicked, this, &ReturnsPage::toggleResolution);
    connect(m_settle, &QPushButton::clicked, this, &ReturnsPage::settleSelected);
    showDetail();
    return page;
}

QWidget *ReturnsPage::buildReceiving()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(
        tr("Scan the return parcel's tracking number or the RMA and press Enter. A parcel is "
           "received when it is scanned; then grade each line and save."),
        page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_scan = new QLineEdit(page);
    m_scan->setObjectName(u"receivingScan"_s);
    QFont big = m_scan->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_scan->setFont(big);
    m_scan->setPlaceholderText(tr("Scan or type, then Enter"));
    layout->addWidget(m_scan);
    m_scanned = new QLabel(page);
    m_scanned->setObjectName(u"receivingScanned"_s);
    m_scanned->setWordWrap(true);
    m_scanned->setTextFormat(Qt::RichText);
    layout->addWidget(m_scanned);
    m_lines = new QTableWidget(0, LineColumnCount, page);
    m_lines->setObjectName(u"inspectionLines"_s);
    m_lines->setHorizontalHeaderLabels({tr("Item"), tr("Customer's reason"), tr("Grade"),
        tr("Goes to"), tr("Why (needed for landfill)")});
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(LineItemColumn, QHeaderView::Stretch);
    m_lines->horizontalHeader()->setSectionResizeMode(LineWhyColumn, QHeaderView::Stretch);
    layout->addWidget(m_lines, 1);
    auto *bottom = new QHBoxLayout;
    m_reusable = new QCheckBox(tr("The &packaging can be used again"), page);
    m_reusable->setObjectName(u"reusablePackaging"_s);
    m_reusable->setTristate(false);
    m_saveInspection = new QPushButton(tr("&Save inspection"), page);
    m_saveInspection->setObjectName(u"saveInspection"_s);
    m_saveInspection->setToolTip(tr("Ctrl+Return"));
    bottom->addWidget(m_reusable);
    bottom->addStretch(1);
    bottom->addWidget(m_saveInspection);
    layout->addLayout(bottom);
    m_receivingNote = new QLabel(page);
    m_receivingNote->setObjectName(u"receivingNote"_s);
    m_receivingNote->setWordWrap(true);
    layout->addWidget(m_receivingNote);
    connect(m_scan, &QLineEdit::returnPressed, this, [this] { scan(m_scan->text()); });
    connect(m_saveInspection, &QPushButton::clicked, this, &ReturnsPage::saveInspection);
    auto *save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), page);
    connect(save, &QShortcut::activated, this, &ReturnsPage::saveInspection);
    m_saveInspection->setEnabled(false);
    return page;
}

QWidget *ReturnsPage::buildPolicy()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(
        tr("How long after delivery each product category may come back (a window ending on a "
           "weekend or public holiday of the customer's country ends on the next business day), "
           "what cannot come back, from which value a supervisor reviews a return, and what a "
           "returned item is still worth: when the label and handling cost more, the customer "
           "keeps it and is refunded. \"Other\" is for every category not listed."),
        page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_policyTable = new QTableWidget(0, 5, page);
    m_policyTable->setObjectName(u"returnPolicy"_s);
    m_policyTable->setHorizontalHeaderLabels({tr("Category"), tr("Days to return"),
        tr("Can come back"), tr("Review above"), tr("Worth back (% of price)")});
    m_policyTable->verticalHeader()->hide();
    m_policyTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_policyTable, 1);
    auto *costs = new QFormLayout;
    m_labelCost = new QDoubleSpinBox(page);
    m_handlingCost = new QDoubleSpinBox(page);
    for (QDoubleSpinBox *box : {m_labelCost, m_handlingCost}) {
        box->setRange(0, 1000);
        box->setDecimals(2);
        box->setSuffix(u" €"_s);
    }
    m_extendOverHolidays = new QCheckBox(
        tr("A window ending on a weekend or public holiday ends on the next business day"), page);
    costs->addRow(tr("Return &label costs the shop:"), m_labelCost);
    costs->addRow(tr("&Handling one item costs:"), m_handlingCost);
    costs->addRow(m_extendOverHolidays);
    layout->addLayout(costs);
    auto *warehousesTitle = new QLabel(
        tr("Warehouses: where returns go, as printed on the label (lines separated by commas)."),
        page);
    warehousesTitle->setWordWrap(true);
    layout->addWidget(warehousesTitle);
    m_warehouses = new QTableWidget(0, 2, page);
    m_warehouses->setObjectName(u"warehouseAddresses"_s);
    m_warehouses->setHorizontalHeaderLabels({tr("Country"), tr("Address")});
    m_warehouses->verticalHeader()->hide();
    m_warehouses->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_warehouses->setMaximumHeight(140);
    layout->addWidget(m_warehouses);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add category"), page);
    auto *remove = new QPushButton(tr("&Remove category"), page);
    auto *save = new QPushButton(tr("&Save policy"), page);
    save->setObjectName(u"savePolicy"_s);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(save);
    layout->addLayout(buttons);
    m_policyNote = new QLabel(page);
    m_policyNote->setWordWrap(true);
    layout->addWidget(m_policyNote);
    connect(add, &QPushButton::clicked, this, [this] {
        ReturnPolicy::Category c;
        c.name = QString();
        addPolicyRow(c, true);
        m_policyTable->setCurrentCell(m_policyTable->rowCount() - 2, 0);
        m_policyTable->editItem(m_policyTable->currentItem());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_policyTable->currentRow();
        if (row >= 0 && row < m_policyTable->rowCount() - 1) // "other" stays
            m_policyTable->removeRow(row);
    });
    connect(save, &QPushButton::clicked, this, &ReturnsPage::savePolicy);
    loadPolicy();
    return page;
}

void ReturnsPage::addPolicyRow(const ReturnPolicy::Category &c, bool beforeOther)
{
    const int row
        = beforeOther ? std::max(0, m_policyTable->rowCount() - 1) : m_policyTable->rowCount();
    m_policyTable->insertRow(row);
    auto *name = new QTableWidgetItem(c.name);
    m_policyTable->setItem(row, 0, name);
    auto *days = new QSpinBox(m_policyTable);
    days->setRange(0, 3650);
    days->setValue(c.windowDays);
    m_policyTable->setCellWidget(row, 1, days);
    auto *returnable = new QCheckBox(m_policyTable);
    returnable->setChecked(c.returnable);
    m_policyTable->setCellWidget(row, 2, returnable);
    auto *review = new QDoubleSpinBox(m_policyTable);
    review->setRange(0, 1'000'000);
    review->setDecimals(2);
    review->setSuffix(u" €"_s);
    review->setSpecialValueText(tr("never"));
    review->setValue(c.reviewAboveCents / 100.0);
    m_policyTable->setCellWidget(row, 3, review);
    auto *recovery = new QSpinBox(m_policyTable);
    recovery->setRange(0, 100);
    recovery->setSuffix(u" %"_s);
    recovery->setValue(c.recoveryPercent);
    m_policyTable->setCellWidget(row, 4, recovery);
}

void ReturnsPage::loadPolicy()
{
    const auto policy = ReturnPolicyStore::load(m_db);
    if (!policy) {
        m_policyNote->setText(policy.error().message);
        return;
    }
    m_policyTable->setRowCount(0);
    for (const ReturnPolicy::Category &c : policy->categories)
        addPolicyRow(c, false);
    addPolicyRow(policy->other, false);
    auto *other = m_policyTable->item(m_policyTable->rowCount() - 1, 0);
    other->setText(tr("Other"));
    other->setFlags(Qt::ItemIsEnabled);
    if (const auto addresses = ReturnPolicyStore::warehouseAddresses(m_db)) {
        m_warehouses->setRowCount(0);
        for (auto it = addresses->cbegin(); it != addresses->cend(); ++it) {
            const int row = m_warehouses->rowCount();
            m_warehouses->insertRow(row);
            auto *country = new QTableWidgetItem(it.key());
            country->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_warehouses->setItem(row, 0, country);
            m_warehouses->setItem(row, 1, new QTableWidgetItem(it.value().join(u", "_s)));
        }
    }
    m_labelCost->setValue(policy->returnShippingCents / 100.0);
    m_handlingCost->setValue(policy->handlingCents / 100.0);
    m_extendOverHolidays->setChecked(policy->extendOverHolidays);
}

void ReturnsPage::savePolicy()
{
    ReturnPolicy policy;
    QStringList names;
    for (int row = 0; row < m_policyTable->rowCount(); ++row) {
        ReturnPolicy::Category c;
        c.name = m_policyTable->item(row, 0)->text().trimmed().toLower();
        c.windowDays = qobject_cast<QSpinBox *>(m_policyTable->cellWidget(row, 1))->value();
        c.returnable = qobject_cast<QCheckBox *>(m_policyTable->cellWidget(row, 2))->isChecked();
        c.reviewAboveCents = qRound64(
            qobject_cast<QDoubleSpinBox *>(m_policyTable->cellWidget(row, 3))->value() * 100);
        c.recoveryPercent = qobject_cast<QSpinBox *>(m_policyTable->cellWidget(row, 4))->value();
        if (row == m_policyTable->rowCount() - 1) {
            c.name = u"other"_s;
            policy.other = c;
            continue;
        }
        if (c.name.isEmpty() || names.contains(c.name)) {
            m_policyNote->setText(c.name.isEmpty()
                    ? tr("Row %1: give the category its name as the orders use it, e.g. "
                         "fashion.")
                          .arg(row + 1)
                    : tr("Row %1: %2 is listed twice.").arg(row + 1).arg(c.name));
            Q_EMIT acted(false, m_policyNote->text());
            return;
        }
        names << c.name;
        policy.categories.append(c);
    }
    policy.returnShippingCents = qRound64(m_labelCost->value() * 100);
    policy.handlingCents = qRound64(m_handlingCost->value() * 100);
    policy.extendOverHolidays = m_extendOverHolidays->isChecked();
    Outcome saved
        = ReturnPolicyStore::save(m_db, policy, m_actor, QDateTime::currentMSecsSinceEpoch());
    const auto before = ReturnPolicyStore::warehouseAddresses(m_db);
    for (int row = 0; saved && row < m_warehouses->rowCount(); ++row) {
        const QString country = m_warehouses->item(row, 0)->text();
        QStringList lines;
        for (const QString &line : m_warehouses->item(row, 1)->text().split(u','))
            lines << line.trimmed();
        lines.removeAll(QString());
        if (before && before->value(country) == lines)
            continue;
        saved = ReturnPolicyStore::saveWarehouseAddress(
            m_db, country, lines, m_actor, QDateTime::currentMSecsSinceEpoch());
    }
    m_policyNote->setText(saved ? tr("Saved. New returns are judged by it; returns already "
                                     "registered keep what they were told.")
                                : saved.error().message);
    Q_EMIT acted(saved.ok(), m_policyNote->text());
}

QWidget *ReturnsPage::buildRules()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(
        tr("Where an inspected item goes: the first rule that matches its grade, category and "
           "reason (empty matches anything). Landfill is never a rule's answer: when no rule "
           "matches, the person inspecting decides, and landfill needs their reason."),
        page));
    qobject_cast<QLabel *>(layout->itemAt(0)->widget())->setWordWrap(true);
    m_ruleTable = new QTableWidget(0, 5, page);
    m_ruleTable->setObjectName(u"dispositionRules"_s);
    m_ruleTable->setHorizontalHeaderLabels(
        {tr("On"), tr("Grade"), tr("Category"), tr("Reason"), tr("Goes to")});
    m_ruleTable->verticalHeader()->setSectionsMovable(false);
    m_ruleTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_ruleTable, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add rule"), page);
    auto *remove = new QPushButton(tr("&Remove rule"), page);
    auto *up = new QPushButton(tr("Move &up"), page);
    auto *save = new QPushButton(tr("&Save rules"), page);
    save->setObjectName(u"saveDispositionRules"_s);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(up);
    buttons->addStretch(1);
    buttons->addWidget(save);
    layout->addLayout(buttons);
    m_rulesNote = new QLabel(page);
    m_rulesNote->setWordWrap(true);
    layout->addWidget(m_rulesNote);

    const auto addRow = [this](const DispositionRule &r) {
        const int row = m_ruleTable->rowCount();
        m_ruleTable->insertRow(row);
        auto *on = new QTableWidgetItem;
        on->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        on->setCheckState(r.enabled ? Qt::Checked : Qt::Unchecked);
        m_ruleTable->setItem(row, 0, on);
        auto *grade = new QComboBox(m_ruleTable);
        grade->addItem(tr("any"), QString());
        for (const QString &g : {u"A"_s, u"B"_s, u"C"_s, u"D"_s})
            grade->addItem(g, g);
        grade->setCurrentIndex(std::max(0, grade->findData(r.grade)));
        m_ruleTable->setCellWidget(row, 1, grade);
        m_ruleTable->setItem(row, 2, new QTableWidgetItem(r.category));
        auto *reason = new QComboBox(m_ruleTable);
        reason->addItem(tr("any"), QString());
        QStringList seen;
        for (const QString &category : {u"fashion"_s, u"other"_s}) {
            for (const ReturnReason &rr : ReturnRepository::reasons(category)) {
                if (!seen.contains(rr.code)) {
                    seen.append(rr.code);
                    reason->addItem(rr.label, rr.code);
                }
            }
        }
        reason->setCurrentIndex(std::max(0, reason->findData(r.reasonCode)));
        m_ruleTable->setCellWidget(row, 3, reason);
        auto *goes = new QComboBox(m_ruleTable);
        for (const Disposition d : {Disposition::Resell, Disposition::Refurbish,
                 Disposition::Outlet, Disposition::Donate, Disposition::Recycle})
            goes->addItem(ReturnRepository::dispositionLabel(d), int(d));
        goes->setCurrentIndex(std::max(0, goes->findData(int(r.disposition))));
        m_ruleTable->setCellWidget(row, 4, goes);
    };
    connect(add, &QPushButton::clicked, this, [this, addRow] {
        addRow(DispositionRule {});
        m_ruleTable->setCurrentCell(m_ruleTable->rowCount() - 1, 2);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_ruleTable->currentRow() >= 0)
            m_ruleTable->removeRow(m_ruleTable->currentRow());
    });
    connect(up, &QPushButton::clicked, this, [this, addRow] {
        // Rebuilds the table with the current row one place up.
        const int row = m_ruleTable->currentRow();
        if (row <= 0)
            return;
        QList<DispositionRule> rules = rulesFromTable();
        rules.swapItemsAt(row, row - 1);
        m_ruleTable->setRowCount(0);
        for (const DispositionRule &r : std::as_const(rules))
            addRow(r);
        m_ruleTable->setCurrentCell(row - 1, 2);
    });
    connect(save, &QPushButton::clicked, this, &ReturnsPage::saveRules);
    const auto rules = DispositionRuleRepository(m_db).load();
    if (rules) {
        for (const DispositionRule &r : *rules)
            addRow(r);
    } else {
        m_rulesNote->setText(rules.error().message);
    }
    m_ruleTable->resizeColumnsToContents();
    return page;
}

void ReturnsPage::refresh()
{
    if (!m_tabs)
        return;
    QtConcurrent::run([db = m_db] {
        QSqlQuery q(db.connection());
        QString text;
        if (q.exec(u"SELECT count(*) FILTER (WHERE state = 'registered' AND outcome = "
                   "'review'), count(*) FILTER (WHERE state = 'registered' AND outcome = "
                   "'accept'), count(*) FILTER (WHERE state IN ('label_issued', 'in_transit')), "
                   "count(*) FILTER (WHERE state = 'received'), count(*) FILTER (WHERE "
                   "settlement = 'open' AND (state = 'graded' OR (outcome = 'keep' AND "
                   "state = 'registered'))) FROM returns WHERE state NOT IN ('closed', "
                   "'refused')"_s)
            && q.next()) {
            text = QStringList {
                tr("%n waiting for review", nullptr, q.value(0).toInt()),
                tr("%n label(s) to make", nullptr, q.value(1).toInt()),
                tr("%n on their way back", nullptr, q.value(2).toInt()),
                tr("%n to inspect", nullptr, q.value(3).toInt()),
                tr("%n refund(s) or exchange(s) to settle", nullptr, q.value(4).toInt()),
            }.join(u" · "_s);
        }
        q.finish();
        db.releaseConnection();
        return text;
    }).then(this, [this](const QString &text) { m_summary->setText(text); });
    switch (m_tabs->currentIndex()) {
    case 0:
        loadList();
        break;
    case 1:
        m_scan->setFocus();
        break;
    case 2:
        m_dashboard->reload();
        break;
    default:
        break;
    }
}

void ReturnsPage::loadList()
{
    const auto filter = ReturnListQuery::Filter(m_filter->currentData().toInt());
    const QString search = m_search->text();
    const int generation = ++m_listGeneration;
    const qint64 keep = selectedReturn();
    struct Loaded
    {
        Result<QList<ReturnListRow>> rows = QList<ReturnListRow>();
        qint64 total = 0;
    };
    QtConcurrent::run([db = m_db, filter, search] {
        Loaded l;
        l.rows = ReturnListQuery::load(db.connection(), filter, search, listLimit);
        if (const auto n = ReturnListQuery::count(db.connection(), filter, search))
            l.total = *n;
        db.releaseConnection();
        return l;
    }).then(this, [this, generation, keep](const Loaded &l) {
        if (generation != m_listGeneration)
            return; // a newer filter is on its way
        if (!l.rows) {
            m_listNote->setText(l.rows.error().message);
            return;
        }
        m_rows = *l.rows;
        const QLocale locale;
        const QSignalBlocker block(m_list);
        m_list->setRowCount(int(m_rows.size()));
        int reselect = -1;
        for (int i = 0; i < m_rows.size(); ++i) {
            const ReturnListRow &r = m_rows.at(i);
            QStringList reasons;
            for (const QString &code : r.reasons.split(u',', Qt::SkipEmptyParts))
                reasons.append(ReturnRepository::reasonLabel(code));
            m_list->setItem(i, RmaColumn, readOnly(r.rma));
            m_list->setItem(i, OrderColumn, readOnly(r.orderNumber));
            m_list->setItem(i, CustomerColumn, readOnly(r.customerName));
            m_list->setItem(i, StateColumn, readOnly(stateText(r)));
            m_list->setItem(i, ItemsColumn, readOnly(locale.toString(r.items)));
            m_list->setItem(i, ReasonColumn, readOnly(reasons.join(u", "_s)));
            m_list->setItem(i, MoneyColumn,
                readOnly(ReturnRepository::settlementLabel(r.resolution, r.settlement)));
            m_list->setItem(i, WarehouseColumn, readOnly(r.warehouse));
            m_list->setItem(i, CreatedColumn, readOnly(when(r.createdAtMs)));
            if (r.id == keep)
                reselect = i;
        }
        m_list->resizeColumnsToContents();
        m_list->horizontalHeader()->setSectionResizeMode(CustomerColumn, QHeaderView::Stretch);
        if (!m_selectAfterLoad.isEmpty()) {
            reselect = -1;
            for (int i = 0; i < m_rows.size() && reselect < 0; ++i) {
                if (m_rows.at(i).rma == m_selectAfterLoad)
                    reselect = i;
            }
            m_selectAfterLoad.clear();
        }
        if (reselect >= 0)
            m_list->selectRow(reselect);
        if (l.total > m_rows.size())
            m_listNote->setText(tr("Showing the newest %1 of %2; search to narrow them down.")
                                    .arg(locale.toString(m_rows.size()), locale.toString(l.total)));
        else if (m_listNote->text().startsWith(tr("Showing the newest %1 of %2").left(12)))
            m_listNote->clear();
        showDetail();
    });
}

qint64 ReturnsPage::selectedReturn() const
{
    const int row = m_list ? m_list->currentRow() : -1;
    if (row < 0 || row >= m_rows.size() || m_list->selectedItems().isEmpty())
        return 0;
    return m_rows.at(row).id;
}

void ReturnsPage::showDetail()
{
    const qint64 id = selectedReturn();
    m_selected.reset();
    for (QPushButton *b : {m_approve, m_refuse, m_label, m_printLabel, m_resolution, m_settle})
        b->setEnabled(false);
    m_resolution->setText(tr("Make it an e&xchange"));
    m_settle->setText(tr("Refund &paid"));
    if (id == 0) {
        m_detail->setHtml(tr("<p>Choose a return to see its lines and what it waits for.</p>"));
        return;
    }
    const auto loaded = ReturnRepository(m_db).load(id);
    if (!loaded) {
        m_detail->setPlainText(loaded.error().message);
        return;
    }
    m_selected = *loaded;
    const ReturnCase &r = loaded->ret;
    const QLocale locale;
    const auto money = [&](qint64 cents) {
        return VoucherRepository::formatAmount(cents, loaded->currency).toHtmlEscaped();
    };
    QString html = u"<h3>%1</h3><p>"_s.arg(r.rma.toHtmlEscaped());
    html += tr("Order %1 of %2, registered %3.")
                .arg(loaded->orderNumber.toHtmlEscaped(), loaded->customerName.toHtmlEscaped(),
                    when(r.createdAtMs));
    html += u"<br>"_s
        + tr("State: <b>%1</b> · Policy: %2 · %3")
              .arg(ReturnRepository::stateLabel(r.state), ReturnRepository::outcomeLabel(r.outcome),
                  ReturnRepository::settlementLabel(r.resolution, r.settlement));
    if (!r.outcomeReason.isEmpty())
        html += u" ("_s + r.outcomeReason.toHtmlEscaped() + u')';
    if (!loaded->trackingNumber.isEmpty())
        html += u"<br>"_s
            + tr("Return parcel: %1 %2 (%3)")
                  .arg(loaded->carrier.toUpper(), loaded->trackingNumber.toHtmlEscaped(),
                      loaded->parcelStatus.isEmpty() ? tr("not scanned yet")
                                                     : loaded->parcelStatus);
    if (r.droppedOffAtMs)
        html += u"<br>"_s + tr("Dropped off %1").arg(when(*r.droppedOffAtMs));
    if (r.arrivedAtMs)
        html += u"<br>"_s + tr("At the warehouse's door %1").arg(when(*r.arrivedAtMs));
    if (r.receivedAtMs)
        html += u"<br>"_s + tr("Received %1").arg(when(*r.receivedAtMs));
    if (r.settledAtMs)
        html += u"<br>"_s
            + (r.refundCents
                    ? tr("Refunded %1 on %2").arg(money(*r.refundCents), when(*r.settledAtMs))
                    : tr("Settled %1").arg(when(*r.settledAtMs)));
    html += u"</p><table cellspacing=4><tr><th align=left>"_s + tr("Item") + u"</th><th>"_s
        + tr("Qty") + u"</th><th align=left>"_s + tr("Reason") + u"</th><th align=left>"_s
        + tr("Condition") + u"</th><th align=left>"_s + tr("Policy") + u"</th><th>"_s + tr("Grade")
        + u"</th><th align=left>"_s + tr("Goes to") + u"</th></tr>"_s;
    for (const ReturnItem &i : r.items) {
        html += u"<tr><td>%1</td><td align=right>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                "<td align=center>%6</td><td>%7</td></tr>"_s.arg(
                    QString(itemName(i) + u" · "_s).toHtmlEscaped() + money(i.unitPriceCents),
                    locale.toString(i.quantity),
                    ReturnRepository::reasonLabel(i.reasonCode).toHtmlEscaped(),
                    ReturnRepository::conditionLabel(i.condition),
                    ReturnRepository::outcomeLabel(i.outcome), i.grade.toHtmlEscaped(),
                    QString(ReturnRepository::dispositionLabel(i.disposition)
                        + (i.dispositionReason.isEmpty() ? QString()
                                                         : u" — "_s + i.dispositionReason))
                        .toHtmlEscaped());
    }
    html += u"</table>"_s;
    if (!r.customerNote.isEmpty())
        html
            += u"<p>"_s + tr("Customer's note: %1").arg(r.customerNote.toHtmlEscaped()) + u"</p>"_s;
    m_detail->setHtml(html);

    const bool registered = r.state == ReturnState::Registered;
    m_approve->setEnabled(registered && r.outcome == ReturnOutcome::Review);
    m_refuse->setEnabled(registered);
    m_label->setEnabled(
        (registered || r.state == ReturnState::LabelIssued) && r.outcome == ReturnOutcome::Accept);
    m_printLabel->setEnabled(!loaded->trackingNumber.isEmpty()
        && (r.state == ReturnState::LabelIssued || r.state == ReturnState::InTransit));
    const bool open = r.settlement == Settlement::Open;
    m_resolution->setEnabled(open && r.outcome != ReturnOutcome::KeepIt);
    m_resolution->setText(r.resolution == ReturnResolution::Refund ? tr("Make it an e&xchange")
                                                                   : tr("Make it a re&fund"));
    m_settle->setText(
        r.resolution == ReturnResolution::Refund ? tr("Refund &paid…") : tr("E&xchange sent"));
    m_settle->setEnabled(open
        && (r.state == ReturnState::Graded || (r.outcome == ReturnOutcome::KeepIt && registered)));
}

void ReturnsPage::runAction(QLabel *result, std::function<Outcome()> job, const QString &done)
{
    auto *watcher = new QFutureWatcher<QString>(this);
    auto ok = std::make_shared<bool>(false);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, result, ok] {
        watcher->deleteLater();
        const QString text = watcher->result();
        result->setText(text);
        Q_EMIT acted(*ok, text);
        refresh();
        // What the person entered stays when the save was refused, to be corrected.
        if (*ok && m_receiving && m_tabs->currentIndex() == 1) {
            if (const auto again = ReturnRepository(m_db).load(m_receiving->ret.id))
                showForReceiving(*again, text);
        }
    });
    watcher->setFuture(QtConcurrent::run([job = std::move(job), db = m_db, done, ok] {
        const Outcome outcome = job();
        db.releaseConnection(); // this pool thread's connection
        *ok = outcome.ok();
        return outcome ? done : outcome.error().message;
    }));
}

void ReturnsPage::importFile(const QString &path, bool confirmSkipping)
{
    // First only checked: bad rows are shown and the person decides whether the rest goes in.
    ReturnImport::Options check;
    check.actor = m_actor;
    check.nowMs = QDateTime::currentMSecsSinceEpoch();
    check.dryRun = true;
    const auto checked = ReturnImport::run(m_db, path, check);
    if (!checked) {
        m_listNote->setText(checked.error().message);
        Q_EMIT acted(false, checked.error().message);
        return;
    }
    ReturnImport::Options options = check;
    options.dryRun = false;
    if (!checked->problems.isEmpty()) {
        if (checked->returns == 0) {
            const QString message
                = tr("Nothing in %1 can be imported:\n%2").arg(path, checked->problems.join(u'\n'));
            m_listNote->setText(message);
            Q_EMIT acted(false, message);
            return;
        }
        if (confirmSkipping) {
            QMessageBox box(QMessageBox::Warning, tr("Import returns"),
                tr("%n row(s) of %1 cannot be imported. Import the other %2 return(s) and "
                   "skip them?",
                    nullptr, checked->skippedRows)
                    .arg(path)
                    .arg(checked->returns),
                QMessageBox::Cancel, this);
            box.setDetailedText(checked->problems.join(u'\n'));
            box.addButton(tr("Import the rest"), QMessageBox::AcceptRole);
            if (box.exec() == QMessageBox::Cancel) {
                m_listNote->setText(tr("Nothing was imported."));
                return;
            }
        }
        options.skipBad = true;
    }
    auto *dialog = new QProgressDialog(tr("Importing returns…"), tr("Cancel"), 0, 0, this);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    connect(dialog, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    auto *watcher = new QFutureWatcher<QString>(this);
    auto ok = std::make_shared<bool>(false);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, dialog, ok] {
        watcher->deleteLater();
        dialog->close();
        m_listNote->setText(watcher->result());
        Q_EMIT acted(*ok, watcher->result());
        refresh();
    });
    QPointer<QProgressDialog> progressDialog(dialog);
    watcher->setFuture(
        QtConcurrent::run([db = m_db, path, options, cancel, ok, progressDialog]() -> QString {
            const auto imported = ReturnImport::run(
                db, path, options, cancel.get(), [progressDialog](int done, int total) {
                    QMetaObject::invokeMethod(progressDialog, [progressDialog, done, total] {
                        if (progressDialog) {
                            progressDialog->setMaximum(total);
                            progressDialog->setValue(done);
                        }
                    });
                });
            db.releaseConnection();
            if (!imported)
                return imported.error().message;
            *ok = true;
            return tr("Imported %n return(s) from %1: %2 accepted, %3 waiting for review, %4 "
                      "kept by the customer, %5 refused by the policy, %6 with a label; %7 "
                      "row(s) skipped.",
                nullptr, imported->returns)
                .arg(path)
                .arg(imported->accepted)
                .arg(imported->review)
                .arg(imported->keep)
                .arg(imported->refused)
                .arg(imported->labels)
                .arg(imported->skippedRows);
        }));
}

void ReturnsPage::showReturn(const QString &rma)
{
    // Wherever its step put it: all returns, found by its RMA, and chosen.
    m_selectAfterLoad = rma;
    const QSignalBlocker blockFilter(m_filter);
    const QSignalBlocker blockSearch(m_search);
    m_filter->setCurrentIndex(m_filter->findData(int(ReturnListQuery::Filter::All)));
    m_search->setText(rma);
    loadList();
}

void ReturnsPage::askRegister()
{
    bool ok = false;
    const QString number = QInputDialog::getText(this, tr("New return"), tr("Order number:"),
        QLineEdit::Normal, m_search->text().trimmed(), &ok);
    if (ok && !number.trimmed().isEmpty())
        registerForOrder(number);
}

void ReturnsPage::registerForOrder(const QString &orderNumber)
{
    ReturnRepository repo(m_db);
    const auto id = repo.orderIdByNumber(orderNumber);
    const auto order = id ? repo.returnableOrder(*id) : Result<ReturnableOrder>(id.error());
    const auto policy = ReturnPolicyStore::load(m_db);
    if (!order || !policy) {
        const QString message = order ? policy.error().message : order.error().message;
        m_listNote->setText(message);
        Q_EMIT acted(false, message);
        return;
    }
    ReturnRegistrationDialog dialog(*order, *policy, QDateTime::currentDateTimeUtc().date(), this);
    // Registered before the dialog closes: a refusal keeps every line as it was filled in.
    const qint64 orderId = order->orderId;
    auto rma = std::make_shared<QString>(); // written by the save, read once it is over
    if (execSaving(dialog, dialog.buttons(), m_listNote, [&]() -> SaveBeforeClose::Work {
            return [orderId, lines = dialog.lines(), note = dialog.note(),
                       resolution = dialog.resolution(), actor = m_actor,
                       rma](const Database &db) -> Result<QString> {
                const auto r = ReturnRegistration::registerReturn(db, orderId, lines, note,
                    resolution, actor, QDateTime::currentMSecsSinceEpoch());
                if (!r)
                    return r.error();
                *rma = r->ret.rma;
                return tr("Return %1 registered: %2. Tell the customer: %3")
                    .arg(r->ret.rma, ReturnRepository::outcomeLabel(r->ret.outcome),
                        r->assessment.customerText);
            };
        }))
        showReturn(*rma);
}

bool ReturnsPage::execSaving(QDialog &dialog, QDialogButtonBox *buttons, QLabel *result,
    const std::function<SaveBeforeClose::Work()> &prepare)
{
    auto *saver = new SaveBeforeClose(&dialog, buttons, m_db, prepare);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    result->setText(saver->message());
    Q_EMIT acted(true, saver->message());
    refresh();
    return true;
}

void ReturnsPage::approveSelected()
{
    if (!m_selected)
        return;
    runAction(
        m_listNote,
        [db = m_db, id = m_selected->ret.id, actor = m_actor] {
            return ReturnRepository(db).approve(id, actor, QDateTime::currentMSecsSinceEpoch());
        },
        tr("Return %1 approved; it can have its label.").arg(m_selected->ret.rma));
}

void ReturnsPage::refuseSelected()
{
    if (!m_selected)
        return;
    // Refused before the dialog closes: a reason the store turns down can be mended.
    const auto refused = SaveBeforeClose::askText(this, tr("Refuse the return"),
        tr("Why is return %1 refused? (kept with the return and in the audit log)")
            .arg(m_selected->ret.rma),
        {}, false, m_db,
        [id = m_selected->ret.id, rma = m_selected->ret.rma, actor = m_actor](
            const Database &db, const QString &reason) -> Result<QString> {
            if (const Outcome done = ReturnRepository(db).refuse(
                    id, reason, actor, QDateTime::currentMSecsSinceEpoch());
                !done)
                return done.error();
            return tr("Return %1 refused.").arg(rma);
        });
    if (!refused)
        return;
    m_listNote->setText(*refused);
    Q_EMIT acted(true, *refused);
    refresh();
}

void ReturnsPage::labelSelected()
{
    if (!m_selected)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Label for %1").arg(m_selected->ret.rma));
    auto *form = new QFormLayout(&dialog);
    auto *carrier = new QComboBox(&dialog);
    for (const CarrierAdapter *a : carrierAdapters())
        carrier->addItem(a->displayName(), a->id());
    carrier->setCurrentIndex(std::max(
        0, carrier->findData(m_selected->carrier.isEmpty() ? u"dhl"_s : m_selected->carrier)));
    auto *number = new QLineEdit(m_selected->trackingNumber, &dialog);
    number->setObjectName(u"labelTrackingNumber"_s);
    number->setPlaceholderText(tr("The return label's tracking number"));
    form->addRow(tr("&Carrier:"), carrier);
    form->addRow(tr("&Tracking number:"), number);
    form->addRow(new QLabel(tr("Made the label in the carrier's portal? Type its number. The "
                               "parcel is tracked like any other from now on."),
        &dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save label"));
    form->addRow(buttons);
    // Saved before the dialog closes: a number the store turns down can be mended.
    const QString rma = m_selected->ret.rma;
    if (execSaving(dialog, buttons, m_listNote, [&]() -> SaveBeforeClose::Work {
            return [id = m_selected->ret.id, rma, c = carrier->currentData().toString(),
                       n = number->text(), actor = m_actor](const Database &db) -> Result<QString> {
                if (const Outcome done = ReturnRepository(db).issueLabel(
                        id, c, n, actor, QDateTime::currentMSecsSinceEpoch());
                    !done)
                    return done.error();
                return tr("Label saved for %1: print it, or save it for the customer, with "
                          "Print label…")
                    .arg(rma);
            };
        }))
        showReturn(rma);
}

void ReturnsPage::saveLabelPdf()
{
    if (!m_selected)
        return;
    const auto label = ReturnRegistration::labelData(m_db, m_selected->ret.id);
    if (!label) {
        m_listNote->setText(label.error().message);
        return;
    }
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + u'/' + m_selected->ret.rma + u".pdf"_s;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the return label"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const Outcome written = ReturnLabel::write(*label, path);
    m_listNote->setText(written ? tr("Label saved as %1.").arg(path) : written.error().message);
    Q_EMIT acted(written.ok(), m_listNote->text());
}

void ReturnsPage::toggleResolution()
{
    if (!m_selected)
        return;
    const ReturnResolution to = m_selected->ret.resolution == ReturnResolution::Refund
        ? ReturnResolution::Exchange
        : ReturnResolution::Refund;
    runAction(
        m_listNote,
        [db = m_db, id = m_selected->ret.id, to, actor = m_actor] {
            return ReturnRepository(db).setResolution(
                id, to, actor, QDateTime::currentMSecsSinceEpoch());
        },
        tr("Return %1: the customer gets %2.")
            .arg(m_selected->ret.rma, ReturnRepository::resolutionLabel(to).toLower()));
}

void ReturnsPage::settleSelected()
{
    if (!m_selected)
        return;
    std::optional<qint64> cents;
    if (m_selected->ret.resolution == ReturnResolution::Refund) {
        qint64 value = 0;
        for (const ReturnItem &i : m_selected->ret.items) {
            if (i.outcome != ReturnOutcome::Refuse)
                value += i.unitPriceCents * i.quantity;
        }
        bool ok = false;
        const double amount = QInputDialog::getDouble(this, tr("Refund paid"),
            tr("Amount refunded for %1 (%2):").arg(m_selected->ret.rma, m_selected->currency),
            value / 100.0, 0, 1e9, 2, &ok);
        if (!ok)
            return;
        cents = qRound64(amount * 100);
    }
    runAction(
        m_listNote,
        [db = m_db, id = m_selected->ret.id, cents, actor = m_actor] {
            return ReturnRepository(db).settle(
                id, cents, actor, QDateTime::currentMSecsSinceEpoch());
        },
        tr("Return %1 is settled and closed.").arg(m_selected->ret.rma));
}

void ReturnsPage::scan(const QString &text)
{
    m_scan->selectAll();
    const auto found = ReturnRepository(m_db).findByScan(text);
    if (!found || !found->has_value()) {
        m_receiving.reset();
        m_lines->setRowCount(0);
        m_saveInspection->setEnabled(false);
        m_scanned->setText(u"<b>%1</b>"_s.arg(
            (found ? tr("No return has the RMA or tracking number %1.").arg(text.trimmed())
                   : found.error().message)
                .toHtmlEscaped()));
        Q_EMIT acted(false, m_scanned->text());
        return;
    }
    const auto detail = ReturnRepository(m_db).load(**found);
    if (!detail) {
        m_scanned->setText(detail.error().message.toHtmlEscaped());
        return;
    }
    if (detail->ret.state == ReturnState::Closed || detail->ret.state == ReturnState::Refused) {
        showForReceiving(*detail,
            tr("%1 is %2; there is nothing to receive or inspect.")
                .arg(detail->ret.rma, ReturnRepository::stateLabel(detail->ret.state).toLower()));
        Q_EMIT acted(false, m_receivingNote->text());
        return;
    }
    if (detail->ret.receivedAtMs) {
        showForReceiving(*detail, tr("Already received; correct the inspection if needed."));
        return;
    }
    // The scan is the receipt.
    m_receiving = *detail;
    runAction(
        m_receivingNote,
        [db = m_db, id = detail->ret.id, actor = m_actor] {
            return ReturnRepository(db).receive(id, actor, QDateTime::currentMSecsSinceEpoch());
        },
        tr("Received %1. Grade each line and save.").arg(detail->ret.rma));
}

void ReturnsPage::showForReceiving(const ReturnRepository::Detail &detail, const QString &note)
{
    m_receiving = detail;
    if (m_rules.isEmpty()) {
        if (const auto rules = DispositionRuleRepository(m_db).load())
            m_rules = *rules;
    }
    const ReturnCase &r = detail.ret;
    m_scanned->setText(
        tr("<b>%1</b> · order %2 · %3 · %4")
            .arg(r.rma.toHtmlEscaped(), detail.orderNumber.toHtmlEscaped(),
                detail.customerName.toHtmlEscaped(), ReturnRepository::stateLabel(r.state)));
    m_receivingNote->setText(note);
    const QSignalBlocker block(m_lines);
    m_lines->setRowCount(0);
    for (const ReturnItem &i : r.items) {
        if (i.outcome != ReturnOutcome::Accept && i.outcome != ReturnOutcome::Review)
            continue; // kept by the customer or refused: not in the parcel
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        auto *name = readOnly(u"%1 × %2 (%3)"_s.arg(i.quantity).arg(itemName(i), i.category));
        name->setData(Qt::UserRole, i.id);
        m_lines->setItem(row, LineItemColumn, name);
        m_lines->setItem(row, LineReasonColumn,
            readOnly(ReturnRepository::reasonLabel(i.reasonCode) + u" · "_s
                + ReturnRepository::conditionLabel(i.condition)));
        auto *grade = new QComboBox(m_lines);
        grade->addItem(tr("Grade…"), QString());
        grade->addItem(tr("A — as new"), u"A"_s);
        grade->addItem(tr("B — light signs of use"), u"B"_s);
        grade->addItem(tr("C — worn or faulty"), u"C"_s);
        grade->addItem(tr("D — broken"), u"D"_s);
        grade->setCurrentIndex(std::max(0, grade->findData(i.grade)));
        m_lines->setCellWidget(row, LineGradeColumn, grade);
        auto *goes = new QComboBox(m_lines);
        goes->addItem(tr("Decide…"), int(Disposition::Undecided));
        for (const Disposition d :
            {Disposition::Resell, Disposition::Refurbish, Disposition::Outlet, Disposition::Donate,
                Disposition::Recycle, Disposition::Landfill})
            goes->addItem(ReturnRepository::dispositionLabel(d), int(d));
        goes->setCurrentIndex(std::max(0, goes->findData(int(i.disposition))));
        m_lines->setCellWidget(row, LineDispositionColumn, goes);
        m_lines->setItem(row, LineWhyColumn, new QTableWidgetItem(i.dispositionReason));
        m_lines->item(row, LineItemColumn)->setData(Qt::UserRole + 1, i.category);
        m_lines->item(row, LineItemColumn)->setData(Qt::UserRole + 2, i.reasonCode);
        connect(
            grade, &QComboBox::currentIndexChanged, this, [this, row] { proposeDisposition(row); });
    }
    m_lines->resizeColumnsToContents();
    m_lines->horizontalHeader()->setSectionResizeMode(LineItemColumn, QHeaderView::Stretch);
    m_reusable->setChecked(r.reusablePackaging.value_or(false));
    m_saveInspection->setEnabled(m_lines->rowCount() > 0
        && (r.state == ReturnState::Received || r.state == ReturnState::Graded));
    // Just received: on to the grades; inspected: ready for the next parcel's scan.
    if (r.state == ReturnState::Received && m_lines->rowCount() > 0) {
        m_lines->cellWidget(0, LineGradeColumn)->setFocus();
    } else {
        m_scan->selectAll();
        m_scan->setFocus();
    }
}

void ReturnsPage::proposeDisposition(int row)
{
    const QString grade = qobject_cast<QComboBox *>(m_lines->cellWidget(row, LineGradeColumn))
                              ->currentData()
                              .toString();
    const QTableWidgetItem *item = m_lines->item(row, LineItemColumn);
    const Disposition proposed = DispositionRules::propose(m_rules, grade,
        item->data(Qt::UserRole + 1).toString(), item->data(Qt::UserRole + 2).toString());
    auto *goes = qobject_cast<QComboBox *>(m_lines->cellWidget(row, LineDispositionColumn));
    goes->setCurrentIndex(std::max(0, goes->findData(int(proposed))));
    if (proposed == Disposition::Undecided && !grade.isEmpty())
        m_receivingNote->setText(
            tr("No rule says where this goes: choose, and give a reason for landfill."));
}

void ReturnsPage::saveInspection()
{
    if (!m_receiving || !m_saveInspection->isEnabled())
        return;
    QList<ReturnLineGrade> grades;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        ReturnLineGrade g;
        g.itemId = m_lines->item(row, LineItemColumn)->data(Qt::UserRole).toLongLong();
        g.grade = qobject_cast<QComboBox *>(m_lines->cellWidget(row, LineGradeColumn))
                      ->currentData()
                      .toString();
        g.disposition
            = Disposition(qobject_cast<QComboBox *>(m_lines->cellWidget(row, LineDispositionColumn))
                              ->currentData()
                              .toInt());
        g.reason = m_lines->item(row, LineWhyColumn) ? m_lines->item(row, LineWhyColumn)->text()
                                                     : QString();
        grades.append(g);
    }
    runAction(
        m_receivingNote,
        [db = m_db, id = m_receiving->ret.id, grades, reusable = m_reusable->isChecked(),
            actor = m_actor] {
            return ReturnRepository(db).grade(
                id, grades, reusable, actor, QDateTime::currentMSecsSinceEpoch());
        },
        tr("Inspection of %1 saved. Scan the next parcel.").arg(m_receiving->ret.rma));
    m_scan->setFocus();
}

QString ReturnsPage::receivingText() const
{
    return m_scanned->text() + u'\n' + m_receivingNote->text();
}

QList<DispositionRule> ReturnsPage::rulesFromTable() const
{
    QList<DispositionRule> rules;
    for (int r = 0; r < m_ruleTable->rowCount(); ++r) {
        DispositionRule rule;
        rule.enabled = m_ruleTable->item(r, 0)->checkState() == Qt::Checked;
        rule.grade
            = qobject_cast<QComboBox *>(m_ruleTable->cellWidget(r, 1))->currentData().toString();
        rule.category
            = m_ruleTable->item(r, 2) ? m_ruleTable->item(r, 2)->text().trimmed() : QString();
        rule.reasonCode
            = qobject_cast<QComboBox *>(m_ruleTable->cellWidget(r, 3))->currentData().toString();
        rule.disposition = Disposition(
            qobject_cast<QComboBox *>(m_ruleTable->cellWidget(r, 4))->currentData().toInt());
        rules.append(rule);
    }
    return rules;
}

void ReturnsPage::saveRules()
{
    const QList<DispositionRule> rules = rulesFromTable();
    const Outcome saved = DispositionRuleRepository(m_db).replaceAll(
        rules, m_actor, QDateTime::currentMSecsSinceEpoch());
    m_rulesNote->setText(
        saved ? tr("Saved %n rule(s).", nullptr, int(rules.size())) : saved.error().message);
    if (saved)
        m_rules = rules;
    Q_EMIT acted(saved.ok(), m_rulesNote->text());
}

} // namespace ParcelDesk
