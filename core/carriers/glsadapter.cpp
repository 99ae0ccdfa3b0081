#include "glsadapter.h"

#include "carrierjson.h"
#include "carriertime.h"
#include "jsonfieldreader.h"
#include "statusmap.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

constexpr int maxIdsPerCall = 10; // the spec's limit; 11 gives HTTP 400

CarrierError makeError(CarrierErrorKind kind, const QString &message,
    const QString &trackingNumber = {}, const QString &code = {})
{
    CarrierError e;
    e.kind = kind;
    e.trackingNumber = trackingNumber;
    e.code = code;
    e.message = message;
    return e;
}

// Parcel numbers (11/12 digits, the QAS test parcels) go to /trackids; Track IDs and
// notification card IDs only to /references.
bool isParcelNumber(const QString &n)
{
    if (n.startsWith(u"QAS_"))
        return true;
    return std::all_of(n.begin(), n.end(), [](QChar c) { return c.isDigit(); });
}

QString countryOf(const QString &code)
{
    const QString known = countryCodeOf(code);
    if (!known.isEmpty())
        return known;
    if (code.size() == 2 && code.at(0).isLetter() && code.at(1).isLetter())
        return code.toUpper();
    return {};
}

// The per-parcel error codes of the spec (ParcelErrorCodeDTO).
CarrierErrorKind parcelErrorKind(const QString &code)
{
    if (code.startsWith(u"E_404"))
        return CarrierErrorKind::NotFound;
    if (code.startsWith(u"E_400"))
        return CarrierErrorKind::InvalidNumber;
    if (code.startsWith(u"E_500"))
        return CarrierErrorKind::ServerError;
    return CarrierErrorKind::Malformed;
}

// The Apigee gateway's errors: {"fault": {"faultstring", "detail": {"errorcode"}}}.
CarrierError faultError(const CarrierResponse &response, const QJsonObject &fault)
{
    const QString text = fault.value(u"faultstring"_s).toString().left(300);
    const QString code = fault.value(u"detail"_s).toObject().value(u"errorcode"_s).toString();
    CarrierError e = CarrierJson::errorForHttpStatus(response, code, text);
    if (code.contains(u"ratelimit", Qt::CaseInsensitive)
        || code.contains(u"Quota", Qt::CaseInsensitive)
        || code.contains(u"SpikeArrest", Qt::CaseInsensitive)) {
        e.kind = CarrierErrorKind::RateLimited;
        e.retryAfterSeconds = CarrierJson::retryAfterSeconds(response);
    } else if (code.contains(u"jwt", Qt::CaseInsensitive)
        || code.contains(u"oauth", Qt::CaseInsensitive)
        || code.contains(u"token", Qt::CaseInsensitive)) {
        e.kind = CarrierErrorKind::Unauthorized;
    }
    return e;
}

// Problem bodies for 400/404: {type, title, status, detail, instance}.
CarrierError problemError(const CarrierResponse &response, const QJsonObject &body)
{
    const QString detail = body.value(u"detail"_s).toString();
    const QString title = body.value(u"title"_s).toString();
    return CarrierJson::errorForHttpStatus(response, QString::number(response.httpStatus),
        (detail.isEmpty() ? title : detail).left(300));
}

class ParcelReader
{
public:
    ParcelReader(const StatusMap &map, QList<CarrierError> &errors, const QString &number)
        : m_map(map)
        , m_fields(&errors)
    {
        m_fields.setTrackingNumber(number);
    }

    const JsonFieldReader &fields() const { return m_fields; }

    // GLS writes a time on every event and status: one left out is an error too.
    std::optional<CarrierTime> time(
        const QJsonObject &o, QStringView key, const QString &path, const QString &country) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            m_fields.reportMissing(path, key);
            return std::nullopt;
        }
        return m_fields.time(o, key, path, country);
    }

    std::optional<ParsedEvent> event(
        const QJsonObject &o, const QString &path, const QString &fallbackCountry) const
    {
        ParsedEvent e;
        e.code = m_fields.string(o, u"code", path);
        e.city = m_fields.string(o, u"city", path);
        e.postcode = m_fields.string(o, u"postalCode", path);
        e.country = countryOf(m_fields.string(o, u"country", path));
        e.description = m_fields.string(o, u"description", path);
        const auto t
            = time(o, u"eventDateTime", path, e.country.isEmpty() ? fallbackCountry : e.country);
        if (!t)
            return std::nullopt;
        e.occurredAtMs = t->utcMs;
        e.utcOffsetMinutes = t->offsetMinutes;
        e.offsetAssumed = t->offsetAssumed;
        const auto mapping = e.code.isEmpty() ? std::nullopt : m_map.map(e.code);
        if (mapping) {
            e.status = mapping->status;
            e.relevance = mapping->relevance;
        } else {
            e.unmapped = true;
        }
        e.mapVersion = m_map.version();
        return e;
    }

private:
    const StatusMap &m_map;
    JsonFieldReader m_fields;
};

bool isReturn(Status s)
{
    return s.subStatus() == SubStatus::ReturnToSender
        || s.subStatus() == SubStatus::ReturnedToSender;
}

