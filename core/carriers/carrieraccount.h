#pragma once

#include "carriertypes.h"

#include <QUrl>

#include <optional>

namespace ParcelDesk {

class CarrierAdapter;

// How ParcelDesk reaches one carrier: where, how fast and whether at all. The credentials are
// not here: they live in the system keychain (CredentialStore).
struct CarrierAccount
{
    QString carrier; // adapter id
    bool enabled = true;
    QUrl baseUrl; // empty: the carrier's production URL
    // Empty: what the carrier documents for a new account (CarrierAdapter::limits).
    std::optional<double> requestsPerSecond;
    std::optional<int> dailyQuota; // 0: no quota
    std::optional<int> maxNumbersPerRequest;

    // A new account for the carrier, with its documented defaults.
    static CarrierAccount forCarrier(const QString &carrier)
    {
        CarrierAccount a;
        a.carrier = carrier;
        return a;
    }

    QUrl effectiveBaseUrl(const CarrierAdapter &adapter) const;
    CarrierLimits effectiveLimits(const CarrierAdapter &adapter) const;
};

// One credential a carrier's API needs, as a person enters it.
struct CredentialField
{
    QString CarrierCredentials::*member;
    QString label; // translated
    bool secret; // shown as dots
};

// The credentials the carrier's adapter sends, in the carrier's own words.
QList<CredentialField> credentialFields(const CarrierAdapter &adapter);

} // namespace ParcelDesk
