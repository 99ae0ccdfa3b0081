#include "apologyrepository.h"

#include "messagerepository.h"
#include "sqldialect.h"
#include "sqlvalues.h"
#include "writetransaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

constexpr qint64 dayMs = 86'400'000;

} // namespace

const QStringList &ApologyRepository::proactiveKinds()
{
    static const QStringList kinds {u"delay_notice"_s, u"delay_apology"_s,
        u"delay_apology_voucher"_s, u"parcel_apology"_s, u"parcel_apology_voucher"_s};
    return kinds;
}

const QString &ApologyRepository::proactiveKindsSql()
{
    static const QString list = [] {
        QStringList quoted;
        for (const QString &kind : proactiveKinds())
            quoted << u"'"_s + kind + u"'"_s;
        return quoted.join(u", "_s);
    }();
    return list;
}

Result<QList<ApologyRule>> ApologyRepository::rules() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT id, position, enabled, name, case_kinds, min_days_late, min_problems, "
                "window_days, action, voucher_value_cents, auto_approve FROM apology_rules "
                "ORDER BY position, id"_s))
        return Error {tr("Cannot read the apology rules: %1").arg(q.lastError().text())};
    QList<ApologyRule> list;
    while (q.next()) {
        ApologyRule r;
        r.id = q.value(0).toLongLong();
        r.position = q.value(1).toInt();
        r.enabled = q.value(2).toBool();
        r.name = q.value(3).toString();
        r.caseKinds = q.value(4).toString().split(u',', Qt::SkipEmptyParts);
        for (QString &kind : r.caseKinds)
            kind = kind.trimmed();
        r.minDaysLate = q.value(5).toInt();
        r.minProblems = q.value(6).toInt();
        r.windowDays = q.value(7).toInt();
        r.action = apologyActionFromString(q.value(8).toString()).value_or(ApologyAction::None);
        r.voucherValueCents = q.value(9).toLongLong();
        r.autoApprove = q.value(10).toBool();
        list.append(r);
    }
    return list;
}

Outcome ApologyRepository::saveRules(
    const QList<ApologyRule> &rules, const QString &actor, qint64 nowMs)
{
    for (const ApologyRule &rule : rules) {
        if (const QString problem = ApologyRules::problem(rule); !problem.isEmpty())
            return Error {problem};
    }
    const QSqlDatabase db = m_db.connection();
    WriteTransaction txn(db);
    if (!txn.isOpen())
        return Error {tr("Cannot save the apology rules: %1").arg(txn.error())};
    QSqlQuery q(db);
    if (!q.exec(u"DELETE FROM apology_rules"_s))
        return Error {tr("Cannot save the apology rules: %1").arg(q.lastError().text())};
    q.prepare(u"INSERT INTO apology_rules (position, enabled, name, case_kinds, min_days_late, "
              "min_problems, window_days, action, voucher_value_cents, auto_approve) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    int position = 0;
    for (const ApologyRule &r : rules) {
        q.addBindValue(position += 10);
        q.addBindValue(r.enabled ? 1 : 0);
        q.addBindValue(r.name.trimmed());
        // Not NULL for a rule of any kind: an empty list joins to a null string.
        const QString kinds = r.caseKinds.join(u',');
        q.addBindValue(kinds.isNull() ? u""_s : kinds);
        q.addBindValue(r.minDaysLate);
        q.addBindValue(r.minProblems);
        q.addBindValue(r.windowDays);
        q.addBindValue(apologyActionToString(r.action));
        q.addBindValue(r.voucherValueCents);
        q.addBindValue(r.autoApprove ? 1 : 0);
        if (!q.exec())
            return Error {tr("Cannot save the apology rules: %1").arg(q.lastError().text())};
    }
    q.prepare(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
              "VALUES (?, ?, 'rules_saved', 'apology_rules', NULL, ?)"_s);
    q.addBindValue(nowMs);
    q.addBindValue(actor);
    q.addBindValue(u"%1 rule(s)"_s.arg(rules.size()));
    if (!q.exec() || !txn.commit())
        return Error {tr("Cannot save the apology rules: %1").arg(q.lastError().text())};
    return Done {};
}

ApologySettings ApologyRepository::settings() const
{
    ApologySettings s;
    QSqlQuery q(m_db.connection());
    if (!q.exec(
            u"SELECT key, value FROM settings WHERE key LIKE 'apology.%' OR key = 'shop.name'"_s))
        return s;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == u"apology.cap_per_day")
            s.capPerDay = value.toInt();
        else if (key == u"apology.cap_per_week")
            s.capPerWeek = value.toInt();
        else if (key == u"apology.quiet_start")
            s.quietStart = QTime::fromString(value, u"HH:mm"_s);
        else if (key == u"apology.quiet_end")
            s.quietEnd = QTime::fromString(value, u"HH:mm"_s);
        else if (key == u"shop.name")
            s.shopName = value;
    }
    return s;
}

