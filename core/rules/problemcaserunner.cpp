#include "problemcaserunner.h"

#include "claimwindows.h"
#include "domain/statustext.h"
#include "store/contactrepository.h"
#include "store/problemcaserepository.h"
#include "store/sqldialect.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

constexpr qint64 msPerDay = 86'400'000;
const QString rulesActor = u"rules"_s;

} // namespace

std::optional<ClaimWindows::Deadline> ProblemCaseRunner::claimDeadline(const ShipmentTimeline &t,
    ProblemKind kind, qint64 nowMs, const TransitModel *model, const ClaimWindows &windows)
{
    ClaimWindows::Kind claim;
    switch (kind) {
    case ProblemKind::Damaged:
        claim = ClaimWindows::Kind::Damaged;
        break;
    case ProblemKind::SuspectedLost:
    case ProblemKind::NotReceivedClaim:
        claim = ClaimWindows::Kind::Lost;
        break;
    default:
        return std::nullopt;
    }
    const ShipmentSnapshot snapshot = ShipmentSnapshot::at(t, nowMs);
    ClaimWindows::Dates dates;
    dates.shippedMs = t.labelAtMs;
    dates.deliveredMs = snapshot.deliveredAtMs;
    dates.reportedMs = snapshot.lastEventAtMs;
    dates.expectedDeliveryMs = t.promisedAtMs;
    if (!dates.expectedDeliveryMs && model) {
        const TransitFacts facts = TransitModel::factsFor(
            t.carrier, t.service, t.originCountry, t.destinationCountry, t.destinationPostcode, -1);
        if (const auto p = model->predict(facts, TransitStage::Ordered, t.labelAtMs))
            dates.expectedDeliveryMs = p->promiseMs;
    }
    return windows.deadline(t.carrier, claim, t.originCountry, t.destinationCountry, dates);
}

namespace {

// The shipments the condition picks (on the alias s), with their mapped events and what
// customers said about them; :since and :id are bound when the condition names them.
QList<ShipmentTimeline> loadWhere(
    const Database &db, const QString &which, qint64 sinceMs, qint64 shipmentId)
{
    QList<ShipmentTimeline> timelines;
    QHash<qint64, qsizetype> index;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const auto bind = [&] {
        if (which.contains(u":since"))
            q.bindValue(u":since"_s, sinceMs);
        if (which.contains(u":id"))
            q.bindValue(u":id"_s, shipmentId);
    };
    q.prepare(u"SELECT s.id, s.tracking_number, s.carrier, s.origin_country, s.dest_country, "
              "s.shipped_at, s.promised_at, s.service, s.dest_postcode FROM shipments s WHERE "_s
        + which + u" ORDER BY s.id"_s);
    bind();
    if (!q.exec())
        return timelines;
    while (q.next()) {
        ShipmentTimeline t;
        t.shipmentId = q.value(0).toLongLong();
        t.trackingNumber = q.value(1).toString();
        t.carrier = q.value(2).toString();
        t.originCountry = q.value(3).toString();
        t.destinationCountry = q.value(4).toString();
        t.labelAtMs = q.value(5).toLongLong();
        if (!q.value(6).isNull())
            t.promisedAtMs = q.value(6).toLongLong();
        t.service = q.value(7).toString();
        t.destinationPostcode = q.value(8).toString();
        index.insert(t.shipmentId, timelines.size());
        timelines.append(t);
    }
    q.prepare(u"SELECT e.shipment_id, e.occurred_at, e.status_tag, e.sub_status FROM "
              "tracking_events e JOIN shipments s ON s.id = e.shipment_id WHERE e.unmapped = 0 "
              "AND "_s
        + which + u" ORDER BY e.shipment_id, e.occurred_at, e.id"_s);
    bind();
    if (!q.exec())
        return timelines;
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        timelines[*it].events.append({q.value(1).toLongLong(),
            Status::fromColumns(q.value(2).toString(), q.value(3).toString())});
    }
    q.prepare(u"SELECT c.shipment_id, c.occurred_at FROM contacts c JOIN shipments s ON s.id = "
              "c.shipment_id WHERE c.reason = 'not_received' AND "_s
        + which + u" ORDER BY c.shipment_id, c.occurred_at"_s);
    bind();
    if (!q.exec())
        return timelines;
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            timelines[*it].notReceivedSaidAtMs.append(q.value(1).toLongLong());
    }
    return timelines;
}

} // namespace

QList<ShipmentTimeline> ProblemCaseRunner::loadTimelines(const Database &db, qint64 sinceMs)
{
    return loadWhere(db,
        u"(s.shipped_at >= :since OR s.id IN (SELECT shipment_id FROM problem_cases WHERE state "
        "!= 'resolved'))"_s,
        sinceMs, 0);
}

