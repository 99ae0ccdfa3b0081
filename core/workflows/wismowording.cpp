#include "wismowording.h"

#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"
#include "rules/expecteddelivery.h"

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

// The newest milestone the carrier reported, if any.
const ShipmentDetail::Event *lastMilestone(const ShipmentDetail &d)
{
    for (qsizetype i = d.events.size() - 1; i >= 0; --i) {
        if (d.events[i].milestone && !d.events[i].unmapped)
            return &d.events[i];
    }
    return d.events.isEmpty() ? nullptr : &d.events.back();
}

} // namespace

void predictDeliveries(WismoAnswer &answer, const TransitModel &model)
{
    for (WismoAnswer::Parcel &p : answer.parcels)
        p.expected = expectedDelivery(model, p.detail);
}

QString WismoWording::carrierName(const QString &carrier)
{
    if (const CarrierAdapter *adapter = carrierAdapter(carrier))
        return adapter->displayName();
    return carrier.toUpper();
}

QString WismoWording::milestone(const CustomerText &t, const Status &status)
{
    switch (status.subStatus()) {
    case SubStatus::AcceptanceScan:
        return t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Handed to the carrier"));
    case SubStatus::ArrivedInDestinationCountry:
        return t.text(
            QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Arrived in the destination country"));
    case SubStatus::CustomsClearance:
    case SubStatus::CustomsHold:
    case SubStatus::CustomsDelay:
    case SubStatus::MissingDocuments:
        return t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "In customs"));
    case SubStatus::CustomsCleared:
        return t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Cleared customs"));
    case SubStatus::DeliveredToNeighbour:
        return t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Delivered to a neighbour"));
    case SubStatus::DeliveredToLocker:
        return t.text(
            QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Delivered to a parcel locker"));
    case SubStatus::PickedUp:
        return t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Picked up"));
    case SubStatus::Damaged:
        return t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Damaged"));
    case SubStatus::Lost:
        return t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Lost"));
    case SubStatus::ReturnToSender:
    case SubStatus::ReturnedToSender:
        return t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Returning to the sender"));
    case SubStatus::AddressIssue:
    case SubStatus::CustomerMoved:
        return t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Problem with the address"));
    case SubStatus::Refused:
        return t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Refused"));
    case SubStatus::ExternalDelay:
    case SubStatus::WeatherDelay:
    case SubStatus::ProcessingDelay:
        return t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Delayed"));
    default:
        break;
    }
    switch (status.tag()) {
    case StatusTag::Pending:
    case StatusTag::InfoReceived:
        return t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Label created"));
    case StatusTag::InTransit:
        return t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "On its way"));
    case StatusTag::OutForDelivery:
        return t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Out for delivery"));
    case StatusTag::AttemptFail:
        return t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Delivery attempt failed"));
    case StatusTag::Delivered:
        return t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Delivered"));
    case StatusTag::AvailableForPickup:
        return t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Ready for pickup"));
    case StatusTag::Exception:
        return t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Delivery problem"));
    case StatusTag::Expired:
        return t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "No news"));
    }
    return {};
}

