#pragma once

#include "carriersession.h"

#include <QCoreApplication>

#include <functional>

namespace ParcelDesk {

// "Test connection" for a carrier account: one real call about one tracking number, which
// proves the address answers, the credentials are accepted and the answer reads. A carrier
// saying it does not know the number is a success: it had to accept the credentials first.
class ConnectionTest
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ConnectionTest)

public:
    struct Outcome
    {
        bool ok = false;
        QString message; // for people: what worked, or what failed and what to check
        qint64 elapsedMs = 0;
    };

    // A well-formed number for the carrier to ask about.
    static QString sampleNumber(const QString &carrier);
    // Runs the test; done is called once on the caller's thread.
    static void run(const CarrierAdapter &adapter, const QUrl &baseUrl,
        const CarrierCredentials &credentials, CarrierTransport &transport,
        std::function<void(Outcome)> done, const QString &trackingNumber = {});
    static Outcome judge(const CarrierAdapter &adapter, const ParseResult &result);
};

} // namespace ParcelDesk
