#include "store/apologyrepository.h"
#include "store/consentrepository.h"
#include "store/database.h"
#include "testsupport.h"
#include "workflows/apologyworkflow.h"
#include "workflows/outbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// The proactive apology on a real SQLite file: candidates grouped per customer with the rules'
// recommendation, the guardrails (consent, cap across orders and channels, quiet hours in the
// customer's time zone, one message per status change), approval, vouchers and the outbox's
// last check before sending.
class TestApologies final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rulesAreSavedAsGiven();
    void groupsParcelsPerCustomerAndRecommends();
    void secondProblemEarnsVoucher();
    void suppressedMessagesKeepTheirReason();
    void oneMessagePerStatusChange();
    void quietHoursHoldAutoApprovedMessages();
    void capHoldsAcrossOrdersAndChannels();
    void capAndQuietHoursHoldAtSendTime();
    void approvalEditsAndRejectsAreAudited();
    void optOutTakesEffectAtOnce();
    void budgetStopsAutoApproval();
    void quietHoursOverMidnight();
    void wordsFitTheTrouble();
    void whatsAppGetsATemplateWithEveryParameter();
    void deliveredMeanwhileIsNotSent();

private:
    qint64 customer(const QString &name, const QString &email, const QString &phone,
        const QString &timeZone = u"Europe/Berlin"_s, const QString &language = u"de"_s);
    qint64 order(qint64 customerId);
    qint64 parcel(qint64 orderId, const QString &tag = u"InTransit"_s,
        const QString &sub = u"InTransit"_s, std::optional<qint64> promisedAtMs = {});
    qint64 openCase(qint64 shipmentId, const QString &kind, qint64 openedAtMs,
        const QString &state = u"open"_s);
    void consent(qint64 customerId, MessageChannel channel, bool granted);
    void exec(const QString &sql);
    qint64 scalar(const QString &sql);
    void voucherCodes(int count, qint64 valueCents, qint64 costCents);
    ApologyWorkflow::Summary create(qint64 nowMs);
    qint64 onlyMessage(qint64 customerId, const QString &state);

    // Records what would leave: the providers themselves are the edge of what exists here.
    struct Recorder final : MessageSender
    {
        QList<Message> sent;
        SendReport send(const Message &message) override
        {
            sent << message;
            return {true, false, u"250 OK"_s};
        }
    };
    Outbox::Summary sendAt(Recorder &recorder, qint64 nowMs);

    QTemporaryDir m_dir;
    Database m_db;
    int m_serial = 0;
    // Wednesday 18 November 2026, 12:00 UTC: 13:00 in Berlin, 07:00 in New York.
    const qint64 m_now = QDateTime(QDate(2026, 11, 18), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    static constexpr qint64 hour = 3'600'000;
    static constexpr qint64 day = 24 * hour;
};

void TestApologies::initTestCase()
{
    PARCELDESK_REQUIRE_STORE();
}

void TestApologies::init()
{
    const auto db = Database::open(
        TestSupport::storeLocation(m_dir.filePath(u"apologies-%1.sqlite"_s.arg(++m_serial))));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = *db;
}

void TestApologies::cleanup()
{
    m_db.releaseConnection();
}

// The rules as the Apologies page saves them: the seeded ones, one of them for any kind of case
// (no kinds), read back unchanged, with a line in the audit log.
void TestApologies::rulesAreSavedAsGiven()
{
    ApologyRepository repo(m_db);
    const auto seeded = repo.rules();
    QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.error().message));
    QVERIFY(std::any_of(seeded->cbegin(), seeded->cend(),
        [](const ApologyRule &r) { return r.caseKinds.isEmpty(); }));
    QList<ApologyRule> rules = *seeded;
    ApologyRule mine;
    mine.name = u"Damaged or lost: voucher at once"_s;
    mine.caseKinds = {u"damaged"_s, u"suspected_lost"_s};
    mine.action = ApologyAction::Voucher;
    mine.voucherValueCents = 1000;
    mine.autoApprove = true;
    rules.prepend(mine);
    const auto saved = repo.saveRules(rules, u"anna"_s, m_now);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    const auto back = repo.rules();
    QVERIFY(back);
    QCOMPARE(back->size(), rules.size());
    for (int i = 0; i < rules.size(); ++i) {
        const ApologyRule &want = rules.at(i);
        const ApologyRule &got = back->at(i);
        QCOMPARE(got.name, want.name);
        QCOMPARE(got.enabled, want.enabled);
        QCOMPARE(got.caseKinds, want.caseKinds);
        QCOMPARE(got.minDaysLate, want.minDaysLate);
        QCOMPARE(got.minProblems, want.minProblems);
        QCOMPARE(got.windowDays, want.windowDays);
        QCOMPARE(got.action, want.action);
        QCOMPARE(got.voucherValueCents, want.voucherValueCents);
        QCOMPARE(got.autoApprove, want.autoApprove);
    }
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'rules_saved' AND "
                    "actor = 'anna'"_s),
        1);
}

