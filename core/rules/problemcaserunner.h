#pragma once

#include "claimwindows.h"
#include "problemrules.h"
#include "store/contactrepository.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QMap>

#include <functional>

namespace ParcelDesk {

// Applies the problem-case rules to the database: opens a case for every problem found (one per
// shipment and kind), and resolves the rule-made cases whose problem has gone, with a note.
// The dry run shows what a rule would have done over past days without writing anything.
class ProblemCaseRunner
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ProblemCaseRunner)

public:
    // Called now and then with how far it is; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // The shipments sent at or after sinceMs, and those with an unresolved case, with their
    // mapped events.
    static QList<ShipmentTimeline> loadTimelines(const Database &db, qint64 sinceMs);
    static std::optional<ShipmentTimeline> loadTimeline(const Database &db, qint64 shipmentId);

    // Logs a contact; one saying a delivered parcel never arrived opens (or joins) the
    // "not received" case with the carrier's claim deadline, in the same transaction.
    struct LoggedContact
    {
        qint64 contactId = 0;
        std::optional<qint64> caseId;
        bool caseCreated = false;
        QString why; // why no case was opened for a "not received" contact
    };
    static Result<LoggedContact> logContact(
        const Database &db, const ProblemRules &rules, Contact contact);

    struct RunSummary
    {
        int examined = 0;
        int opened = 0;
        int resolved = 0;
        QMap<QString, int> openedByKind;
        bool cancelled = false;
    };
    static Result<RunSummary> run(
        const Database &db, const ProblemRules &rules, qint64 nowMs, const Progress &progress = {});

    struct WouldOpen
    {
        qint64 shipmentId = 0;
        QString trackingNumber;
        QString carrier;
        qint64 atMs = 0; // the check (end of a day) at which it would have opened
        QString details;
    };
    struct DryRun
    {
        int examined = 0;
        QList<WouldOpen> cases;
        bool cancelled = false;
    };
    // One rule over the days before nowMs, checked at the end of each day. Only the parcels that
    // rule governs count: those whose carrier and destination country pick the rule for
    // carrierScope and countryScope ("*": any) among the rules.
    static DryRun dryRun(const Database &db, const ProblemRules &rules, ProblemKind kind,
        qint64 nowMs, int days, const Progress &progress = {},
        const QString &carrierScope = QStringLiteral("*"),
        const QString &countryScope = QStringLiteral("*"));

    // The carrier's claim deadline for a lost (or "not received") or damaged parcel; the
    // expected delivery is the shop's promise, else the model's promise from the label.
    static std::optional<ClaimWindows::Deadline> claimDeadline(const ShipmentTimeline &t,
        ProblemKind kind, qint64 nowMs, const TransitModel *model, const ClaimWindows &windows);

    // "Claim with DHL by 2026-12-20 (30 days from the delivery date)."
    static QString claimText(const QString &carrier, const ClaimWindows::Deadline &deadline);

    static constexpr qint64 lookBackMs = 90LL * 86'400'000; // shipments older than this are done
};

} // namespace ParcelDesk
