#include "status.h"

#include <array>
#include <iterator>

namespace ParcelDesk {

namespace {

using enum StatusTag;
using R = Relevance;

constexpr std::array<const char16_t *, statusTagCount> tagNames = {
    u"Pending",
    u"InfoReceived",
    u"InTransit",
    u"OutForDelivery",
    u"AttemptFail",
    u"Delivered",
    u"AvailableForPickup",
    u"Exception",
    u"Expired",
};

// Order must follow enum SubStatus; a static_assert below checks the count, a test checks order.
constexpr SubStatusInfo subStatuses[] = {
    {SubStatus::Pending, Pending, u"Pending", u"Pending_001", R::Noise},
    {SubStatus::LabelCreated, InfoReceived, u"LabelCreated", u"InfoReceived_001", R::Milestone},
    {SubStatus::InTransit, InTransit, u"InTransit", u"InTransit_001", R::Noise},
    {SubStatus::AcceptanceScan, InTransit, u"AcceptanceScan", u"InTransit_002", R::Milestone},
    {SubStatus::ArrivalScan, InTransit, u"ArrivalScan", u"InTransit_003", R::Noise},
    {SubStatus::DepartureScan, InTransit, u"DepartureScan", u"InTransit_007", R::Noise},
    {SubStatus::ArrivedInDestinationCountry, InTransit, u"ArrivedInDestinationCountry",
        u"InTransit_004", R::Milestone},
    {SubStatus::CustomsClearance, InTransit, u"CustomsClearance", u"InTransit_006", R::Noise},
    {SubStatus::CustomsCleared, InTransit, u"CustomsCleared", u"InTransit_005", R::Noise},
    {SubStatus::CustomsHold, InTransit, u"CustomsHold", u"", R::Milestone},
    {SubStatus::ProblemResolved, InTransit, u"ProblemResolved", u"InTransit_008", R::Milestone},
    {SubStatus::Forwarded, InTransit, u"Forwarded", u"InTransit_009", R::Milestone},
    {SubStatus::OutForDelivery, OutForDelivery, u"OutForDelivery", u"OutForDelivery_001",
        R::Milestone},
    {SubStatus::CustomerContacted, OutForDelivery, u"CustomerContacted", u"OutForDelivery_003",
        R::Noise},
    {SubStatus::AppointmentScheduled, OutForDelivery, u"AppointmentScheduled",
        u"OutForDelivery_004", R::Milestone},
    {SubStatus::FailedAttempt, AttemptFail, u"FailedAttempt", u"AttemptFail_001", R::Milestone},
    {SubStatus::RecipientNotAvailable, AttemptFail, u"RecipientNotAvailable", u"AttemptFail_002",
        R::Milestone},
    {SubStatus::BusinessClosed, AttemptFail, u"BusinessClosed", u"AttemptFail_003", R::Milestone},
    {SubStatus::Delivered, Delivered, u"Delivered", u"Delivered_001", R::Milestone},
    {SubStatus::PickedUp, Delivered, u"PickedUp", u"Delivered_002", R::Milestone},
    {SubStatus::Signed, Delivered, u"Signed", u"Delivered_003", R::Milestone},
    {SubStatus::CashOnDelivery, Delivered, u"CashOnDelivery", u"Delivered_004", R::Milestone},
    {SubStatus::DeliveredToNeighbour, Delivered, u"DeliveredToNeighbour", u"Delivered_005",
        R::Milestone},
    {SubStatus::DeliveredToLocker, Delivered, u"DeliveredToLocker", u"", R::Milestone},
    {SubStatus::AvailableForPickup, AvailableForPickup, u"AvailableForPickup",
        u"AvailableForPickup_001", R::Milestone},
    {SubStatus::Exception, Exception, u"Exception", u"Exception_001", R::Milestone},
    {SubStatus::CustomerMoved, Exception, u"CustomerMoved", u"Exception_002", R::Milestone},
    {SubStatus::Refused, Exception, u"Refused", u"Exception_003", R::Milestone},
    {SubStatus::CustomsDelay, Exception, u"CustomsDelay", u"Exception_004", R::Milestone},
    {SubStatus::ExternalDelay, Exception, u"ExternalDelay", u"Exception_005", R::Milestone},
    {SubStatus::HeldForPayment, Exception, u"HeldForPayment", u"Exception_006", R::Milestone},
    {SubStatus::AddressIssue, Exception, u"AddressIssue", u"Exception_007", R::Milestone},
    {SubStatus::PickupMissed, Exception, u"PickupMissed", u"Exception_008", R::Milestone},
    {SubStatus::RejectedByCarrier, Exception, u"RejectedByCarrier", u"Exception_009", R::Milestone},
    {SubStatus::ReturnToSender, Exception, u"ReturnToSender", u"Exception_010", R::Milestone},
    {SubStatus::ReturnedToSender, Exception, u"ReturnedToSender", u"Exception_011", R::Milestone},
    {SubStatus::Damaged, Exception, u"Damaged", u"Exception_012", R::Milestone},
    {SubStatus::Lost, Exception, u"Lost", u"Exception_013", R::Milestone},
    {SubStatus::ProcessingDelay, Exception, u"ProcessingDelay", u"Exception_016", R::Milestone},
    {SubStatus::WeatherDelay, Exception, u"WeatherDelay", u"Exception_017", R::Milestone},
    {SubStatus::MissingDocuments, Exception, u"MissingDocuments", u"Exception_018", R::Milestone},
    {SubStatus::Expired, Expired, u"Expired", u"Expired_001", R::Milestone},
};
static_assert(std::size(subStatuses) == static_cast<size_t>(SubStatus::Expired) + 1,
    "subStatuses must list every SubStatus");

} // namespace

QString tagToString(StatusTag tag)
{
    return QString::fromUtf16(tagNames[static_cast<size_t>(tag)]);
}

QStringView tagName(StatusTag tag)
{
    return QStringView(tagNames[static_cast<size_t>(tag)]);
}

QStringView subStatusName(SubStatus sub)
{
    return QStringView(subStatusInfo(sub).key);
}

std::optional<StatusTag> tagFromString(QStringView text)
{
    for (size_t i = 0; i < tagNames.size(); ++i) {
        if (text == QStringView(tagNames[i]))
            return static_cast<StatusTag>(i);
    }
    return std::nullopt;
}

const SubStatusInfo &subStatusInfo(SubStatus sub)
{
    return subStatuses[static_cast<size_t>(sub)];
}

const SubStatusInfo *subStatusTable(qsizetype *count)
{
    *count = static_cast<qsizetype>(std::size(subStatuses));
    return subStatuses;
}

QString subStatusKey(SubStatus sub)
{
    return QString::fromUtf16(subStatusInfo(sub).key);
}

std::optional<SubStatus> subStatusFromKey(QStringView key)
{
    for (const SubStatusInfo &info : subStatuses) {
        if (key == QStringView(info.key))
            return info.sub;
    }
    return std::nullopt;
}

StatusTag subStatusTag(SubStatus sub)
{
    return subStatusInfo(sub).tag;
}

SubStatus genericSubStatus(StatusTag tag)
{
    switch (tag) {
    case Pending:
        return SubStatus::Pending;
    case InfoReceived:
        return SubStatus::LabelCreated;
    case InTransit:
        return SubStatus::InTransit;
    case OutForDelivery:
        return SubStatus::OutForDelivery;
    case AttemptFail:
        return SubStatus::FailedAttempt;
    case Delivered:
        return SubStatus::Delivered;
    case AvailableForPickup:
        return SubStatus::AvailableForPickup;
    case Exception:
        return SubStatus::Exception;
    case Expired:
        return SubStatus::Expired;
    }
    return SubStatus::Pending;
}

Status::Status(StatusTag tag)
    : m_tag(tag)
    , m_sub(genericSubStatus(tag))
{ }

std::optional<Status> Status::make(StatusTag tag, SubStatus sub)
{
    if (subStatusTag(sub) != tag)
        return std::nullopt;
    Status s;
    s.m_tag = tag;
    s.m_sub = sub;
    return s;
}

Status Status::of(SubStatus sub)
{
    Status s;
    s.m_tag = subStatusTag(sub);
    s.m_sub = sub;
    return s;
}

Status Status::fromColumns(QStringView tag, QStringView subStatus)
{
    const StatusTag t = tagFromString(tag).value_or(StatusTag::Pending);
    const SubStatus sub = subStatusFromKey(subStatus).value_or(genericSubStatus(t));
    return make(t, sub).value_or(Status(t));
}

Relevance Status::defaultRelevance() const
{
    return subStatusInfo(m_sub).relevance;
}

QString Status::toString() const
{
    return tagToString(m_tag) + u'/' + subStatusKey(m_sub);
}

std::optional<Status> Status::fromString(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0) {
        const auto tag = tagFromString(text);
        if (!tag)
            return std::nullopt;
        return Status(*tag);
    }
    const auto tag = tagFromString(text.left(slash));
    const auto sub = subStatusFromKey(text.mid(slash + 1));
    if (!tag || !sub)
        return std::nullopt;
    return make(*tag, *sub);
}

bool Status::isTerminal() const
{
    switch (m_tag) {
    case Delivered:
    case Expired:
        return true;
    case Exception:
        return m_sub == SubStatus::ReturnedToSender || m_sub == SubStatus::Lost;
    default:
        return false;
    }
}

bool Status::isPreTransit() const
{
    return m_tag == Pending || m_tag == InfoReceived;
}

bool Status::supersedes(Status current, qint64 currentAtMs, Status incoming, qint64 incomingAtMs)
{
    if (incoming.isPreTransit() && !current.isPreTransit())
        return false;
    if (current.isTerminal())
        return incomingAtMs > currentAtMs;
    return incomingAtMs >= currentAtMs;
}

Status Status::resolve(Status current, qint64 currentAtMs, Status incoming, qint64 incomingAtMs)
{
    return supersedes(current, currentAtMs, incoming, incomingAtMs) ? incoming : current;
}

} // namespace ParcelDesk
