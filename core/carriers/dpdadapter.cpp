#include "dpdadapter.h"

#include "carrierjson.h"
#include "carriertime.h"
#include "carrierxml.h"
#include "statusmap.h"

#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

using CarrierXml::Element;

constexpr auto soapNamespace = "http://schemas.xmlsoap.org/soap/envelope/"_L1;
constexpr auto authenticationNamespace
    = "http://dpd.com/common/service/types/Authentication/2.0"_L1;
constexpr auto lifeCycleNamespace
    = "http://dpd.com/common/service/types/ParcelLifeCycleService/2.0"_L1;
constexpr auto loginNamespace = "http://dpd.com/common/service/types/LoginService/2.1"_L1;
// statusInfo/date is a display string whose format follows this language; we read en_EN's.
constexpr auto messageLanguage = "en_EN"_L1;

QUrl serviceUrl(const QUrl &base, QStringView servicePath)
{
    // The test system lives below /PublicApi, production at the root.
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + servicePath);
    return url;
}

QByteArray soapCall(QLatin1StringView operationNamespace, QLatin1StringView operation,
    const QList<std::pair<QString, QString>> &headerFields,
    const QList<std::pair<QString, QString>> &bodyFields)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeNamespace(soapNamespace, u"soapenv"_s);
    xml.writeStartElement(soapNamespace, u"Envelope"_s);
    xml.writeStartElement(soapNamespace, u"Header"_s);
    if (!headerFields.isEmpty()) {
        xml.writeNamespace(authenticationNamespace, u"auth"_s);
        xml.writeStartElement(authenticationNamespace, u"authentication"_s);
        for (const auto &[name, value] : headerFields)
            xml.writeTextElement(name, value); // unqualified, as DPD's schema has them
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(soapNamespace, u"Body"_s);
    xml.writeNamespace(operationNamespace, u"ns"_s);
    xml.writeStartElement(operationNamespace, operation);
    for (const auto &[name, value] : bodyFields)
        xml.writeTextElement(name, value);
    xml.writeEndDocument();
    return out;
}

// A ContentLine: <x><content>text</content><bold/><paragraph/></x>.
QString lineText(const Element *line)
{
    return line ? line->childText(u"content") : QString();
}

// A ContentItem: a label and any number of ContentLines, read as one text.
QString itemText(const Element *item)
{
    if (!item)
        return {};
    QStringList lines;
    for (const Element *line : item->childrenNamed(u"content")) {
        const QString text = line->childText(u"content");
        if (!text.isEmpty())
            lines.append(text);
    }
    return lines.join(u' ');
}

CarrierError malformed(const QString &field, const QString &problem)
{
    return CarrierError {CarrierErrorKind::Malformed, {}, {},
        CarrierTr::tr("%1: %2", "field: problem").arg(field, problem), std::nullopt};
}

// xs:boolean; an absent element gives the fallback, anything else is a wrong type.
std::optional<bool> readBool(const Element &parent, QStringView name, bool fallback)
{
    const Element *e = parent.child(name);
    if (!e)
        return fallback;
    if (e->text == u"true" || e->text == u"1")
        return true;
    if (e->text == u"false" || e->text == u"0")
        return false;
    return std::nullopt;
}

struct Place
{
    QString city;
    QString country;
};

// "Mechelen (BE)": the city, and the country code in parentheses.
Place placeOf(const QString &location)
{
    static const QRegularExpression pattern(u"^(.*?)\\s*\\(\\s*([A-Za-z]{2,3})\\s*\\)\\s*$"_s);
    const auto m = pattern.match(location);
    if (!m.hasMatch())
        return {location.trimmed(), {}};
    const QString code = m.captured(2).toUpper();
    QString country = countryCodeOf(code);
    if (country.isEmpty() && code.size() == 2)
        country = code; // already alpha-2, just not in our time zone table
    return {m.captured(1), country};
}

