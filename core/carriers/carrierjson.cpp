#include "carrierjson.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ParcelDesk::CarrierJson {

Result<QJsonDocument> read(const QByteArray &body)
{
    if (body.size() > maxBodyBytes)
        return Error {
            CarrierTr::tr("the answer is %1 bytes, more than the %2 a tracking answer can be")
                .arg(body.size())
                .arg(maxBodyBytes)};
    if (body.trimmed().isEmpty())
        return Error {CarrierTr::tr("the answer is empty")};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error {CarrierTr::tr("not valid JSON: %1 at byte %2")
                          .arg(error.errorString())
                          .arg(error.offset)};
    if (!doc.isObject() && !doc.isArray())
        return Error {CarrierTr::tr("not a JSON object")};
    return doc;
}

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return {};
}

std::optional<int> retryAfterSeconds(const CarrierResponse &response)
{
    const QByteArray raw = response.header("retry-after").trimmed();
    if (raw.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = raw.toInt(&ok);
    if (ok)
        return seconds >= 0 ? std::optional(seconds) : std::nullopt;
    const QDateTime when = QLocale::c().toDateTime(
        QString::fromLatin1(raw).replace(u" GMT"_s, QString()), u"ddd, dd MMM yyyy HH:mm:ss"_s);
    if (!when.isValid())
        return std::nullopt;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(utc)));
}

CarrierError errorForHttpStatus(
    const CarrierResponse &response, const QString &code, const QString &message)
{
    CarrierError e;
    e.code = code;
    e.message = message.isEmpty() ? CarrierTr::tr("HTTP %1").arg(response.httpStatus) : message;
    const int s = response.httpStatus;
    if (s == 401 || s == 403)
        e.kind = CarrierErrorKind::Unauthorized;
    else if (s == 404)
        e.kind = CarrierErrorKind::NotFound;
    else if (s == 429) {
        e.kind = CarrierErrorKind::RateLimited;
        e.retryAfterSeconds = retryAfterSeconds(response);
    } else if (s >= 500)
        e.kind = CarrierErrorKind::ServerError;
    else if (s == 400 || s == 422)
        e.kind = CarrierErrorKind::InvalidNumber;
    else
        e.kind = CarrierErrorKind::Malformed;
    return e;
}

} // namespace ParcelDesk::CarrierJson