Outcome ApologyRepository::saveSettings(
    const ApologySettings &s, const QString &actor, qint64 nowMs)
{
    if (s.capPerDay < 0 || s.capPerWeek < 0)
        return Error {tr("A cap cannot be negative.")};
    if (!s.quietStart.isValid() || !s.quietEnd.isValid())
        return Error {tr("Quiet hours need a start and an end (HH:mm).")};
    const QSqlDatabase db = m_db.connection();
    WriteTransaction txn(db);
    if (!txn.isOpen())
        return Error {tr("Cannot save the guardrails: %1").arg(txn.error())};
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) "
              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    const QList<std::pair<QString, QString>> values {
        {u"apology.cap_per_day"_s, QString::number(s.capPerDay)},
        {u"apology.cap_per_week"_s, QString::number(s.capPerWeek)},
        {u"apology.quiet_start"_s, s.quietStart.toString(u"HH:mm"_s)},
        {u"apology.quiet_end"_s, s.quietEnd.toString(u"HH:mm"_s)},
        {u"shop.name"_s, s.shopName.trimmed()},
    };
    QStringList detail;
    for (const auto &[key, value] : values) {
        q.addBindValue(key);
        q.addBindValue(value);
        if (!q.exec())
            return Error {tr("Cannot save the guardrails: %1").arg(q.lastError().text())};
        detail << key + u'=' + value;
    }
    q.prepare(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
              "VALUES (?, ?, 'settings_saved', 'apology_settings', NULL, ?)"_s);
    q.addBindValue(nowMs);
    q.addBindValue(actor);
    q.addBindValue(detail.join(u", "_s));
    if (!q.exec() || !txn.commit())
        return Error {tr("Cannot save the guardrails: %1").arg(q.lastError().text())};
    return Done {};
}

Result<QList<CandidateCustomer>> ApologyRepository::candidates(
    const QList<int> &windowsDays, qint64 nowMs, int limit) const
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Open cases on parcels still on their way out whose status no message has told yet; the
    // most urgent case of a parcel first.
    q.prepare(u"SELECT pc.id, pc.kind, pc.opened_at, s.id, o.id, o.order_number, s.carrier, "
              "s.tracking_number, s.status_tag || '/' || s.sub_status, s.promised_at, c.id, "
              "c.name, coalesce(c.email, ''), coalesce(c.phone, ''), c.language, "
              "coalesce(c.time_zone, ''), coalesce(c.country, '') "
              "FROM problem_cases pc "
              "JOIN shipments s ON s.id = pc.shipment_id AND s.direction = 'outbound' "
              "AND s.delivered_at IS NULL "
              "JOIN orders o ON o.id = s.order_id "
              "JOIN customers c ON c.id = o.customer_id AND c.erased_at IS NULL "
              "WHERE pc.state != 'resolved' AND NOT EXISTS (SELECT 1 FROM message_parcels mp "
              "WHERE mp.shipment_id = s.id AND mp.status = s.status_tag || '/' || s.sub_status) "
              "ORDER BY c.id, s.id, pc.priority, pc.opened_at"_s);
    if (!q.exec())
        return Error {tr("Cannot find the parcels to tell about: %1").arg(q.lastError().text())};
    QList<CandidateCustomer> customers;
    while (q.next()) {
        const qint64 customerId = q.value(10).toLongLong();
        const qint64 shipmentId = q.value(3).toLongLong();
        if (customers.isEmpty() || customers.last().id != customerId) {
            if (customers.size() >= limit)
                break;
            CandidateCustomer c;
            c.id = customerId;
            c.name = q.value(11).toString();
            c.email = q.value(12).toString();
            c.phone = q.value(13).toString();
            c.language = q.value(14).toString();
            c.timeZone = q.value(15).toString();
            c.country = q.value(16).toString();
            customers.append(c);
        }
        CandidateCustomer &c = customers.last();
        if (!c.parcels.isEmpty() && c.parcels.last().shipmentId == shipmentId)
            continue; // a less urgent case of the same parcel
        CandidateParcel p;
        p.caseId = q.value(0).toLongLong();
        p.caseKind = q.value(1).toString();
        p.caseOpenedAtMs = q.value(2).toLongLong();
        p.shipmentId = shipmentId;
        p.orderId = q.value(4).toLongLong();
        p.orderNumber = q.value(5).toString();
        p.carrier = q.value(6).toString();
        p.trackingNumber = q.value(7).toString();
        p.status = q.value(8).toString();
        p.promisedAtMs = SqlValues::optional<qint64>(q.value(9));
        c.parcels.append(p);
    }
    q.finish();

    QSqlQuery count(db);
    count.prepare(
        u"SELECT count(DISTINCT s.id) FROM orders o JOIN shipments s ON s.order_id = o.id "
        "AND s.direction = 'outbound' JOIN problem_cases pc ON pc.shipment_id = s.id "
        "WHERE o.customer_id = ? AND pc.opened_at >= ? AND pc.kind != 'not_received_claim'"_s);
    for (CandidateCustomer &c : customers) {
        for (const int days : windowsDays) {
            count.addBindValue(c.id);
            count.addBindValue(nowMs - days * dayMs);
            if (!count.exec() || !count.next())
                return Error {
                    tr("Cannot count the customer's problems: %1").arg(count.lastError().text())};
            c.problemsWithin.insert(days, count.value(0).toInt());
        }
    }
    return customers;
}

