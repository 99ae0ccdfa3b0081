#pragma once

#include <QList>
#include <QString>

namespace ParcelDesk {

// One carrier a pasted number can belong to.
struct TrackingNumberCandidate
{
    QString carrier; // carrier id ("ups", "dhl", ...); empty for a postal item of a
                     // country whose post we do not track
    QString format; // what kind of number it is: "UPS 1Z", "UPU S10 (DE)", ...
    bool checkDigitVerified; // false where the format has no check digit (DPD, 14 digits)
};

struct TrackingNumberRecognition
{
    QString normalized; // spaces, dashes and dots removed, upper case
    QList<TrackingNumberCandidate> candidates; // every carrier it can be; empty if none
};

// Spaces, dashes, dots and slashes removed, upper case: "1z 999-aa1 0123456784" →
// "1Z999AA10123456784".
QString normalizeTrackingNumber(QStringView input);

// Which carrier(s) a number can be, validated by each format's check digit where the format
// defines one (UPS 1Z, UPU S10, FedEx, USPS IMpb, DHL, GLS, DPD, Canada Post). A number that
// fits several formats lists every candidate.
TrackingNumberRecognition recognizeTrackingNumber(QStringView input);

namespace CheckDigits {
bool ups1Z(QStringView n); // 18 characters starting with 1Z
bool upuS10(QStringView n); // AA123456789CC
bool gs1Mod10(QStringView digits); // weights 3,1 from the right: SSCC, IMpb, GLS, FedEx Ground
bool fedex12(QStringView digits); // weights 1,3,7 from the right, mod 11
bool dhlPaket12(QStringView digits); // weights 4,9 from the left, mod 10
bool dhlExpress10(QStringView digits); // first nine digits mod 7
bool iso7064Mod3736(QStringView n); // DPD's 14-digit number with its check character
} // namespace CheckDigits

} // namespace ParcelDesk
