#include "i18n/customertext.h"
#include "rules/holidaycalendar.h"
#include "rules/returnpolicy.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// The return policy: windows from the delivery day per category, extended over weekends and
// public holidays, what cannot come back, what a person reviews, and when the customer keeps
// the item because returning it costs more than it recovers.
class TestReturnPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsWithinTheWindow();
    void windowEndsOnABusinessDay();
    void refusesWhatCannotComeBack();
    void keepsWhatIsNotWorthReturning();
    void reviewsExpensiveItems();
    void storedPolicyRoundTripsAndNamesErrors();
    void explainsInTheCustomersLanguage();

private:
    static ReturnDecision decide(const QString &category, qint64 cents,
        std::optional<QDate> delivered, QDate today,
        const ReturnPolicy &policy = ReturnPolicy::defaults())
    {
        return ReturnPolicyCheck::decide(
            policy, category, cents, delivered, today, u"DE"_s, HolidayCalendar::builtin());
    }
};

void TestReturnPolicy::acceptsWithinTheWindow()
{
    const ReturnDecision d = decide(u"fashion"_s, 7000, QDate(2026, 11, 2), QDate(2026, 11, 20));
    QCOMPARE(d.outcome, ReturnDecision::Outcome::Accept);
    QCOMPARE(d.lastDay, QDate(2026, 12, 2));
    QCOMPARE(d.recoverableCents, 4900);
    QCOMPARE(d.returnCostCents, 1000);
    // A category the policy does not list follows "other": 30 days.
    QCOMPARE(decide(u"garden"_s, 5000, QDate(2026, 11, 2), QDate(2026, 12, 2)).outcome,
        ReturnDecision::Outcome::Accept);
    QCOMPARE(decide(u"garden"_s, 5000, QDate(2026, 11, 2), QDate(2026, 12, 3)).reason,
        u"outside_window"_s);
}

void TestReturnPolicy::windowEndsOnABusinessDay()
{
    // 30 days after 25 November is Christmas Day (a Friday); Boxing Day is a Saturday and a
    // holiday, then a Sunday: the window ends on Monday 28 December.
    const QDate delivered(2026, 11, 25);
    QCOMPARE(
        decide(u"fashion"_s, 7000, delivered, QDate(2026, 12, 28)).lastDay, QDate(2026, 12, 28));
    QCOMPARE(decide(u"fashion"_s, 7000, delivered, QDate(2026, 12, 28)).outcome,
        ReturnDecision::Outcome::Accept);
    QCOMPARE(decide(u"fashion"_s, 7000, delivered, QDate(2026, 12, 29)).outcome,
        ReturnDecision::Outcome::Refuse);
    ReturnPolicy strict = ReturnPolicy::defaults();
    strict.extendOverHolidays = false;
    QCOMPARE(decide(u"fashion"_s, 7000, delivered, QDate(2026, 12, 26), strict).reason,
        u"outside_window"_s);
}

void TestReturnPolicy::refusesWhatCannotComeBack()
{
    const ReturnDecision hygiene
        = decide(u"beauty"_s, 3500, QDate(2026, 11, 18), QDate(2026, 11, 20));
    QCOMPARE(hygiene.outcome, ReturnDecision::Outcome::Refuse);
    QCOMPARE(hygiene.reason, u"not_returnable"_s);
    const ReturnDecision early = decide(u"fashion"_s, 7000, std::nullopt, QDate(2026, 11, 20));
    QCOMPARE(early.outcome, ReturnDecision::Outcome::Refuse);
    QCOMPARE(early.reason, u"not_delivered"_s);
}

void TestReturnPolicy::keepsWhatIsNotWorthReturning()
{
    // A 15 € book recovers 7.50 €; label and handling cost 10 €.
    const ReturnDecision book = decide(u"books"_s, 1500, QDate(2026, 11, 18), QDate(2026, 11, 20));
    QCOMPARE(book.outcome, ReturnDecision::Outcome::KeepIt);
    QCOMPARE(book.reason, u"not_worth_returning"_s);
    QCOMPARE(decide(u"books"_s, 2500, QDate(2026, 11, 18), QDate(2026, 11, 20)).outcome,
        ReturnDecision::Outcome::Accept);
    // Outside the window nothing is refunded, not even by keeping it.
    QCOMPARE(decide(u"books"_s, 1500, QDate(2026, 10, 1), QDate(2026, 11, 20)).reason,
        u"outside_window"_s);
}

