#pragma once

#include "database.h"
#include "domain/result.h"
#include "domain/shipment.h"

#include <QHash>
#include <QList>
#include <QSet>

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
    // Up to limit shipments due by nowMs that no poller holds at wallNowMs, those waiting
    // longest first.
    QList<Due> dueForPolling(qint64 nowMs, int limit, qint64 wallNowMs) const;
    // Leases these shipments to owner until wallNowMs + leaseMs, those still due by nowMs and
    // held by no other poller; returns the ids it got. On a server the rows are taken with
    // SELECT ... FOR UPDATE SKIP LOCKED, so pollers that ask at the same moment get different
    // shipments without waiting for each other; a file's writes take turns anyway. The writer
    // gives a lease back with the poll's result (StoreWriter, PollUpdate).
    QSet<qint64> lease(const QList<qint64> &ids, const QString &owner, qint64 nowMs,
        qint64 wallNowMs, qint64 leaseMs) const;
    // Moves this owner's leases on to wallUntilMs: a run that lasts longer than one lease keeps
    // its shipments. Returns how many.
    int renewLeases(const QString &owner, qint64 wallUntilMs) const;
    // Gives back the leases of pollers on this machine that are no longer running (their
    // process is gone), so that a poller restarted after a crash need not wait for them to run
    // out. Pollers on other machines are left to their leases' expiry. Returns how many.
    int releaseLeasesOfDeadLocalPollers() const;
    // Who this process polls as: host, process id and a random part, so that a restarted poller
    // is a new owner and never mistakes an old lease for its own.
    static QString leaseOwner();
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
