#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ParcelDesk {

// What a file to import holds.
enum class ImportKind {
    Orders,
    Shipments,
    Feedback,
};
QString importKindToString(ImportKind kind); // "orders", "shipments", "feedback"
std::optional<ImportKind> importKindFromString(QStringView text);

// One of our fields a column can fill.
struct ImportField
{
    QString name; // as in JSON lines and profiles: "order", "tracking", ...
    bool required = false;
    QString description; // for people, translated
};

// Which column of a file fills which of our fields (README, "Importing orders, shipments and
// feedback"): each field names one or more columns, the first non-empty one wins (Shopify's
// Phone, else Shipping Phone). Times are ISO 8601 (also "2025-10-07 09:50:26 +0200", as
// Shopify writes them) unless dateFormat gives a Qt format such as "dd.MM.yyyy HH:mm"; money
// uses decimalSeparator.
struct ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ImportMapping)

public:
    ImportKind kind = ImportKind::Orders;
    QHash<QString, QStringList> columns; // our field → the file's column headers (or JSON keys)
    QString dateFormat; // empty: ISO 8601
    QChar decimalSeparator = u'.';
    // Shopify's order export: the built-in mapping; cancelled orders are left out.
    bool shopify = false;

    // The fields of a kind, in the order a dialog lists them.
    static QList<ImportField> fields(ImportKind kind);
    // Our own field names, each to the column of the same name.
    static ImportMapping identity(ImportKind kind);
    // The built-in mapping of Shopify's order export.
    static ImportMapping shopifyOrders();
    // Whether a header is that of Shopify's order export.
    static bool isShopifyOrderExport(const QStringList &header);
    // A proposal for a file with this header: Shopify's mapping for its order export, else each
    // field to the column that names it (our field names and their common spellings, ignoring
    // case, spaces, '_' and '-'). Fields without a column are left out.
    static ImportMapping propose(ImportKind kind, const QStringList &header);
    // Compares column names as propose() does: "Shipping Zip" matches "shipping_zip".
    static QString normalizedColumn(QStringView name);

    // Problems that make the mapping unusable: unknown fields, a required field without a
    // column, a bad decimal separator. Empty when it is fine.
    QStringList problems() const;

    // As stored in import_profiles.mapping: {"order": "Bestellnummer", "phone": ["Telefon",
    // "Mobil"], "date_format": "dd.MM.yyyy", "decimal_separator": ","}.
    QJsonObject toJson() const;
    static Result<ImportMapping> fromJson(ImportKind kind, const QJsonObject &json);

    bool operator==(const ImportMapping &other) const = default;
};

} // namespace ParcelDesk
