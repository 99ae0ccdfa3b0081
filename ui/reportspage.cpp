#include "reportspage.h"
#include "tableexport.h"

#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"
#include "countrychoice.h"
#include "reports/reportcsv.h"
#include "reports/reportpdf.h"
#include "reports/reportxlsx.h"
#include "store/databasereader.h"

#include <QAbstractTableModel>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

int readerCount = 0;
constexpr int barChartRows = 15;

// A section's table for a view: cells as people read them, typed values for exports and
// sorting (a percentage as its percent figure, under a header that says "%").
class SectionModel final : public QAbstractTableModel
{
public:
    SectionModel(ReportSection section, QObject *parent)
        : QAbstractTableModel(parent)
        , m_section(std::move(section))
    { }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_section.rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_section.columns.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const ReportColumn &column = m_section.columns.at(index.column());
        const QVariant &value = m_section.rows.at(index.row()).at(index.column());
        switch (role) {
        case Qt::DisplayRole:
            return ReportFormat::display(value, column, QLocale());
        case Qt::EditRole:
            if (!value.isValid())
                return {};
            if (column.type == CellType::Percent)
                return value.toDouble() * 100.0;
            return value;
        case Qt::TextAlignmentRole:
            return ReportFormat::isNumeric(column.type)
                ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        return ReportFormat::plainHeader(m_section.columns.at(section));
    }

private:
    ReportSection m_section;
};

QLabel *heading(const QString &text, double scale, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

double chartValue(const QVariant &value, const ReportColumn &column)
{
    const double v = value.toDouble();
    return column.type == CellType::Percent ? v * 100.0 : v;
}

QChartView *chartOf(const ReportSection &section, QWidget *parent)
{
    const ReportChart &spec = *section.chart;
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setVisible(spec.valueColumns.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const ReportColumn &first = section.columns.at(spec.valueColumns.constFirst());
    if (spec.kind == ReportChart::Kind::Line) {
        auto *x = new QDateTimeAxis;
        x->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
        auto *y = new QValueAxis;
        y->setLabelFormat(u"%.0f"_s);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        double top = 0;
        for (const int c : spec.valueColumns) {
            auto *line = new QLineSeries;
            line->setName(section.columns.at(c).title);
            for (const QVariantList &row : section.rows) {
                const QDate day = row.at(spec.labelColumn).toDate();
                if (!row.at(c).isValid())
                    continue;
                const double v = chartValue(row.at(c), section.columns.at(c));
                top = std::max(top, v);
                line->append(double(QDateTime(day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch()), v);
            }
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
        }
        y->setRange(0, top > 0 ? top * 1.1 : 1);
        y->applyNiceNumbers();
    } else {
        // The largest rows by the first value, the largest at the top.
        QList<int> rows;
        const int drawn = int(section.rows.size()) - (spec.lastRowIsTotal ? 1 : 0);
        for (int r = 0; r < drawn; ++r)
            rows << r;
        const int sortColumn = spec.valueColumns.constFirst();
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            return section.rows.at(a).at(sortColumn).toDouble()
                > section.rows.at(b).at(sortColumn).toDouble();
        });
        if (rows.size() > barChartRows) {
            rows = rows.mid(0, barChartRows);
            chart->setTitle(ReportsPage::tr("Top %1 by %2").arg(barChartRows).arg(first.title));
        }
        std::reverse(rows.begin(), rows.end());
        auto *series = new QHorizontalBarSeries;
        QStringList labels;
        for (const int r : std::as_const(rows))
            labels << section.rows.at(r).at(spec.labelColumn).toString();
        double top = 0;
        for (const int c : spec.valueColumns) {
            auto *set = new QBarSet(ReportFormat::plainHeader(section.columns.at(c)));
            for (const int r : std::as_const(rows)) {
                const double v = chartValue(section.rows.at(r).at(c), section.columns.at(c));
                top = std::max(top, v);
                *set << v;
            }
            series->append(set);
        }
        // The values are in the table below; pointing at a bar says its value as the table
        // does (the chart's own labels know neither the locale nor the column's decimals).
        for (int s = 0; s < spec.valueColumns.size(); ++s) {
            QBarSet *set = series->barSets().at(s);
            const ReportColumn column = section.columns.at(spec.valueColumns.at(s));
            QStringList texts;
            for (const int r : std::as_const(rows))
                texts << ReportsPage::tr("%1: %2", "a figure's name and its value")
                             .arg(section.rows.at(r).at(spec.labelColumn).toString(),
                                 ReportFormat::display(
                                     section.rows.at(r).at(spec.valueColumns.at(s)), column,
                                     QLocale()));
            QObject::connect(set, &QBarSet::hovered, set, [texts](bool status, int index) {
                if (status && index >= 0 && index < texts.size())
                    QToolTip::showText(QCursor::pos(), texts.at(index));
                else
                    QToolTip::hideText();
            });
        }
        series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
        chart->addSeries(series);
        auto *categories = new QBarCategoryAxis;
        categories->append(labels);
        categories->setTruncateLabels(false);
        auto *values = new QValueAxis;
        values->setLabelFormat(u"%.0f"_s);
        values->setRange(0, top > 0 ? top * 1.05 : 1);
        values->applyNiceNumbers();
        chart->addAxis(categories, Qt::AlignLeft);
        chart->addAxis(values, Qt::AlignBottom);
        series->attachAxis(categories);
        series->attachAxis(values);
        chart->legend()->setVisible(spec.valueColumns.size() > 1);
    }
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    // Room for every bar: a row per label, a bar per series in it.
    const int bars = spec.kind == ReportChart::Kind::Bars
        ? int(std::min<qsizetype>(section.rows.size(), barChartRows) * spec.valueColumns.size())
        : 0;
    view->setMinimumHeight(
        spec.kind == ReportChart::Kind::Line ? 220 : std::max(160, 60 + 18 * bars));
    return view;
}

} // namespace

