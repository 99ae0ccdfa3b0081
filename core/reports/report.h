#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QVariant>

#include <optional>

namespace ParcelDesk {

// What a report cell holds, so every exporter writes it as the same kind of thing: a number
// stays a number in XLSX, a percentage is formatted as one, money carries its currency.
enum class CellType {
    Text,
    Integer, // qint64
    Decimal, // double, shown with the column's decimals
    Percent, // a fraction (0.934 is 93.4 %)
    Money, // double in currency units (12.5 is 12.50), the currency in the column's unit
    Days, // double, a duration in days
    Date, // QDate
};

struct ReportColumn
{
    QString title;
    CellType type = CellType::Text;
    int decimals = 1; // Decimal, Percent (of the percentage), Days; Money always has 2
    QString unit; // Money: the currency code, e.g. EUR
};

// A chart of a section's rows: one bar group (or point on a line) per row, labelled by the
// label column, one series per value column.
struct ReportChart
{
    enum class Kind { Bars, Line };
    Kind kind = Kind::Bars;
    int labelColumn = 0;
    QList<int> valueColumns;
    bool lastRowIsTotal = false; // the table's last row sums the others: not a bar of its own
};

// One table of a report. A cell is an invalid QVariant when there is nothing to say (no
// deliveries, so no on-time rate); exporters leave it empty, never write 0.
struct ReportSection
{
    QString key; // stable, untranslated: a sheet's name in scripts, a test's handle
    QString title; // translated
    QString description; // translated: what the figures mean, one or two sentences
    QList<ReportColumn> columns;
    QList<QVariantList> rows;
    std::optional<ReportChart> chart;
};

// A headline figure of the report, shown on its cover and on the summary sheet.
struct ReportFigure
{
    QString key; // stable, untranslated
    QString label; // translated
    QVariant value;
    ReportColumn format; // its type, decimals and unit (the title is unused)
};

struct Report
{
    QString name; // the report's key, e.g. "operations"
    QString title; // translated
    QDate from; // first day covered (UTC days)
    QDate to; // last day covered, inclusive
    QStringList filters; // translated descriptions of the filters, e.g. "Carrier: DHL"
    QDateTime generatedAt;
    QList<ReportFigure> figures;
    QList<ReportSection> sections;

    const ReportSection *section(const QString &key) const;
    const ReportFigure *figure(const QString &key) const;
};

// Cell text for people (tables on screen, the PDF) in a locale, and for machines (CSV): no
// thousands separators, a '.' decimal point, percentages as percent numbers (93.4).
class ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ReportFormat)

public:
    static QString display(
        const QVariant &value, const ReportColumn &column, const QLocale &locale);
    static QString plain(const QVariant &value, const ReportColumn &column);
    // A column's header with its unit where the cell text leaves it out: "Voucher cost (EUR)",
    // "On time (%)", "Transit p50 (days)".
    static QString plainHeader(const ReportColumn &column);
    static bool isNumeric(CellType type);
};

} // namespace ParcelDesk
