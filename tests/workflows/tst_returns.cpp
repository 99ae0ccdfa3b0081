#include "rules/dispositionrules.h"
#include "rules/holidaycalendar.h"
#include "store/database.h"
#include "store/dispositionrulerepository.h"
#include "store/returnpolicystore.h"
#include "store/returnrepository.h"
#include "testsupport.h"
#include "workflows/returnregistration.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

namespace {

ReturnLineRequest req(int line, int quantity, const QString &reason, ItemCondition condition)
{
    ReturnLineRequest r;
    r.line = line;
    r.quantity = quantity;
    r.reasonCode = reason;
    r.condition = condition;
    return r;
}

} // namespace

// A return from registering to the refund, on a real SQLite file: lines judged by the policy,
// review, the label and its parcel's scans, receiving by scan, grading with the disposition
// rules, and the refund or exchange.
class TestReturns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void judgesEachLineAndTellsTheCustomer();
    void refusesMoreThanIsLeftToReturn();
    void consolesRegisteringAtOnceShareNothing();
    void orderWithoutLinesIsReturnedWhole();
    void reviewIsApprovedOrRefused();
    void labelParcelMovesTheReturnAlong();
    void labelGoesToTheWarehouseAddress();
    void scanFindsTheReturn();
    void gradingNeedsEveryLineAndAReasonForLandfill();
    void settlesRefundExchangeAndKeepIt();
    void dispositionRulesProposeAndRefuseLandfill();

private:
    void exec(const QString &sql)
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }
    // An INSERT of one row; returns its id.
    qint64 insert(const QString &sql) { return scalar(sql + u" RETURNING id"_s); }
    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toLongLong();
    }
    QString text(const QString &sql)
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toString();
    }
    // The first column of every row, in the query's order.
    QStringList texts(const QString &sql)
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        QStringList values;
        while (q.next())
            values << q.value(0).toString();
        return values;
    }
    // Registers at m_now; fails the test when refused.
    ReturnCase registered(qint64 orderId, const QList<ReturnLineRequest> &lines,
        ReturnResolution resolution = ReturnResolution::Refund)
    {
        const auto r = ReturnRegistration::registerReturn(
            m_db, orderId, lines, u"note"_s, resolution, u"agent"_s, m_now);
        if (!r)
            qFatal("register: %s", qPrintable(r.error().message));
        return r->ret;
    }

    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_order = 0; // delivered 10 November: jacket, 3 socks, laptop
    qint64 m_wholeOrder = 0; // beauty, no lines
    qint64 m_now = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
};

void TestReturns::initTestCase()
{
    PARCELDESK_REQUIRE_STORE();
}

void TestReturns::init()
{
    const auto opened = Database::open(TestSupport::storeLocation(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s)));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    m_db = *opened;
    const qint64 delivered
        = QDateTime(QDate(2026, 11, 10), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 customer
        = insert(u"INSERT INTO customers (name, email, language, country, created_at) "
                 "VALUES ('Jürgen Weiß', 'jw@example.de', 'de', 'DE', 0)"_s);
    m_order = insert(u"INSERT INTO orders (order_number, customer_id, placed_at, total_cents, "
                     "category) VALUES ('A1001', %1, 0, 99000, 'fashion')"_s.arg(customer));
    exec(u"INSERT INTO order_items (order_id, line, sku, description, category, quantity, "
         "unit_price_cents) VALUES (%1, 1, 'J-1', 'Jacket', NULL, 1, 8900), "
         "(%1, 2, 'S-3', 'Socks', NULL, 3, 400), "
         "(%1, 3, 'L-9', 'Laptop', 'electronics', 1, 89900)"_s.arg(m_order));
    exec(u"INSERT INTO shipments (order_id, carrier, tracking_number, origin_country, "
         "dest_country, status_tag, sub_status, shipped_at, delivered_at, created_at) VALUES "
         "(%1, 'dhl', '00340434161094042557', 'DE', 'DE', 'Delivered', 'Delivered', 0, %2, 0)"_s
             .arg(m_order)
             .arg(delivered));
    m_wholeOrder
        = insert(u"INSERT INTO orders (order_number, customer_id, placed_at, "
                 "total_cents, category) VALUES ('A1002', %1, 0, 4500, 'home')"_s.arg(customer));
    exec(u"INSERT INTO shipments (order_id, carrier, tracking_number, origin_country, "
         "dest_country, status_tag, sub_status, shipped_at, delivered_at, created_at) VALUES "
         "(%1, 'dhl', '00340434161094042558', 'AT', 'DE', 'Delivered', 'Delivered', 0, %2, 0)"_s
             .arg(m_wholeOrder)
             .arg(delivered));
}

