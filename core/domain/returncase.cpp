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

} // namespace

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
