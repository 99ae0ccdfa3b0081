#pragma once

#include "domain/problemcase.h"
#include "domain/status.h"
#include "holidaycalendar.h"
#include "stagedelaymodel.h"
#include "transitmodel.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace ParcelDesk {

// A parcel's story as the rules read it: when its label was made, what the shop promised, and
// its events (status and time), oldest first. Unmapped events are left out by the caller.
struct ShipmentTimeline
{
    struct Event
    {
        qint64 atMs = 0;
        Status status;
    };
    qint64 shipmentId = 0;
    QString trackingNumber;
    QString carrier;
    QString service;
    QString destinationCountry;
    QString destinationPostcode;
    QString originCountry;
    qint64 labelAtMs = 0;
    std::optional<qint64> promisedAtMs;
    QList<Event> events;
    QList<qint64> notReceivedSaidAtMs; // when the customer said it never arrived (contacts)
};

// What a parcel looks like at one moment, from its events up to then.
struct ShipmentSnapshot
{
    Status status; // Pending/Pending before any event
    std::optional<qint64> firstScanAtMs; // the first event past "label created"
    std::optional<qint64> lastEventAtMs;
    std::optional<qint64> deliveredAtMs;
    std::optional<qint64> pickupSinceMs; // waiting at a pickup point since
    int failedAttempts = 0;

    static ShipmentSnapshot at(const ShipmentTimeline &timeline, qint64 atMs);
};

// When a kind of problem opens a case, for a carrier and destination country ("*": any).
struct ProblemRule
{
    ProblemKind kind = ProblemKind::Stuck;
    QString carrier = QStringLiteral("*");
    QString country = QStringLiteral("*");
    bool enabled = true;
    int threshold = 0; // business days, days, attempts or percent, as thresholdUnit says
    int priority = 2; // 1 highest
    int slaHours = 24; // the case is due this long after it opens
};

// What a rule found: a case to open.
struct ProblemFinding
{
    ProblemKind kind = ProblemKind::Stuck;
    int priority = 2;
    qint64 dueAtMs = 0;
    QString details; // why, in words an agent can check
};

class ProblemRules
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ProblemRules)

public:
    // Until when a promise holds: the end of the day for a date-only promise, else its moment.
    static qint64 promiseDeadline(qint64 promisedAtMs);

    // Our defaults, where the research on what carriers and tools do suggests them.
    static ProblemRules defaults();

    // What a rule's threshold counts for a kind: "business days", "days", "attempts" or "".
    static QString thresholdUnit(ProblemKind kind);
    // The kinds rules can find.
    static QList<ProblemKind> ruleKinds();

    // The most specific enabled-or-not rule for the kind: carrier and country, then carrier,
    // then country, then the default.
    const ProblemRule *ruleFor(ProblemKind kind, QStringView carrier, QStringView country) const;
    void setRule(const ProblemRule &rule); // replaces the rule with the same kind, carrier, country
    const QList<ProblemRule> &rules() const { return m_rules; }

    // The problems a parcel has at nowMs.
    QList<ProblemFinding> evaluate(const ShipmentTimeline &timeline, qint64 nowMs,
        const HolidayCalendar &calendar = HolidayCalendar::builtin()) const;
    // Predicted late needs the transit times learned from history; without them it finds none.
    void setTransitModel(const TransitModel *model) { m_model = model; }
    // And how long parcels stay silent after each kind of scan before they turn out late.
    void setStageModel(const StageDelayModel *model) { m_stageModel = model; }

    // One kind only (for a dry run of one rule).
    std::optional<ProblemFinding> evaluate(ProblemKind kind, const ShipmentTimeline &timeline,
        const ShipmentSnapshot &snapshot, qint64 nowMs, const HolidayCalendar &calendar) const;

private:
    QList<ProblemRule> m_rules;
    const TransitModel *m_model = nullptr;
    const StageDelayModel *m_stageModel = nullptr;
};

} // namespace ParcelDesk