void TestReturns::cleanup()
{
    m_db = Database();
}

void TestReturns::judgesEachLineAndTellsTheCustomer()
{
    const auto order = ReturnRepository(m_db).returnableOrder(m_order);
    QVERIFY(order);
    QCOMPARE(order->lines.size(), 3);
    QCOMPARE(order->lines.at(0).category, u"fashion"_s); // the order's
    QCOMPARE(order->lines.at(2).category, u"electronics"_s);
    QCOMPARE(order->warehouse, u"DE"_s);
    QCOMPARE(order->deliveredOn, QDate(2026, 11, 10));

    // Jacket comes back; three socks are not worth the label (keep); the laptop is reviewed.
    const QList<ReturnLineRequest> lines = {req(0, 1, u"size_too_small"_s, ItemCondition::Unopened),
        req(1, 3, u"quality"_s, ItemCondition::Opened),
        req(2, 1, u"defective"_s, ItemCondition::Used)};
    const auto policy = ReturnPolicy::defaults();
    const ReturnAssessment a = ReturnRegistration::assess(
        *order, lines, policy, HolidayCalendar::builtin(), QDate(2026, 11, 20));
    QCOMPARE(a.lines.at(0).decision.outcome, ReturnOutcome::Accept);
    QCOMPARE(a.lines.at(1).decision.outcome, ReturnOutcome::KeepIt);
    QCOMPARE(a.lines.at(2).decision.outcome, ReturnOutcome::Review);
    QCOMPARE(a.outcome, ReturnOutcome::Review);
    QCOMPARE(a.reason, u"above_review_value"_s);
    // In German, one sentence per line, each named.
    QVERIFY2(a.customerText.contains(u"Socks: "_s), qPrintable(a.customerText));
    QVERIFY2(a.customerText.contains(u"Geld"_s), qPrintable(a.customerText));

    // Sixteen days later the electronics window (14 days) is over, fashion's (30) is not.
    const ReturnAssessment late = ReturnRegistration::assess(*order, {lines.at(0), lines.at(2)},
        policy, HolidayCalendar::builtin(), QDate(2026, 11, 26));
    QCOMPARE(late.lines.at(1).decision.reason, u"outside_window"_s);
    QCOMPARE(late.outcome, ReturnOutcome::Accept);

    const ReturnCase r = registered(m_order, lines);
    QCOMPARE(r.rma, u"R-A1001-1"_s);
    QCOMPARE(r.outcome, ReturnOutcome::Review);
    QCOMPARE(r.state, ReturnState::Registered);
    QCOMPARE(r.warehouse, u"DE"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM return_items WHERE return_id = %1"_s.arg(r.id)), 3);
    QCOMPARE(texts(u"SELECT outcome || ':' || condition FROM return_items WHERE return_id = %1 "
                   "ORDER BY id"_s.arg(r.id))
                 .join(u','),
        u"accept:unopened,keep:opened,review:used"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE entity = 'return' AND action = "
                    "'started' AND actor = 'agent'"_s),
        1);
}

