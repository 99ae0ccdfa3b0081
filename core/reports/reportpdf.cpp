#include "reportpdf.h"

#include "reports/pdfdocument.h"

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

using Font = PdfDocument::Font;
using Align = PdfDocument::Align;

constexpr double margin = 20.0 / 25.4 * 72.0;
constexpr double contentLeft = margin;
constexpr double contentWidth = ReportPdf::pageWidth - 2 * margin;
constexpr double contentRight = contentLeft + contentWidth;
constexpr double contentBottom = ReportPdf::pageHeight - margin;

const PdfColour ink = PdfColour::grey(0.1);
const PdfColour softInk = PdfColour::grey(0.35);
const PdfColour ruleGrey = PdfColour::grey(0.7);
const PdfColour accent = PdfColour::rgb(0, 114, 178);

// Okabe and Ito's palette, which readers with any common colour blindness tell apart; yellow
// last, as it is faint on white.
const std::array<PdfColour, 8> palette {PdfColour::rgb(0, 114, 178), PdfColour::rgb(230, 159, 0),
    PdfColour::rgb(0, 158, 115), PdfColour::rgb(213, 94, 0), PdfColour::rgb(86, 180, 233),
    PdfColour::rgb(204, 121, 167), PdfColour::rgb(240, 228, 66), PdfColour::grey(0.4)};

const PdfColour &seriesColour(qsizetype series)
{
    return palette[std::size_t(series) % palette.size()];
}

// The locale's long date without the weekday: "1 November 2026", "1. November 2026",
// "November 1, 2026".
QString longDate(const QLocale &locale, const QDate &date)
{
    static const QRegularExpression weekday(u"^\\s*dddd[\\s,.]*|[\\s,]*dddd\\s*$"_s);
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return locale.toString(date, format);
}

QString periodText(const Report &report, const QLocale &locale)
{
    if (!report.from.isValid() || !report.to.isValid())
        return longDate(locale, report.from.isValid() ? report.from : report.to);
    if (report.from == report.to)
        return longDate(locale, report.from);
    return ReportPdf::tr("%1 – %2", "a report's period: its first and last day")
        .arg(longDate(locale, report.from), longDate(locale, report.to));
}

QVariant cell(const QVariantList &row, int column)
{
    return column >= 0 && column < row.size() ? row.at(column) : QVariant();
}

bool hasValue(const QVariant &value)
{
    return value.isValid() && !value.isNull();
}

// Round steps (1, 2, 5 × 10ⁿ) for a value axis, from lo to hi in about four steps.
struct ValueAxis
{
    double lo = 0.0;
    double hi = 1.0;
    double step = 1.0;
};

ValueAxis valueAxis(double lo, double hi, bool integral)
{
    if (lo > 0 && lo < hi * 0.5)
        lo = 0;
    if (hi <= lo)
        hi = lo + (integral ? 1.0 : std::max(std::abs(lo) * 0.1, 0.1));
    const double raw = (hi - lo) / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10;
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (magnitude * factor >= raw) {
            step = magnitude * factor;
            break;
        }
    }
    if (integral)
        step = std::max(step, 1.0);
    ValueAxis axis;
    axis.step = step;
    axis.lo = std::floor(lo / step + 1e-9) * step;
    axis.hi = std::ceil(hi / step - 1e-9) * step;
    return axis;
}

// A tick's label in the column's own format, with as many decimals as the step needs.
QString tickLabel(double value, double step, const ReportColumn &column, const QLocale &locale)
{
    ReportColumn format = column;
    const double shown = column.type == CellType::Percent ? step * 100 : step;
    format.decimals = std::max(0, int(-std::floor(std::log10(shown) + 1e-9)));
    if (column.type == CellType::Integer)
        return locale.toString(qint64(std::llround(value)));
    return ReportFormat::display(value, format, locale);
}

class ReportLayout
{
public:
    ReportLayout(const Report &report, const QLocale &locale)
        : m_report(report)
        , m_locale(locale)
        , m_pdf(ReportPdf::pageWidth, ReportPdf::pageHeight)
        , m_period(periodText(report, locale))
    {
        m_pdf.setTitle(report.title);
        m_pdf.setCreated(report.generatedAt);
    }

