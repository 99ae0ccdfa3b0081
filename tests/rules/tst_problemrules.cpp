#include "rules/problemrules.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

namespace {

qint64 at(const char *text)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(text), u"yyyy-MM-dd HH:mm"_s);
    return QDateTime(t.date(), t.time(), Qt::UTC).toMSecsSinceEpoch();
}

ShipmentTimeline timeline(std::initializer_list<std::pair<const char *, const char16_t *>> events)
{
    ShipmentTimeline t;
    t.shipmentId = 7;
    t.carrier = u"dhl"_s;
    t.originCountry = u"DE"_s;
    t.destinationCountry = u"DE"_s;
    t.labelAtMs = at("2026-11-09 08:00"); // a Monday
    for (const auto &[when, status] : events)
        t.events.append({at(when), *Status::fromString(QStringView(status))});
    return t;
}

QList<ProblemKind> kinds(const QList<ProblemFinding> &findings)
{
    QList<ProblemKind> list;
    for (const ProblemFinding &f : findings)
        list.append(f.kind);
    return list;
}

} // namespace

class TestProblemRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neverScanned();
    void stuck();
    void late();
    void exceptionsByKind();
    void failedAttemptAndPickup();
    void returnedAndLost();
    void specificRulesWin();
    void predictedLateNeedsHistory();
    void snapshotNeverMovesBackwards();
};

void TestProblemRules::neverScanned()
{
    const ProblemRules rules = ProblemRules::defaults();
    const ShipmentTimeline t = timeline({{"2026-11-09 08:00", u"InfoReceived/LabelCreated"}});
    QVERIFY(!kinds(rules.evaluate(t, at("2026-11-10 18:00"))).contains(ProblemKind::NeverScanned));
    const auto found = rules.evaluate(t, at("2026-11-11 09:00"));
    QVERIFY(kinds(found).contains(ProblemKind::NeverScanned));
    const ProblemFinding &f = found.first();
    QVERIFY2(f.details.contains(u"2026-11-09"_s), qPrintable(f.details));
    QCOMPARE(f.dueAtMs, at("2026-11-12 09:00")); // 24 h to deal with it
    // Scanned: no case.
    const ShipmentTimeline scanned = timeline({{"2026-11-09 08:00", u"InfoReceived/LabelCreated"},
        {"2026-11-09 17:00", u"InTransit/AcceptanceScan"}});
    QVERIFY(!kinds(rules.evaluate(scanned, at("2026-11-11 09:00")))
                 .contains(ProblemKind::NeverScanned));
}

void TestProblemRules::stuck()
{
    const ProblemRules rules = ProblemRules::defaults();
    const ShipmentTimeline t = timeline({{"2026-11-09 08:00", u"InfoReceived/LabelCreated"},
        {"2026-11-09 17:00", u"InTransit/AcceptanceScan"},
        {"2026-11-10 03:00", u"InTransit/ArrivalScan"}});
    QVERIFY(!kinds(rules.evaluate(t, at("2026-11-12 12:00"))).contains(ProblemKind::Stuck));
    QVERIFY(kinds(rules.evaluate(t, at("2026-11-13 12:00"))).contains(ProblemKind::Stuck));
    // Over a weekend the count waits: Friday's scan is not stuck on Tuesday.
    const ShipmentTimeline friday = timeline({{"2026-11-13 09:00", u"InTransit/AcceptanceScan"}});
    QVERIFY(!kinds(rules.evaluate(friday, at("2026-11-17 12:00"))).contains(ProblemKind::Stuck));
    QVERIFY(kinds(rules.evaluate(friday, at("2026-11-18 12:00"))).contains(ProblemKind::Stuck));
    // Delivered parcels are never stuck.
    ShipmentTimeline delivered = t;
    delivered.events.append({at("2026-11-10 12:00"), *Status::fromString(u"Delivered/Delivered")});
    QVERIFY(rules.evaluate(delivered, at("2026-11-20 12:00")).isEmpty());
}

void TestProblemRules::late()
{
    const ProblemRules rules = ProblemRules::defaults();
    ShipmentTimeline t = timeline({{"2026-11-09 17:00", u"InTransit/AcceptanceScan"},
        {"2026-11-11 06:00", u"OutForDelivery/OutForDelivery"}});
    t.promisedAtMs = at("2026-11-11 00:00");
    QVERIFY(!kinds(rules.evaluate(t, at("2026-11-11 20:00"))).contains(ProblemKind::Late));
    const auto found = rules.evaluate(t, at("2026-11-12 01:00"));
    QVERIFY(kinds(found).contains(ProblemKind::Late));
    t.events.append({at("2026-11-12 10:00"), *Status::fromString(u"Delivered/Delivered")});
    QVERIFY(!kinds(rules.evaluate(t, at("2026-11-12 11:00"))).contains(ProblemKind::Late));
    // A carrier's promise "by 23:59 in New York" (03:59 UTC the next day) holds until then, not
    // until the end of that UTC day.
    ShipmentTimeline us = timeline({{"2026-11-09 17:00", u"InTransit/AcceptanceScan"}});
    us.promisedAtMs = at("2026-11-12 04:59");
    QVERIFY(!kinds(rules.evaluate(us, at("2026-11-12 04:30"))).contains(ProblemKind::Late));
    QVERIFY(kinds(rules.evaluate(us, at("2026-11-12 05:30"))).contains(ProblemKind::Late));
}

