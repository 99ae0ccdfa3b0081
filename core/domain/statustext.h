#pragma once

#include "status.h"

#include <QCoreApplication>
#include <QString>

namespace ParcelDesk {

// Our statuses in the user's language, for views and answers.
class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::StatusText)

public:
    static QString tag(StatusTag tag);
    static QString subStatus(SubStatus sub);
    // "In transit · Arrived at a facility", or the tag alone where the sub-status says no more.
    static QString full(const Status &status);
};

} // namespace ParcelDesk
