#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ParcelDesk::Sandbox {

// Faults the sandbox injects, per carrier: "dhl:429=30@0.2,gls:5xx@0.1,*:slow=2000".
// Each item is CARRIER:FAULT[=VALUE][@PROBABILITY]; CARRIER is a carrier id or * for all.
//   429[=seconds]      Too Many Requests with Retry-After (default 30 s)
//   quota=N            N calls a day, then the carrier's quota-exhausted answer
//   5xx                503 Service Unavailable
//   slow=ms            answers after a delay
//   timeout            answers only after 120 s, longer than any client waits
//   malformed          a truncated body
//   token-expiry=s     tokens live s seconds (OAuth2 carriers)
struct Fault
{
    enum class Kind { TooManyRequests, Quota, ServerError, Slow, Timeout, Malformed, TokenExpiry };
    QString carrier; // "*" for every carrier
    Kind kind;
    int value = 0;
    double probability = 1.0;
};

class FaultSpec
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::Sandbox::FaultSpec)

public:
    static Result<QList<Fault>> parse(QStringView spec);
};

} // namespace ParcelDesk::Sandbox
