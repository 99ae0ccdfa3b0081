#pragma once

#include "database.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace ParcelDesk {

// A delivery option as the store holds it: the carrier's codes at its last answer listing them.
struct ListedDeliveryOption
{
    QString option; // e.g. RESCHEDULE, REDIRECT_TO_HOLD_AT_LOCATION
    QString eligibility; // ELIGIBLE, POSSIBLY_ELIGIBLE, INELIGIBLE
    qint64 updatedAtMs = 0;
};

// A change to the delivery a customer asked for, recorded by an agent for the carrier or the
// shop to carry out.
struct DeliveryChangeRequest
{
    qint64 id = 0;
    qint64 shipmentId = 0;
    QString option;
    QString detail; // e.g. the new day or address, as the customer said it
    QString state; // requested, done, refused, cancelled
    qint64 requestedAtMs = 0;
    QString agent;
    std::optional<qint64> contactId; // the contact in which the customer asked

    static const QStringList &states();
};

// Carriers' delivery options per parcel and the changes customers asked for, on the calling
// thread's connection. Every request and every change of its state is a line in the audit log,
// in the same transaction.
class DeliveryOptionRepository
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::DeliveryOptionRepository)

public:
    explicit DeliveryOptionRepository(Database db)
        : m_db(std::move(db))
    { }

    // The options the carrier listed for the shipment, by option code; empty when it never did.
    QList<ListedDeliveryOption> options(qint64 shipmentId) const;
    // The shipment's change requests, newest first.
    QList<DeliveryChangeRequest> requests(qint64 shipmentId) const;
    // The same on a given connection (a reader thread's).
    static QList<ListedDeliveryOption> options(const QSqlDatabase &db, qint64 shipmentId);
    static QList<DeliveryChangeRequest> requests(const QSqlDatabase &db, qint64 shipmentId);

    // Records the request; refused when the carrier lists the option as not eligible or does
    // not list it at all. Returns the request's id.
    Result<qint64> request(qint64 shipmentId, const QString &option, const QString &detail,
        const QString &agent, std::optional<qint64> contactId, qint64 nowMs);
    // The same inside a transaction the caller holds (with the contact that asked for it).
    Result<qint64> requestWithinTransaction(qint64 shipmentId, const QString &option,
        const QString &detail, const QString &agent, std::optional<qint64> contactId, qint64 nowMs);
    // A requested change is done, refused or cancelled; a request in any other state stays.
    Outcome setRequestState(qint64 id, const QString &state, const QString &agent, qint64 nowMs);

    // What an option code means for people ("Reschedule the delivery"); an unknown code as sent.
    static QString optionLabel(const QString &option);
    // "Eligible", "Possibly eligible", "Not eligible"; an unknown value as sent.
    static QString eligibilityLabel(const QString &eligibility);
    // A request's state for people ("Requested", "Done", ...).
    static QString stateLabel(const QString &state);

private:
    Database m_db;
};

} // namespace ParcelDesk
