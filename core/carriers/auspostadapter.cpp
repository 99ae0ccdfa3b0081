#include "auspostadapter.h"

#include "carrierjson.h"
#include "carriertime.h"
#include "jsonfieldreader.h"
#include "statusmap.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

// Enough of a body to tell carriers apart without reading all of it.
constexpr qsizetype sniffBytes = qsizetype(64) * 1024;
// Error 51101: "The request must contain 10 or less AP article ids, consignment ids, or barcode
// ids."
constexpr int maxNumbersPerCall = 10;

QUrl endpoint(const QUrl &baseUrl, QStringView path)
{
    QUrl url = baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(QString());
    return url;
}

QStringList distinctNumbers(const QStringList &numbers)
{
    QStringList out;
    for (const QString &n : numbers) {
        const QString t = n.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out.append(t);
    }
    return out;
}

// A place as Australia Post writes it: "KEW VIC", "CHICAGO (US)", "US-60199, UNITED STATES",
// "NZ", or no place at all ("Transit Scan").
struct Place
{
    QString city;
    QString postcode;
    QString country;
    QString state; // Australian state or territory
};

Place placeOf(const QString &text)
{
    static const QRegularExpression australian(
        u"^(.*\\S)\\s+(NSW|VIC|QLD|SA|WA|TAS|NT|ACT)(?:\\s+(\\d{4}))?$"_s);
    static const QRegularExpression withCode(u"^(.*\\S)\\s*\\(([A-Za-z]{2})\\)$"_s);
    static const QRegularExpression codePostcodeName(u"^([A-Za-z]{2})-(\\w+),\\s*(.+)$"_s);
    Place p;
    const QString t = text.trimmed();
    if (t.isEmpty() || t.compare(u"Transit Scan"_s, Qt::CaseInsensitive) == 0)
        return p;
    if (const auto a = australian.match(t); a.hasMatch()) {
        p.city = a.captured(1);
        p.state = a.captured(2);
        p.postcode = a.captured(3);
        p.country = u"AU"_s;
    } else if (const auto c = withCode.match(t); c.hasMatch()) {
        p.city = c.captured(1);
        p.country = c.captured(2).toUpper();
    } else if (const auto n = codePostcodeName.match(t); n.hasMatch()) {
        p.postcode = n.captured(2);
        p.country = countryCodeOf(n.captured(3));
        if (p.country.isEmpty())
            p.country = n.captured(1).toUpper();
    } else if (const QString code = countryCodeOf(t); !code.isEmpty()) {
        p.country = code;
    } else {
        p.city = t;
    }
    return p;
}

// Australia Post writes every time in Australian eastern time, wherever the scan was. The
// instant is right; the offset at the place is derived from where the scan happened when that
// is known to lie in another zone, and flagged as assumed.
QByteArray zoneOfPlace(const Place &p)
{
    if (p.country == u"AU") {
        if (p.state == u"QLD")
            return "Australia/Brisbane";
        if (p.state == u"SA")
            return "Australia/Adelaide";
        if (p.state == u"NT")
            return "Australia/Darwin";
        if (p.state == u"WA")
            return "Australia/Perth";
        return {}; // eastern time: what the carrier wrote
    }
    return timeZoneOfCountry(p.country);
}

void placeOffset(ParsedEvent &e, const Place &p)
{
    if (p.country.isEmpty() || e.offsetAssumed)
        return;
    const QByteArray zoneId = zoneOfPlace(p);
    if (zoneId.isEmpty() && p.country == u"AU")
        return;
    const QTimeZone zone(zoneId);
    if (zoneId.isEmpty() || !zone.isValid()) {
        e.utcOffsetMinutes = std::nullopt; // abroad, in a zone we do not know
        e.offsetAssumed = true;
        return;
    }
    const int offset
        = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(e.occurredAtMs, Qt::UTC)) / 60;
    if (e.utcOffsetMinutes == offset)
        return;
    e.utcOffsetMinutes = offset;
    e.offsetAssumed = true;
}

