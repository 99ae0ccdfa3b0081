#pragma once

#include "domain/result.h"
#include "reports/csvwriter.h"

#include <QCoreApplication>
#include <QString>

namespace ParcelDesk {

struct Report;

// A report as one CSV file for machines and spreadsheets: what it covers first (title,
// period, filters, when it was made), then the key figures, then every section as a table
// with its own header. Numbers are plain (ReportFormat::plain): no thousands separators, a
// '.' decimal point, the unit in the header; a cell with nothing to say is empty.
class ReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ReportCsv)

public:
    // Written through a temporary file and renamed, so a failure leaves no half-written
    // file; the error names the file.
    static Outcome write(const Report &report, const QString &path, CsvWriter::Options options);
};

} // namespace ParcelDesk
