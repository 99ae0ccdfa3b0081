#pragma once

#include "database.h"
#include "domain/result.h"
#include "domain/status.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace ParcelDesk {

// What the Shipments page shows: every field empty or false means "any".
struct ShipmentFilter
{
    QStringList carriers;
    QStringList statusTags; // "InTransit", "Delivered", …
    QString subStatus; // a sub-status key: "Damaged"
    QStringList destinationCountries;
    QString direction; // "outbound", "return"
    std::optional<qint64> shippedFromMs; // label created at or after
    std::optional<qint64> shippedUntilMs; // … and before
    std::optional<qint64> deliveredFromMs;
    std::optional<qint64> deliveredUntilMs;
    bool lateOnly = false; // past the promise: delivered after it, or not delivered by now
    bool withOpenCase = false;
    std::optional<QString> openCaseKind; // with an unresolved case of this kind
    bool notScannedYet = false; // nothing past "label created"
    bool notDelivered = false;
    bool inFlightOnly = false; // neither delivered nor ended otherwise (expired, back, lost)
    bool withPromise = false;
    std::optional<qint64> contactFromMs; // a customer contacted us about it from then …
    std::optional<qint64> contactUntilMs; // … until before then
    bool withUnmappedEvents = false; // a carrier code we cannot map yet
    QString text; // quick filter: a tracking number or order number, or their beginning

    bool operator==(const ShipmentFilter &) const = default;
    bool isEmpty() const { return *this == ShipmentFilter {}; }
};

enum class ShipmentSortKey : quint8 {
    Shipped,
    TrackingNumber,
    Carrier,
    Status,
    Destination,
    Promised,
    Delivered,
};

struct ShipmentSort
{
    ShipmentSortKey key = ShipmentSortKey::Shipped;
    bool descending = true;

    bool operator==(const ShipmentSort &) const = default;
};

// One row of the Shipments page.
struct ShipmentListRow
{
    qint64 id = 0;
    QString trackingNumber;
    QString carrier;
    QString service;
    QString direction;
    QString originCountry;
    QString destinationCountry;
    QString destinationPostcode;
    Status status;
    qint64 statusAtMs = 0;
    qint64 shippedAtMs = 0;
    qint64 lastEventAtMs = 0;
    std::optional<qint64> promisedAtMs;
    std::optional<qint64> deliveredAtMs;
    QString orderNumber;
    bool late = false;
    int openCases = 0;
    QVariantList sortKey; // where the next page starts after this row
};

// The SQL of the Shipments page: filters, sorting and keyset paging, each sort order backed by
// an index so any page is an index range. Runs on the calling thread's connection.
class ShipmentListQuery
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ShipmentListQuery)

public:
    // The SQL and its named parameters (":name"), as run; the benchmark hands the same text to
    // the sqlite3 shell.
    struct Statement
    {
        QString sql;
        QVariantMap binds;
        // The SQL with its parameters written in as literals.
        QString withLiterals() const;
    };

    // How the quick filter's text is searched: few parcels match it (a whole number: look them
    // up by their index), or many (a carrier's common prefix: read in page order and test each).
    enum class TextMatch : quint8 { Narrow, Broad };
    static constexpr int broadTextMatches = 20'000;
    static TextMatch textMatch(const QSqlDatabase &db, const ShipmentFilter &filter);

    // The statements in the dialect of the connection they are for.
    static Statement pageStatement(const ShipmentFilter &filter, const ShipmentSort &sort,
        const QVariantList &after, int limit, qint64 nowMs, TextMatch match = TextMatch::Narrow,
        SqlDialect dialect = SqlDialect::Sqlite);
    static Statement countStatement(const ShipmentFilter &filter, qint64 nowMs,
        TextMatch match = TextMatch::Narrow, SqlDialect dialect = SqlDialect::Sqlite);

    // Up to limit rows after the row whose sortKey is after (empty: from the top).
    static Result<QList<ShipmentListRow>> page(const QSqlDatabase &db, const ShipmentFilter &filter,
        const ShipmentSort &sort, const QVariantList &after, int limit, qint64 nowMs);
    static Result<qint64> count(const QSqlDatabase &db, const ShipmentFilter &filter, qint64 nowMs);

    // "Late" in SQL over the alias s with the parameter :now: delivered after the promise, or
    // not delivered by now and not ended otherwise. A promise at midnight UTC is a date and
    // holds to the end of that day (as ProblemRules::promiseDeadline).
    static QString lateCondition();
    // Still on its way: neither delivered nor ended otherwise (expired, back at the sender, lost).
    static QString inFlightCondition();

    // The columns of a row (alias s for shipments, o for orders; :now for late), and the row
    // they give: what the page and the detail pane both read.
    static QString rowColumns();
    static constexpr int rowColumnCount = 17;
    static ShipmentListRow rowFrom(const QSqlQuery &query);

private:
    static QString whereClause(
        const ShipmentFilter &filter, TextMatch match, SqlDialect dialect, QVariantMap &binds);
};

} // namespace ParcelDesk
