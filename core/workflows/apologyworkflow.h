#pragma once

#include "domain/message.h"
#include "domain/result.h"
#include "rules/apologyrules.h"
#include "store/apologyrepository.h"
#include "store/consentrepository.h"
#include "store/database.h"
#include "workflows/messagetemplates.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <variant>

namespace ParcelDesk {

class TransitModel;

// A customer with parcels to tell about, and what the rules recommend.
struct ApologyCandidate
{
    struct Parcel
    {
        CandidateParcel facts;
        int daysLate = 0;
        QString rule; // the rule that matched
        ApologyAction action = ApologyAction::None;
        bool autoApprove = false;
        qint64 voucherValueCents = 0;
    };
    CandidateCustomer customer;
    QList<Parcel> parcels; // only those a rule wants told
    ApologyAction action = ApologyAction::None; // the strongest of the parcels'
    bool autoApprove = false; // every parcel's rule approves on its own
    qint64 voucherValueCents = 0;
    int daysLate = 0;
    bool trouble = false; // a parcel damaged, lost or sent back, not only late
};

// Where a guardrail stands on a message.
struct GuardrailVerdict
{
    enum class Kind : quint8 {
        Send,
        Defer, // quiet hours: not before notBeforeMs
        Suppress, // held back for good: reason (a code) and detail
    };
    Kind kind = Kind::Send;
    qint64 notBeforeMs = 0;
    QString reason;
    QString detail;
};

// The proactive apology: candidates from open problem cases, one message per customer covering
// all affected parcels, guardrails, approval. See resources/sql/011_apologies.sql.
class ApologyWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ApologyWorkflow)

public:
    // Customers to tell, with the rules' recommendation; parcels no rule wants told are left out.
    static Result<QList<ApologyCandidate>> candidates(const Database &db, qint64 nowMs);
    static QList<ApologyCandidate> recommend(
        const QList<CandidateCustomer> &customers, const QList<ApologyRule> &rules, qint64 nowMs);

    struct Options
    {
        QString actor;
        qint64 nowMs = 0;
        const TransitModel *model = nullptr; // for the expected dates in the text; may be null
        std::function<void(int done, int total)> progress; // after each customer; may be empty
        const std::atomic_bool *cancel = nullptr; // stops between customers
    };
    struct Summary
    {
        int drafts = 0; // waiting for approval
        int queued = 0; // approved by a rule, in the outbox
        int suppressed = 0;
        int alreadyTold = 0; // someone else told these parcels meanwhile
        QMap<QString, int> suppressedByReason;
        QStringList notes; // e.g. a voucher pool that ran dry
        bool cancelled = false;
    };
    // One message per candidate, each in its own transaction: suppressed with its reason when a
    // guardrail says no, queued when the rules approve it (and the voucher budget allows),
    // a draft for approval otherwise.
    static Result<Summary> createMessages(
        const Database &db, const QList<ApologyCandidate> &candidates, const Options &options);

    // A supervisor's decisions on a draft, each audited. Approving checks the guardrails again
    // (consent, cap, parcels delivered meanwhile) and queues the message, held until the end of
    // the customer's quiet hours if need be. Edits replace subject and text (and HTML).
    struct Edit
    {
        QString subject;
        QString body;
        QString htmlBody;
    };
    static Result<GuardrailVerdict> approve(const Database &db, qint64 messageId,
        const std::optional<Edit> &edit, const QString &actor, qint64 nowMs);
    static Outcome reject(const Database &db, qint64 messageId, const QString &reason,
        const QString &actor, qint64 nowMs);
    static Outcome edit(
        const Database &db, qint64 messageId, const Edit &edit, const QString &actor, qint64 nowMs);

    // The outbox asks just before sending a proactive message: consent still given, the cap
    // not reached by messages sent since, not in the customer's quiet hours.
    static GuardrailVerdict checkBeforeSend(
        const Database &db, const Message &message, qint64 nowMs);

    // The end of the quiet hours when nowMs falls in them, in the customer's time zone (or the
    // country's main one; or this computer's).
    static std::optional<qint64> quietUntil(const ApologySettings &settings,
        const QString &timeZone, const QString &country, qint64 nowMs);
    // The first channel the customer said yes to and has an address for (e-mail, then SMS, then
    // WhatsApp), or the reason there is none (no_consent, opted_out, no_address).
    static std::variant<MessageChannel, QString> channelFor(
        const QList<Consent> &consents, const QString &email, const QString &phone);

    // What a template says for this candidate, in the customer's language (for a preview: no
    // voucher code is taken, a sample stands in).
    static TemplateData previewData(const Database &db, const ApologyCandidate &candidate,
        const TransitModel *model, qint64 nowMs);
    // The same for every parcel of an order sent out, as if it were late (a template preview
    // with an order's real data); language empty: the customer's. used: the language it is in.
    static Result<TemplateData> orderPreviewData(const Database &db, qint64 orderId,
        const QString &language, const TransitModel *model, qint64 nowMs, QString *used = nullptr);

    // A suppression reason as a supervisor reads it.
    static QString reasonLabel(const QString &reason);
    // The message kind for an action: delay_notice, delay_apology, delay_apology_voucher; for
    // an apology about a parcel damaged, lost or sent back (trouble), parcel_apology and
    // parcel_apology_voucher.
    static QString kindFor(ApologyAction action, bool trouble = false);
    // Whether a problem case is about more than time: damaged, lost, sent back.
    static bool isTrouble(const QString &caseKind);
};

} // namespace ParcelDesk
