#pragma once

#include "carriertypes.h"
#include "domain/result.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace ParcelDesk::CarrierJson {

// No carrier answer for a handful of numbers comes near this; anything larger is refused
// before it is parsed.
constexpr qsizetype maxBodyBytes = 8 * 1024 * 1024;

// Parses a carrier's JSON body. Too large, empty, invalid UTF-8, nested too deep (Qt stops at
// 1024 levels) or not JSON: an Error that says which.
Result<QJsonDocument> read(const QByteArray &body);

// A string or a number as text, trimmed (carriers send ids both ways, and trailing spaces).
QString text(const QJsonValue &value);

// The error a bare HTTP status means when the body says nothing more specific.
CarrierError errorForHttpStatus(
    const CarrierResponse &response, const QString &code, const QString &message);

// Seconds from a Retry-After header: delta-seconds or an HTTP date.
std::optional<int> retryAfterSeconds(const CarrierResponse &response);

} // namespace ParcelDesk::CarrierJson
