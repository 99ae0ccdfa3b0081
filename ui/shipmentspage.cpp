#include "shipmentspage.h"
#include "countrychoice.h"
#include "tableexport.h"

#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"
#include "domain/statustext.h"
#include "models/shipmenttablemodel.h"
#include "problemcasespage.h"
#include "rules/expecteddelivery.h"
#include "shipmentstyleproxy.h"
#include "store/databasereader.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

constexpr qint64 msPerDay = 86'400'000;
constexpr qint64 relearnAfterMs = 30 * 60'000;
const QString headerKey = u"shipments/header"_s;

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString day(qint64 wallMs)
{
    // The model's times are wall-clock times at the destination, read as UTC.
    return QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(wallMs, Qt::UTC).date(), QLocale::ShortFormat);
}

int readerCount = 0;

} // namespace

ShipmentsPage::ShipmentsPage(Database database, QWidget *parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_learnReader(std::make_unique<DatabaseReader>(
          m_database, u"parceldesk-shipments-learning-%1"_s.arg(readerCount + 1)))
    , m_reader(std::make_unique<DatabaseReader>(
          m_database, u"parceldesk-shipments-page-%1"_s.arg(++readerCount)))
{
    setObjectName(u"shipmentsPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    auto *title = new QLabel(tr("Shipments"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    m_model = new ShipmentTableModel(m_database, this);
    m_proxy = new ShipmentStyleProxy(this);
    m_proxy->setSourceModel(m_model);
    buildFilterBar();

    auto *summaryRow = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"shipmentSummary"_s);
    summaryRow->addWidget(m_summary);
    m_extraLabel = new QLabel(this);
    m_extraLabel->setObjectName(u"extraFilter"_s);
    m_extraLabel->setStyleSheet(
        u"QLabel { background: palette(alternate-base); border-radius: 4px; padding: 1px 6px; }"_s);
    m_extraClear = new QToolButton(this);
    m_extraClear->setText(u"✕"_s);
    m_extraClear->setAccessibleName(tr("Remove this filter"));
    m_extraClear->setToolTip(tr("Remove this filter"));
    connect(m_extraClear, &QToolButton::clicked, this, [this] {
        m_extra = {};
        applyFilters();
    });
    summaryRow->addWidget(m_extraLabel);
    summaryRow->addWidget(m_extraClear);
    summaryRow->addStretch(1);
    layout->addLayout(summaryRow);
    m_extraLabel->hide();
    m_extraClear->hide();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *tableBox = new QWidget(splitter);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTableView(tableBox);
    m_view->setObjectName(u"shipmentsTable"_s);
    m_view->setAccessibleName(tr("Shipments"));
    TableExport::install(m_view, tr("shipments", "file name of an export"), tr("Shipments"),
        {[this] { return m_model->isLoading(); }, [this] { return m_model->errorText(); }});
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setSortingEnabled(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setSortIndicator(ShipmentTableModel::ShippedColumn, Qt::DescendingOrder);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ShipmentsPage::chooseColumns);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column) {
        // A column without an index does not sort: the indicator goes back to the real order.
        if (!ShipmentTableModel::sortKeyFor(column)) {
            const ShipmentSort &s = m_model->sortOrder();
            QSignalBlocker block(header);
            header->setSortIndicator(ShipmentTableModel::columnFor(s.key),
                s.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
    });
    const QByteArray saved = QSettings().value(headerKey).toByteArray();
    if (saved.isEmpty() || !header->restoreState(saved)) {
        m_view->setColumnHidden(ShipmentTableModel::ServiceColumn, true);
        m_view->setColumnHidden(ShipmentTableModel::LastEventColumn, true);
        header->setSortIndicator(ShipmentTableModel::ShippedColumn, Qt::DescendingOrder);
        // Widths from the first rows, once; after that the user's.
        connect(
            m_model, &ShipmentTableModel::rowsArrived, this,
            [this] { m_view->resizeColumnsToContents(); }, Qt::SingleShotConnection);
    }
    connect(header, &QHeaderView::sectionResized, this, &ShipmentsPage::saveColumns);
    connect(header, &QHeaderView::sectionMoved, this, &ShipmentsPage::saveColumns);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ShipmentsPage::saveColumns);
    tableLayout->addWidget(m_view);
    m_emptyState = new QLabel(m_view->viewport());
    m_emptyState->setObjectName(u"shipmentsState"_s);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_emptyState, &QLabel::linkActivated, this, &ShipmentsPage::clearFilters);
    splitter->addWidget(tableBox);
    auto *pane = new QWidget(splitter);
    buildDetailPane(pane);
    splitter->addWidget(pane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});
    layout->addWidget(splitter, 1);

    connect(m_model, &ShipmentTableModel::totalCountChanged, this, &ShipmentsPage::updateSummary);
    connect(m_model, &ShipmentTableModel::loadingChanged, this, &ShipmentsPage::updateSummary);
    connect(m_model, &ShipmentTableModel::rowsArrived, this, &ShipmentsPage::updateSummary);
    connect(m_model, &ShipmentTableModel::rowsArrived, this, [this] {
        if (m_pickFirst && m_model->rowCount() > 0) {
            m_pickFirst = false;
            m_view->setFocus();
            selectRow(0);
        }
    });
    connect(m_model, &ShipmentTableModel::failed, this, &ShipmentsPage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ShipmentsPage::updateSummary);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            const qint64 id = current.isValid()
                ? current.data(ShipmentTableModel::ShipmentIdRole).toLongLong()
                : 0;
            if (id != detailShipment())
                loadDetail(id);
        });
    // The model began with the default sort; a restored header may say otherwise.
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    applyFilters();
    learnTransitTimes();
}

