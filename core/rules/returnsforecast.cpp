#include "returnsforecast.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

QDate dayOf(const QVariant &ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).date();
}

constexpr int learnDays = 150; // deliveries this long before the forecast teach it…
constexpr int matureDays = 42; // …once this old at most: their returns have all arrived

// How long after delivery (or after registration) nearly all returns (95 %) had arrived, as
// the history before first shows; a shop whose returns arrive within three weeks need not wait
// six to learn from a delivery.
int settledAfter(const ReturnsHistory &history, QDate first, bool fromRegistration)
{
    std::vector<int> lags;
    for (const ReturnsHistory::Return &r : history.returns) {
        if (r.received && *r.received < first && r.registered >= first.addDays(-learnDays))
            lags.push_back(
                int((fromRegistration ? r.registered : r.delivered).daysTo(*r.received)));
    }
    if (lags.size() < 20)
        return matureDays;
    std::sort(lags.begin(), lags.end());
    return std::clamp(lags[lags.size() * 95 / 100] + 1, 7, matureDays);
}

} // namespace

Result<ReturnsHistory> ReturnsHistory::load(const QSqlDatabase &db)
{
    ReturnsHistory h;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT o.id, coalesce(o.category, ''), min(s.delivered_at) FROM orders o "
                "JOIN shipments s ON s.order_id = o.id AND s.direction = 'outbound' "
                "WHERE s.delivered_at IS NOT NULL GROUP BY o.id"_s))
        return Error {
            ReturnsForecast::tr("Cannot read the deliveries: %1").arg(q.lastError().text())};
    while (q.next())
        h.deliveries.append({q.value(0).toLongLong(), q.value(1).toString(), dayOf(q.value(2))});
    if (!q.exec(u"SELECT r.order_id, coalesce(o.category, ''), (SELECT min(x.delivered_at) FROM "
                "shipments x WHERE x.order_id = r.order_id AND x.direction = 'outbound'), "
                "r.created_at, r.received_at, coalesce(rs.dest_country, '') FROM returns r "
                "JOIN orders o ON o.id = r.order_id "
                "LEFT JOIN shipments rs ON rs.id = r.shipment_id"_s))
        return Error {ReturnsForecast::tr("Cannot read the returns: %1").arg(q.lastError().text())};
    while (q.next()) {
        Return r;
        r.orderId = q.value(0).toLongLong();
        r.category = q.value(1).toString();
        if (q.value(2).isNull())
            continue; // a return of an order never delivered teaches nothing about lags
        r.delivered = dayOf(q.value(2));
        r.registered = dayOf(q.value(3));
        if (!q.value(4).isNull())
            r.received = dayOf(q.value(4));
        r.warehouse = q.value(5).toString();
        h.returns.append(r);
    }
    return h;
}

