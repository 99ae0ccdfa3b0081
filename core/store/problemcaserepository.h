#pragma once

#include "database.h"
#include "domain/problemcase.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>

namespace ParcelDesk {

// Problem cases and their lifecycle, on the calling thread's connection. Every change is one
// transaction together with its line in the audit log; a change a case's state does not allow
// is refused with the reason, and nothing is written.
//
//   open ──assign──▶ assigned ──wait──▶ waiting_carrier / waiting_customer ──▶ resolved
//     └──────────────────────────────resolve───────────────────────────────────┘
//
// At most one unresolved case exists per shipment and kind: opening another returns the one
// that is there. A resolved case stays resolved; if the problem comes back, a new case opens.
class ProblemCaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ProblemCaseRepository)

public:
    explicit ProblemCaseRepository(Database db)
        : m_db(std::move(db))
    { }

    struct Opened
    {
        qint64 id = 0;
        bool created = false; // false: a case of this kind was already open
    };
    Result<Opened> open(const ProblemCase &problem, const QString &actor, qint64 nowMs);
    // The same inside a transaction the caller holds (and commits or rolls back).
    Result<Opened> openWithinTransaction(
        const ProblemCase &problem, const QString &actor, qint64 nowMs);

    Outcome assign(qint64 id, const QString &assignee, const QString &actor, qint64 nowMs);
    // To waiting_carrier or waiting_customer.
    Outcome waitOn(
        qint64 id, ProblemState waiting, const QString &note, const QString &actor, qint64 nowMs);
    Outcome resolve(
        qint64 id, Resolution resolution, const QString &note, const QString &actor, qint64 nowMs);
    Outcome addNote(qint64 id, const QString &note, const QString &actor, qint64 nowMs);
    Outcome setPriority(qint64 id, int priority, const QString &actor, qint64 nowMs);

    std::optional<ProblemCase> find(qint64 id) const;
    // Unresolved cases of a shipment.
    QList<ProblemCase> openFor(qint64 shipmentId) const;

    struct HistoryEntry
    {
        qint64 atMs = 0;
        QString actor;
        QString action; // "opened", "assigned", "waiting_carrier", "note", "resolved", ...
        QString detail;
    };
    QList<HistoryEntry> history(qint64 id) const;

private:
    // Runs change inside a transaction with an audit line; change returns an error to roll back.
    Outcome change(qint64 id, const QString &action, const QString &detail, const QString &actor,
        qint64 nowMs, const std::function<Outcome(const ProblemCase &)> &check, const QString &sql,
        const QVariantList &values);

    Database m_db;
};

} // namespace ParcelDesk
