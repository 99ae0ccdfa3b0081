#include "fedexadapter.h"

#include "carrierjson.h"
#include "carriertime.h"
#include "jsonfieldreader.h"
#include "statusmap.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <initializer_list>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

// Enough of a body to tell carriers apart without reading all of it.
constexpr qsizetype sniffBytes = qsizetype(64) * 1024;
// trackingInfo: "At least one occurrence of TrackingInfo is required. Maximum limit is 30."
constexpr int maxNumbersPerCall = 30;
constexpr double kgPerPound = 0.45359237;
// FedEx throttles "for the rest of the 10-second window" and sends no Retry-After.
constexpr int throttleWindowSeconds = 10;

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

bool isAlpha2(QStringView code)
{
    return code.size() == 2 && code.at(0).isLetter() && code.at(1).isLetter();
}

// FedEx sends ISO alpha-2 codes; the name is the fallback.
QString countryOf(const JsonFieldReader &r, const QJsonObject &address, QStringView path)
{
    const QString code = r.text(address, u"countryCode", path);
    QString country = countryCodeOf(code);
    if (country.isEmpty() && isAlpha2(code))
        country = code.toUpper();
    if (country.isEmpty())
        country = countryCodeOf(r.text(address, u"countryName", path));
    return country;
}

QString addressText(const JsonFieldReader &r, const QJsonObject &address, QStringView path)
{
    QStringList parts;
    const QJsonArray lines = r.array(address, u"streetLines", path);
    for (const auto &line : lines) {
        const QString t = CarrierJson::text(line);
        if (!t.isEmpty())
            parts.append(t);
    }
    const QString place
        = QString(r.text(address, u"city", path) + u' ' + r.text(address, u"postalCode", path))
              .trimmed();
    if (!place.isEmpty())
        parts.append(place);
    return parts.join(u", "_s);
}

// Ship, pickup and promise dates come as midnight at a fixed -06:00 (Memphis) or without an
// offset: they are days, not instants.
std::optional<QDate> dateOnly(QStringView text)
{
    QStringView date;
    if (text.size() == 10)
        date = text;
    else if (text.size() >= 19 && text.mid(10, 9) == u"T00:00:00"
        && (text.size() == 19 || text.mid(19) == u"-06:00"))
        date = text.left(10);
    if (date.isEmpty())
        return std::nullopt;
    const QDate d = QDate::fromString(date.toString(), Qt::ISODate);
    return d.isValid() ? std::optional(d) : std::nullopt;
}

// A bound of a window: a day reaches from its start (begins) to its end (ends) in the
// destination's zone; a time is that instant.
std::optional<qint64> windowBound(const JsonFieldReader &r, const QString &text,
    const QString &field, bool endOfDay, const QString &destination)
{
    if (text.isEmpty())
        return std::nullopt;
    std::optional<CarrierTime> t;
    if (const auto day = dateOnly(text))
        t = resolveLocalTime(*day, endOfDay ? QTime(23, 59, 59, 999) : QTime(0, 0), destination);
    else
        t = parseCarrierTime(text, destination);
    if (!t) {
        r.report(CarrierTr::tr("%1 is not a time: \"%2\"").arg(field, text));
        return std::nullopt;
    }
    return t->utcMs;
}

SubStatus delaySubStatus(QStringView type)
{
    // DelayDetail.type: WEATHER, OPERATIONAL, LOCAL, GENERAL, CLEARANCE.
    if (type == u"WEATHER")
        return SubStatus::WeatherDelay;
    if (type == u"CLEARANCE")
        return SubStatus::CustomsDelay;
    if (type == u"OPERATIONAL")
        return SubStatus::ProcessingDelay;
    return SubStatus::ExternalDelay;
}