CarrierErrorKind errorKind(const QString &code, const QString &name, int httpStatus, bool perNumber)
{
    if (httpStatus == 429 || code == u"API_002"
        || name.contains(u"Too many requests"_s, Qt::CaseInsensitive))
        return CarrierErrorKind::RateLimited;
    // 41001 CUSTOMER_NOT_FOUND: the Account-Number is not one Australia Post knows.
    if (httpStatus == 401 || httpStatus == 403 || code == u"41001")
        return CarrierErrorKind::Unauthorized;
    // ESB-10001 "Invalid tracking ID" is Australia Post's answer for any id it has no record
    // of, well-formed or not.
    if (code == u"ESB-10001")
        return CarrierErrorKind::NotFound;
    if (code == u"51101" || code == u"unprocessable_entity")
        return CarrierErrorKind::InvalidNumber;
    if (httpStatus >= 500)
        return CarrierErrorKind::ServerError;
    if (perNumber)
        return CarrierErrorKind::NotFound;
    if (httpStatus == 400 || httpStatus == 404 || httpStatus == 422)
        return CarrierErrorKind::InvalidNumber;
    return CarrierErrorKind::ServerError;
}

CarrierError carrierError(const CarrierResponse &response, const QString &trackingNumber,
    const QString &code, const QString &message, bool perNumber)
{
    CarrierError e;
    e.kind = errorKind(code, message, response.httpStatus, perNumber);
    e.trackingNumber = trackingNumber;
    e.code = code;
    e.message = message.isEmpty() ? CarrierTr::tr("HTTP %1").arg(response.httpStatus) : message;
    if (e.kind == CarrierErrorKind::RateLimited)
        e.retryAfterSeconds = CarrierJson::retryAfterSeconds(response);
    return e;
}

// One entry of an errors[] list. Australia Post has several shapes ({code, name, message},
// {error_code, error_name}, {error, error_description}); an entry that has two gives two.
void readErrors(const JsonFieldReader &r, const QJsonArray &errors, const QString &path,
    const CarrierResponse &response, const QString &trackingNumber, bool perNumber,
    QList<CarrierError> *out)
{
    for (qsizetype i = 0; i < errors.size(); ++i) {
        const QString ep = JsonFieldReader::element(path, i);
        const QJsonObject e = r.objectAt(errors, i, path);
        bool known = false;
        const QString errorCode = r.text(e, u"error_code", ep);
        const QString errorName = r.text(e, u"error_name", ep);
        if (!errorCode.isEmpty() || !errorName.isEmpty()) {
            out->append(carrierError(response, trackingNumber, errorCode, errorName, perNumber));
            known = true;
        }
        const QString code = r.text(e, u"code", ep);
        const QString name = r.text(e, u"name", ep);
        const QString message = r.text(e, u"message", ep);
        if (!code.isEmpty() || !name.isEmpty() || !message.isEmpty()) {
            out->append(carrierError(
                response, trackingNumber, code, message.isEmpty() ? name : message, perNumber));
            known = true;
        }
        const QString error = r.text(e, u"error", ep);
        if (!error.isEmpty()) {
            out->append(carrierError(
                response, trackingNumber, error, r.text(e, u"error_description", ep), perNumber));
            known = true;
        }
        if (!known && !e.isEmpty())
            r.report(CarrierTr::tr("%1 is an error without a code").arg(ep));
    }
}

class ItemReader
{
public:
    ItemReader(const StatusMap &map, const JsonFieldReader &reader, QString carrier)
        : m_map(map)
        , m_r(reader)
        , m_carrier(std::move(carrier))
    { }

    // statusFallback: the result's own status, when the item is the result's only one.
    ParsedShipment read(const QJsonObject &item, const QString &number, const QString &key,
        const QString &statusFallback, const QString &path) const;

private:
    struct Located
    {
        ParsedEvent event;
        QString place; // as the carrier wrote it
    };
    QList<Located> events(const QJsonObject &item, const QString &path) const;
    std::optional<StatusMapping> mapStatus(const QString &status) const;

    const StatusMap &m_map;
    const JsonFieldReader &m_r;
    QString m_carrier;
};

std::optional<StatusMapping> ItemReader::mapStatus(const QString &status) const
{
    if (status.isEmpty())
        return std::nullopt;
    if (const auto m = m_map.map(status))
        return m;
    // A status text we have no entry for is read like an event text.
    return m_map.map(QStringView(), status);
}

