#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ParcelDesk {

// A CSV file as people export it from spreadsheets and shops: UTF-8 (a byte-order mark is
// skipped), lines ending in LF or CRLF, fields separated by ',' or ';' (whichever the header
// uses more), each field optionally in double quotes with a quote inside written twice, spaces
// around a field not counting. The first non-empty line names the columns; blank lines are
// skipped. A quoted field can span lines (CsvReader reads it).
struct CsvRow
{
    int line = 0; // 1-based, in the file: where the row starts
    QStringList fields;
    int unclosedQuoteField = -1; // the field whose quote never closes, 0-based
};

struct CsvFile
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::CsvFile)

public:
    QString path;
    QChar separator = u',';
    QStringList header; // as written
    int headerLine = 0;
    QHash<QString, int> columnOf; // lower-case column name → field index
    QList<CsvRow> rows;

    // emptyHint says what the first line must name, for the error about an empty file.
    static Result<CsvFile> read(const QString &path, const QString &emptyHint);
    // "path:line:column" for a field (column 0-based).
    QString where(int line, int column) const;
    int column(const QString &name) const { return columnOf.value(name, -1); }
    // The field of a row in the named column; empty when the column or field is missing.
    QString field(const CsvRow &row, const QString &name) const;
};

} // namespace ParcelDesk
