#pragma once

#include "domain/result.h"
#include "shipmentlistquery.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace ParcelDesk {

struct OverviewOptions
{
    qint64 nowMs = 0;
    qint64 todayStartMs = 0; // the user's midnight, for "today"
    QString carrier; // empty: every carrier
    int days = 30; // the volume chart's range, up to today
    bool byWeek = false;
    enum class Stack : quint8 { ByCarrier, ByStatus };
    Stack stack = Stack::ByCarrier;

    bool operator==(const OverviewOptions &) const = default;
};

// One figure of the Overview and the parcels behind it: a count, or a rate of two counts.
struct OverviewTile
{
    QString key; // "in_transit", "late", "case:damaged", "on_time_7", …
    qint64 count = 0; // the parcels drill opens (for a rate: its denominator)
    qint64 part = 0; // for a rate: the numerator
    bool isRate = false;
    qint64 extra = 0; // a second figure: contacts beside contacted parcels, codes beside parcels
    ShipmentFilter drill;

    double rate() const { return count > 0 ? double(part) / double(count) : 0; }
};

// The WISMO figures over the Overview's range: contacts against the parcels shipped, how many
// of those customers had been told by us before they asked, and how many asked again.
struct WismoFigures
{
    struct Row
    {
        QString carrier; // empty for contacts about an order with no parcel
        qint64 contacts = 0;
        qint64 toldFirst = 0; // a message had been sent about the order before the contact
        qint64 repeats = 0; // an earlier contact about the same order (or parcel)
        qint64 shipments = 0; // outbound parcels shipped in the range
        double per100() const
        {
            return shipments > 0 ? 100.0 * double(contacts) / double(shipments) : 0;
        }
    };
    Row total;
    QList<Row> byCarrier; // most contacts first
    QList<qint64> days; // UTC days of the range
    QList<qint64> contactsByDay;
    QList<qint64> shipmentsByDay;
    qint64 fromMs = 0; // the range (whole UTC days), for drill-downs
    qint64 untilMs = 0;

    // The parcels contacted in the range, of one carrier (or every carrier).
    ShipmentFilter drill(const QString &carrier) const;
};

struct OverviewSnapshot
{
    QList<OverviewTile> tiles;
    // Parcel volume: one row per period (its first UTC day), one column per series.
    QList<qint64> periodStartDays;
    QList<int> periodLengthDays;
    QStringList series; // carrier ids or status tags
    QList<QList<qint64>> volume; // [period][series]
    // Parcels on their way now, by status tag.
    QList<std::pair<QString, qint64>> inFlight;
    WismoFigures wismo;

    const OverviewTile *tile(const QString &key) const;
    // The parcels behind one bar segment of the volume chart.
    ShipmentFilter volumeDrill(int period, int series, const OverviewOptions &options) const;
    ShipmentFilter inFlightDrill(int row, const OverviewOptions &options) const;
};

// The Overview's figures in a handful of small queries: parcel counts come from tables the
// database keeps per day (schema 8), current states from narrow indexes.
class OverviewQuery
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::OverviewQuery)

public:
    // trace, when given, receives every statement run, as run (the benchmark replays them in
    // the sqlite3 shell).
    static Result<OverviewSnapshot> load(const QSqlDatabase &db, const OverviewOptions &options,
        QList<ShipmentListQuery::Statement> *trace = nullptr);
    static constexpr qint64 msPerDay = 86'400'000;
};

} // namespace ParcelDesk