void TestReturns::refusesMoreThanIsLeftToReturn()
{
    registered(m_order, {req(1, 2, u"quality"_s, ItemCondition::Unopened)});
    const auto order = ReturnRepository(m_db).returnableOrder(m_order);
    QCOMPARE(order->lines.at(1).returnable(), 1);
    const auto again = ReturnRegistration::registerReturn(m_db, m_order,
        {req(1, 2, u"quality"_s, ItemCondition::Unopened)}, {}, ReturnResolution::Refund, u"b"_s,
        m_now);
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(u"only 1 can still be returned"_s),
        qPrintable(again.error().message));
    const auto badReason = ReturnRegistration::registerReturn(m_db, m_order,
        {req(2, 1, u"size_too_small"_s, ItemCondition::Unopened)}, {}, ReturnResolution::Refund,
        u"b"_s, m_now);
    QVERIFY(!badReason);
    QVERIFY2(badReason.error().message.startsWith(u"reason: \"size_too_small\""_s),
        qPrintable(badReason.error().message));
    QCOMPARE(scalar(u"SELECT count(*) FROM returns"_s), 1); // nothing half-written
    QCOMPARE(scalar(u"SELECT count(*) FROM return_items"_s), 1);
    // A refused return gives its items back.
    exec(u"UPDATE returns SET state = 'refused'"_s);
    QCOMPARE(ReturnRepository(m_db).returnableOrder(m_order)->lines.at(1).returnable(), 3);
}

// Six consoles register one sock each at the same moment; three socks were bought. On a server
// READ COMMITTED would let each see the same free RMA number and the same three socks: the
// write transaction's lock makes them take turns, as on SQLite.
void TestReturns::consolesRegisteringAtOnceShareNothing()
{
    constexpr int consoles = 6;
    QList<Result<ReturnRegistration::Registered>> results(consoles, Error {QString()});
    TestSupport::atOnce(m_db, consoles, [&](int i) {
        results[i] = ReturnRegistration::registerReturn(m_db, m_order,
            {req(1, 1, u"quality"_s, ItemCondition::Unopened)}, {}, ReturnResolution::Refund,
            u"agent-%1"_s.arg(i), m_now);
    });
    QStringList rmas;
    QStringList refusals;
    for (const auto &r : results) {
        if (r)
            rmas << r->ret.rma;
        else
            refusals << r.error().message;
    }
    rmas.sort();
    QCOMPARE(rmas, (QStringList {u"R-A1001-1"_s, u"R-A1001-2"_s, u"R-A1001-3"_s}));
    QCOMPARE(refusals.size(), consoles - 3);
    for (const QString &why : refusals)
        QVERIFY2(why.contains(u"already being returned"_s) || why.contains(u"can still be"_s),
            qPrintable(why));
    QCOMPARE(scalar(u"SELECT coalesce(sum(quantity), 0) FROM return_items"_s), 3);
    QCOMPARE(ReturnRepository(m_db).returnableOrder(m_order)->lines.at(1).returnable(), 0);
}

void TestReturns::orderWithoutLinesIsReturnedWhole()
{
    const auto order = ReturnRepository(m_db).returnableOrder(m_wholeOrder);
    QVERIFY(order);
    QCOMPARE(order->lines.size(), 1);
    QVERIFY(!order->lines.at(0).orderItemId);
    QCOMPARE(order->lines.at(0).unitPriceCents, 4500);
    QCOMPARE(order->warehouse, u"AT"_s);
    const ReturnCase r = registered(m_wholeOrder, {req(0, 1, u"defective"_s, ItemCondition::Used)});
    QCOMPARE(r.outcome, ReturnOutcome::Accept);
    QCOMPARE(ReturnRepository(m_db).returnableOrder(m_wholeOrder)->lines.at(0).returnable(), 0);
    const auto again = ReturnRegistration::registerReturn(m_db, m_wholeOrder,
        {req(0, 1, u"defective"_s, ItemCondition::Used)}, {}, ReturnResolution::Refund, u"b"_s,
        m_now);
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(u"already being returned"_s),
        qPrintable(again.error().message));

    // A category that cannot come back: the whole return is refused, kept with its reason.
    exec(u"UPDATE orders SET category = 'beauty' WHERE id = %1"_s.arg(m_wholeOrder));
    exec(u"UPDATE returns SET state = 'refused'"_s);
    const auto refused = ReturnRegistration::registerReturn(m_db, m_wholeOrder,
        {req(0, 1, u"defective"_s, ItemCondition::Opened)}, {}, ReturnResolution::Refund, u"b"_s,
        m_now);
    QVERIFY(refused);
    QCOMPARE(refused->ret.state, ReturnState::Refused);
    QCOMPARE(refused->ret.outcomeReason, u"not_returnable"_s);
    QCOMPARE(refused->ret.settlement, Settlement::None);
    QVERIFY2(refused->assessment.customerText.contains(u"Hygiene"_s),
        qPrintable(refused->assessment.customerText));
}