CarrierErrorKind errorKind(
    const QString &code, const QString &message, int httpStatus, bool perNumber)
{
    if (httpStatus == 429 || message.contains(u"quota"_s, Qt::CaseInsensitive))
        return CarrierErrorKind::RateLimited;
    if (httpStatus == 401 || httpStatus == 403 || code == u"NOT.AUTHORIZED.ERROR"
        || code == u"FORBIDDEN.ERROR")
        return CarrierErrorKind::Unauthorized;
    // An unreadable token comes back as a 400 that is about the token, not the request.
    if (code == u"BAD.REQUEST.ERROR" && message.contains(u"JWT"_s))
        return CarrierErrorKind::Unauthorized;
    if (code.endsWith(u".NOTFOUND"_s) || code == u"NOT.FOUND.ERROR")
        return CarrierErrorKind::NotFound;
    if (code.endsWith(u".EMPTY"_s) || code.endsWith(u".INVALID"_s))
        return CarrierErrorKind::InvalidNumber;
    // WSPOD: "unable to process this shipment for the moment. Try again later".
    if (httpStatus >= 500 || code == u"INTERNAL.SERVER.ERROR"
        || code == u"SERVICE.UNAVAILABLE.ERROR" || code == u"VALIDATION.ERRCD.WSPOD")
        return CarrierErrorKind::ServerError;
    if (perNumber)
        return CarrierErrorKind::NotFound;
    if (httpStatus == 400 || httpStatus == 422)
        return CarrierErrorKind::InvalidNumber;
    return CarrierErrorKind::Malformed;
}

std::optional<int> retryAfter(const CarrierResponse &response, const QString &message)
{
    if (const auto s = CarrierJson::retryAfterSeconds(response))
        return s;
    if (message.contains(u"quota"_s, Qt::CaseInsensitive)) {
        // "Daily transaction quota exceeded. Try again after 12:00 AM GMT"
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime midnight(now.date().addDays(1), QTime(0, 0), Qt::UTC);
        return int(now.secsTo(midnight));
    }
    return throttleWindowSeconds;
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
        e.retryAfterSeconds = retryAfter(response, message);
    return e;
}

struct PickupCandidate
{
    qint64 atMs = 0;
    QString place;
};

class TrackResultReader
{
public:
    TrackResultReader(const StatusMap &map, JsonFieldReader &reader, QString carrier)
        : m_map(map)
        , m_r(reader)
        , m_carrier(std::move(carrier))
    { }

    ParsedShipment read(const QJsonObject &result, const QString &number, const QString &key,
        const QString &path) const;

private:
    QList<ParsedEvent> events(const QJsonObject &result, const QString &path,
        const QString &destination, std::optional<PickupCandidate> *pickup) const;
    void readStatus(ParsedShipment &s, const QJsonObject &result, const QString &path) const;
    void readDates(ParsedShipment &s, const QJsonObject &result, const QString &path) const;
    std::optional<double> weightKg(const QJsonObject &result, const QString &path) const;
    QList<DeliveryOption> deliveryOptions(const QJsonObject &delivery, const QString &path) const;
    // The object at a chain of keys below o, and its path.
    QJsonObject nested(const QJsonObject &o, std::initializer_list<QStringView> keys,
        const QString &path, QString *nestedPath) const;

    const StatusMap &m_map;
    JsonFieldReader &m_r;
    QString m_carrier;
};

QJsonObject TrackResultReader::nested(const QJsonObject &o, std::initializer_list<QStringView> keys,
    const QString &path, QString *nestedPath) const
{
    QJsonObject current = o;
    QString p = path;
    for (QStringView key : keys) {
        current = m_r.object(current, key, p);
        p = JsonFieldReader::field(p, key);
    }
    *nestedPath = p;
    return current;
}

