#include "returnpolicy.h"

#include "holidaycalendar.h"
#include "i18n/customertext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

ReturnPolicy ReturnPolicy::defaults()
{
    ReturnPolicy p;
    p.categories = {
        {u"fashion"_s, 30, true, 0, 70},
        {u"electronics"_s, 14, true, 50'000, 55},
        {u"home"_s, 30, true, 0, 60},
        {u"beauty"_s, 14, false, 0, 0},
        {u"sports"_s, 30, true, 0, 65},
        {u"books"_s, 14, true, 0, 50},
    };
    return p;
}

namespace {

Result<ReturnPolicy::Category> categoryFrom(
    const QJsonObject &o, const QString &origin, const QString &where)
{
    ReturnPolicy::Category c;
    const auto field = [&](const char16_t *name) -> QString {
        return QString(where + u'.' + QString::fromUtf16(name));
    };
    c.name = o.value(u"name"_s).toString().trimmed();
    if (c.name.isEmpty())
        return Error {ReturnPolicyCheck::tr("%1: %2 needs a name.").arg(origin, where)};
    const auto number = [&](const char16_t *name, int low, int high, int fallback) -> Result<int> {
        const QJsonValue v = o.value(QString::fromUtf16(name));
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < low
            || v.toInt() > high)
            return Error {ReturnPolicyCheck::tr("%1: %2 must be a whole number from %3 to %4.")
                              .arg(origin, field(name))
                              .arg(low)
                              .arg(high)};
        return v.toInt();
    };
    const auto window = number(u"window_days", 0, 3650, 30);
    if (!window)
        return window.error();
    c.windowDays = *window;
    const auto recovery = number(u"recovery_percent", 0, 100, 60);
    if (!recovery)
        return recovery.error();
    c.recoveryPercent = *recovery;
    const auto review = number(u"review_above_cents", 0, 100'000'000, 0);
    if (!review)
        return review.error();
    c.reviewAboveCents = *review;
    const QJsonValue returnable = o.value(u"returnable"_s);
    if (!returnable.isUndefined() && !returnable.isBool())
        return Error {ReturnPolicyCheck::tr("%1: %2 must be true or false.")
                          .arg(origin, field(u"returnable"))};
    c.returnable = returnable.toBool(true);
    return c;
}

QJsonObject categoryJson(const ReturnPolicy::Category &c)
{
    return {{u"name"_s, c.name}, {u"window_days"_s, c.windowDays}, {u"returnable"_s, c.returnable},
        {u"review_above_cents"_s, double(c.reviewAboveCents)},
        {u"recovery_percent"_s, c.recoveryPercent}};
}

} // namespace

Result<ReturnPolicy> ReturnPolicy::fromJson(const QJsonObject &json, const QString &origin)
{
    ReturnPolicy p;
    const QJsonArray list = json.value(u"categories"_s).toArray();
    for (int i = 0; i < list.size(); ++i) {
        const auto c = categoryFrom(list.at(i).toObject(), origin, u"categories[%1]"_s.arg(i));
        if (!c)
            return c.error();
        for (const Category &known : std::as_const(p.categories)) {
            if (known.name == c->name)
                return Error {ReturnPolicyCheck::tr("%1: categories[%2]: %3 is listed twice.")
                                  .arg(origin)
                                  .arg(i)
                                  .arg(c->name)};
        }
        p.categories.append(*c);
    }
    if (json.contains(u"other"_s)) {
        QJsonObject other = json.value(u"other"_s).toObject();
        other.insert(u"name"_s, u"other"_s);
        const auto c = categoryFrom(other, origin, u"other"_s);
        if (!c)
            return c.error();
        p.other = *c;
    }
    for (const auto &[key, target] :
        {std::pair {u"return_shipping_cents"_s, &p.returnShippingCents},
            std::pair {u"handling_cents"_s, &p.handlingCents}}) {
        const QJsonValue v = json.value(key);
        if (v.isUndefined())
            continue;
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(qint64(v.toDouble())))
            return Error {
                ReturnPolicyCheck::tr("%1: %2 must be a whole number of cents.").arg(origin, key)};
        *target = qint64(v.toDouble());
    }
    p.extendOverHolidays = json.value(u"extend_over_holidays"_s).toBool(true);
    return p;
}