void TestReturns::reviewIsApprovedOrRefused()
{
    ReturnRepository repo(m_db);
    const ReturnCase r = registered(m_order, {req(2, 1, u"defective"_s, ItemCondition::Used)});
    QCOMPARE(r.outcome, ReturnOutcome::Review);
    const Outcome label = repo.issueLabel(r.id, u"dhl"_s, u"00340434161094042601"_s, u"a"_s, m_now);
    QVERIFY(!label);
    QVERIFY2(label.error().message.contains(u"review"_s), qPrintable(label.error().message));
    QVERIFY(repo.approve(r.id, u"supervisor"_s, m_now));
    const auto after = repo.load(r.id);
    QCOMPARE(after->ret.outcome, ReturnOutcome::Accept);
    QCOMPARE(after->ret.items.at(0).outcome, ReturnOutcome::Accept);
    QCOMPARE(text(u"SELECT reviewed_by FROM returns WHERE id = %1"_s.arg(r.id)), u"supervisor"_s);
    QVERIFY(!repo.approve(r.id, u"supervisor"_s, m_now)); // a second console: nothing to do

    const ReturnCase other = registered(m_order, {req(0, 1, u"quality"_s, ItemCondition::Used)});
    QVERIFY(!repo.refuse(other.id, u"  "_s, u"s"_s, m_now));
    QVERIFY(repo.refuse(other.id, u"worn, tags removed"_s, u"s"_s, m_now));
    const auto refused = repo.load(other.id);
    QCOMPARE(refused->ret.state, ReturnState::Refused);
    QCOMPARE(refused->ret.outcomeReason, u"worn, tags removed"_s);
    QCOMPARE(
        scalar(u"SELECT count(*) FROM audit_log WHERE action IN ('approved', 'refused')"_s), 2);
    QCOMPARE(refused->ret.items.at(0).outcome, ReturnOutcome::Refuse); // the lines too
}

