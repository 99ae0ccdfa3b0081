#include "csvreader.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

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

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

} // namespace

CsvReader::CsvReader(QString path)
    : m_path(std::move(path))
    , m_file(m_path)
{ }

bool CsvReader::split(QStringView text, QChar separator, CsvRecord &record)
{
    record.fields.clear();
    record.unclosedQuoteField = -1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (true) {
        while (i < n && isBlank(text[i]))
            ++i;
        if (i < n && text[i] == u'"') {
            ++i;
            QString field;
            qsizetype start = i;
            bool closed = false;
            while (i <= n) {
                const qsizetype quote = text.indexOf(u'"', i);
                if (quote < 0)
                    break;
                if (quote + 1 < n && text[quote + 1] == u'"') {
                    field += text.mid(start, quote + 1 - start);
                    i = quote + 2;
                    start = i;
                    continue;
                }
                field += text.mid(start, quote - start);
                i = quote + 1;
                closed = true;
                break;
            }
            if (!closed) {
                field += text.mid(start);
                record.unclosedQuoteField = int(record.fields.size());
                record.fields << field;
                return false;
            }
            // Whatever stands between the closing quote and the separator belongs to the field.
            const qsizetype end = text.indexOf(separator, i);
            field += text.mid(i, (end < 0 ? n : end) - i);
            record.fields << field.trimmed();
            i = end < 0 ? n : end;
        } else {
            const qsizetype end = text.indexOf(separator, i);
            record.fields << text.mid(i, (end < 0 ? n : end) - i).trimmed().toString();
            i = end < 0 ? n : end;
        }
        if (i >= n)
            return true;
        ++i; // the separator
    }
}

bool CsvReader::readLine(QString &line)
{
    if (!m_error.isEmpty() || m_file.atEnd())
        return false;
    QByteArray bytes = m_file.readLine();
    ++m_line;
    if (m_first) {
        m_first = false;
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
    }
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    QStringDecoder utf8(QStringDecoder::Utf8);
    line = utf8(bytes);
    if (utf8.hasError()) {
        m_error = tr("%1:%2: the line is not UTF-8 text; save the file as UTF-8.")
                      .arg(m_path, QString::number(m_line));
        return false;
    }
    return true;
}

Outcome CsvReader::open(const QString &emptyHint)
{
    if (!m_file.open(QIODevice::ReadOnly))
        return Error {tr("Cannot read %1: %2").arg(m_path, m_file.errorString())};
    QString line;
    while (readLine(line)) {
        if (line.trimmed().isEmpty())
            continue;
        m_separator = separatorOf(line);
        CsvRecord header;
        split(line, m_separator, header);
        m_header = header.fields;
        m_headerLine = m_line;
        return Done {};
    }
    if (!m_error.isEmpty())
        return Error {m_error};
    return Error {tr("%1: the file is empty; %2").arg(m_path, emptyHint)};
}

bool CsvReader::next(CsvRecord &record)
{
    QString text;
    do {
        if (!readLine(text))
            return false;
    } while (text.trimmed().isEmpty());
    record.line = m_line;
    // A quoted field that is still open takes the next line, line break and all.
    while (!split(text, m_separator, record)) {
        QString more;
        if (!readLine(more))
            return m_error.isEmpty(); // the quote is never closed: the record says which field
        text += u'\n' + more;
    }
    return true;
}

} // namespace ParcelDesk
