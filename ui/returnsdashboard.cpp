#include "returnsdashboard.h"
#include "tableexport.h"

#include "store/databasereader.h"
#include "store/returnrepository.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

int readerCount = 0;
constexpr qint64 msPerDay = 86'400'000;

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + u" %"_s;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// Noon UTC of the day: the date axis shows the day whatever the time zone.
double noonOf(QDate day)
{
    return double(QDateTime(day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

// Figures keep their width; the text column (stretch) gives way and elides when narrow.
QTableWidget *makeTable(const QString &name, const QString &accessibleName,
    const QStringList &headers, int stretch, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setWordWrap(false);
    return table;
}

// Cells from firstNumber on are figures, aligned right.
void appendRow(QTableWidget *table, const QStringList &cells, int firstNumber)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (c >= firstNumber)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, c, item);
    }
}

} // namespace

ReturnsDashboard::ReturnsDashboard(Database database, QWidget *parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_reader(std::make_unique<DatabaseReader>(
          m_database, u"parceldesk-returns-dashboard-%1"_s.arg(++readerCount)))
{
    setObjectName(u"returnsDashboard"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    auto *title = heading(tr("Returns dashboard"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    title->setFont(titleFont);
    top->addWidget(title);
    top->addStretch(1);
    m_period = new QComboBox(this);
    m_period->setObjectName(u"returnsDashboardPeriod"_s);
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Last 4 weeks"), 4);
    m_period->addItem(tr("Last 8 weeks"), 8);
    m_period->addItem(tr("Last 13 weeks"), 13);
    m_warehouse = new QComboBox(this);
    m_warehouse->setObjectName(u"returnsDashboardWarehouse"_s);
    m_warehouse->setAccessibleName(tr("Warehouse"));
    m_warehouse->addItem(tr("All warehouses"), QString());
    m_reloadButton = new QPushButton(tr("Re&load"), this);
    m_reloadButton->setObjectName(u"returnsDashboardReload"_s);
    top->addWidget(m_period);
    top->addWidget(m_warehouse);
    top->addWidget(m_reloadButton);
    layout->addLayout(top);
    m_state = new QLabel(tr("Reading the figures…"), this);
    m_state->setObjectName(u"returnsDashboardState"_s);
    layout->addWidget(m_state);

    auto *tiles = new QWidget(this);
    auto *tileGrid = new QGridLayout(tiles);
    tileGrid->setContentsMargins(0, 0, 0, 0);
    const QStringList keys = {u"returns_received"_s, u"return_rate"_s, u"kept_out_of_landfill"_s,
        u"refund_days"_s, u"reusable_packaging"_s};
    for (int i = 0; i < keys.size(); ++i)
        makeTile(keys[i], tileGrid, i);
    layout->addWidget(tiles);

    // Inflow: what arrived per day, and the forecast from today on, split into the returns
    // already on their way and those still to come from recent deliveries.
    layout->addWidget(heading(tr("Inflow per day and the next two weeks"), this));
    m_chart = new QChart;
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_returnsReceived = new QLineSeries;
    m_returnsReceived->setName(tr("Returns received"));
    m_itemsReceived = new QLineSeries;
    m_itemsReceived->setName(tr("Items received"));
    QPen itemsPen(QColor(0x8c, 0x95, 0x9f));
    itemsPen.setWidthF(1.5);
    itemsPen.setStyle(Qt::DashLine);
    m_itemsReceived->setPen(itemsPen);
    const auto area = [this](const QString &name, const QColor &colour) {
        auto *series = new QAreaSeries;
        auto *upper = new QLineSeries(series);
        auto *lower = new QLineSeries(series);
        series->setUpperSeries(upper);
        series->setLowerSeries(lower);
        series->setName(name);
        QColor fill = colour;
        fill.setAlpha(110);
        series->setBrush(fill);
        series->setPen(QPen(colour, 1.5));
        m_chart->addSeries(series);
        return series;
    };
    m_onTheirWay = area(tr("Forecast: on their way back"), QColor(0x21, 0x88, 0xff));
    m_fromDeliveries = area(tr("Forecast: from recent deliveries"), QColor(0xbf, 0x87, 0x00));
    m_chart->addSeries(m_itemsReceived);
    m_chart->addSeries(m_returnsReceived);
    m_days = new QDateTimeAxis;
    m_days->setFormat(u"d MMM"_s);
    m_counts = new QValueAxis;
    m_counts->setLabelFormat(u"%.0f"_s);
    m_counts->setTitleText(tr("per day"));
    m_chart->addAxis(m_days, Qt::AlignBottom);
    m_chart->addAxis(m_counts, Qt::AlignLeft);
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(m_days);
        series->attachAxis(m_counts);
    }
    auto *chartView = new QChartView(m_chart, this);
    chartView->setObjectName(u"returnsInflowChart"_s);
    chartView->setAccessibleName(tr("Returns received per day and the forecast"));
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(260);
    layout->addWidget(chartView, 3);

    auto *tables = new QHBoxLayout;
    const auto column = [&](const QString &caption, QTableWidget *table, int stretch) {
        auto *box = new QVBoxLayout;
        box->addWidget(heading(caption, this));
        box->addWidget(table, 1);
        tables->addLayout(box, stretch);
    };
    m_reasons = makeTable(u"returnReasons"_s, tr("Reasons by category"),
        {tr("Category"), tr("Reason"), tr("Items"), tr("Share")}, 1, this);
    m_rates = makeTable(u"returnRates"_s, tr("Return rate by category"),
        {tr("Category"), tr("Delivered"), tr("Returned"), tr("Rate")}, 0, this);
    m_rates->setToolTip(tr("Items of the orders delivered in the period, and how many of them "
                           "came back so far"));
    m_dispositions = makeTable(u"returnDispositions"_s, tr("Where graded items went"),
        {tr("Disposition"), tr("Items"), tr("Share")}, 0, this);
    m_dispositions->setToolTip(tr("Items graded in the period; shares of the items decided on"));
    TableExport::install(m_reasons, tr("return-reasons", "file name of an export"));
    TableExport::install(m_rates, tr("return-rates", "file name of an export"));
    TableExport::install(m_dispositions, tr("return-dispositions", "file name of an export"));
    column(tr("Reasons by category"), m_reasons, 4);
    column(tr("Return rate by category"), m_rates, 3);
    column(tr("Where graded items went"), m_dispositions, 2);
    layout->addLayout(tables, 2);

    connect(m_period, &QComboBox::currentIndexChanged, this, &ReturnsDashboard::reload);
    connect(m_warehouse, &QComboBox::currentIndexChanged, this, &ReturnsDashboard::reload);
    connect(m_reloadButton, &QPushButton::clicked, this, &ReturnsDashboard::reload);
    reload();
}

ReturnsDashboard::~ReturnsDashboard()
{
    m_reader.reset();
}

void ReturnsDashboard::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

ReturnsDashboardFilter ReturnsDashboard::filter() const
{
    const qint64 now = m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
    ReturnsDashboardFilter f;
    // Days are UTC days, as the forecast and the stored timestamps count them.
    f.today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
    f.to = f.today;
    f.from = f.to.addDays(1 - 7 * m_period->currentData().toInt());
    f.warehouse = m_warehouse->currentData().toString();
    return f;
}

void ReturnsDashboard::reload()
{
    const quint64 job = ++m_job;
    const ReturnsDashboardFilter f = filter();
    m_loading = true;
    m_state->setText(tr("Reading the figures…"));
    m_reloadButton->setEnabled(false);
    setCursor(Qt::BusyCursor);
    QPointer<ReturnsDashboard> self(this);
    m_reader->cancelAll(); // a newer choice makes the running read pointless
    m_reader->submit([self, job, f](const QSqlDatabase &db) {
        const auto figures = ReturnsDashboardQuery::load(db, f);
        QMetaObject::invokeMethod(
            self,
            [self, job, figures] {
                if (!self || job != self->m_job)
                    return; // newer filters asked since
                self->m_loading = false;
                self->m_reloadButton->setEnabled(true);
                self->unsetCursor();
                if (!figures) {
                    self->m_state->setText(
                        tr("The figures cannot be read: %1").arg(figures.error().message));
                    Q_EMIT self->reloaded();
                    return;
                }
                self->showFigures(*figures);
            },
            Qt::QueuedConnection);
    });
}

QLabel *ReturnsDashboard::makeTile(const QString &key, QGridLayout *grid, int column)
{
    auto *t = new QLabel(this);
    t->setObjectName(u"tile_"_s + key);
    t->setFrameShape(QFrame::StyledPanel);
    t->setAlignment(Qt::AlignCenter);
    t->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    t->setMinimumHeight(64);
    t->setWordWrap(true);
    t->setTextFormat(Qt::PlainText);
    QFont font = t->font();
    font.setBold(true);
    t->setFont(font);
    grid->addWidget(t, 0, column);
    m_tiles.insert(key, t);
    return t;
}

QLabel *ReturnsDashboard::tile(const QString &key) const
{
    return m_tiles.value(key);
}

void ReturnsDashboard::setTile(
    const QString &key, const QString &value, const QString &label, const QString &detail)
{
    QLabel *t = m_tiles.value(key);
    t->setText(value + u'\n' + label);
    t->setToolTip(detail);
    t->setAccessibleName(tr("%1: %2").arg(label, value));
}

void ReturnsDashboard::showFigures(const ReturnsFigures &figures)
{
    m_figures = figures;
    setWarehouses(figures.warehouses);
    showTiles(figures);
    showChart(figures);
    showTables(figures);
    const QLocale locale;
    const QString where = figures.filter.warehouse.isEmpty()
        ? tr("all warehouses")
        : tr("warehouse %1").arg(figures.filter.warehouse);
    //: The period's first and last day, and the warehouse
    m_state->setText(tr("%1 to %2, %3.")
                         .arg(locale.toString(figures.filter.from, QLocale::ShortFormat),
                             locale.toString(figures.filter.to, QLocale::ShortFormat), where));
    Q_EMIT reloaded();
}

void ReturnsDashboard::setWarehouses(const QStringList &warehouses)
{
    QStringList shown;
    for (int i = 1; i < m_warehouse->count(); ++i)
        shown << m_warehouse->itemData(i).toString();
    if (shown == warehouses)
        return;
    const QString current = m_warehouse->currentData().toString();
    const QSignalBlocker blocker(m_warehouse);
    while (m_warehouse->count() > 1)
        m_warehouse->removeItem(1);
    for (const QString &code : warehouses)
        m_warehouse->addItem(code, code);
    m_warehouse->setCurrentIndex(std::max(0, m_warehouse->findData(current)));
}

void ReturnsDashboard::showTiles(const ReturnsFigures &f)
{
    const QLocale locale;
    const QString none = tr("–");
    const qint64 returns = f.returnsReceived();
    setTile(u"returns_received"_s, locale.toString(returns), tr("Returns received"),
        tr("Items received: %1, in %n return(s)", nullptr, int(returns))
            .arg(locale.toString(f.itemsReceived())));
    const ReturnsFigures::CategoryRate &all = f.allCategories;
    setTile(u"return_rate"_s, all.itemsDelivered > 0 ? percent(all.rate()) : none,
        tr("Return rate"),
        tr("%1 of the %n item(s) delivered in the period came back so far", nullptr,
            int(all.itemsDelivered))
            .arg(locale.toString(all.itemsReturned)));
    const ReturnsFigures::Dispositions &d = f.dispositions;
    setTile(u"kept_out_of_landfill"_s, d.decided > 0 ? percent(d.keptOutOfLandfill()) : none,
        tr("Kept out of landfill"),
        tr("Of the %n item(s) graded and decided on in the period; %1 resold", nullptr,
            int(d.decided))
            .arg(d.decided > 0 ? percent(d.resoldShare()) : none));
    const ReturnsFigures::RefundTimes &r = f.refunds;
    setTile(u"refund_days"_s,
        r.count > 0 ? tr("%1 days").arg(locale.toString(r.medianDays, 'f', 1)) : none,
        tr("Drop-off to refund (median)"),
        r.count > 0 ? tr("%n refund(s): 90 % within %1 days, on average %2 days. Keep-it "
                         "refunds (nothing sent back): %3",
            nullptr, int(r.count))
                          .arg(locale.toString(r.p90Days, 'f', 1),
                              locale.toString(r.meanDays, 'f', 1), locale.toString(r.keepRefunds))
                    : tr("No refund after a drop-off in the period. Keep-it refunds (nothing "
                         "sent back): %1")
                          .arg(locale.toString(r.keepRefunds)));
    setTile(u"reusable_packaging"_s, f.packaging.lookedAt > 0 ? percent(f.packaging.share()) : none,
        tr("Reusable packaging"),
        tr("%1 of the %n received return(s) whose packaging was checked", nullptr,
            int(f.packaging.lookedAt))
            .arg(locale.toString(f.packaging.reusable)));
}

void ReturnsDashboard::showChart(const ReturnsFigures &f)
{
    QList<QPointF> returns;
    QList<QPointF> items;
    double highest = 0;
    for (const ReturnsFigures::InflowDay &day : f.inflow) {
        // Today is not over: its figures would look like a drop.
        if (day.day >= f.filter.today)
            continue;
        returns << QPointF(noonOf(day.day), double(day.returnsReceived));
        items << QPointF(noonOf(day.day), double(day.itemsReceived));
        highest = std::max(highest, double(day.itemsReceived));
    }
    m_returnsReceived->replace(returns);
    m_itemsReceived->replace(items);
    QList<QPointF> zero;
    QList<QPointF> onTheirWay;
    QList<QPointF> expected;
    for (const ReturnsForecastDay &day : f.forecast) {
        const double x = noonOf(day.day);
        zero << QPointF(x, 0);
        onTheirWay << QPointF(x, day.onTheirWay);
        expected << QPointF(x, day.expected);
        highest = std::max(highest, day.expected);
    }
    m_onTheirWay->lowerSeries()->replace(zero);
    m_onTheirWay->upperSeries()->replace(onTheirWay);
    m_fromDeliveries->lowerSeries()->replace(onTheirWay);
    m_fromDeliveries->upperSeries()->replace(expected);

    QDate first = f.filter.from;
    QDate last = f.filter.to;
    if (!f.forecast.isEmpty())
        last = std::max(last, f.forecast.back().day);
    m_days->setRange(QDateTime::fromMSecsSinceEpoch(qint64(noonOf(first)), Qt::UTC),
        QDateTime::fromMSecsSinceEpoch(qint64(noonOf(last)), Qt::UTC));
    // A label about every week.
    m_days->setTickCount(std::clamp(int(first.daysTo(last) / 7) + 1, 2, 12));
    m_counts->setRange(0, std::max(4.0, std::ceil(highest * 1.05)));
    m_counts->applyNiceNumbers();
}

void ReturnsDashboard::showTables(const ReturnsFigures &f)
{
    const QLocale locale;
    m_reasons->setRowCount(0);
    QString category;
    for (const ReturnsFigures::Reason &r : f.reasons) {
        // The category once, above its reasons.
        appendRow(m_reasons,
            {r.category == category ? QString() : r.category,
                ReturnRepository::reasonLabel(r.reasonCode), locale.toString(r.quantity),
                percent(r.share)},
            2);
        category = r.category;
    }
    m_rates->setRowCount(0);
    const auto rateRow = [&](const QString &name, const ReturnsFigures::CategoryRate &r) {
        appendRow(m_rates,
            {name, locale.toString(r.itemsDelivered), locale.toString(r.itemsReturned),
                r.itemsDelivered > 0 ? percent(r.rate()) : tr("–")},
            1);
    };
    for (const ReturnsFigures::CategoryRate &r : f.returnRates)
        rateRow(r.category, r);
    if (!f.returnRates.isEmpty()) {
        rateRow(tr("All categories"), f.allCategories);
        for (int c = 0; c < m_rates->columnCount(); ++c) {
            QTableWidgetItem *item = m_rates->item(m_rates->rowCount() - 1, c);
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
    const auto dispositionLabel = [](const QString &code) -> QString {
        const auto disposition = dispositionFromString(code);
        return disposition ? ReturnRepository::dispositionLabel(*disposition) : code;
    };
    m_dispositions->setRowCount(0);
    const qint64 decided = f.dispositions.decided;
    for (const auto &[code, quantity] : f.dispositions.byDisposition) {
        const bool undecided = code == u"undecided";
        appendRow(m_dispositions,
            {dispositionLabel(code), locale.toString(quantity),
                undecided || decided == 0 ? tr("–") : percent(double(quantity) / double(decided))},
            1);
    }
}

} // namespace ParcelDesk
