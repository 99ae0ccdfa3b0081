#include "csvfile.h"

#include <QFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

CsvRow splitLine(QStringView line, QChar separator)
{
    CsvRow out;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (true) {
        while (i < n && (line[i] == u' ' || line[i] == u'\t'))
            ++i;
        QString field;
        if (i < n && line[i] == u'"') {
            ++i;
            bool closed = false;
            while (i < n) {
                if (line[i] == u'"') {
                    if (i + 1 < n && line[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                field += line[i++];
            }
            if (!closed) {
                out.unclosedQuoteField = int(out.fields.size());
                out.fields << field;
                return out;
            }
            // Whatever stands between the closing quote and the separator belongs to the field.
            while (i < n && line[i] != separator)
                field += line[i++];
            out.fields << field.trimmed();
        } else {
            while (i < n && line[i] != separator)
                field += line[i++];
            out.fields << field.trimmed();
        }
        if (i >= n)
            return out;
        ++i; // the separator
    }
}

// ';' (as spreadsheets write in countries with a decimal comma) or ','.
QChar separatorOf(QStringView header)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : header) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    return semicolons > commas ? u';' : u',';
}

} // namespace

Result<CsvFile> CsvFile::read(const QString &path, const QString &emptyHint)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("Cannot read %1: %2").arg(path, file.errorString())};
    QList<QByteArray> raw = file.readAll().split('\n');
    file.close();
    if (!raw.isEmpty() && raw.first().startsWith("\xEF\xBB\xBF"))
        raw.first().remove(0, 3);

    CsvFile csv;
    csv.path = path;
    bool headerSeen = false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QByteArray bytes = raw.at(i);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString line = utf8(bytes);
        if (utf8.hasError())
            return Error {tr("%1:%2: the line is not UTF-8 text; save the file as UTF-8.")
                              .arg(path, QString::number(i + 1))};
        if (line.trimmed().isEmpty())
            continue;
        if (!headerSeen) {
            headerSeen = true;
            csv.separator = separatorOf(line);
            csv.header = splitLine(line, csv.separator).fields;
            csv.headerLine = int(i + 1);
            for (int c = 0; c < csv.header.size(); ++c) {
                const QString name = csv.header.at(c).toLower();
                if (name.isEmpty())
                    continue;
                if (csv.columnOf.contains(name))
                    return Error {tr("%1: the column \"%2\" is there twice.")
                                      .arg(csv.where(csv.headerLine, c), name)};
                csv.columnOf.insert(name, c);
            }
            continue;
        }
        CsvRow row = splitLine(line, csv.separator);
        row.line = int(i + 1);
        csv.rows.append(std::move(row));
    }
    if (!headerSeen)
        return Error {tr("%1: the file is empty; %2").arg(path, emptyHint)};
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
