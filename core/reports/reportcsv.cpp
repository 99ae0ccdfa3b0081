#include "reportcsv.h"

#include "reports/report.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

Outcome ReportCsv::write(const Report &report, const QString &path, CsvWriter::Options options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {tr("Cannot write %1: %2").arg(path, file.errorString())};
    CsvWriter csv(&file, options);
    // ';' between fields is what spreadsheets expect where the decimal point is a comma; they
    // read "92.2" there as a date or text, so numbers get a decimal comma as well.
    const bool decimalComma = options.separator == u';';
    const auto plain = [decimalComma](const QVariant &value, const ReportColumn &column) {
        QString text = ReportFormat::plain(value, column);
        if (decimalComma && ReportFormat::isNumeric(column.type))
            text.replace(u'.', u',');
        return text;
    };
    bool ok = csv.writeRow({report.title});
    ok = ok
        && csv.writeRow(
            {tr("Period"), report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate)});
    for (const QString &filter : report.filters)
        ok = ok && csv.writeRow({tr("Filter"), filter});
    ok = ok && csv.writeRow({tr("Generated"), report.generatedAt.toUTC().toString(Qt::ISODate)});
    if (!report.figures.isEmpty()) {
        ok = ok && csv.writeRow({}) && csv.writeRow({tr("Key figures")});
        for (const ReportFigure &figure : report.figures) {
            ReportColumn labelled = figure.format;
            labelled.title = figure.label;
            ok = ok
                && csv.writeRow(
                    {ReportFormat::plainHeader(labelled), plain(figure.value, figure.format)});
        }
    }
    for (const ReportSection &section : report.sections) {
        ok = ok && csv.writeRow({}) && csv.writeRow({section.title});
        QStringList header;
        for (const ReportColumn &column : section.columns)
            header << ReportFormat::plainHeader(column);
        ok = ok && csv.writeRow(header);
        for (const QVariantList &row : section.rows) {
            QStringList cells;
            for (qsizetype c = 0; c < section.columns.size(); ++c)
                cells << plain(row.value(c), section.columns.at(c));
            ok = ok && csv.writeRow(cells);
        }
    }
    if (!ok || !file.commit())
        return Error {tr("Cannot write %1: %2").arg(path, file.errorString())};
    return Done {};
}

} // namespace ParcelDesk
