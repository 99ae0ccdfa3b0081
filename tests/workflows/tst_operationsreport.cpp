#include "reports/operationsreport.h"
#include "store/database.h"
#include "testsupport.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

namespace {

const qint64 fixedNow
    = QDateTime::fromString(u"2026-11-18T15:30:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();
const QDate lastDay(2026, 11, 17);
const QDate firstDay(2026, 10, 19);

qint64 dayNumber(QDate d)
{
    return QDate(1970, 1, 1).daysTo(d);
}

qint64 startMs(QDate d)
{
    return dayNumber(d) * 86'400'000;
}

} // namespace

// The operations report's figures against the same figures counted another way: the per-day
// tables the triggers keep (schema 8 and 9), and plain SQL over the rows.
class TestOperationsReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void headlineFiguresCountedAnotherWay();
    void sectionsAddUp();
    void transitPercentilesAreNearestRank();
    void scorecardComparesCarriersOnSharedLanes();
    void filtersNarrowEveryParcelFigure();
    void customerRatingFromFeedback();
    void apologiesAndVoucherCost();
    void emptyPeriodHasNoRates();
    void cancelStopsBetweenSteps();
    // Last: it changes the demo's promises.
    void onTimeCountsOnlyPromisedParcels();

private:
    Report build(const OperationsReportFilter &filter);
    OperationsReportFilter period() const;
    qint64 scalar(const QString &sql) { return TestSupport::scalar(m_db, sql); }
    double real(const QString &sql);
    static QVariant cell(const ReportSection *s, int row, int column);

    QTemporaryDir m_dir;
    Database m_db;
};

void TestOperationsReport::initTestCase()
{
    PARCELDESK_REQUIRE_STORE();
    m_db = TestSupport::seededDatabase(m_dir.filePath(u"report.sqlite"_s), 4000, fixedNow);
}

void TestOperationsReport::cleanupTestCase()
{
    m_db.releaseConnection();
}

double TestOperationsReport::real(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toDouble();
}

QVariant TestOperationsReport::cell(const ReportSection *s, int row, int column)
{
    return s->rows.at(row).at(column);
}

OperationsReportFilter TestOperationsReport::period() const
{
    OperationsReportFilter f;
    f.from = firstDay;
    f.to = lastDay;
    return f;
}

Report TestOperationsReport::build(const OperationsReportFilter &filter)
{
    auto report = OperationsReport::build(m_db.connection(), filter, fixedNow);
    if (!report)
        qFatal("%s", qPrintable(report.error().message));
    return *report;
}