// "8/17/2021 7:11:26 PM" for en_EN; a 24-hour clock and German dots are read as well in case
// an account's language setting wins over the one in the request.
std::optional<CarrierTime> parseDpdTime(const QString &text, QStringView countryHint)
{
    const QString trimmed = text.simplified();
    const qsizetype space = trimmed.indexOf(u' ');
    if (space < 0)
        return std::nullopt;
    const QString datePart = trimmed.left(space);
    const QString timePart = trimmed.mid(space + 1);
    QDate date = QDate::fromString(datePart, u"M/d/yyyy"_s);
    if (!date.isValid())
        date = QDate::fromString(datePart, u"d.M.yyyy"_s);
    const QLocale c = QLocale::c();
    // The date and time are read apart so that no local zone of this machine shifts them.
    QTime time = c.toTime(timePart, u"h:mm:ss AP"_s);
    if (!time.isValid())
        time = c.toTime(timePart, u"H:mm:ss"_s);
    if (!time.isValid())
        time = c.toTime(timePart, u"H:mm"_s);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return resolveLocalTime(date, time, countryHint);
}

CarrierError faultError(const Element &fault, const CarrierResponse &response)
{
    CarrierError e;
    const QString faultCode = fault.childText(u"faultcode");
    QString code;
    QString message;
    bool authentication = false;
    if (const Element *detail = fault.child(u"detail")) {
        for (const Element &d : detail->children) {
            authentication = authentication || d.name == u"authenticationFault";
            if (code.isEmpty())
                code = d.childText(u"errorCode");
            if (code.isEmpty())
                code = d.childText(u"faultCode");
            if (message.isEmpty())
                message = d.childText(u"errorMessage");
            if (message.isEmpty())
                message = d.childText(u"message");
        }
    }
    e.code = code.isEmpty() ? faultCode : code;
    e.message = message.isEmpty() ? fault.childText(u"faultstring") : message;
    if (e.message.isEmpty())
        e.message = CarrierTr::tr("DPD answered with a SOAP fault");
    if (authentication || code == u"DELICOM_ERR_AUTHENTICATION") {
        // DPD says soap:Server for a bad login too; the fault's detail is what tells.
        e.kind = CarrierErrorKind::Unauthorized;
    } else if (response.httpStatus == 429) {
        e.kind = CarrierErrorKind::RateLimited;
        e.retryAfterSeconds = CarrierJson::retryAfterSeconds(response);
    } else if (faultCode.endsWith(u"Client")) {
        // Authentication faults are handled above; the parcel number is the only other thing
        // this call sends, so a client fault is about the number.
        e.kind = CarrierErrorKind::InvalidNumber;
    } else {
        e.kind = CarrierErrorKind::ServerError;
    }
    return e;
}

// The whole call failed before any tracking data: by the HTTP status when it says something,
// else the body is not DPD's.
CarrierError callError(const CarrierResponse &response, const QString &problem)
{
    if (response.httpStatus >= 400)
        return CarrierJson::errorForHttpStatus(response, {},
            CarrierTr::tr("DPD answered HTTP %1: %2").arg(response.httpStatus).arg(problem));
    return CarrierError {CarrierErrorKind::Malformed, {}, {}, problem, std::nullopt};
}

} // namespace

QString DpdAdapter::id() const
{
    return u"dpd"_s;
}

QString DpdAdapter::displayName() const
{
    return u"DPD"_s;
}

QUrl DpdAdapter::defaultBaseUrl() const
{
    // DPD Belgium; DPD Netherlands is https://wsshipper.dpd.nl, the test system
    // https://shipperadmintest.dpd.be/PublicApi.
    return QUrl(u"https://wsshipper.dpd.be"_s);
}

AuthScheme DpdAdapter::authScheme() const
{
    return AuthScheme::SoapLoginToken;
}

CarrierLimits DpdAdapter::limits() const
{
    // getTrackingData takes exactly one parcelLabelNumber (schema: maxOccurs 1). DPD publishes
    // no rate or quota for this service; one call a second is our own conservative choice.
    return CarrierLimits {1, 1.0, 0};
}

QList<CarrierRequest> DpdAdapter::buildRequests(const QStringList &trackingNumbers,
    const QUrl &baseUrl, const CarrierCredentials &credentials, const QString &token) const
{
    QList<CarrierRequest> requests;
    const QUrl url = serviceUrl(baseUrl.isEmpty() ? defaultBaseUrl() : baseUrl,
        u"/soap/services/ParcelLifeCycleService/V2_0");
    for (const QString &raw : trackingNumbers) {
        const QString number = raw.trimmed();
        if (number.isEmpty())
            continue;
        CarrierRequest r;
        r.method = "POST";
        r.url = url;
        r.headers = {
            {"Content-Type", "text/xml; charset=utf-8"},
            {"SOAPAction",
                "http://dpd.com/common/service/types/ParcelLifeCycleService/2.0/getTrackingData"},
        };
        r.body = soapCall(lifeCycleNamespace, "getTrackingData"_L1,
            {{u"delisId"_s, credentials.clientId}, {u"authToken"_s, token},
                {u"messageLanguage"_s, messageLanguage}},
            {{u"parcelLabelNumber"_s, number}});
        r.trackingNumbers = {number};
        requests.append(r);
    }
    return requests;
}

