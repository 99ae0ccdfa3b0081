#include "csvwriter.h"

#include <QAbstractItemModel>
#include <QIODevice>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

CsvWriter::CsvWriter(QIODevice *device, Options options)
    : m_device(device)
    , m_options(options)
{ }

QString CsvWriter::field(const QString &text, QChar separator)
{
    const bool quote = text.contains(separator) || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r')
        || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    QString out = text;
    out.replace(u'"', u"\"\""_s);
    return u'"' + out + u'"';
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    QByteArray bytes;
    if (!m_started && m_options.byteOrderMark)
        bytes = "\xEF\xBB\xBF";
    m_started = true;
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << field(f, m_options.separator);
    bytes += quoted.join(m_options.separator).toUtf8();
    bytes += "\r\n";
    return m_device->write(bytes) == bytes.size();
}

Outcome CsvWriter::exportModel(
    const QAbstractItemModel &model, const QString &path, Options options)
{
    QList<int> columns;
    for (int c = 0; c < model.columnCount(); ++c)
        columns << c;
    return exportModel(model, path, options, columns);
}

Outcome CsvWriter::exportModel(const QAbstractItemModel &model, const QString &path,
    Options options, const QList<int> &columns)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {tr("Cannot write %1: %2").arg(path, file.errorString())};
    CsvWriter writer(&file, options);
    QStringList header;
    for (int c : columns)
        header << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    bool ok = writer.writeRow(header);
    for (int r = 0; ok && r < model.rowCount(); ++r) {
        QStringList row;
        for (int c : columns)
            row << model.data(model.index(r, c), Qt::DisplayRole).toString();
        ok = writer.writeRow(row);
    }
    if (!ok || !file.commit())
        return Error {tr("Cannot write %1: %2").arg(path, file.errorString())};
    return Done {};
}

} // namespace ParcelDesk