void TestOperationsReport::headlineFiguresCountedAnotherWay()
{
    const Report r = build(period());
    const QString days
        = u" day BETWEEN %1 AND %2"_s.arg(dayNumber(firstDay)).arg(dayNumber(lastDay));
    const qint64 shipped = scalar(
        u"SELECT sum(shipments) FROM shipment_daily WHERE direction = 'outbound' AND"_s + days);
    QVERIFY(shipped > 1000);
    QCOMPARE(r.figure(u"shipped"_s)->value.toLongLong(), shipped);
    const qint64 delivered = scalar(u"SELECT sum(delivered) FROM delivery_daily WHERE"_s + days);
    QVERIFY(delivered > 1000);
    QCOMPARE(r.figure(u"delivered"_s)->value.toLongLong(), delivered);
    const double onTime = real(u"SELECT 1.0 * sum(on_time) / sum(promised) FROM delivery_daily "
                               "WHERE"_s
        + days);
    QCOMPARE(r.figure(u"on_time"_s)->value.toDouble(), onTime);
    const double firstAttempt = real(
        u"SELECT 1.0 * sum(first_attempt) / sum(delivered) FROM delivery_daily WHERE"_s + days);
    QCOMPARE(r.figure(u"first_attempt"_s)->value.toDouble(), firstAttempt);
    const qint64 contacts = scalar(u"SELECT sum(contacts) FROM contact_daily WHERE"_s + days);
    QVERIFY(contacts > 0);
    QCOMPARE(r.figure(u"contacts_per_100"_s)->value.toDouble(),
        100.0 * double(contacts) / double(shipped));
    const QString range
        = u" BETWEEN %1 AND %2"_s.arg(startMs(firstDay)).arg(startMs(lastDay.addDays(1)) - 1);
    QCOMPARE(r.figure(u"cases_opened"_s)->value.toLongLong(),
        scalar(u"SELECT count(*) FROM problem_cases WHERE opened_at"_s + range));
    QCOMPARE(r.figure(u"cases_resolved"_s)->value.toLongLong(),
        scalar(u"SELECT count(*) FROM problem_cases WHERE resolved_at"_s + range));
    const double pickup
        = real(u"SELECT avg(CASE WHEN sub_status IN ('PickedUp', 'DeliveredToLocker') "
               "THEN 1 ELSE 0 END) FROM shipments WHERE direction = 'outbound' AND delivered_at"_s
            + range);
    QVERIFY(pickup > 0.05);
    QCOMPARE(r.figure(u"pickup_share"_s)->value.toDouble(), pickup);
    const qint64 withException = scalar(
        u"SELECT count(DISTINCT e.shipment_id) FROM tracking_events e WHERE e.status_tag IN "
        "('Exception', 'AttemptFail') AND e.shipment_id IN (SELECT id FROM shipments WHERE "
        "direction = 'outbound' AND shipped_at"_s
        + range + u")"_s);
    QVERIFY(withException > 0);
    QCOMPARE(
        r.figure(u"exception_rate"_s)->value.toDouble(), double(withException) / double(shipped));
    QCOMPARE(r.title, u"Operations report"_s);
    QCOMPARE(r.from, firstDay);
    QCOMPARE(r.to, lastDay);
    QVERIFY(r.filters.isEmpty());
}

