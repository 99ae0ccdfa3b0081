// parceldeskctl export: a report as CSV, XLSX or PDF, for scheduled runs.

#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"
#include "ctlcommands.h"
#include "i18n/translations.h"
#include "reports/operationsreport.h"
#include "reports/reportcsv.h"
#include "reports/reportpdf.h"
#include "reports/reportxlsx.h"
#include "terminalprogress.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

#include <csignal>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

enum class ExportFormat { Csv, Xlsx, Pdf };

std::optional<ExportFormat> formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"csv")
        return ExportFormat::Csv;
    if (n == u"xlsx")
        return ExportFormat::Xlsx;
    if (n == u"pdf")
        return ExportFormat::Pdf;
    return std::nullopt;
}

std::optional<QDate> isoDay(const QString &text)
{
    const QString t = text.trimmed();
    const QDate d = QDate::fromString(t, Qt::ISODate);
    if (t.size() != 10 || !d.isValid())
        return std::nullopt;
    return d;
}

} // namespace

int CtlCommands::exportReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a report over a period as CSV, an Excel workbook or a PDF, without a display "
           "(for scheduled runs). Exit code 0 when the file was written, 1 when it could not "
           "be, 2 for a mistake in the options.\n\nReports:\n  operations  Volume, on-time "
           "rate, transit times by carrier and lane, first-attempt deliveries, exceptions, "
           "problem cases, contacts, returns, apologies and vouchers, a carrier scorecard, "
           "customer ratings and sustainability."));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption report(u"report"_s, tr("The report: operations."), u"name"_s);
    const QCommandLineOption from(
        u"from"_s, tr("First day of the period, YYYY-MM-DD (UTC)."), u"date"_s);
    const QCommandLineOption to(
        u"to"_s, tr("Last day of the period, YYYY-MM-DD (UTC), included."), u"date"_s);
    const QCommandLineOption format(u"format"_s,
        tr("csv, xlsx or pdf (default: from the file name's extension)."), u"format"_s);
    const QCommandLineOption out(
        u"out"_s, tr("The file to write; replaced if it exists."), u"file"_s);
    const QCommandLineOption carrier(u"carrier"_s,
        tr("Only these carriers (repeat the option or separate with commas), e.g. dhl,ups."),
        u"id"_s);
    const QCommandLineOption destination(
        u"destination"_s, tr("Only parcels to this country (code), e.g. DE."), u"country"_s);
    const QCommandLineOption language(u"language"_s,
        tr("The report's language: en or de (default: the system's)."), u"language"_s);
    const QCommandLineOption bom(
        u"bom"_s, tr("CSV: start with a byte-order mark, so that Excel reads UTF-8."));
    const QCommandLineOption separator(u"separator"_s,
        tr("CSV: the field separator, ',' (default) or ';' (then numbers get a decimal comma, as "
           "spreadsheets expect where ';' separates fields)."),
        u"char"_s);
    parser.addOptions(
        {db, report, from, to, format, out, carrier, destination, language, bom, separator});
    parser.process(arguments);

    const auto usageError = [](const QString &message) {
        printLine(stderr, message);
        return 2;
    };
    for (const QCommandLineOption *required : {&db, &report, &from, &to, &out}) {
        if (!parser.isSet(*required))
            return usageError(tr("--%1 is needed.").arg(required->names().constFirst()));
    }
    if (parser.value(report) != OperationsReport::name())
        return usageError(tr("--report: \"%1\" is not a report; the reports are: %2.")
                              .arg(parser.value(report), OperationsReport::name()));
    OperationsReportFilter filter;
    const auto first = isoDay(parser.value(from));
    if (!first)
        return usageError(
            tr("--from: \"%1\" is not a day; write YYYY-MM-DD.").arg(parser.value(from)));
    const auto last = isoDay(parser.value(to));
    if (!last)
        return usageError(tr("--to: \"%1\" is not a day; write YYYY-MM-DD.").arg(parser.value(to)));
    if (*last < *first)
        return usageError(tr("--to: %1 is before --from %2.")
                              .arg(parser.value(to).trimmed(), parser.value(from).trimmed()));
    filter.from = *first;
    filter.to = *last;
    for (const QString &value : parser.values(carrier)) {
        for (const QString &id : value.split(u',', Qt::SkipEmptyParts)) {
            const QString name = id.trimmed().toLower();
            if (!carrierAdapter(name)) {
                QStringList known;
                for (const CarrierAdapter *adapter : carrierAdapters())
                    known << adapter->id();
                return usageError(tr("--carrier: \"%1\" is not a carrier ParcelDesk tracks; "
                                     "the carriers are: %2.")
                                      .arg(id.trimmed(), known.join(u", "_s)));
            }
            filter.carriers << name;
        }
    }
    filter.destinationCountry = parser.value(destination).trimmed().toUpper();
    if (parser.isSet(destination) && filter.destinationCountry.size() != 2)
        return usageError(tr("--destination: \"%1\" is not a country code such as DE.")
                              .arg(parser.value(destination)));

    const QString path = parser.value(out);
    std::optional<ExportFormat> kind;
    if (parser.isSet(format)) {
        kind = formatFromName(parser.value(format));
        if (!kind)
            return usageError(
                tr("--format: \"%1\" is not csv, xlsx or pdf.").arg(parser.value(format)));
    } else {
        kind = formatFromName(QFileInfo(path).suffix());
        if (!kind)
            return usageError(tr("--format is needed: the file name %1 does not end in .csv, "
                                 ".xlsx or .pdf.")
                                  .arg(path));
    }
    CsvWriter::Options csv;
    csv.byteOrderMark = parser.isSet(bom);
    if (parser.isSet(separator)) {
        const QString sep = parser.value(separator);
        if (sep != u"," && sep != u";")
            return usageError(tr("--separator: \"%1\" is neither ',' nor ';'.").arg(sep));
        csv.separator = sep.at(0);
    }
    QLocale locale;
    if (parser.isSet(language)) {
        const QString lang = parser.value(language).toLower();
        if (lang != u"en" && lang != u"de")
            return usageError(tr("--language: \"%1\" is neither en nor de.").arg(lang));
        locale = lang == u"de" ? QLocale(QLocale::German, QLocale::Germany)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
        installTranslations(locale);
    }

    const auto opened = openExisting(parser.value(db));
    if (!opened) {
        printLine(stderr, opened.error().message);
        return 1;
    }
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QElapsedTimer timer;
    timer.start();
    TerminalProgress progress(tr("Building the report"));
    const auto built
        = OperationsReport::build(opened->connection(), filter, QDateTime::currentMSecsSinceEpoch(),
            &interrupted, [&](int done, int total) { progress.update(done, total); });
    progress.finish();
    if (!built) {
        printLine(stderr, built.error().message);
        return 1;
    }
    Outcome written = Done {};
    switch (*kind) {
    case ExportFormat::Csv:
        written = ReportCsv::write(*built, path, csv);
        break;
    case ExportFormat::Xlsx:
        written = ReportXlsx::write(*built, path);
        break;
    case ExportFormat::Pdf:
        written = ReportPdf::write(*built, path, locale);
        break;
    }
    if (!written) {
        printLine(stderr, written.error().message);
        return 1;
    }
    printLine(stdout,
        tr("Wrote the %1 for %2 to %3 (%4) in %5 s.")
            .arg(built->title,
                tr("%1 to %2")
                    .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)),
                path, locale.formattedDataSize(QFileInfo(path).size()),
                locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1)));
    return 0;
}

} // namespace ParcelDesk