QList<ItemReader::Located> ItemReader::events(const QJsonObject &item, const QString &path) const
{
    QList<Located> out;
    const QString ep = JsonFieldReader::field(path, u"events");
    const QJsonArray events = m_r.array(item, u"events", path);
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString vp = JsonFieldReader::element(ep, i);
        const QJsonValue value = events.at(i);
        if (!value.isObject()) {
            m_r.report(CarrierTr::tr("%1 should be an object").arg(vp));
            continue;
        }
        const QJsonObject ev = value.toObject();
        Located l;
        ParsedEvent &e = l.event;
        e.description = m_r.text(ev, u"description", vp);
        l.place = m_r.text(ev, u"location", vp);
        const Place place = placeOf(l.place);
        e.city = place.city;
        e.postcode = place.postcode;
        e.country = place.country;
        const QString when = m_r.text(ev, u"date", vp);
        // Without an offset, a time is read in the scan's country, else in Australia: the
        // carrier's own network.
        const auto time = parseCarrierTime(when, place.country.isEmpty() ? u"AU"_s : place.country);
        if (!time) {
            m_r.report(CarrierTr::tr("%1 is not a time: \"%2\"")
                           .arg(JsonFieldReader::field(vp, u"date"), when));
            continue;
        }
        e.occurredAtMs = time->utcMs;
        e.utcOffsetMinutes = time->offsetMinutes;
        e.offsetAssumed = time->offsetAssumed;
        placeOffset(e, place);
        e.mapVersion = m_map.version();
        // No event codes: the texts decide, by the map's text rules.
        if (const auto m = m_map.map(QStringView(), e.description)) {
            e.status = m->status;
            e.relevance = m->relevance;
        } else {
            e.unmapped = true;
        }
        out.append(l);
    }
    // Newest first as sent; identical events stay, in the order they came.
    std::reverse(out.begin(), out.end());
    std::stable_sort(out.begin(), out.end(), [](const Located &a, const Located &b) {
        return a.event.occurredAtMs < b.event.occurredAtMs;
    });
    return out;
}

ParsedShipment ItemReader::read(const QJsonObject &item, const QString &number, const QString &key,
    const QString &statusFallback, const QString &path) const
{
    ParsedShipment s;
    s.carrier = m_carrier;
    s.trackingNumber = number;
    s.shipmentKey = key;
    s.service = m_r.text(item, u"product_type", path);

    const QList<Located> located = events(item, path);
    for (const Located &l : located)
        s.events.append(l.event);

    Status fromEvents;
    qint64 at = std::numeric_limits<qint64>::min();
    for (const ParsedEvent &e : std::as_const(s.events)) {
        if (!e.unmapped && Status::supersedes(fromEvents, at, e.status, e.occurredAtMs)) {
            fromEvents = e.status;
            at = e.occurredAtMs;
        }
    }
    const QString itemStatus = m_r.text(item, u"status", path);
    auto mapped = mapStatus(itemStatus);
    if (!mapped)
        mapped = mapStatus(statusFallback);
    if (mapped) {
        s.status = mapped->status;
    } else {
        s.status = fromEvents;
        const QString given = itemStatus.isEmpty() ? statusFallback : itemStatus;
        s.statusUnmapped = !given.isEmpty() && !m_map.knowinglyUnmapped().contains(given);
    }

    const auto has
        = [](const ParsedEvent &e, StatusTag tag) { return !e.unmapped && e.status.tag() == tag; };
    for (const Located &l : located) {
        const ParsedEvent &e = l.event;
        if (e.unmapped)
            continue;
        const SubStatus sub = e.status.subStatus();
        if (s.originCountry.isEmpty() && sub == SubStatus::AcceptanceScan)
            s.originCountry = e.country; // where the sender handed it over
        if (!e.country.isEmpty()
            && (has(e, StatusTag::Delivered) || has(e, StatusTag::OutForDelivery)
                || has(e, StatusTag::AvailableForPickup) || has(e, StatusTag::AttemptFail)
                || sub == SubStatus::ArrivedInDestinationCountry))
            s.destinationCountry = e.country;
        if (has(e, StatusTag::AttemptFail))
            ++s.attempts;
        if (sub == SubStatus::ReturnToSender || sub == SubStatus::ReturnedToSender)
            s.returnToSender = true;
        if (has(e, StatusTag::Delivered))
            s.deliveredAtMs = e.occurredAtMs;
        if (has(e, StatusTag::AvailableForPickup))
            s.pickupPoint = l.place;
    }
    if (s.status.tag() != StatusTag::Delivered)
        s.deliveredAtMs.reset();
    if (s.status.tag() != StatusTag::AvailableForPickup)
        s.pickupPoint.clear();
    if (s.status.subStatus() == SubStatus::ReturnToSender
        || s.status.subStatus() == SubStatus::ReturnedToSender)
        s.returnToSender = true;

    addDerivedFlags(s);
    return s;
}

} // namespace