void TestOperationsReport::sectionsAddUp()
{
    const Report r = build(period());
    const qint64 shipped = r.figure(u"shipped"_s)->value.toLongLong();
    const qint64 delivered = r.figure(u"delivered"_s)->value.toLongLong();

    const ReportSection *volume = r.section(u"volume"_s);
    QVERIFY(volume);
    QCOMPARE(volume->rows.size(), firstDay.daysTo(lastDay) + 1);
    qint64 shippedByDay = 0;
    qint64 deliveredByDay = 0;
    for (const QVariantList &row : volume->rows) {
        shippedByDay += row.at(1).toLongLong();
        deliveredByDay += row.at(2).toLongLong();
    }
    QCOMPARE(shippedByDay, shipped);
    QCOMPARE(deliveredByDay, delivered);
    QCOMPARE(cell(volume, 0, 0).toDate(), firstDay);

    const ReportSection *carriers = r.section(u"carriers"_s);
    QVERIFY(carriers && carriers->rows.size() >= 3);
    qint64 shippedByCarrier = 0;
    qint64 deliveredByCarrier = 0;
    for (const QVariantList &row : carriers->rows) {
        shippedByCarrier += row.at(1).toLongLong();
        deliveredByCarrier += row.at(2).toLongLong();
    }
    QCOMPARE(shippedByCarrier, shipped);
    QCOMPARE(deliveredByCarrier, delivered);
    // Carriers by name, as people know them.
    QVERIFY(std::any_of(carriers->rows.cbegin(), carriers->rows.cend(),
        [](const QVariantList &row) { return row.at(0).toString() == u"DHL"; }));

    const ReportSection *lanes = r.section(u"lanes"_s);
    qint64 deliveredByLane = 0;
    for (const QVariantList &row : lanes->rows) {
        deliveredByLane += row.at(2).toLongLong();
        QVERIFY2(row.at(1).toString().contains(u'\u2192'), qPrintable(row.at(1).toString()));
        QVERIFY(row.at(3).toDouble() <= row.at(4).toDouble()); // p50 ≤ p90
    }
    QCOMPARE(deliveredByLane, delivered);

    // Problem cases by kind add up to the headline figures.
    const ReportSection *cases = r.section(u"cases"_s);
    qint64 opened = 0;
    for (const QVariantList &row : cases->rows)
        opened += row.at(1).toLongLong();
    QCOMPARE(opened, r.figure(u"cases_opened"_s)->value.toLongLong());

    const ReportSection *contacts = r.section(u"contacts"_s);
    const ReportSection *reasons = r.section(u"contact_reasons"_s);
    qint64 byCarrier = 0;
    qint64 byReason = 0;
    for (const QVariantList &row : contacts->rows)
        byCarrier += row.at(1).toLongLong();
    for (const QVariantList &row : reasons->rows)
        byReason += row.at(1).toLongLong();
    QVERIFY(byCarrier > 0);
    QCOMPARE(byReason, byCarrier);

    // Returns: the same rate as the returns dashboard's own query gives.
    const ReportSection *rates = r.section(u"return_rates"_s);
    QVERIFY(rates && !rates->rows.isEmpty());
    const QVariantList total = rates->rows.constLast();
    QCOMPARE(total.at(0).toString(), u"All categories"_s);
    QCOMPARE(r.figure(u"return_rate"_s)->value.toDouble(),
        total.at(2).toDouble() / total.at(1).toDouble());

    // Sustainability: deliveries that needed another attempt are those not at the first.
    const ReportSection *green = r.section(u"sustainability"_s);
    QCOMPARE(green->rows.size(), 5);
    const qint64 retried = scalar(
        u"SELECT count(*) FROM shipments WHERE direction = 'outbound' AND failed_attempts > 0 "
        "AND delivered_at BETWEEN %1 AND %2"_s.arg(startMs(firstDay))
            .arg(startMs(lastDay.addDays(1)) - 1));
    QCOMPARE(cell(green, 2, 1).toLongLong(), retried);
    QCOMPARE(cell(green, 2, 2).toLongLong(), delivered);
    QCOMPARE(cell(green, 3, 1).toLongLong(),
        scalar(u"SELECT sum(failed_attempts) FROM shipments WHERE direction = 'outbound' AND "
               "delivered_at BETWEEN %1 AND %2"_s.arg(startMs(firstDay))
                   .arg(startMs(lastDay.addDays(1)) - 1)));

    // Every cell fits its column's type.
    for (const ReportSection &s : r.sections) {
        for (const QVariantList &row : s.rows) {
            QCOMPARE(row.size(), s.columns.size());
            for (int c = 0; c < row.size(); ++c) {
                if (!row.at(c).isValid())
                    continue;
                const CellType type = s.columns.at(c).type;
                if (type == CellType::Percent)
                    QVERIFY2(
                        row.at(c).toDouble() >= 0 && row.at(c).toDouble() <= 1, qPrintable(s.key));
                if (type == CellType::Date)
                    QVERIFY(row.at(c).toDate().isValid());
            }
        }
    }
}

void TestOperationsReport::transitPercentilesAreNearestRank()
{
    const Report r = build(period());
    const QString where = u" FROM shipments WHERE direction = 'outbound' AND delivered_at BETWEEN "
                          "%1 AND %2"_s.arg(startMs(firstDay))
                              .arg(startMs(lastDay.addDays(1)) - 1);
    const qint64 n = scalar(u"SELECT count(*)"_s + where);
    for (const auto &[key, p] : {std::pair {u"transit_p50"_s, 0.5}, {u"transit_p90"_s, 0.9}}) {
        const qint64 offset = qint64(std::ceil(p * double(n))) - 1;
        const double expected = real(u"SELECT (delivered_at - shipped_at) / 86400000.0"_s + where
            + u" ORDER BY delivered_at - shipped_at LIMIT 1 OFFSET %1"_s.arg(offset));
        QVERIFY2(std::abs(r.figure(key)->value.toDouble() - expected) < 1e-9, qPrintable(key));
    }
}

