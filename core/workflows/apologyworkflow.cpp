#include "apologyworkflow.h"

#include "i18n/customertext.h"
#include "rules/expecteddelivery.h"
#include "rules/transitmodel.h"
#include "store/messagerepository.h"
#include "store/templaterepository.h"
#include "store/voucherrepository.h"
#include "store/wismoanswerquery.h"
#include "store/writetransaction.h"
#include "workflows/messagetemplates.h"
#include "workflows/wismowording.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

constexpr qint64 dayMs = 86'400'000;

// The main time zone of the countries ParcelDesk's customers live in, for a customer whose
// own zone is not known.
QTimeZone countryZone(const QString &country)
{
    static const QHash<QString, QByteArray> zones {
        {u"DE"_s, "Europe/Berlin"},
        {u"AT"_s, "Europe/Vienna"},
        {u"CH"_s, "Europe/Zurich"},
        {u"NL"_s, "Europe/Amsterdam"},
        {u"BE"_s, "Europe/Brussels"},
        {u"FR"_s, "Europe/Paris"},
        {u"IT"_s, "Europe/Rome"},
        {u"ES"_s, "Europe/Madrid"},
        {u"PL"_s, "Europe/Warsaw"},
        {u"DK"_s, "Europe/Copenhagen"},
        {u"SE"_s, "Europe/Stockholm"},
        {u"GB"_s, "Europe/London"},
        {u"IE"_s, "Europe/Dublin"},
        {u"US"_s, "America/New_York"},
        {u"CA"_s, "America/Toronto"},
        {u"AU"_s, "Australia/Sydney"},
    };
    const auto it = zones.constFind(country.toUpper());
    return it == zones.constEnd() ? QTimeZone::systemTimeZone() : QTimeZone(*it);
}

int daysLate(const std::optional<qint64> &promisedAtMs, qint64 nowMs)
{
    if (!promisedAtMs || *promisedAtMs >= nowMs)
        return 0;
    return int(QDateTime::fromMSecsSinceEpoch(*promisedAtMs, Qt::UTC)
                   .date()
                   .daysTo(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date()));
}

// Which messages count against the cap: when writing a new one, every message meant to go
// (drafts too, so two runs on one day do not write two); when approving, those queued or
// sent; when sending, only those sent or being sent.
enum class CapScope : quint8 { Writing, Approving, Sending };

// The proactive messages to the customer counting against the cap within a day and a week of
// nowMs, leaving out one message.
std::pair<int, int> capCounts(const QSqlDatabase &db, qint64 customerId, qint64 excludeId,
    CapScope scope, qint64 nowMs, QString *error)
{
    const QString states = scope == CapScope::Writing
        ? u"'draft', 'approved', 'queued', 'sending', 'sent'"_s
        : (scope == CapScope::Approving ? u"'approved', 'queued', 'sending', 'sent'"_s
                                        : u"'sending', 'sent'"_s);
    QSqlQuery q(db);
    q.prepare(u"SELECT count(*) FILTER (WHERE t >= ?), count(*) FILTER (WHERE t >= ?) FROM "
              "(SELECT coalesce(sent_at, claimed_at, created_at) AS t FROM messages "
              "WHERE customer_id = ? AND id != ? AND kind IN ("_s
        + ApologyRepository::proactiveKindsSql() + u") AND state IN ("_s + states
        + u")) AS sent"_s);
    q.addBindValue(nowMs - dayMs);
    q.addBindValue(nowMs - 7 * dayMs);
    q.addBindValue(customerId);
    q.addBindValue(excludeId);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return {0, 0};
    }
    return {q.value(0).toInt(), q.value(1).toInt()};
}

bool isCap(const QString &reason)
{
    return reason == u"cap_day" || reason == u"cap_week";
}

// A message the cap held back leaves its parcels untold: they come back as candidates once the
// cap allows, instead of never being told.
bool untell(const QSqlDatabase &db, qint64 messageId)
{
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM message_parcels WHERE message_id = ?"_s);
    q.addBindValue(messageId);
    return q.exec();
}

QString capReason(const ApologySettings &s, std::pair<int, int> counts)
{
    if (s.capPerDay > 0 && counts.first >= s.capPerDay)
        return u"cap_day"_s;
    if (s.capPerWeek > 0 && counts.second >= s.capPerWeek)
        return u"cap_week"_s;
    return {};
}

