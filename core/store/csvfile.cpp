#include "csvfile.h"

#include "csvreader.h"

using namespace Qt::StringLiterals;

namespace ParcelDesk {

Result<CsvFile> CsvFile::read(const QString &path, const QString &emptyHint)
{
    CsvReader reader(path);
    if (const Outcome opened = reader.open(emptyHint); !opened)
        return opened.error();
    CsvFile csv;
    csv.path = path;
    csv.separator = reader.separator();
    csv.header = reader.header();
    csv.headerLine = reader.headerLine();
    for (int c = 0; c < csv.header.size(); ++c) {
        const QString name = csv.header.at(c).toLower();
        if (name.isEmpty())
            continue;
        if (csv.columnOf.contains(name))
            return Error {tr("%1: the column \"%2\" is there twice.")
                              .arg(csv.where(csv.headerLine, c), name)};
        csv.columnOf.insert(name, c);
    }
    CsvRecord record;
    while (reader.next(record)) {
        CsvRow row;
        row.line = record.line;
        row.fields = std::move(record.fields);
        row.unclosedQuoteField = record.unclosedQuoteField;
        csv.rows.append(std::move(row));
    }
    if (!reader.error().isEmpty())
        return Error {reader.error()};
    return csv;
}

QString CsvFile::where(int line, int column) const
{
    return u"%1:%2:%3"_s.arg(path, QString::number(line), QString::number(column + 1));
}

QString CsvFile::field(const CsvRow &row, const QString &name) const
{
    const int c = column(name);
    return c < 0 ? QString() : row.fields.value(c);
}

} // namespace ParcelDesk
