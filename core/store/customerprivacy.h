#pragma once

#include "database.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <algorithm>
#include <atomic>
#include <functional>

namespace ParcelDesk {

// What an erasure touched (or, for a preview, would touch): numbers only, never personal data,
// so they can go into the audit log and onto a terminal.
struct ErasureCounts
{
    int customers = 0; // customer records (one person may have several, by one e-mail address)
    int orders = 0;
    int shipments = 0;
    int parcelsInFlight = 0; // not delivered yet: later carrier scans are stored as usual
    int events = 0; // tracking events whose text or place names the person
    int messages = 0;
    int messagesHeldBack = 0; // not sent yet: held back for good (suppressed, reason "erased")
    int contacts = 0;
    int returns = 0;
    int problemCases = 0;
    int deliveryChanges = 0;
    int consents = 0;
    int auditEntries = 0; // entries about the person's records whose detail is blanked
    // The WAL was checkpointed and truncated: the old bytes are overwritten in the file. False
    // when a reader kept an old snapshot; the next checkpoint overwrites them.
    bool fileRewritten = false;

    void add(const ErasureCounts &other);
    // "2 customer records, 3 orders, 4 parcels, …" for people.
    QString summary() const;
    // "customers=2 orders=3 …" for the audit log (not translated, like every audit detail).
    QString auditDetail() const;
};

// One run of the retention rule.
struct RetentionRun
{
    int due = 0; // customers whose last order (or, without orders, whose record) is too old
    int erased = 0;
    bool cancelled = false; // stopped between two batches: the rest is untouched
    bool fileRewritten = false;
};

// A person's data and the GDPR: find them by e-mail address, write everything held about them
// as JSON, erase it everywhere, and erase the data of customers whose last order is older than
// the retention period. Erasing pseudonymises: the customer row stays (country, language, time
// zone), ids, states, times, carriers and kinds stay, so every figure stays as it was; names,
// addresses, numbers and every free text that can hold them go, the search index forgets them,
// and the file is rewritten so the old bytes are gone (PRAGMA secure_delete, FTS5 optimize, WAL
// checkpoint). Each export, erasure and retention run is a line in the audit log.
// Runs on the calling thread's connection.
class CustomerPrivacy
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::CustomerPrivacy)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    static constexpr int defaultBatchSize = 200;
    static constexpr qint64 msPerDay = 86'400'000;

    explicit CustomerPrivacy(Database db)
        : m_db(std::move(db))
    { }

    // The customer records with this e-mail address (case and surrounding spaces do not
    // matter); several records with one address are one person. An unknown address is an error
    // that names it.
    Result<QList<qint64>> findByEmail(const QString &email) const;
    // The record and every other one with the same e-mail address (not erased), oldest first.
    Result<QList<qint64>> samePerson(qint64 customerId) const;

    // What purge would erase, without changing anything.
    Result<ErasureCounts> preview(const QList<qint64> &customerIds) const;
    // Erases the person behind these records in one transaction (see the class comment), then
    // rewrites the search index and checkpoints the file. reason goes into the audit log and
    // must not name the person (refused if it does).
    Result<ErasureCounts> purge(const QList<qint64> &customerIds, const QString &actor,
        const QString &reason, qint64 nowMs);

    // Everything held about the person as JSON: the customer records, consents, orders with
    // their parcels (numbers, carriers, statuses, promised and delivered dates), the events a
    // customer sees and those naming them, problem cases, returns, delivery changes, contacts,
    // messages with the vouchers they gave, and the audit entries about all of these. Writes an
    // "exported" line in the audit log.
    Result<QJsonDocument> exportCustomer(
        const QList<qint64> &customerIds, const QString &actor, qint64 nowMs);

    // Erases every customer not erased yet whose most recent order was placed more than days
    // days before nowMs (a customer without orders: created that long ago), batch by batch,
    // each batch a transaction of its own: a cancel between batches leaves each customer
    // erased whole or untouched. One line in the audit log per run, kept up to date by every
    // batch. progress gets (customers done, customers due) after each batch.
    Result<RetentionRun> applyRetention(int days, const QString &actor, qint64 nowMs,
        const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
    // How many customers a run now would erase.
    Result<int> dueForRetention(int days, qint64 nowMs) const;

    // The retention period in days (setting privacy.retention_days); 0: off.
    Result<int> retentionDays() const;
    Outcome setRetentionDays(int days, const QString &actor, qint64 nowMs);

    // Customers per retention batch; smaller batches hold the write lock for less time.
    void setBatchSize(int customers) { m_batchSize = std::max(1, customers); }

    // The name an erased customer keeps: fixed, without personal data, with the record's id.
    static QString placeholderName(qint64 customerId);
    static bool isPlaceholderName(const QString &name, qint64 customerId);

private:
    Database m_db;
    int m_batchSize = defaultBatchSize;
};

} // namespace ParcelDesk