void TestOperationsReport::scorecardComparesCarriersOnSharedLanes()
{
    const Report r = build(period());
    const ReportSection *s = r.section(u"scorecard"_s);
    QVERIFY(s);
    QVERIFY2(s->rows.size() >= 4, "the demo ships on lanes several carriers serve");
    QHash<QString, int> carriersOnLane;
    QString lane;
    double previousOnTime = 2;
    for (const QVariantList &row : s->rows) {
        if (row.at(0).toString() != lane) {
            lane = row.at(0).toString();
            QCOMPARE(row.at(1).toInt(), 1); // ranks start again on each lane
            previousOnTime = 2;
        }
        ++carriersOnLane[lane];
        QVERIFY(row.at(3).toLongLong() >= 5);
        const double onTime = row.at(4).isValid() ? row.at(4).toDouble() : -1;
        QVERIFY(onTime <= previousOnTime);
        previousOnTime = onTime;
    }
    for (auto it = carriersOnLane.cbegin(); it != carriersOnLane.cend(); ++it)
        QVERIFY2(it.value() >= 2, qPrintable(it.key()));
}

void TestOperationsReport::filtersNarrowEveryParcelFigure()
{
    OperationsReportFilter f = period();
    f.carriers = {u"dhl"_s};
    const Report dhl = build(f);
    const QString days
        = u" day BETWEEN %1 AND %2"_s.arg(dayNumber(firstDay)).arg(dayNumber(lastDay));
    QCOMPARE(dhl.figure(u"shipped"_s)->value.toLongLong(),
        scalar(u"SELECT sum(shipments) FROM shipment_daily WHERE direction = 'outbound' AND "
               "carrier = 'dhl' AND"_s
            + days));
    QCOMPARE(dhl.figure(u"delivered"_s)->value.toLongLong(),
        scalar(u"SELECT sum(delivered) FROM delivery_daily WHERE carrier = 'dhl' AND"_s + days));
    QCOMPARE(dhl.figure(u"contacts_per_100"_s)->value.toDouble(),
        100.0
            * double(scalar(
                u"SELECT sum(contacts) FROM contact_daily WHERE carrier = 'dhl' AND"_s + days))
            / double(dhl.figure(u"shipped"_s)->value.toLongLong()));
    QCOMPARE(dhl.filters, QStringList {u"Carriers: DHL"_s});
    QCOMPARE(dhl.section(u"carriers"_s)->rows.size(), 1);
    QVERIFY(dhl.section(u"scorecard"_s)->rows.isEmpty());

    f.carriers.clear();
    f.destinationCountry = u"DE"_s;
    const Report de = build(f);
    QCOMPARE(de.figure(u"shipped"_s)->value.toLongLong(),
        scalar(u"SELECT count(*) FROM shipments WHERE direction = 'outbound' AND dest_country = "
               "'DE' AND shipped_at BETWEEN %1 AND %2"_s.arg(startMs(firstDay))
                   .arg(startMs(lastDay.addDays(1)) - 1)));
    for (const QVariantList &row : de.section(u"lanes"_s)->rows)
        QVERIFY2(row.at(1).toString().endsWith(u"\u2192 DE"_s), qPrintable(row.at(1).toString()));
    QCOMPARE(de.filters, QStringList {u"Destination: DE"_s});
}

