#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ParcelDesk {

enum class ReturnState : quint8 {
    Registered,
    LabelIssued,
    InTransit,
    Received,
    Graded,
    Closed,
    Refused,
};

enum class Disposition : quint8 {
    Undecided,
    Resell,
    Refurbish,
    Outlet,
    Donate,
    Recycle,
    Landfill,
};

// How an item came back, as the customer describes it.
enum class ItemCondition : quint8 {
    Unopened,
    Opened,
    Used,
    Damaged,
};

// What the return policy said about a line, or about the return as a whole.
enum class ReturnOutcome : quint8 {
    Accept, // it comes back with a label
    Review, // a person approves it first
    KeepIt, // refunded without coming back
    Refuse,
};

enum class ReturnResolution : quint8 {
    Refund,
    Exchange,
};

// Whether the customer has had their refund or exchange: open, done, or none (refused).
enum class Settlement : quint8 {
    Open,
    Done,
    None,
};

QString returnStateToString(ReturnState state);
std::optional<ReturnState> returnStateFromString(QStringView text);
QString dispositionToString(Disposition disposition);
std::optional<Disposition> dispositionFromString(QStringView text);
QString itemConditionToString(ItemCondition condition);
std::optional<ItemCondition> itemConditionFromString(QStringView text);
QString returnOutcomeToString(ReturnOutcome outcome);
std::optional<ReturnOutcome> returnOutcomeFromString(QStringView text);
QString returnResolutionToString(ReturnResolution resolution);
std::optional<ReturnResolution> returnResolutionFromString(QStringView text);
QString settlementToString(Settlement settlement);
std::optional<Settlement> settlementFromString(QStringView text);

// One line of a return: what comes back, why, and what became of it.
struct ReturnItem
{
    qint64 id = 0;
    std::optional<qint64> orderItemId; // none: the whole order (orders without lines)
    QString sku;
    QString description; // empty: the whole order
    QString category;
    int quantity = 1;
    qint64 unitPriceCents = 0;
    QString reasonCode;
    ItemCondition condition = ItemCondition::Unopened;
    ReturnOutcome outcome = ReturnOutcome::Accept;
    QString outcomeReason; // the policy's reason code
    QString grade; // A-D after inspection
    Disposition disposition = Disposition::Undecided;
    QString dispositionReason; // required for landfill
};

struct ReturnCase
{
    qint64 id = 0;
    qint64 orderId = 0;
    std::optional<qint64> shipmentId; // the inbound parcel, once there is a label
    QString rma;
    QString reasonCode; // from the coded list per product category
    ReturnState state = ReturnState::Registered;
    qint64 createdAtMs = 0;
    std::optional<qint64> receivedAtMs;
    QString grade; // A-D after inspection
    Disposition disposition = Disposition::Undecided;
    QString customerNote;
    QString warehouse; // a country code
    ReturnOutcome outcome = ReturnOutcome::Accept;
    QString outcomeReason;
    std::optional<qint64> droppedOffAtMs;
    std::optional<qint64> arrivedAtMs;
    std::optional<bool> reusablePackaging; // none: not looked at
    ReturnResolution resolution = ReturnResolution::Refund;
    Settlement settlement = Settlement::Open;
    std::optional<qint64> refundCents;
    std::optional<qint64> settledAtMs;
    QList<ReturnItem> items;
};

} // namespace ParcelDesk
