#include "overviewpage.h"
#include "tableexport.h"

#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"
#include "domain/problemcase.h"
#include "domain/statustext.h"
#include "models/inflightmodel.h"
#include "models/volumemodel.h"
#include "problemcasespage.h"
#include "store/databasereader.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

int readerCount = 0;

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

} // namespace

OverviewPage::OverviewPage(Database database, QWidget *parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_reader(std::make_unique<DatabaseReader>(
          m_database, u"parceldesk-overview-%1"_s.arg(++readerCount)))
{
    setObjectName(u"overviewPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Overview"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    top->addWidget(title);
    top->addStretch(1);
    m_carrier = new QComboBox(this);
    m_carrier->setObjectName(u"overviewCarrier"_s);
    m_carrier->setAccessibleName(tr("Carrier"));
    m_carrier->addItem(tr("All carriers"), QString());
    for (const CarrierAdapter *a : carrierAdapters())
        m_carrier->addItem(a->displayName(), a->id());
    m_range = new QComboBox(this);
    m_range->setObjectName(u"overviewRange"_s);
    m_range->setAccessibleName(tr("Date range"));
    m_range->addItem(tr("Last 7 days"), 7);
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->addItem(tr("Last 90 days"), 90);
    m_range->setCurrentIndex(1);
    m_period = new QComboBox(this);
    m_period->setObjectName(u"overviewPeriod"_s);
    m_period->setAccessibleName(tr("Bars per"));
    m_period->addItem(tr("By day"), false);
    m_period->addItem(tr("By week"), true);
    m_stack = new QComboBox(this);
    m_stack->setObjectName(u"overviewStack"_s);
    m_stack->setAccessibleName(tr("Bars stacked by"));
    m_stack->addItem(tr("Stacked by carrier"), int(OverviewOptions::Stack::ByCarrier));
    m_stack->addItem(tr("Stacked by status"), int(OverviewOptions::Stack::ByStatus));
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(u"overviewRefresh"_s);
    for (QWidget *w :
        std::initializer_list<QWidget *> {m_carrier, m_range, m_period, m_stack, refreshButton})
        top->addWidget(w);
    layout->addLayout(top);
    m_state = new QLabel(tr("Reading the figures…"), this);
    m_state->setObjectName(u"overviewState"_s);
    layout->addWidget(m_state);

    auto *tiles = new QWidget(this);
    m_tileGrid = new QGridLayout(tiles);
    m_tileGrid->setContentsMargins(0, 0, 0, 0);
    const QStringList keys
        = {u"in_transit"_s, u"out_for_delivery"_s, u"delivered_today"_s, u"late"_s, u"on_time_7"_s,
            u"on_time_30"_s, u"first_attempt_30"_s, u"wismo_today"_s, u"unmapped"_s};
    for (int i = 0; i < keys.size(); ++i)
        makeTile(keys[i], m_tileGrid, i / 5, i % 5);
    layout->addWidget(tiles);
    layout->addWidget(heading(tr("Open problem cases"), this));
    auto *caseTiles = new QWidget(this);
    m_caseGrid = new QGridLayout(caseTiles);
    m_caseGrid->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(caseTiles);

    // WISMO over the range: three figures, by carrier, by day.
    layout->addWidget(heading(tr("\"Where is my order?\" contacts over the range"), this));
    auto *wismoRow = new QHBoxLayout;
    auto *wismoTiles = new QWidget(this);
    auto *wismoGrid = new QGridLayout(wismoTiles);
    wismoGrid->setContentsMargins(0, 0, 0, 0);
    makeTile(u"wismo_per100"_s, wismoGrid, 0, 0);
    makeTile(u"wismo_told_first"_s, wismoGrid, 1, 0);
    makeTile(u"wismo_repeat"_s, wismoGrid, 2, 0);
    wismoRow->addWidget(wismoTiles, 1);
    m_wismoTable = new QTableWidget(0, 6, this);
    m_wismoTable->setObjectName(u"wismoByCarrier"_s);
    TableExport::install(m_wismoTable, tr("wismo-by-carrier", "file name of an export"));
    m_wismoTable->setAccessibleName(tr("WISMO contacts by carrier"));
    m_wismoTable->setHorizontalHeaderLabels({tr("Carrier"), tr("Contacts"), tr("Parcels"),
        tr("Per 100 parcels"), tr("Told first"), tr("Asked again")});
    m_wismoTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_wismoTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_wismoTable->verticalHeader()->hide();
    m_wismoTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_wismoTable->horizontalHeader()->setStretchLastSection(true);
    m_wismoTable->setMaximumHeight(190);
    m_wismoTable->setToolTip(tr("Enter or double-click opens the parcels asked about"));
    connect(m_wismoTable, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        const QString carrier = m_wismoTable->item(index.row(), 0)->data(Qt::UserRole).toString();
        Q_EMIT drillDown(m_wismo.drill(carrier),
            tr("asked about: %1").arg(m_wismoTable->item(index.row(), 0)->text()));
    });
    wismoRow->addWidget(m_wismoTable, 4);
    m_wismoChart = new QChart;
    m_wismoChart->legend()->hide();
    m_wismoChart->setMargins(QMargins(4, 4, 4, 4));
    m_wismoChart->setTitle(tr("Contacts per 100 parcels shipped, by day"));
    m_wismoSeries = new QLineSeries;
    m_wismoChart->addSeries(m_wismoSeries);
    auto *wismoView = new QChartView(m_wismoChart, this);
    wismoView->setObjectName(u"wismoChart"_s);
    wismoView->setAccessibleName(tr("Contacts per 100 parcels shipped, by day"));
    wismoView->setRenderHint(QPainter::Antialiasing);
    wismoView->setMaximumHeight(190);
    wismoRow->addWidget(wismoView, 3);
    layout->addLayout(wismoRow);

    m_volume = new VolumeModel(this);
    m_inFlight = new InFlightModel(this);
    auto *charts = new QHBoxLayout;
    auto *volumeBox = new QVBoxLayout;
    auto *volumeHead = new QHBoxLayout;
    volumeHead->addWidget(heading(tr("Parcel volume"), this));
    volumeHead->addStretch(1);
    auto *asTable = new QToolButton(this);
    asTable->setObjectName(u"volumeAsTable"_s);
    asTable->setText(tr("&Table"));
    asTable->setCheckable(true);
    asTable->setToolTip(tr("The chart's figures as a table"));
    volumeHead->addWidget(asTable);
    volumeBox->addLayout(volumeHead);
    m_volumeStack = new QStackedWidget(this);
    m_volumeChart = new QChart;
    m_volumeChart->legend()->setAlignment(Qt::AlignBottom);
    m_volumeChart->setMargins(QMargins(4, 4, 4, 4));
    m_volumeSeries = new QStackedBarSeries;
    m_volumeChart->addSeries(m_volumeSeries);
    m_volumeMapper = new QVBarModelMapper(this);
    m_volumeMapper->setSeries(m_volumeSeries);
    m_volumeMapper->setModel(m_volume);
    auto *volumeView = new QChartView(m_volumeChart, this);
    volumeView->setObjectName(u"volumeChart"_s);
    volumeView->setAccessibleName(tr("Parcel volume chart"));
    volumeView->setRenderHint(QPainter::Antialiasing);
    volumeView->setMinimumHeight(240);
    m_volumeTable = new QTableView(this);
    m_volumeTable->setObjectName(u"volumeTable"_s);
    m_volumeTable->setAccessibleName(tr("Parcel volume"));
    TableExport::install(m_volumeTable, tr("parcel-volume", "file name of an export"));
    m_volumeTable->setModel(m_volume);
    m_volumeTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_volumeStack->addWidget(volumeView);
    m_volumeStack->addWidget(m_volumeTable);
    volumeBox->addWidget(m_volumeStack, 1);
    connect(asTable, &QToolButton::toggled, m_volumeStack, &QStackedWidget::setCurrentIndex);
    connect(m_volumeTable, &QTableView::activated, this,
        [this](const QModelIndex &index) { openVolumeSegment(index.row(), index.column()); });
    connect(m_volumeSeries, &QStackedBarSeries::clicked, this, [this](int index, QBarSet *set) {
        openVolumeSegment(index, int(m_volumeSeries->barSets().indexOf(set)));
    });

    auto *flightBox = new QVBoxLayout;
    flightBox->addWidget(heading(tr("On their way now"), this));
    m_inFlightChart = new QChart;
    m_inFlightChart->legend()->hide();
    m_inFlightChart->setMargins(QMargins(4, 4, 4, 4));
    auto *flightSeries = new QHorizontalBarSeries;
    m_inFlightChart->addSeries(flightSeries);
    auto *flightMapper = new QVBarModelMapper(this);
    flightMapper->setFirstBarSetColumn(InFlightModel::CountColumn);
    flightMapper->setLastBarSetColumn(InFlightModel::CountColumn);
    flightMapper->setSeries(flightSeries);
    flightMapper->setModel(m_inFlight);
    auto *flightView = new QChartView(m_inFlightChart, this);
    flightView->setObjectName(u"inFlightChart"_s);
    flightView->setAccessibleName(tr("Parcels on their way by status"));
    flightView->setRenderHint(QPainter::Antialiasing);
    flightBox->addWidget(flightView, 1);
    connect(flightSeries, &QHorizontalBarSeries::clicked, this,
        [this](int index, QBarSet *) { openInFlight(index); });
    charts->addLayout(volumeBox, 3);
    charts->addLayout(flightBox, 2);
    layout->addLayout(charts, 1);

    for (QComboBox *combo : {m_carrier, m_range, m_period, m_stack})
        connect(combo, &QComboBox::currentIndexChanged, this, &OverviewPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &OverviewPage::refresh);
    refresh();
}

OverviewPage::~OverviewPage()
{
    m_reader.reset();
}

void OverviewPage::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

OverviewOptions OverviewPage::options() const
{
    OverviewOptions o;
    o.nowMs = m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
    // "Today" is the user's day.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(o.nowMs);
    o.todayStartMs = QDateTime(now.date(), QTime(0, 0)).toMSecsSinceEpoch();
    o.carrier = m_carrier->currentData().toString();
    o.days = m_range->currentData().toInt();
    o.byWeek = m_period->currentData().toBool();
    o.stack = OverviewOptions::Stack(m_stack->currentData().toInt());
    return o;
}

void OverviewPage::refresh()
{
    const quint64 job = ++m_job;
    const OverviewOptions o = options();
    m_state->setText(tr("Reading the figures…"));
    QPointer<OverviewPage> self(this);
    m_reader->submit([self, job, o](const QSqlDatabase &db) {
        const auto snapshot = OverviewQuery::load(db, o);
        QMetaObject::invokeMethod(
            self,
            [self, job, o, snapshot] {
                if (!self || job != self->m_job)
                    return; // newer filters asked since
                if (!snapshot) {
                    self->m_state->setText(
                        tr("The figures cannot be read: %1").arg(snapshot.error().message));
                    return;
                }
                self->show(*snapshot, o);
            },
            Qt::QueuedConnection);
    });
}

QToolButton *OverviewPage::makeTile(const QString &key, QGridLayout *grid, int row, int column)
{
    auto *t = new QToolButton(this);
    t->setObjectName(u"tile_"_s + key);
    t->setToolButtonStyle(Qt::ToolButtonTextOnly);
    t->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    t->setMinimumHeight(64);
    t->setAutoRaise(false);
    connect(t, &QToolButton::clicked, this,
        [this, t] { Q_EMIT drillDown(m_drills.value(t), t->property("label").toString()); });
    grid->addWidget(t, row, column);
    m_tiles.insert(key, t);
    return t;
}

QToolButton *OverviewPage::tile(const QString &key) const
{
    return m_tiles.value(key);
}

void OverviewPage::setTile(QToolButton *t, const QString &value, const QString &label,
    const QString &detail, const ShipmentFilter &drill, bool alarm)
{
    t->setText(value + u'\n' + label);
    t->setProperty("label", label);
    QFont font = t->font();
    font.setBold(true);
    t->setFont(font);
    t->setStyleSheet(alarm ? u"QToolButton { color: #cf222e; }"_s : QString());
    t->setToolTip(detail.isEmpty() ? tr("Show these parcels") : detail);
    t->setAccessibleName(tr("%1: %2").arg(label, value));
    m_drills.insert(t, drill);
}

void OverviewPage::show(const OverviewSnapshot &s, const OverviewOptions &o)
{
    const QLocale locale;
    const auto number = [&](qint64 n) { return locale.toString(n); };
    const auto tileFor = [&](const QString &key) { return s.tile(key); };
    if (const auto *t = tileFor(u"in_transit"_s))
        setTile(tile(t->key), number(t->count), tr("In transit"), {}, t->drill);
    if (const auto *t = tileFor(u"out_for_delivery"_s))
        setTile(tile(t->key), number(t->count), tr("Out for delivery"), {}, t->drill);
    if (const auto *t = tileFor(u"delivered_today"_s))
        setTile(tile(t->key), number(t->count), tr("Delivered today"), {}, t->drill);
    if (const auto *t = tileFor(u"late"_s))
        setTile(tile(t->key), number(t->count), tr("Late"),
            tr("Past the promised date and not delivered"), t->drill, t->count > 0);
    const auto rateTile = [&](const QString &key, const QString &label) {
        if (const auto *t = tileFor(key))
            setTile(tile(key), t->count > 0 ? percent(t->rate()) : tr("–"), label,
                tr("%1 of %2 parcels").arg(number(t->part), number(t->count)), t->drill);
    };
    rateTile(u"on_time_7"_s, tr("On time, 7 days"));
    rateTile(u"on_time_30"_s, tr("On time, 30 days"));
    rateTile(u"first_attempt_30"_s, tr("First attempt, 30 days"));
    if (const auto *t = tileFor(u"wismo_today"_s))
        setTile(tile(t->key), number(t->extra), tr("WISMO contacts today"),
            tr("%n parcel(s) asked about", nullptr, int(t->count)), t->drill);
    if (const auto *t = tileFor(u"unmapped"_s))
        setTile(tile(t->key), number(t->extra), tr("Unmapped carrier codes"),
            tr("in %n parcel(s)", nullptr, int(t->count)), t->drill, t->extra > 0);

    // One tile per kind of open case.
    for (QToolButton *t : std::as_const(m_caseTiles)) {
        m_tiles.remove(t->objectName().mid(5));
        m_drills.remove(t);
        t->deleteLater();
    }
    m_caseTiles.clear();
    int column = 0;
    for (const OverviewTile &t : s.tiles) {
        if (!t.key.startsWith(u"case:"_s))
            continue;
        const auto kind = problemKindFromString(t.key.mid(5));
        QToolButton *b = makeTile(t.key, m_caseGrid, column / 7, column % 7);
        setTile(b, number(t.count), kind ? ProblemCasesPage::kindLabel(*kind) : t.key.mid(5), {},
            t.drill);
        m_caseTiles << b;
        ++column;
    }
    if (column == 0) {
        auto *none = new QToolButton(this);
        none->setObjectName(u"tile_none"_s);
        none->setText(tr("None open"));
        none->setEnabled(false);
        m_caseGrid->addWidget(none, 0, 0);
        m_caseTiles << none;
    }

    showWismo(s.wismo);
    m_volume->setSnapshot(s, o);
    m_inFlight->setSnapshot(s, o);
    m_volumeMapper->setFirstBarSetColumn(0);
    m_volumeMapper->setLastBarSetColumn(int(s.series.size()) - 1);
    updateAxes();
    const QString carrier = o.carrier.isEmpty() ? tr("all carriers") : m_carrier->currentText();
    m_state->setText(tr("As of %1, %2.")
                         .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(o.nowMs).time(),
                                  QLocale::ShortFormat),
                             carrier));
    Q_EMIT refreshed();
}

