#include "holidaycalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {
constexpr int firstYear = 1990;
constexpr int lastYear = 2100;
} // namespace

QDate HolidayCalendar::easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

const HolidayCalendar &HolidayCalendar::builtin()
{
    static const HolidayCalendar calendar = [] {
        QFile file(u":/holidays/holidays.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the built-in holiday calendar is missing");
        auto loaded = fromJson(file.readAll(), file.fileName());
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().message));
        return std::move(loaded).value();
    }();
    return calendar;
}

Result<HolidayCalendar> HolidayCalendar::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {tr("%1: not JSON (%2 at offset %3).")
                          .arg(origin, parseError.errorString())
                          .arg(parseError.offset)};
    const QJsonObject countries = doc.object().value(u"countries"_s).toObject();
    if (countries.isEmpty())
        return Error {tr("%1: no \"countries\" object.").arg(origin)};
    HolidayCalendar calendar;
    for (auto it = countries.begin(); it != countries.end(); ++it) {
        const QString country = it.key();
        const QJsonObject o = it.value().toObject();
        const auto bad = [&](const QString &what) {
            return Error {tr("%1: %2: %3").arg(origin, country, what)};
        };
        if (country.size() != 2 || country != country.toUpper())
            return bad(tr("not an ISO 3166 country code"));
        Rules rules;
        for (const QJsonValue &v : o.value(u"fixed"_s).toArray()) {
            const QJsonArray a = v.toArray();
            const QDate probe = QDate::fromString(u"2000-"_s + a.at(0).toString(), u"yyyy-MM-dd"_s);
            if (!probe.isValid())
                return bad(tr("fixed day \"%1\" is not MM-DD").arg(a.at(0).toString()));
            FixedRule r;
            r.month = probe.month();
            r.day = probe.day();
            r.shift = a.at(1).toString();
            if (!r.shift.isEmpty() && r.shift != u"observed" && r.shift != u"monday"
                && r.shift != u"king")
                return bad(tr("unknown shift \"%1\"").arg(r.shift));
            r.fromYear = a.size() > 2 ? a.at(2).toInt() : 0;
            r.untilYear = a.size() > 3 ? a.at(3).toInt() : 9999;
            rules.fixed.append(r);
        }
        for (const QJsonValue &v : o.value(u"easter"_s).toArray()) {
            if (!v.isDouble() || qAbs(v.toInt()) > 100)
                return bad(
                    tr("Easter offset %1 is not a number of days").arg(v.toVariant().toString()));
            rules.easterOffsets.append(v.toInt());
        }
        for (const QJsonValue &v : o.value(u"weekday"_s).toArray()) {
            const QJsonArray a = v.toArray();
            WeekdayRule r {a.at(0).toInt(), a.at(1).toInt(), a.at(2).toInt()};
            if (a.size() != 3 || r.month < 1 || r.month > 12 || r.weekday < 1 || r.weekday > 7
                || r.n == 0 || r.n < -1 || r.n > 5)
                return bad(
                    tr("weekday rule %1 is not [month, weekday, n]")
                        .arg(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact))));
            rules.weekdays.append(r);
        }
        QSet<qint64> days;
        for (int year = firstYear; year <= lastYear; ++year)
            days.unite(calendar.computeYear(rules, year));
        calendar.m_rules.insert(country, rules);
        calendar.m_days.insert(country, days);
    }
    return calendar;
}

QSet<qint64> HolidayCalendar::computeYear(const Rules &rules, int year) const
{
    QSet<qint64> days;
    for (const FixedRule &r : rules.fixed) {
        if (year < r.fromYear || year > r.untilYear)
            continue;
        QDate d(year, r.month, r.day);
        const int dow = d.dayOfWeek();
        if (r.shift == u"observed") {
            if (dow == 6)
                d = d.addDays(-1);
            else if (dow == 7)
                d = d.addDays(1);
        } else if (r.shift == u"king") {
            if (dow == 7)
                d = d.addDays(-1);
        } else if (r.shift == u"monday") {
            // Off the weekend, then past a day another holiday already took (Christmas on a
            // Sunday moves to Monday, so Boxing Day, on that Monday, moves to Tuesday).
            while (d.dayOfWeek() >= 6)
                d = d.addDays(1);
            while (days.contains(d.toJulianDay()) || d.dayOfWeek() >= 6)
                d = d.addDays(1);
        }
        days.insert(d.toJulianDay());
    }
    const QDate easter = easterSunday(year);
    for (const int offset : rules.easterOffsets)
        days.insert(easter.addDays(offset).toJulianDay());
    for (const WeekdayRule &r : rules.weekdays) {
        QDate d;
        if (r.n > 0) {
            d = QDate(year, r.month, 1);
            while (d.dayOfWeek() != r.weekday)
                d = d.addDays(1);
            d = d.addDays(7 * (r.n - 1));
        } else {
            d = QDate(year, r.month, 1).addMonths(1).addDays(-1);
            while (d.dayOfWeek() != r.weekday)
                d = d.addDays(-1);
        }
        days.insert(d.toJulianDay());
    }
    return days;
}

QStringList HolidayCalendar::countries() const
{
    QStringList list = m_rules.keys();
    list.sort();
    return list;
}

bool HolidayCalendar::isHoliday(QStringView country, QDate date) const
{
    const auto it = m_days.constFind(country.toString());
    return it != m_days.cend() && it->contains(date.toJulianDay());
}

bool HolidayCalendar::isBusinessDay(QStringView country, QDate date) const
{
    return date.dayOfWeek() <= 5 && !isHoliday(country, date);
}

int HolidayCalendar::businessDaysBetween(QStringView country, QDate from, QDate to) const
{
    if (to < from)
        return -businessDaysBetween(country, to, from);
    const auto it = m_days.constFind(country.toString());
    const QSet<qint64> *holidays = it == m_days.cend() ? nullptr : &*it;
    int n = 0;
    for (qint64 day = from.toJulianDay() + 1; day <= to.toJulianDay(); ++day) {
        const qint64 dow = day % 7; // Julian day 0 was a Monday
        if (dow < 5 && !(holidays && holidays->contains(day)))
            ++n;
    }
    return n;
}

QDate HolidayCalendar::addBusinessDays(QStringView country, QDate from, int n) const
{
    QDate d = from;
    const int step = n < 0 ? -1 : 1;
    for (int left = qAbs(n); left > 0;) {
        d = d.addDays(step);
        if (isBusinessDay(country, d))
            --left;
    }
    return d;
}

QList<QDate> HolidayCalendar::holidays(QStringView country, int year) const
{
    QList<QDate> list;
    const auto it = m_days.constFind(country.toString());
    if (it == m_days.cend())
        return list;
    for (const qint64 day : *it) {
        const QDate d = QDate::fromJulianDay(day);
        if (d.year() == year)
            list.append(d);
    }
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace ParcelDesk
