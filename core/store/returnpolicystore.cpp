#include "returnpolicystore.h"

#include "writetransaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

Result<ReturnPolicy> ReturnPolicyStore::load(const Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT value FROM settings WHERE key = 'returns.policy'"_s))
        return Error {tr("Cannot read the return policy: %1").arg(q.lastError().text())};
    if (!q.next())
        return ReturnPolicy::defaults();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &error);
    if (!doc.isObject())
        return Error {
            tr("The stored return policy is not a JSON object: %1").arg(error.errorString())};
    return ReturnPolicy::fromJson(doc.object(), u"settings returns.policy"_s);
}

Outcome ReturnPolicyStore::save(
    const Database &db, const ReturnPolicy &policy, const QString &actor, qint64 nowMs)
{
    const QSqlDatabase conn = db.connection();
    WriteTransaction txn(conn);
    if (!txn.isOpen())
        return Error {tr("Cannot save the return policy: %1").arg(txn.error())};
    QSqlQuery q(conn);
    q.prepare(u"INSERT INTO settings (key, value) VALUES ('returns.policy', ?) "
              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Error {tr("Cannot save the return policy: %1").arg(q.lastError().text())};
    q.prepare(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
              "VALUES (?, ?, 'policy_saved', 'returns', NULL, ?)"_s);
    q.addBindValue(nowMs);
    q.addBindValue(actor);
    q.addBindValue(u"%1 categories"_s.arg(policy.categories.size()));
    if (!q.exec() || !txn.commit())
        return Error {tr("Cannot save the return policy: %1").arg(q.lastError().text())};
    return Done {};
}

Result<QMap<QString, QStringList>> ReturnPolicyStore::warehouseAddresses(const Database &db)
{
    QSqlQuery q(db.connection());
    QMap<QString, QStringList> addresses;
    if (!q.exec(u"SELECT DISTINCT origin_country FROM shipments WHERE direction = 'outbound' "
                "AND origin_country IS NOT NULL UNION SELECT DISTINCT warehouse FROM returns "
                "WHERE warehouse IS NOT NULL"_s))
        return Error {tr("Cannot read the warehouses: %1").arg(q.lastError().text())};
    while (q.next()) {
        if (!q.value(0).toString().isEmpty())
            addresses.insert(q.value(0).toString(), {});
    }
    if (!q.exec(u"SELECT substr(key, 19), value FROM settings "
                "WHERE key LIKE 'returns.warehouse.%'"_s))
        return Error {tr("Cannot read the warehouses: %1").arg(q.lastError().text())};
    while (q.next())
        addresses.insert(q.value(0).toString(), q.value(1).toString().split(u'\n'));
    return addresses;
}

Outcome ReturnPolicyStore::saveWarehouseAddress(const Database &db, const QString &country,
    const QStringList &lines, const QString &actor, qint64 nowMs)
{
    const QString cc = country.trimmed().toUpper();
    if (cc.size() != 2 || !cc.at(0).isLetter() || !cc.at(1).isLetter())
        return Error {tr("warehouse: \"%1\" is not a country code like DE.").arg(country)};
    QStringList kept;
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            kept << line.trimmed();
    }
    const QSqlDatabase conn = db.connection();
    WriteTransaction txn(conn);
    if (!txn.isOpen())
        return Error {tr("Cannot save the warehouse's address: %1").arg(txn.error())};
    QSqlQuery q(conn);
    if (kept.isEmpty()) {
        q.prepare(u"DELETE FROM settings WHERE key = ?"_s);
        q.addBindValue(QString(u"returns.warehouse."_s + cc));
    } else {
        q.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        q.addBindValue(QString(u"returns.warehouse."_s + cc));
        q.addBindValue(kept.join(u'\n'));
    }
    if (!q.exec())
        return Error {tr("Cannot save the warehouse's address: %1").arg(q.lastError().text())};
    q.prepare(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
              "VALUES (?, ?, 'warehouse_address', 'returns', NULL, ?)"_s);
    q.addBindValue(nowMs);
    q.addBindValue(actor);
    q.addBindValue(QString(cc + u": "_s + kept.join(u", "_s)));
    if (!q.exec() || !txn.commit())
        return Error {tr("Cannot save the warehouse's address: %1").arg(q.lastError().text())};
    return Done {};
}

} // namespace ParcelDesk