// An amount as the customer writes it: "5,00 €", "€5.00".
QString customerAmount(const QString &language, qint64 cents, const QString &currency)
{
    static const QHash<QString, QString> symbols {
        {u"EUR"_s, u"€"_s}, {u"USD"_s, u"$"_s}, {u"GBP"_s, u"£"_s}, {u"CHF"_s, u"CHF"_s}};
    return QLocale(language == u"de" ? u"de_DE"_s : u"en_IE"_s)
        .toCurrencyString(double(cents) / 100.0, symbols.value(currency, currency));
}

// The name that signs the messages.
QString signature(const ApologySettings &settings)
{
    const QString name = settings.shopName.trimmed();
    return name.isEmpty() ? ApologyWorkflow::tr("Your shop") : name;
}

bool audit(const QSqlDatabase &db, qint64 atMs, const QString &actor, const QString &action,
    qint64 messageId, const QString &detail)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
              "VALUES (?, ?, ?, 'message', ?, ?)"_s);
    q.addBindValue(atMs);
    q.addBindValue(actor);
    q.addBindValue(action);
    q.addBindValue(messageId);
    q.addBindValue(detail);
    return q.exec();
}

struct CustomerRow
{
    QString email;
    QString phone;
    QString timeZone;
    QString country;
    bool found = false;
};

CustomerRow customerRow(const QSqlDatabase &db, qint64 customerId)
{
    CustomerRow c;
    QSqlQuery q(db);
    q.prepare(u"SELECT coalesce(email, ''), coalesce(phone, ''), coalesce(time_zone, ''), "
              "coalesce(country, '') FROM customers WHERE id = ?"_s);
    q.addBindValue(customerId);
    if (q.exec() && q.next())
        c = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), true};
    return c;
}

// The customer-facing text of a template for the parcels of one message.
TemplateData templateData(const QSqlDatabase &db, const ApologyCandidate &c,
    const CustomerText &words, const QString &shop, const TransitModel *model, qint64 nowMs)
{
    TemplateData data;
    data.shop = shop;
    data.customer = c.customer.name;
    data.firstName = c.customer.name.section(u' ', 0, 0);
    data.daysLate = c.daysLate;
    QStringList orders;
    QSet<qint64> wanted;
    for (const ApologyCandidate::Parcel &p : c.parcels) {
        wanted.insert(p.facts.shipmentId);
        if (!orders.contains(p.facts.orderNumber))
            orders << p.facts.orderNumber;
    }
    data.orderNumber = orders.join(u", "_s);
    QSet<qint64> loadedOrders;
    for (const ApologyCandidate::Parcel &p : c.parcels) {
        if (loadedOrders.contains(p.facts.orderId))
            continue;
        loadedOrders.insert(p.facts.orderId);
        const auto answer = WismoAnswerQuery::load(db, p.facts.orderId, 0, 0, nowMs);
        if (!answer)
            continue;
        for (const WismoAnswer::Parcel &parcel : answer->parcels) {
            const ShipmentListRow &r = parcel.detail.facts;
            if (!wanted.contains(r.id))
                continue;
            auto expected = model ? expectedDelivery(*model, parcel.detail)
                                  : std::optional<TransitPrediction>();
            // A date already past says nothing to the customer: the parcel is later than
            // parcels like it ever were, so the text leaves the date out.
            if (expected && expected->mostLikelyMs < nowMs - dayMs)
                expected.reset();
            data.parcels.append({WismoWording::carrierName(r.carrier), r.trackingNumber,
                WismoWording::milestone(words, r.status),
                expected ? words.day(expected->mostLikelyMs) : QString(), r.late});
        }
    }
    return data;
}

} // namespace

bool ApologyWorkflow::isTrouble(const QString &caseKind)
{
    return caseKind == u"damaged" || caseKind == u"suspected_lost"
        || caseKind == u"returned_to_sender";
}

QString ApologyWorkflow::kindFor(ApologyAction action, bool trouble)
{
    switch (action) {
    case ApologyAction::Voucher:
        return trouble ? u"parcel_apology_voucher"_s : u"delay_apology_voucher"_s;
    case ApologyAction::Apologise:
        return trouble ? u"parcel_apology"_s : u"delay_apology"_s;
    case ApologyAction::None:
    case ApologyAction::Inform:
        break;
    }
    return u"delay_notice"_s;
}

TemplateData ApologyWorkflow::previewData(
    const Database &db, const ApologyCandidate &candidate, const TransitModel *model, qint64 nowMs)
{
    const ApologySettings settings = ApologyRepository(db).settings();
    const CustomerText words(
        candidate.customer.language.isEmpty() ? u"en"_s : candidate.customer.language);
    TemplateData data
        = templateData(db.connection(), candidate, words, signature(settings), model, nowMs);
    if (candidate.action == ApologyAction::Voucher) {
        data.voucherCode = u"SORRY-XXXX"_s;
        data.voucherValue = customerAmount(words.language(), candidate.voucherValueCents, u"EUR"_s);
    }
    return data;
}

