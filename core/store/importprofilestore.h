#pragma once

#include "domain/result.h"
#include "store/database.h"
#include "workflows/importmapping.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ParcelDesk {

// A column mapping saved under a name (import_profiles), so a file layout is mapped once.
struct ImportProfile
{
    QString name;
    ImportMapping mapping;
    qint64 updatedAtMs = 0;
};

class ImportProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ImportProfileStore)

public:
    // "shopify": the built-in mapping of Shopify's order export; not stored, cannot be replaced.
    static QString builtinShopify();

    // Saves or replaces a profile; the mapping must be usable (ImportMapping::problems()).
    static Outcome save(
        const Database &db, const QString &name, const ImportMapping &mapping, qint64 nowMs);
    // A saved profile, or the built-in one.
    static Result<ImportProfile> load(const Database &db, const QString &name);
    // Every saved profile, by name (the built-in one is not listed).
    static Result<QList<ImportProfile>> list(const Database &db);
    static Outcome remove(const Database &db, const QString &name);
};

} // namespace ParcelDesk