std::optional<ParsedShipment> readParcel(const QJsonObject &o, const QString &path,
    const StatusMap &map, const QString &requested, QList<CarrierError> &errors)
{
    const ParcelReader reader(map, errors, requested);
    const JsonFieldReader &fields = reader.fields();
    const QString unitno = fields.string(o, u"unitno", path);
    if (unitno.isEmpty() && requested.isEmpty()) {
        errors.append(makeError(CarrierErrorKind::Malformed,
            CarrierTr::tr("%1 has neither requested nor unitno").arg(path)));
        return std::nullopt;
    }
    ParsedShipment s;
    s.carrier = u"gls"_s;
    s.trackingNumber = requested.isEmpty() ? unitno : requested;
    // A reference can expand to several parcels: the GLS parcel number tells them apart.
    s.shipmentKey = unitno.isEmpty() ? requested : unitno;

    const QJsonArray events = fields.array(o, u"events", path);
    const QString eventsPath = JsonFieldReader::field(path, u"events");
    // GLS writes offsets on every time; the last country seen is only a fallback.
    QString lastCountry;
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        const auto event = fields.objectEntry(events, i, eventsPath);
        if (!event)
            continue;
        if (auto e = reader.event(*event, JsonFieldReader::element(eventsPath, i), lastCountry)) {
            if (!e->country.isEmpty())
                lastCountry = e->country;
            s.events.append(*e);
        }
    }
    // Read newest-last above; equal times keep that order.
    std::stable_sort(s.events.begin(), s.events.end(),
        [](const ParsedEvent &a, const ParsedEvent &b) { return a.occurredAtMs < b.occurredAtMs; });

    Status fromEvents;
    qint64 fromEventsAt = 0;
    for (const ParsedEvent &e : std::as_const(s.events)) {
        if (s.originCountry.isEmpty())
            s.originCountry = e.country;
        if (e.unmapped)
            continue;
        if (Status::supersedes(fromEvents, fromEventsAt, e.status, e.occurredAtMs)) {
            fromEvents = e.status;
            fromEventsAt = e.occurredAtMs;
        }
        const StatusTag tag = e.status.tag();
        if (tag == StatusTag::AttemptFail)
            ++s.attempts;
        if (isReturn(e.status))
            s.returnToSender = true;
        if (tag == StatusTag::Delivered)
            s.deliveredAtMs = e.occurredAtMs;
        if ((tag == StatusTag::Delivered || tag == StatusTag::AvailableForPickup
                || tag == StatusTag::OutForDelivery || tag == StatusTag::AttemptFail)
            && !e.country.isEmpty())
            s.destinationCountry = e.country;
        if (tag == StatusTag::AvailableForPickup && !e.city.isEmpty())
            s.pickupPoint = e.postcode.isEmpty() ? e.city : e.postcode + u' ' + e.city;
    }

    s.status = fromEvents;
    const QString status = fields.string(o, u"status", path);
    std::optional<CarrierTime> statusTime;
    if (o.contains(u"statusDateTime"_s))
        statusTime = reader.time(o, u"statusDateTime", path, lastCountry);
    if (!status.isEmpty()) {
        if (const auto mapping = map.map(status)) {
            s.status = mapping->status;
            if (isReturn(s.status))
                s.returnToSender = true;
        } else {
            s.statusUnmapped = true;
        }
    }
    // GLS documents no attempt event code: NOTDELIVERED is at least the one failed attempt.
    if (s.status.tag() == StatusTag::AttemptFail && s.attempts == 0)
        s.attempts = 1;
    if (s.status.tag() == StatusTag::Delivered) {
        if (!s.deliveredAtMs && statusTime)
            s.deliveredAtMs = statusTime->utcMs;
    } else {
        s.deliveredAtMs.reset();
    }
    addDerivedFlags(s);
    return s;
}

} // namespace

QString GlsAdapter::id() const
{
    return u"gls"_s;
}

QString GlsAdapter::displayName() const
{
    return u"GLS"_s;
}

QUrl GlsAdapter::defaultBaseUrl() const
{
    return QUrl(u"https://api.gls-group.net"_s);
}

AuthScheme GlsAdapter::authScheme() const
{
    return AuthScheme::OAuth2ClientCredentials;
}

CarrierLimits GlsAdapter::limits() const
{
    // 10 IDs per call and 500 calls per day are documented; a per-second rate is not, so we
    // pace at one call per second.
    return CarrierLimits {maxIdsPerCall, 1.0, 500};
}

