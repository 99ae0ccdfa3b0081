#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace ParcelDesk {

// Public holidays and business days per country (ISO 3166-1 alpha-2), from the rules in
// resources/holidays/holidays.json: fixed days, days relative to Easter and n-th weekdays, with
// each country's way of moving a holiday off a weekend. Business days are Monday to Friday
// without a national holiday. Immutable once loaded; safe to use from any thread.
class HolidayCalendar
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::HolidayCalendar)

public:
    // The calendar built into ParcelDesk.
    static const HolidayCalendar &builtin();
    // Reads rules; an error names the origin, the country and the rule.
    static Result<HolidayCalendar> fromJson(const QByteArray &json, const QString &origin);

    QStringList countries() const;
    bool knows(QStringView country) const { return m_rules.contains(country.toString()); }

    // A country the calendar does not know has weekends but no holidays.
    bool isHoliday(QStringView country, QDate date) const;
    bool isBusinessDay(QStringView country, QDate date) const;
    // Business days after from up to and including to (negative when to is before from).
    int businessDaysBetween(QStringView country, QDate from, QDate to) const;
    // The n-th business day after from (n = 0: from itself).
    QDate addBusinessDays(QStringView country, QDate from, int n) const;
    QList<QDate> holidays(QStringView country, int year) const;

    static QDate easterSunday(int year);

private:
    struct FixedRule
    {
        int month = 1;
        int day = 1;
        QString shift; // "", "observed", "monday", "king"
        int fromYear = 0;
        int untilYear = 9999;
    };
    struct WeekdayRule
    {
        int month = 1;
        int weekday = 1; // 1 = Monday
        int n = 1; // -1: the last
    };
    struct Rules
    {
        QList<FixedRule> fixed;
        QList<int> easterOffsets;
        QList<WeekdayRule> weekdays;
    };

    QSet<qint64> computeYear(const Rules &rules, int year) const;

    QHash<QString, Rules> m_rules;
    // Every holiday from 1990 to 2100 per country, as Julian days, filled at load.
    QHash<QString, QSet<qint64>> m_days;
};

} // namespace ParcelDesk
