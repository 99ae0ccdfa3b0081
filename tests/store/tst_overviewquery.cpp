#include "datagen/demodatagenerator.h"
#include "store/database.h"
#include "store/overviewquery.h"
#include "store/storewriter.h"
#include "testsupport.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

namespace {

const qint64 fixedNow
    = QDateTime::fromString(u"2026-11-18T15:30:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();

} // namespace

// The Overview's figures: the per-day tables the triggers keep agree with the shipments
// themselves through every kind of write, and every figure is the count of the parcels its
// drill-down opens.
class TestOverviewQuery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    // First: a later test deletes the demo's contacts.
    void wismoFiguresCountedAnotherWay_data();
    void wismoFiguresCountedAnotherWay();
    void wismoDailyFollowsEveryWrite();
    void dailyTablesMatchTheShipments();
    void dailyTablesFollowTheWriter();
    void everyFigureIsItsDrillDown_data();
    void everyFigureIsItsDrillDown();
    void volumeSegmentsAreTheirParcels();

private:
    void compareDailyTables();
    void compareContactDaily();
    OverviewOptions options(const QString &carrier = {}) const;
    qint64 scalar(const QString &sql);

    QTemporaryDir m_dir;
    Database m_db;
};

void TestOverviewQuery::initTestCase()
{
    PARCELDESK_REQUIRE_STORE();
    m_db = TestSupport::seededDatabase(m_dir.filePath(u"overview.sqlite"_s), 4000, fixedNow);
}

void TestOverviewQuery::cleanupTestCase()
{
    m_db.releaseConnection();
}

qint64 TestOverviewQuery::scalar(const QString &sql)
{
    return TestSupport::scalar(m_db, sql);
}

OverviewOptions TestOverviewQuery::options(const QString &carrier) const
{
    OverviewOptions o;
    o.nowMs = fixedNow;
    o.todayStartMs = fixedNow - fixedNow % OverviewQuery::msPerDay;
    o.carrier = carrier;
    o.days = 30;
    return o;
}

void TestOverviewQuery::compareDailyTables()
{
    // Every group the shipments form, and no other non-zero row.
    const QString shipmentsSide
        = u"SELECT shipped_at / 86400000 AS day, carrier, direction, status_tag, CASE WHEN "
          "sub_status IN ('ReturnedToSender', 'Lost') THEN 1 ELSE 0 END AS ended, count(*) AS n "
          "FROM shipments GROUP BY 1, 2, 3, "
          "4, 5"_s;
    QCOMPARE(scalar(u"SELECT count(*) FROM (%1) x LEFT JOIN shipment_daily d USING (day, carrier, "
                    "direction, status_tag, ended) WHERE d.shipments IS DISTINCT FROM x.n"_s.arg(
                        shipmentsSide)),
        0);
    QCOMPARE(scalar(u"SELECT count(*) FROM shipment_daily d WHERE d.shipments != 0 AND NOT EXISTS "
                    "(SELECT 1 FROM (%1) x WHERE x.day = d.day AND x.carrier = d.carrier AND "
                    "x.direction = d.direction AND x.status_tag = d.status_tag AND x.ended = "
                    "d.ended)"_s.arg(shipmentsSide)),
        0);
    const QString deliveries
        = u"SELECT delivered_at / 86400000 AS day, carrier, count(*) AS delivered, "
          "count(promised_at) AS promised, sum(CASE WHEN promised_at IS NOT NULL AND delivered_at "
          "<= (CASE WHEN promised_at % 86400000 = 0 THEN promised_at + 86399999 ELSE promised_at "
          "END) THEN 1 ELSE 0 END) AS on_time, sum(CASE WHEN failed_attempts = 0 THEN 1 ELSE 0 "
          "END) AS first_attempt FROM shipments WHERE delivered_at "
          "IS NOT NULL AND direction = 'outbound' GROUP BY 1, 2"_s;
    QCOMPARE(scalar(u"SELECT count(*) FROM (%1) x LEFT JOIN delivery_daily d USING (day, carrier) "
                    "WHERE d.delivered IS DISTINCT FROM x.delivered OR d.promised IS DISTINCT FROM "
                    "x.promised OR d.on_time IS DISTINCT FROM x.on_time OR d.first_attempt IS "
                    "DISTINCT FROM x.first_attempt"_s.arg(deliveries)),
        0);
    QCOMPARE(scalar(u"SELECT sum(delivered) FROM delivery_daily"_s),
        scalar(u"SELECT count(*) FROM shipments WHERE delivered_at IS NOT NULL AND direction = "
               "'outbound'"_s));
    QCOMPARE(scalar(u"SELECT sum(failed_attempts) FROM shipments"_s),
        scalar(u"SELECT count(*) FROM tracking_events WHERE status_tag = 'AttemptFail'"_s));
}

