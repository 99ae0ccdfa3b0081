#include "shipment.h"

using namespace Qt::StringLiterals;

namespace ParcelDesk {

QString directionToString(Direction direction)
{
    return direction == Direction::Return ? u"return"_s : u"outbound"_s;
}

std::optional<Direction> directionFromString(QStringView text)
{
    if (text == u"outbound")
        return Direction::Outbound;
    if (text == u"return")
        return Direction::Return;
    return std::nullopt;
}

} // namespace ParcelDesk
