#include "store/database.h"
#include "store/migrations.h"
#include "store/problemcaserepository.h"
#include "store/problemrulerepository.h"
#include "store/shipmentrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

class TestProblemCases final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void oneOpenCasePerShipmentAndKind();
    void consolesOpeningAtOnceJoinOneCase();
    void lifecycleWithHistory();
    void refusedChangesWriteNothing_data();
    void refusedChangesWriteNothing();
    void upgradeFromSchema3();
    void rulesAreStoredOverDefaults();
    void badRulesNameTheField_data();
    void badRulesNameTheField();

private:
    qint64 auditLines();
    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
    qint64 m_shipment = 0;
};

void TestProblemCases::initTestCase()
{
    PARCELDESK_REQUIRE_STORE();
}

void TestProblemCases::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const auto db = Database::open(TestSupport::storeLocation(m_dir->filePath(u"cases.sqlite"_s)));
    QVERIFY(db);
    m_db = *db;
    const auto id
        = ShipmentRepository(m_db).insert(TestSupport::makeShipment(u"00340434161094042557"_s));
    QVERIFY(id);
    m_shipment = *id;
}

void TestProblemCases::cleanup()
{
    m_db.releaseConnection();
    m_dir.reset();
}

qint64 TestProblemCases::auditLines()
{
    QSqlQuery q(m_db.connection());
    q.exec(u"SELECT count(*) FROM audit_log"_s);
    q.next();
    return q.value(0).toLongLong();
}

void TestProblemCases::oneOpenCasePerShipmentAndKind()
{
    ProblemCaseRepository cases(m_db);
    ProblemCase late;
    late.shipmentId = m_shipment;
    late.kind = ProblemKind::Late;
    late.priority = 2;
    late.dueAtMs = 2000;
    late.details = u"promised 2026-11-20, not delivered"_s;
    const auto first = cases.open(late, u"rules"_s, 1000);
    QVERIFY(first && first->created);
    const auto again = cases.open(late, u"rules"_s, 1500);
    QVERIFY(again);
    QVERIFY(!again->created);
    QCOMPARE(again->id, first->id);
    ProblemCase lost = late;
    lost.kind = ProblemKind::SuspectedLost;
    lost.claimDueAtMs = 9000;
    const auto other = cases.open(lost, u"rules"_s, 1600);
    QVERIFY(other && other->created);
    QCOMPARE(cases.openFor(m_shipment).size(), 2);
    const auto stored = cases.find(other->id);
    QVERIFY(stored);
    QCOMPARE(stored->state, ProblemState::Open);
    QCOMPARE(stored->claimDueAtMs, std::optional<qint64>(9000));
    QCOMPARE(stored->openedAtMs, 1600);
    QCOMPARE(stored->details, late.details);
    // Resolved, the kind can open again: the problem came back.
    QVERIFY(cases.resolve(first->id, Resolution::Delivered, {}, u"rules"_s, 3000));
    const auto reopened = cases.open(late, u"rules"_s, 4000);
    QVERIFY(reopened && reopened->created);
    QVERIFY(reopened->id != first->id);
}

// Five consoles (or a console and the rules) open the same case at the same moment: one opens
// it, the others join it, none fails. On a server READ COMMITTED lets each look, see no open
// case and insert one; the write transaction's lock makes them take turns.
void TestProblemCases::consolesOpeningAtOnceJoinOneCase()
{
    constexpr int consoles = 5;
    QList<Result<ProblemCaseRepository::Opened>> results(consoles, Error {QString()});
    TestSupport::atOnce(m_db, consoles, [&](int i) {
        ProblemCase damaged;
        damaged.shipmentId = m_shipment;
        damaged.kind = ProblemKind::Damaged;
        damaged.priority = 1;
        results[i] = ProblemCaseRepository(m_db).open(damaged, u"agent-%1"_s.arg(i), 1000);
    });
    int created = 0;
    QSet<qint64> ids;
    for (const auto &r : results) {
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        created += r->created ? 1 : 0;
        ids.insert(r->id);
    }
    QCOMPARE(created, 1);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(ProblemCaseRepository(m_db).openFor(m_shipment).size(), 1);
    QCOMPARE(auditLines(), 1);
}