    QByteArray render()
    {
        cover();
        for (const ReportSection &section : m_report.sections)
            sectionPages(section);
        footers();
        return m_pdf.toPdf();
    }

private:
    void newPage()
    {
        m_pdf.addPage();
        m_y = margin;
    }

    // A new page unless height still fits on this one.
    void ensureRoom(double height)
    {
        if (m_y + height > contentBottom)
            newPage();
    }

    void cover()
    {
        newPage();
        m_y += 12;
        m_pdf.text(
            u"ParcelDesk"_s, Font::Bold, 13, contentLeft, m_y, contentWidth, Align::Left, accent);
        m_y += 8;
        m_pdf.line(contentLeft, m_y, contentRight, m_y, accent, 1.5);
        m_y += 80;
        m_y += m_pdf.paragraph(
            m_report.title, Font::Bold, 26, contentLeft, m_y, contentWidth, Align::Left, ink, 31);
        m_y += 4;
        m_pdf.text(m_period, Font::Regular, 14, contentLeft, m_y, contentWidth, Align::Left, ink);
        m_y += 30;

        m_pdf.text(ReportPdf::tr("Filters"), Font::Bold, 8.5, contentLeft, m_y, contentWidth,
            Align::Left, softInk);
        m_y += 14;
        const QStringList filters = m_report.filters.isEmpty()
            ? QStringList {ReportPdf::tr("None: every shipment counts")}
            : m_report.filters;
        for (const QString &filter : filters)
            m_y += m_pdf.paragraph(
                filter, Font::Regular, 10, contentLeft, m_y, contentWidth, Align::Left, ink, 13);
        m_y += 10;
        if (m_report.generatedAt.isValid()) {
            const QDateTime at = m_report.generatedAt.toLocalTime();
            m_pdf.text(ReportPdf::tr("Generated on %1 at %2", "the report's making: day, time")
                           .arg(longDate(m_locale, at.date()),
                               m_locale.toString(at.time(), QLocale::ShortFormat)),
                Font::Regular, 9, contentLeft, m_y, contentWidth, Align::Left, softInk);
            m_y += 14;
        }
        figureTiles();
    }

    void figureTiles()
    {
        if (m_report.figures.isEmpty())
            return;
        constexpr int columns = 3;
        constexpr double gap = 10;
        constexpr double tileHeight = 64;
        const double tileWidth = (contentWidth - (columns - 1) * gap) / columns;
        m_y += 26;
        ensureRoom(20 + tileHeight);
        m_pdf.text(ReportPdf::tr("Key figures"), Font::Bold, 13, contentLeft, m_y, contentWidth,
            Align::Left, ink);
        m_y += 12;
        for (qsizetype i = 0; i < m_report.figures.size(); ++i) {
            const ReportFigure &figure = m_report.figures[i];
            const int column = int(i % columns);
            if (column == 0) {
                if (i > 0)
                    m_y += tileHeight + gap;
                ensureRoom(tileHeight);
            }
            const double x = contentLeft + column * (tileWidth + gap);
            m_pdf.fillRect(QRectF(x, m_y, tileWidth, tileHeight), PdfColour::grey(0.95));
            m_pdf.fillRect(QRectF(x, m_y, 3, tileHeight), accent);
            QStringList label = PdfDocument::wrap(figure.label, Font::Regular, 8.5, tileWidth - 18);
            if (label.size() > 2)
                label = {label[0], QStringList(label.mid(1)).join(u' ')};
            for (qsizetype line = 0; line < label.size(); ++line) {
                m_pdf.text(label[line], Font::Regular, 8.5, x + 10, m_y + 15 + 10.5 * double(line),
                    tileWidth - 18, Align::Left, softInk);
            }
            const QString value = ReportFormat::display(figure.value, figure.format, m_locale);
            m_pdf.text(value.isEmpty() ? u"\u2013"_s : value, Font::Bold, 19, x + 10,
                m_y + tileHeight - 11, tileWidth - 18, Align::Left, ink);
        }
        m_y += tileHeight;
    }

