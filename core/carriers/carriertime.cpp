#include "carriertime.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

struct CountryZone
{
    const char16_t *alpha2;
    const char16_t *alpha3;
    const char *zone;
    std::initializer_list<const char16_t *> names;
};

// Countries our carriers serve most; others fall back to "no offset known".
const CountryZone countryZones[] = {
    {u"DE", u"DEU", "Europe/Berlin", {u"Germany", u"Deutschland", u"Allemagne"}},
    {u"AT", u"AUT", "Europe/Vienna", {u"Austria", u"Österreich", u"Oesterreich"}},
    {u"CH", u"CHE", "Europe/Zurich", {u"Switzerland", u"Schweiz", u"Suisse"}},
    {u"NL", u"NLD", "Europe/Amsterdam",
        {u"Netherlands", u"The Netherlands", u"Niederlande", u"Nederland", u"Holland"}},
    {u"BE", u"BEL", "Europe/Brussels", {u"Belgium", u"Belgien", u"Belgique", u"België"}},
    {u"LU", u"LUX", "Europe/Luxembourg", {u"Luxembourg", u"Luxemburg"}},
    {u"FR", u"FRA", "Europe/Paris", {u"France", u"Frankreich"}},
    {u"PL", u"POL", "Europe/Warsaw", {u"Poland", u"Polen", u"Polska"}},
    {u"CZ", u"CZE", "Europe/Prague", {u"Czech Republic", u"Czechia", u"Tschechien"}},
    {u"DK", u"DNK", "Europe/Copenhagen", {u"Denmark", u"Dänemark"}},
    {u"SE", u"SWE", "Europe/Stockholm", {u"Sweden", u"Schweden"}},
    {u"IT", u"ITA", "Europe/Rome", {u"Italy", u"Italien", u"Italia"}},
    {u"ES", u"ESP", "Europe/Madrid", {u"Spain", u"Spanien", u"España"}},
    {u"GB", u"GBR", "Europe/London",
        {u"United Kingdom", u"Great Britain", u"Großbritannien", u"UK"}},
    {u"IE", u"IRL", "Europe/Dublin", {u"Ireland", u"Irland"}},
    {u"US", u"USA", "America/New_York",
        {u"United States", u"United States of America", u"USA", u"Vereinigte Staaten"}},
    {u"CA", u"CAN", "America/Toronto", {u"Canada", u"Kanada"}},
    {u"MX", u"MEX", "America/Mexico_City", {u"Mexico", u"Mexiko"}},
    {u"AU", u"AUS", "Australia/Sydney", {u"Australia", u"Australien"}},
    {u"NZ", u"NZL", "Pacific/Auckland", {u"New Zealand", u"Neuseeland"}},
    {u"CN", u"CHN", "Asia/Shanghai", {u"China"}},
    {u"HK", u"HKG", "Asia/Hong_Kong", {u"Hong Kong"}},
    {u"JP", u"JPN", "Asia/Tokyo", {u"Japan"}},
    {u"SG", u"SGP", "Asia/Singapore", {u"Singapore"}},
    {u"IN", u"IND", "Asia/Kolkata", {u"India", u"Indien"}},
};

const CountryZone *findCountry(QStringView nameOrCode)
{
    const QStringView t = nameOrCode.trimmed();
    if (t.isEmpty())
        return nullptr;
    for (const CountryZone &c : countryZones) {
        if (t.compare(QStringView(c.alpha2), Qt::CaseInsensitive) == 0
            || t.compare(QStringView(c.alpha3), Qt::CaseInsensitive) == 0)
            return &c;
        for (const char16_t *name : c.names) {
            if (t.compare(QStringView(name), Qt::CaseInsensitive) == 0)
                return &c;
        }
    }
    return nullptr;
}

} // namespace

QByteArray timeZoneOfCountry(QStringView countryCode)
{
    const CountryZone *c = findCountry(countryCode);
    return c ? QByteArray(c->zone) : QByteArray();
}

QString countryCodeOf(QStringView nameOrCode)
{
    const CountryZone *c = findCountry(nameOrCode);
    return c ? QString::fromUtf16(c->alpha2) : QString();
}

CarrierTime fromOffsetTime(QDate date, QTime time, int offsetMinutes)
{
    const QDateTime dt(date, time, Qt::OffsetFromUTC, offsetMinutes * 60);
    return {dt.toMSecsSinceEpoch(), offsetMinutes, false};
}

std::optional<CarrierTime> resolveLocalTime(QDate date, QTime time, QStringView countryHint)
{
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QByteArray zoneId = timeZoneOfCountry(countryHint);
    const QTimeZone zone(zoneId);
    if (zoneId.isEmpty() || !zone.isValid()) {
        // Nowhere to resolve it: read as UTC, and say that the offset is unknown.
        const QDateTime utc(date, time, Qt::UTC);
        return CarrierTime {utc.toMSecsSinceEpoch(), std::nullopt, true};
    }
    const QDateTime local(date, time, zone);
    return CarrierTime {local.toMSecsSinceEpoch(), local.offsetFromUtc() / 60, true};
}

std::optional<CarrierTime> parseCarrierTime(QStringView text, QStringView countryHint)
{
    static const QRegularExpression iso(
        u"^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
        "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?$"_s);
    const auto m = iso.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(
        m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    int ms = 0;
    if (m.hasCaptured(7))
        ms = m.capturedView(7).left(3).toString().leftJustified(3, u'0').toInt();
    const QTime time(m.capturedView(4).toInt(), m.capturedView(5).toInt(),
        m.hasCaptured(6) ? m.capturedView(6).toInt() : 0, ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt; // DHL's own example has month 20
    if (!m.hasCaptured(8))
        return resolveLocalTime(date, time, countryHint);
    const QStringView zone = m.capturedView(8);
    if (zone == u"Z" || zone == u"z")
        return fromOffsetTime(date, time, 0);
    const int sign = zone.front() == u'-' ? -1 : 1;
    const QStringView digits = zone.mid(1);
    const int hours = digits.left(2).toInt();
    const QStringView rest = digits.mid(2);
    const int minutes = rest.isEmpty() ? 0 : (rest.front() == u':' ? rest.mid(1) : rest).toInt();
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    return fromOffsetTime(date, time, sign * (hours * 60 + minutes));
}

} // namespace ParcelDesk