void TestReturns::labelParcelMovesTheReturnAlong()
{
    ReturnRepository repo(m_db);
    const ReturnCase r
        = registered(m_order, {req(0, 1, u"size_too_large"_s, ItemCondition::Unopened)});
    QVERIFY(!repo.issueLabel(r.id, u"dhl"_s, u"  "_s, u"a"_s, m_now));
    // Junk is refused: a carrier ParcelDesk does not know, a number no format fits, another
    // carrier's number.
    const Outcome unknown
        = repo.issueLabel(r.id, u"dhlx"_s, u"00340434161094042595"_s, u"a"_s, m_now);
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().message.startsWith(u"carrier: \"dhlx\""_s),
        qPrintable(unknown.error().message));
    QVERIFY(!repo.issueLabel(r.id, u"dhl"_s, u"123"_s, u"a"_s, m_now));
    const Outcome ups = repo.issueLabel(r.id, u"dhl"_s, u"1Z999AA10123456784"_s, u"a"_s, m_now);
    QVERIFY(!ups);
    QVERIFY2(ups.error().message.contains(u"UPS"_s), qPrintable(ups.error().message));
    // A label replaced before its parcel was scanned leaves no parcel behind.
    QVERIFY(repo.issueLabel(r.id, u"dhl"_s, u"00340434161094042601"_s, u"a"_s, m_now));
    QCOMPARE(scalar(u"SELECT count(*) FROM shipments WHERE direction = 'return'"_s), 1);
    QVERIFY(repo.issueLabel(r.id, u"dhl"_s, u"0034 0434 1610 9404 2595"_s, u"a"_s, m_now));
    auto d = repo.load(r.id);
    QCOMPARE(d->ret.state, ReturnState::LabelIssued);
    QCOMPARE(d->trackingNumber, u"00340434161094042595"_s);
    QCOMPARE(
        text(
            u"SELECT direction || ' ' || origin_country || '>' || dest_country || ' ' || "
            "CASE WHEN next_poll_at IS NOT NULL THEN '1' ELSE '0' END FROM shipments WHERE id = %1"_s
                .arg(*d->ret.shipmentId)),
        u"return DE>DE 1"_s);
    // The same number cannot be another return's label.
    const ReturnCase other
        = registered(m_order, {req(1, 3, u"quality"_s, ItemCondition::Unopened)});
    QCOMPARE(other.outcome, ReturnOutcome::KeepIt);
    QVERIFY(!repo.issueLabel(other.id, u"dhl"_s, u"00340434161094042595"_s, u"a"_s, m_now));

    // The carrier's first scan: on its way, dropped off then; delivered: at the warehouse door.
    const qint64 scan = m_now + 86'400'000;
    exec(u"UPDATE shipments SET status_tag = 'InTransit', sub_status = 'InTransit', "
         "status_at = %1 WHERE id = %2"_s.arg(scan)
             .arg(*d->ret.shipmentId));
    d = repo.load(r.id);
    QCOMPARE(d->ret.state, ReturnState::InTransit);
    QCOMPARE(d->ret.droppedOffAtMs, scan);
    exec(u"UPDATE shipments SET status_tag = 'Delivered', sub_status = 'Delivered', "
         "status_at = %1, delivered_at = %1 WHERE id = %2"_s.arg(scan + 3600'000)
             .arg(*d->ret.shipmentId));
    d = repo.load(r.id);
    QCOMPARE(d->ret.state, ReturnState::InTransit); // received only when scanned in
    QCOMPARE(d->ret.arrivedAtMs, scan + 3600'000);
}

void TestReturns::labelGoesToTheWarehouseAddress()
{
    // The label goes to the warehouse's saved address, else to the shop's returns department.
    const ReturnCase r
        = registered(m_order, {req(0, 1, u"size_too_large"_s, ItemCondition::Unopened)});
    QVERIFY(ReturnRepository(m_db).issueLabel(
        r.id, u"dhl"_s, u"00340434161094000014"_s, u"a"_s, m_now));
    QCOMPARE(ReturnRegistration::labelData(m_db, r.id)->toAddress,
        QStringList({u"Returns department"_s, u"DE"_s}));
    QVERIFY(ReturnPolicyStore::saveWarehouseAddress(m_db, u"de"_s,
        {u"Retourenlager"_s, u" Lagerweg 3 "_s, {}, u"44787 Bochum"_s}, u"boss"_s, m_now));
    const auto label = ReturnRegistration::labelData(m_db, r.id);
    QCOMPARE(
        label->toAddress, QStringList({u"Retourenlager"_s, u"Lagerweg 3"_s, u"44787 Bochum"_s}));
    QCOMPARE(label->fromAddress, QStringList({u"Jürgen Weiß"_s, u"DE"_s}));
    QCOMPARE(label->language, u"de"_s);
    QVERIFY(!ReturnPolicyStore::saveWarehouseAddress(
        m_db, u"Deutschland"_s, {u"x"_s}, u"boss"_s, m_now));
}

void TestReturns::scanFindsTheReturn()
{
    ReturnRepository repo(m_db);
    const ReturnCase r
        = registered(m_order, {req(0, 1, u"size_too_large"_s, ItemCondition::Unopened)});
    QVERIFY(repo.issueLabel(r.id, u"dhl"_s, u"00340434161094042595"_s, u"a"_s, m_now));
    for (const QString &scan : {u"R-A1001-1"_s, u"r-a1001-1"_s, u"RA10011"_s,
             u"00340434161094042595"_s, u" 0034 0434 1610 9404 2595 "_s}) {
        const auto found = repo.findByScan(scan);
        QVERIFY(found);
        QCOMPARE(found->value_or(0), r.id);
    }
    QVERIFY(!repo.findByScan(u"R-A1001-9"_s)->has_value());
    QVERIFY(!repo.findByScan(u"00340434161094042557"_s)->has_value()); // the outbound parcel
}

void TestReturns::gradingNeedsEveryLineAndAReasonForLandfill()
{
    ReturnRepository repo(m_db);
    const ReturnCase r = registered(m_order,
        {req(0, 1, u"size_too_large"_s, ItemCondition::Unopened),
            req(2, 1, u"defective"_s, ItemCondition::Used)});
    QVERIFY(repo.approve(r.id, u"s"_s, m_now));
    const auto d = repo.load(r.id);
    const qint64 jacket = d->ret.items.at(0).id;
    const qint64 laptop = d->ret.items.at(1).id;
    QVERIFY(!repo.grade(r.id, {{jacket, u"A"_s, Disposition::Resell, {}}}, true, u"w"_s, m_now));
    QVERIFY(repo.receive(r.id, u"w"_s, m_now));
    QVERIFY(!repo.receive(r.id, u"w"_s, m_now)); // once
    const Outcome missing
        = repo.grade(r.id, {{jacket, u"A"_s, Disposition::Resell, {}}}, true, u"w"_s, m_now);
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(u"Laptop"_s), qPrintable(missing.error().message));
    const Outcome landfill = repo.grade(r.id,
        {{jacket, u"A"_s, Disposition::Resell, {}}, {laptop, u"D"_s, Disposition::Landfill, {}}},
        true, u"w"_s, m_now);
    QVERIFY(!landfill);
    QVERIFY2(
        landfill.error().message.contains(u"landfill"_s), qPrintable(landfill.error().message));
    QVERIFY(!repo.grade(r.id,
        {{jacket, u"E"_s, Disposition::Resell, {}}, {laptop, u"D"_s, Disposition::Recycle, {}}},
        true, u"w"_s, m_now));
    QCOMPARE(repo.load(r.id)->ret.state, ReturnState::Received); // nothing half-written
    QVERIFY(repo.grade(r.id,
        {{jacket, u"A"_s, Disposition::Resell, {}},
            {laptop, u"D"_s, Disposition::Landfill, u"battery swollen, no recycler takes it"_s}},
        false, u"w"_s, m_now));
    const auto graded = repo.load(r.id);
    QCOMPARE(graded->ret.state, ReturnState::Graded);
    QCOMPARE(graded->ret.grade, u"D"_s); // the worst
    QCOMPARE(graded->ret.reusablePackaging, false);
    QCOMPARE(graded->ret.items.at(1).dispositionReason, u"battery swollen, no recycler takes it"_s);
    // The database refuses landfill without a reason whoever writes it.
    QSqlQuery q(m_db.connection());
    QVERIFY(
        !q.exec(u"UPDATE return_items SET disposition_reason = NULL WHERE id = %1"_s.arg(laptop)));
}

