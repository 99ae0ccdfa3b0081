#pragma once

#include "domain/result.h"
#include "report.h"
#include "store/shipmentlistquery.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

#include <atomic>
#include <functional>

namespace ParcelDesk {

struct OperationsReportFilter
{
    QDate from; // first UTC day
    QDate to; // last UTC day, inclusive
    QStringList carriers; // carrier ids; empty: every carrier
    QString destinationCountry; // a country code; empty: every destination

    bool operator==(const OperationsReportFilter &) const = default;
};

// The operations report (README, "Reports"): how the parcels of a period went, carrier by
// carrier and lane by lane, what it cost to put things right, and what it did to the planet.
//
// Which parcels each figure counts:
// - volume: outbound parcels shipped in the period;
// - on time, transit, first attempt, pickup points: outbound parcels delivered in the period
//   (on time as the Overview counts it: a promise at midnight UTC is a date and holds all day);
// - exceptions: parcels shipped in the period with at least one exception or failed-attempt
//   scan, by the kind of scan;
// - problem cases: opened in the period; resolved in the period, with the time from opening;
// - contacts: logged in the period, per 100 parcels shipped in it;
// - returns: registered, received and graded in the period (returns are not per carrier, so
//   the carrier and destination filters do not apply to them);
// - apologies: proactive messages sent in the period, with the vouchers they carried;
// - customer rating: feedback submitted in the period, by the carrier of the order's parcel.
// Each figure is an invalid value when there is nothing to count (no deliveries, no rate).
class OperationsReport
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::OperationsReport)

public:
    static constexpr int steps = 9;
    // The report's name for `parceldeskctl export --report`.
    static QString name() { return QStringLiteral("operations"); }

    // Runs on the calling thread's connection. progress(done, steps) after each step; cancel
    // is checked between steps ("Cancelled." as the error).
    // trace, when given, receives every statement run, as run (the benchmark runs them through
    // the sqlite3 shell).
    static Result<Report> build(const QSqlDatabase &db, const OperationsReportFilter &filter,
        qint64 nowMs, const std::atomic_bool *cancel = nullptr,
        const std::function<void(int, int)> &progress = {},
        QList<ShipmentListQuery::Statement> *trace = nullptr);

    // "DE → AT"
    static QString laneLabel(const QString &origin, const QString &destination);
    static QString carrierLabel(const QString &carrierId);
};

} // namespace ParcelDesk
