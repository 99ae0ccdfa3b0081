#pragma once

#include "holidaycalendar.h"
#include "store/database.h"

#include <QHash>
#include <QString>

#include <array>
#include <limits>
#include <optional>
#include <vector>

namespace ParcelDesk {

// What is known about a parcel when its delivery is predicted. Empty fields are unknown.
struct TransitFacts
{
    QString carrier;
    QString service;
    QString originCountry;
    QString destinationCountry; // also picks the holiday calendar
    QString destinationRegion; // coarse: a state, or the first postcode digits
    QString destinationArea; // fine: a longer postcode prefix
    int promisedLeadDays = -1; // what the shop promised at purchase, in calendar days
};

// How far along a parcel is when the prediction is made; each stage has its own statistics.
enum class TransitStage : quint8 {
    Ordered, // order placed or label created: nothing moved yet
    HandedOver, // first carrier scan
    OutForDelivery,
};

struct TransitPrediction
{
    qint64 mostLikelyMs = 0; // wall-clock time at the destination, as ms since the epoch
    qint64 p10Ms = 0;
    qint64 p90Ms = 0;
    qint64 promiseMs = 0; // the end of the day by which (1 − late risk) of such parcels arrive
    int samples = 0; // in the cell that answered
    QString cell; // which cell answered, e.g. "carrier·lane·area"
};

struct TransitModelOptions
{
    int minSamples = 30;
    double lateRisk = 0.05; // the share of parcels allowed to arrive after the promise
    double pointQuantile = 0.5; // the most likely date: the median minimises absolute error
    int leadBucketDays = 5; // promised lead times are grouped in buckets of this many days
};

// Transit times learned from delivered parcels, per carrier × service × lane × destination
// region, falling back to coarser cells where a cell has fewer than minSamples parcels.
// Durations are counted in business days of the destination country (weekends and national
// holidays do not count), from the day a stage began to the day of delivery; the time of day
// a parcel arrives is learned too. Times are wall-clock times at the destination, passed as
// milliseconds since the epoch of that local time read as UTC.
class TransitModel
{
public:
    using Options = TransitModelOptions;

    explicit TransitModel(
        Options options = {}, const HolidayCalendar &calendar = HolidayCalendar::builtin());

    void add(const TransitFacts &facts, TransitStage stage, qint64 startMs, qint64 deliveredMs);
    int sampleCount() const { return m_samples; }

    std::optional<TransitPrediction> predict(
        const TransitFacts &facts, TransitStage stage, qint64 startMs) const;
    // The chance that a parcel is delivered after deadlineMs (end of that day counts as on time).
    // With notDeliveredByMs, among the parcels of its kind that had not arrived by then either:
    // a parcel still on its way late in its journey is more likely late than at its start.
    std::optional<double> lateProbability(const TransitFacts &facts, TransitStage stage,
        qint64 startMs, qint64 deadlineMs,
        std::optional<qint64> notDeliveredByMs = std::nullopt) const;

    const Options &options() const { return m_options; }

    // The facts of a stored shipment: the region is the first two postcode characters, the area
    // the first three; promisedLeadDays is the shop's promise in days after the label (or -1).
    static TransitFacts factsFor(const QString &carrier, const QString &service,
        const QString &originCountry, const QString &destinationCountry, const QString &postcode,
        int promisedLeadDays);
    // Learns from the outbound parcels delivered from sinceMs until before untilMs: from the
    // label and from the first carrier scan to delivery. Times are read as UTC.
    static TransitModel learnFrom(const Database &db, qint64 sinceMs,
        qint64 untilMs = std::numeric_limits<qint64>::max(), Options options = {});
    // The same on a connection the caller holds (a reader thread's, which can be interrupted).
    static TransitModel learnFrom(const QSqlDatabase &connection, qint64 sinceMs,
        qint64 untilMs = std::numeric_limits<qint64>::max(), Options options = {});

    static constexpr int maxBusinessDays = 80;

private:
    struct Cell
    {
        std::array<quint32, maxBusinessDays + 1> days {}; // parcels by business days taken
        std::array<quint32, 96> timeOfDay {}; // arrivals by quarter hour
        quint32 count = 0;

        int quantile(double q) const;
        int timeOfDayQuantile(double q) const; // minutes after midnight
    };

    QList<QString> cellKeys(const TransitFacts &facts, TransitStage stage) const;
    const Cell *answeringCell(const TransitFacts &facts, TransitStage stage, QString *key) const;
    qint64 atBusinessDay(
        const TransitFacts &facts, qint64 startMs, int businessDays, int minutesOfDay) const;

    Options m_options;
    const HolidayCalendar &m_calendar;
    QHash<QString, Cell> m_cells;
    Cell m_global[3];
    int m_samples = 0;
};

} // namespace ParcelDesk