void TestReturns::settlesRefundExchangeAndKeepIt()
{
    ReturnRepository repo(m_db);
    const ReturnCase r
        = registered(m_order, {req(0, 1, u"size_too_large"_s, ItemCondition::Unopened)});
    QVERIFY(!repo.settle(r.id, {}, u"f"_s, m_now)); // not inspected yet
    QVERIFY(repo.receive(r.id, u"w"_s, m_now));
    const qint64 item = repo.load(r.id)->ret.items.at(0).id;
    QVERIFY(repo.grade(r.id, {{item, u"B"_s, Disposition::Outlet, {}}}, true, u"w"_s, m_now));
    const Outcome tooMuch = repo.settle(r.id, 999'900, u"finance"_s, m_now);
    QVERIFY(!tooMuch); // more than the jacket is worth
    QVERIFY2(tooMuch.error().message.startsWith(u"refund:"_s), qPrintable(tooMuch.error().message));
    QVERIFY(repo.settle(r.id, {}, u"finance"_s, m_now + 1000));
    const auto done = repo.load(r.id);
    QCOMPARE(done->ret.settlement, Settlement::Done);
    QCOMPARE(done->ret.state, ReturnState::Closed);
    QCOMPARE(done->ret.refundCents, 8900);
    QCOMPARE(done->ret.settledAtMs, m_now + 1000);
    QVERIFY(!repo.settle(r.id, {}, u"finance"_s, m_now)); // once
    QVERIFY(!repo.setResolution(r.id, ReturnResolution::Exchange, u"f"_s, m_now));

    // Socks are kept: refunded at once, no label, no inspection.
    const ReturnCase keep = registered(m_order, {req(1, 3, u"quality"_s, ItemCondition::Opened)});
    QCOMPARE(keep.outcome, ReturnOutcome::KeepIt);
    QVERIFY(!repo.issueLabel(keep.id, u"dhl"_s, u"00340434161094099995"_s, u"a"_s, m_now));
    QVERIFY(repo.settle(keep.id, 1200, u"finance"_s, m_now));
    QCOMPARE(repo.load(keep.id)->ret.refundCents, 1200);

    // An exchange: no refund amount.
    exec(u"UPDATE returns SET state = 'refused' WHERE id = %1"_s.arg(r.id));
    const ReturnCase swap = registered(m_order,
        {req(0, 1, u"size_too_small"_s, ItemCondition::Unopened)}, ReturnResolution::Exchange);
    QVERIFY(repo.setResolution(swap.id, ReturnResolution::Refund, u"a"_s, m_now));
    QVERIFY(repo.setResolution(swap.id, ReturnResolution::Exchange, u"a"_s, m_now));
    QVERIFY(repo.receive(swap.id, u"w"_s, m_now));
    QVERIFY(repo.grade(swap.id,
        {{repo.load(swap.id)->ret.items.at(0).id, u"A"_s, Disposition::Resell, {}}}, {}, u"w"_s,
        m_now));
    QVERIFY(repo.settle(swap.id, {}, u"f"_s, m_now));
    const auto swapped = repo.load(swap.id);
    QVERIFY(!swapped->ret.refundCents);
    QCOMPARE(ReturnRepository::settlementLabel(swapped->ret.resolution, swapped->ret.settlement),
        u"Exchange sent"_s);
}

void TestReturns::dispositionRulesProposeAndRefuseLandfill()
{
    DispositionRuleRepository repo(m_db);
    const auto rules = repo.load();
    QVERIFY(rules);
    QCOMPARE(rules->size(), 9);
    QCOMPARE(
        DispositionRules::propose(*rules, u"A"_s, u"fashion"_s, u"quality"_s), Disposition::Resell);
    QCOMPARE(DispositionRules::propose(*rules, u"B"_s, u"electronics"_s, u"defective"_s),
        Disposition::Refurbish);
    QCOMPARE(DispositionRules::propose(*rules, u"C"_s, u"home"_s, u"defective"_s),
        Disposition::Refurbish);
    QCOMPARE(DispositionRules::propose(*rules, u"C"_s, u"home"_s, u"changed_mind"_s),
        Disposition::Donate);
    QCOMPARE(
        DispositionRules::propose(*rules, u"B"_s, u"beauty"_s, u"quality"_s), Disposition::Recycle);
    QCOMPARE(
        DispositionRules::propose({}, u"A"_s, u"home"_s, u"quality"_s), Disposition::Undecided);

    QList<DispositionRule> changed = *rules;
    changed.prepend({0, 0, u"D"_s, u"electronics"_s, {}, Disposition::Refurbish, true});
    QVERIFY(repo.replaceAll(changed, u"boss"_s, m_now));
    QCOMPARE(DispositionRules::propose(*repo.load(), u"D"_s, u"electronics"_s, u"defective"_s),
        Disposition::Refurbish);
    changed.append({0, 0, {}, {}, {}, Disposition::Landfill, true});
    const Outcome refused = repo.replaceAll(changed, u"boss"_s, m_now);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.startsWith(u"Rule 11, disposition"_s),
        qPrintable(refused.error().message));
    QCOMPARE(repo.load()->size(), 10); // unchanged
    // A rule that is off decides nothing.
    changed.removeLast();
    changed.first().enabled = false;
    QVERIFY(repo.replaceAll(changed, u"boss"_s, m_now));
    QCOMPARE(DispositionRules::propose(*repo.load(), u"D"_s, u"electronics"_s, u"defective"_s),
        Disposition::Recycle);
}

QTEST_GUILESS_MAIN(TestReturns)
#include "tst_returns.moc"
