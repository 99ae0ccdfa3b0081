#pragma once

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

QString returnStateToString(ReturnState state);
std::optional<ReturnState> returnStateFromString(QStringView text);
QString dispositionToString(Disposition disposition);
std::optional<Disposition> dispositionFromString(QStringView text);

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
};

} // namespace ParcelDesk