    void sectionPages(const ReportSection &section)
    {
        const QStringList title = PdfDocument::wrap(section.title, Font::Bold, 15, contentWidth);
        const QStringList description
            = PdfDocument::wrap(section.description, Font::Regular, 9.5, contentWidth);
        const double heading = 18.0 * double(title.size()) + 12.5 * double(description.size()) + 10;
        const bool empty = section.rows.isEmpty();
        const double chart = !empty && section.chart ? chartHeight(section) + 16 : 0;
        // The heading stays with its chart, or with the table's first rows.
        const double firstPart = heading + (empty ? 30 : chart > 0 ? chart : 4 * 14.0 + 30);
        if (m_pdf.currentPage() == 0 || m_y + 28 + firstPart > contentBottom)
            newPage();
        else
            m_y += 28;

        m_y += 15;
        m_y += m_pdf.paragraph(
            section.title, Font::Bold, 15, contentLeft, m_y, contentWidth, Align::Left, ink, 18);
        if (!description.isEmpty()) {
            m_y += m_pdf.paragraph(section.description, Font::Regular, 9.5, contentLeft, m_y - 4,
                contentWidth, Align::Left, softInk, 12.5);
        }
        m_y += 6;
        if (empty) {
            m_y += 8;
            m_pdf.text(ReportPdf::tr("No data for this period."), Font::Regular, 10, contentLeft,
                m_y, contentWidth, Align::Left, softInk);
            m_y += 6;
            return;
        }
        if (section.chart) {
            ensureRoom(chart);
            if (section.chart->kind == ReportChart::Kind::Bars)
                barChart(section);
            else
                lineChart(section);
            m_y += 16;
        }
        table(section);
    }

    // The value columns a chart can draw: those that exist and hold numbers.
    static QList<int> seriesOf(const ReportSection &section)
    {
        QList<int> series;
        for (const int column : section.chart->valueColumns) {
            if (column >= 0 && column < section.columns.size()
                && ReportFormat::isNumeric(section.columns[column].type))
                series.append(column);
        }
        return series;
    }

    static double barHeight(qsizetype series) { return series > 1 ? 7.5 : 11.0; }

    // The rows a bar chart draws: all but a total row.
    static qsizetype chartRows(const ReportSection &section)
    {
        const qsizetype n = section.rows.size();
        return section.chart->lastRowIsTotal && n > 0 ? n - 1 : n;
    }

    double chartHeight(const ReportSection &section) const
    {
        const qsizetype series = seriesOf(section).size();
        const double legend = series > 1 || section.chart->kind == ReportChart::Kind::Line ? 16 : 0;
        if (section.chart->kind == ReportChart::Kind::Line)
            return legend + 190;
        const qsizetype rows = std::min<qsizetype>(chartRows(section), ReportPdf::barChartRows);
        const double caption = chartRows(section) > ReportPdf::barChartRows ? 16 : 0;
        return caption + legend + double(rows) * (double(series) * barHeight(series) + 6);
    }

    // Swatches with the series' names, on as many lines as they need.
    void legend(const ReportSection &section, const QList<int> &series)
    {
        double x = contentLeft;
        double baseline = m_y + 9;
        for (qsizetype s = 0; s < series.size(); ++s) {
            const QString name = section.columns[series[s]].title;
            const double width
                = std::min(PdfDocument::textWidth(name, Font::Regular, 8), contentWidth / 3.0);
            if (x + 12 + width > contentRight && x > contentLeft) {
                x = contentLeft;
                baseline += 12;
            }
            m_pdf.fillRect(QRectF(x, baseline - 7, 8, 8), seriesColour(s));
            m_pdf.text(name, Font::Regular, 8, x + 11, baseline, width, Align::Left, ink);
            x += 11 + width + 14;
        }
        m_y = baseline + 7;
    }