void TestOverviewQuery::dailyTablesMatchTheShipments()
{
    compareDailyTables();
    QVERIFY(scalar(u"SELECT count(*) FROM delivery_daily"_s) > 50);
    QVERIFY(scalar(u"SELECT sum(failed_attempts) FROM shipments"_s) > 0);
}

void TestOverviewQuery::dailyTablesFollowTheWriter()
{
    // A new parcel; a failed attempt; then delivered; then its promise moves; then deleted.
    Shipment s = TestSupport::makeShipment(u"00340434161094049999"_s);
    s.shippedAtMs = fixedNow - 3 * OverviewQuery::msPerDay;
    s.createdAtMs = s.shippedAtMs;
    s.promisedAtMs = (fixedNow / OverviewQuery::msPerDay - 1) * OverviewQuery::msPerDay;
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO shipments (carrier, tracking_number, direction, origin_country, "
              "dest_country, shipped_at, promised_at, created_at) VALUES ('dhl', ?, 'outbound', "
              "'DE', 'DE', ?, ?, ?) RETURNING id"_s);
    q.addBindValue(s.trackingNumber);
    q.addBindValue(s.shippedAtMs);
    q.addBindValue(*s.promisedAtMs);
    q.addBindValue(s.createdAtMs);
    QVERIFY(q.exec() && q.next());
    const qint64 id = q.value(0).toLongLong();
    q.finish(); // SQLite ends the INSERT ... RETURNING only here
    compareDailyTables();
    StoreWriter writer(m_db);
    writer.submit({TestSupport::makeEvent(
        id, fixedNow - 2 * OverviewQuery::msPerDay, SubStatus::AcceptanceScan, u"transit"_s)});
    writer.submit({TestSupport::makeEvent(
        id, fixedNow - OverviewQuery::msPerDay, SubStatus::RecipientNotAvailable, u"attempt"_s)});
    QVERIFY(writer.waitForIdle(10000));
    QCOMPARE(scalar(u"SELECT failed_attempts FROM shipments WHERE id = %1"_s.arg(id)), 1);
    compareDailyTables();
    writer.submit(
        {TestSupport::makeEvent(id, fixedNow - 3'600'000, SubStatus::Delivered, u"delivered"_s)});
    QVERIFY(writer.waitForIdle(10000));
    QVERIFY(scalar(u"SELECT CASE WHEN delivered_at IS NOT NULL THEN 1 ELSE 0 END FROM shipments "
                   "WHERE id = %1"_s.arg(id)));
    compareDailyTables();
    QVERIFY(q.exec(u"UPDATE shipments SET promised_at = %1 WHERE id = %2"_s.arg(fixedNow).arg(id)));
    compareDailyTables();
    // A parcel going back: Exception, then back at the sender (the same tag, now ended).
    QVERIFY(
        q.exec(u"INSERT INTO shipments (carrier, tracking_number, direction, shipped_at, "
               "created_at) VALUES ('gls', '99999999991', 'outbound', %1, %1) RETURNING id"_s.arg(
                   fixedNow - 86'400'000))
        && q.next());
    const qint64 back = q.value(0).toLongLong();
    q.finish(); // SQLite ends the INSERT ... RETURNING only here
    writer.submit(
        {TestSupport::makeEvent(back, fixedNow - 7'200'000, SubStatus::ReturnToSender, u"rts"_s)});
    writer.submit({TestSupport::makeEvent(
        back, fixedNow - 3'600'000, SubStatus::ReturnedToSender, u"back"_s)});
    QVERIFY(writer.waitForIdle(10000));
    compareDailyTables();
    // Tracking gives up on another.
    QVERIFY(
        q.exec(u"INSERT INTO shipments (carrier, tracking_number, direction, shipped_at, "
               "created_at) VALUES ('gls', '99999999992', 'outbound', %1, %1) RETURNING id"_s.arg(
                   fixedNow - 86'400'000))
        && q.next());
    const qint64 quiet = q.value(0).toLongLong();
    q.finish(); // SQLite ends the INSERT ... RETURNING only here
    PollUpdate expire;
    expire.shipmentId = quiet;
    expire.expire = true;
    writer.submit({}, {expire});
    QVERIFY(writer.waitForIdle(10000));
    QCOMPARE(scalar(u"SELECT CASE WHEN status_tag = 'Expired' THEN 1 ELSE 0 END FROM shipments "
                    "WHERE id = %1"_s.arg(quiet)),
        1);
    compareDailyTables();
    // Delivered on a day no parcel of its carrier was delivered yet, and a new promise in the
    // same poll: one transaction, counted once.
    QVERIFY(q.exec(u"INSERT INTO shipments (carrier, tracking_number, direction, origin_country, "
                   "dest_country, shipped_at, promised_at, created_at) VALUES ('usps', "
                   "'9400111899223100000099', 'outbound', 'US', 'US', %1, %2, %1) RETURNING id"_s
                       .arg(fixedNow + 9 * OverviewQuery::msPerDay)
                       .arg(fixedNow + 12 * OverviewQuery::msPerDay))
        && q.next());
    const qint64 fresh = q.value(0).toLongLong();
    q.finish(); // SQLite ends the INSERT ... RETURNING only here
    PollUpdate promise;
    promise.shipmentId = fresh;
    promise.promisedAtMs = fixedNow + 10 * OverviewQuery::msPerDay;
    promise.nextPollAtMs = fixedNow + 11 * OverviewQuery::msPerDay;
    writer.submit(
        {TestSupport::makeEvent(fresh, fixedNow + 10 * OverviewQuery::msPerDay + 3'600'000,
            SubStatus::Delivered, u"delivered"_s)},
        {promise});
    QVERIFY(writer.waitForIdle(10000));
    compareDailyTables();
    QVERIFY(q.exec(u"DELETE FROM tracking_events WHERE shipment_id = %1"_s.arg(fresh)));
    QVERIFY(q.exec(u"DELETE FROM shipments WHERE id = %1"_s.arg(fresh)));
    QVERIFY(q.exec(u"DELETE FROM tracking_events WHERE shipment_id = %1"_s.arg(id)));
    QVERIFY(q.exec(u"DELETE FROM shipments WHERE id = %1"_s.arg(id)));
    compareDailyTables();
}