Result<TemplateData> ApologyWorkflow::orderPreviewData(const Database &db, qint64 orderId,
    const QString &language, const TransitModel *model, qint64 nowMs, QString *used)
{
    const auto answer = WismoAnswerQuery::load(db.connection(), orderId, 0, 0, nowMs);
    if (!answer)
        return answer.error();
    ApologyCandidate c;
    if (answer->customer) {
        c.customer.id = answer->customer->id;
        c.customer.name = answer->customer->name;
        c.customer.language = answer->customer->language;
    }
    if (!language.isEmpty())
        c.customer.language = language;
    c.action = ApologyAction::Voucher; // a sample code shows where the code goes
    c.voucherValueCents = 500;
    for (const WismoAnswer::Parcel &parcel : answer->parcels) {
        const ShipmentListRow &r = parcel.detail.facts;
        if (r.direction == u"return")
            continue;
        ApologyCandidate::Parcel p;
        p.facts.shipmentId = r.id;
        p.facts.orderId = orderId;
        p.facts.orderNumber = answer->orderNumber;
        p.daysLate = r.late ? daysLate(r.promisedAtMs, nowMs) : 0;
        c.daysLate = std::max(c.daysLate, p.daysLate);
        c.parcels.append(p);
    }
    if (used)
        *used = CustomerText(c.customer.language.isEmpty() ? u"en"_s : c.customer.language)
                    .language();
    return previewData(db, c, model, nowMs);
}

QString ApologyWorkflow::reasonLabel(const QString &reason)
{
    if (reason == u"no_consent")
        return tr("No consent for any channel");
    if (reason == u"opted_out")
        return tr("Opted out");
    if (reason == u"no_address")
        return tr("No address for the consented channel");
    if (reason == u"cap_day")
        return tr("Daily cap reached");
    if (reason == u"cap_week")
        return tr("Weekly cap reached");
    if (reason == u"delivered")
        return tr("Delivered meanwhile");
    return reason;
}

QList<ApologyCandidate> ApologyWorkflow::recommend(
    const QList<CandidateCustomer> &customers, const QList<ApologyRule> &rules, qint64 nowMs)
{
    QList<ApologyCandidate> out;
    for (const CandidateCustomer &customer : customers) {
        ApologyCandidate c;
        c.customer = customer;
        c.autoApprove = true;
        for (const CandidateParcel &p : customer.parcels) {
            ApologyFacts facts {
                p.caseKind, daysLate(p.promisedAtMs, nowMs), customer.problemsWithin};
            const ApologyRule *rule = ApologyRules::match(rules, facts);
            if (!rule || rule->action == ApologyAction::None)
                continue;
            c.parcels.append({p, facts.daysLate, rule->name, rule->action, rule->autoApprove,
                rule->action == ApologyAction::Voucher ? rule->voucherValueCents : 0});
            c.action = std::max(c.action, rule->action);
            c.autoApprove = c.autoApprove && rule->autoApprove;
            c.voucherValueCents = std::max(c.voucherValueCents, c.parcels.last().voucherValueCents);
            c.daysLate = std::max(c.daysLate, facts.daysLate);
            c.trouble
                = c.trouble || (isTrouble(p.caseKind) && rule->action >= ApologyAction::Apologise);
        }
        c.customer.parcels.clear();
        if (!c.parcels.isEmpty())
            out.append(c);
    }
    return out;
}

Result<QList<ApologyCandidate>> ApologyWorkflow::candidates(const Database &db, qint64 nowMs)
{
    ApologyRepository repo(db);
    const auto rules = repo.rules();
    if (!rules)
        return rules.error();
    QList<int> windows;
    for (const ApologyRule &r : *rules) {
        if (r.enabled && r.minProblems > 0 && !windows.contains(r.windowDays))
            windows << r.windowDays;
    }
    const auto customers = repo.candidates(windows, nowMs);
    if (!customers)
        return customers.error();
    return recommend(*customers, *rules, nowMs);
}