    void barChart(const ReportSection &section)
    {
        const QList<int> series = seriesOf(section);
        if (series.isEmpty())
            return;
        const ReportChart &chart = *section.chart;
        QList<qsizetype> rows(chartRows(section));
        std::iota(rows.begin(), rows.end(), 0);
        if (rows.size() > ReportPdf::barChartRows) {
            const auto key = [&](qsizetype row) {
                const QVariant v = cell(section.rows[row], series.first());
                return hasValue(v) ? v.toDouble() : -std::numeric_limits<double>::infinity();
            };
            std::stable_sort(rows.begin(), rows.end(),
                [&](qsizetype a, qsizetype b) { return key(a) > key(b); });
            rows.resize(ReportPdf::barChartRows);
            m_y += 9;
            m_pdf.text(ReportPdf::tr("Top %1 by %2",
                           "a bar chart of only the largest rows: how many, by which column")
                           .arg(m_locale.toString(ReportPdf::barChartRows),
                               section.columns[series.first()].title),
                Font::Bold, 8.5, contentLeft, m_y, contentWidth, Align::Left, softInk);
            m_y += 7;
        }
        if (series.size() > 1)
            legend(section, series);

        const ReportColumn labelFormat = section.columns.value(chart.labelColumn);
        double lo = 0;
        double hi = 0;
        double labelWidth = 0;
        double valueWidth = 0;
        for (const qsizetype row : std::as_const(rows)) {
            const QVariantList &cells = section.rows[row];
            labelWidth = std::max(labelWidth,
                PdfDocument::textWidth(
                    ReportFormat::display(cell(cells, chart.labelColumn), labelFormat, m_locale),
                    Font::Regular, 8));
            for (const int column : series) {
                const QVariant v = cell(cells, column);
                if (!hasValue(v))
                    continue;
                lo = std::min(lo, v.toDouble());
                hi = std::max(hi, v.toDouble());
                valueWidth = std::max(valueWidth,
                    PdfDocument::textWidth(
                        ReportFormat::display(v, section.columns[column], m_locale), Font::Regular,
                        7.5));
            }
        }
        if (hi <= lo)
            hi = lo + 1;
        labelWidth = std::min(labelWidth + 8, contentWidth * 0.3);
        valueWidth = std::min(valueWidth + 6, contentWidth * 0.2);
        const double plotLeft = contentLeft + labelWidth;
        const double plotWidth = contentWidth - labelWidth - valueWidth;
        const auto xOf = [&](double v) { return plotLeft + (v - lo) / (hi - lo) * plotWidth; };

        const double bar = barHeight(series.size());
        const double group = double(series.size()) * bar;
        const double top = m_y;
        for (const qsizetype row : std::as_const(rows)) {
            const QVariantList &cells = section.rows[row];
            m_pdf.text(ReportFormat::display(cell(cells, chart.labelColumn), labelFormat, m_locale),
                Font::Regular, 8, contentLeft, m_y + group / 2 + 2.8, labelWidth - 8, Align::Right,
                ink);
            for (qsizetype s = 0; s < series.size(); ++s) {
                const QVariant v = cell(cells, series[s]);
                const double barTop = m_y + double(s) * bar;
                if (!hasValue(v))
                    continue;
                const double from = xOf(std::min(0.0, v.toDouble()));
                const double to = xOf(std::max(0.0, v.toDouble()));
                m_pdf.fillRect(
                    QRectF(from, barTop, std::max(to - from, 0.4), bar - 1.5), seriesColour(s));
                m_pdf.text(ReportFormat::display(v, section.columns[series[s]], m_locale),
                    Font::Regular, 7.5, to + 3, barTop + bar / 2 + 2, valueWidth - 3, Align::Left,
                    softInk);
            }
            m_y += group + 6;
        }
        m_pdf.line(xOf(0), top - 3, xOf(0), m_y - 3, ruleGrey, 0.6);
    }

