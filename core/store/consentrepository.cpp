#include "consentrepository.h"

#include "apologyrepository.h"
#include "voucherrepository.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

QString messageChannelLabel(MessageChannel channel)
{
    switch (channel) {
    case MessageChannel::Email:
        return ConsentRepository::tr("e-mail");
    case MessageChannel::Sms:
        return ConsentRepository::tr("SMS");
    case MessageChannel::WhatsApp:
        return ConsentRepository::tr("WhatsApp");
    }
    return {};
}

QList<Consent> ConsentRepository::forCustomer(qint64 customerId, bool *ok) const
{
    QList<Consent> list;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT channel, granted, source, at FROM consents WHERE customer_id = ? "
              "ORDER BY channel"_s);
    q.addBindValue(customerId);
    const bool read = q.exec();
    if (ok)
        *ok = read;
    if (!read)
        return list;
    while (q.next()) {
        const auto channel = messageChannelFromString(q.value(0).toString());
        if (!channel)
            continue;
        list.append({customerId, *channel, q.value(1).toBool(), q.value(2).toString(),
            q.value(3).toLongLong()});
    }
    return list;
}

Result<ConsentRepository::Change> ConsentRepository::set(
    const Consent &consent, const QString &actor)
{
    if (consent.source.trimmed().isEmpty())
        return Error {tr("Say where the consent comes from (for example: checkout, phone call).")};
    const QSqlDatabase db = m_db.connection();
    WriteTransaction txn(db);
    if (!txn.isOpen())
        return Error {tr("Cannot record the consent: %1").arg(txn.error())};
    const auto failed = [](const QSqlQuery &q) {
        return Error {tr("Cannot record the consent: %1").arg(q.lastError().text())};
    };
    const QString channel = messageChannelToString(consent.channel);
    QSqlQuery q(db);
    q.prepare(u"SELECT 1 FROM customers WHERE id = ?"_s);
    q.addBindValue(consent.customerId);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return Error {tr("Customer %1 is not in the database.").arg(consent.customerId)};
    q.prepare(u"INSERT INTO consents (customer_id, channel, granted, source, at) "
              "VALUES (?, ?, ?, ?, ?) ON CONFLICT (customer_id, channel) DO UPDATE SET "
              "granted = excluded.granted, source = excluded.source, at = excluded.at"_s);
    q.addBindValue(consent.customerId);
    q.addBindValue(channel);
    q.addBindValue(consent.granted ? 1 : 0);
    q.addBindValue(consent.source.trimmed());
    q.addBindValue(consent.atMs);
    if (!q.exec())
        return failed(q);

    Change change;
    if (!consent.granted) {
        // An opt-out concerns messages nobody asked for; an answer the customer asked for
        // still goes.
        q.prepare(u"UPDATE messages SET state = 'suppressed', suppression_reason = 'opted_out' "
                  "WHERE customer_id = ? AND channel = ? AND state IN ('draft', 'approved', "
                  "'queued') AND kind IN ("_s
            + ApologyRepository::proactiveKindsSql() + u") RETURNING id"_s);
        q.addBindValue(consent.customerId);
        q.addBindValue(channel);
        if (!q.exec())
            return failed(q);
        QList<qint64> held;
        while (q.next())
            held << q.value(0).toLongLong();
        q.finish();
        change.heldBack = int(held.size());
        // Their codes will now never leave: back to the pool.
        for (const qint64 id : held) {
            if (const auto released = VoucherRepository::releaseWithinTransaction(db, id);
                !released)
                return released.error();
        }
    }
    q.prepare(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
              "VALUES (?, ?, ?, 'customer', ?, ?)"_s);
    q.addBindValue(consent.atMs);
    q.addBindValue(actor);
    q.addBindValue(consent.granted ? u"consent_granted"_s : u"consent_withdrawn"_s);
    q.addBindValue(consent.customerId);
    q.addBindValue(QString(channel + u" ("_s + consent.source.trimmed() + u")"_s
        + (change.heldBack ? u"; %1 message(s) held back"_s.arg(change.heldBack) : QString())));
    if (!q.exec())
        return failed(q);
    if (!txn.commit())
        return Error {tr("Cannot record the consent: %1").arg(txn.error())};
    return change;
}

} // namespace ParcelDesk