QString AuspostAdapter::id() const
{
    return u"auspost"_s;
}

QString AuspostAdapter::displayName() const
{
    return u"Australia Post"_s;
}

QUrl AuspostAdapter::defaultBaseUrl() const
{
    // The test environment is the same host under /test.
    return QUrl(u"https://digitalapi.auspost.com.au"_s);
}

AuthScheme AuspostAdapter::authScheme() const
{
    return AuthScheme::HttpBasic;
}

CarrierLimits AuspostAdapter::limits() const
{
    CarrierLimits l;
    l.maxNumbersPerRequest = maxNumbersPerCall;
    // Australia Post publishes no rate or quota; one call a second keeps clear of "API_002 Too
    // many requests", and no daily quota is assumed.
    l.requestsPerSecond = 1;
    l.dailyQuota = 0;
    return l;
}

QList<CarrierRequest> AuspostAdapter::buildRequests(const QStringList &trackingNumbers,
    const QUrl &baseUrl, const CarrierCredentials &credentials, const QString & /*token*/) const
{
    const QStringList numbers = distinctNumbers(trackingNumbers);
    const QUrl url
        = endpoint(baseUrl.isEmpty() ? defaultBaseUrl() : baseUrl, u"/shipping/v1/track");
    // The API key is the Basic user name.
    const QString user = credentials.username.isEmpty() ? credentials.apiKey : credentials.username;
    const QByteArray basic = "Basic " + (user + u':' + credentials.password).toUtf8().toBase64();
    QList<CarrierRequest> requests;
    for (qsizetype start = 0; start < numbers.size(); start += maxNumbersPerCall) {
        CarrierRequest request;
        request.trackingNumbers = numbers.mid(start, maxNumbersPerCall);
        QUrlQuery query;
        query.addQueryItem(u"tracking_ids"_s, request.trackingNumbers.join(u','));
        request.url = url;
        request.url.setQuery(query);
        request.headers = {{"Authorization", basic},
            {"Account-Number", credentials.accountNumber.toUtf8()}, {"Accept", "application/json"}};
        requests.append(request);
    }
    return requests;
}

