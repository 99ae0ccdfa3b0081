#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace ParcelDesk {

// What the returns inflow forecast learns from: every order's delivery and every return, by
// day (UTC), with the warehouse the return goes to (its parcel's destination country).
struct ReturnsHistory
{
    struct Delivery
    {
        qint64 orderId = 0;
        QString category;
        QDate day;
    };
    struct Return
    {
        qint64 orderId = 0;
        QString category;
        QDate delivered; // the order's first delivery
        QDate registered;
        std::optional<QDate> received; // at the warehouse
        QString warehouse;
    };
    QList<Delivery> deliveries;
    QList<Return> returns;

    static Result<ReturnsHistory> load(const QSqlDatabase &db);
};

// The returns a warehouse can expect per day: those on their way back (by how long returns take
// from registration to the warehouse), plus those not registered yet from recent deliveries
// (deliveries × the category's return rate × how long after delivery returns arrive), all
// learned from the history before the first forecast day.
struct ReturnsForecastDay
{
    QDate day;
    double expected = 0;
    double onTheirWay = 0; // registered, not received yet
    double fromDeliveries = 0; // not registered yet
    int actual = -1; // received, when the day is in the history
};

class ReturnsForecast
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ReturnsForecast)

public:
    static constexpr int maxLagDays = 60;

    // The days from first on, knowing only what happened before first. warehouse: a country,
    // or empty for all.
    static QList<ReturnsForecastDay> forecast(
        const ReturnsHistory &history, QDate first, int days, const QString &warehouse = {});

    // Forecasts made at the start of each of the last weeks before lastDay (inclusive), each for
    // its week, against what arrived.
    struct Backtest
    {
        struct Week
        {
            QDate first;
            double expected = 0;
            int actual = 0;
        };
        QList<Week> weeks;
        QList<ReturnsForecastDay> days;
        double dailyMape = 0; // over days with returns received
        double weeklyMape = 0;
    };
    static Backtest backtest(
        const ReturnsHistory &history, QDate lastDay, int weeks = 8, const QString &warehouse = {});
};

} // namespace ParcelDesk
