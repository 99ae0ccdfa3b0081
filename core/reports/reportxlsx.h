#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace ParcelDesk {

struct Report;

// A report as an Excel workbook (libxlsxwriter): a summary sheet with what it covers, its key
// figures and a link to every section, then one sheet per section. Cells are typed, so a
// spreadsheet computes with them: counts, decimals, percentages (a fraction shown as 93.4%),
// money with its currency and dates are numbers with a number format, never text; a cell
// with nothing to say stays blank. Every table's header is frozen and carries an autofilter.
class ReportXlsx
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ReportXlsx)

public:
    // Both write to a temporary file beside path and rename it over path only when the whole
    // workbook is written: a failure leaves neither; the error names path.
    static Outcome write(const Report &report, const QString &path);
    // What a table shows, on one sheet: the given model columns in that order, their
    // headerData() as the header. A cell is a number or a date when the model gives one
    // (Qt::EditRole first, then Qt::DisplayRole), otherwise the text shown.
    static Outcome writeModel(const QAbstractItemModel &model, const QString &path,
        const QString &sheetTitle, const QList<int> &columns);

    // A sheet name Excel accepts for title: at most 31 characters, none of []:*?/\, no
    // apostrophe at either end, and none of taken (Excel compares them ignoring case):
    // "Title (2)", "Title (3)" when it is.
    static QString sheetName(const QString &title, const QStringList &taken);
};

} // namespace ParcelDesk