std::optional<ShipmentTimeline> ProblemCaseRunner::loadTimeline(
    const Database &db, qint64 shipmentId)
{
    const QList<ShipmentTimeline> one = loadWhere(db, u"s.id = :id"_s, 0, shipmentId);
    if (one.isEmpty())
        return std::nullopt;
    return one.first();
}

Result<ProblemCaseRunner::LoggedContact> ProblemCaseRunner::logContact(
    const Database &db, const ProblemRules &rules, Contact contact)
{
    if (const Outcome ok = ContactRepository::validate(contact); !ok)
        return ok.error();
    LoggedContact logged;
    std::optional<ProblemCase> claim;
    if (contact.reason == u"not_received" && contact.shipmentId) {
        auto timeline = loadTimeline(db, *contact.shipmentId);
        if (!timeline)
            return Error {tr("There is no shipment %1.").arg(*contact.shipmentId)};
        timeline->notReceivedSaidAtMs.append(contact.atMs);
        const ShipmentSnapshot snapshot = ShipmentSnapshot::at(*timeline, contact.atMs);
        const auto finding = rules.evaluate(ProblemKind::NotReceivedClaim, *timeline, snapshot,
            contact.atMs, HolidayCalendar::builtin());
        if (finding) {
            ProblemCase c;
            c.shipmentId = timeline->shipmentId;
            c.kind = ProblemKind::NotReceivedClaim;
            c.priority = finding->priority;
            c.dueAtMs = finding->dueAtMs;
            c.details = finding->details;
            if (const auto deadline = claimDeadline(
                    *timeline, c.kind, contact.atMs, nullptr, ClaimWindows::builtin())) {
                c.claimDueAtMs = deadline->dueMs;
                c.details += u' ' + claimText(timeline->carrier, *deadline);
            }
            claim = c;
        } else if (snapshot.status.tag() != StatusTag::Delivered) {
            logged.why = tr("No case opened: the carrier does not report the parcel delivered "
                            "(it is %1), so the answer is where it is.")
                             .arg(StatusText::full(snapshot.status));
        } else {
            logged.why = tr("No case opened: the \"not received\" rule for this carrier and "
                            "country is switched off or needs more contacts.");
        }
    }
    const QSqlDatabase connection = db.connection();
    QSqlQuery q(connection);
    if (!Sql::beginWrite(q))
        return Error {tr("Cannot log the contact: %1").arg(q.lastError().text())};
    const auto fail = [&](const QString &message) -> Result<LoggedContact> {
        QSqlQuery(connection).exec(u"ROLLBACK"_s);
        return Error {message};
    };
    if (claim) {
        const auto opened
            = ProblemCaseRepository(db).openWithinTransaction(*claim, contact.agent, contact.atMs);
        if (!opened)
            return fail(opened.error().message);
        logged.caseId = opened->id;
        logged.caseCreated = opened->created;
        contact.caseId = opened->id;
        if (contact.outcome.isEmpty())
            contact.outcome = opened->created ? u"case_opened"_s : u"case_joined"_s;
    }
    const auto id = ContactRepository(db).insertWithinTransaction(contact);
    if (!id)
        return fail(id.error().message);
    if (!q.exec(u"COMMIT"_s))
        return fail(tr("Cannot log the contact: %1").arg(q.lastError().text()));
    logged.contactId = *id;
    return logged;
}

QString ProblemCaseRunner::claimText(const QString &carrier, const ClaimWindows::Deadline &d)
{
    return tr("Claim with %1 by %2 (%3).")
        .arg(ClaimWindows::builtin().carrierName(carrier),
            QDateTime::fromMSecsSinceEpoch(d.dueMs, Qt::UTC).date().toString(Qt::ISODate),
            ClaimWindows::describe(d.window));
}

