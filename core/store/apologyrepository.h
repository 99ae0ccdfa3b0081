#pragma once

#include "database.h"
#include "domain/message.h"
#include "domain/result.h"
#include "rules/apologyrules.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QTime>

#include <optional>

namespace ParcelDesk {

// The guardrails' settings (table settings, keys apology.*).
struct ApologySettings
{
    int capPerDay = 1; // proactive messages to one customer within 24 h, all orders and channels
    int capPerWeek = 3; // … within 7 days
    QTime quietStart {21, 0}; // no message between these, in the customer's time zone
    QTime quietEnd {8, 0};
    QString shopName; // signs the messages (settings key shop.name)
};

// An open problem case on a parcel on its way to a customer whose current status has not been
// told yet: what an apology could be about.
struct CandidateParcel
{
    qint64 caseId = 0;
    QString caseKind;
    qint64 caseOpenedAtMs = 0;
    qint64 shipmentId = 0;
    qint64 orderId = 0;
    QString orderNumber;
    QString carrier;
    QString trackingNumber;
    QString status; // "InTransit/Delayed": the status a message would tell
    std::optional<qint64> promisedAtMs;
};

struct CandidateCustomer
{
    qint64 id = 0;
    QString name;
    QString email;
    QString phone;
    QString language;
    QString timeZone;
    QString country;
    QList<CandidateParcel> parcels; // one per parcel, its most urgent case
    QHash<int, int> problemsWithin; // window in days → parcels with a case opened within it
};

// What the Apologies page's header shows.
struct ApologyFigures
{
    int awaitingApproval = 0;
    int queued = 0; // approved, waiting for the outbox (or for the morning)
    int sentThisMonth = 0;
    int deadLetters = 0;
    QMap<QString, int> suppressedByReason; // the last 30 days
    // The effect: WISMO contacts per 100 late parcels of the last 90 days, with and without a
    // proactive message sent about them.
    int lateTold = 0;
    int lateNotTold = 0;
    int contactsTold = 0;
    int contactsNotTold = 0;
};

// A message as the Apologies page lists it.
struct ApologyMessageRow
{
    Message message;
    QString customerName;
    QString orderNumbers; // "PD-01000042, PD-01000077"
    int parcels = 0;
    QString voucherCode;
    qint64 voucherValueCents = 0;
};

// The apology workflow's tables on the calling thread's connection: rules, settings,
// candidates, figures.
class ApologyRepository
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ApologyRepository)

public:
    explicit ApologyRepository(Database db)
        : m_db(std::move(db))
    { }

    Result<QList<ApologyRule>> rules() const;
    // Replaces every rule, checked first (ApologyRules::problem), with a line in the audit log.
    Outcome saveRules(const QList<ApologyRule> &rules, const QString &actor, qint64 nowMs);

    ApologySettings settings() const;
    Outcome saveSettings(const ApologySettings &settings, const QString &actor, qint64 nowMs);

    // Customers with parcels to tell about, with their problem counts for each window given.
    Result<QList<CandidateCustomer>> candidates(
        const QList<int> &windowsDays, qint64 nowMs, int limit = 5000) const;

    Result<ApologyFigures> figures(qint64 nowMs) const;
    // Proactive messages in one of states (all when empty), newest first.
    Result<QList<ApologyMessageRow>> messages(
        const QList<MessageState> &states, int limit = 500) const;

    // The kinds of message the apology workflow writes; the guardrails apply to these.
    static const QStringList &proactiveKinds();
    // The same as an SQL list: 'delay_notice', 'delay_apology', ...
    static const QString &proactiveKindsSql();

private:
    Database m_db;
};

} // namespace ParcelDesk
