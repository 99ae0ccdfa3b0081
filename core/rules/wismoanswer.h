#pragma once

#include "domain/customer.h"
#include "domain/result.h"
#include "domain/returncase.h"
#include "i18n/customertext.h"
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

// Loads an answer on the calling thread's connection. The transit model (may be null) gives the
// expected dates.
class WismoAnswerQuery
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::WismoAnswerQuery)

public:
    // One of orderId, shipmentId (a parcel without an order) or customerId (a customer without
    // orders) names what to load.
    static Result<WismoAnswer> load(const QSqlDatabase &db, qint64 orderId, qint64 shipmentId,
        qint64 customerId, qint64 nowMs, const TransitModel *transit);
};

// Whether a delivery date still means something for the parcel: not delivered, not waiting at
// a pickup point, not on its way back or lost.
bool awaitsDelivery(const ShipmentListRow &parcel);
// The expected delivery of a stored parcel still on its way, from a learned model; none when it
// does not await delivery or the model knows too little of its lane.
std::optional<TransitPrediction> expectedDelivery(
    const TransitModel &model, const ShipmentDetail &detail);

// The answer in words for the customer, in the customer's language.
class WismoWording
{
public:
    // Where the parcel is and what happens next, in one or two sentences.
    static QString parcelSentence(
        const CustomerText &text, const WismoAnswer::Parcel &parcel, const QString &timeZone);
    // A milestone of the timeline: "Out for delivery", "Zugestellt".
    static QString milestone(const CustomerText &text, const Status &status);
    // The e-mail or message an agent can send or read out: greeting, every parcel, closing.
    static QString reply(const CustomerText &text, const WismoAnswer &answer);
    // The subject of that message: "Your order PD-01000001: out for delivery".
    static QString subject(const CustomerText &text, const WismoAnswer &answer);
    // The carrier's name as customers know it ("DHL", "FedEx").
    static QString carrierName(const QString &carrier);
};

} // namespace ParcelDesk