QJsonObject ReturnPolicy::toJson() const
{
    QJsonArray list;
    for (const Category &c : categories)
        list.append(categoryJson(c));
    QJsonObject o = categoryJson(other);
    o.remove(u"name"_s);
    return {{u"categories"_s, list}, {u"other"_s, o},
        {u"return_shipping_cents"_s, double(returnShippingCents)},
        {u"handling_cents"_s, double(handlingCents)},
        {u"extend_over_holidays"_s, extendOverHolidays}};
}

const ReturnPolicy::Category &ReturnPolicy::category(const QString &name) const
{
    for (const Category &c : categories) {
        if (c.name == name)
            return c;
    }
    return other;
}

ReturnDecision ReturnPolicyCheck::decide(const ReturnPolicy &policy, const QString &categoryName,
    qint64 valueCents, std::optional<QDate> deliveredOn, QDate today, const QString &country,
    const HolidayCalendar &calendar)
{
    const ReturnPolicy::Category &category = policy.category(categoryName);
    ReturnDecision d;
    d.recoverableCents = valueCents * category.recoveryPercent / 100;
    d.returnCostCents = policy.returnShippingCents + policy.handlingCents;
    const auto refuse = [&d](const QString &reason) {
        d.outcome = ReturnDecision::Outcome::Refuse;
        d.reason = reason;
        return d;
    };
    if (!category.returnable)
        return refuse(u"not_returnable"_s);
    if (!deliveredOn)
        return refuse(u"not_delivered"_s);
    d.lastDay = deliveredOn->addDays(category.windowDays);
    // A window ending when no post office or shop is open ends on the next business day.
    for (int i = 0;
         policy.extendOverHolidays && i < 14 && !calendar.isBusinessDay(country, d.lastDay); ++i)
        d.lastDay = d.lastDay.addDays(1);
    if (today > d.lastDay)
        return refuse(u"outside_window"_s);
    if (d.returnCostCents >= d.recoverableCents) {
        d.outcome = ReturnDecision::Outcome::KeepIt;
        d.reason = u"not_worth_returning"_s;
        return d;
    }
    if (category.reviewAboveCents > 0 && valueCents > category.reviewAboveCents) {
        d.outcome = ReturnDecision::Outcome::Review;
        d.reason = u"above_review_value"_s;
        return d;
    }
    d.outcome = ReturnDecision::Outcome::Accept;
    return d;
}

QString ReturnPolicyCheck::explain(const ReturnDecision &d, const CustomerText &t)
{
    const QString lastDay = d.lastDay.isValid()
        ? t.day(QDateTime(d.lastDay, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch())
        : QString();
    switch (d.outcome) {
    case ReturnDecision::Outcome::Accept:
        return t
            .text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
                "You can send it back until %1. We will send you a return label."))
            .arg(lastDay);
    case ReturnDecision::Outcome::Review:
        return t
            .text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
                "You can send it back until %1. We will check your return and send "
                "you a label within one working day."))
            .arg(lastDay);
    case ReturnDecision::Outcome::KeepIt:
        return t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
            "Please keep the item: you will get your money back without sending it to us."));
    case ReturnDecision::Outcome::Refuse:
        break;
    }
    if (d.reason == u"not_returnable")
        return t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
            "Sorry, items of this kind cannot be returned for reasons of hygiene or safety."));
    if (d.reason == u"not_delivered")
        return t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
            "The order has not been delivered yet; a return is possible once it has arrived."));
    return t
        .text(QT_TRANSLATE_NOOP(
            "ParcelDesk::CustomerText", "Sorry, the time to return this item ended on %1."))
        .arg(lastDay);
}

} // namespace ParcelDesk
