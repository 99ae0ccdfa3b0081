#include "rules/problemcaserunner.h"
#include "store/problemcaserepository.h"
#include "store/shipmentrepository.h"
#include "store/storewriter.h"
#include "testsupport.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

namespace {

qint64 at(const char *text)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(text), u"yyyy-MM-dd HH:mm"_s);
    return QDateTime(t.date(), t.time(), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

// The rules against a real database: cases opened once, resolved when the problem goes, and a
// dry run that writes nothing.
class TestProblemCaseRunner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnceAndResolvesWhenGone();
    void dryRunWritesNothing();
    void peoplesCasesAreLeftAlone();
    void damagedCaseCarriesTheClaimDeadline();
    void customerSaysNotReceived();

private:
    qint64 addShipment(const QString &number, const char *labelAt);
    void addEvent(qint64 shipment, const char *when, SubStatus sub, const QString &code);
    qint64 scalar(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
    std::unique_ptr<StoreWriter> m_writer;
    qint64 m_neverScanned = 0;
    qint64 m_stuck = 0;
    qint64 m_delivered = 0;
};

qint64 TestProblemCaseRunner::addShipment(const QString &number, const char *labelAt)
{
    Shipment s = TestSupport::makeShipment(number);
    s.shippedAtMs = at(labelAt);
    s.createdAtMs = s.shippedAtMs;
    // Promised for a day (Thursday), not a moment: late once that day is over.
    s.promisedAtMs = (s.shippedAtMs / 86'400'000LL + 3) * 86'400'000LL;
    return *ShipmentRepository(m_db).insert(s);
}

void TestProblemCaseRunner::initTestCase()
{
    PARCELDESK_REQUIRE_STORE();
}

void TestProblemCaseRunner::addEvent(
    qint64 shipment, const char *when, SubStatus sub, const QString &code)
{
    m_writer->submit({TestSupport::makeEvent(shipment, at(when), sub, code)});
    QVERIFY(m_writer->waitForIdle(10000));
}

qint64 TestProblemCaseRunner::scalar(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s", qPrintable(sql));
    return q.value(0).toLongLong();
}

void TestProblemCaseRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const auto db = Database::open(TestSupport::storeLocation(m_dir->filePath(u"rules.sqlite"_s)));
    QVERIFY(db);
    m_db = *db;
    m_writer = std::make_unique<StoreWriter>(m_db);
    // Monday 9 November 2026: three parcels.
    m_neverScanned = addShipment(u"00340434161094040001"_s, "2026-11-09 08:00");
    addEvent(m_neverScanned, "2026-11-09 08:00", SubStatus::LabelCreated, u"pre-transit"_s);
    m_stuck = addShipment(u"00340434161094040002"_s, "2026-11-09 08:00");
    addEvent(m_stuck, "2026-11-09 08:00", SubStatus::LabelCreated, u"pre-transit"_s);
    addEvent(m_stuck, "2026-11-09 17:00", SubStatus::AcceptanceScan, u"transit"_s);
    m_delivered = addShipment(u"00340434161094040003"_s, "2026-11-09 08:00");
    addEvent(m_delivered, "2026-11-09 17:00", SubStatus::AcceptanceScan, u"transit"_s);
    addEvent(m_delivered, "2026-11-10 11:00", SubStatus::Delivered, u"delivered"_s);
}

void TestProblemCaseRunner::cleanup()
{
    m_writer.reset();
    m_db.releaseConnection();
    m_dir.reset();
}