ReportsPage::ReportsPage(Database database, QWidget *parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_reader(std::make_unique<DatabaseReader>(
          m_database, u"parceldesk-reports-%1"_s.arg(++readerCount)))
{
    setObjectName(u"reportsPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Operations report"), 1.3, this));

    auto *filters = new QGridLayout;
    m_preset = new QComboBox(this);
    m_preset->setObjectName(u"reportPeriod"_s);
    m_preset->setAccessibleName(tr("Period"));
    m_preset->addItems({tr("Last 7 days"), tr("Last 30 days"), tr("Last month"),
        tr("This month so far"), tr("Last quarter"), tr("Custom")});
    m_from = new QDateEdit(this);
    m_from->setObjectName(u"reportFrom"_s);
    m_from->setAccessibleName(tr("First day"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(this);
    m_to->setObjectName(u"reportTo"_s);
    m_to->setAccessibleName(tr("Last day"));
    m_to->setCalendarPopup(true);
    m_carrier = new QComboBox(this);
    m_carrier->setObjectName(u"reportCarrier"_s);
    m_carrier->setAccessibleName(tr("Carrier"));
    m_carrier->addItem(tr("All carriers"), QString());
    for (const CarrierAdapter *adapter : carrierAdapters())
        m_carrier->addItem(adapter->displayName(), adapter->id());
    m_destination = new QComboBox(this);
    m_destination->setObjectName(u"reportDestination"_s);
    m_destination->setAccessibleName(tr("Destination"));
    m_destination->addItem(tr("All destinations"), QString());
    addDestinationCountries(m_destination);
    m_buildButton = new QPushButton(tr("&Build report"), this);
    m_buildButton->setObjectName(u"reportBuild"_s);
    m_buildButton->setDefault(true);
    m_buildButton->setShortcut(QKeySequence(Qt::Key_F5));
    m_buildButton->setToolTip(tr("Build the report for the period and filters (F5)"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(u"reportCancel"_s);
    m_cancelButton->setEnabled(false);
    m_exportButton = new QPushButton(tr("&Export report"), this);
    m_exportButton->setObjectName(u"reportExport"_s);
    m_exportButton->setEnabled(false);
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(
        tr("PDF for reading and printing…"), this, [this] { exportWithDialog(ExportFormat::Pdf); });
    exportMenu->addAction(tr("Excel workbook, a sheet per section…"), this,
        [this] { exportWithDialog(ExportFormat::Xlsx); });
    exportMenu->addAction(tr("CSV, every section in one file…"), this,
        [this] { exportWithDialog(ExportFormat::Csv); });
    m_exportButton->setMenu(exportMenu);

    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_preset);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto *carrierLabel = new QLabel(tr("&Carrier:"), this);
    carrierLabel->setBuddy(m_carrier);
    auto *destinationLabel = new QLabel(tr("&Destination:"), this);
    destinationLabel->setBuddy(m_destination);
    filters->addWidget(periodLabel, 0, 0);
    filters->addWidget(m_preset, 0, 1);
    filters->addWidget(fromLabel, 0, 2);
    filters->addWidget(m_from, 0, 3);
    filters->addWidget(toLabel, 0, 4);
    filters->addWidget(m_to, 0, 5);
    filters->addWidget(carrierLabel, 1, 0);
    filters->addWidget(m_carrier, 1, 1);
    filters->addWidget(destinationLabel, 1, 2);
    filters->addWidget(m_destination, 1, 3, 1, 3);
    filters->setColumnStretch(6, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_buildButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_exportButton);
    filters->addLayout(buttons, 0, 7, 2, 1, Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(filters);

    auto *stateRow = new QHBoxLayout;
    m_state = new QLabel(tr("Choose a period and build the report."), this);
    m_state->setObjectName(u"reportState"_s);
    m_state->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"reportProgress"_s);
    m_progress->setRange(0, OperationsReport::steps);
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_progress);
    layout->addLayout(stateRow);

    auto *splitter = new QSplitter(this);
    m_sections = new QListWidget(splitter);
    m_sections->setObjectName(u"reportSections"_s);
    m_sections->setAccessibleName(tr("Sections of the report"));
    m_sections->setWordWrap(true);
    m_sections->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_views = new QStackedWidget(splitter);
    splitter->addWidget(m_sections);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 800});
    layout->addWidget(splitter, 1);

    connect(m_preset, &QComboBox::activated, this, &ReportsPage::applyPreset);
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::userDateChanged, this, [this] {
            if (!m_preset->signalsBlocked())
                m_preset->setCurrentIndex(m_preset->count() - 1);
        });
    }
    // A report shown for other days or filters than the controls now say must not be exported
    // as if it were theirs.
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &ReportsPage::markStale);
    for (QComboBox *combo : {m_carrier, m_destination})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReportsPage::markStale);
    connect(m_buildButton, &QPushButton::clicked, this, &ReportsPage::build);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportsPage::cancel);
    connect(m_sections, &QListWidget::currentRowChanged, this, &ReportsPage::showSection);
    m_preset->setCurrentIndex(1);
    applyPreset(1);
}