void TestProblemCases::lifecycleWithHistory()
{
    ProblemCaseRepository cases(m_db);
    ProblemCase damaged;
    damaged.shipmentId = m_shipment;
    damaged.kind = ProblemKind::Damaged;
    damaged.priority = 1;
    const auto opened = cases.open(damaged, u"rules"_s, 1000);
    QVERIFY(opened);
    const qint64 id = opened->id;
    QVERIFY(cases.assign(id, u"anna"_s, u"lena"_s, 1100));
    QCOMPARE(cases.find(id)->state, ProblemState::Assigned);
    QCOMPARE(cases.find(id)->assignee, u"anna"_s);
    QVERIFY(
        cases.waitOn(id, ProblemState::WaitingCarrier, u"claim sent to DHL"_s, u"anna"_s, 1200));
    QCOMPARE(cases.find(id)->state, ProblemState::WaitingCarrier);
    QVERIFY(cases.addNote(id, u"DHL asks for photos"_s, u"anna"_s, 1300));
    QVERIFY(
        cases.waitOn(id, ProblemState::WaitingCustomer, u"photos requested"_s, u"anna"_s, 1400));
    QVERIFY(cases.setPriority(id, 2, u"lena"_s, 1450));
    QVERIFY(cases.resolve(id, Resolution::ClaimFiled, u"claim DE-123"_s, u"anna"_s, 1500));
    const auto done = cases.find(id);
    QCOMPARE(done->state, ProblemState::Resolved);
    QCOMPARE(done->resolutionCode, u"claim_filed"_s);
    QCOMPARE(done->resolvedAtMs, std::optional<qint64>(1500));
    QCOMPARE(done->updatedAtMs, 1500);
    QCOMPARE(done->priority, 2);
    QCOMPARE(done->note, u"DHL asks for photos"_s);
    const auto history = cases.history(id);
    QStringList actions;
    for (const auto &h : history)
        actions << h.action;
    QCOMPARE(actions,
        (QStringList {u"opened"_s, u"assigned"_s, u"waiting_carrier"_s, u"note"_s,
            u"waiting_customer"_s, u"priority"_s, u"resolved"_s}));
    QCOMPARE(history[1].actor, u"lena"_s);
    QCOMPARE(history[1].detail, u"anna"_s);
    QCOMPARE(history.last().detail, u"claim_filed: claim DE-123"_s);
    QCOMPARE(history.last().atMs, 1500);
}

void TestProblemCases::refusedChangesWriteNothing_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("says");
    QTest::newRow("resolve twice") << u"resolve"_s << u"is resolved"_s;
    QTest::newRow("assign resolved") << u"assign"_s << u"is resolved"_s;
    QTest::newRow("assign nobody") << u"assign-empty"_s << u"whom"_s;
    QTest::newRow("wait on nothing") << u"wait-resolved"_s << u"carrier or the customer"_s;
    QTest::newRow("bad priority") << u"priority"_s << u"Priority"_s;
    QTest::newRow("no such case") << u"missing"_s << u"no case 999"_s;
    QTest::newRow("empty note") << u"note"_s << u"empty"_s;
}

void TestProblemCases::refusedChangesWriteNothing()
{
    QFETCH(QString, change);
    QFETCH(QString, says);
    ProblemCaseRepository cases(m_db);
    ProblemCase c;
    c.shipmentId = m_shipment;
    c.kind = ProblemKind::Stuck;
    const qint64 id = cases.open(c, u"rules"_s, 1000)->id;
    const bool resolvedFirst = change == u"resolve" || change == u"assign";
    if (resolvedFirst)
        QVERIFY(cases.resolve(id, Resolution::ConditionCleared, {}, u"rules"_s, 1100));
    const qint64 before = auditLines();
    const auto stateBefore = cases.find(id)->state;
    Outcome result = Done {};
    if (change == u"resolve")
        result = cases.resolve(id, Resolution::Refunded, {}, u"anna"_s, 1200);
    else if (change == u"assign")
        result = cases.assign(id, u"anna"_s, u"anna"_s, 1200);
    else if (change == u"assign-empty")
        result = cases.assign(id, u"  "_s, u"anna"_s, 1200);
    else if (change == u"wait-resolved")
        result = cases.waitOn(id, ProblemState::Resolved, {}, u"anna"_s, 1200);
    else if (change == u"priority")
        result = cases.setPriority(id, 0, u"anna"_s, 1200);
    else if (change == u"missing")
        result = cases.assign(999, u"anna"_s, u"anna"_s, 1200);
    else if (change == u"note")
        result = cases.addNote(id, u" "_s, u"anna"_s, 1200);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(says), qPrintable(result.error().message));
    QCOMPARE(auditLines(), before);
    QCOMPARE(cases.find(id)->state, stateBefore);
}

