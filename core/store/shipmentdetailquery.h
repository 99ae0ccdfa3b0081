#pragma once

#include "domain/problemcase.h"
#include "domain/result.h"
#include "shipmentlistquery.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace ParcelDesk {

// Everything the detail pane shows about one parcel.
struct ShipmentDetail
{
    struct Event
    {
        qint64 atMs = 0;
        std::optional<int> utcOffsetMinutes; // of where it happened
        QString carrierCode;
        QString carrierText;
        QString location;
        Status status;
        bool milestone = false;
        bool unmapped = false;
    };
    ShipmentListRow facts;
    QString customerName;
    QString customerLanguage;
    QList<Event> events; // oldest first
    QList<ProblemCase> openCases;
    int contacts = 0;
};

class ShipmentDetailQuery
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ShipmentDetailQuery)

public:
    static Result<ShipmentDetail> load(const QSqlDatabase &db, qint64 shipmentId, qint64 nowMs);
};

} // namespace ParcelDesk