void TestOverviewQuery::everyFigureIsItsDrillDown_data()
{
    QTest::addColumn<QString>("carrier");
    QTest::newRow("every carrier") << QString();
    QTest::newRow("DPD") << u"dpd"_s;
}

void TestOverviewQuery::everyFigureIsItsDrillDown()
{
    QFETCH(QString, carrier);
    // A contact today, so that tile has something to count.
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"INSERT INTO contacts (shipment_id, channel, reason, agent, occurred_at) "
                   "SELECT id, 'phone', 'where_is_my_order', 'anna', %1 FROM shipments WHERE "
                   "carrier = 'dpd' ORDER BY id LIMIT 2"_s.arg(fixedNow - 60'000)));
    const auto snapshot = OverviewQuery::load(m_db.connection(), options(carrier));
    QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().message));
    QVERIFY(snapshot->tiles.size() >= 10);
    for (const OverviewTile &t : snapshot->tiles) {
        const auto counted = ShipmentListQuery::count(m_db.connection(), t.drill, fixedNow);
        QVERIFY(counted);
        QVERIFY2(*counted == t.count,
            qPrintable(u"%1: tile %2, drill-down %3"_s.arg(t.key).arg(t.count).arg(*counted)));
        if (!carrier.isEmpty() && t.count > 0)
            QCOMPARE(t.drill.carriers, QStringList {carrier});
    }
    const auto figure = [&](const QString &key) { return snapshot->tile(key); };
    QVERIFY(figure(u"in_transit"_s)->count > 0);
    QVERIFY(figure(u"late"_s)->count > 0);
    QVERIFY(figure(u"delivered_today"_s)->count > 0);
    QCOMPARE(figure(u"wismo_today"_s)->extra,
        scalar(u"SELECT count(*) FROM contacts c JOIN shipments s ON s.id = c.shipment_id WHERE "
               "c.occurred_at >= %1 AND c.occurred_at < %2%3"_s.arg(options().todayStartMs)
                   .arg(options().todayStartMs + OverviewQuery::msPerDay)
                   .arg(carrier.isEmpty() ? QString() : u" AND s.carrier = '%1'"_s.arg(carrier))));
    QVERIFY(figure(u"wismo_today"_s)->extra >= 2);
    // A rate's numerator, counted the other way round.
    const qint64 monthStart = (fixedNow / OverviewQuery::msPerDay - 29) * OverviewQuery::msPerDay;
    const QString carrierCondition
        = carrier.isEmpty() ? QString() : u" AND carrier = '%1'"_s.arg(carrier);
    QCOMPARE(figure(u"on_time_30"_s)->part,
        scalar(u"SELECT count(*) FROM shipments WHERE direction = 'outbound' AND delivered_at >= "
               "%1 AND promised_at IS NOT NULL AND (delivered_at <= promised_at OR (promised_at "
               "% 86400000 = 0 AND delivered_at < promised_at + 86400000))%2"_s.arg(monthStart)
                   .arg(carrierCondition)));
    QCOMPARE(figure(u"first_attempt_30"_s)->part,
        scalar(u"SELECT count(*) FROM shipments s WHERE direction = 'outbound' AND delivered_at "
               ">= %1 AND NOT EXISTS (SELECT 1 FROM tracking_events e WHERE e.shipment_id = s.id "
               "AND e.status_tag = 'AttemptFail')%2"_s.arg(monthStart)
                   .arg(carrierCondition)));
    const double onTime = figure(u"on_time_30"_s)->rate();
    QVERIFY(onTime > 0.7 && onTime < 1.0);
    // Cases: one figure per open kind, adding up to every open case.
    qint64 cases = 0;
    for (const OverviewTile &t : snapshot->tiles)
        cases += t.key.startsWith(u"case:"_s) ? t.count : 0;
    QCOMPARE(cases,
        scalar(u"SELECT count(*) FROM problem_cases p JOIN shipments s ON s.id = p.shipment_id "
               "WHERE p.state != 'resolved'"_s
            + carrierCondition));
    QVERIFY(q.exec(u"DELETE FROM contacts"_s));
}

