#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>

namespace ParcelDesk {

// One record of a CSV file: usually a line, more when a quoted field holds line breaks (a
// shop's order notes and addresses do).
struct CsvRecord
{
    int line = 0; // 1-based, where the record starts
    QStringList fields;
    int unclosedQuoteField = -1; // the field whose quote never closes (up to the file's end)
};

// Reads a CSV file record by record, without holding it in memory: UTF-8 (a byte-order mark is
// skipped), lines ending in LF or CRLF, fields separated by ',' or ';' (whichever the header
// uses more), each optionally in double quotes with a quote inside written twice and line
// breaks kept, spaces around a field not counting. The first non-empty line names the columns;
// blank lines between records are skipped.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::CsvReader)

public:
    explicit CsvReader(QString path);

    // Opens the file and reads its header. emptyHint says what the first line must name, for
    // the error about an empty file.
    Outcome open(const QString &emptyHint);
    // The next record; false at the end of the file or when a line is not UTF-8 (error()).
    bool next(CsvRecord &record);
    QString error() const { return m_error; }

    QString path() const { return m_path; }
    QChar separator() const { return m_separator; }
    const QStringList &header() const { return m_header; }
    int headerLine() const { return m_headerLine; }
    // How far the reader is into the file, in bytes, for progress.
    qint64 position() const { return m_file.pos(); }
    qint64 size() const { return m_file.size(); }

    // Splits one record's text (its lines joined by '\n'); false when a quote is still open.
    static bool split(QStringView text, QChar separator, CsvRecord &record);

private:
    // The next physical line without its line break; false at the end or on an error.
    bool readLine(QString &line);

    QString m_path;
    QFile m_file;
    QChar m_separator = u',';
    QStringList m_header;
    int m_headerLine = 0;
    int m_line = 0; // physical lines read so far
    bool m_first = true;
    QString m_error;
};

} // namespace ParcelDesk