QString WismoWording::parcelSentence(
    const CustomerText &t, const WismoAnswer::Parcel &parcel, const QString &timeZone)
{
    const ShipmentDetail &d = parcel.detail;
    const ShipmentListRow &r = d.facts;
    const QString carrier = carrierName(r.carrier);
    const ShipmentDetail::Event *last = lastMilestone(d);
    const QString lastAt = last ? t.moment(last->atMs, timeZone) : QString();
    const QString place = last ? last->location : QString();
    QStringList sentences;
    const auto say = [&](const char *source) { return t.text(source); };

    // A return travels the other way: it is the customer's parcel coming back to us.
    if (r.direction == u"return") {
        if (r.deliveredAtMs)
            return say(QT_TRANSLATE_NOOP(
                           "ParcelDesk::CustomerText", "Your return reached us on %1; thank you."))
                .arg(t.moment(*r.deliveredAtMs, timeZone));
        if (r.status.tag() == StatusTag::Pending || r.status.tag() == StatusTag::InfoReceived)
            return say(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
                           "Your return label is ready; please hand the parcel to %1."))
                .arg(carrier);
        return say(QT_TRANSLATE_NOOP(
                       "ParcelDesk::CustomerText", "Your return is on its way to us with %1."))
            .arg(carrier);
    }

    switch (r.status.tag()) {
    case StatusTag::Pending:
    case StatusTag::InfoReceived:
        sentences << say(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
                             "Your parcel is packed and waiting for %1 to collect it."))
                         .arg(carrier);
        break;
    case StatusTag::InTransit:
        if (r.status.subStatus() == SubStatus::CustomsClearance
            || r.status.subStatus() == SubStatus::CustomsHold) {
            sentences << say(QT_TRANSLATE_NOOP(
                "ParcelDesk::CustomerText", "Your parcel is being cleared through customs."));
        } else {
            sentences << say(
                QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Your parcel is on its way with %1."))
                             .arg(carrier);
        }
        if (!place.isEmpty())
            sentences << say(
                QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "It was last scanned in %1 on %2."))
                             .arg(place, lastAt);
        break;
    case StatusTag::OutForDelivery:
        sentences << say(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
                             "Your parcel is out for delivery with %1."))
                         .arg(carrier);
        break;
    case StatusTag::AttemptFail:
        sentences << say(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
                             "%1 tried to deliver your parcel on %2 but could not hand it over."))
                         .arg(carrier, lastAt);
        sentences << say(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
            "It will usually try again on the next working day or leave a notice saying where "
            "to collect it."));
        break;
    case StatusTag::AvailableForPickup:
        sentences << (place.isEmpty() ? say(QT_TRANSLATE_NOOP(
                          "ParcelDesk::CustomerText", "Your parcel is ready for you to pick up."))
                                      : say(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
                                                "Your parcel is ready for you to pick up "
                                                "in %1."))
                                            .arg(place));
        sentences << say(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
            "Please bring the notice or an ID; the carrier keeps it for a limited time only."));
        break;
    case StatusTag::Delivered: {
        const QString at = r.deliveredAtMs ? t.moment(*r.deliveredAtMs, timeZone) : lastAt;
        switch (r.status.subStatus()) {
        case SubStatus::DeliveredToNeighbour:
            sentences << say(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
                                 "%1 delivered your parcel to a neighbour on %2."))
                             .arg(carrier, at);
            break;
        case SubStatus::DeliveredToLocker:
            sentences << say(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
                                 "%1 delivered your parcel to a parcel locker on %2."))
                             .arg(carrier, at);
            break;
        case SubStatus::PickedUp:
            sentences << say(
                QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "The parcel was picked up on %1."))
                             .arg(at);
            break;
        default:
            sentences << say(
                QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "%1 delivered your parcel on %2."))
                             .arg(carrier, at);
        }
        if (!place.isEmpty() && r.status.subStatus() != SubStatus::PickedUp)
            sentences << say(
                QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Place of delivery: %1."))
                             .arg(place);
        break;
    }
    case StatusTag::Exception:
        switch (r.status.subStatus()) {
        case SubStatus::Damaged:
            sentences << say(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
                                 "Your parcel was damaged on its way. We are sorry; we have "
                                 "reported it to %1 and will contact you about a replacement "
                                 "or a refund."))
                             .arg(carrier);
            break;
        case SubStatus::Lost:
            sentences << say(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
                                 "%1 has lost track of your parcel. We are sorry; we are looking "
                                 "into it and will contact you about a replacement or a refund."))
                             .arg(carrier);
            break;
        case SubStatus::ReturnToSender:
        case SubStatus::ReturnedToSender:
        case SubStatus::Refused:
            sentences << say(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
                                 "%1 could not deliver your parcel and is sending it back to us. "
                                 "We will contact you about sending it again or a refund."))
                             .arg(carrier);
            break;
        case SubStatus::AddressIssue:
        case SubStatus::CustomerMoved:
            sentences << say(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
                                 "%1 could not deliver your parcel because of a problem with the "
                                 "address. Could you please confirm your address with us?"))
                             .arg(carrier);
            break;
        case SubStatus::CustomsDelay:
        case SubStatus::HeldForPayment:
        case SubStatus::MissingDocuments:
            sentences << say(QT_TRANSLATE_NOOP(
                "ParcelDesk::CustomerText", "Your parcel is held in customs; we are on it."));
            break;
        case SubStatus::ExternalDelay:
        case SubStatus::WeatherDelay:
        case SubStatus::ProcessingDelay:
            sentences << say(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
                                 "Your parcel is delayed on its way with %1."))
                             .arg(carrier);
            break;
        default:
            sentences << say(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
                                 "%1 reports a problem with the delivery of your parcel; we are "
                                 "looking into it."))
                             .arg(carrier);
        }
        break;
    case StatusTag::Expired:
        sentences << say(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
                             "%1 has not reported on your parcel for a long time; we are looking "
                             "into it."))
                         .arg(carrier);
        break;
    }

    // When it comes, for parcels still on their way.
    if (!r.deliveredAtMs && !comesBack(r.status)
        && r.status.tag() != StatusTag::AvailableForPickup) {
        if (r.late)
            sentences << say(QT_TRANSLATE_NOOP(
                "ParcelDesk::CustomerText", "We are sorry that it is later than we promised."));
        if (r.status.tag() == StatusTag::OutForDelivery) {
            sentences << say(
                QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "You can expect it today."));
        } else if (parcel.expected) {
            const TransitPrediction &p = *parcel.expected;
            const QString likely = t.day(p.mostLikelyMs);
            if (likely == t.day(p.p90Ms))
                sentences << say(
                    QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "We expect it on %1."))
                                 .arg(likely);
            else
                sentences << say(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
                                     "We expect it on %1, or by %2 at the latest."))
                                 .arg(likely, t.day(p.p90Ms));
        } else if (r.promisedAtMs && !r.late) {
            sentences << say(
                QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "It should arrive by %1."))
                             .arg(t.day(*r.promisedAtMs));
        }
    }
    return sentences.join(u' ');
}