void TestProblemCases::upgradeFromSchema3()
{
    if (m_db.isServer())
        QSKIP("A PostgreSQL store starts at schema 13 (013_baseline): there is no schema 3 to "
              "upgrade from.");
    const QString path = m_dir->filePath(u"v3.sqlite"_s);
    {
        const auto v3 = Database::open(path, builtinMigrations().mid(0, 3));
        QVERIFY(v3);
        QCOMPARE(v3->schemaVersion(), 3);
        const auto id = ShipmentRepository(*v3).insert(
            TestSupport::makeShipment(u"1Z999AA10123456784"_s, u"ups"_s));
        QSqlQuery q(v3->connection());
        for (const QString &row : {u"(%1, 'late', 'open', 2, 100)"_s,
                 u"(%1, 'late', 'open', 2, 200)"_s, u"(%1, 'stuck', 'in_progress', 1, 300)"_s,
                 u"(%1, 'damaged', 'resolved', 1, 50)"_s}) {
            QVERIFY(q.exec(u"INSERT INTO problem_cases (shipment_id, kind, state, priority, "
                           "opened_at) VALUES "_s
                + row.arg(*id)));
        }
        v3->releaseConnection();
    }
    const auto latest = Database::open(path);
    QVERIFY2(latest, latest ? "" : qPrintable(latest.error().message));
    QCOMPARE(latest->schemaVersion(), latestSchemaVersion());
    QSqlQuery q(latest->connection());
    QVERIFY(q.exec(
        u"SELECT kind, state, resolution_code, updated_at FROM problem_cases ORDER BY id"_s));
    QStringList rows;
    while (q.next())
        rows << u"%1 %2 %3 %4"_s.arg(q.value(0).toString(), q.value(1).toString(),
            q.value(2).toString(), q.value(3).toString());
    QCOMPARE(rows,
        (QStringList {u"late resolved duplicate 100"_s, u"late open  200"_s,
            u"stuck assigned  300"_s, u"damaged resolved  50"_s}));
    latest->releaseConnection();
}

void TestProblemCases::rulesAreStoredOverDefaults()
{
    ProblemRuleRepository stored(m_db);
    QCOMPARE(stored.load().rules().size(), ProblemRules::defaults().rules().size());
    ProblemRule dhl = *ProblemRules::defaults().ruleFor(ProblemKind::Stuck, u"dhl", u"DE");
    dhl.carrier = u"dhl"_s;
    dhl.country = u"DE"_s;
    dhl.threshold = 5;
    dhl.slaHours = 12;
    QVERIFY(stored.save(dhl, 1000));
    ProblemRule off = *ProblemRules::defaults().ruleFor(ProblemKind::NeverScanned, u"", u"");
    off.enabled = false;
    QVERIFY(stored.save(off, 1000));
    const ProblemRules rules = ProblemRuleRepository(m_db).load(); // as another view reads them
    QCOMPARE(rules.ruleFor(ProblemKind::Stuck, u"dhl", u"DE")->threshold, 5);
    QCOMPARE(rules.ruleFor(ProblemKind::Stuck, u"dhl", u"DE")->slaHours, 12);
    QCOMPARE(rules.ruleFor(ProblemKind::Stuck, u"gls", u"DE")->threshold, 3);
    QVERIFY(!rules.ruleFor(ProblemKind::NeverScanned, u"gls", u"DE")->enabled);
    // Saving again changes the row, not a second one; removing goes back to the default.
    dhl.threshold = 4;
    QVERIFY(stored.save(dhl, 2000));
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM problem_rules"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QVERIFY(stored.remove(ProblemKind::Stuck, u"dhl"_s, u"DE"_s));
    QCOMPARE(stored.load().ruleFor(ProblemKind::Stuck, u"dhl", u"DE")->threshold, 3);
}

void TestProblemCases::badRulesNameTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");
    QTest::newRow("carrier") << u"carrier"_s << u"hermes"_s;
    QTest::newRow("country") << u"country"_s << u"Germany"_s;
    QTest::newRow("threshold") << u"threshold"_s << u"threshold"_s;
    QTest::newRow("priority") << u"priority"_s << u"priority"_s;
    QTest::newRow("sla") << u"sla"_s << u"SLA"_s;
}

void TestProblemCases::badRulesNameTheField()
{
    QFETCH(QString, field);
    QFETCH(QString, says);
    ProblemRule r = *ProblemRules::defaults().ruleFor(ProblemKind::Stuck, u"", u"");
    if (field == u"carrier")
        r.carrier = u"hermes"_s;
    else if (field == u"country")
        r.country = u"Germany"_s;
    else if (field == u"threshold")
        r.threshold = 91;
    else if (field == u"priority")
        r.priority = 4;
    else
        r.slaHours = 0;
    const Outcome saved = ProblemRuleRepository(m_db).save(r, 1000);
    QVERIFY(!saved);
    QVERIFY2(saved.error().message.contains(says), qPrintable(saved.error().message));
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM problem_rules"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestProblemCases)
#include "tst_problemcases.moc"
