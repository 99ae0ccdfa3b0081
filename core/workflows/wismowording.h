#pragma once

#include "i18n/customertext.h"
#include "store/wismoanswerquery.h"

#include <QString>

namespace ParcelDesk {

class TransitModel;

// Fills each parcel's expected delivery from a learned model.
void predictDeliveries(WismoAnswer &answer, const TransitModel &model);

// The answer in words for the customer, in the customer's language.
class WismoWording
{
public:
    // Where the parcel is and what happens next, in one or two sentences.
    static QString parcelSentence(
        const CustomerText &text, const WismoAnswer::Parcel &parcel, const QString &timeZone);
    // A milestone of the timeline: "Out for delivery", "Zugestellt".
    static QString milestone(const CustomerText &text, const Status &status);
    // The e-mail or message an agent can send or read out: greeting, every parcel, closing.
    static QString reply(const CustomerText &text, const WismoAnswer &answer);
    // The subject of that message: "Your order PD-01000001: out for delivery".
    static QString subject(const CustomerText &text, const WismoAnswer &answer);
    // The carrier's name as customers know it ("DHL", "FedEx").
    static QString carrierName(const QString &carrier);
};

} // namespace ParcelDesk