void TestOverviewQuery::volumeSegmentsAreTheirParcels()
{
    for (const bool byWeek : {false, true}) {
        for (const auto stack :
            {OverviewOptions::Stack::ByCarrier, OverviewOptions::Stack::ByStatus}) {
            OverviewOptions o = options();
            o.byWeek = byWeek;
            o.stack = stack;
            const auto snapshot = OverviewQuery::load(m_db.connection(), o);
            QVERIFY(snapshot);
            QCOMPARE(snapshot->volume.size(), snapshot->periodStartDays.size());
            QVERIFY(snapshot->volume.size() >= (byWeek ? 5 : 30));
            qint64 total = 0;
            for (int p = 0; p < snapshot->volume.size(); ++p) {
                for (int c = 0; c < snapshot->series.size(); ++c) {
                    total += snapshot->volume[p][c];
                    // Every third segment, to keep the test quick.
                    if ((p + c) % 3 == 0)
                        QCOMPARE(*ShipmentListQuery::count(
                                     m_db.connection(), snapshot->volumeDrill(p, c, o), fixedNow),
                            snapshot->volume[p][c]);
                }
            }
            const qint64 from = snapshot->periodStartDays.first() * OverviewQuery::msPerDay;
            QCOMPARE(total,
                scalar(
                    u"SELECT count(*) FROM shipments WHERE direction = 'outbound' AND "
                    "shipped_at >= %1 AND shipped_at < %2"_s.arg(from)
                        .arg((fixedNow / OverviewQuery::msPerDay + 1) * OverviewQuery::msPerDay)));
            for (int row = 0; row < snapshot->inFlight.size(); ++row)
                QCOMPARE(*ShipmentListQuery::count(
                             m_db.connection(), snapshot->inFlightDrill(row, o), fixedNow),
                    snapshot->inFlight[row].second);
        }
    }
}