std::optional<CarrierRequest> DpdAdapter::buildTokenRequest(
    const QUrl &baseUrl, const CarrierCredentials &credentials) const
{
    CarrierRequest r;
    r.method = "POST";
    r.url = serviceUrl(
        baseUrl.isEmpty() ? defaultBaseUrl() : baseUrl, u"/soap/services/LoginService/V2_1");
    r.headers = {
        {"Content-Type", "text/xml; charset=utf-8"},
        {"SOAPAction", "http://dpd.com/common/service/types/LoginService/2.1/getAuth"},
    };
    r.body = soapCall(loginNamespace, "getAuth"_L1, {},
        {{u"delisId"_s, credentials.clientId}, {u"password"_s, credentials.clientSecret},
            {u"messageLanguage"_s, messageLanguage}});
    return r;
}

Result<AccessToken> DpdAdapter::parseTokenResponse(
    const CarrierResponse &response, qint64 nowMs) const
{
    const auto doc = CarrierXml::read(response.body);
    if (!doc)
        return Error {CarrierTr::tr("DPD login answer (HTTP %1): %2")
                          .arg(response.httpStatus)
                          .arg(doc.error().message)};
    const Element *body = doc->name == u"Envelope" ? doc->child(u"Body") : nullptr;
    if (!body)
        return Error {CarrierTr::tr("DPD login answer is not a SOAP envelope")};
    if (const Element *fault = body->child(u"Fault")) {
        const CarrierError e = faultError(*fault, response);
        return Error {CarrierTr::tr("DPD refused the login (%1): %2").arg(e.code, e.message)};
    }
    const Element *answer = body->child(u"getAuthResponse");
    const Element *ret = answer ? answer->child(u"return") : nullptr;
    const QString token = ret ? ret->childText(u"authToken") : QString();
    if (token.isEmpty())
        return Error {CarrierTr::tr("DPD login answer has no getAuthResponse.return.authToken")};
    // authTokenExpires is local time at DPD ("2021-08-20T03:00:00.0"). When it cannot be
    // read, an hour makes the token renew early rather than be used stale.
    const auto expires = parseCarrierTime(ret->childText(u"authTokenExpires"), u"BE");
    return AccessToken {token, expires ? expires->utcMs : nowMs + 3600 * 1000};
}