ReportsPage::~ReportsPage()
{
    if (m_cancel)
        *m_cancel = true;
    m_reader->cancelAll();
    m_reader.reset();
}

void ReportsPage::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    applyPreset(m_preset->currentIndex());
}

QDate ReportsPage::today() const
{
    const qint64 now = m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
}

void ReportsPage::applyPreset(int index)
{
    const QDate t = today();
    QDate from;
    QDate to = t.addDays(-1); // whole days: today is not over
    switch (index) {
    case 0:
        from = t.addDays(-7);
        break;
    case 1:
        from = t.addDays(-30);
        break;
    case 2: {
        const QDate firstOfThis(t.year(), t.month(), 1);
        from = firstOfThis.addMonths(-1);
        to = firstOfThis.addDays(-1);
        break;
    }
    case 3:
        from = QDate(t.year(), t.month(), 1);
        to = t;
        break;
    case 4: {
        const QDate quarter(t.year(), ((t.month() - 1) / 3) * 3 + 1, 1);
        from = quarter.addMonths(-3);
        to = quarter.addDays(-1);
        break;
    }
    default:
        return; // custom: the days as they are
    }
    m_from->blockSignals(true);
    m_to->blockSignals(true);
    m_from->setDate(from);
    m_to->setDate(std::max(from, to));
    m_from->blockSignals(false);
    m_to->blockSignals(false);
    markStale();
}

bool ReportsPage::exportable() const
{
    return m_report && !m_building && filter() == m_reportFilter;
}

void ReportsPage::markStale()
{
    m_exportButton->setEnabled(exportable());
    if (!m_report || m_building)
        return;
    const bool current = filter() == m_reportFilter;
    m_state->setText(current ? m_shownScope
                             : tr("%1 · The period or filters changed: build the report again "
                                  "(F5) to see and export it.")
                                   .arg(m_shownScope));
}