ShipmentsPage::~ShipmentsPage()
{
    m_reader.reset();
    m_learnReader.reset();
}

qint64 ShipmentsPage::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void ShipmentsPage::setClock(std::function<qint64()> clock)
{
    m_clock = clock;
    m_model->setClock(std::move(clock));
}

void ShipmentsPage::buildFilterBar()
{
    auto *bar = new QHBoxLayout;
    m_quick = new QLineEdit(this);
    m_quick->setObjectName(u"quickFilter"_s);
    m_quick->setPlaceholderText(tr("Tracking or order number… (Ctrl+F)"));
    m_quick->setAccessibleName(tr("Quick filter"));
    m_quick->setClearButtonEnabled(true);
    m_carrier = new QComboBox(this);
    m_carrier->setObjectName(u"carrierFilter"_s);
    m_carrier->setAccessibleName(tr("Carrier"));
    m_carrier->addItem(tr("All carriers"), QString());
    for (const CarrierAdapter *a : carrierAdapters())
        m_carrier->addItem(a->displayName(), a->id());
    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), QString());
    for (const StatusTag tag : {StatusTag::InfoReceived, StatusTag::InTransit,
             StatusTag::OutForDelivery, StatusTag::AttemptFail, StatusTag::AvailableForPickup,
             StatusTag::Delivered, StatusTag::Exception, StatusTag::Expired, StatusTag::Pending})
        m_status->addItem(StatusText::tag(tag), tagToString(tag));
    m_destination = new QComboBox(this);
    m_destination->setObjectName(u"destinationFilter"_s);
    m_destination->setAccessibleName(tr("Destination country"));
    m_destination->addItem(tr("All destinations"), QString());
    addDestinationCountries(m_destination);
    m_shipped = new QComboBox(this);
    m_shipped->setObjectName(u"shippedFilter"_s);
    m_shipped->setAccessibleName(tr("Shipped"));
    m_shipped->addItem(tr("Shipped any time"), -1);
    m_shipped->addItem(tr("Shipped today"), 0);
    m_shipped->addItem(tr("Last 7 days"), 7);
    m_shipped->addItem(tr("Last 30 days"), 30);
    m_shipped->addItem(tr("Last 90 days"), 90);
    m_shipped->addItem(tr("Between…"), -2);
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        edit->hide();
    }
    m_from->setAccessibleName(tr("Shipped from"));
    m_to->setAccessibleName(tr("Shipped until"));
    m_from->setDate(QDate::currentDate().addDays(-7));
    m_late = new QCheckBox(tr("&Late"), this);
    m_late->setObjectName(u"lateFilter"_s);
    m_late->setToolTip(tr("Delivered after the promised date, or not delivered by it."));
    m_withCase = new QCheckBox(tr("With open &case"), this);
    m_withCase->setObjectName(u"caseFilter"_s);
    auto *clear = new QPushButton(tr("Clear filters"), this);
    clear->setObjectName(u"clearFilters"_s);
    // The combos may be narrower than their longest entry (the list still shows it whole), so
    // the bar fits a 1280-pixel window in German too.
    for (QComboBox *combo : {m_carrier, m_status, m_destination, m_shipped}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    bar->addWidget(m_quick, 2);
    bar->addWidget(m_carrier);
    bar->addWidget(m_status);
    bar->addWidget(m_destination);
    bar->addWidget(m_shipped);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    bar->addWidget(m_late);
    bar->addWidget(m_withCase);
    bar->addWidget(clear);
    static_cast<QVBoxLayout *>(layout())->addLayout(bar);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(debounce, &QTimer::timeout, this, &ShipmentsPage::applyFilters);
    connect(m_quick, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_quick, &QLineEdit::returnPressed, this, [this, debounce] {
        debounce->stop();
        m_pickFirst = true;
        applyFilters();
        if (!m_model->isLoading() && m_model->rowCount() > 0) {
            m_pickFirst = false;
            m_view->setFocus();
            selectRow(0);
        }
    });
    for (QComboBox *combo : {m_carrier, m_status, m_destination})
        connect(combo, &QComboBox::currentIndexChanged, this, &ShipmentsPage::applyFilters);
    connect(m_shipped, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_shipped->currentData().toInt() == -2;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        applyFilters();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ShipmentsPage::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &ShipmentsPage::applyFilters);
    connect(m_late, &QCheckBox::toggled, this, &ShipmentsPage::applyFilters);
    connect(m_withCase, &QCheckBox::toggled, this, &ShipmentsPage::applyFilters);
    connect(clear, &QPushButton::clicked, this, &ShipmentsPage::clearFilters);
}