ParsedShipment TrackResultReader::read(
    const QJsonObject &result, const QString &number, const QString &key, const QString &path) const
{
    ParsedShipment s;
    s.carrier = m_carrier;
    s.trackingNumber = number;
    s.shipmentKey = key;

    const QJsonObject service = m_r.object(result, u"serviceDetail", path);
    s.service = m_r.text(service, u"description", JsonFieldReader::field(path, u"serviceDetail"));
    if (s.service.isEmpty())
        s.service = m_r.text(service, u"type", JsonFieldReader::field(path, u"serviceDetail"));

    const auto countryAt = [&](std::initializer_list<QStringView> keys) {
        QString p;
        const QJsonObject address = nested(result, keys, path, &p);
        return countryOf(m_r, address, p);
    };
    s.originCountry = countryAt({u"originLocation", u"locationContactAndAddress", u"address"});
    if (s.originCountry.isEmpty())
        s.originCountry = countryAt({u"shipperInformation", u"address"});
    s.destinationCountry
        = countryAt({u"destinationLocation", u"locationContactAndAddress", u"address"});
    if (s.destinationCountry.isEmpty())
        s.destinationCountry = countryAt({u"recipientInformation", u"address"});
    if (s.destinationCountry.isEmpty())
        s.destinationCountry = countryAt({u"lastUpdatedDestinationAddress"});

    std::optional<PickupCandidate> pickup;
    s.events = events(result, path, s.destinationCountry, &pickup);
    readStatus(s, result, path);
    readDates(s, result, path);

    const QString dp = JsonFieldReader::field(path, u"deliveryDetails");
    const QJsonObject delivery = m_r.object(result, u"deliveryDetails", path);
    s.signedBy = m_r.text(delivery, u"signedByName", dp);
    if (s.signedBy.isEmpty())
        s.signedBy = m_r.text(delivery, u"receivedByName", dp);
    const QJsonArray images = m_r.array(result, u"availableImages", path);
    for (const auto &image : images) {
        if (CarrierJson::text(image.toObject().value(u"type")) == u"SIGNATURE_PROOF_OF_DELIVERY")
            s.proofOfDelivery = true;
    }
    // deliveryAttempts is a string that stays "0" after failed attempts: the events count too.
    const int failedEvents
        = int(std::count_if(s.events.cbegin(), s.events.cend(), [](const ParsedEvent &e) {
              return !e.unmapped && e.status.tag() == StatusTag::AttemptFail;
          }));
    s.attempts = std::max(failedEvents, m_r.text(delivery, u"deliveryAttempts", dp).toInt());
    s.deliveryOptions = deliveryOptions(delivery, dp);

    const auto returning = [](Status st) {
        return st.subStatus() == SubStatus::ReturnToSender
            || st.subStatus() == SubStatus::ReturnedToSender;
    };
    s.returnToSender = returning(s.status)
        || std::any_of(s.events.cbegin(), s.events.cend(),
            [&](const ParsedEvent &e) { return !e.unmapped && returning(e.status); });
    const QString rp = JsonFieldReader::field(path, u"returnDetail");
    const QJsonObject returnDetail = m_r.object(result, u"returnDetail", path);
    if (!m_r.text(returnDetail, u"authorizationName", rp).isEmpty()
        || !m_r.array(returnDetail, u"reasonDetail", rp).isEmpty())
        s.returnToSender = true;

    QString hp;
    const QJsonObject hold
        = nested(result, {u"holdAtLocation", u"locationContactAndAddress", u"address"}, path, &hp);
    s.pickupPoint = addressText(m_r, hold, hp);
    if (s.pickupPoint.isEmpty() && pickup)
        s.pickupPoint = pickup->place;

    s.weightKg = weightKg(result, path);

    addDerivedFlags(s);
    return s;
}