void TestProblemCaseRunner::opensOnceAndResolvesWhenGone()
{
    const ProblemRules rules = ProblemRules::defaults();
    const auto first = ProblemCaseRunner::run(m_db, rules, at("2026-11-12 18:00"));
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    QCOMPARE(first->examined, 3);
    // Never scanned after three business days; stuck after three without a scan (Tuesday,
    // Wednesday, Thursday); promised for Thursday, neither is late before Friday.
    QCOMPARE(first->openedByKind.value(u"never_scanned"_s), 1);
    QCOMPARE(first->openedByKind.value(u"stuck"_s), 1);
    QCOMPARE(first->opened, 2);
    ProblemCaseRepository cases(m_db);
    QCOMPARE(cases.openFor(m_neverScanned).first().kind, ProblemKind::NeverScanned);
    QCOMPARE(cases.openFor(m_delivered).size(), 0);
    const ProblemCase stuck = cases.openFor(m_stuck).first();
    QCOMPARE(stuck.kind, ProblemKind::Stuck);
    QVERIFY2(stuck.details.contains(u"2026-11-09"_s), qPrintable(stuck.details));
    QCOMPARE(cases.history(stuck.id).first().actor, u"rules"_s);

    // Run again the same day: nothing new.
    const auto again = ProblemCaseRunner::run(m_db, rules, at("2026-11-12 19:00"));
    QCOMPARE(again->opened, 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM problem_cases"_s), 2);

    // The stuck parcel moves and arrives: its case resolves itself, with the reason.
    addEvent(m_stuck, "2026-11-13 09:00", SubStatus::Delivered, u"delivered"_s);
    const auto later = ProblemCaseRunner::run(m_db, rules, at("2026-11-13 10:00"));
    QCOMPARE(later->resolved, 1);
    const auto resolved = cases.find(stuck.id);
    QCOMPARE(resolved->state, ProblemState::Resolved);
    QCOMPARE(resolved->resolutionCode, u"delivered"_s);
    QCOMPARE(cases.history(stuck.id).last().actor, u"rules"_s);
    // The never-scanned parcel is now late too (promised for Thursday).
    QCOMPARE(later->openedByKind.value(u"late"_s), 1);
}

void TestProblemCaseRunner::dryRunWritesNothing()
{
    const ProblemRules rules = ProblemRules::defaults();
    const qint64 before = scalar(u"SELECT count(*) FROM problem_cases"_s);
    const auto dry
        = ProblemCaseRunner::dryRun(m_db, rules, ProblemKind::Stuck, at("2026-11-20 12:00"), 30);
    QCOMPARE(dry.examined, 3);
    QCOMPARE(dry.cases.size(), 1);
    QCOMPARE(dry.cases.first().shipmentId, m_stuck);
    // Checked at the end of each day: Thursday 12 November is the first on which it is stuck.
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(dry.cases.first().atMs, Qt::UTC).date(),
        QDate(2026, 11, 12));
    // A looser threshold finds it later; a stricter one sooner.
    ProblemRules loose = rules;
    ProblemRule rule = *rules.ruleFor(ProblemKind::Stuck, u"dhl", u"DE");
    rule.threshold = 6;
    loose.setRule(rule);
    const auto looser
        = ProblemCaseRunner::dryRun(m_db, loose, ProblemKind::Stuck, at("2026-11-20 12:00"), 30);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(looser.cases.first().atMs, Qt::UTC).date(),
        QDate(2026, 11, 17));
    QCOMPARE(scalar(u"SELECT count(*) FROM problem_cases"_s), before);
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_log"_s), 0);
}

void TestProblemCaseRunner::peoplesCasesAreLeftAlone()
{
    // A case an agent opened (the customer says it never arrived) is not the rules' to close.
    ProblemCaseRepository cases(m_db);
    ProblemCase claim;
    claim.shipmentId = m_delivered;
    claim.kind = ProblemKind::NotReceivedClaim;
    const auto opened = cases.open(claim, u"anna"_s, at("2026-11-11 10:00"));
    QVERIFY(opened);
    QVERIFY(ProblemCaseRunner::run(m_db, ProblemRules::defaults(), at("2026-11-12 18:00")));
    QCOMPARE(cases.find(opened->id)->state, ProblemState::Open);
}

