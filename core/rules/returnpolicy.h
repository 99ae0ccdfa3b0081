#pragma once

#include "domain/result.h"
#include "domain/returncase.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ParcelDesk {

class CustomerText;
class HolidayCalendar;

// The shop's return policy: how long after delivery each product category may be sent back,
// what may not come back at all, from which value a person looks at a return first, and when
// sending an item back costs more than it can recover (then the customer keeps it and is
// refunded anyway).
struct ReturnPolicy
{
    struct Category
    {
        QString name; // as in orders.category: "fashion"
        int windowDays = 30; // after the delivery day
        bool returnable = true;
        qint64 reviewAboveCents = 0; // a return of an item worth more waits for a person; 0: never
        int recoveryPercent = 60; // what a returned item is still worth, as a share of its price
    };
    QList<Category> categories;
    Category other {QStringLiteral("other"), 30, true, 0, 60}; // for a category not listed
    qint64 returnShippingCents = 600; // the label the shop pays
    qint64 handlingCents = 400; // receiving, inspecting, restocking one item
    // A window that ends on a weekend or public holiday of the customer's country ends on the
    // next business day instead.
    bool extendOverHolidays = true;

    // What ParcelDesk starts with: 30 days, fashion 30, electronics 14 and reviewed above 500 €,
    // beauty not returnable once opened (hygiene), books 14.
    static ReturnPolicy defaults();
    // The policy as stored (settings key returns.policy); an error names the origin and field.
    static Result<ReturnPolicy> fromJson(const QJsonObject &json, const QString &origin);
    QJsonObject toJson() const;
    const Category &category(const QString &name) const;
};

// What the policy says about one item.
struct ReturnDecision
{
    // Accept: a label, the item comes back; Review: allowed, but a person approves it first
    // (high value); KeepIt: refunded without coming back, as returning costs more than it
    // recovers; Refuse.
    using Outcome = ReturnOutcome;
    Outcome outcome = Outcome::Accept;
    // Why: not_delivered, not_returnable, outside_window, above_review_value, not_worth_returning.
    QString reason;
    QDate lastDay; // the last day of the window, extended over weekends and holidays
    qint64 recoverableCents = 0; // what the item is worth back
    qint64 returnCostCents = 0; // label and handling
};

class ReturnPolicyCheck
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ReturnPolicyCheck)

public:
    // The decision for an item of category worth valueCents, delivered on deliveredOn (none:
    // not delivered yet) to country, asked about on today.
    static ReturnDecision decide(const ReturnPolicy &policy, const QString &category,
        qint64 valueCents, std::optional<QDate> deliveredOn, QDate today, const QString &country,
        const HolidayCalendar &calendar);
    // The decision in words for the customer, in the customer's language.
    static QString explain(const ReturnDecision &decision, const CustomerText &text);
};

} // namespace ParcelDesk
