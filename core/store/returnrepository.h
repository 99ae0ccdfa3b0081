#pragma once

#include "database.h"
#include "domain/result.h"
#include "domain/returncase.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace ParcelDesk {

// Why customers send things back, as coded reasons per product category.
struct ReturnReason
{
    QString code; // stored: "size_too_small"
    QString label; // for people, translated
};

// An order line as a return starts from, with how many are already on their way back.
struct ReturnableLine
{
    std::optional<qint64> orderItemId; // none: an order without lines, returned as a whole
    QString sku;
    QString description; // empty: the whole order
    QString category;
    int ordered = 1;
    int returned = 0; // in returns that were not refused
    qint64 unitPriceCents = 0;

    int returnable() const { return ordered - returned; }
};

// An order with what a return needs to know about it.
struct ReturnableOrder
{
    qint64 orderId = 0;
    QString orderNumber;
    QString currency;
    QString category;
    qint64 customerId = 0;
    QString customerName;
    QString language; // the customer's
    QString country; // the customer's
    std::optional<QDate> deliveredOn; // the first outbound parcel's delivery (UTC day)
    QString warehouse; // where its parcels came from, so where returns go: a country code
    QList<ReturnableLine> lines;
};

// One line of a return as asked for: which line of the order, how many, why, in what state.
struct ReturnLineRequest
{
    int line = 0; // index into ReturnableOrder::lines
    int quantity = 1;
    QString reasonCode;
    ItemCondition condition = ItemCondition::Unopened;
    ReturnOutcome outcome = ReturnOutcome::Accept; // what the policy said
    QString outcomeReason;
};

// How a received line was judged.
struct ReturnLineGrade
{
    qint64 itemId = 0;
    QString grade; // A-D
    Disposition disposition = Disposition::Undecided;
    QString reason; // required for landfill
};

// Returns on the calling thread's connection. Every change is audited with who and when, and
// refused (with the reason) when the return is not in a state that allows it, so a second
// console acting on the same return changes nothing.
class ReturnRepository
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ReturnRepository)

public:
    explicit ReturnRepository(Database db)
        : m_db(std::move(db))
    { }

    // The reasons that apply to an order's category (fashion has its own sizes and fit).
    static QList<ReturnReason> reasons(const QString &category);
    static QString reasonLabel(const QString &code);
    static QString stateLabel(ReturnState state);

    static QString conditionLabel(ItemCondition condition);
    static QString outcomeLabel(ReturnOutcome outcome);
    static QString dispositionLabel(Disposition disposition);
    static QString resolutionLabel(ReturnResolution resolution);
    static QString settlementLabel(ReturnResolution resolution, Settlement settlement);

    Result<qint64> orderIdByNumber(const QString &orderNumber) const;
    Result<ReturnableOrder> returnableOrder(qint64 orderId) const;

    // Registers a return of the given lines of order, each with the policy's outcome, and the
    // return's overall outcome: refuse when every line is refused (the return is kept, state
    // refused), review when a line needs review, keep when nothing has to come back, else
    // accept. order must have been read by returnableOrder() inside the caller's transaction,
    // so what is left to return is current. Refused when a quantity is more than is left, or a
    // reason is not the category's.
    Result<ReturnCase> registerWithinTransaction(const ReturnableOrder &order,
        const QList<ReturnLineRequest> &lines, ReturnOutcome outcome, const QString &outcomeReason,
        const QString &note, ReturnResolution resolution, const QString &agent, qint64 nowMs);

    // The return with its lines, the order number and the return parcel's carrier and number.
    struct Detail
    {
        ReturnCase ret;
        QString orderNumber;
        QString customerName;
        QString language;
        QString currency;
        QString carrier;
        QString trackingNumber;
        QString parcelStatus; // the return parcel's status tag
    };
    Result<Detail> load(qint64 returnId) const;
    // The return an RMA or a return parcel's tracking number names (as scanned: spaces, case
    // and dashes do not matter); none when nothing matches.
    Result<std::optional<qint64>> findByScan(const QString &scan) const;

    // A return waiting for review: approved (it goes on as accept, or keep when nothing has to
    // come back) or refused with a reason.
    Outcome approve(qint64 returnId, const QString &agent, qint64 nowMs);
    Outcome refuse(qint64 returnId, const QString &reason, const QString &agent, qint64 nowMs);
    // The return parcel: its carrier and tracking number (from the carrier, or typed in from a
    // label made elsewhere). It is polled like any parcel from now on (direction return).
    Outcome issueLabel(qint64 returnId, const QString &carrier, const QString &trackingNumber,
        const QString &agent, qint64 nowMs);
    Outcome issueLabelWithinTransaction(qint64 returnId, const QString &carrier,
        const QString &trackingNumber, const QString &agent, qint64 nowMs);
    // At the warehouse: the parcel is in. Allowed before the carrier's scan says so.
    Outcome receive(qint64 returnId, const QString &agent, qint64 nowMs);
    // Every line that came back graded, with where it goes; the return is then inspected.
    Outcome grade(qint64 returnId, const QList<ReturnLineGrade> &grades,
        std::optional<bool> reusablePackaging, const QString &agent, qint64 nowMs);
    Outcome setResolution(
        qint64 returnId, ReturnResolution resolution, const QString &agent, qint64 nowMs);
    // The refund paid (refundCents: none means the lines' value) or the exchange sent; the
    // return is closed. Allowed once the lines are inspected, or at once for keep-it.
    Outcome settle(
        qint64 returnId, std::optional<qint64> refundCents, const QString &agent, qint64 nowMs);

private:
    Outcome change(qint64 returnId, const QString &action, const QString &detail,
        const QString &agent, qint64 nowMs, const std::function<Outcome(const Detail &)> &apply,
        bool ownTransaction = true);
    Outcome label(qint64 returnId, const QString &carrier, const QString &trackingNumber,
        const QString &agent, qint64 nowMs, bool ownTransaction);
    Result<QString> newRma(qint64 orderId, const QString &orderNumber) const;

    Database m_db;
};

} // namespace ParcelDesk
