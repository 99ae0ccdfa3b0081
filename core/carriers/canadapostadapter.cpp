#include "canadapostadapter.h"

#include "carrierjson.h"
#include "carriertime.h"
#include "carrierxml.h"
#include "statusmap.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

using CarrierXml::Element;

struct ZoneAbbreviation
{
    const char16_t *name;
    int offsetMinutes;
};

// The abbreviations North American scans carry; each names one fixed offset.
constexpr ZoneAbbreviation zoneAbbreviations[] = {
    {u"NST", -210},
    {u"NDT", -150},
    {u"AST", -240},
    {u"ADT", -180},
    {u"EST", -300},
    {u"EDT", -240},
    {u"CST", -360},
    {u"CDT", -300},
    {u"MST", -420},
    {u"MDT", -360},
    {u"PST", -480},
    {u"PDT", -420},
    {u"AKST", -540},
    {u"AKDT", -480},
    {u"HST", -600},
    {u"UTC", 0},
    {u"GMT", 0},
};

std::optional<int> offsetOfAbbreviation(QStringView abbreviation)
{
    for (const ZoneAbbreviation &z : zoneAbbreviations) {
        if (abbreviation.compare(QStringView(z.name), Qt::CaseInsensitive) == 0)
            return z.offsetMinutes;
    }
    return std::nullopt;
}

struct Province
{
    const char16_t *code;
    const char *zone;
    const char16_t *postalLetters; // first letters of its postal codes
};

// Canada spans six zones, so a province says more than the country does.
constexpr Province provinces[] = {
    {u"NL", "America/St_Johns", u"A"},
    {u"NS", "America/Halifax", u"B"},
    {u"PE", "America/Halifax", u"C"},
    {u"NB", "America/Halifax", u"E"},
    {u"QC", "America/Toronto", u"GHJ"},
    {u"ON", "America/Toronto", u"KLMNP"},
    {u"MB", "America/Winnipeg", u"R"},
    {u"SK", "America/Regina", u"S"},
    {u"AB", "America/Edmonton", u"T"},
    {u"BC", "America/Vancouver", u"V"},
    {u"NT", "America/Yellowknife", u"X"},
    {u"NU", "America/Iqaluit", u""},
    {u"YT", "America/Whitehorse", u"Y"},
};

