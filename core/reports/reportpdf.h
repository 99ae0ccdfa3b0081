#pragma once

#include "domain/result.h"
#include "reports/report.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace ParcelDesk {

// A report as a printable A4 PDF: a cover with the title, the period, the filters and the key
// figures, then each section with its description, its chart and its table; a footer with the
// title, the period and the page number on every page after the cover. Words come through tr()
// in the installed translator, numbers and dates in the given locale. Written with PdfDocument,
// so the headless core and parceldeskctl make it without a display.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ReportPdf)

public:
    static Result<QByteArray> render(const Report &report, const QLocale &locale);
    // Writes the PDF through a temporary file that replaces path only when complete; an error
    // names the file.
    static Outcome write(const Report &report, const QString &path, const QLocale &locale);

    // A4 portrait in points.
    static constexpr double pageWidth = 210.0 / 25.4 * 72.0;
    static constexpr double pageHeight = 297.0 / 25.4 * 72.0;
    // A bar chart shows at most this many rows, the largest, so that it fits on a page.
    static constexpr int barChartRows = 15;
};

} // namespace ParcelDesk