QList<ParsedEvent> TrackResultReader::events(const QJsonObject &result, const QString &path,
    const QString &destination, std::optional<PickupCandidate> *pickup) const
{
    QList<ParsedEvent> out;
    const QString sp = JsonFieldReader::field(path, u"scanEvents");
    const QJsonArray scans = m_r.array(result, u"scanEvents", path);
    for (qsizetype i = 0; i < scans.size(); ++i) {
        const QString ep = JsonFieldReader::element(sp, i);
        const QJsonValue value = scans.at(i);
        if (!value.isObject()) {
            m_r.report(CarrierTr::tr("%1 should be an object").arg(ep));
            continue;
        }
        const QJsonObject scan = value.toObject();
        ParsedEvent e;
        e.code = m_r.text(scan, u"eventType", ep);
        const QString text = m_r.text(scan, u"eventDescription", ep);
        const QString exceptionCode = m_r.text(scan, u"exceptionCode", ep);
        const QString exceptionText = m_r.text(scan, u"exceptionDescription", ep);
        // The reason of an exception (DE, SE, DY) is kept with its code.
        if (exceptionCode.isEmpty() && exceptionText.isEmpty())
            e.description = text;
        else if (exceptionCode.isEmpty())
            e.description = text + u" ("_s + exceptionText + u')';
        else
            e.description = text + u" ("_s + exceptionCode + u": "_s + exceptionText + u')';

        const QString lp = JsonFieldReader::field(ep, u"scanLocation");
        const QJsonObject location = m_r.object(scan, u"scanLocation", ep);
        e.city = m_r.text(location, u"city", lp);
        e.postcode = m_r.text(location, u"postalCode", lp);
        e.country = countryOf(m_r, location, lp);

        const QString when = m_r.text(scan, u"date", ep);
        const auto time = parseCarrierTime(when, e.country.isEmpty() ? destination : e.country);
        if (!time) {
            m_r.report(CarrierTr::tr("%1 is not a time: \"%2\"")
                           .arg(JsonFieldReader::field(ep, u"date"), when));
            continue;
        }
        e.occurredAtMs = time->utcMs;
        e.utcOffsetMinutes = time->offsetMinutes;
        e.offsetAssumed = time->offsetAssumed;

        e.mapVersion = m_map.version();
        if (const auto m = m_map.map(e.code, e.description)) {
            e.status = m->status;
            e.relevance = m->relevance;
        } else {
            e.unmapped = true;
        }
        if (!e.unmapped && e.status.tag() == StatusTag::AvailableForPickup
            && (!*pickup || (*pickup)->atMs <= e.occurredAtMs))
            *pickup = PickupCandidate {e.occurredAtMs, addressText(m_r, location, lp)};
        out.append(e);
    }
    // FedEx lists newest first but not strictly: oldest first by instant, ties as sent.
    std::reverse(out.begin(), out.end());
    std::stable_sort(out.begin(), out.end(),
        [](const ParsedEvent &a, const ParsedEvent &b) { return a.occurredAtMs < b.occurredAtMs; });
    // A return travels on the same number: "Delivered" after "Returning package to shipper" is
    // the delivery back to the shipper, not to the recipient.
    bool returning = false;
    for (ParsedEvent &e : out) {
        if (e.unmapped)
            continue;
        if (e.code == u"RS")
            returning = true;
        else if (returning && e.status.tag() == StatusTag::Delivered)
            e.status = Status::of(SubStatus::ReturnedToSender);
    }
    return out;
}