ParseResult DpdAdapter::parse(const CarrierResponse &response) const
{
    ParseResult result;
    if (response.httpStatus == 429) {
        result.errors.append(
            CarrierJson::errorForHttpStatus(response, {}, CarrierTr::tr("DPD: too many requests")));
        return result;
    }
    const auto doc = CarrierXml::read(response.body);
    if (!doc) {
        result.errors.append(callError(response, doc.error().message));
        return result;
    }
    const Element *body = doc->name == u"Envelope" ? doc->child(u"Body") : nullptr;
    if (!body) {
        result.errors.append(callError(response, CarrierTr::tr("not a SOAP envelope")));
        return result;
    }
    if (const Element *fault = body->child(u"Fault")) {
        result.errors.append(faultError(*fault, response));
        return result;
    }
    const Element *answer = body->child(u"getTrackingDataResponse");
    if (!answer) {
        result.errors.append(
            callError(response, CarrierTr::tr("the SOAP body has no getTrackingDataResponse")));
        return result;
    }
    const Element *tracking = answer->child(u"trackingresult");
    if (!tracking) {
        result.errors.append(malformed(u"getTrackingDataResponse.trackingresult"_s,
            CarrierTr::tr("missing; DPD always sends it")));
        return result;
    }
    const auto statusInfos = tracking->childrenNamed(u"statusInfo");
    if (statusInfos.empty()) {
        // DPD sends the frame without a single status for a number it has never scanned.
        result.errors.append(CarrierError {CarrierErrorKind::NotFound, {}, {},
            CarrierTr::tr("DPD has no tracking data for this parcel number"), std::nullopt});
        return result;
    }

    const StatusMap &map = StatusMap::forCarrier(id());
    ParsedShipment shipment;
    shipment.carrier = id();
    if (const Element *info = tracking->child(u"shipmentInfo"))
        shipment.service = itemText(info->child(u"serviceDescription"));

    std::optional<StatusMapping> currentMapping;
    bool currentFlagged = false;
    QString currentCode;
    for (size_t i = 0; i < statusInfos.size(); ++i) {
        const Element &info = *statusInfos[i];
        const QString where = u"trackingresult.statusInfo[%1]"_s.arg(i);
        const QString code = info.childText(u"status");
        if (code.isEmpty()) {
            result.errors.append(malformed(where + u".status"_s, CarrierTr::tr("missing")));
            continue;
        }
        const auto reached = readBool(info, u"statusHasBeenReached", true);
        const auto current = readBool(info, u"isCurrentStatus", false);
        if (!reached || !current) {
            const QString field = !reached ? u".statusHasBeenReached"_s : u".isCurrentStatus"_s;
            result.errors.append(malformed(where + field, CarrierTr::tr("not true or false")));
            continue;
        }
        const QString description = itemText(info.child(u"description"));
        const auto mapping = map.map(code, description);
        if (*current) {
            currentFlagged = true;
            currentMapping = mapping;
            currentCode = code;
        }
        // DPD lists the steps of its progress bar that are still ahead; they did not happen.
        if (!*reached)
            continue;
        const QString location = lineText(info.child(u"location"));
        const Element *dateLine = info.child(u"date");
        if (!dateLine)
            continue; // a reached step without a time is only a progress-bar heading
        const Place place = placeOf(location);
        const auto time = parseDpdTime(lineText(dateLine), place.country);
        if (!time) {
            result.errors.append(malformed(where + u".date.content"_s,
                CarrierTr::tr("unreadable time \"%1\"").arg(lineText(dateLine).left(60))));
            continue;
        }
        ParsedEvent event;
        event.occurredAtMs = time->utcMs;
        event.utcOffsetMinutes = time->offsetMinutes;
        event.offsetAssumed = time->offsetAssumed;
        event.code = code;
        event.description = description;
        event.city = place.city;
        event.country = place.country;
        event.mapVersion = map.version();
        if (mapping) {
            event.status = mapping->status;
            event.relevance = mapping->relevance;
        } else {
            event.unmapped = true;
        }
        shipment.events.append(event);
    }
    std::stable_sort(shipment.events.begin(), shipment.events.end(),
        [](const ParsedEvent &a, const ParsedEvent &b) { return a.occurredAtMs < b.occurredAtMs; });

    Status byEvents;
    qint64 byEventsAt = 0;
    for (const ParsedEvent &e : std::as_const(shipment.events)) {
        if (e.unmapped)
            continue;
        if (Status::supersedes(byEvents, byEventsAt, e.status, e.occurredAtMs)) {
            byEvents = e.status;
            byEventsAt = e.occurredAtMs;
        }
        switch (e.status.tag()) {
        case StatusTag::AttemptFail:
            ++shipment.attempts;
            break;
        case StatusTag::AvailableForPickup:
            shipment.pickupPoint = e.city;
            break;
        case StatusTag::Delivered:
            shipment.deliveredAtMs = e.occurredAtMs;
            break;
        default:
            break;
        }
        if (e.status.subStatus() == SubStatus::ReturnToSender
            || e.status.subStatus() == SubStatus::ReturnedToSender)
            shipment.returnToSender = true;
    }
    // The carrier's own isCurrentStatus wins; it need not be the last entry.
    if (currentMapping) {
        shipment.status = currentMapping->status;
    } else {
        shipment.status = byEvents;
        shipment.statusUnmapped = currentFlagged && !currentCode.isEmpty();
    }
    if (shipment.status.tag() != StatusTag::Delivered)
        shipment.deliveredAtMs.reset();
    addDerivedFlags(shipment);
    result.shipments.append(shipment);
    return result;
}

int DpdAdapter::recognizes(const QByteArray &body) const
{
    const QByteArrayView head = QByteArrayView(body).first(std::min<qsizetype>(body.size(), 65536));
    if (head.contains("getTrackingDataResponse") || head.contains("getAuthResponse"))
        return 95;
    if (head.contains("DELICOM_ERR_") || head.contains("dpd.com/common/service/types"))
        return 90;
    if (head.contains("<statusInfo>") && head.contains("isCurrentStatus"))
        return 70;
    return 0;
}

} // namespace ParcelDesk
