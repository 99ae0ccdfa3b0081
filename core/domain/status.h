#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

namespace ParcelDesk {

// The nine tags of the industry's normalized tracking model (AfterShip uses the same set).
enum class StatusTag : quint8 {
    Pending,
    InfoReceived,
    InTransit,
    OutForDelivery,
    AttemptFail,
    Delivered,
    AvailableForPickup,
    Exception,
    Expired,
};

// Sub-statuses refine a tag. Each belongs to exactly one tag (see subStatusTag()).
enum class SubStatus : quint8 {
    Pending,
    LabelCreated,
    InTransit,
    AcceptanceScan,
    ArrivalScan,
    DepartureScan,
    ArrivedInDestinationCountry,
    CustomsClearance,
    CustomsCleared,
    CustomsHold,
    ProblemResolved,
    Forwarded,
    OutForDelivery,
    CustomerContacted,
    AppointmentScheduled,
    FailedAttempt,
    RecipientNotAvailable,
    BusinessClosed,
    Delivered,
    PickedUp,
    Signed,
    CashOnDelivery,
    DeliveredToNeighbour,
    DeliveredToLocker,
    AvailableForPickup,
    Exception,
    CustomerMoved,
    Refused,
    CustomsDelay,
    ExternalDelay,
    HeldForPayment,
    AddressIssue,
    PickupMissed,
    RejectedByCarrier,
    ReturnToSender,
    ReturnedToSender,
    Damaged,
    Lost,
    ProcessingDelay,
    WeatherDelay,
    MissingDocuments,
    Expired,
};

// Customers and agents see milestones; logistics sees noise too.
enum class Relevance : quint8 {
    Milestone,
    Noise,
};

struct SubStatusInfo
{
    SubStatus sub;
    StatusTag tag;
    const char16_t *key; // our stable name, stored in the database: "Damaged"
    const char16_t *aftership; // the industry code it corresponds to, or empty
    Relevance relevance; // the default relevance of an event with this sub-status
};

class Status
{
public:
    constexpr Status() = default;
    // A tag alone carries its generic sub-status (InTransit → InTransit/InTransit).
    explicit Status(StatusTag tag);
    // Returns a Status only when sub belongs to tag.
    static std::optional<Status> make(StatusTag tag, SubStatus sub);
    static Status of(SubStatus sub);

    StatusTag tag() const { return m_tag; }
    SubStatus subStatus() const { return m_sub; }
    Relevance defaultRelevance() const;

    // "Exception/Damaged". fromString accepts exactly what toString produces, or a bare tag.
    QString toString() const;
    static std::optional<Status> fromString(QStringView text);
    // From the database's two columns, leniently: an unknown sub-status falls back to the tag's
    // generic one, an unknown tag to Pending, so a row written by a newer version still reads.
    static Status fromColumns(QStringView tag, QStringView subStatus);

    // Delivered, Expired, returned to sender and lost end tracking: nothing more will happen.
    bool isTerminal() const;
    // InfoReceived and Pending only say a label exists; they never move a parcel backwards.
    bool isPreTransit() const;

    // Whether an event's status replaces the shipment's: a newer event wins, a terminal status is
    // only replaced by a strictly newer event, and a pre-transit event never undoes progress.
    static bool supersedes(
        Status current, qint64 currentAtMs, Status incoming, qint64 incomingAtMs);
    // The shipment's status after the event, by supersedes().
    static Status resolve(Status current, qint64 currentAtMs, Status incoming, qint64 incomingAtMs);

    friend bool operator==(Status a, Status b) { return a.m_tag == b.m_tag && a.m_sub == b.m_sub; }

private:
    StatusTag m_tag = StatusTag::Pending;
    SubStatus m_sub = SubStatus::Pending;
};

QString tagToString(StatusTag tag);
// The same names as views of static text, for hot paths that must not allocate.
QStringView tagName(StatusTag tag);
QStringView subStatusName(SubStatus sub);
std::optional<StatusTag> tagFromString(QStringView text);
QString subStatusKey(SubStatus sub);
std::optional<SubStatus> subStatusFromKey(QStringView key);
StatusTag subStatusTag(SubStatus sub);
// The generic sub-status of a tag: InTransit → SubStatus::InTransit.
SubStatus genericSubStatus(StatusTag tag);
const SubStatusInfo &subStatusInfo(SubStatus sub);
// Every sub-status in declaration order, for tables and tests.
const SubStatusInfo *subStatusTable(qsizetype *count);
constexpr int statusTagCount = 9;

} // namespace ParcelDesk

Q_DECLARE_METATYPE(ParcelDesk::Status)
