#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ParcelDesk {

enum class ProblemKind : quint8 {
    NeverScanned, // label created, parcel never handed over
    Stuck, // no scan for too long
    Late, // past the promised date
    PredictedLate, // likely to miss the promise, carrier silent
    Damaged,
    AddressIssue,
    CustomsHold,
    Refused,
    FailedAttempt,
    PickupNearingReturn,
    ReturnedToSender,
    SuspectedLost,
    NotReceivedClaim, // the customer says it never arrived
};

enum class ProblemState : quint8 {
    Open, // nobody has taken it yet
    Assigned, // someone works on it
    WaitingCarrier, // asked the carrier (a trace, a claim)
    WaitingCustomer, // asked the customer
    Resolved,
};

// How a case ended.
enum class Resolution : quint8 {
    Delivered, // the parcel arrived after all
    CarrierResolved,
    CustomerInformed,
    Reshipped,
    Refunded,
    ClaimFiled,
    ReturnedToSender,
    ConditionCleared, // the rule that opened it no longer holds
    Duplicate,
    NoAction,
};

// A kind in the user's language, for lists and reports.
class ProblemCaseText
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ProblemCaseText)

public:
    static QString kindLabel(ProblemKind kind);
};

QString problemKindToString(ProblemKind kind);
std::optional<ProblemKind> problemKindFromString(QStringView text);
QString problemStateToString(ProblemState state);
std::optional<ProblemState> problemStateFromString(QStringView text);
QString resolutionToString(Resolution resolution);
std::optional<Resolution> resolutionFromString(QStringView text);

struct ProblemCase
{
    qint64 id = 0;
    qint64 shipmentId = 0;
    ProblemKind kind = ProblemKind::Stuck;
    ProblemState state = ProblemState::Open;
    int priority = 2; // 1 highest
    qint64 openedAtMs = 0;
    std::optional<qint64> dueAtMs; // SLA
    std::optional<qint64> claimDueAtMs; // the carrier's claim window closes (lost, damaged)
    std::optional<qint64> resolvedAtMs;
    qint64 updatedAtMs = 0;
    QString assignee;
    QString resolutionCode;
    QString note;
    QString details; // why it was opened, in the rule's words
};

} // namespace ParcelDesk