    void lineChart(const ReportSection &section)
    {
        const QList<int> series = seriesOf(section);
        if (series.isEmpty())
            return;
        const ReportChart &chart = *section.chart;
        const ReportColumn labelFormat = section.columns.value(chart.labelColumn);
        const ReportColumn &valueFormat = section.columns[series.first()];
        legend(section, series);
        m_y += 6;

        double lo = std::numeric_limits<double>::infinity();
        double hi = -lo;
        for (const QVariantList &cells : section.rows) {
            for (const int column : series) {
                const QVariant v = cell(cells, column);
                if (hasValue(v)) {
                    lo = std::min(lo, v.toDouble());
                    hi = std::max(hi, v.toDouble());
                }
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        const ValueAxis axis = valueAxis(lo, hi, valueFormat.type == CellType::Integer);
        QStringList ticks;
        double tickWidth = 0;
        for (double t = axis.lo; t <= axis.hi + axis.step / 2; t += axis.step) {
            ticks.append(tickLabel(t, axis.step, valueFormat, m_locale));
            tickWidth = std::max(tickWidth, PdfDocument::textWidth(ticks.last(), Font::Regular, 7));
        }

        constexpr double plotHeight = 160;
        const double plotTop = m_y;
        const double plotBottom = plotTop + plotHeight;
        const double plotLeft = contentLeft + tickWidth + 6;
        const double plotWidth = contentRight - 8 - plotLeft;
        const auto yOf = [&](double v) {
            return plotBottom - (v - axis.lo) / (axis.hi - axis.lo) * plotHeight;
        };
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            const double y = yOf(axis.lo + double(i) * axis.step);
            m_pdf.line(plotLeft, y, plotLeft + plotWidth, y,
                i == 0 ? PdfColour::grey(0.6) : PdfColour::grey(0.88), i == 0 ? 0.7 : 0.5);
            m_pdf.text(
                ticks[i], Font::Regular, 7, contentLeft, y + 2.5, tickWidth, Align::Right, softInk);
        }

        const qsizetype n = section.rows.size();
        const double slot = n > 1 ? plotWidth / double(n - 1) : plotWidth;
        const auto xOf = [&](qsizetype i) {
            return n > 1 ? plotLeft + double(i) * slot : plotLeft + plotWidth / 2;
        };
        // Row labels, as many as fit side by side: every k-th when there are many.
        QStringList labels;
        double labelWidth = 0;
        for (const QVariantList &cells : section.rows) {
            labels.append(
                ReportFormat::display(cell(cells, chart.labelColumn), labelFormat, m_locale));
            labelWidth
                = std::max(labelWidth, PdfDocument::textWidth(labels.last(), Font::Regular, 7));
        }
        labelWidth = std::min(labelWidth, 90.0);
        const qsizetype every
            = std::max<qsizetype>(1, qsizetype(std::ceil((labelWidth + 8) / slot)));
        for (qsizetype i = 0; i < n; i += every) {
            const double x
                = std::clamp(xOf(i) - labelWidth / 2, contentLeft, contentRight - labelWidth);
            m_pdf.line(xOf(i), plotBottom, xOf(i), plotBottom + 3, PdfColour::grey(0.6), 0.5);
            m_pdf.text(labels[i], Font::Regular, 7, x, plotBottom + 12, labelWidth, Align::Centre,
                softInk);
        }

        // One polyline per series, broken where a value is missing; dots when there are few points
        // or a point stands alone.
        for (qsizetype s = 0; s < series.size(); ++s) {
            QList<QList<QPointF>> runs(1);
            for (qsizetype i = 0; i < n; ++i) {
                const QVariant v = cell(section.rows[i], series[s]);
                if (!hasValue(v)) {
                    if (!runs.last().isEmpty())
                        runs.append(QList<QPointF>());
                    continue;
                }
                runs.last().append(QPointF(xOf(i), yOf(v.toDouble())));
            }
            QList<QRectF> dots;
            for (const QList<QPointF> &run : std::as_const(runs)) {
                m_pdf.polyline(run, seriesColour(s), 1.4);
                if (run.size() == 1 || n <= 40) {
                    for (const QPointF &p : run)
                        dots.append(QRectF(p.x() - 1.6, p.y() - 1.6, 3.2, 3.2));
                }
            }
            m_pdf.fillRects(dots, seriesColour(s));
        }
        m_y = plotBottom + 18;
    }

    struct TableShape
    {
        QList<double> widths;
        double width = 0;
        QList<QStringList> headers;
        double headerHeight = 0;
    };

    TableShape shape(const ReportSection &section, const QList<QStringList> &texts) const
    {
        constexpr double padding = 4;
        const qsizetype columns = section.columns.size();
        QList<double> natural(columns, 0.0);
        for (qsizetype c = 0; c < columns; ++c) {
            natural[c] = PdfDocument::textWidth(section.columns[c].title, Font::Bold, 8);
            for (const QStringList &row : texts)
                natural[c] = std::max(natural[c], PdfDocument::textWidth(row[c], Font::Regular, 8));
            natural[c] += 2 * padding;
        }
        const double total = std::accumulate(natural.begin(), natural.end(), 0.0);
        TableShape result;
        result.widths = natural;
        if (total <= contentWidth) {
            // Wider, for air between the columns, but a narrow table stays narrower than the page.
            const double stretch = std::min(contentWidth / total, 1.6);
            for (double &w : result.widths)
                w *= stretch;
        } else {
            // The widest columns give way first, down to a floor: every column at most `cap`.
            QList<double> floor(columns);
            for (qsizetype c = 0; c < columns; ++c)
                floor[c] = std::min(natural[c], 40.0);
            const auto widthAt = [&](double cap) {
                double sum = 0;
                for (qsizetype c = 0; c < columns; ++c)
                    sum += std::min(natural[c], std::max(cap, floor[c]));
                return sum;
            };
            double low = 0;
            double high = *std::max_element(natural.begin(), natural.end());
            for (int i = 0; i < 40; ++i) {
                const double mid = (low + high) / 2;
                (widthAt(mid) > contentWidth ? high : low) = mid;
            }
            for (qsizetype c = 0; c < columns; ++c)
                result.widths[c] = std::min(natural[c], std::max(low, floor[c]));
            const double shrunk = std::accumulate(result.widths.begin(), result.widths.end(), 0.0);
            for (double &w : result.widths)
                w *= contentWidth / shrunk;
        }
        qsizetype lines = 1;
        for (qsizetype c = 0; c < columns; ++c) {
            QStringList header = PdfDocument::wrap(
                section.columns[c].title, Font::Bold, 8, result.widths[c] - 2 * padding);
            if (header.size() > 3)
                header = {header[0], header[1], QStringList(header.mid(2)).join(u' ')};
            lines = std::max(lines, header.size());
            result.headers.append(header);
        }
        result.headerHeight = 9.5 * double(lines) + 7;
        result.width = std::accumulate(result.widths.begin(), result.widths.end(), 0.0);
        return result;
    }

    void tableHeader(const ReportSection &section, const TableShape &shape)
    {
        constexpr double padding = 4;
        m_pdf.fillRect(
            QRectF(contentLeft, m_y, shape.width, shape.headerHeight), PdfColour::grey(0.86));
        double x = contentLeft;
        for (qsizetype c = 0; c < section.columns.size(); ++c) {
            const Align align
                = ReportFormat::isNumeric(section.columns[c].type) ? Align::Right : Align::Left;
            for (qsizetype line = 0; line < shape.headers[c].size(); ++line) {
                m_pdf.text(shape.headers[c][line], Font::Bold, 8, x + padding,
                    m_y + 10.5 + 9.5 * double(line), shape.widths[c] - 2 * padding, align, ink);
            }
            x += shape.widths[c];
        }
        m_y += shape.headerHeight;
    }

    void table(const ReportSection &section)
    {
        constexpr double padding = 4;
        constexpr double rowHeight = 13;
        const qsizetype columns = section.columns.size();
        if (columns == 0)
            return;
        QList<QStringList> texts;
        texts.reserve(section.rows.size());
        for (const QVariantList &row : section.rows) {
            QStringList line;
            for (qsizetype c = 0; c < columns; ++c)
                line.append(ReportFormat::display(cell(row, int(c)), section.columns[c], m_locale));
            texts.append(line);
        }
        const TableShape layout = shape(section, texts);

        ensureRoom(layout.headerHeight + rowHeight);
        tableHeader(section, layout);
        for (qsizetype r = 0; r < texts.size(); ++r) {
            // A table's last row never goes over alone: with two rows left and room for one,
            // both go to the next page.
            const bool lastWouldBeAlone
                = r > 0 && texts.size() - r == 2 && m_y + 2 * rowHeight > contentBottom;
            if (m_y + rowHeight > contentBottom || lastWouldBeAlone) {
                newPage();
                m_y += 10;
                m_pdf.text(ReportPdf::tr("%1 (continued)", "a table going on on the next page")
                               .arg(section.title),
                    Font::Bold, 9, contentLeft, m_y, contentWidth, Align::Left, softInk);
                m_y += 8;
                tableHeader(section, layout);
            }
            if (r % 2 == 1) {
                m_pdf.fillRect(
                    QRectF(contentLeft, m_y, layout.width, rowHeight), PdfColour::grey(0.965));
            }
            double x = contentLeft;
            for (qsizetype c = 0; c < columns; ++c) {
                const Align align
                    = ReportFormat::isNumeric(section.columns[c].type) ? Align::Right : Align::Left;
                m_pdf.text(texts[r][c], Font::Regular, 8, x + padding, m_y + 9.2,
                    layout.widths[c] - 2 * padding, align, ink);
                x += layout.widths[c];
            }
            m_y += rowHeight;
        }
        m_pdf.line(contentLeft, m_y, contentLeft + layout.width, m_y, ruleGrey, 0.6);
    }

    // Every page after the cover, now that the number of pages is known.
    void footers()
    {
        const int pages = m_pdf.pageCount();
        const double ruleY = contentBottom + 14;
        const double baseline = ruleY + 12;
        for (int page = 1; page < pages; ++page) {
            m_pdf.setCurrentPage(page);
            m_pdf.line(contentLeft, ruleY, contentRight, ruleY, ruleGrey, 0.5);
            m_pdf.text(m_report.title, Font::Regular, 7.5, contentLeft, baseline,
                contentWidth * 0.38, Align::Left, softInk);
            m_pdf.text(m_period, Font::Regular, 7.5, contentLeft + contentWidth * 0.38, baseline,
                contentWidth * 0.38, Align::Centre, softInk);
            m_pdf.text(ReportPdf::tr("Page %1 of %2")
                           .arg(m_locale.toString(page + 1), m_locale.toString(pages)),
                Font::Regular, 7.5, contentLeft + contentWidth * 0.76, baseline,
                contentWidth * 0.24, Align::Right, softInk);
        }
    }

    const Report &m_report;
    const QLocale &m_locale;
    PdfDocument m_pdf;
    QString m_period;
    double m_y = margin;
};

// A chart naming a column its section does not have is a mistake in the report's making.
std::optional<Error> checkCharts(const Report &report)
{
    for (const ReportSection &section : report.sections) {
        if (!section.chart)
            continue;
        QList<int> used = section.chart->valueColumns;
        used.prepend(section.chart->labelColumn);
        for (const int column : std::as_const(used)) {
            if (column < 0 || column >= section.columns.size()) {
                return Error {ReportPdf::tr("The chart of “%1” names column %2, which the table "
                                            "does not have.")
                                  .arg(section.title)
                                  .arg(column + 1)};
            }
        }
    }
    return std::nullopt;
}

} // namespace

Result<QByteArray> ReportPdf::render(const Report &report, const QLocale &locale)
{
    if (const auto error = checkCharts(report))
        return *error;
    ReportLayout layout(report, locale);
    return layout.render();
}

Outcome ReportPdf::write(const Report &report, const QString &path, const QLocale &locale)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto bytes = render(report, locale);
    if (!bytes)
        return Error {tr("Cannot write the report %1: %2").arg(shown, bytes.error().message)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {tr("Cannot write the report %1: %2").arg(shown, file.errorString())};
    if (file.write(*bytes) != bytes->size() || !file.commit())
        return Error {tr("Cannot write the report %1: %2").arg(shown, file.errorString())};
    return Done {};
}

} // namespace ParcelDesk