void TestOperationsReport::customerRatingFromFeedback()
{
    // The demo's customers rate some of their orders; here only the test's ratings count.
    QVERIFY(scalar(u"SELECT count(*) FROM feedback"_s) > 100);
    QVERIFY(build(period()).figure(u"csat"_s)->value.isValid());
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"DELETE FROM feedback"_s));
    // Ratings for orders whose first outbound parcel went with a known carrier.
    QVERIFY(q.exec(u"SELECT id, c FROM (SELECT o.id, (SELECT s.carrier FROM shipments s WHERE "
                   "s.order_id = o.id AND s.direction = 'outbound' ORDER BY s.id LIMIT 1) AS c "
                   "FROM orders o) AS t WHERE c IN ('dhl', 'ups') ORDER BY id LIMIT 40"_s));
    QList<std::pair<qint64, QString>> orders;
    while (q.next())
        orders.append({q.value(0).toLongLong(), q.value(1).toString()});
    QCOMPARE(orders.size(), 40);
    QHash<QString, QList<int>> given;
    const qint64 at = startMs(lastDay) + 3600000;
    for (int i = 0; i < orders.size(); ++i) {
        const int rating = 1 + (i * 7) % 5;
        given[orders.at(i).second] << rating;
        QVERIFY2(
            q.exec(u"INSERT INTO feedback (order_id, rating, comment, submitted_at, source, "
                   "imported_at) VALUES (%1, %2, 'ok', %3, 'test:%4', %3)"_s.arg(orders.at(i).first)
                       .arg(rating)
                       .arg(at)
                       .arg(i)),
            qPrintable(q.lastError().text()));
    }
    // Feedback outside the period does not count.
    QVERIFY(q.exec(u"INSERT INTO feedback (order_id, rating, submitted_at, source, imported_at) "
                   "VALUES (%1, 1, %2, 'test:old', %2)"_s.arg(orders.first().first)
                       .arg(startMs(firstDay) - 1)));

    const Report r = build(period());
    const ReportSection *csat = r.section(u"csat"_s);
    QCOMPARE(csat->rows.size(), 2);
    int satisfiedAll = 0;
    for (const QVariantList &row : csat->rows) {
        const QString carrier = row.at(0).toString() == u"DHL" ? u"dhl"_s : u"ups"_s;
        const QList<int> ratings = given.value(carrier);
        QCOMPARE(row.at(1).toLongLong(), ratings.size());
        const int sum = std::accumulate(ratings.cbegin(), ratings.cend(), 0);
        const auto satisfied
            = std::count_if(ratings.cbegin(), ratings.cend(), [](int x) { return x >= 4; });
        satisfiedAll += int(satisfied);
        QCOMPARE(row.at(2).toDouble(), double(sum) / double(ratings.size()));
        QCOMPARE(row.at(3).toDouble(), double(satisfied) / double(ratings.size()));
    }
    QCOMPARE(r.figure(u"csat"_s)->value.toDouble(), satisfiedAll / 40.0);
    QVERIFY(q.exec(u"DELETE FROM feedback"_s));
    QVERIFY(!build(period()).figure(u"csat"_s)->value.isValid());
}