std::optional<qint64> ApologyWorkflow::quietUntil(
    const ApologySettings &s, const QString &timeZone, const QString &country, qint64 nowMs)
{
    if (!s.quietStart.isValid() || !s.quietEnd.isValid() || s.quietStart == s.quietEnd)
        return std::nullopt;
    QTimeZone zone(timeZone.toUtf8());
    if (timeZone.isEmpty() || !zone.isValid())
        zone = countryZone(country);
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(nowMs, zone);
    const QTime t = local.time();
    QDate endDate = local.date();
    if (s.quietStart < s.quietEnd) { // within one day, e.g. 12:00–14:00
        if (t < s.quietStart || t >= s.quietEnd)
            return std::nullopt;
    } else { // over midnight, e.g. 21:00–08:00
        if (t >= s.quietEnd && t < s.quietStart)
            return std::nullopt;
        if (t >= s.quietStart)
            endDate = endDate.addDays(1);
    }
    return QDateTime(endDate, s.quietEnd, zone).toMSecsSinceEpoch();
}

std::variant<MessageChannel, QString> ApologyWorkflow::channelFor(
    const QList<Consent> &consents, const QString &email, const QString &phone)
{
    bool refused = false;
    bool noAddress = false;
    for (const MessageChannel channel :
        {MessageChannel::Email, MessageChannel::Sms, MessageChannel::WhatsApp}) {
        const auto it = std::find_if(consents.cbegin(), consents.cend(),
            [channel](const Consent &c) { return c.channel == channel; });
        if (it == consents.cend())
            continue;
        if (!it->granted) {
            refused = true;
            continue;
        }
        const QString &address = channel == MessageChannel::Email ? email : phone;
        if (address.trimmed().isEmpty()) {
            noAddress = true;
            continue;
        }
        return channel;
    }
    return noAddress ? u"no_address"_s : (refused ? u"opted_out"_s : u"no_consent"_s);
}

