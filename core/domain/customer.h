#pragma once

#include <QString>

namespace ParcelDesk {

struct Customer
{
    qint64 id = 0;
    QString externalRef; // the shop's customer number
    QString name;
    QString email;
    QString phone;
    QString language; // "de" or "en": the language every message and answer uses
    QString country; // ISO 3166-1 alpha-2
    QString postcode;
    QString city;
    QString timeZone; // IANA id, for quiet hours and local times
    qint64 createdAtMs = 0;
};

} // namespace ParcelDesk
