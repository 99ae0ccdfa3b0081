#pragma once

#include "domain/result.h"
#include "domain/returncase.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ParcelDesk {

// Returns as the Returns page and `parceldeskctl returns list` show them, newest first.
struct ReturnListRow
{
    qint64 id = 0;
    QString rma;
    QString orderNumber;
    QString customerName;
    ReturnState state = ReturnState::Registered;
    ReturnOutcome outcome = ReturnOutcome::Accept;
    ReturnResolution resolution = ReturnResolution::Refund;
    Settlement settlement = Settlement::Open;
    qint64 createdAtMs = 0;
    QString warehouse;
    QString carrier;
    QString trackingNumber;
    int items = 0;
    QString reasons; // the lines' reason codes, comma-separated
};

class ReturnListQuery
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ReturnListQuery)

public:
    // Which returns: those waiting for someone, or one step of the way.
    enum class Filter : quint8 {
        NeedsAction, // review, label, inspection or settlement waits
        Review,
        Label,
        OnTheirWay,
        ToInspect,
        ToSettle,
        Closed,
        Refused,
        All,
    };
    static QString filterLabel(Filter filter);
    static QString filterName(Filter filter); // for the command line: needs-action, review, ...
    static std::optional<Filter> filterFromName(const QString &name);

    // search: part of an RMA, order number or return tracking number; limit: at most so many.
    static Result<QList<ReturnListRow>> load(
        const QSqlDatabase &db, Filter filter, const QString &search, int limit);
    static Result<qint64> count(const QSqlDatabase &db, Filter filter, const QString &search);
};

} // namespace ParcelDesk
