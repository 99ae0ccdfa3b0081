#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace ParcelDesk {

struct DemoSeedOptions
{
    qint64 shipments = 10'000; // outbound parcels; returns come on top
    quint64 seed = 1;
    qint64 nowMs = 0; // "today" for the data; the same seed and now give the same file
    bool replace = false; // overwrite a database that already holds shipments
};

struct DemoSeedSummary
{
    qint64 customers = 0;
    qint64 orders = 0;
    qint64 shipments = 0;
    qint64 returnShipments = 0;
    qint64 events = 0;
    qint64 problemCases = 0;
    qint64 returns = 0;
};

// Writes a realistic, deterministic demo database: 90 days of history and today's parcels in
// flight for DHL, UPS, FedEx, USPS, DPD and GLS on lanes within and between DE, AT, NL, FR, PL
// and US. The file is built beside the target and renamed into place only when complete, so an
// interrupted run never leaves a half-written database behind.
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::DemoDataGenerator)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    static Result<DemoSeedSummary> seed(const QString &path, const DemoSeedOptions &options,
        const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
};

} // namespace ParcelDesk
