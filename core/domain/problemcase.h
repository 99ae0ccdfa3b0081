#pragma once

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
    Open,
    InProgress,
    Resolved,
};

QString problemKindToString(ProblemKind kind);
std::optional<ProblemKind> problemKindFromString(QStringView text);
QString problemStateToString(ProblemState state);
std::optional<ProblemState> problemStateFromString(QStringView text);

struct ProblemCase
{
    qint64 id = 0;
    qint64 shipmentId = 0;
    ProblemKind kind = ProblemKind::Stuck;
    ProblemState state = ProblemState::Open;
    int priority = 2; // 1 highest
    qint64 openedAtMs = 0;
    std::optional<qint64> dueAtMs; // SLA
    std::optional<qint64> resolvedAtMs;
    QString assignee;
    QString resolutionCode;
    QString note;
};

} // namespace ParcelDesk