QList<CarrierRequest> GlsAdapter::buildRequests(const QStringList &trackingNumbers,
    const QUrl &baseUrl, const CarrierCredentials &, const QString &token) const
{
    QStringList parcels;
    QStringList references;
    for (const QString &raw : trackingNumbers) {
        const QString number = raw.trimmed();
        if (number.isEmpty() || parcels.contains(number) || references.contains(number))
            continue;
        (isParcelNumber(number) ? parcels : references).append(number);
    }
    const QUrl base = baseUrl.isValid() && !baseUrl.isEmpty() ? baseUrl : defaultBaseUrl();
    // Encoded form: the IDs below are percent-encoded, a "/" in one must stay "%2F".
    QString basePath = base.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);

    QList<CarrierRequest> requests;
    const auto add = [&](const QStringList &numbers, const QString &endpoint) {
        for (qsizetype from = 0; from < numbers.size(); from += maxIdsPerCall) {
            CarrierRequest r;
            r.trackingNumbers = numbers.mid(from, maxIdsPerCall);
            QStringList encoded;
            for (const QString &n : std::as_const(r.trackingNumbers))
                encoded.append(QString::fromLatin1(QUrl::toPercentEncoding(n)));
            r.url = base;
            r.url.setPath(basePath + u"/track-and-trace-v1/tracking/simple/"_s + endpoint + u'/'
                    + encoded.join(u','),
                QUrl::TolerantMode);
            QUrlQuery query;
            query.addQueryItem(u"showEvents"_s, u"true"_s);
            query.addQueryItem(u"showLinks"_s, u"false"_s);
            r.url.setQuery(query);
            r.headers.emplaceBack("Authorization", "Bearer " + token.toUtf8());
            r.headers.emplaceBack("Accept", "application/json");
            r.headers.emplaceBack("Accept-Language", "EN");
            requests.append(r);
        }
    };
    add(parcels, u"trackids"_s);
    add(references, u"references"_s);
    return requests;
}

std::optional<CarrierRequest> GlsAdapter::buildTokenRequest(
    const QUrl &baseUrl, const CarrierCredentials &credentials) const
{
    const QUrl base = baseUrl.isValid() && !baseUrl.isEmpty() ? baseUrl : defaultBaseUrl();
    QString basePath = base.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    CarrierRequest r;
    r.method = "POST";
    r.url = base;
    r.url.setPath(basePath + u"/oauth2/v1/token"_s);
    r.url.setQuery(QString());
    // Client authentication by HTTP Basic, which RFC 6749 (2.3.1) obliges every server to take.
    const QByteArray basic = QUrl::toPercentEncoding(credentials.clientId) + ':'
        + QUrl::toPercentEncoding(credentials.clientSecret);
    r.headers.emplaceBack("Authorization", "Basic " + basic.toBase64());
    r.headers.emplaceBack("Content-Type", "application/x-www-form-urlencoded");
    r.headers.emplaceBack("Accept", "application/json");
    r.body = "grant_type=client_credentials";
    return r;
}

ParseResult GlsAdapter::parse(const CarrierResponse &response) const
{
    ParseResult result;
    const auto doc = CarrierJson::read(response.body);
    const QJsonObject root = doc && doc->isObject() ? doc->object() : QJsonObject();
    if (root.value(u"fault"_s).isObject()) {
        result.errors.append(faultError(response, root.value(u"fault"_s).toObject()));
        return result;
    }
    if (response.httpStatus != 200) {
        result.errors.append(problemError(response, root));
        return result;
    }
    if (!doc) {
        result.errors.append(makeError(CarrierErrorKind::Malformed, doc.error().message));
        return result;
    }
    const QJsonValue parcels = root.value(u"parcels"_s);
    if (!parcels.isArray()) {
        result.errors.append(makeError(
            CarrierErrorKind::Malformed, CarrierTr::tr("parcels is missing or not a list")));
        return result;
    }
    const StatusMap &map = StatusMap::forCarrier(id());
    const QJsonArray list = parcels.toArray();
    const JsonFieldReader fields(&result.errors);
    QStringList keys;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const auto parcel = fields.objectEntry(list, i, u"parcels");
        if (!parcel)
            continue;
        const QJsonObject &p = *parcel;
        const QString path = JsonFieldReader::element(u"parcels", i);
        // Parcel numbers come as numbers too.
        const QString requested = fields.text(p, u"requested", path);
        const QJsonValue errorCode = p.value(u"errorCode"_s);
        if (!errorCode.isUndefined() && !errorCode.isNull()) {
            const QString code = CarrierJson::text(errorCode);
            const QString message = p.value(u"errorMessage"_s).toString().left(300);
            result.errors.append(makeError(
                parcelErrorKind(code), message.isEmpty() ? code : message, requested, code));
            continue;
        }
        auto s = readParcel(p, path, map, requested, result.errors);
        if (!s)
            continue;
        if (keys.contains(s->shipmentKey))
            s->shipmentKey += u'#' + QString::number(i);
        keys.append(s->shipmentKey);
        result.shipments.append(*s);
    }
    return result;
}

int GlsAdapter::recognizes(const QByteArray &body) const
{
    if (body.contains("\"parcels\"")) {
        int score = 40;
        if (body.contains("\"unitno\"") || body.contains("\"errorCode\""))
            score += 30;
        if (body.contains("\"eventDateTime\""))
            score += 20;
        if (body.contains("\"requested\""))
            score += 10;
        return std::min(score, 100);
    }
    if (body.contains("\"eventsCodes\""))
        return 80;
    // The Apigee gateway fault, which other Apigee-fronted carriers share.
    if (body.contains("\"fault\"") && body.contains("\"faultstring\""))
        return 30;
    return 0;
}

} // namespace ParcelDesk
