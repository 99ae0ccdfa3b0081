#include "statustext.h"

namespace ParcelDesk {

QString StatusText::tag(StatusTag tag)
{
    switch (tag) {
    case StatusTag::Pending:
        return tr("Pending");
    case StatusTag::InfoReceived:
        return tr("Label created");
    case StatusTag::InTransit:
        return tr("In transit");
    case StatusTag::OutForDelivery:
        return tr("Out for delivery");
    case StatusTag::AttemptFail:
        return tr("Delivery attempt failed");
    case StatusTag::Delivered:
        return tr("Delivered");
    case StatusTag::AvailableForPickup:
        return tr("Ready for pickup");
    case StatusTag::Exception:
        return tr("Exception");
    case StatusTag::Expired:
        return tr("Tracking expired");
    }
    return {};
}

QString StatusText::subStatus(SubStatus sub)
{
    switch (sub) {
    case SubStatus::Pending:
        return tr("No information yet");
    case SubStatus::LabelCreated:
        return tr("Label created");
    case SubStatus::InTransit:
        return tr("On its way");
    case SubStatus::AcceptanceScan:
        return tr("Handed to the carrier");
    case SubStatus::ArrivalScan:
        return tr("Arrived at a facility");
    case SubStatus::DepartureScan:
        return tr("Left a facility");
    case SubStatus::ArrivedInDestinationCountry:
        return tr("Arrived in the destination country");
    case SubStatus::CustomsClearance:
        return tr("In customs clearance");
    case SubStatus::CustomsCleared:
        return tr("Cleared customs");
    case SubStatus::CustomsHold:
        return tr("Held by customs");
    case SubStatus::ProblemResolved:
        return tr("Problem resolved, moving again");
    case SubStatus::Forwarded:
        return tr("Forwarded");
    case SubStatus::OutForDelivery:
        return tr("Out for delivery");
    case SubStatus::CustomerContacted:
        return tr("Recipient contacted");
    case SubStatus::AppointmentScheduled:
        return tr("Delivery appointment made");
    case SubStatus::FailedAttempt:
        return tr("Delivery attempt failed");
    case SubStatus::RecipientNotAvailable:
        return tr("Recipient not at home");
    case SubStatus::BusinessClosed:
        return tr("Business closed");
    case SubStatus::Delivered:
        return tr("Delivered");
    case SubStatus::PickedUp:
        return tr("Picked up by the recipient");
    case SubStatus::Signed:
        return tr("Delivered, signed for");
    case SubStatus::CashOnDelivery:
        return tr("Delivered, cash collected");
    case SubStatus::DeliveredToNeighbour:
        return tr("Delivered to a neighbour");
    case SubStatus::DeliveredToLocker:
        return tr("Delivered to a locker");
    case SubStatus::AvailableForPickup:
        return tr("Ready for pickup");
    case SubStatus::Exception:
        return tr("Exception");
    case SubStatus::CustomerMoved:
        return tr("Recipient has moved");
    case SubStatus::Refused:
        return tr("Refused by the recipient");
    case SubStatus::CustomsDelay:
        return tr("Delayed in customs");
    case SubStatus::ExternalDelay:
        return tr("Delayed by outside events");
    case SubStatus::HeldForPayment:
        return tr("Held until paid");
    case SubStatus::AddressIssue:
        return tr("Address problem");
    case SubStatus::PickupMissed:
        return tr("Not collected from the pickup point");
    case SubStatus::RejectedByCarrier:
        return tr("Rejected by the carrier");
    case SubStatus::ReturnToSender:
        return tr("Going back to the sender");
    case SubStatus::ReturnedToSender:
        return tr("Back at the sender");
    case SubStatus::Damaged:
        return tr("Damaged");
    case SubStatus::Lost:
        return tr("Lost");
    case SubStatus::ProcessingDelay:
        return tr("Delayed in processing");
    case SubStatus::WeatherDelay:
        return tr("Delayed by weather");
    case SubStatus::MissingDocuments:
        return tr("Documents missing");
    case SubStatus::Expired:
        return tr("Tracking expired");
    }
    return {};
}

QString StatusText::full(const Status &status)
{
    const QString tagText = tag(status.tag());
    const QString subText = subStatus(status.subStatus());
    if (subText == tagText || status.subStatus() == Status(status.tag()).subStatus())
        return tagText;
    //: A status and its detail: "In transit · Arrived at a facility"
    return tr("%1 · %2").arg(tagText, subText);
}

} // namespace ParcelDesk
