#pragma once

#include "carriertypes.h"

#include <QJsonObject>
#include <QList>

namespace ParcelDesk {

// The JSON-lines form of a parsed answer that `parceldeskctl parse` prints: one object per
// event ("type":"event"), then one per shipment ("type":"shipment"), then one per error.
QList<QJsonObject> parseResultToJsonLines(const QString &carrier, const ParseResult &result);

// "2023-03-13T09:50:00+01:00"; UTC ("...Z") when the offset is unknown.
QString isoTimeWithOffset(qint64 utcMs, std::optional<int> offsetMinutes);

} // namespace ParcelDesk