void TrackResultReader::readStatus(
    ParsedShipment &s, const QJsonObject &result, const QString &path) const
{
    Status fromEvents;
    qint64 at = std::numeric_limits<qint64>::min();
    for (const ParsedEvent &e : std::as_const(s.events)) {
        if (!e.unmapped && Status::supersedes(fromEvents, at, e.status, e.occurredAtMs)) {
            fromEvents = e.status;
            at = e.occurredAtMs;
        }
    }
    const QString lp = JsonFieldReader::field(path, u"latestStatusDetail");
    const QJsonObject latest = m_r.object(result, u"latestStatusDetail", path);
    const QString code = m_r.text(latest, u"code", lp);
    // The reasons of an exception (ancillaryDetails) refine the code as the scans' texts do.
    QString text = m_r.text(latest, u"description", lp);
    const QString ap = JsonFieldReader::field(lp, u"ancillaryDetails");
    const QJsonArray ancillary = m_r.array(latest, u"ancillaryDetails", lp);
    for (qsizetype i = 0; i < ancillary.size(); ++i) {
        const QString reason = m_r.text(
            m_r.objectAt(ancillary, i, ap), u"reasonDescription", JsonFieldReader::element(ap, i));
        if (!reason.isEmpty())
            text += u" ("_s + reason + u')';
    }
    const auto mapped = code.isEmpty() ? std::nullopt : m_map.map(code, text);
    if (mapped && mapped->status.tag() == StatusTag::Delivered
        && fromEvents.subStatus() == SubStatus::ReturnedToSender) {
        s.status = fromEvents; // latestStatusDetail says "Delivered" for the return too
    } else if (mapped) {
        s.status = mapped->status;
    } else {
        s.status = fromEvents;
        s.statusUnmapped = !code.isEmpty() && !m_map.knowinglyUnmapped().contains(code);
    }
    // "Running Late": FedEx's own delay verdict outranks a plain in-transit scan.
    const QString dp = JsonFieldReader::field(lp, u"delayDetail");
    const QJsonObject delay = m_r.object(latest, u"delayDetail", lp);
    if (s.status.tag() == StatusTag::InTransit && m_r.text(delay, u"status", dp) == u"DELAYED")
        s.status = Status::of(delaySubStatus(m_r.text(delay, u"type", dp)));
}

void TrackResultReader::readDates(
    ParsedShipment &s, const QJsonObject &result, const QString &path) const
{
    const QString destination = s.destinationCountry;
    QHash<QString, std::pair<QString, QString>> dates; // type → (value, field)
    const QString dtp = JsonFieldReader::field(path, u"dateAndTimes");
    const QJsonArray dateAndTimes = m_r.array(result, u"dateAndTimes", path);
    for (qsizetype i = 0; i < dateAndTimes.size(); ++i) {
        const QString ep = JsonFieldReader::element(dtp, i);
        const QJsonObject d = m_r.objectAt(dateAndTimes, i, dtp);
        const QString type = m_r.text(d, u"type", ep);
        if (!type.isEmpty() && !dates.contains(type))
            dates.insert(
                type, {m_r.text(d, u"dateTime", ep), JsonFieldReader::field(ep, u"dateTime")});
    }

    const auto window = [&](QStringView holder) {
        const QString hp = JsonFieldReader::field(path, holder);
        const QString wp = JsonFieldReader::field(hp, u"window");
        const QJsonObject w = m_r.object(m_r.object(result, holder, path), u"window", hp);
        DeliveryWindow dw;
        dw.fromMs = windowBound(m_r, m_r.text(w, u"begins", wp),
            JsonFieldReader::field(wp, u"begins"), false, destination);
        dw.toMs = windowBound(
            m_r, m_r.text(w, u"ends", wp), JsonFieldReader::field(wp, u"ends"), true, destination);
        return dw;
    };
    const auto single = [&](const QString &type) {
        DeliveryWindow dw;
        const auto it = dates.constFind(type);
        if (it != dates.cend()) {
            dw.fromMs = windowBound(m_r, it->first, it->second, false, destination);
            dw.toMs = windowBound(m_r, it->first, it->second, true, destination);
        }
        return dw;
    };
    const auto known = [](const DeliveryWindow &w) { return w.fromMs || w.toMs; };
    // The carrier's current estimate first, then appointments and commitments, then the
    // service's standard transit promise.
    s.eta = window(u"estimatedDeliveryTimeWindow");
    for (const QString &type :
        {u"ESTIMATED_DELIVERY"_s, u"APPOINTMENT_DELIVERY"_s, u"COMMITMENT"_s}) {
        if (!known(s.eta))
            s.eta = single(type);
    }
    if (!known(s.eta))
        s.eta = window(u"standardTransitTimeWindow");

    if (s.status.tag() != StatusTag::Delivered)
        return;
    const auto actual = dates.constFind(u"ACTUAL_DELIVERY"_s);
    if (actual != dates.cend() && !actual->first.isEmpty() && !dateOnly(actual->first)) {
        if (const auto t = parseCarrierTime(actual->first, destination))
            s.deliveredAtMs = t->utcMs;
        else
            m_r.report(
                CarrierTr::tr("%1 is not a time: \"%2\"").arg(actual->second, actual->first));
    }
    for (auto it = s.events.crbegin(); !s.deliveredAtMs && it != s.events.crend(); ++it) {
        if (!it->unmapped && it->status.tag() == StatusTag::Delivered)
            s.deliveredAtMs = it->occurredAtMs;
    }
    if (!s.deliveredAtMs && actual != dates.cend())
        s.deliveredAtMs = windowBound(m_r, actual->first, actual->second, false, destination);
}