void TestProblemCaseRunner::damagedCaseCarriesTheClaimDeadline()
{
    addEvent(m_stuck, "2026-11-11 10:00", SubStatus::Damaged, u"damaged"_s);
    QVERIFY(ProblemCaseRunner::run(m_db, ProblemRules::defaults(), at("2026-11-12 18:00")));
    const QList<ProblemCase> open = ProblemCaseRepository(m_db).openFor(m_stuck);
    const auto damaged = std::find_if(open.cbegin(), open.cend(),
        [](const ProblemCase &c) { return c.kind == ProblemKind::Damaged; });
    QVERIFY(damaged != open.cend());
    // DHL counts hidden damage from delivery; not delivered yet, so from the damage scan: seven
    // days after Wednesday 11 November, to the end of that day.
    QVERIFY(damaged->claimDueAtMs);
    QCOMPARE(*damaged->claimDueAtMs, at("2026-11-19 00:00") - 1);
    QVERIFY2(damaged->details.contains(u"Claim with DHL"_s), qPrintable(damaged->details));
    // Stuck is no claim matter.
    for (const ProblemCase &c : open) {
        if (c.kind != ProblemKind::Damaged)
            QVERIFY(!c.claimDueAtMs);
    }
}

void TestProblemCaseRunner::customerSaysNotReceived()
{
    const ProblemRules rules = ProblemRules::defaults();
    Contact c;
    c.shipmentId = m_delivered;
    c.channel = u"phone"_s;
    c.reason = u"not_received"_s;
    c.agent = u"anna"_s;
    c.atMs = at("2026-11-12 10:00");
    const auto first = ProblemCaseRunner::logContact(m_db, rules, c);
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    QVERIFY(first->caseId);
    QVERIFY(first->caseCreated);
    const auto opened = ProblemCaseRepository(m_db).find(*first->caseId);
    QCOMPARE(opened->kind, ProblemKind::NotReceivedClaim);
    QCOMPARE(opened->priority, 1);
    // A lost parcel's claim with DHL counts from the day it should have arrived (the promise,
    // Thursday 12 November), for a year.
    QCOMPARE(*opened->claimDueAtMs, at("2027-11-13 00:00") - 1);
    QCOMPARE(ProblemCaseRepository(m_db).history(opened->id).first().actor, u"anna"_s);

    // The customer calls again: the same case.
    c.atMs = at("2026-11-13 09:00");
    c.channel = u"email"_s;
    const auto second = ProblemCaseRunner::logContact(m_db, rules, c);
    QCOMPARE(second->caseId, first->caseId);
    QVERIFY(!second->caseCreated);
    const QList<Contact> logged = ContactRepository(m_db).forShipment(m_delivered);
    QCOMPARE(logged.size(), 2);
    QCOMPARE(logged.last().caseId, first->caseId);

    // A parcel still on its way: the contact is logged, no case, and the agent is told why.
    c.shipmentId = m_stuck;
    const auto onItsWay = ProblemCaseRunner::logContact(m_db, rules, c);
    QVERIFY(onItsWay);
    QVERIFY(!onItsWay->caseId);
    QVERIFY(!onItsWay->why.isEmpty());
    QCOMPARE(ContactRepository(m_db).forShipment(m_stuck).size(), 1);

    // A bad contact writes nothing.
    c.channel = u"pigeon"_s;
    const auto bad = ProblemCaseRunner::logContact(m_db, rules, c);
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.contains(u"channel"_s), qPrintable(bad.error().message));
    QCOMPARE(scalar(u"SELECT count(*) FROM contacts"_s), 3);

    // The rules neither duplicate nor close the customer's case.
    QVERIFY(ProblemCaseRunner::run(m_db, rules, at("2026-11-14 12:00")));
    QCOMPARE(scalar(u"SELECT count(*) FROM problem_cases WHERE kind = 'not_received_claim'"_s), 1);
    QCOMPARE(ProblemCaseRepository(m_db).find(*first->caseId)->state, ProblemState::Open);

    // And the dry run finds it from the contacts, on the day of the first call.
    const auto dry = ProblemCaseRunner::dryRun(
        m_db, rules, ProblemKind::NotReceivedClaim, at("2026-11-20 12:00"), 30);
    QCOMPARE(dry.cases.size(), 1);
    QCOMPARE(dry.cases.first().shipmentId, m_delivered);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(dry.cases.first().atMs, Qt::UTC).date(),
        QDate(2026, 11, 12));
}

QTEST_GUILESS_MAIN(TestProblemCaseRunner)
#include "tst_problemcaserunner.moc"