QList<ReturnsForecastDay> ReturnsForecast::forecast(
    const ReturnsHistory &history, QDate first, int days, const QString &warehouse)
{
    const auto inWarehouse = [&](const ReturnsHistory::Return &r) {
        return warehouse.isEmpty() || r.warehouse == warehouse;
    };
    const QDate learnFrom = first.addDays(-learnDays);
    const int mature = settledAfter(history, first, false);
    const int transitSettled = settledAfter(history, first, true);
    const QDate learnTo = first.addDays(-mature); // exclusive

    // Return rates per category, from deliveries old enough that their returns are known.
    QHash<QString, int> delivered;
    int deliveredAll = 0;
    for (const ReturnsHistory::Delivery &d : history.deliveries) {
        if (d.day >= learnFrom && d.day < learnTo) {
            ++delivered[d.category];
            ++deliveredAll;
        }
    }
    QHash<QString, int> returned;
    int returnedAll = 0;
    // The joint lags of the learning returns: registration and receipt, in days after delivery.
    std::vector<std::pair<int, int>> lags;
    // Registration to receipt, for the returns on their way.
    std::array<double, maxLagDays> transit {};
    double transitTotal = 0;
    for (const ReturnsHistory::Return &r : history.returns) {
        if (!inWarehouse(r))
            continue;
        if (r.delivered >= learnFrom && r.delivered < learnTo && r.registered < first) {
            ++returned[r.category];
            ++returnedAll;
            if (r.received && *r.received < first)
                lags.emplace_back(
                    int(r.delivered.daysTo(r.registered)), int(r.delivered.daysTo(*r.received)));
        }
        // Registered long enough ago that the slow ones have arrived too.
        if (r.received && *r.received < first && r.registered >= first.addDays(-120)
            && r.registered < first.addDays(-transitSettled)) {
            const int d = int(r.registered.daysTo(*r.received));
            if (d >= 0 && d < maxLagDays) {
                transit[size_t(d)] += 1;
                transitTotal += 1;
            }
        }
    }
    const double overallRate = deliveredAll ? double(returnedAll) / deliveredAll : 0;
    const auto rate = [&](const QString &category) {
        const int n = delivered.value(category);
        return n >= 50 ? double(returned.value(category)) / n : overallRate;
    };

    QList<ReturnsForecastDay> out;
    for (int i = 0; i < days; ++i) {
        ReturnsForecastDay f;
        f.day = first.addDays(i);
        out.append(f);
    }
    const auto add = [&](QDate day, double amount, bool onTheirWay) {
        const qint64 i = first.daysTo(day);
        if (i < 0 || i >= days)
            return;
        ReturnsForecastDay &f = out[int(i)];
        (onTheirWay ? f.onTheirWay : f.fromDeliveries) += amount;
        f.expected += amount;
    };

    // On their way: registered before the first day, not at the warehouse yet.
    QHash<qint64, bool> registeredOrders;
    for (const ReturnsHistory::Return &r : history.returns) {
        if (r.registered >= first)
            continue;
        registeredOrders.insert(r.orderId, true);
        if (!inWarehouse(r) || (r.received && *r.received < first) || transitTotal == 0)
            continue;
        const int age = int(r.registered.daysTo(first));
        double later = 0;
        for (int d = std::max(age, 0); d < maxLagDays; ++d)
            later += transit[size_t(d)];
        if (later <= 0) {
            add(first, 1.0, true); // overdue: expected any day now
            continue;
        }
        for (int d = std::max(age, 0); d < maxLagDays; ++d)
            add(r.registered.addDays(d), transit[size_t(d)] / later, true);
    }

    // Not registered yet: recent deliveries whose return may still come, counted per day and
    // category (a big shop delivers thousands a day).
    if (!lags.empty() && returnedAll > 0) {
        const double learned = double(lags.size());
        QHash<std::pair<qint64, QString>, int> recent; // (age, category) → deliveries
        for (const ReturnsHistory::Delivery &d : history.deliveries) {
            const qint64 age = d.day.daysTo(first);
            if (age > 0 && age < mature && !registeredOrders.contains(d.orderId))
                ++recent[{age, d.category}];
        }
        std::array<double, matureDays> registeredBefore {}; // share registered before an age
        for (const auto &[reg, rec] : lags) {
            for (int age = std::max(reg + 1, 0); age < matureDays; ++age)
                registeredBefore[size_t(age)] += 1 / learned;
        }
        // Deliveries still to come within the forecast send returns back within it too: as many
        // a day as over the last two weeks.
        QHash<QString, int> lastTwoWeeks;
        for (const ReturnsHistory::Delivery &d : history.deliveries) {
            const qint64 age = d.day.daysTo(first);
            if (age > 0 && age <= 14)
                ++lastTwoWeeks[d.category];
        }
        for (auto it = lastTwoWeeks.cbegin(); it != lastTwoWeeks.cend(); ++it) {
            const double perDay = it.value() / 14.0;
            const double each = perDay * rate(it.key()) / learned;
            for (int ahead = 0; ahead < days; ++ahead) {
                for (const auto &[reg, rec] : lags)
                    add(first.addDays(ahead + rec), each, false);
            }
        }
        for (auto it = recent.cbegin(); it != recent.cend(); ++it) {
            const int age = int(it.key().first);
            const double r = rate(it.key().second);
            // P(a return registered at age or later, arriving on day x | none registered yet).
            const double none = 1.0 - r * registeredBefore[size_t(age)];
            if (r <= 0 || none <= 0)
                continue;
            const QDate day = first.addDays(-age);
            const double each = it.value() * r / learned / none;
            for (const auto &[reg, rec] : lags) {
                if (reg >= age)
                    add(day.addDays(rec), each, false);
            }
        }
    }

    // A warehouse receives on the weekdays it works, and more on some than on others (Monday
    // takes the weekend's parcels): each weekday's share of its receipts over the last eight
    // weeks shapes the forecast.
    std::array<double, 7> byWeekday {};
    double receipts = 0;
    for (const ReturnsHistory::Return &r : history.returns) {
        // The last eight weeks: each weekday eight times, and how the warehouse works now.
        if (r.received && inWarehouse(r) && *r.received < first
            && *r.received >= first.addDays(-56)) {
            byWeekday[size_t(r.received->dayOfWeek() - 1)] += 1;
            receipts += 1;
        }
    }
    if (receipts >= 70) {
        // The days forecast keep their total: the shape moves parcels between days, the lags
        // say how many come.
        double before = 0;
        double after = 0;
        for (const ReturnsForecastDay &f : out) {
            before += f.expected;
            after += f.expected * byWeekday[size_t(f.day.dayOfWeek() - 1)];
        }
        const double scale = after > 0 ? before / after : 0;
        for (ReturnsForecastDay &f : out) {
            const double factor = scale * byWeekday[size_t(f.day.dayOfWeek() - 1)];
            f.onTheirWay *= factor;
            f.fromDeliveries *= factor;
            f.expected = f.onTheirWay + f.fromDeliveries;
        }
    }

    // What arrived, where the history knows.
    for (const ReturnsHistory::Return &r : history.returns) {
        if (!r.received || !inWarehouse(r))
            continue;
        const qint64 i = first.daysTo(*r.received);
        if (i >= 0 && i < days)
            out[int(i)].actual = std::max(out[int(i)].actual, 0) + 1;
    }
    return out;
}

ReturnsForecast::Backtest ReturnsForecast::backtest(
    const ReturnsHistory &history, QDate lastDay, int weeks, const QString &warehouse)
{
    Backtest b;
    double dailyError = 0;
    int dailyCount = 0;
    double weeklyError = 0;
    int weeklyCount = 0;
    for (int w = weeks; w >= 1; --w) {
        const QDate first = lastDay.addDays(1 - 7 * w);
        QList<ReturnsForecastDay> days = forecast(history, first, 7, warehouse);
        Backtest::Week week;
        week.first = first;
        for (ReturnsForecastDay &d : days) {
            if (d.actual < 0)
                d.actual = 0;
            week.expected += d.expected;
            week.actual += d.actual;
            if (d.actual > 0) {
                dailyError += std::abs(d.expected - d.actual) / d.actual;
                ++dailyCount;
            }
        }
        if (week.actual > 0) {
            weeklyError += std::abs(week.expected - week.actual) / week.actual;
            ++weeklyCount;
        }
        b.weeks.append(week);
        b.days.append(days);
    }
    b.dailyMape = dailyCount ? dailyError / dailyCount : 0;
    b.weeklyMape = weeklyCount ? weeklyError / weeklyCount : 0;
    return b;
}

} // namespace ParcelDesk