void ShipmentsPage::buildDetailPane(QWidget *pane)
{
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(8, 0, 0, 0);
    m_title = new QLabel(tr("Select a shipment to see its timeline."), pane);
    m_title->setObjectName(u"detailTitle"_s);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts = new QLabel(pane);
    m_facts->setObjectName(u"detailFacts"_s);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *timelineHead = new QHBoxLayout;
    auto *timelineLabel = new QLabel(tr("Timeline"), pane);
    QFont bold = timelineLabel->font();
    bold.setBold(true);
    timelineLabel->setFont(bold);
    m_allEvents = new QCheckBox(tr("&All events"), pane);
    m_allEvents->setObjectName(u"allEvents"_s);
    m_allEvents->setToolTip(
        tr("Every scan the carrier reported, not only the milestones a customer cares about."));
    timelineHead->addWidget(timelineLabel);
    timelineHead->addStretch(1);
    timelineHead->addWidget(m_allEvents);
    m_timeline = new QTableWidget(0, 3, pane);
    m_timeline->setObjectName(u"timeline"_s);
    m_timeline->setAccessibleName(tr("Timeline"));
    // The carrier's own words (its code and text) beside ours.
    m_timeline->setHorizontalHeaderLabels(
        {tr("When and where"), tr("Status"), tr("The carrier says")});
    m_timeline->verticalHeader()->hide();
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setWordWrap(true);
    // The carrier's words get the room; the rest shows whole in its tooltip.
    QHeaderView *timelineHeader = m_timeline->horizontalHeader();
    timelineHeader->setSectionResizeMode(0, QHeaderView::Interactive);
    timelineHeader->setSectionResizeMode(1, QHeaderView::Interactive);
    timelineHeader->setSectionResizeMode(2, QHeaderView::Stretch);
    timelineHeader->resizeSection(0, 120);
    timelineHeader->resizeSection(1, 130);
    m_timeline->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *casesLabel = new QLabel(tr("Open cases"), pane);
    casesLabel->setFont(bold);
    m_cases = new QListWidget(pane);
    m_cases->setObjectName(u"detailCases"_s);
    m_cases->setAccessibleName(tr("Open cases"));
    m_cases->setMaximumHeight(90);
    connect(m_cases, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openCaseRequested(item->data(Qt::UserRole).toLongLong());
    });
    auto *actions = new QHBoxLayout;
    m_copy = new QPushButton(tr("Co&py tracking number"), pane);
    m_copy->setObjectName(u"copyTracking"_s);
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_detail)
            QApplication::clipboard()->setText(m_detail->facts.trackingNumber);
    });
    actions->addWidget(m_copy);
    actions->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addLayout(timelineHead);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(casesLabel);
    layout->addWidget(m_cases);
    layout->addLayout(actions);
    connect(m_allEvents, &QCheckBox::toggled, this, &ShipmentsPage::fillTimeline);
}