Result<ApologyWorkflow::Summary> ApologyWorkflow::createMessages(
    const Database &db, const QList<ApologyCandidate> &candidates, const Options &options)
{
    Summary summary;
    const QSqlDatabase conn = db.connection();
    const ApologySettings settings = ApologyRepository(db).settings();
    const QString shop = signature(settings);
    const auto [monthStart, monthEnd] = VoucherRepository::monthAround(options.nowMs);

    int done = 0;
    for (const ApologyCandidate &c : candidates) {
        if (options.cancel && options.cancel->load()) {
            summary.cancelled = true;
            break;
        }
        if (options.progress)
            options.progress(done++, int(candidates.size()));
        if (c.parcels.isEmpty())
            continue;
        WriteTransaction txn(conn);
        if (!txn.isOpen())
            return Error {tr("Cannot write the messages: %1").arg(txn.error())};
        const auto failed = [](const QString &why) {
            return Error {tr("Cannot write the messages: %1").arg(why)};
        };

        const QList<Consent> consents = ConsentRepository(db).forCustomer(c.customer.id);
        const auto channel = channelFor(consents, c.customer.email, c.customer.phone);
        QString reason
            = std::holds_alternative<QString>(channel) ? std::get<QString>(channel) : QString();
        Message m;
        m.customerId = c.customer.id;
        m.shipmentId = c.parcels.front().facts.shipmentId;
        m.channel = std::holds_alternative<MessageChannel>(channel)
            ? std::get<MessageChannel>(channel)
            : (c.customer.email.isEmpty() && !c.customer.phone.isEmpty() ? MessageChannel::Sms
                                                                         : MessageChannel::Email);
        m.recipient = m.channel == MessageChannel::Email ? c.customer.email : c.customer.phone;
        const CustomerText words(c.customer.language.isEmpty() ? u"en"_s : c.customer.language);
        m.language = words.language();
        m.createdAtMs = options.nowMs;
        m.idempotencyKey = u"pd-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (reason.isEmpty()) {
            QString error;
            reason = capReason(settings,
                capCounts(conn, c.customer.id, 0, CapScope::Writing, options.nowMs, &error));
            if (!error.isEmpty())
                return failed(error);
        }
        ApologyAction action = c.action;
        m.state = !reason.isEmpty() ? MessageState::Suppressed
            : c.autoApprove         ? MessageState::Queued
                                    : MessageState::Draft;
        m.suppressionReason = reason;
        m.autoApproved = m.state == MessageState::Queued;
        if (m.state == MessageState::Queued)
            m.nextAttemptAtMs
                = quietUntil(settings, c.customer.timeZone, c.customer.country, options.nowMs);

        QSqlQuery q(conn);
        q.prepare(u"INSERT INTO messages (customer_id, shipment_id, channel, language, kind, "
                  "state, subject, body, created_at, idempotency_key, recipient, "
                  "suppression_reason, action, auto_approved, next_attempt_at, decided_by, "
                  "decided_at) VALUES (?, ?, ?, ?, ?, ?, '', '', ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                  "RETURNING id"_s);
        q.addBindValue(m.customerId);
        q.addBindValue(*m.shipmentId);
        q.addBindValue(messageChannelToString(m.channel));
        q.addBindValue(m.language);
        q.addBindValue(kindFor(action, c.trouble));
        q.addBindValue(messageStateToString(m.state));
        q.addBindValue(m.createdAtMs);
        q.addBindValue(m.idempotencyKey);
        q.addBindValue(m.recipient.isEmpty() ? QVariant() : QVariant(m.recipient));
        q.addBindValue(reason.isEmpty() ? QVariant() : QVariant(reason));
        q.addBindValue(apologyActionToString(action));
        q.addBindValue(m.autoApproved ? 1 : 0);
        q.addBindValue(m.nextAttemptAtMs ? QVariant(*m.nextAttemptAtMs) : QVariant());
        q.addBindValue(m.autoApproved ? QVariant(u"rules"_s) : QVariant());
        q.addBindValue(m.autoApproved ? QVariant(options.nowMs) : QVariant());
        if (!q.exec() || !q.next())
            return failed(q.lastError().text());
        m.id = q.value(0).toLongLong();

        // One message per status change: a parcel told meanwhile (by another console) refuses
        // the whole message, which is then left to that one.
        // ON CONFLICT: the refusal, without the error that would end a PostgreSQL transaction.
        q.prepare(u"INSERT INTO message_parcels (message_id, shipment_id, case_id, status) "
                  "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
        bool toldMeanwhile = false;
        for (const ApologyCandidate::Parcel &p : c.parcels) {
            q.addBindValue(m.id);
            q.addBindValue(p.facts.shipmentId);
            q.addBindValue(p.facts.caseId);
            q.addBindValue(p.facts.status);
            if (!q.exec())
                return failed(q.lastError().text());
            if (q.numRowsAffected() == 0) {
                toldMeanwhile = true;
                break;
            }
        }
        if (toldMeanwhile) {
            ++summary.alreadyTold;
            continue; // the transaction rolls back
        }
        if (isCap(reason) && !untell(conn, m.id))
            return failed(q.lastError().text());

        // A voucher for a message that may go out: the code is taken now, so two drafts never
        // promise the same one; it goes back to the pool if the draft is rejected.
        QString note;
        std::optional<Voucher> voucher;
        if (action == ApologyAction::Voucher && reason.isEmpty()) {
            QList<qint64> cases;
            for (const ApologyCandidate::Parcel &p : c.parcels)
                cases << p.facts.caseId;
            const auto given = VoucherRepository::assignWithinTransaction(
                conn, m.id, cases, c.voucherValueCents, options.nowMs);
            if (given) {
                voucher = *given;
                // Read inside this transaction, with this code counted: another console
                // writing messages at the same time cannot spend the same budget.
                const auto money
                    = VoucherRepository(db).budget(monthStart, monthEnd, options.nowMs);
                if (!money)
                    return money.error();
                if (m.state == MessageState::Queued
                    && !VoucherRepository::allowsAutoApproval(*money, 0)) {
                    // Over the month's budget a person decides.
                    m.state = MessageState::Draft;
                    m.autoApproved = false;
                    m.nextAttemptAtMs.reset();
                    note = tr("The voucher budget is spent: a supervisor decides.");
                }
            } else {
                action = ApologyAction::Apologise;
                note = given.error().message;
                summary.notes << tr("%1: no voucher (%2)").arg(c.customer.name, note);
            }
        }

        const auto stored
            = TemplateRepository::effective(conn, kindFor(action, c.trouble), m.language);
        if (!stored)
            return stored.error();
        TemplateData data = templateData(conn, c, words, shop, options.model, options.nowMs);
        if (voucher) {
            data.voucherCode = voucher->code;
            data.voucherValue = customerAmount(m.language, voucher->valueCents, voucher->currency);
        }
        const auto rendered = MessageTemplates::render(stored->message, data);
        if (!rendered)
            return Error {
                tr("Template %1 (%2): %3")
                    .arg(kindFor(action, c.trouble), m.language, rendered.error().message)};
        if (m.channel == MessageChannel::Email) {
            m.subject = rendered->subject;
            m.body = rendered->text;
            m.htmlBody = rendered->html;
        } else {
            m.body = rendered->sms;
        }
        if (m.channel == MessageChannel::WhatsApp) {
            // WhatsApp refuses an empty parameter: each has a wording for "not known".
            const bool trouble = c.trouble && action != ApologyAction::Inform;
            QString third = data.parcels.isEmpty() ? QString()
                : trouble                          ? data.parcels.front().status
                                                   : data.parcels.front().expected;
            if (third.isEmpty())
                third = words.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "soon"));
            QJsonArray parameters {data.firstName.isEmpty() ? c.customer.name : data.firstName,
                data.orderNumber, third};
            if (voucher)
                parameters << data.voucherCode << data.voucherValue;
            m.payload
                = QString::fromUtf8(QJsonDocument(QJsonObject {
                                                      {u"template"_s, stored->message.whatsapp},
                                                      {u"language"_s, m.language},
                                                      {u"parameters"_s, parameters},
                                                  })
                                        .toJson(QJsonDocument::Compact));
        }
        q.prepare(u"UPDATE messages SET kind = ?, action = ?, subject = ?, body = ?, "
                  "html_body = ?, payload = ?, state = ?, auto_approved = ?, "
                  "next_attempt_at = ?, decided_by = ?, decided_at = ? WHERE id = ?"_s);
        q.addBindValue(kindFor(action, c.trouble));
        q.addBindValue(apologyActionToString(action));
        q.addBindValue(m.subject);
        q.addBindValue(m.body);
        q.addBindValue(m.htmlBody.isEmpty() ? QVariant() : QVariant(m.htmlBody));
        q.addBindValue(m.payload.isEmpty() ? QVariant() : QVariant(m.payload));
        q.addBindValue(messageStateToString(m.state));
        q.addBindValue(m.autoApproved ? 1 : 0);
        q.addBindValue(m.nextAttemptAtMs ? QVariant(*m.nextAttemptAtMs) : QVariant());
        q.addBindValue(m.autoApproved ? QVariant(u"rules"_s) : QVariant());
        q.addBindValue(m.autoApproved ? QVariant(options.nowMs) : QVariant());
        q.addBindValue(m.id);
        if (!q.exec())
            return failed(q.lastError().text());

        QStringList rulesUsed;
        for (const ApologyCandidate::Parcel &p : c.parcels) {
            if (!rulesUsed.contains(p.rule))
                rulesUsed << p.rule;
        }
        const QString what = m.state == MessageState::Suppressed ? u"suppressed"_s
            : m.state == MessageState::Queued                    ? u"queued"_s
                                                                 : u"drafted"_s;
        QString detail = u"%1 %2, %3 parcel(s); rules: %4"_s.arg(kindFor(action, c.trouble),
            messageChannelToString(m.channel), QString::number(c.parcels.size()),
            rulesUsed.join(u", "_s));
        if (!reason.isEmpty())
            detail += u"; reason: "_s + reason;
        if (voucher)
            detail += u"; voucher "_s + voucher->code;
        if (!note.isEmpty())
            detail += u"; "_s + note;
        if (!audit(conn, options.nowMs, m.autoApproved ? u"rules"_s : options.actor, what, m.id,
                detail))
            return failed(q.lastError().text());
        if (!txn.commit())
            return failed(txn.error());
        switch (m.state) {
        case MessageState::Suppressed:
            ++summary.suppressed;
            ++summary.suppressedByReason[reason];
            break;
        case MessageState::Queued:
            ++summary.queued;
            break;
        default:
            ++summary.drafts;
            break;
        }
    }
    return summary;
}

