#pragma once

#include "domain/result.h"
#include "rules/returnsforecast.h"
#include "shipmentlistquery.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ParcelDesk {

struct ReturnsDashboardFilter
{
    QDate from; // first UTC day
    QDate to; // last UTC day, inclusive
    QString warehouse; // a country code; empty: every warehouse
    QDate today; // the forecast's first day

    bool operator==(const ReturnsDashboardFilter &) const = default;
};

// The returns dashboard's figures over a range of days, for one warehouse or all.
struct ReturnsFigures
{
    struct InflowDay
    {
        QDate day;
        qint64 returnsReceived = 0;
        qint64 itemsReceived = 0; // of the received returns, the lines sent back, by quantity
        qint64 returnsRegistered = 0;
    };
    // Why items of a category came back: quantities of the lines of the returns registered in
    // the range, and their share of the category's lines.
    struct Reason
    {
        QString category;
        QString reasonCode;
        qint64 quantity = 0;
        double share = 0;
    };
    struct CategoryRate
    {
        QString category;
        qint64 itemsDelivered = 0;
        qint64 itemsReturned = 0;
        double rate() const
        {
            return itemsDelivered > 0 ? double(itemsReturned) / double(itemsDelivered) : 0;
        }
    };
    // Where the graded items went: quantities by disposition.
    struct Dispositions
    {
        QList<std::pair<QString, qint64>> byDisposition; // most first; 'undecided' included
        qint64 decided = 0; // every disposition but 'undecided'
        qint64 landfill = 0;
        qint64 resold = 0;
        // Shares of the decided items.
        double keptOutOfLandfill() const
        {
            return decided > 0 ? double(decided - landfill) / double(decided) : 0;
        }
        double resoldShare() const { return decided > 0 ? double(resold) / double(decided) : 0; }
    };
    struct Packaging
    {
        qint64 lookedAt = 0; // received returns whose packaging was judged
        qint64 reusable = 0;
        double share() const { return lookedAt > 0 ? double(reusable) / double(lookedAt) : 0; }
    };
    // Days from the return parcel's drop-off to the refund, rounded to one decimal.
    struct RefundTimes
    {
        qint64 count = 0;
        double medianDays = 0;
        double p90Days = 0; // nearest rank
        double meanDays = 0;
        qint64 keepRefunds = 0; // refunded without coming back: no drop-off to measure from
    };

    ReturnsDashboardFilter filter;
    QStringList warehouses; // every warehouse returns go to, for a selector
    QList<InflowDay> inflow; // every day of the range
    QList<ReturnsForecastDay> forecast; // forecastDays from the filter's today
    QList<Reason> reasons; // by category, then most first
    QList<CategoryRate> returnRates; // by category
    CategoryRate allCategories; // category empty
    Dispositions dispositions;
    Packaging packaging;
    RefundTimes refunds;

    qint64 returnsReceived() const;
    qint64 itemsReceived() const;
};

// The figures of the returns dashboard in a few aggregate statements, each starting from an
// index on the range's timestamp. Runs on the calling thread's connection.
class ReturnsDashboardQuery
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ReturnsDashboardQuery)

public:
    static constexpr int forecastDays = 14;

    // trace, when given, receives every statement run, as run (for EXPLAIN QUERY PLAN).
    static Result<ReturnsFigures> load(const QSqlDatabase &db, const ReturnsDashboardFilter &filter,
        QList<ShipmentListQuery::Statement> *trace = nullptr);
};

} // namespace ParcelDesk