void TestOverviewQuery::compareContactDaily()
{
    // The contacts counted afresh: repeats by their place in time per order (or parcel), told
    // first by a join to the messages sent before.
    const QString fresh
        = u"SELECT c.occurred_at / 86400000 AS day, coalesce(s.carrier, '') AS carrier, "
          "count(*) AS n, sum(c.rep) AS r, sum(c.told) AS t FROM (SELECT x.*, CASE WHEN "
          "row_number() OVER (PARTITION BY coalesce('o' || CAST(x.order_id AS TEXT), 's' || "
          "CAST(x.shipment_id AS TEXT)) ORDER BY x.occurred_at, x.id) > 1 THEN 1 ELSE 0 END AS "
          "rep, (SELECT CASE WHEN count(*) > 0 THEN 1 ELSE 0 END FROM shipments s0 JOIN orders o "
          "ON o.id = coalesce(x.order_id, s0.order_id) JOIN messages m ON m.customer_id = "
          "o.customer_id AND m.state = 'sent' AND m.sent_at < x.occurred_at AND m.sent_at >= "
          "o.placed_at LEFT JOIN shipments ms ON ms.id = m.shipment_id WHERE s0.id = "
          "coalesce(x.shipment_id, (SELECT min(id) FROM shipments WHERE order_id = x.order_id)) "
          "AND (m.shipment_id IS NULL OR ms.order_id = o.id)) AS told FROM contacts x) c "
          "LEFT JOIN shipments s ON s.id = c.shipment_id GROUP BY 1, 2"_s;
    QCOMPARE(scalar(u"SELECT count(*) FROM (%1) f LEFT JOIN contact_daily d USING (day, "
                    "carrier) WHERE d.contacts IS DISTINCT FROM f.n OR d.repeats IS DISTINCT FROM "
                    "f.r OR d.told_first IS DISTINCT FROM f.t"_s.arg(fresh)),
        0);
    QCOMPARE(
        scalar(u"SELECT count(*) FROM contact_daily d WHERE d.contacts != 0 AND NOT EXISTS "
               "(SELECT 1 FROM (%1) f WHERE f.day = d.day AND f.carrier = d.carrier)"_s.arg(fresh)),
        0);
}