void TestProblemRules::exceptionsByKind()
{
    const ProblemRules rules = ProblemRules::defaults();
    const QList<std::pair<const char16_t *, ProblemKind>> cases = {
        {u"Exception/Damaged", ProblemKind::Damaged},
        {u"Exception/AddressIssue", ProblemKind::AddressIssue},
        {u"InTransit/CustomsHold", ProblemKind::CustomsHold},
        {u"Exception/Refused", ProblemKind::Refused},
    };
    for (const auto &[status, kind] : cases) {
        const ShipmentTimeline t = timeline(
            {{"2026-11-09 17:00", u"InTransit/AcceptanceScan"}, {"2026-11-10 09:00", status}});
        const auto found = rules.evaluate(t, at("2026-11-10 10:00"));
        QVERIFY2(kinds(found).contains(kind), qPrintable(QString::fromUtf16(status)));
        QCOMPARE(found.first().priority, kind == ProblemKind::CustomsHold ? 2 : 1);
    }
}

void TestProblemRules::failedAttemptAndPickup()
{
    const ProblemRules rules = ProblemRules::defaults();
    const ShipmentTimeline t = timeline({{"2026-11-09 17:00", u"InTransit/AcceptanceScan"},
        {"2026-11-10 10:00", u"AttemptFail/RecipientNotAvailable"},
        {"2026-11-10 15:00", u"AvailableForPickup/AvailableForPickup"}});
    QVERIFY(kinds(rules.evaluate(t, at("2026-11-10 16:00"))).contains(ProblemKind::FailedAttempt));
    QVERIFY(!kinds(rules.evaluate(t, at("2026-11-14 16:00")))
                 .contains(ProblemKind::PickupNearingReturn));
    QVERIFY(kinds(rules.evaluate(t, at("2026-11-15 16:00")))
                .contains(ProblemKind::PickupNearingReturn));
    // Waiting at a pickup point is not "stuck".
    QVERIFY(!kinds(rules.evaluate(t, at("2026-11-15 16:00"))).contains(ProblemKind::Stuck));
}

void TestProblemRules::returnedAndLost()
{
    const ProblemRules rules = ProblemRules::defaults();
    const ShipmentTimeline back = timeline({{"2026-11-09 17:00", u"InTransit/AcceptanceScan"},
        {"2026-11-12 09:00", u"Exception/ReturnToSender"}});
    QVERIFY(kinds(rules.evaluate(back, at("2026-11-12 10:00")))
                .contains(ProblemKind::ReturnedToSender));

    const ShipmentTimeline silent = timeline({{"2026-11-01 17:00", u"InTransit/AcceptanceScan"}});
    QVERIFY(!kinds(rules.evaluate(silent, at("2026-11-08 16:00")))
                 .contains(ProblemKind::SuspectedLost));
    QVERIFY(
        kinds(rules.evaluate(silent, at("2026-11-08 18:00"))).contains(ProblemKind::SuspectedLost));
    // From abroad a parcel may be silent for longer.
    ShipmentTimeline abroad = silent;
    abroad.originCountry = u"PL"_s;
    QVERIFY(!kinds(rules.evaluate(abroad, at("2026-11-08 18:00")))
                 .contains(ProblemKind::SuspectedLost));
    QVERIFY(
        kinds(rules.evaluate(abroad, at("2026-11-21 18:00"))).contains(ProblemKind::SuspectedLost));
}

