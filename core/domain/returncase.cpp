#include "returncase.h"

#include "enumnames.h"

namespace ParcelDesk {

namespace {

constexpr EnumNames<ReturnState, 7> stateNames {{
    u"registered",
    u"label_issued",
    u"in_transit",
    u"received",
    u"graded",
    u"closed",
    u"refused",
}};

constexpr EnumNames<Disposition, 7> dispositionNames {{
    u"undecided",
    u"resell",
    u"refurbish",
    u"outlet",
    u"donate",
    u"recycle",
    u"landfill",
}};

constexpr EnumNames<ItemCondition, 4> conditionNames {{
    u"unopened",
    u"opened",
    u"used",
    u"damaged",
}};

constexpr EnumNames<ReturnOutcome, 4> outcomeNames {{
    u"accept",
    u"review",
    u"keep",
    u"refuse",
}};

constexpr EnumNames<ReturnResolution, 2> resolutionNames {{
    u"refund",
    u"exchange",
}};

constexpr EnumNames<Settlement, 3> settlementNames {{
    u"open",
    u"done",
    u"none",
}};

} // namespace

QString itemConditionToString(ItemCondition condition)
{
    return conditionNames.toString(condition);
}

std::optional<ItemCondition> itemConditionFromString(QStringView text)
{
    return conditionNames.fromString(text);
}

QString returnOutcomeToString(ReturnOutcome outcome)
{
    return outcomeNames.toString(outcome);
}

std::optional<ReturnOutcome> returnOutcomeFromString(QStringView text)
{
    return outcomeNames.fromString(text);
}

QString returnResolutionToString(ReturnResolution resolution)
{
    return resolutionNames.toString(resolution);
}

std::optional<ReturnResolution> returnResolutionFromString(QStringView text)
{
    return resolutionNames.fromString(text);
}

QString settlementToString(Settlement settlement)
{
    return settlementNames.toString(settlement);
}

std::optional<Settlement> settlementFromString(QStringView text)
{
    return settlementNames.fromString(text);
}

QString returnStateToString(ReturnState state)
{
    return stateNames.toString(state);
}

std::optional<ReturnState> returnStateFromString(QStringView text)
{
    return stateNames.fromString(text);
}

QString dispositionToString(Disposition disposition)
{
    return dispositionNames.toString(disposition);
}

std::optional<Disposition> dispositionFromString(QStringView text)
{
    return dispositionNames.fromString(text);
}

} // namespace ParcelDesk