void ReportsPage::setPeriod(QDate from, QDate to)
{
    m_preset->setCurrentIndex(m_preset->count() - 1);
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportsPage::setCarrier(const QString &carrierId)
{
    int index = m_carrier->findData(carrierId);
    if (index < 0) {
        m_carrier->addItem(OperationsReport::carrierLabel(carrierId), carrierId);
        index = m_carrier->count() - 1;
    }
    m_carrier->setCurrentIndex(index);
}

OperationsReportFilter ReportsPage::filter() const
{
    OperationsReportFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    const QString carrier = m_carrier->currentData().toString();
    if (!carrier.isEmpty())
        f.carriers << carrier;
    f.destinationCountry = m_destination->currentData().toString();
    return f;
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    build();
}

void ReportsPage::build()
{
    if (m_from->date() > m_to->date()) {
        m_state->setText(tr("The first day is after the last day."));
        Q_EMIT built();
        return;
    }
    if (m_cancel)
        *m_cancel = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const int job = ++m_job;
    m_building = true;
    m_buildButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_progress->setValue(0);
    m_progress->show();
    m_state->setText(tr("Building the report…"));
    m_exportButton->setEnabled(false);
    const OperationsReportFilter f = filter();
    const qint64 now = m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
    QPointer<ReportsPage> self(this);
    const auto cancelFlag = m_cancel;
    m_reader->submit([self, job, f, now, cancelFlag](const QSqlDatabase &db) {
        const auto report
            = OperationsReport::build(db, f, now, cancelFlag.get(), [self, job](int done, int) {
                  QMetaObject::invokeMethod(
                      self,
                      [self, job, done] {
                          if (self && job == self->m_job)
                              self->m_progress->setValue(done);
                      },
                      Qt::QueuedConnection);
              });
        QMetaObject::invokeMethod(
            self,
            [self, job, report, cancelFlag, f] {
                if (!self || job != self->m_job)
                    return; // a newer build was asked for
                self->m_building = false;
                self->m_buildButton->setEnabled(true);
                self->m_cancelButton->setEnabled(false);
                self->m_progress->hide();
                if (!report) {
                    self->m_state->setText(cancelFlag->load()
                            ? tr("The report was cancelled; the one shown before is kept.")
                            : tr("The report cannot be built: %1").arg(report.error().message));
                    self->m_exportButton->setEnabled(self->exportable());
                    Q_EMIT self->built();
                    return;
                }
                self->m_reportFilter = f;
                self->showReport(*report);
                Q_EMIT self->built();
            },
            Qt::QueuedConnection);
    });
}

void ReportsPage::cancel()
{
    if (!m_building || !m_cancel)
        return;
    // The job may not have started (then it is dropped) or be between two statements: the
    // page is done with it either way, and a late answer is ignored.
    *m_cancel = true;
    m_reader->cancelAll();
    ++m_job;
    m_building = false;
    m_buildButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    m_progress->hide();
    m_state->setText(tr("The report was cancelled; the one shown before is kept."));
    m_exportButton->setEnabled(exportable());
    Q_EMIT built();
}

void ReportsPage::showReport(const Report &report)
{
    m_report = report;
    const QLocale locale;
    QStringList scope;
    scope << tr("%1 to %2")
                 .arg(locale.toString(report.from, QLocale::LongFormat),
                     locale.toString(report.to, QLocale::LongFormat));
    scope << report.filters;
    m_shownScope
        = tr("%1 · built at %2")
              .arg(scope.join(u" · "_s),
                  locale.toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat));
    markStale(); // says what is shown, and enables Export

    const int previous = std::max(0, m_sections->currentRow());
    m_sections->blockSignals(true);
    m_sections->clear();
    while (m_views->count() > 0) {
        QWidget *w = m_views->widget(0);
        m_views->removeWidget(w);
        w->deleteLater();
    }
    // The key figures as tiles.
    m_sections->addItem(tr("Key figures"));
    auto *figures = new QWidget;
    auto *grid = new QGridLayout(figures);
    grid->addWidget(heading(tr("Key figures"), 1.15, figures), 0, 0, 1, 4);
    for (int i = 0; i < report.figures.size(); ++i) {
        const ReportFigure &f = report.figures.at(i);
        auto *tile = new QLabel(figures);
        tile->setObjectName(u"figure_"_s + f.key);
        tile->setFrameShape(QFrame::StyledPanel);
        tile->setWordWrap(true);
        tile->setMinimumHeight(64);
        const QString value = f.value.isValid() ? ReportFormat::display(f.value, f.format, locale)
                                                : tr("–", "no figure: nothing to count");
        tile->setText(
            u"<div>%1</div><div style=\"font-size:large; font-weight:bold\">%2</div>"_s.arg(
                f.label.toHtmlEscaped(), value.toHtmlEscaped()));
        tile->setAccessibleName(tr("%1: %2", "a figure's name and its value").arg(f.label, value));
        grid->addWidget(tile, 1 + i / 4, i % 4);
    }
    grid->setRowStretch(1 + int(report.figures.size() + 3) / 4, 1);
    auto *figureScroll = new QScrollArea;
    figureScroll->setWidgetResizable(true);
    figureScroll->setWidget(figures);
    m_views->addWidget(figureScroll);
    for (const ReportSection &s : report.sections) {
        m_sections->addItem(s.title);
        m_sections->item(m_sections->count() - 1)->setToolTip(s.description);
        m_views->addWidget(sectionView(s));
    }
    m_sections->blockSignals(false);
    const int row = std::min(previous, m_sections->count() - 1);
    m_sections->setCurrentRow(row);
    showSection(row);
}