void TestOverviewQuery::wismoDailyFollowsEveryWrite()
{
    compareContactDaily();
    QSqlQuery q(m_db.connection());
    // An order with one parcel and no contacts yet, its customer, and a later moment.
    QVERIFY(q.exec(u"SELECT s.id, s.order_id, o.customer_id, o.placed_at FROM shipments s JOIN "
                   "orders o ON o.id = s.order_id WHERE NOT EXISTS (SELECT 1 FROM contacts c "
                   "WHERE c.order_id = o.id) AND NOT EXISTS (SELECT 1 FROM messages m WHERE "
                   "m.customer_id = o.customer_id) ORDER BY s.id DESC LIMIT 1"_s)
        && q.next());
    const qint64 shipment = q.value(0).toLongLong();
    const qint64 order = q.value(1).toLongLong();
    const qint64 customer = q.value(2).toLongLong();
    const qint64 placed = q.value(3).toLongLong();
    q.finish();
    const qint64 day = OverviewQuery::msPerDay;
    const auto contact = [&](qint64 at) {
        QSqlQuery c(m_db.connection());
        c.prepare(
            u"INSERT INTO contacts (shipment_id, order_id, channel, reason, agent, "
            "occurred_at) VALUES (?, ?, 'phone', 'where_is_my_order', 'anna', ?) RETURNING id"_s);
        c.addBindValue(shipment);
        c.addBindValue(order);
        c.addBindValue(at);
        if (!c.exec() || !c.next())
            qFatal("%s", qPrintable(c.lastError().text()));
        return c.value(0).toLongLong();
    };
    // Out of order: the later call first, then the earlier one, which makes the later a repeat.
    const qint64 later = contact(placed + 5 * day);
    compareContactDaily();
    contact(placed + 3 * day);
    compareContactDaily();
    QCOMPARE(scalar(u"SELECT repeated FROM contacts WHERE id = %1"_s.arg(later)), 1);
    // A delay notice recorded afterwards, sent between the two: the later call was told first.
    QVERIFY(q.exec(u"INSERT INTO messages (customer_id, shipment_id, channel, language, kind, "
                   "state, body, created_at, sent_at) VALUES (%1, %2, 'email', 'en', "
                   "'delay_notice', 'sent', 'later', %3, %3)"_s.arg(customer)
                       .arg(shipment)
                       .arg(placed + 4 * day)));
    compareContactDaily();
    QCOMPARE(scalar(u"SELECT told_first FROM contacts WHERE id = %1"_s.arg(later)), 1);
    // The earlier call filed under another order and back: the later one is first, then not.
    QVERIFY(q.exec(u"UPDATE contacts SET order_id = NULL, shipment_id = %1 WHERE order_id = %2 "
                   "AND id != %3"_s.arg(shipment)
                       .arg(order)
                       .arg(later)));
    compareContactDaily();
    QCOMPARE(scalar(u"SELECT repeated FROM contacts WHERE id = %1"_s.arg(later)), 0);
    QVERIFY(
        q.exec(u"UPDATE contacts SET order_id = %1 WHERE order_id IS NULL AND shipment_id = %2"_s
                   .arg(order)
                   .arg(shipment)));
    compareContactDaily();
    QCOMPARE(scalar(u"SELECT repeated FROM contacts WHERE id = %1"_s.arg(later)), 1);
    // A contact moved to another day, then the first one deleted: the other is first again.
    QVERIFY(q.exec(
        u"UPDATE contacts SET occurred_at = occurred_at + %1 WHERE id = %2"_s.arg(day).arg(later)));
    compareContactDaily();
    QVERIFY(
        q.exec(u"DELETE FROM contacts WHERE order_id = %1 AND id != %2"_s.arg(order).arg(later)));
    compareContactDaily();
    QCOMPARE(scalar(u"SELECT repeated FROM contacts WHERE id = %1"_s.arg(later)), 0);
    // The message withdrawn: told first no more.
    QVERIFY(q.exec(u"DELETE FROM messages WHERE customer_id = %1"_s.arg(customer)));
    compareContactDaily();
    QCOMPARE(scalar(u"SELECT told_first FROM contacts WHERE id = %1"_s.arg(later)), 0);
    QVERIFY(q.exec(u"DELETE FROM contacts WHERE id = %1"_s.arg(later)));
    compareContactDaily();
}

void TestOverviewQuery::wismoFiguresCountedAnotherWay_data()
{
    QTest::addColumn<QString>("carrier");
    QTest::newRow("all carriers") << QString();
    QTest::newRow("DHL") << u"dhl"_s;
}