namespace {

// The message's state and customer, inside a transaction.
struct MessageHead
{
    bool found = false;
    MessageState state = MessageState::Draft;
    qint64 customerId = 0;
    MessageChannel channel = MessageChannel::Email;
    QString kind;
};

MessageHead messageHead(const QSqlDatabase &db, qint64 id)
{
    MessageHead h;
    QSqlQuery q(db);
    q.prepare(u"SELECT state, customer_id, channel, kind FROM messages WHERE id = ?"_s);
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        h.found = true;
        h.state = messageStateFromString(q.value(0).toString()).value_or(MessageState::Draft);
        h.customerId = q.value(1).toLongLong();
        h.channel = messageChannelFromString(q.value(2).toString()).value_or(MessageChannel::Email);
        h.kind = q.value(3).toString();
    }
    return h;
}

// Consent for the message's channel, now.
// Consent for the message's channel, now; "error" when it cannot be read (then nothing is
// decided on it).
QString consentReason(const Database &db, qint64 customerId, MessageChannel channel)
{
    bool ok = true;
    const QList<Consent> consents = ConsentRepository(db).forCustomer(customerId, &ok);
    if (!ok)
        return u"error"_s;
    for (const Consent &c : consents) {
        if (c.channel == channel)
            return c.granted ? QString() : u"opted_out"_s;
    }
    return u"no_consent"_s;
}