std::optional<double> TrackResultReader::weightKg(
    const QJsonObject &result, const QString &path) const
{
    const QString sp = JsonFieldReader::field(path, u"shipmentDetails");
    QString wp = JsonFieldReader::field(sp, u"weight");
    QJsonArray weights = m_r.array(m_r.object(result, u"shipmentDetails", path), u"weight", sp);
    if (weights.isEmpty()) {
        const QString pp = JsonFieldReader::field(path, u"packageDetails");
        const QString dp = JsonFieldReader::field(pp, u"weightAndDimensions");
        wp = JsonFieldReader::field(dp, u"weight");
        weights = m_r.array(
            m_r.object(m_r.object(result, u"packageDetails", path), u"weightAndDimensions", pp),
            u"weight", dp);
    }
    std::optional<double> kg;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const QString ep = JsonFieldReader::element(wp, i);
        const QJsonObject w = m_r.objectAt(weights, i, wp);
        const QString unit = m_r.text(w, u"unit", ep);
        const QString raw = m_r.text(w, u"value", ep);
        if (raw.isEmpty())
            continue;
        bool ok = false;
        const double value = raw.toDouble(&ok);
        if (!ok || value < 0) {
            m_r.report(CarrierTr::tr("%1 is not a weight: \"%2\"")
                           .arg(JsonFieldReader::field(ep, u"value"), raw));
            continue;
        }
        if (unit == u"KG")
            return value; // FedEx's own kilograms beat a conversion
        if (unit == u"LB" && !kg)
            kg = value * kgPerPound;
    }
    return kg;
}

// What the recipient may still change (deliveryOptionEligibilityDetails). Codes FedEx adds later
// are kept as sent; an entry without both fields is reported and skipped, the rest still count.
QList<DeliveryOption> TrackResultReader::deliveryOptions(
    const QJsonObject &delivery, const QString &path) const
{
    QList<DeliveryOption> out;
    const QString op = JsonFieldReader::field(path, u"deliveryOptionEligibilityDetails");
    const QJsonArray entries = m_r.array(delivery, u"deliveryOptionEligibilityDetails", path);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto entry = m_r.objectEntry(entries, i, op);
        if (!entry)
            continue;
        const QString ep = JsonFieldReader::element(op, i);
        // A field of a wrong type is reported by string(); an absent or empty one here.
        const auto read = [&](QStringView key) {
            const QString value = m_r.string(*entry, key, ep);
            const QJsonValue raw = entry->value(key);
            if (value.isEmpty() && (raw.isString() || raw.isUndefined() || raw.isNull()))
                m_r.reportMissing(ep, key);
            return value;
        };
        DeliveryOption o {read(u"option"), read(u"eligibility")};
        if (o.option.isEmpty() || o.eligibility.isEmpty())
            continue;
        // Each option once: the store keeps one eligibility per option, the first said.
        if (std::any_of(out.cbegin(), out.cend(),
                [&](const DeliveryOption &d) { return d.option == o.option; }))
            continue;
        out.append(std::move(o));
    }
    return out;
}

} // namespace

QString FedexAdapter::id() const
{
    return u"fedex"_s;
}

QString FedexAdapter::displayName() const
{
    return u"FedEx"_s;
}

