#include "importprofilestore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

Result<ImportProfile> fromRow(const QSqlQuery &q)
{
    ImportProfile p;
    p.name = q.value(0).toString();
    const auto kind = importKindFromString(q.value(1).toString());
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(2).toString().toUtf8());
    if (!kind || !doc.isObject())
        return Error {ImportProfileStore::tr("The import profile %1 is damaged.").arg(p.name)};
    auto mapping = ImportMapping::fromJson(*kind, doc.object());
    if (!mapping)
        return Error {ImportProfileStore::tr("The import profile %1 is damaged: %2")
                          .arg(p.name, mapping.error().message)};
    p.mapping = *mapping;
    p.updatedAtMs = q.value(3).toLongLong();
    return p;
}

} // namespace

QString ImportProfileStore::builtinShopify()
{
    return u"shopify"_s;
}

Outcome ImportProfileStore::save(
    const Database &db, const QString &name, const ImportMapping &mapping, qint64 nowMs)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error {tr("An import profile needs a name.")};
    if (trimmed.compare(builtinShopify(), Qt::CaseInsensitive) == 0)
        return Error {tr("%1 is the built-in mapping of Shopify's order export; choose another "
                         "name.")
                          .arg(builtinShopify())};
    if (const QStringList problems = mapping.problems(); !problems.isEmpty())
        return Error {
            tr("The import profile %1 cannot be saved:\n%2").arg(trimmed, problems.join(u'\n'))};
    QSqlQuery q(db.connection());
    q.prepare(u"INSERT INTO import_profiles (name, kind, mapping, updated_at) VALUES (?, ?, ?, ?) "
              "ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, mapping = excluded.mapping, "
              "updated_at = excluded.updated_at"_s);
    q.addBindValue(trimmed);
    q.addBindValue(importKindToString(mapping.kind));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(nowMs);
    if (!q.exec())
        return Error {
            tr("Cannot save the import profile %1: %2").arg(trimmed, q.lastError().text())};
    return Done {};
}

Result<ImportProfile> ImportProfileStore::load(const Database &db, const QString &name)
{
    if (name.trimmed().compare(builtinShopify(), Qt::CaseInsensitive) == 0) {
        ImportProfile p;
        p.name = builtinShopify();
        p.mapping = ImportMapping::shopifyOrders();
        return p;
    }
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT name, kind, mapping, updated_at FROM import_profiles WHERE name = ?"_s);
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return Error {tr("Cannot read the import profile %1: %2").arg(name, q.lastError().text())};
    if (!q.next())
        return Error {tr("There is no import profile %1.").arg(name)};
    return fromRow(q);
}

Result<QList<ImportProfile>> ImportProfileStore::list(const Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT name, kind, mapping, updated_at FROM import_profiles ORDER BY name"_s))
        return Error {tr("Cannot read the import profiles: %1").arg(q.lastError().text())};
    QList<ImportProfile> out;
    while (q.next()) {
        auto p = fromRow(q);
        if (!p)
            return p.error();
        out << *p;
    }
    return out;
}

Outcome ImportProfileStore::remove(const Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    q.prepare(u"DELETE FROM import_profiles WHERE name = ?"_s);
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return Error {
            tr("Cannot delete the import profile %1: %2").arg(name, q.lastError().text())};
    if (q.numRowsAffected() == 0)
        return Error {tr("There is no import profile %1.").arg(name)};
    return Done {};
}

} // namespace ParcelDesk