bool allDelivered(const QSqlDatabase &db, qint64 messageId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT count(*), count(s.delivered_at) FROM "
              "message_parcels mp JOIN shipments s ON s.id = mp.shipment_id "
              "WHERE mp.message_id = ?"_s);
    q.addBindValue(messageId);
    return q.exec() && q.next() && q.value(0).toInt() > 0
        && q.value(0).toInt() == q.value(1).toInt();
}

} // namespace

Result<GuardrailVerdict> ApologyWorkflow::approve(const Database &db, qint64 messageId,
    const std::optional<Edit> &edit, const QString &actor, qint64 nowMs)
{
    const QSqlDatabase conn = db.connection();
    WriteTransaction txn(conn);
    if (!txn.isOpen())
        return Error {tr("Cannot approve message %1: %2").arg(messageId).arg(txn.error())};
    const MessageHead head = messageHead(conn, messageId);
    if (!head.found)
        return Error {tr("Message %1 is not in the database.").arg(messageId)};
    if (head.state != MessageState::Draft)
        return Error {tr("Message %1 is %2, not a draft: someone decided already.")
                          .arg(messageId)
                          .arg(messageStateToString(head.state))};
    const ApologySettings settings = ApologyRepository(db).settings();
    const CustomerRow customer = customerRow(conn, head.customerId);

    if (edit && head.channel == MessageChannel::WhatsApp)
        return Error {tr("A WhatsApp message is a template the provider approved; its text cannot "
                         "be changed here. Change the template's name or reject the message.")};
    if (edit && edit->body.trimmed().isEmpty())
        return Error {tr("The message has no text.")};
    GuardrailVerdict verdict;
    QString reason = consentReason(db, head.customerId, head.channel);
    if (reason == u"error")
        return Error {tr("Cannot read the customer's consent; nothing was decided.")};
    if (reason.isEmpty() && allDelivered(conn, messageId))
        reason = u"delivered"_s;
    if (reason.isEmpty()) {
        QString error;
        reason = capReason(settings,
            capCounts(conn, head.customerId, messageId, CapScope::Approving, nowMs, &error));
        if (!error.isEmpty())
            return Error {tr("Cannot approve message %1: %2").arg(messageId).arg(error)};
    }
    QSqlQuery q(conn);
    if (edit) {
        q.prepare(u"UPDATE messages SET subject = ?, body = ?, html_body = ? WHERE id = ?"_s);
        q.addBindValue(edit->subject);
        q.addBindValue(edit->body);
        q.addBindValue(edit->htmlBody.isEmpty() ? QVariant() : QVariant(edit->htmlBody));
        q.addBindValue(messageId);
        if (!q.exec() || !audit(conn, nowMs, actor, u"edited"_s, messageId, {}))
            return Error {
                tr("Cannot approve message %1: %2").arg(messageId).arg(q.lastError().text())};
    }
    if (!reason.isEmpty()) {
        verdict.kind = GuardrailVerdict::Kind::Suppress;
        verdict.reason = reason;
        verdict.detail = reasonLabel(reason);
        if (const auto released = VoucherRepository::releaseWithinTransaction(conn, messageId);
            !released)
            return released.error();
        if (isCap(reason) && !untell(conn, messageId))
            return Error {
                tr("Cannot approve message %1: %2").arg(messageId).arg(q.lastError().text())};
        q.prepare(u"UPDATE messages SET state = 'suppressed', suppression_reason = ?, "
                  "decided_by = ?, decided_at = ? WHERE id = ?"_s);
        q.addBindValue(reason);
    } else {
        const auto quiet = quietUntil(settings, customer.timeZone, customer.country, nowMs);
        if (quiet) {
            verdict.kind = GuardrailVerdict::Kind::Defer;
            verdict.notBeforeMs = *quiet;
        }
        q.prepare(u"UPDATE messages SET state = 'queued', next_attempt_at = ?, decided_by = ?, "
                  "decided_at = ? WHERE id = ?"_s);
        q.addBindValue(quiet ? QVariant(*quiet) : QVariant());
    }
    q.addBindValue(actor);
    q.addBindValue(nowMs);
    q.addBindValue(messageId);
    if (!q.exec()
        || !audit(conn, nowMs, actor, reason.isEmpty() ? u"approved"_s : u"suppressed"_s, messageId,
            reason))
        return Error {tr("Cannot approve message %1: %2").arg(messageId).arg(q.lastError().text())};
    if (!txn.commit())
        return Error {tr("Cannot approve message %1: %2").arg(messageId).arg(txn.error())};
    return verdict;
}