Result<ApologyFigures> ApologyRepository::figures(qint64 nowMs) const
{
    ApologyFigures f;
    QSqlQuery q(m_db.connection());
    const QString &kinds = proactiveKindsSql();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
    const qint64 monthStart
        = QDateTime(QDate(now.date().year(), now.date().month(), 1), QTime(0, 0))
              .toMSecsSinceEpoch();
    q.prepare(u"SELECT count(*) FILTER (WHERE state = 'draft'), count(*) FILTER (WHERE state = "
              "'queued'), count(*) FILTER (WHERE state = 'sent' AND sent_at >= ?), count(*) "
              "FILTER (WHERE state = 'dead') FROM messages WHERE kind IN ("_s
        + kinds + u") AND state IN ('draft', 'queued', 'sent', 'dead')"_s);
    q.addBindValue(monthStart);
    if (!q.exec() || !q.next())
        return Error {tr("Cannot read the apology figures: %1").arg(q.lastError().text())};
    f.awaitingApproval = q.value(0).toInt();
    f.queued = q.value(1).toInt();
    f.sentThisMonth = q.value(2).toInt();
    f.deadLetters = q.value(3).toInt();

    q.prepare(u"SELECT suppression_reason, count(*) FROM messages WHERE state = 'suppressed' "
              "AND created_at >= ? GROUP BY suppression_reason"_s);
    q.addBindValue(nowMs - 30 * dayMs);
    if (!q.exec())
        return Error {tr("Cannot read the apology figures: %1").arg(q.lastError().text())};
    while (q.next())
        f.suppressedByReason.insert(q.value(0).toString(), q.value(1).toInt());

    q.prepare(u"WITH late AS (SELECT DISTINCT shipment_id AS id FROM problem_cases "
              "WHERE kind IN ('late', 'predicted_late') AND opened_at >= ?), "
              "flagged AS (SELECT (EXISTS (SELECT 1 FROM message_parcels mp JOIN messages m "
              "ON m.id = mp.message_id WHERE mp.shipment_id = late.id AND m.state = 'sent') "
              "OR EXISTS (SELECT 1 FROM messages m WHERE m.shipment_id = late.id "
              "AND m.state = 'sent' AND m.kind IN ("_s
        + kinds
        + u"))) AS told, (SELECT count(*) FROM contacts c WHERE c.shipment_id = late.id "
          "AND c.reason IN ('where_is_my_order', 'not_received')) AS calls FROM late) "
          "SELECT told, count(*), sum(calls) FROM flagged GROUP BY told"_s);
    q.addBindValue(nowMs - 90 * dayMs);
    if (!q.exec())
        return Error {tr("Cannot read the apology figures: %1").arg(q.lastError().text())};
    while (q.next()) {
        if (q.value(0).toBool()) {
            f.lateTold = q.value(1).toInt();
            f.contactsTold = q.value(2).toInt();
        } else {
            f.lateNotTold = q.value(1).toInt();
            f.contactsNotTold = q.value(2).toInt();
        }
    }
    return f;
}

Result<QList<ApologyMessageRow>> ApologyRepository::messages(
    const QList<MessageState> &states, int limit) const
{
    QStringList stateNames;
    for (const MessageState s : states)
        stateNames << u"'"_s + messageStateToString(s) + u"'"_s;
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    constexpr int extra = MessageRepository::columnCount;
    q.prepare(u"SELECT "_s + MessageRepository::columns()
        + u", (SELECT c.name FROM customers c WHERE c.id = messages.customer_id), (SELECT "_s
        + Sql::groupConcat(sqlDialectOf(db), u"o.order_number"_s, u","_s, true)
        + u" FROM message_parcels mp "
          "JOIN shipments s ON s.id = mp.shipment_id JOIN orders o ON o.id = s.order_id "
          "WHERE mp.message_id = messages.id), "
          "(SELECT count(*) FROM message_parcels mp WHERE mp.message_id = messages.id), "
          "(SELECT v.code FROM vouchers v WHERE v.message_id = messages.id), "
          "(SELECT v.value_cents FROM vouchers v WHERE v.message_id = messages.id) "
          "FROM messages WHERE kind IN ("_s
        + proactiveKindsSql() + u")"_s
        + (stateNames.isEmpty() ? QString()
                                : u" AND state IN ("_s + stateNames.join(u", "_s) + u")"_s)
        + u" ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return Error {tr("Cannot read the messages: %1").arg(q.lastError().text())};
    QList<ApologyMessageRow> rows;
    while (q.next()) {
        ApologyMessageRow r;
        r.message = MessageRepository::fromRow(q);
        r.customerName = q.value(extra).toString();
        r.orderNumbers = q.value(extra + 1).toString().replace(u',', u", "_s);
        r.parcels = q.value(extra + 2).toInt();
        r.voucherCode = q.value(extra + 3).toString();
        r.voucherValueCents = q.value(extra + 4).toLongLong();
        rows.append(r);
    }
    return rows;
}

} // namespace ParcelDesk