QUrl FedexAdapter::defaultBaseUrl() const
{
    return QUrl(u"https://apis.fedex.com"_s);
}

AuthScheme FedexAdapter::authScheme() const
{
    return AuthScheme::OAuth2ClientCredentials;
}

CarrierLimits FedexAdapter::limits() const
{
    CarrierLimits l;
    l.maxNumbersPerRequest = maxNumbersPerCall;
    // 1 400 transactions per 10 seconds per project.
    l.requestsPerSecond = 140;
    // The daily quota is set per organisation; FedEx's guide gives 500 000 as its example,
    // which is what we plan with.
    l.dailyQuota = 500000;
    return l;
}

QList<CarrierRequest> FedexAdapter::buildRequests(const QStringList &trackingNumbers,
    const QUrl &baseUrl, const CarrierCredentials & /*credentials*/, const QString &token) const
{
    const QStringList numbers = distinctNumbers(trackingNumbers);
    const QUrl url
        = endpoint(baseUrl.isEmpty() ? defaultBaseUrl() : baseUrl, u"/track/v1/trackingnumbers");
    QList<CarrierRequest> requests;
    for (qsizetype start = 0; start < numbers.size(); start += maxNumbersPerCall) {
        CarrierRequest request;
        request.method = "POST";
        request.url = url;
        request.trackingNumbers = numbers.mid(start, maxNumbersPerCall);
        QJsonArray info;
        for (const QString &n : std::as_const(request.trackingNumbers))
            info.append(
                QJsonObject {{u"trackingNumberInfo"_s, QJsonObject {{u"trackingNumber"_s, n}}}});
        request.body = QJsonDocument(
            QJsonObject {{u"includeDetailedScans"_s, true},
                {u"trackingInfo"_s,
                    info}}).toJson(QJsonDocument::Compact);
        // English texts: the status map's text rules read them.
        request.headers
            = {{"Authorization", "Bearer " + token.toUtf8()}, {"Content-Type", "application/json"},
                {"Accept", "application/json"}, {"X-locale", "en_US"}};
        requests.append(request);
    }
    return requests;
}

std::optional<CarrierRequest> FedexAdapter::buildTokenRequest(
    const QUrl &baseUrl, const CarrierCredentials &credentials) const
{
    CarrierRequest request;
    request.method = "POST";
    request.url = endpoint(baseUrl.isEmpty() ? defaultBaseUrl() : baseUrl, u"/oauth/token");
    request.headers
        = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
    request.body
        = "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(credentials.clientId)
        + "&client_secret=" + QUrl::toPercentEncoding(credentials.clientSecret);
    return request;
}