ParseResult AuspostAdapter::parse(const CarrierResponse &response) const
{
    ParseResult result;
    const bool httpError = response.httpStatus < 200 || response.httpStatus >= 300;
    const auto doc = CarrierJson::read(response.body);
    if (!doc || !doc->isObject()) {
        if (httpError)
            result.errors.append(carrierError(response, {}, {}, {}, false));
        else
            result.errors.append(CarrierError {CarrierErrorKind::Malformed, {}, {},
                doc ? CarrierTr::tr("not a JSON object") : doc.error().message, std::nullopt});
        return result;
    }
    const QJsonObject root = doc->object();
    JsonFieldReader r(&result.errors);

    const qsizetype before = result.errors.size();
    readErrors(r, r.array(root, u"errors", {}), u"errors"_s, response, {}, false, &result.errors);
    const bool callErrors = result.errors.size() > before;
    if (httpError) {
        if (!callErrors)
            result.errors.append(carrierError(response, {}, {}, {}, false));
        return result;
    }
    if (!root.contains(u"tracking_results")) {
        if (!callErrors)
            r.report(CarrierTr::tr("the answer has neither %1 nor %2")
                         .arg(u"tracking_results"_s, u"errors"_s));
        return result;
    }

    const ItemReader items(StatusMap::forCarrier(id()), r, id());
    const QString rp = u"tracking_results"_s;
    const QJsonArray results = r.array(root, u"tracking_results", {});
    if (results.isEmpty() && !root.value(u"tracking_results").isObject()
        && !root.value(u"tracking_results").isString()
        && !root.value(u"tracking_results").isDouble() && !root.value(u"tracking_results").isBool())
        r.report(CarrierTr::tr("%1 is missing or empty").arg(rp));
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QString ip = JsonFieldReader::element(rp, i);
        r.setTrackingNumber({});
        const QJsonObject entry = r.objectAt(results, i, rp);
        const QString number = r.text(entry, u"tracking_id", ip);
        r.setTrackingNumber(number);
        const qsizetype errorsBefore = result.errors.size();
        readErrors(r, r.array(entry, u"errors", ip), JsonFieldReader::field(ip, u"errors"),
            response, number, true, &result.errors);
        const QString resultStatus = r.text(entry, u"status", ip);

        // Articles directly, or a consignment's articles one level deeper.
        struct Article
        {
            QJsonObject item;
            QString path;
        };
        QList<Article> articles;
        const QString tp = JsonFieldReader::field(ip, u"trackable_items");
        const QJsonArray trackable = r.array(entry, u"trackable_items", ip);
        for (qsizetype k = 0; k < trackable.size(); ++k) {
            const QString kp = JsonFieldReader::element(tp, k);
            const QJsonObject t = r.objectAt(trackable, k, tp);
            if (!t.contains(u"items")) {
                if (!t.isEmpty())
                    articles.append({t, kp});
                continue;
            }
            const QString mp = JsonFieldReader::field(kp, u"items");
            const QJsonArray inner = r.array(t, u"items", kp);
            for (qsizetype m = 0; m < inner.size(); ++m) {
                const QJsonObject a = r.objectAt(inner, m, mp);
                if (!a.isEmpty())
                    articles.append({a, JsonFieldReader::element(mp, m)});
            }
        }
        // Only a bare consignment block (no items) stands for the shipment itself.
        if (articles.isEmpty()) {
            const QString cp = JsonFieldReader::field(ip, u"consignment");
            const QJsonArray consignment = r.array(entry, u"consignment", ip);
            for (qsizetype k = 0; k < consignment.size(); ++k) {
                const QJsonObject c = r.objectAt(consignment, k, cp);
                if (!c.isEmpty())
                    articles.append({c, JsonFieldReader::element(cp, k)});
            }
        }
        // Neither articles nor a word why: as good as not found.
        if (articles.isEmpty() && result.errors.size() == errorsBefore && !entry.isEmpty()) {
            CarrierError e;
            e.kind = CarrierErrorKind::NotFound;
            e.trackingNumber = number;
            e.message
                = CarrierTr::tr("%1 sent no tracking data for this number").arg(displayName());
            result.errors.append(e);
        }
        for (qsizetype k = 0; k < articles.size(); ++k) {
            const Article &a = articles.at(k);
            QString key = r.text(a.item, u"article_id", a.path);
            if (key.isEmpty())
                key = r.text(a.item, u"consignment_id", a.path);
            if (key.isEmpty())
                key = articles.size() > 1 ? number + u'#' + QString::number(k) : number;
            result.shipments.append(items.read(a.item, number.isEmpty() ? key : number, key,
                articles.size() == 1 ? resultStatus : QString(), a.path));
        }
    }
    return result;
}

int AuspostAdapter::recognizes(const QByteArray &body) const
{
    const QByteArray head = body.left(sniffBytes);
    const bool results = head.contains("\"tracking_results\"");
    if (results && (head.contains("\"trackable_items\"") || head.contains("\"tracking_id\"")))
        return 95;
    if (results)
        return 80;
    if (head.contains("TOO_MANY_AP_TRACKING_IDS") || head.contains("\"ESB-1")
        || head.contains("\"API_002\""))
        return 80;
    return 0;
}

} // namespace ParcelDesk