ShipmentFilter ShipmentsPage::currentFilter() const
{
    ShipmentFilter f = m_extra;
    f.text = m_quick->text().trimmed();
    if (const QString c = m_carrier->currentData().toString(); !c.isEmpty())
        f.carriers = {c};
    if (const QString s = m_status->currentData().toString(); !s.isEmpty())
        f.statusTags = {s};
    if (const QString d = m_destination->currentData().toString(); !d.isEmpty())
        f.destinationCountries = {d};
    const int range = m_shipped->currentData().toInt();
    const QDateTime today(QDate::currentDate(), QTime(0, 0));
    if (range >= 0) {
        f.shippedFromMs = today.addDays(-range).toMSecsSinceEpoch();
        f.shippedUntilMs.reset();
    } else if (range == -2) {
        f.shippedFromMs = QDateTime(m_from->date(), QTime(0, 0)).toMSecsSinceEpoch();
        f.shippedUntilMs = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    }
    f.lateOnly = f.lateOnly || m_late->isChecked();
    f.withOpenCase = f.withOpenCase || m_withCase->isChecked();
    return f;
}

void ShipmentsPage::applyFilters()
{
    m_model->setFilter(currentFilter());
    updateSummary();
}

void ShipmentsPage::clearFilters()
{
    m_extra = {};
    const QSignalBlocker b1(m_quick), b2(m_carrier), b3(m_status), b4(m_destination), b5(m_shipped),
        b6(m_late), b7(m_withCase);
    m_quick->clear();
    m_carrier->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_destination->setCurrentIndex(0);
    m_shipped->setCurrentIndex(0);
    m_from->hide();
    m_to->hide();
    m_late->setChecked(false);
    m_withCase->setChecked(false);
    applyFilters();
}

void ShipmentsPage::showFilter(const ShipmentFilter &filter, const QString &description)
{
    clearFilters();
    ShipmentFilter rest = filter;
    const QSignalBlocker b1(m_quick), b2(m_carrier), b3(m_status), b4(m_destination), b6(m_late),
        b7(m_withCase);
    const auto pick = [](QComboBox *combo, QStringList &values) {
        if (values.size() != 1)
            return;
        const int at = combo->findData(values.first());
        if (at < 0)
            return;
        combo->setCurrentIndex(at);
        values.clear();
    };
    pick(m_carrier, rest.carriers);
    pick(m_status, rest.statusTags);
    pick(m_destination, rest.destinationCountries);
    m_quick->setText(rest.text);
    rest.text.clear();
    m_late->setChecked(rest.lateOnly);
    rest.lateOnly = false;
    m_withCase->setChecked(rest.withOpenCase && !rest.openCaseKind);
    if (!rest.openCaseKind)
        rest.withOpenCase = false;
    m_extra = rest;
    m_extraLabel->setText(description.isEmpty() ? tr("More filters from the Overview")
                                                : tr("From the Overview: %1").arg(description));
    applyFilters();
}

void ShipmentsPage::updateSummary()
{
    const bool extra = !m_extra.isEmpty();
    m_extraLabel->setVisible(extra);
    m_extraClear->setVisible(extra);
    const QLocale locale;
    const qint64 total = m_model->totalCount();
    if (!m_model->errorText().isEmpty())
        m_summary->setText(m_model->errorText());
    else if (total < 0)
        m_summary->setText(tr("Counting…"));
    else
        m_summary->setText(tr("%Ln shipment(s)", nullptr, int(std::min<qint64>(total, INT_MAX))));
    // The state over the table: loading, nothing found, or what went wrong.
    QString state;
    if (m_model->rowCount() == 0) {
        if (!m_model->errorText().isEmpty())
            state
                = tr("The shipments cannot be read: %1").arg(m_model->errorText().toHtmlEscaped());
        else if (m_model->isLoading())
            state = tr("Loading shipments…");
        else if (currentFilter().isEmpty())
            state = tr("No shipments yet. Connect a carrier on the Carriers page, or open the "
                       "demo database.");
        else
            state = tr("No shipment matches these filters. <a href=\"clear\">Clear filters</a>");
    }
    m_emptyState->setText(state);
    m_emptyState->setVisible(!state.isEmpty());
    m_emptyState->resize(m_view->viewport()->size());
}