QWidget *ReportsPage::sectionView(const ReportSection &section)
{
    auto *view = new QWidget;
    view->setObjectName(u"section_"_s + section.key);
    auto *layout = new QVBoxLayout(view);
    layout->addWidget(heading(section.title, 1.15, view));
    auto *description = new QLabel(section.description, view);
    description->setWordWrap(true);
    layout->addWidget(description);
    auto *splitter = new QSplitter(Qt::Vertical, view);
    if (section.chart && !section.rows.isEmpty())
        splitter->addWidget(chartOf(section, splitter));
    auto *table = new QTableView(splitter);
    table->setObjectName(u"sectionTable_"_s + section.key);
    table->setAccessibleName(section.title);
    table->setModel(new SectionModel(section, table));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    TableExport::install(table, section.key, section.title);
    splitter->addWidget(table);
    if (section.rows.isEmpty()) {
        auto *empty = new QLabel(tr("Nothing to count in this period."), view);
        layout->addWidget(empty);
    }
    layout->addWidget(splitter, 1);
    return view;
}

void ReportsPage::showSection(int index)
{
    if (index >= 0 && index < m_views->count())
        m_views->setCurrentIndex(index);
}

Outcome ReportsPage::exportTo(const QString &path, ExportFormat format) const
{
    if (!m_report)
        return Error {tr("Build the report before exporting it.")};
    switch (format) {
    case ExportFormat::Csv:
        // As spreadsheets in the console's language read CSV: a byte-order mark, and ';' with
        // decimal commas where the decimal point is a comma.
        return ReportCsv::write(
            *m_report, path, TableExport::csvOptions(TableExport::Format::CsvForExcel, QLocale()));
    case ExportFormat::Xlsx:
        return ReportXlsx::write(*m_report, path);
    case ExportFormat::Pdf:
        return ReportPdf::write(*m_report, path, QLocale());
    }
    return Error {tr("Unknown format.")};
}

void ReportsPage::exportWithDialog(ExportFormat format)
{
    if (!m_report)
        return;
    QSettings settings;
    const QString folder = settings.value(u"export/directory"_s).toString();
    const QString suffix = format == ExportFormat::Pdf ? u"pdf"_s
        : format == ExportFormat::Xlsx                 ? u"xlsx"_s
                                                       : u"csv"_s;
    const QString name = tr("operations-report", "file name of an export") + u'-'
        + m_report->from.toString(Qt::ISODate) + u'-' + m_report->to.toString(Qt::ISODate) + u'.'
        + suffix;
    const QString filterText = format == ExportFormat::Pdf ? tr("PDF (*.pdf)")
        : format == ExportFormat::Xlsx                     ? tr("Excel workbook (*.xlsx)")
                                                           : tr("CSV (*.csv)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the report"), folder.isEmpty() ? name : folder + u'/' + name, filterText);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    settings.setValue(u"export/directory"_s, QFileInfo(path).absolutePath());
    setCursor(Qt::BusyCursor);
    const Outcome written = exportTo(path, format);
    unsetCursor();
    if (!written) {
        QMessageBox::warning(this, tr("Export failed"), written.error().message);
        return;
    }
    m_state->setText(tr("%1 · Exported to %2.").arg(m_shownScope, QDir::toNativeSeparators(path)));
}

} // namespace ParcelDesk