void TestApologies::exec(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
}

qint64 TestApologies::scalar(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

qint64 TestApologies::customer(const QString &name, const QString &email, const QString &phone,
    const QString &timeZone, const QString &language)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO customers (name, email, phone, language, country, time_zone, "
              "created_at) VALUES (?, ?, ?, ?, 'DE', ?, 0) RETURNING id"_s);
    q.addBindValue(name);
    q.addBindValue(email.isEmpty() ? QVariant() : QVariant(email));
    q.addBindValue(phone.isEmpty() ? QVariant() : QVariant(phone));
    q.addBindValue(language);
    q.addBindValue(timeZone);
    if (!q.exec() || !q.next())
        qFatal("customer: %s", qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

qint64 TestApologies::order(qint64 customerId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        u"INSERT INTO orders (order_number, customer_id, placed_at) VALUES (?, ?, ?) RETURNING id"_s);
    q.addBindValue(u"PD-%1"_s.arg(1000 + (++m_serial), 8, 10, QChar(u'0')));
    q.addBindValue(customerId);
    q.addBindValue(m_now - 5 * day);
    if (!q.exec() || !q.next())
        qFatal("order: %s", qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

qint64 TestApologies::parcel(
    qint64 orderId, const QString &tag, const QString &sub, std::optional<qint64> promisedAtMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO shipments (order_id, carrier, tracking_number, status_tag, "
              "sub_status, status_at, shipped_at, promised_at, created_at) "
              "VALUES (?, 'dhl', ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(orderId);
    q.addBindValue(u"00340434161094%1"_s.arg(++m_serial, 6, 10, QChar(u'0')));
    q.addBindValue(tag);
    q.addBindValue(sub);
    q.addBindValue(m_now - 2 * day);
    q.addBindValue(m_now - 4 * day);
    q.addBindValue(promisedAtMs ? QVariant(*promisedAtMs) : QVariant());
    q.addBindValue(m_now - 4 * day);
    if (!q.exec() || !q.next())
        qFatal("parcel: %s", qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

qint64 TestApologies::openCase(
    qint64 shipmentId, const QString &kind, qint64 openedAtMs, const QString &state)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO problem_cases (shipment_id, kind, state, opened_at) "
              "VALUES (?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(shipmentId);
    q.addBindValue(kind);
    q.addBindValue(state);
    q.addBindValue(openedAtMs);
    if (!q.exec() || !q.next())
        qFatal("case: %s", qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

void TestApologies::consent(qint64 customerId, MessageChannel channel, bool granted)
{
    const auto done = ConsentRepository(m_db).set(
        {customerId, channel, granted, u"checkout"_s, m_now - 30 * day}, u"test"_s);
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
}

void TestApologies::voucherCodes(int count, qint64 valueCents, qint64 costCents)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO vouchers (code, value_cents, cost_cents, source, imported_at) "
              "VALUES (?, ?, ?, 'test', 0)"_s);
    for (int i = 0; i < count; ++i) {
        q.addBindValue(u"SORRY-%1-%2"_s.arg(valueCents).arg(++m_serial));
        q.addBindValue(valueCents);
        q.addBindValue(costCents);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
}

ApologyWorkflow::Summary TestApologies::create(qint64 nowMs)
{
    const auto found = ApologyWorkflow::candidates(m_db, nowMs);
    if (!found)
        qFatal("candidates: %s", qPrintable(found.error().message));
    const auto made
        = ApologyWorkflow::createMessages(m_db, *found, {u"anna"_s, nowMs, nullptr, {}, nullptr});
    if (!made)
        qFatal("create: %s", qPrintable(made.error().message));
    return *made;
}

qint64 TestApologies::onlyMessage(qint64 customerId, const QString &state)
{
    return scalar(u"SELECT coalesce(max(id), 0) FROM messages WHERE customer_id = %1 AND "
                  "state = '%2'"_s.arg(customerId)
                      .arg(state));
}

Outbox::Summary TestApologies::sendAt(Recorder &recorder, qint64 nowMs)
{
    const auto run = Outbox::run(m_db, recorder, {}, [nowMs] { return nowMs; });
    if (!run)
        qFatal("outbox: %s", qPrintable(run.error().message));
    return *run;
}

void TestApologies::groupsParcelsPerCustomerAndRecommends()
{
    const qint64 erika = customer(u"Erika Mustermann"_s, u"erika@example.de"_s, {});
    const qint64 late = parcel(order(erika), u"InTransit"_s, u"Delayed"_s, m_now - 3 * day);
    const qint64 soon = parcel(order(erika));
    openCase(late, u"late"_s, m_now - 2 * day);
    openCase(late, u"stuck"_s, m_now - day); // the same parcel: told once
    openCase(soon, u"predicted_late"_s, m_now - hour);
    const qint64 max = customer(u"Max Muster"_s, u"max@example.de"_s, {});
    // Two cases on one parcel are one problem, not a second one.
    const qint64 maxParcel = parcel(order(max));
    openCase(maxParcel, u"predicted_late"_s, m_now - hour);
    openCase(maxParcel, u"stuck"_s, m_now - hour);
    // No rule speaks for a refusal; a delivered parcel needs no apology.
    const qint64 refuser = customer(u"Rita Refus"_s, u"rita@example.de"_s, {});
    openCase(parcel(order(refuser), u"Exception"_s, u"Refused"_s), u"refused"_s, m_now - hour);
    const qint64 doris = customer(u"Doris Delivered"_s, u"doris@example.de"_s, {});
    const qint64 done = parcel(order(doris), u"Delivered"_s, u"Delivered"_s);
    exec(u"UPDATE shipments SET delivered_at = %1 WHERE id = %2"_s.arg(m_now - hour).arg(done));
    openCase(done, u"late"_s, m_now - 2 * day);

    const auto found = ApologyWorkflow::candidates(m_db, m_now);
    QVERIFY2(found, found ? "" : qPrintable(found.error().message));
    QCOMPARE(found->size(), 2);
    const ApologyCandidate &first = found->at(0);
    QCOMPARE(first.customer.id, erika);
    QCOMPARE(first.parcels.size(), 2);
    QCOMPARE(first.action, ApologyAction::Voucher); // late by 3 days: the strongest wins
    QCOMPARE(first.voucherValueCents, 500);
    QCOMPARE(first.daysLate, 3);
    QVERIFY(!first.autoApprove); // one parcel's rule wants a person
    QCOMPARE(first.parcels.at(0).facts.caseKind, u"late"_s);
    QCOMPARE(first.parcels.at(0).facts.status, u"InTransit/Delayed"_s);
    QCOMPARE(first.parcels.at(0).rule, u"Late by two days or more"_s);
    // Erika's other parcel is her second one in trouble within 90 days.
    QCOMPARE(first.parcels.at(1).rule, u"Second problem within 90 days"_s);
    const ApologyCandidate &second = found->at(1);
    QCOMPARE(second.customer.id, max);
    QCOMPARE(second.parcels.size(), 1);
    QCOMPARE(second.parcels.front().rule, u"Likely to be late"_s);
    QCOMPARE(second.action, ApologyAction::Inform);
    QVERIFY(second.autoApprove);
}

void TestApologies::secondProblemEarnsVoucher()
{
    const qint64 c = customer(u"Jonas Zweimal"_s, u"jonas@example.de"_s, {});
    const qint64 earlier = parcel(order(c), u"Delivered"_s, u"Delivered"_s);
    openCase(earlier, u"damaged"_s, m_now - 40 * day, u"resolved"_s);
    openCase(parcel(order(c)), u"predicted_late"_s, m_now - hour);
    const auto found = ApologyWorkflow::candidates(m_db, m_now);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->front().action, ApologyAction::Voucher);
    QCOMPARE(found->front().parcels.front().rule, u"Second problem within 90 days"_s);

    // Beyond the window the earlier problem no longer counts.
    exec(
        u"UPDATE problem_cases SET opened_at = %1 WHERE kind = 'damaged'"_s.arg(m_now - 100 * day));
    const auto later = ApologyWorkflow::candidates(m_db, m_now);
    QVERIFY(later);
    QCOMPARE(later->front().action, ApologyAction::Inform);
}

void TestApologies::suppressedMessagesKeepTheirReason()
{
    const qint64 never = customer(u"Nie Gefragt"_s, u"nie@example.de"_s, {});
    openCase(parcel(order(never)), u"predicted_late"_s, m_now - hour);
    const qint64 out = customer(u"Opt Out"_s, u"out@example.de"_s, {});
    consent(out, MessageChannel::Email, false);
    openCase(parcel(order(out)), u"predicted_late"_s, m_now - hour);
    const qint64 noPhone = customer(u"Ohne Telefon"_s, u"tel@example.de"_s, {});
    consent(noPhone, MessageChannel::Sms, true);
    openCase(parcel(order(noPhone)), u"predicted_late"_s, m_now - hour);

    const ApologyWorkflow::Summary made = create(m_now);
    QCOMPARE(made.suppressed, 3);
    QCOMPARE(made.suppressedByReason.value(u"no_consent"_s), 1);
    QCOMPARE(made.suppressedByReason.value(u"opted_out"_s), 1);
    QCOMPARE(made.suppressedByReason.value(u"no_address"_s), 1);
    QVERIFY(onlyMessage(never, u"suppressed"_s) > 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE state = 'suppressed' AND "
                    "body != ''"_s),
        3); // kept with the text it would have had
    const auto figures = ApologyRepository(m_db).figures(m_now);
    QVERIFY(figures);
    QCOMPARE(figures->suppressedByReason.value(u"opted_out"_s), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'suppressed'"_s), 3);
    // Decided: these parcels are no candidates any more.
    const auto again = ApologyWorkflow::candidates(m_db, m_now + hour);
    QVERIFY(again);
    QVERIFY(again->isEmpty());
}

void TestApologies::oneMessagePerStatusChange()
{
    const qint64 c = customer(u"Ein Mal"_s, u"einmal@example.de"_s, {});
    consent(c, MessageChannel::Email, true);
    const qint64 p = parcel(order(c));
    openCase(p, u"predicted_late"_s, m_now - hour);
    const auto stale = ApologyWorkflow::candidates(m_db, m_now);
    QVERIFY(stale);
    QCOMPARE(create(m_now).queued, 1);
    // Another console acting on the same list tells nobody twice.
    const auto twice = ApologyWorkflow::createMessages(
        m_db, *stale, {u"ben"_s, m_now + 1, nullptr, {}, nullptr});
    QVERIFY(twice);
    QCOMPARE(twice->alreadyTold, 1);
    QCOMPARE(twice->queued + twice->drafts + twice->suppressed, 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages"_s), 1);
    // A new scan of the same status changes nothing; a new status is news.
    exec(u"UPDATE shipments SET status_at = %1 WHERE id = %2"_s.arg(m_now).arg(p));
    QVERIFY(ApologyWorkflow::candidates(m_db, m_now + hour)->isEmpty());
    exec(u"UPDATE shipments SET status_tag = 'Exception', sub_status = 'Delayed' "
         "WHERE id = %1"_s.arg(p));
    QCOMPARE(ApologyWorkflow::candidates(m_db, m_now + hour)->size(), 1);
}

void TestApologies::quietHoursHoldAutoApprovedMessages()
{
    // 12:00 UTC is 07:00 in New York: before the quiet hours end at 08:00.
    const qint64 c = customer(u"Nora York"_s, u"nora@example.com"_s, u"+1 212 555 0100"_s,
        u"America/New_York"_s, u"en"_s);
    consent(c, MessageChannel::Sms, true);
    openCase(parcel(order(c)), u"predicted_late"_s, m_now - hour);
    QCOMPARE(create(m_now).queued, 1);
    const qint64 id = onlyMessage(c, u"queued"_s);
    QCOMPARE(scalar(u"SELECT next_attempt_at FROM messages WHERE id = %1"_s.arg(id)), m_now + hour);
    QCOMPARE(scalar(u"SELECT channel = 'sms' FROM messages WHERE id = %1"_s.arg(id)), 1);
    Recorder recorder;
    QCOMPARE(sendAt(recorder, m_now).sent, 0);
    QCOMPARE(sendAt(recorder, m_now + hour).sent, 1);
    QCOMPARE(recorder.sent.front().recipient, u"+1 212 555 0100"_s);
}

void TestApologies::capHoldsAcrossOrdersAndChannels()
{
    exec(u"UPDATE settings SET value = '3' WHERE key = 'apology.cap_per_week'"_s);
    exec(u"UPDATE apology_rules SET enabled = 0 WHERE min_problems > 0"_s);
    const qint64 c = customer(u"Viel Post"_s, u"viel@example.de"_s, u"+49 151 2345678"_s);
    consent(c, MessageChannel::Email, true);
    Recorder recorder;

    // Day 0: the first order's parcel, by e-mail.
    openCase(parcel(order(c)), u"predicted_late"_s, m_now - hour);
    QCOMPARE(create(m_now).queued, 1);
    QCOMPARE(sendAt(recorder, m_now).sent, 1);

    // Two hours later the customer prefers SMS, and a second order's parcel is late: the cap
    // counts the customer, not the order or the channel.
    consent(c, MessageChannel::Email, false);
    consent(c, MessageChannel::Sms, true);
    openCase(parcel(order(c)), u"predicted_late"_s, m_now + hour);
    ApologyWorkflow::Summary made = create(m_now + 2 * hour);
    QCOMPARE(made.suppressedByReason.value(u"cap_day"_s), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE state = 'suppressed' AND "
                    "channel = 'sms' AND suppression_reason = 'cap_day'"_s),
        1);
    // Held back by the cap, not told: the parcel waits for the cap, it is not forgotten.
    QCOMPARE(scalar(u"SELECT count(*) FROM message_parcels mp JOIN messages m ON m.id = "
                    "mp.message_id WHERE m.suppression_reason = 'cap_day'"_s),
        0);
    QCOMPARE(ApologyWorkflow::candidates(m_db, m_now + 3 * hour)->size(), 1);

    // A day later the daily cap is clear: the third order's parcel goes by SMS; then a fourth
    // the day after; the fifth within the week meets the weekly cap (3).
    for (int i = 1; i <= 2; ++i) {
        openCase(parcel(order(c)), u"predicted_late"_s, m_now + i * day);
        made = create(m_now + i * (day + hour));
        QVERIFY2(made.queued == 1,
            qPrintable(u"%1 drafts, %2 suppressed (%3)"_s.arg(made.drafts)
                           .arg(made.suppressed)
                           .arg(made.suppressedByReason.keys().join(u", "_s))));
        QCOMPARE(sendAt(recorder, m_now + i * (day + hour)).sent, 1);
    }
    QCOMPARE(recorder.sent.size(), 3);
    QCOMPARE(recorder.sent.at(0).channel, MessageChannel::Email);
    QCOMPARE(recorder.sent.at(2).channel, MessageChannel::Sms);
    openCase(parcel(order(c)), u"predicted_late"_s, m_now + 3 * day);
    made = create(m_now + 3 * (day + hour));
    QCOMPARE(made.suppressedByReason.value(u"cap_week"_s), 1);
    // Eight days after the first, one of the three has left the week.
    openCase(parcel(order(c)), u"predicted_late"_s, m_now + 8 * day);
    QCOMPARE(create(m_now + 8 * day + hour).queued, 1);
}

void TestApologies::capAndQuietHoursHoldAtSendTime()
{
    exec(u"UPDATE settings SET value = '2' WHERE key = 'apology.cap_per_day'"_s);
    exec(u"UPDATE apology_rules SET auto_approve = 0"_s);
    exec(u"UPDATE apology_rules SET enabled = 0 WHERE min_problems > 0"_s);
    const qint64 c = customer(u"Zwei Entwürfe"_s, u"zwei@example.de"_s, u"+49 151 7654321"_s);
    consent(c, MessageChannel::Sms, true);
    openCase(parcel(order(c)), u"predicted_late"_s, m_now - hour);
    QCOMPARE(create(m_now).drafts, 1);
    const qint64 first = onlyMessage(c, u"draft"_s);
    consent(c, MessageChannel::Email, true); // the next one goes by e-mail
    openCase(parcel(order(c)), u"predicted_late"_s, m_now);
    QCOMPARE(create(m_now + 1).drafts, 1);
    const qint64 second = onlyMessage(c, u"draft"_s);
    QVERIFY(second != first);
    QCOMPARE(scalar(u"SELECT count(DISTINCT channel) FROM messages"_s), 2);
    // Approved while the cap allowed two; then the shop lowers it to one.
    for (const qint64 id : {first, second}) {
        const auto approved = ApologyWorkflow::approve(m_db, id, std::nullopt, u"sam"_s, m_now + 3);
        QVERIFY2(approved, approved ? "" : qPrintable(approved.error().message));
        QCOMPARE(approved->kind, GuardrailVerdict::Kind::Send);
    }
    exec(u"UPDATE settings SET value = '1' WHERE key = 'apology.cap_per_day'"_s);

    // 21:30 in Berlin: the quiet hours hold both, without counting an attempt.
    Recorder recorder;
    const qint64 evening
        = QDateTime(QDate(2026, 11, 18), QTime(20, 30), Qt::UTC).toMSecsSinceEpoch();
    const Outbox::Summary night = sendAt(recorder, evening);
    QCOMPARE(night.deferred, 2);
    QCOMPARE(recorder.sent.size(), 0);
    QCOMPARE(scalar(u"SELECT sum(attempts) FROM messages"_s), 0);
    const qint64 morning = QDateTime(QDate(2026, 11, 19), QTime(7, 0), Qt::UTC)
                               .toMSecsSinceEpoch(); // 08:00 in Berlin
    QCOMPARE(scalar(u"SELECT min(next_attempt_at) FROM messages"_s), morning);

    // In the morning one goes; the other meets the cap at the last moment, on another channel.
    const Outbox::Summary sent = sendAt(recorder, morning);
    QCOMPARE(sent.sent, 1);
    QCOMPARE(sent.suppressed, 1);
    QCOMPARE(
        scalar(u"SELECT suppression_reason = 'cap_day' FROM messages WHERE id = %1"_s.arg(second)),
        1);
}

void TestApologies::approvalEditsAndRejectsAreAudited()
{
    voucherCodes(2, 500, 150);
    const qint64 a = customer(u"Anna Genehmigt"_s, u"anna@example.de"_s, {});
    const qint64 b = customer(u"Bernd Abgelehnt"_s, u"bernd@example.de"_s, {});
    for (const qint64 c : {a, b}) {
        consent(c, MessageChannel::Email, true);
        openCase(parcel(order(c), u"InTransit"_s, u"Delayed"_s, m_now - 3 * day), u"late"_s,
            m_now - 2 * day);
    }
    QCOMPARE(create(m_now).drafts, 2);
    const qint64 draftA = onlyMessage(a, u"draft"_s);
    const qint64 draftB = onlyMessage(b, u"draft"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM vouchers WHERE message_id IS NOT NULL"_s), 2);
    QCOMPARE(scalar(u"SELECT count(*) FROM voucher_cases"_s), 2);
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT body, kind FROM messages WHERE id = %1"_s.arg(draftA)) && q.next());
    const QString code = u"SORRY-500-"_s;
    QVERIFY2(q.value(0).toString().contains(code), qPrintable(q.value(0).toString()));
    QCOMPARE(q.value(1).toString(), u"delay_apology_voucher"_s);

    const auto edited = ApologyWorkflow::edit(
        m_db, draftA, {u"Es tut uns leid"_s, u"Liebe Anna, …"_s, {}}, u"sam"_s, m_now + 1);
    QVERIFY(edited);
    const auto approved = ApologyWorkflow::approve(m_db, draftA, std::nullopt, u"sam"_s, m_now + 2);
    QVERIFY2(approved, approved ? "" : qPrintable(approved.error().message));
    QVERIFY(q.exec(u"SELECT state, subject, decided_by FROM messages WHERE id = %1"_s.arg(draftA))
        && q.next());
    QCOMPARE(q.value(0).toString(), u"queued"_s);
    QCOMPARE(q.value(1).toString(), u"Es tut uns leid"_s);
    QCOMPARE(q.value(2).toString(), u"sam"_s);
    // Decided once: a second approval is refused.
    QVERIFY(!ApologyWorkflow::approve(m_db, draftA, std::nullopt, u"tom"_s, m_now + 3));

    QVERIFY(
        ApologyWorkflow::reject(m_db, draftB, u"customer already called"_s, u"sam"_s, m_now + 4));
    QCOMPARE(scalar(u"SELECT count(*) FROM vouchers WHERE message_id IS NOT NULL"_s), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM voucher_cases"_s), 1);
    QVERIFY(q.exec(u"SELECT action || ':' || actor FROM audit_log WHERE entity = 'message' "
                   "ORDER BY id"_s));
    QStringList history;
    while (q.next())
        history << q.value(0).toString();
    QCOMPARE(
        history.join(u' '), u"drafted:anna drafted:anna edited:sam approved:sam rejected:sam"_s);
}

void TestApologies::optOutTakesEffectAtOnce()
{
    voucherCodes(1, 500, 150);
    exec(u"UPDATE apology_rules SET auto_approve = 1"_s);
    const qint64 c = customer(u"Olga Optout"_s, u"olga@example.de"_s, {});
    consent(c, MessageChannel::Email, true);
    openCase(parcel(order(c), u"InTransit"_s, u"Delayed"_s, m_now - 3 * day), u"late"_s,
        m_now - 2 * day);
    QCOMPARE(create(m_now).queued, 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM vouchers WHERE message_id IS NOT NULL"_s), 1);
    consent(c, MessageChannel::Email, false);
    QVERIFY(onlyMessage(c, u"suppressed"_s) > 0);
    QCOMPARE(scalar(u"SELECT suppression_reason = 'opted_out' FROM messages"_s), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM vouchers WHERE message_id IS NOT NULL"_s), 0);
    Recorder recorder;
    QCOMPARE(sendAt(recorder, m_now).sent, 0);

    // A withdrawal that reaches the table some other way is still seen at the last moment.
    const qint64 d = customer(u"Dora Direkt"_s, u"dora@example.de"_s, {});
    consent(d, MessageChannel::Email, true);
    openCase(parcel(order(d)), u"predicted_late"_s, m_now - hour);
    QCOMPARE(create(m_now).queued, 1);
    exec(u"UPDATE consents SET granted = 0 WHERE customer_id = %1"_s.arg(d));
    const Outbox::Summary run = sendAt(recorder, m_now);
    QCOMPARE(run.sent, 0);
    QCOMPARE(run.suppressed, 1);
    QCOMPARE(recorder.sent.size(), 0);
}

void TestApologies::budgetStopsAutoApproval()
{
    voucherCodes(3, 500, 200);
    exec(u"UPDATE settings SET value = '300' WHERE key = 'apology.voucher_budget_cents'"_s);
    exec(u"UPDATE apology_rules SET auto_approve = 1"_s);
    QList<qint64> customers;
    for (const QString &name : {u"Erster Kunde"_s, u"Zweiter Kunde"_s}) {
        const qint64 c = customer(name, name.section(u' ', 0, 0).toLower() + u"@example.de"_s, {});
        consent(c, MessageChannel::Email, true);
        openCase(parcel(order(c), u"InTransit"_s, u"Delayed"_s, m_now - 3 * day), u"late"_s,
            m_now - 2 * day);
        customers << c;
    }
    const ApologyWorkflow::Summary made = create(m_now);
    QCOMPARE(made.queued, 1); // 2 € of a 3 € budget
    QCOMPARE(made.drafts, 1); // another 2 € would exceed it: a person decides
    QVERIFY(onlyMessage(customers.at(0), u"queued"_s) > 0);
    QVERIFY(onlyMessage(customers.at(1), u"draft"_s) > 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE detail LIKE '%budget%'"_s), 1);
}

void TestApologies::quietHoursOverMidnight()
{
    ApologySettings s;
    const auto at = [](int h, int m) {
        return QDateTime(QDate(2026, 7, 1), QTime(h, m), QTimeZone("Europe/Berlin"))
            .toMSecsSinceEpoch();
    };
    QVERIFY(!ApologyWorkflow::quietUntil(s, u"Europe/Berlin"_s, {}, at(20, 59)));
    QCOMPARE(
        *ApologyWorkflow::quietUntil(s, u"Europe/Berlin"_s, {}, at(21, 0)), at(8, 0) + 24 * hour);
    QCOMPARE(*ApologyWorkflow::quietUntil(s, u"Europe/Berlin"_s, {}, at(3, 0)), at(8, 0));
    QVERIFY(!ApologyWorkflow::quietUntil(s, u"Europe/Berlin"_s, {}, at(8, 0)));
    // Without a zone of its own, the customer's country tells.
    QCOMPARE(*ApologyWorkflow::quietUntil(s, {}, u"DE"_s, at(23, 0)), at(8, 0) + 24 * hour);
    s.quietStart = s.quietEnd;
    QVERIFY(!ApologyWorkflow::quietUntil(s, u"Europe/Berlin"_s, {}, at(23, 0)));
}

void TestApologies::wordsFitTheTrouble()
{
    exec(u"UPDATE apology_rules SET enabled = 0 WHERE action = 'voucher'"_s);
    const qint64 broken = customer(u"Bruno Bruch"_s, u"bruno@example.de"_s, {});
    consent(broken, MessageChannel::Email, true);
    openCase(parcel(order(broken), u"Exception"_s, u"Damaged"_s), u"damaged"_s, m_now - hour);
    const qint64 late
        = customer(u"Liam Late"_s, u"liam@example.com"_s, {}, u"Europe/London"_s, u"en"_s);
    consent(late, MessageChannel::Email, true);
    openCase(parcel(order(late), u"InTransit"_s, u"Delayed"_s, m_now - 3 * day), u"late"_s,
        m_now - 2 * day);
    QCOMPARE(create(m_now).drafts, 2);
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT kind, body FROM messages WHERE customer_id = %1"_s.arg(broken))
        && q.next());
    QCOMPARE(q.value(0).toString(), u"parcel_apology"_s);
    QVERIFY2(
        q.value(1).toString().contains(u"schiefgegangen"_s), qPrintable(q.value(1).toString()));
    QVERIFY(!q.value(1).toString().contains(u"später"_s));
    QVERIFY(
        q.exec(u"SELECT kind, body FROM messages WHERE customer_id = %1"_s.arg(late)) && q.next());
    QCOMPARE(q.value(0).toString(), u"delay_apology"_s);
    QVERIFY2(q.value(1).toString().contains(u"is 3 days later than we promised"_s),
        qPrintable(q.value(1).toString()));
}

void TestApologies::whatsAppGetsATemplateWithEveryParameter()
{
    exec(u"UPDATE apology_rules SET auto_approve = 0"_s);
    const qint64 c = customer(u"Wanda Whatsapp"_s, {}, u"+49 151 1112223"_s);
    consent(c, MessageChannel::WhatsApp, true);
    // Damaged: no expected date to give; the template still gets three words.
    openCase(parcel(order(c), u"Exception"_s, u"Damaged"_s), u"damaged"_s, m_now - hour);
    QCOMPARE(create(m_now).drafts, 1);
    const qint64 id = onlyMessage(c, u"draft"_s);
    QSqlQuery q(m_db.connection());
    QVERIFY(
        q.exec(u"SELECT channel, payload, body FROM messages WHERE id = %1"_s.arg(id)) && q.next());
    QCOMPARE(q.value(0).toString(), u"whatsapp"_s);
    const QJsonObject payload = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    QCOMPARE(payload.value(u"template"_s).toString(), u"parcel_trouble_apology"_s);
    QCOMPARE(payload.value(u"language"_s).toString(), u"de"_s);
    const QJsonArray parameters = payload.value(u"parameters"_s).toArray();
    QCOMPARE(parameters.size(), 3);
    for (const QJsonValue &p : parameters)
        QVERIFY2(!p.toString().trimmed().isEmpty(), qPrintable(q.value(1).toString()));
    QVERIFY(!q.value(2).toString().isEmpty()); // the SMS text, for the people reading the queue
    q.finish();
    // Its words are the provider's template: an edit is refused, nothing changes.
    const auto edited = ApologyWorkflow::approve(
        m_db, id, ApologyWorkflow::Edit {{}, u"Hallo"_s, {}}, u"sam"_s, m_now + 1);
    QVERIFY(!edited);
    QCOMPARE(
        scalar(u"SELECT count(*) FROM messages WHERE id = %1 AND state = 'draft'"_s.arg(id)), 1);
    QVERIFY(!ApologyWorkflow::edit(m_db, id, {{}, u"Hallo"_s, {}}, u"sam"_s, m_now + 1));
}

void TestApologies::deliveredMeanwhileIsNotSent()
{
    // Queued for the morning at night in Berlin; the parcel arrives first.
    const qint64 c = customer(u"Paula Puenktlich"_s, u"paula@example.de"_s, {});
    consent(c, MessageChannel::Email, true);
    const qint64 p = parcel(order(c));
    openCase(p, u"predicted_late"_s, m_now - hour);
    const qint64 night = QDateTime(QDate(2026, 11, 18), QTime(22, 0), Qt::UTC).toMSecsSinceEpoch();
    QCOMPARE(create(night).queued, 1);
    exec(u"UPDATE shipments SET status_tag = 'Delivered', sub_status = 'Delivered', "
         "delivered_at = %1 WHERE id = %2"_s.arg(night + 8 * hour)
             .arg(p));
    Recorder recorder;
    const Outbox::Summary run = sendAt(recorder, night + 10 * hour);
    QCOMPARE(run.sent, 0);
    QCOMPARE(run.suppressed, 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE customer_id = %1 AND "
                    "suppression_reason = 'delivered'"_s.arg(c)),
        1);
}

QTEST_GUILESS_MAIN(TestApologies)
#include "tst_apologies.moc"