const Province *provinceOf(QStringView code)
{
    for (const Province &p : provinces) {
        if (code.compare(QStringView(p.code), Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

bool isCanadianPostalCode(const QString &postalCode)
{
    static const QRegularExpression pattern(u"^[A-Z]\\d[A-Z] ?\\d[A-Z]\\d$"_s);
    return pattern.match(postalCode.toUpper()).hasMatch();
}

const Province *provinceOfPostalCode(const QString &postalCode)
{
    if (!isCanadianPostalCode(postalCode))
        return nullptr;
    const QChar first = postalCode.front().toUpper();
    for (const Province &p : provinces) {
        if (QStringView(p.postalLetters).contains(first))
            return &p;
    }
    return nullptr;
}

// A local time resolved in a province's zone, or else a country's; flagged as assumed.
std::optional<CarrierTime> resolveAt(
    QDate date, QTime time, const Province *province, QStringView countryHint)
{
    if (!province)
        return resolveLocalTime(date, time, countryHint);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QDateTime local(date, time, QTimeZone(province->zone));
    return CarrierTime {local.toMSecsSinceEpoch(), local.offsetFromUtc() / 60, true};
}

CarrierError malformed(const QString &field, const QString &problem)
{
    return CarrierError {CarrierErrorKind::Malformed, {}, {},
        CarrierTr::tr("%1: %2", "field: problem").arg(field, problem), std::nullopt};
}

// "true" / "false", empty for no value; anything else is the wrong type.
std::optional<bool> readFlag(const Element &parent, QStringView name, QList<CarrierError> *errors)
{
    const QString text = parent.childText(name);
    if (text.isEmpty() || text == u"false" || text == u"0")
        return false;
    if (text == u"true" || text == u"1")
        return true;
    errors->append(malformed(u"tracking-detail."_s + name,
        CarrierTr::tr("\"%1\" is not true or false").arg(text.left(60))));
    return std::nullopt;
}

QList<CarrierError> messageErrors(const Element &messages, const CarrierResponse &response)
{
    QList<CarrierError> errors;
    for (const Element *m : messages.childrenNamed(u"message")) {
        const QString code = m->childText(u"code");
        const QString description = m->childText(u"description");
        CarrierError e = CarrierJson::errorForHttpStatus(response, code,
            description.isEmpty() ? CarrierTr::tr("Canada Post error %1").arg(code) : description);
        if (code == u"004") {
            e.kind = CarrierErrorKind::NotFound; // "No Pin History"
        } else if (code == u"E002" || code.startsWith(u"AA")) {
            e.kind = CarrierErrorKind::Unauthorized; // AAA failure, deactivated or wrong key
        } else if (description.contains(u"Rejected by SLM Monitor", Qt::CaseInsensitive)) {
            // Canada Post's throttle: "blocked from making additional calls for up to a minute".
            e.kind = CarrierErrorKind::RateLimited;
            e.retryAfterSeconds = CarrierJson::retryAfterSeconds(response).value_or(60);
        } else if (response.httpStatus < 400) {
            e.kind = CarrierErrorKind::ServerError; // an error document without an error status
        }
        errors.append(e);
    }
    if (errors.isEmpty())
        errors.append(CarrierJson::errorForHttpStatus(
            response, {}, CarrierTr::tr("Canada Post sent an empty error list")));
    return errors;
}

CarrierError callError(const CarrierResponse &response, const QString &problem)
{
    if (response.httpStatus >= 400)
        return CarrierJson::errorForHttpStatus(response, {},
            CarrierTr::tr("Canada Post answered HTTP %1: %2")
                .arg(response.httpStatus)
                .arg(problem));
    return CarrierError {CarrierErrorKind::Malformed, {}, {}, problem, std::nullopt};
}

} // namespace

QString CanadaPostAdapter::id() const
{
    return u"canadapost"_s;
}

QString CanadaPostAdapter::displayName() const
{
    return u"Canada Post"_s;
}

QUrl CanadaPostAdapter::defaultBaseUrl() const
{
    // Development keys go to https://ct.soa-gw.canadapost.ca.
    return QUrl(u"https://soa-gw.canadapost.ca"_s);
}

AuthScheme CanadaPostAdapter::authScheme() const
{
    return AuthScheme::HttpBasic;
}

CarrierLimits CanadaPostAdapter::limits() const
{
    // Get Tracking Details takes one PIN. Canada Post throttles per API key ("Rejected by SLM
    // Monitor") but publishes no figure; two calls a second and no daily quota are our choice.
    return CarrierLimits {1, 2.0, 0};
}

QString CanadaPostAdapter::mapKey(const QString &eventIdentifier)
{
    qsizetype zeros = 0;
    while (zeros + 1 < eventIdentifier.size() && eventIdentifier.at(zeros) == u'0')
        ++zeros;
    return eventIdentifier.mid(zeros);
}

QList<CarrierRequest> CanadaPostAdapter::buildRequests(const QStringList &trackingNumbers,
    const QUrl &baseUrl, const CarrierCredentials &credentials, const QString &) const
{
    QList<CarrierRequest> requests;
    const QUrl base = baseUrl.isEmpty() ? defaultBaseUrl() : baseUrl;
    QString basePath = base.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    const QByteArray authorization
        = "Basic " + (credentials.username + u':' + credentials.password).toUtf8().toBase64();
    for (const QString &raw : trackingNumbers) {
        const QString pin = raw.trimmed();
        if (pin.isEmpty())
            continue;
        CarrierRequest r;
        r.url = base;
        // Encoded, so that a pasted number with a slash cannot reach another resource.
        r.url.setPath(basePath + u"/vis/track/pin/"_s
                + QString::fromLatin1(QUrl::toPercentEncoding(pin)) + u"/detail"_s,
            QUrl::TolerantMode);
        r.headers = {
            {"Accept", "application/vnd.cpc.track-v2+xml"},
            {"Authorization", authorization},
            {"Accept-Language", "en-CA"},
        };
        r.trackingNumbers = {pin};
        requests.append(r);
    }
    return requests;
}

ParseResult CanadaPostAdapter::parse(const CarrierResponse &response) const
{
    ParseResult result;
    const auto doc = CarrierXml::read(response.body);
    if (!doc) {
        result.errors.append(callError(response, doc.error().message));
        return result;
    }
    if (doc->name == u"messages") {
        result.errors = messageErrors(*doc, response);
        return result;
    }
    if (doc->name != u"tracking-detail") {
        result.errors.append(callError(
            response, CarrierTr::tr("expected tracking-detail, not %1").arg(doc->name.left(60))));
        return result;
    }
    const Element &detail = *doc;
    const StatusMap &map = StatusMap::forCarrier(id());

    ParsedShipment shipment;
    shipment.carrier = id();
    shipment.trackingNumber = detail.childText(u"pin");
    shipment.shipmentKey = shipment.trackingNumber;
    shipment.service = detail.childText(u"service-name");
    const QString destinationPostalCode = detail.childText(u"destination-postal-id");
    const Province *destinationProvince = provinceOfPostalCode(destinationPostalCode);
    if (destinationProvince)
        shipment.destinationCountry = u"CA"_s;

    // A changed date replaces the first promise; empty elements mean "no value".
    const QString changedEta = detail.childText(u"changed-expected-date");
    const bool etaChanged = !changedEta.isEmpty();
    const QString etaText = etaChanged ? changedEta : detail.childText(u"expected-delivery-date");
    if (!etaText.isEmpty()) {
        const QDate day = QDate::fromString(etaText, Qt::ISODate);
        const auto from = resolveAt(day, QTime(0, 0), destinationProvince, u"CA");
        const auto to = resolveAt(day, QTime(23, 59, 59, 999), destinationProvince, u"CA");
        if (from && to) {
            shipment.eta.fromMs = from->utcMs;
            shipment.eta.toMs = to->utcMs;
        } else {
            const QString field = etaChanged ? u"tracking-detail.changed-expected-date"_s
                                             : u"tracking-detail.expected-delivery-date"_s;
            result.errors.append(
                malformed(field, CarrierTr::tr("unreadable date \"%1\"").arg(etaText.left(60))));
        }
    }
    const auto signatureImage = readFlag(detail, u"signature-image-exists", &result.errors);

    const Element *significant = detail.child(u"significant-events");
    const auto occurrences
        = significant ? significant->childrenNamed(u"occurrence") : std::vector<const Element *>();
    QStringList signatories; // oldest first, like the events
    // Canada Post lists the newest first; reading backwards keeps its order for equal times.
    for (auto it = occurrences.rbegin(); it != occurrences.rend(); ++it) {
        const Element &o = **it;
        const auto index = std::distance(occurrences.begin(), it.base()) - 1;
        const QString where = u"tracking-detail.significant-events.occurrence[%1]"_s.arg(index);
        const QString code = o.childText(u"event-identifier");
        if (code.isEmpty()) {
            result.errors.append(
                malformed(where + u".event-identifier"_s, CarrierTr::tr("missing")));
            continue;
        }
        const QString site = o.childText(u"event-site");
        const QString provinceText = o.childText(u"event-province");
        const Province *province = provinceOf(provinceText);
        QString country = province ? u"CA"_s : countryCodeOf(provinceText);
        if (country.isEmpty())
            country = countryCodeOf(site);

        const QString dateText = o.childText(u"event-date");
        const QString timeText = o.childText(u"event-time");
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        QTime time = QTime::fromString(timeText, u"HH:mm:ss"_s);
        if (!time.isValid())
            time = QTime::fromString(timeText, u"HH:mm"_s);
        if (!date.isValid() || !time.isValid()) {
            const QString field = !date.isValid() ? u".event-date"_s : u".event-time"_s;
            const QString text = !date.isValid() ? dateText : timeText;
            result.errors.append(
                malformed(where + field, CarrierTr::tr("unreadable \"%1\"").arg(text.left(60))));
            continue;
        }
        std::optional<CarrierTime> when;
        if (const auto offset = offsetOfAbbreviation(o.childText(u"event-time-zone")))
            when = fromOffsetTime(date, time, *offset);
        else if (province || !country.isEmpty())
            when = resolveAt(date, time, province, country);
        else
            when = resolveAt(date, time, destinationProvince, shipment.destinationCountry);
        if (!when)
            continue; // not reached: date and time are valid
        ParsedEvent event;
        event.occurredAtMs = when->utcMs;
        event.utcOffsetMinutes = when->offsetMinutes;
        event.offsetAssumed = when->offsetAssumed;
        event.code = code;
        event.description = o.childText(u"event-description");
        event.city = site;
        event.country = country;
        event.mapVersion = map.version();
        if (const auto mapping = map.map(mapKey(code), event.description)) {
            event.status = mapping->status;
            event.relevance = mapping->relevance;
        } else {
            event.unmapped = true;
        }
        shipment.events.append(event);
        const QString retail = o.childText(u"event-retail-name");
        if (event.status.tag() == StatusTag::AvailableForPickup && !retail.isEmpty())
            shipment.pickupPoint = retail;
        signatories.append(o.childText(u"signatory-name"));
    }
    // Sorting keeps the signatories beside their events.
    QList<qsizetype> order(shipment.events.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return shipment.events.at(a).occurredAtMs < shipment.events.at(b).occurredAtMs;
    });
    QList<ParsedEvent> sorted;
    sorted.reserve(order.size());
    for (const qsizetype i : std::as_const(order)) {
        sorted.append(shipment.events.at(i));
        if (!signatories.at(i).isEmpty())
            shipment.signedBy = signatories.at(i); // the newest signature wins
    }
    shipment.events = sorted;

    qint64 statusAt = 0;
    for (const ParsedEvent &e : std::as_const(shipment.events)) {
        if (e.unmapped)
            continue;
        // Detail has no current-status field: the events decide, by supersedes().
        if (Status::supersedes(shipment.status, statusAt, e.status, e.occurredAtMs)) {
            shipment.status = e.status;
            statusAt = e.occurredAtMs;
        }
        if (e.status.tag() == StatusTag::AttemptFail)
            ++shipment.attempts;
        // The delivery scan, not a later record of it (code 20, the signature image).
        if (e.status.tag() == StatusTag::Delivered
            && (e.relevance == Relevance::Milestone || !shipment.deliveredAtMs))
            shipment.deliveredAtMs = e.occurredAtMs;
        if (e.status.subStatus() == SubStatus::ReturnToSender
            || e.status.subStatus() == SubStatus::ReturnedToSender)
            shipment.returnToSender = true;
    }
    if (shipment.status.tag() != StatusTag::Delivered)
        shipment.deliveredAtMs.reset();
    if (!detail.childText(u"return-pin").isEmpty())
        shipment.returnToSender = true; // Canada Post issued a return label for this item
    shipment.proofOfDelivery = signatureImage.value_or(false) || !shipment.signedBy.isEmpty();
    addDerivedFlags(shipment);
    result.shipments.append(shipment);
    return result;
}

int CanadaPostAdapter::recognizes(const QByteArray &body) const
{
    const QByteArrayView head = QByteArrayView(body).first(std::min<qsizetype>(body.size(), 65536));
    if (head.contains("<tracking-detail") || head.contains("www.canadapost.ca/ws/"))
        return 95;
    if (head.contains("<significant-events") || head.contains("<event-identifier"))
        return 80;
    if (head.contains("<messages") && head.contains("<message>") && head.contains("<code>"))
        return 30;
    return 0;
}

} // namespace ParcelDesk