void TestOperationsReport::apologiesAndVoucherCost()
{
    QSqlQuery q(m_db.connection());
    const qint64 sentAt = startMs(lastDay) + 7200000;
    const qint64 customer = scalar(u"SELECT min(id) FROM customers"_s);
    const qint64 before = build(period()).figure(u"apologies"_s)->value.toLongLong();
    QList<qint64> messageIds;
    // Two chosen by the rules, one from before they recorded their choice.
    const QList<std::pair<QString, QString>> messages {{u"delay_apology_voucher"_s, u"'voucher'"_s},
        {u"parcel_apology_voucher"_s, u"NULL"_s}, {u"delay_apology"_s, u"'apologise'"_s}};
    for (const auto &[kind, action] : messages) {
        QVERIFY2(q.exec(u"INSERT INTO messages (customer_id, channel, language, kind, state, body, "
                        "created_at, sent_at, action) VALUES (%1, 'email', 'en', '%4', "
                        "'sent', 'Sorry', %2, %2, %3) RETURNING id"_s.arg(customer)
                            .arg(sentAt)
                            .arg(action, kind)),
            qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        messageIds << q.value(0).toLongLong();
    }
    for (int i = 0; i < 2; ++i) {
        QVERIFY2(q.exec(u"INSERT INTO vouchers (code, value_cents, cost_cents, currency, source, "
                        "imported_at, message_id, assigned_at) VALUES ('TEST%1', 500, %2, 'EUR', "
                        "'test', %3, %4, %3)"_s.arg(i)
                            .arg(i == 0 ? 150 : 250)
                            .arg(sentAt)
                            .arg(messageIds.at(i))),
            qPrintable(q.lastError().text()));
    }
    const Report r = build(period());
    QCOMPARE(r.figure(u"apologies"_s)->value.toLongLong(), before + 3);
    const ReportSection *s = r.section(u"apologies"_s);
    bool found = false;
    for (const QVariantList &row : s->rows) {
        if (row.at(0).toString() == u"Apology with voucher") {
            found = true;
            QVERIFY(row.at(1).toLongLong() >= 2);
            QVERIFY(row.at(3).toLongLong() >= 2);
        }
    }
    QVERIFY(found);
    const double cost = real(u"SELECT sum(v.cost_cents) / 100.0 FROM vouchers v JOIN messages m ON "
                             "m.id = v.message_id WHERE m.state = 'sent' AND m.sent_at BETWEEN "
                             "%1 AND %2"_s.arg(startMs(firstDay))
                                 .arg(startMs(lastDay.addDays(1)) - 1));
    QVERIFY(cost >= 4.0);
    QCOMPARE(r.figure(u"voucher_cost"_s)->value.toDouble(), cost);
    QCOMPARE(r.figure(u"voucher_cost"_s)->format.unit, u"EUR"_s);
}

void TestOperationsReport::emptyPeriodHasNoRates()
{
    OperationsReportFilter f;
    f.from = QDate(2001, 1, 1);
    f.to = QDate(2001, 1, 31);
    const Report r = build(f);
    QCOMPARE(r.figure(u"shipped"_s)->value.toLongLong(), 0);
    for (const QString &key : {u"on_time"_s, u"transit_p50"_s, u"first_attempt"_s, u"csat"_s,
             u"contacts_per_100"_s, u"pickup_share"_s})
        QVERIFY2(!r.figure(key)->value.isValid(), qPrintable(key));
    QCOMPARE(r.section(u"volume"_s)->rows.size(), 31);
    QVERIFY(r.section(u"lanes"_s)->rows.isEmpty());

    f.to = QDate(2000, 12, 31);
    const auto refused = OperationsReport::build(m_db.connection(), f, fixedNow);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"period"_s));
}

void TestOperationsReport::cancelStopsBetweenSteps()
{
    std::atomic_bool cancel = false;
    int calls = 0;
    const auto r = OperationsReport::build(
        m_db.connection(), period(), fixedNow, &cancel, [&](int done, int total) {
            QCOMPARE(total, OperationsReport::steps);
            calls = done;
            if (done == 3)
                cancel = true;
        });
    QVERIFY(!r);
    QCOMPARE(r.error().message, u"Cancelled."_s);
    QCOMPARE(calls, 3);
    int last = 0;
    QVERIFY(OperationsReport::build(
        m_db.connection(), period(), fixedNow, nullptr, [&](int done, int) { last = done; }));
    QCOMPARE(last, OperationsReport::steps);
}

void TestOperationsReport::onTimeCountsOnlyPromisedParcels()
{
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"UPDATE shipments SET promised_at = NULL WHERE id IN (SELECT id FROM "
                   "shipments WHERE direction = 'outbound' AND delivered_at BETWEEN %1 AND %2 "
                   "ORDER BY id LIMIT 300)"_s.arg(startMs(firstDay))
                       .arg(startMs(lastDay.addDays(1)) - 1)));
    QCOMPARE(q.numRowsAffected(), 300);
    const QString days
        = u" day BETWEEN %1 AND %2"_s.arg(dayNumber(firstDay)).arg(dayNumber(lastDay));
    QVERIFY(
        scalar(u"SELECT sum(delivered) - sum(promised) FROM delivery_daily WHERE"_s + days) >= 300);
    const Report r = build(period());
    QCOMPARE(r.figure(u"on_time"_s)->value.toDouble(),
        real(u"SELECT 1.0 * sum(on_time) / sum(promised) FROM delivery_daily WHERE"_s + days));
}

QTEST_GUILESS_MAIN(TestOperationsReport)
#include "tst_operationsreport.moc"