Result<ProblemCaseRunner::RunSummary> ProblemCaseRunner::run(
    const Database &db, const ProblemRules &rules, qint64 nowMs, const Progress &progress)
{
    RunSummary summary;
    const QList<ShipmentTimeline> timelines = loadTimelines(db, nowMs - lookBackMs);
    // Predicted late judges by the transit times of the parcels delivered lately.
    const TransitModel model = TransitModel::learnFrom(db, nowMs - lookBackMs, nowMs);
    const StageDelayModel silences = StageDelayModel::learnFrom(db, nowMs - lookBackMs, nowMs);
    ProblemRules withModel = rules;
    withModel.setTransitModel(&model);
    withModel.setStageModel(&silences);
    // The unresolved cases the rules made, by shipment.
    QHash<qint64, QList<std::pair<qint64, ProblemKind>>> open;
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT id, shipment_id, kind FROM problem_cases WHERE state != 'resolved'"_s))
            return Error {tr("Cannot read the open cases: %1").arg(q.lastError().text())};
        while (q.next()) {
            if (const auto kind = problemKindFromString(q.value(2).toString()))
                open[q.value(1).toLongLong()].append({q.value(0).toLongLong(), *kind});
        }
    }
    const QList<ProblemKind> ruleKinds = ProblemRules::ruleKinds();
    ProblemCaseRepository cases(db);
    qint64 done = 0;
    for (const ShipmentTimeline &t : timelines) {
        if (progress && ++done % 1000 == 0 && !progress(done, timelines.size())) {
            summary.cancelled = true;
            break;
        }
        ++summary.examined;
        const ShipmentSnapshot snapshot = ShipmentSnapshot::at(t, nowMs);
        QList<ProblemKind> found;
        for (const ProblemKind kind : ruleKinds) {
            const auto finding
                = withModel.evaluate(kind, t, snapshot, nowMs, HolidayCalendar::builtin());
            if (!finding)
                continue;
            found.append(kind);
            ProblemCase c;
            c.shipmentId = t.shipmentId;
            c.kind = kind;
            c.priority = finding->priority;
            c.dueAtMs = finding->dueAtMs;
            c.details = finding->details;
            if (const auto claim = claimDeadline(t, kind, nowMs, &model, ClaimWindows::builtin())) {
                c.claimDueAtMs = claim->dueMs;
                c.details += u' ' + claimText(t.carrier, *claim);
            }
            const auto opened = cases.open(c, rulesActor, nowMs);
            if (!opened)
                return opened.error();
            if (opened->created) {
                ++summary.opened;
                ++summary.openedByKind[problemKindToString(kind)];
            }
        }
        for (const auto &[id, kind] : open.value(t.shipmentId)) {
            // Still a problem, one people opened, or a customer's word, which does not clear.
            if (!ruleKinds.contains(kind) || found.contains(kind)
                || kind == ProblemKind::NotReceivedClaim)
                continue;
            const bool delivered = snapshot.status.tag() == StatusTag::Delivered;
            const Outcome resolved = cases.resolve(id,
                delivered ? Resolution::Delivered : Resolution::ConditionCleared,
                tr("The rule no longer finds this problem; the parcel is %1.")
                    .arg(StatusText::full(snapshot.status)),
                rulesActor, nowMs);
            if (resolved)
                ++summary.resolved;
        }
    }
    return summary;
}

ProblemCaseRunner::DryRun ProblemCaseRunner::dryRun(const Database &db, const ProblemRules &rules,
    ProblemKind kind, qint64 nowMs, int days, const Progress &progress, const QString &carrierScope,
    const QString &countryScope)
{
    DryRun result;
    const qint64 windowStart = nowMs - qint64(days) * msPerDay;
    const QList<ShipmentTimeline> timelines = loadTimelines(db, windowStart - lookBackMs);
    // What was known when the window began: no look at how the parcels in it ended.
    const TransitModel model = TransitModel::learnFrom(db, windowStart - lookBackMs, windowStart);
    const StageDelayModel silences
        = StageDelayModel::learnFrom(db, windowStart - lookBackMs, windowStart);
    ProblemRules withModel = rules;
    withModel.setTransitModel(&model);
    withModel.setStageModel(&silences);
    // The end of each day of the window, then now.
    QList<qint64> checks;
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
    for (int d = days; d >= 1; --d)
        checks.append(
            QDateTime(today.addDays(-d + 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - 1);
    checks.append(nowMs);
    qint64 done = 0;
    for (const ShipmentTimeline &t : timelines) {
        if (progress && ++done % 1000 == 0 && !progress(done, timelines.size())) {
            result.cancelled = true;
            break;
        }
        // A change for one carrier or country is judged on the parcels it governs.
        const ProblemRule *governing = rules.ruleFor(kind, t.carrier, t.destinationCountry);
        if (!governing || governing->carrier != carrierScope || governing->country != countryScope)
            continue;
        ++result.examined;
        bool isOpen = false;
        for (const qint64 at : checks) {
            if (at < t.labelAtMs)
                continue;
            const ShipmentSnapshot snapshot = ShipmentSnapshot::at(t, at);
            const auto finding
                = withModel.evaluate(kind, t, snapshot, at, HolidayCalendar::builtin());
            if (finding && !isOpen)
                result.cases.append(
                    {t.shipmentId, t.trackingNumber, t.carrier, at, finding->details});
            isOpen = finding.has_value();
        }
    }
    std::stable_sort(result.cases.begin(), result.cases.end(),
        [](const WouldOpen &a, const WouldOpen &b) { return a.atMs < b.atMs; });
    return result;
}

} // namespace ParcelDesk
