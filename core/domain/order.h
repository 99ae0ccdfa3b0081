#pragma once

#include <QString>

namespace ParcelDesk {

struct Order
{
    qint64 id = 0;
    QString orderNumber;
    qint64 customerId = 0;
    qint64 placedAtMs = 0;
    QString currency; // ISO 4217
    qint64 totalCents = 0;
    QString category; // product category of the order's main item: "fashion", ...
};

} // namespace ParcelDesk
