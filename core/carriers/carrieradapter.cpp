#include "carrieradapter.h"

#include "carrierjson.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

QByteArray CarrierResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString carrierErrorKindName(CarrierErrorKind kind)
{
    switch (kind) {
    case CarrierErrorKind::NotFound:
        return u"not_found"_s;
    case CarrierErrorKind::InvalidNumber:
        return u"invalid_number"_s;
    case CarrierErrorKind::Unauthorized:
        return u"unauthorized"_s;
    case CarrierErrorKind::RateLimited:
        return u"rate_limited"_s;
    case CarrierErrorKind::ServerError:
        return u"server_error"_s;
    case CarrierErrorKind::Malformed:
        return u"malformed"_s;
    }
    return u"malformed"_s;
}

void addDerivedFlags(ParsedShipment &shipment)
{
    bool assumed = false;
    bool unmapped = shipment.statusUnmapped;
    for (const ParsedEvent &e : std::as_const(shipment.events)) {
        assumed = assumed || e.offsetAssumed;
        unmapped = unmapped || e.unmapped;
    }
    for (const auto &[flag, set] :
        {std::pair {u"offset_assumed"_s, assumed}, std::pair {u"unmapped_codes"_s, unmapped}}) {
        if (set && !shipment.flags.contains(flag))
            shipment.flags.append(flag);
    }
}

std::optional<CarrierRequest> CarrierAdapter::buildTokenRequest(
    const QUrl &, const CarrierCredentials &) const
{
    return std::nullopt;
}

Result<AccessToken> CarrierAdapter::parseTokenResponse(
    const CarrierResponse &response, qint64 nowMs) const
{
    // RFC 6749 section 5.1, as UPS, FedEx, USPS and GLS answer it.
    if (response.httpStatus == 401 || response.httpStatus == 403 || response.httpStatus == 400)
        return Error {CarrierTr::tr("%1 refused the credentials (HTTP %2): %3")
                          .arg(displayName())
                          .arg(response.httpStatus)
                          .arg(QString::fromUtf8(response.body.left(300)))};
    const auto doc = CarrierJson::read(response.body);
    if (!doc)
        return Error {CarrierTr::tr("%1 token answer: %2").arg(displayName(), doc.error().message)};
    const QJsonObject o = doc->object();
    const QString token = o.value(u"access_token"_s).toString();
    if (token.isEmpty())
        return Error {CarrierTr::tr("%1 token answer has no access_token").arg(displayName())};
    // expires_in is a number, or a numeric string (UPS).
    const qint64 expiresIn = CarrierJson::text(o.value(u"expires_in"_s)).toLongLong();
    return AccessToken {token, nowMs + (expiresIn > 0 ? expiresIn : 3600) * 1000};
}

} // namespace ParcelDesk
