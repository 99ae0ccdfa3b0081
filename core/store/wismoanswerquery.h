#pragma once

#include "domain/customer.h"
#include "domain/result.h"
#include "domain/returncase.h"
#include "rules/transitmodel.h"
#include "store/contactrepository.h"
#include "store/deliveryoptionrepository.h"
#include "store/shipmentdetailquery.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace ParcelDesk {

// Everything the WISMO desk's answer card shows about one order: its customer, every parcel with
// its milestones, expected date, open cases and delivery options, what the customer has been
// told, earlier contacts and returns.
struct WismoAnswer
{
    struct Parcel
    {
        ShipmentDetail detail;
        std::optional<TransitPrediction> expected; // for parcels still on their way
        QList<ListedDeliveryOption> options;
        QList<DeliveryChangeRequest> requests;
    };
    // A message to the customer about this order (or, for a parcel without an order, that parcel).
    struct Told
    {
        qint64 id = 0;
        qint64 atMs = 0; // sent, or created when not sent yet
        QString channel;
        QString kind;
        QString state;
        QString subject;
        std::optional<qint64> shipmentId;
        bool proactive = false; // sent before the customer's first contact about the order
    };

    qint64 orderId = 0; // 0: a parcel without an order
    QString orderNumber;
    qint64 placedAtMs = 0;
    QString category;
    qint64 totalCents = 0;
    QString currency;
    std::optional<Customer> customer;
    QList<Parcel> parcels; // the parcels sent, newest first, then returns
    QList<Told> messages; // newest first
    QList<Contact> contacts; // newest first
    QList<ReturnCase> returns;

    bool hasOpenCase() const;
    int outboundParcels() const; // the parcels sent, without the customer's returns
};

// Loads an answer on the calling thread's connection; expected dates are left to the caller
// (expectedDelivery, rules/expecteddelivery.h).
class WismoAnswerQuery
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::WismoAnswerQuery)

public:
    // One of orderId, shipmentId (a parcel without an order) or customerId (a customer without
    // orders) names what to load.
    static Result<WismoAnswer> load(
        const QSqlDatabase &db, qint64 orderId, qint64 shipmentId, qint64 customerId, qint64 nowMs);
};

} // namespace ParcelDesk
