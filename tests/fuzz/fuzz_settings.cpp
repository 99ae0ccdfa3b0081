// libFuzzer target: the short texts users type or paste that ParcelDesk parses: a team
// database's URL, a voucher amount, a saved import profile (JSON), and the log's masking of
// personal data, which sees every message.
#include "diagnostics/logfile.h"
#include "store/database.h"
#include "store/voucherrepository.h"
#include "workflows/importmapping.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

using namespace ParcelDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    qsizetype seen = 0;
    if (const auto location = ServerLocation::parse(text))
        seen += location->url().size() + location->displayName().size();
    if (const auto amount = VoucherRepository::parseAmount(text))
        seen += qsizetype(*amount);
    seen += LogFile::redact(text).size();
    const QJsonDocument json = QJsonDocument::fromJson(bytes);
    if (json.isObject()) {
        for (const ImportKind kind :
            {ImportKind::Orders, ImportKind::Shipments, ImportKind::Feedback})
            if (const auto mapping = ImportMapping::fromJson(kind, json.object()))
                seen += mapping->toJson().size();
    }
    volatile qsizetype sink = seen;
    (void)sink;
    return 0;
}