void TestProblemRules::specificRulesWin()
{
    ProblemRules rules = ProblemRules::defaults();
    ProblemRule slow;
    slow.kind = ProblemKind::Stuck;
    slow.carrier = u"dhl"_s;
    slow.country = u"DE"_s;
    slow.threshold = 5;
    rules.setRule(slow);
    ProblemRule country;
    country.kind = ProblemKind::Stuck;
    country.country = u"DE"_s;
    country.threshold = 4;
    rules.setRule(country);
    QCOMPARE(rules.ruleFor(ProblemKind::Stuck, u"dhl", u"DE")->threshold, 5);
    QCOMPARE(rules.ruleFor(ProblemKind::Stuck, u"gls", u"DE")->threshold, 4);
    QCOMPARE(rules.ruleFor(ProblemKind::Stuck, u"gls", u"AT")->threshold, 3);
    const ShipmentTimeline t = timeline({{"2026-11-09 17:00", u"InTransit/AcceptanceScan"}});
    QVERIFY(!kinds(rules.evaluate(t, at("2026-11-12 12:00"))).contains(ProblemKind::Stuck));
    QVERIFY(kinds(rules.evaluate(t, at("2026-11-16 12:00"))).contains(ProblemKind::Stuck));
    slow.enabled = false;
    rules.setRule(slow);
    QVERIFY(!kinds(rules.evaluate(t, at("2026-11-30 12:00"))).contains(ProblemKind::Stuck));
}

void TestProblemRules::snapshotNeverMovesBackwards()
{
    // A late "label created" after the parcel moved does not undo the progress, but it is a
    // sign of life.
    const ShipmentTimeline t = timeline({{"2026-11-09 17:00", u"InTransit/AcceptanceScan"},
        {"2026-11-10 09:00", u"OutForDelivery/OutForDelivery"},
        {"2026-11-10 11:00", u"InfoReceived/LabelCreated"}});
    const ShipmentSnapshot s = ShipmentSnapshot::at(t, at("2026-11-11 00:00"));
    QCOMPARE(s.status.toString(), u"OutForDelivery/OutForDelivery"_s);
    QCOMPARE(s.lastEventAtMs, std::optional<qint64>(at("2026-11-10 11:00")));
    QCOMPARE(s.firstScanAtMs, std::optional<qint64>(at("2026-11-09 17:00")));
    // Before the events, nothing has happened yet.
    QCOMPARE(ShipmentSnapshot::at(t, at("2026-11-09 12:00")).status.tag(), StatusTag::Pending);
}

void TestProblemRules::predictedLateNeedsHistory()
{
    ProblemRules rules = ProblemRules::defaults();
    ShipmentTimeline t = timeline({{"2026-11-09 17:00", u"InTransit/AcceptanceScan"}});
    t.destinationPostcode = u"10115"_s;
    t.service = u"Paket"_s;
    t.promisedAtMs = at("2026-11-11 00:00");
    // No history, no prediction.
    QVERIFY(!kinds(rules.evaluate(t, at("2026-11-10 18:00"))).contains(ProblemKind::PredictedLate));
    // History: from the first scan, 40 % of such parcels arrive after one business day, 60 %
    // after three.
    TransitModel model;
    const TransitFacts facts
        = TransitModel::factsFor(u"dhl"_s, u"Paket"_s, u"DE"_s, u"DE"_s, u"10115"_s, 2);
    for (int i = 0; i < 100; ++i) {
        model.add(facts, TransitStage::HandedOver, at("2026-11-02 17:00"),
            at(i < 40 ? "2026-11-03 12:00" : "2026-11-05 12:00"));
    }
    rules.setTransitModel(&model);
    ProblemRule sixty = *rules.ruleFor(ProblemKind::PredictedLate, u"dhl", u"DE");
    sixty.threshold = 60;
    rules.setRule(sixty);
    // Monday evening: 60 % likely late against Wednesday's promise: just at the threshold.
    const auto found = rules.evaluate(t, at("2026-11-09 18:00"));
    QVERIFY(kinds(found).contains(ProblemKind::PredictedLate));
    // Not delivered by Tuesday evening: only the slow ones are left, late for certain.
    const auto tuesday = rules.evaluate(t, at("2026-11-10 18:00"));
    QVERIFY(kinds(tuesday).contains(ProblemKind::PredictedLate));
    for (const ProblemFinding &f : tuesday) {
        if (f.kind == ProblemKind::PredictedLate)
            QVERIFY2(f.details.startsWith(u"100 %"_s), qPrintable(f.details));
    }
    // Past the promised day it is simply late.
    const auto after = rules.evaluate(t, at("2026-11-12 09:00"));
    QVERIFY(!kinds(after).contains(ProblemKind::PredictedLate));
    QVERIFY(kinds(after).contains(ProblemKind::Late));
    // A stricter threshold waits.
    ProblemRule strict = *rules.ruleFor(ProblemKind::PredictedLate, u"dhl", u"DE");
    strict.threshold = 80;
    rules.setRule(strict);
    QVERIFY(!kinds(rules.evaluate(t, at("2026-11-09 18:00"))).contains(ProblemKind::PredictedLate));
}

QTEST_GUILESS_MAIN(TestProblemRules)
#include "tst_problemrules.moc"