void TestReturnPolicy::reviewsExpensiveItems()
{
    QCOMPARE(decide(u"electronics"_s, 80'000, QDate(2026, 11, 18), QDate(2026, 11, 20)).outcome,
        ReturnDecision::Outcome::Review);
    QCOMPARE(decide(u"electronics"_s, 40'000, QDate(2026, 11, 18), QDate(2026, 11, 20)).outcome,
        ReturnDecision::Outcome::Accept);
    // Electronics have 14 days.
    QCOMPARE(decide(u"electronics"_s, 40'000, QDate(2026, 11, 1), QDate(2026, 11, 20)).reason,
        u"outside_window"_s);
}

void TestReturnPolicy::storedPolicyRoundTripsAndNamesErrors()
{
    const ReturnPolicy defaults = ReturnPolicy::defaults();
    const auto again = ReturnPolicy::fromJson(defaults.toJson(), u"settings"_s);
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    QCOMPARE(QJsonDocument(again->toJson()).toJson(), QJsonDocument(defaults.toJson()).toJson());

    const auto parse = [](const char *json) {
        return ReturnPolicy::fromJson(QJsonDocument::fromJson(json).object(), u"policy.json"_s);
    };
    const auto negative = parse(R"({"categories": [{"name": "fashion", "window_days": -3}]})");
    QVERIFY(!negative);
    QVERIFY2(negative.error().message.contains(u"policy.json: categories[0].window_days"_s),
        qPrintable(negative.error().message));
    const auto twice
        = parse(R"({"categories": [{"name": "home"}, {"name": "home", "window_days": 10}]})");
    QVERIFY(!twice);
    QVERIFY2(twice.error().message.contains(u"categories[1]"_s), qPrintable(twice.error().message));
    const auto flag = parse(R"({"categories": [{"name": "home", "returnable": "yes"}]})");
    QVERIFY(!flag);
    QVERIFY2(flag.error().message.contains(u"returnable"_s), qPrintable(flag.error().message));
    const auto cents = parse(R"({"handling_cents": 2.5})");
    QVERIFY(!cents);
    QVERIFY2(
        cents.error().message.contains(u"handling_cents"_s), qPrintable(cents.error().message));
    const auto fine = parse(R"({"categories": [{"name": "toys", "window_days": 60}],
        "other": {"window_days": 20}, "handling_cents": 250})");
    QVERIFY2(fine, fine ? "" : qPrintable(fine.error().message));
    QCOMPARE(fine->category(u"toys"_s).windowDays, 60);
    QCOMPARE(fine->category(u"fashion"_s).windowDays, 20);
    QCOMPARE(fine->handlingCents, 250);
}

void TestReturnPolicy::explainsInTheCustomersLanguage()
{
    // 30 days after 30 September is Friday 30 October.
    const ReturnDecision late = decide(u"fashion"_s, 7000, QDate(2026, 9, 30), QDate(2026, 11, 20));
    QCOMPARE(late.lastDay, QDate(2026, 10, 30));
    const QString english = ReturnPolicyCheck::explain(late, CustomerText(u"en"_s));
    QVERIFY2(english.contains(u"ended on"_s) && english.contains(u"30"_s), qPrintable(english));
    const QString german = ReturnPolicyCheck::explain(late, CustomerText(u"de"_s));
    QVERIFY2(german.contains(u"30. Oktober"_s) && german != english, qPrintable(german));
    const ReturnDecision keep = decide(u"books"_s, 1500, QDate(2026, 11, 18), QDate(2026, 11, 20));
    QVERIFY2(ReturnPolicyCheck::explain(keep, CustomerText(u"de"_s)).contains(u"behalten"_s),
        qPrintable(ReturnPolicyCheck::explain(keep, CustomerText(u"de"_s))));
}

QTEST_GUILESS_MAIN(TestReturnPolicy)
#include "tst_returnpolicy.moc"