Outcome ApologyWorkflow::reject(
    const Database &db, qint64 messageId, const QString &reason, const QString &actor, qint64 nowMs)
{
    const QSqlDatabase conn = db.connection();
    WriteTransaction txn(conn);
    if (!txn.isOpen())
        return Error {tr("Cannot reject message %1: %2").arg(messageId).arg(txn.error())};
    const MessageHead head = messageHead(conn, messageId);
    if (!head.found)
        return Error {tr("Message %1 is not in the database.").arg(messageId)};
    if (head.state != MessageState::Draft && head.state != MessageState::Queued)
        return Error {tr("Message %1 is %2: only a draft or a queued message can be rejected.")
                          .arg(messageId)
                          .arg(messageStateToString(head.state))};
    if (const auto released = VoucherRepository::releaseWithinTransaction(conn, messageId);
        !released)
        return released.error();
    QSqlQuery q(conn);
    q.prepare(u"UPDATE messages SET state = 'rejected', decided_by = ?, decided_at = ?, "
              "next_attempt_at = NULL WHERE id = ?"_s);
    q.addBindValue(actor);
    q.addBindValue(nowMs);
    q.addBindValue(messageId);
    if (!q.exec() || !audit(conn, nowMs, actor, u"rejected"_s, messageId, reason) || !txn.commit())
        return Error {tr("Cannot reject message %1: %2").arg(messageId).arg(q.lastError().text())};
    return Done {};
}

Outcome ApologyWorkflow::edit(
    const Database &db, qint64 messageId, const Edit &edit, const QString &actor, qint64 nowMs)
{
    if (edit.body.trimmed().isEmpty())
        return Error {tr("The message has no text.")};
    const QSqlDatabase conn = db.connection();
    WriteTransaction txn(conn);
    if (!txn.isOpen())
        return Error {tr("Cannot change message %1: %2").arg(messageId).arg(txn.error())};
    const MessageHead head = messageHead(conn, messageId);
    if (!head.found)
        return Error {tr("Message %1 is not in the database.").arg(messageId)};
    if (head.channel == MessageChannel::WhatsApp)
        return Error {tr("A WhatsApp message is a template the provider approved; its text cannot "
                         "be changed here. Change the template's name or reject the message.")};
    if (head.state != MessageState::Draft)
        return Error {tr("Message %1 is %2: only a draft can be changed.")
                          .arg(messageId)
                          .arg(messageStateToString(head.state))};
    QSqlQuery q(conn);
    q.prepare(u"UPDATE messages SET subject = ?, body = ?, html_body = ? WHERE id = ?"_s);
    q.addBindValue(edit.subject);
    q.addBindValue(edit.body);
    q.addBindValue(edit.htmlBody.isEmpty() ? QVariant() : QVariant(edit.htmlBody));
    q.addBindValue(messageId);
    if (!q.exec() || !audit(conn, nowMs, actor, u"edited"_s, messageId, {}) || !txn.commit())
        return Error {tr("Cannot change message %1: %2").arg(messageId).arg(q.lastError().text())};
    return Done {};
}

GuardrailVerdict ApologyWorkflow::checkBeforeSend(
    const Database &db, const Message &message, qint64 nowMs)
{
    GuardrailVerdict verdict;
    if (!ApologyRepository::proactiveKinds().contains(message.kind))
        return verdict; // an answer the customer asked for
    const QSqlDatabase conn = db.connection();
    // What cannot be read is not decided on: the message waits and is checked again.
    const auto later = [&] {
        verdict.kind = GuardrailVerdict::Kind::Defer;
        verdict.notBeforeMs = nowMs + 5 * 60'000;
        return verdict;
    };
    const QString reason = consentReason(db, message.customerId, message.channel);
    if (reason == u"error")
        return later();
    if (!reason.isEmpty() || allDelivered(conn, message.id)) {
        verdict.kind = GuardrailVerdict::Kind::Suppress;
        verdict.reason = reason.isEmpty() ? u"delivered"_s : reason;
        verdict.detail = reasonLabel(verdict.reason);
        return verdict;
    }
    const ApologySettings settings = ApologyRepository(db).settings();
    QString error;
    const QString cap = capReason(settings,
        capCounts(conn, message.customerId, message.id, CapScope::Sending, nowMs, &error));
    if (!error.isEmpty())
        return later();
    if (!cap.isEmpty()) {
        verdict.kind = GuardrailVerdict::Kind::Suppress;
        verdict.reason = cap;
        verdict.detail = reasonLabel(cap);
        return verdict;
    }
    const CustomerRow customer = customerRow(conn, message.customerId);
    if (const auto quiet = quietUntil(settings, customer.timeZone, customer.country, nowMs)) {
        verdict.kind = GuardrailVerdict::Kind::Defer;
        verdict.notBeforeMs = *quiet;
    }
    return verdict;
}

} // namespace ParcelDesk