void OverviewPage::showWismo(const WismoFigures &w)
{
    m_wismo = w;
    const QLocale locale;
    const auto per100 = [&](const WismoFigures::Row &r) {
        return r.shipments > 0 ? locale.toString(r.per100(), 'f', 2) : tr("–");
    };
    const auto share = [&](qint64 part, qint64 of) {
        return of > 0 ? percent(double(part) / double(of)) : tr("–");
    };
    const ShipmentFilter all = w.drill({});
    setTile(tile(u"wismo_per100"_s), per100(w.total), tr("contacts per 100 parcels"),
        tr("%n contact(s) about the %1 parcels shipped in the range", nullptr,
            int(w.total.contacts))
            .arg(locale.toString(w.total.shipments)),
        all);
    setTile(tile(u"wismo_told_first"_s), share(w.total.toldFirst, w.total.contacts),
        tr("had been told by us first"),
        tr("%1 of %n contact(s) came after a message from us about the order", nullptr,
            int(w.total.contacts))
            .arg(locale.toString(w.total.toldFirst)),
        all);
    setTile(tile(u"wismo_repeat"_s), share(w.total.repeats, w.total.contacts), tr("asked again"),
        tr("%1 of %n contact(s) were not the first about their order", nullptr,
            int(w.total.contacts))
            .arg(locale.toString(w.total.repeats)),
        all, w.total.contacts > 0 && w.total.repeats * 5 > w.total.contacts);

    m_wismoTable->setRowCount(0);
    for (const WismoFigures::Row &r : w.byCarrier) {
        const int row = m_wismoTable->rowCount();
        m_wismoTable->insertRow(row);
        const CarrierAdapter *adapter = carrierAdapter(r.carrier);
        auto *name = new QTableWidgetItem(r.carrier.isEmpty() ? tr("(no parcel)")
                : adapter                                     ? adapter->displayName()
                                                              : r.carrier);
        name->setData(Qt::UserRole, r.carrier);
        m_wismoTable->setItem(row, 0, name);
        const QStringList cells = {locale.toString(r.contacts), locale.toString(r.shipments),
            per100(r), share(r.toldFirst, r.contacts), share(r.repeats, r.contacts)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_wismoTable->setItem(row, c + 1, item);
        }
    }

    QList<QPointF> points;
    double highest = 0;
    for (qsizetype i = 0; i < w.days.size(); ++i) {
        const double value = w.shipmentsByDay[i] > 0
            ? 100.0 * double(w.contactsByDay[i]) / double(w.shipmentsByDay[i])
            : 0.0;
        // Noon UTC of the day: the axis shows the day whatever the time zone.
        points << QPointF(
            double(w.days[i] * OverviewQuery::msPerDay + OverviewQuery::msPerDay / 2), value);
        highest = std::max(highest, value);
    }
    m_wismoSeries->replace(points);
    for (QAbstractAxis *axis : m_wismoChart->axes()) {
        m_wismoChart->removeAxis(axis);
        delete axis;
    }
    auto *days = new QDateTimeAxis;
    days->setFormat(u"d MMM"_s);
    days->setTickCount(std::min<int>(6, std::max<int>(2, int(w.days.size()))));
    if (!points.isEmpty())
        days->setRange(QDateTime::fromMSecsSinceEpoch(qint64(points.front().x()), Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(qint64(points.back().x()), Qt::UTC));
    auto *values = new QValueAxis;
    values->setRange(0, std::max(1.0, highest));
    values->applyNiceNumbers();
    m_wismoChart->addAxis(days, Qt::AlignBottom);
    m_wismoChart->addAxis(values, Qt::AlignLeft);
    m_wismoSeries->attachAxis(days);
    m_wismoSeries->attachAxis(values);
}

void OverviewPage::updateAxes()
{
    const auto replaceAxes = [](QChart *chart, QAbstractSeries *series, Qt::Orientation bars,
                                 const QStringList &categories, qint64 maximum) {
        for (QAbstractAxis *axis : chart->axes()) {
            chart->removeAxis(axis);
            delete axis;
        }
        auto *categoryAxis = new QBarCategoryAxis;
        categoryAxis->append(categories);
        auto *valueAxis = new QValueAxis;
        valueAxis->setLabelFormat(u"%d"_s);
        if (maximum <= 5) {
            // Whole parcels: a tick per parcel, not "0 0 0 0 1" from a nice-numbers split.
            valueAxis->setRange(0, double(std::max<qint64>(1, maximum)));
            valueAxis->setTickCount(int(std::max<qint64>(1, maximum)) + 1);
        } else {
            valueAxis->setRange(0, double(maximum));
            valueAxis->applyNiceNumbers();
        }
        const bool vertical = bars == Qt::Vertical;
        chart->addAxis(categoryAxis, vertical ? Qt::AlignBottom : Qt::AlignLeft);
        chart->addAxis(valueAxis, vertical ? Qt::AlignLeft : Qt::AlignBottom);
        series->attachAxis(categoryAxis);
        series->attachAxis(valueAxis);
        if (categories.size() > 14)
            categoryAxis->setLabelsAngle(-90);
        categoryAxis->setTruncateLabels(false);
    };
    QStringList periods;
    qint64 highest = 0;
    for (int r = 0; r < m_volume->rowCount(); ++r) {
        periods << m_volume->headerData(r, Qt::Vertical).toString();
        qint64 total = 0;
        for (int c = 0; c < m_volume->columnCount(); ++c)
            total += m_volume->index(r, c).data().toLongLong();
        highest = std::max(highest, total);
    }
    replaceAxes(m_volumeChart, m_volumeSeries, Qt::Vertical, periods, highest);
    QStringList statuses;
    qint64 most = 0;
    for (int r = 0; r < m_inFlight->rowCount(); ++r) {
        statuses << m_inFlight->index(r, InFlightModel::StatusColumn).data().toString();
        most = std::max(most, m_inFlight->index(r, InFlightModel::CountColumn).data().toLongLong());
    }
    replaceAxes(
        m_inFlightChart, m_inFlightChart->series().value(0), Qt::Horizontal, statuses, most);
}

void OverviewPage::openVolumeSegment(int period, int series)
{
    if (period < 0 || period >= m_volume->rowCount() || series < 0
        || series >= m_volume->columnCount())
        return;
    Q_EMIT drillDown(m_volume->drill(period, series),
        tr("%1, %2").arg(m_volume->headerData(period, Qt::Vertical).toString(),
            m_volume->headerData(series, Qt::Horizontal).toString()));
}

void OverviewPage::openInFlight(int row)
{
    if (row < 0 || row >= m_inFlight->rowCount())
        return;
    Q_EMIT drillDown(m_inFlight->drill(row),
        tr("on their way: %1")
            .arg(m_inFlight->index(row, InFlightModel::StatusColumn).data().toString()));
}

} // namespace ParcelDesk