void ShipmentsPage::refreshLive()
{
    m_model->refresh();
    if (m_detail)
        loadDetail(m_detail->facts.id);
    if (now() - m_transitLearnedAtMs > relearnAfterMs)
        learnTransitTimes();
}

void ShipmentsPage::focusQuickFilter()
{
    m_quick->setFocus(Qt::ShortcutFocusReason);
    m_quick->selectAll();
}

qint64 ShipmentsPage::selectedShipment() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), {})
        ? current.data(ShipmentTableModel::ShipmentIdRole).toLongLong()
        : 0;
}

void ShipmentsPage::selectRow(int row)
{
    // Through the selection model: QTableView::selectRow() reads the keyboard's modifiers.
    m_view->selectionModel()->setCurrentIndex(
        m_proxy->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ShipmentsPage::selectShipment(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        selectRow(row);
}

void ShipmentsPage::loadDetail(qint64 shipmentId)
{
    const quint64 job = ++m_detailJob;
    if (shipmentId == 0) {
        m_detail.reset();
        m_title->setText(tr("Select a shipment to see its timeline."));
        m_facts->clear();
        m_timeline->setRowCount(0);
        m_cases->clear();
        m_copy->setEnabled(false);
        return;
    }
    const qint64 at = now();
    QPointer<ShipmentsPage> self(this);
    m_reader->submit([self, job, shipmentId, at](const QSqlDatabase &db) {
        const auto detail = ShipmentDetailQuery::load(db, shipmentId, at);
        QMetaObject::invokeMethod(
            self,
            [self, job, detail] {
                if (!self || job != self->m_detailJob)
                    return; // another shipment was chosen meanwhile
                if (!detail) {
                    self->m_title->setText(detail.error().message);
                    return;
                }
                self->showDetail(*detail);
            },
            Qt::QueuedConnection);
    });
}

void ShipmentsPage::showDetail(const ShipmentDetail &d)
{
    m_detail = d;
    const ShipmentListRow &r = d.facts;
    const CarrierAdapter *carrier = carrierAdapter(r.carrier);
    const QString carrierName = carrier ? carrier->displayName() : r.carrier;
    m_title->setText(
        u"<b style=\"font-size:large\">%1</b><br>%2 · %3%4"_s.arg(r.trackingNumber.toHtmlEscaped(),
            carrierName.toHtmlEscaped(), StatusText::full(r.status).toHtmlEscaped(),
            r.late ? u" · <span style=\"color:#cf222e\">%1</span>"_s.arg(tr("late")) : QString()));
    QStringList facts;
    const auto fact = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            facts << u"<tr><td style=\"padding-right:12px\">%1</td><td>%2</td></tr>"_s.arg(
                label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    fact(tr("Order"), r.orderNumber);
    fact(tr("Customer"), d.customerName);
    fact(tr("Service"), r.service);
    fact(tr("Route"),
        tr("%1 → %2 %3").arg(r.originCountry, r.destinationCountry, r.destinationPostcode));
    fact(tr("Shipped"), when(r.shippedAtMs));
    fact(tr("Promised"), r.promisedAtMs ? day(*r.promisedAtMs) : QString());
    if (r.deliveredAtMs)
        fact(tr("Delivered"), when(*r.deliveredAtMs));
    else
        fact(tr("Expected"), expectedText(d));
    fact(tr("Last event"), r.lastEventAtMs > 0 ? when(r.lastEventAtMs) : QString());
    if (d.contacts > 0)
        fact(tr("Customer contacts"), QLocale().toString(d.contacts));
    m_facts->setText(u"<table>%1</table>"_s.arg(facts.join(QString())));
    fillTimeline();
    m_cases->clear();
    for (const ProblemCase &c : d.openCases) {
        auto *item = new QListWidgetItem(
            tr("Priority %1 · %2 · %3")
                .arg(QString::number(c.priority), ProblemCasesPage::kindLabel(c.kind),
                    ProblemCasesPage::stateLabel(c.state)));
        item->setData(Qt::UserRole, c.id);
        item->setToolTip(c.details);
        m_cases->addItem(item);
    }
    if (d.openCases.isEmpty())
        m_cases->addItem(tr("None"));
    m_copy->setEnabled(true);
    Q_EMIT detailShown(r.id);
}

QString ShipmentsPage::expectedText(const ShipmentDetail &d) const
{
    if (!awaitsDelivery(d.facts))
        return {};
    if (!m_transit)
        return m_learning ? tr("learning from the history…") : QString();
    const auto p = expectedDelivery(*m_transit, d);
    if (!p)
        return tr("too little history for this lane");
    return tr("%1 (likely between %2 and %3; by %4 at the latest for 95 of 100 such parcels)")
        .arg(day(p->mostLikelyMs), day(p->p10Ms), day(p->p90Ms), day(p->promiseMs));
}

void ShipmentsPage::fillTimeline()
{
    m_timeline->setRowCount(0);
    if (!m_detail)
        return;
    const bool all = m_allEvents->isChecked();
    // Newest first, as an agent reads it.
    for (qsizetype i = m_detail->events.size() - 1; i >= 0; --i) {
        const ShipmentDetail::Event &e = m_detail->events[i];
        if (!all && !e.milestone)
            continue;
        const int row = m_timeline->rowCount();
        m_timeline->insertRow(row);
        const auto set = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_timeline->setItem(row, column, item);
            return item;
        };
        const QString at
            = QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.atMs), u"d MMM HH:mm"_s);
        set(0, e.location.isEmpty() ? at : at + u'\n' + e.location)->setToolTip(when(e.atMs));
        set(1, e.unmapped ? tr("Not mapped yet") : StatusText::full(e.status));
        set(2,
            e.carrierText.isEmpty()
                ? e.carrierCode
                : tr("%1 · %2", "carrier code and text").arg(e.carrierCode, e.carrierText));
        if (e.milestone && all) {
            QFont bold = m_timeline->font();
            bold.setBold(true);
            for (int c = 0; c < m_timeline->columnCount(); ++c)
                m_timeline->item(row, c)->setFont(bold);
        }
    }
}

