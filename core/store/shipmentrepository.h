#pragma once

#include "database.h"
#include "domain/result.h"
#include "domain/shipment.h"

#include <QHash>
#include <QList>

#include <optional>

class QSqlQuery;

namespace ParcelDesk {

// Reads and writes shipments on the calling thread's connection.
class ShipmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ShipmentRepository)

public:
    explicit ShipmentRepository(Database db)
        : m_db(std::move(db))
    { }

    // Stores a new shipment and returns its id.
    Result<qint64> insert(const Shipment &shipment);
    std::optional<Shipment> find(qint64 id) const;
    // Every shipment with this number, newest first: carriers reuse numbers.
    QList<Shipment> findByTrackingNumber(const QString &trackingNumber) const;
    qint64 count() const;

    // A shipment whose next poll time has come, with what decides its urgency.
    struct Due
    {
        qint64 id = 0;
        QString carrier;
        QString trackingNumber;
        Status status;
        qint64 shippedAtMs = 0;
        std::optional<qint64> promisedAtMs;
        qint64 nextPollAtMs = 0;
        bool hasOpenProblem = false;
    };
    // Up to limit shipments due by nowMs, those waiting longest first.
    QList<Due> dueForPolling(qint64 nowMs, int limit) const;
    qint64 countWithStatus(StatusTag tag) const;
    // Shipments due by nowMs, per carrier.
    QHash<QString, qint64> countDueByCarrier(qint64 nowMs) const;
    // The earliest next poll time of any shipment still tracked.
    std::optional<qint64> nextDueAtMs() const;

private:
    static Shipment fromQuery(const QSqlQuery &q);

    Database m_db;
};

} // namespace ParcelDesk
