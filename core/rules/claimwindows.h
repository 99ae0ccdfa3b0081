#pragma once

#include "domain/result.h"
#include "holidaycalendar.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ParcelDesk {

// How long a carrier gives the shipper to file a claim for a lost or a damaged parcel, from the
// carrier's published terms: one file per carrier in resources/claims, each window with its
// source. Immutable once loaded; safe to use from any thread.
class ClaimWindows
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ClaimWindows)

public:
    enum class Kind : quint8 { Lost, Damaged };
    enum class Scope : quint8 { Any, Domestic, International };
    // The day the window is counted from.
    enum class From : quint8 { Shipped, ExpectedDelivery, Delivered };

    struct Window
    {
        QString carrier;
        Kind kind = Kind::Lost;
        Scope scope = Scope::Any;
        QStringList originCountries; // empty: any
        From from = From::Shipped;
        int days = 0;
        bool businessDays = false;
        int notBeforeDays = 0; // a claim is accepted from this day on
        QString sourceTitle;
        QString sourceUrl;
        QString sourceSection;
        QString note;
    };

    // What is known about the parcel; the window's starting point falls back to the nearest
    // earlier known moment when its own is not known (a damaged parcel not yet delivered is
    // counted from the damage scan), which can only bring the deadline forward.
    struct Dates
    {
        qint64 shippedMs = 0;
        std::optional<qint64> expectedDeliveryMs;
        std::optional<qint64> deliveredMs;
        std::optional<qint64> reportedMs; // when the problem showed (the damage or loss scan)
    };

    struct Deadline
    {
        qint64 dueMs = 0; // the end of the last day of the window
        qint64 openFromMs = 0; // the first moment a claim is accepted
        bool startEstimated = false; // counted from a stand-in for the window's own start
        Window window;
    };

    // The windows built into ParcelDesk.
    static const ClaimWindows &builtin();
    // Reads one carrier's file; an error names the origin, the window and the field.
    static Result<ClaimWindows> fromJson(const QByteArray &json, const QString &origin);
    void merge(const ClaimWindows &other);

    QStringList carriers() const;
    QList<Window> windows(const QString &carrier) const { return m_windows.value(carrier); }
    QString carrierName(const QString &carrier) const { return m_names.value(carrier, carrier); }
    QString missing(const QString &carrier) const { return m_missing.value(carrier); }

    // The window that governs a claim: the one for the parcel's origin country and scope,
    // preferring a window naming the country over one for any country.
    std::optional<Window> windowFor(const QString &carrier, Kind kind, const QString &originCountry,
        const QString &destinationCountry) const;
    std::optional<Deadline> deadline(const QString &carrier, Kind kind,
        const QString &originCountry, const QString &destinationCountry, const Dates &dates,
        const HolidayCalendar &calendar = HolidayCalendar::builtin()) const;

    // "60 days from the expected delivery date" in the user's language.
    static QString describe(const Window &window);

private:
    QHash<QString, QList<Window>> m_windows;
    QHash<QString, QString> m_names;
    QHash<QString, QString> m_missing;
};

} // namespace ParcelDesk
