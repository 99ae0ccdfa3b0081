// libFuzzer target: the CSV reader behind every import (orders, shipments, feedback, returns),
// on arbitrary bytes as a file, and its record splitter on arbitrary text.
#include "store/csvreader.h"

#include <QDir>
#include <QFile>

#include <cstdint>
#include <unistd.h>

using namespace ParcelDesk;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QString path
        = QDir::temp().filePath(u"parceldesk-fuzz-csv-%1.csv"_s.arg(qint64(getpid())));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(bytes);
    }
    CsvReader reader(path);
    if (reader.open(u"order_number"_s)) {
        CsvRecord record;
        qsizetype fields = 0;
        while (reader.next(record))
            fields += record.fields.size();
        volatile qsizetype sink = fields + reader.header().size();
        (void)sink;
    }
    const QString text = QString::fromUtf8(bytes);
    for (const QChar separator : {u',', u';'}) {
        CsvRecord record;
        volatile bool closed = CsvReader::split(text, separator, record);
        (void)closed;
    }
    return 0;
}
