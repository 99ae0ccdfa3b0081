#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QIODevice;

namespace ParcelDesk {

// CSV as RFC 4180 writes it: UTF-8, records ending in CRLF, a field in double quotes when it
// holds the separator, a quote, a line break or spaces at either end (a quote inside written
// twice). Optionally a byte-order mark first, which Excel needs to read UTF-8; optionally ';'
// between fields, as spreadsheets expect in countries with a decimal comma.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::CsvWriter)

public:
    struct Options
    {
        bool byteOrderMark = false;
        QChar separator = u',';
    };

    CsvWriter(QIODevice *device, Options options);

    // One record. False when the device refused the bytes.
    bool writeRow(const QStringList &fields);

    static QString field(const QString &text, QChar separator = u',');

    // What a table shows, as CSV at path: its header, then every row (DisplayRole, the
    // columns in model order). Written to a temporary file and renamed, so a failed export
    // leaves no half-written file; the error names the file.
    static Outcome exportModel(
        const QAbstractItemModel &model, const QString &path, Options options);
    // The same for the given model columns in that order: what a view shows, its hidden
    // columns left out and moved ones where the user put them.
    static Outcome exportModel(const QAbstractItemModel &model, const QString &path,
        Options options, const QList<int> &columns);

private:
    QIODevice *m_device;
    Options m_options;
    bool m_started = false;
};

} // namespace ParcelDesk