ParseResult FedexAdapter::parse(const CarrierResponse &response) const
{
    ParseResult result;
    const bool httpError = response.httpStatus < 200 || response.httpStatus >= 300;
    const auto doc = CarrierJson::read(response.body);
    if (!doc || !doc->isObject()) {
        // A gateway's HTML page on a 502 is still a server error, not a bad answer.
        if (httpError)
            result.errors.append(carrierError(response, {}, {}, {}, false));
        else
            result.errors.append(CarrierError {CarrierErrorKind::Malformed, {}, {},
                doc ? CarrierTr::tr("not a JSON object") : doc.error().message, std::nullopt});
        return result;
    }
    const QJsonObject root = doc->object();
    JsonFieldReader r(&result.errors);

    const QJsonArray errors = r.array(root, u"errors", {});
    for (qsizetype i = 0; i < errors.size(); ++i) {
        const QString ep = JsonFieldReader::element(u"errors", i);
        const QJsonObject e = r.objectAt(errors, i, u"errors");
        result.errors.append(
            carrierError(response, {}, r.text(e, u"code", ep), r.text(e, u"message", ep), false));
    }
    if (httpError) {
        if (errors.isEmpty())
            result.errors.append(carrierError(response, {}, {}, {}, false));
        return result;
    }
    const QJsonValue outputValue = root.value(u"output");
    if (outputValue.isUndefined() || outputValue.isNull()) {
        if (errors.isEmpty())
            r.report(
                CarrierTr::tr("the answer has neither %1 nor %2").arg(u"output"_s, u"errors"_s));
        return result;
    }
    const QJsonObject output = r.object(root, u"output", {});
    const QString cp = u"output.completeTrackResults"_s;
    if (!outputValue.isObject())
        return result;
    const QJsonValue completeValue = output.value(u"completeTrackResults");
    if (!completeValue.isArray() || completeValue.toArray().isEmpty()) {
        // A trackingdocuments answer has an output too; an empty list answers nothing.
        r.report(
            CarrierTr::tr("%1 is missing or empty: this is no answer to a tracking call").arg(cp));
        return result;
    }
    const StatusMap &map = StatusMap::forCarrier(id());
    const QJsonArray complete = completeValue.toArray();
    for (qsizetype i = 0; i < complete.size(); ++i) {
        const QString ip = JsonFieldReader::element(cp, i);
        r.setTrackingNumber({});
        const QJsonObject entry = r.objectAt(complete, i, cp);
        const QString requested = r.text(entry, u"trackingNumber", ip);
        r.setTrackingNumber(requested);
        const QString rp = JsonFieldReader::field(ip, u"trackResults");
        const QJsonArray results = r.array(entry, u"trackResults", ip);
        const QJsonValue resultsValue = entry.value(u"trackResults");
        if (!entry.isEmpty() && results.isEmpty() && !resultsValue.isObject()
            && !resultsValue.isString() && !resultsValue.isDouble() && !resultsValue.isBool())
            r.report(CarrierTr::tr("%1 is missing or empty").arg(rp));
        for (qsizetype j = 0; j < results.size(); ++j) {
            const QString jp = JsonFieldReader::element(rp, j);
            const QJsonObject tr = r.objectAt(results, j, rp);
            if (!results.at(j).isObject())
                continue;
            const QString infoPath = JsonFieldReader::field(jp, u"trackingNumberInfo");
            const QJsonObject info = r.object(tr, u"trackingNumberInfo", jp);
            const QString number
                = requested.isEmpty() ? r.text(info, u"trackingNumber", infoPath) : requested;
            r.setTrackingNumber(number);
            // FedEx's documentation example fills every field, error included: a result with
            // scans or a status is a shipment, one without is the error it carries.
            const QJsonObject error = r.object(tr, u"error", jp);
            if (!tr.contains(u"scanEvents") && !tr.contains(u"latestStatusDetail")) {
                const QString errp = JsonFieldReader::field(jp, u"error");
                const QString code = r.text(error, u"code", errp);
                QString message = r.text(error, u"message", errp);
                if (code.isEmpty() && message.isEmpty())
                    message = CarrierTr::tr("%1 sent no tracking data for this number")
                                  .arg(displayName());
                result.errors.append(carrierError(response, number, code, message, true));
                continue;
            }
            QString key = r.text(info, u"trackingNumberUniqueId", infoPath);
            if (key.isEmpty())
                key = results.size() > 1 ? number + u'#' + QString::number(j) : number;
            TrackResultReader reader(map, r, id());
            result.shipments.append(reader.read(tr, number, key, jp));
        }
    }
    return result;
}

int FedexAdapter::recognizes(const QByteArray &body) const
{
    const QByteArray head = body.left(sniffBytes);
    if (head.contains("\"completeTrackResults\""))
        return 95;
    if (head.contains("\"trackResults\"") && head.contains("\"trackingNumberInfo\""))
        return 85;
    // The error envelope: {"transactionId": ..., "errors": [{"code": "NOT.AUTHORIZED.ERROR"}]}
    if (head.contains("\"transactionId\"")
        && (head.contains("\"errors\"") || head.contains("\"output\"")))
        return 60;
    return 0;
}

} // namespace ParcelDesk
