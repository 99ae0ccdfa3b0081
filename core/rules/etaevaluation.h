#pragma once

#include "domain/result.h"
#include "transitmodel.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <functional>

namespace ParcelDesk {

// One delivered order of the Olist dataset (../shared/datasets/olist): local Brazilian times as
// wall-clock milliseconds (see TransitModel), and the customer's state and zip prefix.
struct OlistOrder
{
    qint64 purchaseMs = 0;
    qint64 approvedMs = 0;
    qint64 handoverMs = 0; // order_delivered_carrier_date
    qint64 deliveredMs = 0; // order_delivered_customer_date
    qint64 estimatedMs = 0; // order_estimated_delivery_date (midnight): Olist's promise
    QString state;
    QString zipPrefix;
};

struct EtaScores
{
    int orders = 0;
    double maeDays = 0; // |delivered − most likely|, fractional days
    double within1Day = 0; // share delivered within one calendar day of the most likely date
    double lateRate = 0; // share delivered on a later calendar day than the promise
    double medianLeadDays = 0; // promise date − purchase date, calendar days
};

struct EtaMoment
{
    EtaScores ours;
    EtaScores olist;
};

struct EtaEvaluation
{
    int trainOrders = 0;
    int testOrders = 0;
    EtaMoment atPurchase;
    EtaMoment atHandover;
};

class EtaEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::EtaEvaluator)

public:
    // Reads olist_orders_dataset.csv(.gz) and olist_customers_dataset.csv(.gz) from dir: the
    // delivered orders with all five timestamps. Errors name the file and line.
    static Result<QList<OlistOrder>> readOlist(const QString &dir);

    // Trains the model on orders purchased before split and scores the later ones at purchase
    // and at hand-over, beside Olist's own estimate on the same orders.
    static EtaEvaluation evaluate(const QList<OlistOrder> &orders, QDate split,
        const TransitModelOptions &options = {},
        const std::function<bool(int done, int total)> &progress = {});

    static TransitFacts factsOf(const OlistOrder &order);
};

} // namespace ParcelDesk