void TestOverviewQuery::wismoFiguresCountedAnotherWay()
{
    QFETCH(QString, carrier);
    const auto snapshot = OverviewQuery::load(m_db.connection(), options(carrier));
    QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().message));
    const WismoFigures &w = snapshot->wismo;
    const QString inRange
        = u"c.occurred_at >= %1 AND c.occurred_at < %2%3"_s.arg(w.fromMs).arg(w.untilMs).arg(
            carrier.isEmpty() ? QString() : u" AND s.carrier = '%1'"_s.arg(carrier));
    QCOMPARE(w.fromMs, (fixedNow / OverviewQuery::msPerDay - 29) * OverviewQuery::msPerDay);
    QVERIFY(w.total.contacts > 20); // the demo data's customers call
    QCOMPARE(w.total.contacts,
        scalar(u"SELECT count(*) FROM contacts c LEFT JOIN shipments s ON s.id = c.shipment_id "
               "WHERE "_s
            + inRange));
    // Asked again: numbered per order (or parcel) in time, every one after the first.
    QCOMPARE(w.total.repeats,
        scalar(u"SELECT count(*) FROM (SELECT id, shipment_id, occurred_at, row_number() OVER ("
               "PARTITION BY coalesce('o' || CAST(order_id AS TEXT), 's' || CAST(shipment_id AS "
               "TEXT)) ORDER BY occurred_at, "
               "id) AS n FROM contacts) c LEFT JOIN shipments s ON s.id = c.shipment_id WHERE "
               "c.n > 1 AND "_s
            + inRange));
    QVERIFY(w.total.repeats > 0);
    // Told first: joined to the messages sent before, about the same order.
    QCOMPARE(w.total.toldFirst,
        scalar(u"SELECT count(DISTINCT c.id) FROM contacts c LEFT JOIN shipments s ON s.id = "
               "c.shipment_id JOIN orders o ON o.id = coalesce(c.order_id, s.order_id) JOIN "
               "messages m ON m.customer_id = o.customer_id AND m.state = 'sent' AND m.sent_at < "
               "c.occurred_at AND m.sent_at >= o.placed_at LEFT JOIN shipments ms ON ms.id = "
               "m.shipment_id WHERE (m.shipment_id IS NULL OR ms.order_id = o.id) AND "_s
            + inRange));
    QVERIFY(w.total.toldFirst > 0 && w.total.toldFirst < w.total.contacts);
    const QString shippedInRange
        = u"direction = 'outbound' AND shipped_at >= %1 AND "
          "shipped_at < %2%3"_s.arg(w.fromMs)
              .arg((fixedNow / OverviewQuery::msPerDay + 1) * OverviewQuery::msPerDay)
              .arg(carrier.isEmpty() ? QString() : u" AND carrier = '%1'"_s.arg(carrier));
    QCOMPARE(
        w.total.shipments, scalar(u"SELECT count(*) FROM shipments WHERE "_s + shippedInRange));
    // The rows add up to the total, the days too.
    qint64 contacts = 0, shipments = 0;
    for (const WismoFigures::Row &r : w.byCarrier) {
        contacts += r.contacts;
        shipments += r.shipments;
        if (!carrier.isEmpty())
            QCOMPARE(r.carrier, carrier);
    }
    QCOMPARE(contacts, w.total.contacts);
    QCOMPARE(shipments, w.total.shipments);
    QCOMPARE(w.days.size(), 30);
    QCOMPARE(std::accumulate(w.contactsByDay.cbegin(), w.contactsByDay.cend(), qint64(0)),
        w.total.contacts);
    QCOMPARE(std::accumulate(w.shipmentsByDay.cbegin(), w.shipmentsByDay.cend(), qint64(0)),
        w.total.shipments);
    // The drill-down opens the parcels asked about.
    const auto drilled = ShipmentListQuery::count(m_db.connection(), w.drill(carrier), fixedNow);
    QVERIFY(drilled);
    QCOMPARE(*drilled,
        scalar(u"SELECT count(DISTINCT c.shipment_id) FROM contacts c JOIN shipments s ON s.id = "
               "c.shipment_id WHERE "_s
            + inRange));
}

QTEST_GUILESS_MAIN(TestOverviewQuery)
#include "tst_overviewquery.moc"
