#include "problemcase.h"

#include "enumnames.h"

namespace ParcelDesk {

namespace {

constexpr EnumNames<ProblemKind, 13> kindNames {{
    u"never_scanned",
    u"stuck",
    u"late",
    u"predicted_late",
    u"damaged",
    u"address_issue",
    u"customs_hold",
    u"refused",
    u"failed_attempt",
    u"pickup_nearing_return",
    u"returned_to_sender",
    u"suspected_lost",
    u"not_received_claim",
}};

constexpr EnumNames<ProblemState, 5> stateNames {
    {u"open", u"assigned", u"waiting_carrier", u"waiting_customer", u"resolved"}};

constexpr EnumNames<Resolution, 10> resolutionNames {{
    u"delivered",
    u"carrier_resolved",
    u"customer_informed",
    u"reshipped",
    u"refunded",
    u"claim_filed",
    u"returned_to_sender",
    u"condition_cleared",
    u"duplicate",
    u"no_action",
}};

} // namespace

QString ProblemCaseText::kindLabel(ProblemKind kind)
{
    switch (kind) {
    case ProblemKind::NeverScanned:
        return tr("Never scanned");
    case ProblemKind::Stuck:
        return tr("Stuck");
    case ProblemKind::Late:
        return tr("Late");
    case ProblemKind::PredictedLate:
        return tr("Predicted late");
    case ProblemKind::Damaged:
        return tr("Damaged");
    case ProblemKind::AddressIssue:
        return tr("Address issue");
    case ProblemKind::CustomsHold:
        return tr("Customs hold");
    case ProblemKind::Refused:
        return tr("Refused");
    case ProblemKind::FailedAttempt:
        return tr("Failed attempt");
    case ProblemKind::PickupNearingReturn:
        return tr("Pickup nearing return");
    case ProblemKind::ReturnedToSender:
        return tr("Returned to sender");
    case ProblemKind::SuspectedLost:
        return tr("Suspected lost");
    case ProblemKind::NotReceivedClaim:
        return tr("Customer says not received");
    }
    return {};
}

QString problemKindToString(ProblemKind kind)
{
    return kindNames.toString(kind);
}

std::optional<ProblemKind> problemKindFromString(QStringView text)
{
    return kindNames.fromString(text);
}

QString problemStateToString(ProblemState state)
{
    return stateNames.toString(state);
}

std::optional<ProblemState> problemStateFromString(QStringView text)
{
    return stateNames.fromString(text);
}

QString resolutionToString(Resolution resolution)
{
    return resolutionNames.toString(resolution);
}

std::optional<Resolution> resolutionFromString(QStringView text)
{
    return resolutionNames.fromString(text);
}

} // namespace ParcelDesk
