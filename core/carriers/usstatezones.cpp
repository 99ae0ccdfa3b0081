#include "usstatezones.h"

#include <QDateTime>
#include <QTimeZone>

namespace ParcelDesk {

namespace {

struct StateZone
{
    const char16_t *state;
    const char *zone;
};

// UPS and USPS report US scans in local time; the country alone (America/New_York) is wrong by
// up to six hours west of the east coast, so the state narrows it down.
constexpr StateZone stateZones[] = {
    {u"AL", "America/Chicago"},
    {u"AK", "America/Anchorage"},
    {u"AZ", "America/Phoenix"},
    {u"AR", "America/Chicago"},
    {u"CA", "America/Los_Angeles"},
    {u"CO", "America/Denver"},
    {u"CT", "America/New_York"},
    {u"DE", "America/New_York"},
    {u"DC", "America/New_York"},
    {u"FL", "America/New_York"},
    {u"GA", "America/New_York"},
    {u"HI", "Pacific/Honolulu"},
    {u"ID", "America/Boise"},
    {u"IL", "America/Chicago"},
    {u"IN", "America/Indiana/Indianapolis"},
    {u"IA", "America/Chicago"},
    {u"KS", "America/Chicago"},
    {u"KY", "America/New_York"},
    {u"LA", "America/Chicago"},
    {u"ME", "America/New_York"},
    {u"MD", "America/New_York"},
    {u"MA", "America/New_York"},
    {u"MI", "America/Detroit"},
    {u"MN", "America/Chicago"},
    {u"MS", "America/Chicago"},
    {u"MO", "America/Chicago"},
    {u"MT", "America/Denver"},
    {u"NE", "America/Chicago"},
    {u"NV", "America/Los_Angeles"},
    {u"NH", "America/New_York"},
    {u"NJ", "America/New_York"},
    {u"NM", "America/Denver"},
    {u"NY", "America/New_York"},
    {u"NC", "America/New_York"},
    {u"ND", "America/Chicago"},
    {u"OH", "America/New_York"},
    {u"OK", "America/Chicago"},
    {u"OR", "America/Los_Angeles"},
    {u"PA", "America/New_York"},
    {u"RI", "America/New_York"},
    {u"SC", "America/New_York"},
    {u"SD", "America/Chicago"},
    {u"TN", "America/Chicago"},
    {u"TX", "America/Chicago"},
    {u"UT", "America/Denver"},
    {u"VT", "America/New_York"},
    {u"VA", "America/New_York"},
    {u"WA", "America/Los_Angeles"},
    {u"WV", "America/New_York"},
    {u"WI", "America/Chicago"},
    {u"WY", "America/Denver"},
    {u"PR", "America/Puerto_Rico"},
    {u"VI", "America/St_Thomas"},
    {u"GU", "Pacific/Guam"},
    {u"AS", "Pacific/Pago_Pago"},
    {u"MP", "Pacific/Saipan"},
};

} // namespace

QByteArray timeZoneOfUsState(QStringView state)
{
    const QStringView s = state.trimmed();
    for (const StateZone &z : stateZones) {
        if (s.compare(QStringView(z.state), Qt::CaseInsensitive) == 0)
            return QByteArray(z.zone);
    }
    return {};
}

std::optional<CarrierTime> resolveLocalTimeAt(
    QDate date, QTime time, QStringView countryCode, QStringView usState)
{
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    if (countryCode.compare(u"US", Qt::CaseInsensitive) == 0) {
        // QTimeZone of an empty id is not invalid on every platform: check the id first.
        const QByteArray zoneId = timeZoneOfUsState(usState);
        const QTimeZone zone(zoneId);
        if (!zoneId.isEmpty() && zone.isValid()) {
            const QDateTime local(date, time, zone);
            return CarrierTime {local.toMSecsSinceEpoch(), local.offsetFromUtc() / 60, true};
        }
    }
    return resolveLocalTime(date, time, countryCode);
}

} // namespace ParcelDesk