QString WismoWording::subject(const CustomerText &t, const WismoAnswer &a)
{
    const QString status
        = a.parcels.isEmpty() ? QString() : milestone(t, a.parcels.front().detail.facts.status);
    if (a.orderId > 0)
        return t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Your order %1: %2"))
            .arg(a.orderNumber, status);
    return t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Your parcel: %1")).arg(status);
}

QString WismoWording::reply(const CustomerText &t, const WismoAnswer &a)
{
    const QString zone = a.customer ? a.customer->timeZone : QString();
    QStringList paragraphs;
    paragraphs << (a.customer && !a.customer->name.isEmpty()
            ? t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Dear %1,"))
                  .arg(a.customer->name)
            : t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Hello,")));
    if (a.orderId > 0)
        paragraphs << t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
                                 "Thank you for asking about your order %1."))
                          .arg(a.orderNumber);
    else
        paragraphs << t.text(QT_TRANSLATE_NOOP(
            "ParcelDesk::CustomerText", "Thank you for asking about your parcel."));
    if (a.parcels.isEmpty()) {
        paragraphs << t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
            "Your order has not been shipped yet; we will send you the tracking number as soon "
            "as it is on its way."));
    }
    const int count = a.outboundParcels();
    int i = 0;
    for (const WismoAnswer::Parcel &p : a.parcels) {
        const QString tracking = p.detail.facts.trackingNumber;
        const QString carrier = carrierName(p.detail.facts.carrier);
        QString lead;
        if (p.detail.facts.direction == u"return")
            lead = t.text(QT_TRANSLATE_NOOP(
                              "ParcelDesk::CustomerText", "Your return, tracking number %1 (%2):"))
                       .arg(tracking, carrier);
        else if (count == 1)
            lead = t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Tracking number %1 (%2):"))
                       .arg(tracking, carrier);
        else
            lead = t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
                              "Parcel %1 of %2, tracking number %3 (%4):"))
                       .arg(QString::number(++i), QString::number(count), tracking, carrier);
        paragraphs << lead + u' ' + WismoWording::parcelSentence(t, p, zone);
    }
    paragraphs << t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
        "If you have any other questions, just reply to this message.\n\nKind "
        "regards\nYour customer service"));
    return paragraphs.join(u"\n\n"_s);
}

} // namespace ParcelDesk