int ShipmentsPage::timelineRows() const
{
    return m_timeline->rowCount();
}

void ShipmentsPage::setAllEvents(bool all)
{
    m_allEvents->setChecked(all);
}

void ShipmentsPage::learnTransitTimes()
{
    if (m_learning)
        return;
    m_learning = true;
    const qint64 at = now();
    using Learned = std::shared_ptr<const TransitModel>;
    QPointer<ShipmentsPage> self(this);
    // A reader of its own: learning reads months of deliveries, the pane's reader stays free;
    // closing the page interrupts it.
    m_learnReader->submit([self, at](const QSqlDatabase &db) {
        const Learned model = std::make_shared<const TransitModel>(
            TransitModel::learnFrom(db, at - 90 * msPerDay, at));
        QMetaObject::invokeMethod(
            self,
            [self, model, at] {
                if (!self)
                    return;
                self->m_learning = false;
                self->m_transit = model;
                self->m_transitLearnedAtMs = at;
                if (self->m_detail)
                    self->showDetail(*self->m_detail);
            },
            Qt::QueuedConnection);
    });
}

void ShipmentsPage::chooseColumns(const QPoint &at)
{
    QMenu menu(this);
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < ShipmentTableModel::ColumnCount; ++c) {
        QAction *action
            = menu.addAction(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        // The tracking number always shows: it is what a row is.
        action->setEnabled(c != ShipmentTableModel::TrackingColumn);
        connect(action, &QAction::toggled, this, [this, c](bool on) {
            m_view->setColumnHidden(c, !on);
            saveColumns();
        });
    }
    menu.exec(header->mapToGlobal(at));
}

void ShipmentsPage::saveColumns() const
{
    QSettings().setValue(headerKey, m_view->horizontalHeader()->saveState());
}

} // namespace ParcelDesk
