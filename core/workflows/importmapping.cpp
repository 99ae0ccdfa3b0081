#include "importmapping.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

// Column names people and other tools use for our fields, normalized (normalizedColumn).
struct Spelling
{
    const char16_t *field;
    const char16_t *column;
};
constexpr Spelling spellings[] = {
    {u"order", u"ordernumber"},
    {u"order", u"orderno"},
    {u"order", u"orderid"},
    {u"order", u"ordername"},
    {u"order", u"bestellnummer"},
    {u"placed_at", u"placed"},
    {u"placed_at", u"createdat"},
    {u"placed_at", u"orderdate"},
    {u"placed_at", u"date"},
    {u"email", u"customeremail"},
    {u"customer_name", u"name"},
    {u"customer_name", u"customer"},
    {u"customer_name", u"shippingname"},
    {u"phone", u"customerphone"},
    {u"phone", u"shippingphone"},
    {u"customer_ref", u"customerid"},
    {u"customer_ref", u"externalref"},
    {u"total", u"totalprice"},
    {u"total", u"amount"},
    {u"street", u"address"},
    {u"street", u"address1"},
    {u"street", u"shippingstreet"},
    {u"street", u"shippingaddress1"},
    {u"postcode", u"zip"},
    {u"postcode", u"zipcode"},
    {u"postcode", u"postalcode"},
    {u"postcode", u"shippingzip"},
    {u"city", u"shippingcity"},
    {u"country", u"countrycode"},
    {u"country", u"shippingcountry"},
    {u"item", u"itemname"},
    {u"item", u"product"},
    {u"item", u"description"},
    {u"item", u"lineitemname"},
    {u"sku", u"lineitemsku"},
    {u"quantity", u"qty"},
    {u"quantity", u"lineitemquantity"},
    {u"unit_price", u"price"},
    {u"unit_price", u"lineitemprice"},
    {u"cancelled_at", u"canceledat"},
    {u"tracking", u"trackingnumber"},
    {u"tracking", u"trackingno"},
    {u"tracking", u"trackingcode"},
    {u"carrier", u"trackingcompany"},
    {u"shipped_at", u"shipped"},
    {u"shipped_at", u"shipdate"},
    {u"shipped_at", u"shippingdate"},
    {u"shipped_at", u"fulfilledat"},
    {u"origin_country", u"origin"},
    {u"origin_country", u"fromcountry"},
    {u"dest_country", u"destination"},
    {u"dest_country", u"destinationcountry"},
    {u"dest_country", u"tocountry"},
    {u"dest_postcode", u"destinationpostcode"},
    {u"dest_postcode", u"destinationzip"},
    {u"promised_at", u"promised"},
    {u"promised_at", u"promiseddate"},
    {u"promised_at", u"deliveryby"},
    {u"rating", u"score"},
    {u"rating", u"stars"},
    {u"comment", u"review"},
    {u"comment", u"text"},
    {u"comment", u"feedback"},
    {u"submitted_at", u"submitted"},
    {u"submitted_at", u"createdat"},
    {u"submitted_at", u"date"},
    // The same in German, as German shops and warehouses name their columns.
    {u"order", u"bestellung"},
    {u"order", u"bestellnr"},
    {u"order", u"auftrag"},
    {u"order", u"auftragsnummer"},
    {u"order", u"auftragsnr"},
    {u"placed_at", u"bestelldatum"},
    {u"placed_at", u"bestelltam"},
    {u"placed_at", u"auftragsdatum"},
    {u"placed_at", u"datum"},
    {u"email", u"emailadresse"},
    {u"email", u"mail"},
    {u"customer_name", u"kunde"},
    {u"customer_name", u"kundenname"},
    {u"customer_name", u"empfänger"},
    {u"customer_name", u"empfaenger"},
    {u"phone", u"telefon"},
    {u"phone", u"telefonnummer"},
    {u"phone", u"tel"},
    {u"phone", u"mobil"},
    {u"phone", u"handy"},
    {u"customer_ref", u"kundennummer"},
    {u"customer_ref", u"kundennr"},
    {u"language", u"sprache"},
    {u"currency", u"währung"},
    {u"currency", u"waehrung"},
    {u"total", u"summe"},
    {u"total", u"gesamtbetrag"},
    {u"total", u"betrag"},
    {u"total", u"gesamt"},
    {u"total", u"bestellwert"},
    {u"category", u"kategorie"},
    {u"category", u"warengruppe"},
    {u"street", u"straße"},
    {u"street", u"strasse"},
    {u"street", u"adresse"},
    {u"street", u"anschrift"},
    {u"postcode", u"plz"},
    {u"postcode", u"postleitzahl"},
    {u"city", u"ort"},
    {u"city", u"stadt"},
    {u"country", u"land"},
    {u"country", u"ländercode"},
    {u"country", u"laendercode"},
    {u"item", u"artikel"},
    {u"item", u"artikelname"},
    {u"item", u"bezeichnung"},
    {u"sku", u"artikelnummer"},
    {u"sku", u"artikelnr"},
    {u"quantity", u"menge"},
    {u"quantity", u"anzahl"},
    {u"quantity", u"stück"},
    {u"quantity", u"stueck"},
    {u"unit_price", u"preis"},
    {u"unit_price", u"einzelpreis"},
    {u"unit_price", u"stückpreis"},
    {u"unit_price", u"stueckpreis"},
    {u"cancelled_at", u"storniertam"},
    {u"cancelled_at", u"storniert"},
    {u"cancelled_at", u"storno"},
    {u"carrier", u"versender"},
    {u"carrier", u"versanddienstleister"},
    {u"carrier", u"paketdienst"},
    {u"carrier", u"dienstleister"},
    {u"carrier", u"spediteur"},
    {u"carrier", u"transporteur"},
    {u"tracking", u"sendungsnummer"},
    {u"tracking", u"sendungsnr"},
    {u"tracking", u"trackingnummer"},
    {u"tracking", u"paketnummer"},
    {u"tracking", u"paketnr"},
    {u"shipped_at", u"versanddatum"},
    {u"shipped_at", u"versandtam"},
    {u"shipped_at", u"versendetam"},
    {u"shipped_at", u"versand"},
    {u"shipped_at", u"versandt"},
    {u"service", u"versandart"},
    {u"service", u"dienst"},
    {u"origin_country", u"herkunftsland"},
    {u"origin_country", u"versandland"},
    {u"origin_country", u"abgangsland"},
    {u"dest_country", u"zielland"},
    {u"dest_country", u"empfängerland"},
    {u"dest_country", u"empfaengerland"},
    {u"dest_country", u"bestimmungsland"},
    {u"dest_postcode", u"plz"},
    {u"dest_postcode", u"postleitzahl"},
    {u"dest_postcode", u"empfängerplz"},
    {u"dest_postcode", u"zielplz"},
    {u"promised_at", u"zugesagt"},
    {u"promised_at", u"liefertermin"},
    {u"promised_at", u"zustelltermin"},
    {u"promised_at", u"lieferdatum"},
    {u"promised_at", u"zugesagtam"},
    {u"rating", u"bewertung"},
    {u"rating", u"sterne"},
    {u"rating", u"note"},
    {u"comment", u"kommentar"},
    {u"comment", u"anmerkung"},
    {u"comment", u"bemerkung"},
    {u"submitted_at", u"abgegebenam"},
    {u"submitted_at", u"bewertetam"},
    {u"submitted_at", u"datum"},
};

const QString dateFormatKey = u"date_format"_s;
const QString decimalKey = u"decimal_separator"_s;

} // namespace

QString importKindToString(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Orders:
        return u"orders"_s;
    case ImportKind::Shipments:
        return u"shipments"_s;
    case ImportKind::Feedback:
        return u"feedback"_s;
    }
    return {};
}

std::optional<ImportKind> importKindFromString(QStringView text)
{
    for (const ImportKind kind :
        {ImportKind::Orders, ImportKind::Shipments, ImportKind::Feedback}) {
        if (text.compare(importKindToString(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QList<ImportField> ImportMapping::fields(ImportKind kind)
{
    const auto field = [](const QString &name, bool required, const QString &description) {
        ImportField f;
        f.name = name;
        f.required = required;
        f.description = description;
        return f;
    };
    switch (kind) {
    case ImportKind::Orders:
        return {field(u"order"_s, true, tr("Order number, e.g. #1001")),
            field(u"placed_at"_s, true, tr("When the order was placed")),
            field(u"email"_s, false, tr("Customer's e-mail address")),
            field(u"customer_name"_s, false, tr("Customer's name")),
            field(u"phone"_s, false, tr("Customer's phone number")),
            field(u"customer_ref"_s, false, tr("Customer's number in the shop")),
            field(u"language"_s, false, tr("Customer's language, e.g. de")),
            field(u"currency"_s, false, tr("Currency, e.g. EUR")),
            field(u"total"_s, false, tr("Order total (default: the sum of its lines)")),
            field(u"category"_s, false, tr("Product category, e.g. fashion")),
            field(u"street"_s, false, tr("Shipping street")),
            field(u"postcode"_s, false, tr("Shipping postcode")),
            field(u"city"_s, false, tr("Shipping city")),
            field(u"country"_s, false, tr("Shipping country code, e.g. DE")),
            field(u"sku"_s, false, tr("Line item: SKU")),
            field(u"item"_s, false, tr("Line item: product name")),
            field(u"quantity"_s, false, tr("Line item: quantity (default 1)")),
            field(u"unit_price"_s, false, tr("Line item: price of one")),
            field(u"cancelled_at"_s, false,
                tr("When the order was cancelled (cancelled orders are left out)"))};
    case ImportKind::Shipments:
        return {field(u"order"_s, false, tr("Order number (the order must exist)")),
            field(u"carrier"_s, true, tr("Carrier, e.g. dhl")),
            field(u"tracking"_s, true, tr("Tracking number")),
            field(u"shipped_at"_s, true, tr("When it was shipped")),
            field(u"service"_s, false, tr("Carrier's service, e.g. Paket")),
            field(u"origin_country"_s, false, tr("Country it leaves from, e.g. DE")),
            field(u"dest_country"_s, false, tr("Destination country, e.g. AT")),
            field(u"dest_postcode"_s, false, tr("Destination postcode")),
            field(u"promised_at"_s, false, tr("Delivery date promised to the customer"))};
    case ImportKind::Feedback:
        return {field(u"order"_s, true, tr("Order number (the order must exist)")),
            field(u"rating"_s, true, tr("Rating from 1 to 5")),
            field(u"comment"_s, false, tr("Customer's comment")),
            field(u"submitted_at"_s, true, tr("When the customer gave it"))};
    }
    return {};
}

QString ImportMapping::normalizedColumn(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.')
            continue;
        out += c.toLower();
    }
    return out;
}

ImportMapping ImportMapping::identity(ImportKind kind)
{
    ImportMapping m;
    m.kind = kind;
    for (const ImportField &f : fields(kind))
        m.columns.insert(f.name, {f.name});
    return m;
}

ImportMapping ImportMapping::shopifyOrders()
{
    ImportMapping m;
    m.kind = ImportKind::Orders;
    m.shopify = true;
    m.columns = {
        {u"order"_s, {u"Name"_s}},
        {u"placed_at"_s, {u"Created at"_s}},
        {u"email"_s, {u"Email"_s}},
        {u"customer_name"_s, {u"Shipping Name"_s, u"Billing Name"_s}},
        {u"phone"_s, {u"Phone"_s, u"Shipping Phone"_s, u"Billing Phone"_s}},
        {u"currency"_s, {u"Currency"_s}},
        {u"total"_s, {u"Total"_s}},
        {u"street"_s, {u"Shipping Street"_s, u"Shipping Address1"_s}},
        {u"postcode"_s, {u"Shipping Zip"_s}},
        {u"city"_s, {u"Shipping City"_s}},
        {u"country"_s, {u"Shipping Country"_s}},
        {u"sku"_s, {u"Lineitem sku"_s}},
        {u"item"_s, {u"Lineitem name"_s}},
        {u"quantity"_s, {u"Lineitem quantity"_s}},
        {u"unit_price"_s, {u"Lineitem price"_s}},
        {u"cancelled_at"_s, {u"Cancelled at"_s}},
    };
    return m;
}

bool ImportMapping::isShopifyOrderExport(const QStringList &header)
{
    QStringList normalized;
    for (const QString &column : header)
        normalized << normalizedColumn(column);
    for (const QString &needed : {u"name"_s, u"createdat"_s, u"lineitemquantity"_s,
             u"lineitemname"_s, u"financialstatus"_s}) {
        if (!normalized.contains(needed))
            return false;
    }
    return true;
}

ImportMapping ImportMapping::propose(ImportKind kind, const QStringList &header)
{
    QHash<QString, QString> byName; // normalized → as written; the first of equal names
    for (const QString &column : header) {
        const QString n = normalizedColumn(column);
        if (!n.isEmpty() && !byName.contains(n))
            byName.insert(n, column);
    }
    if (kind == ImportKind::Orders && isShopifyOrderExport(header)) {
        ImportMapping m = shopifyOrders();
        for (auto it = m.columns.begin(); it != m.columns.end();) {
            QStringList present;
            for (const QString &column : std::as_const(it.value())) {
                if (byName.contains(normalizedColumn(column)))
                    present << byName.value(normalizedColumn(column));
            }
            if (present.isEmpty()) {
                it = m.columns.erase(it);
            } else {
                it.value() = present;
                ++it;
            }
        }
        return m;
    }
    ImportMapping m;
    m.kind = kind;
    for (const ImportField &f : fields(kind)) {
        QString column = byName.value(normalizedColumn(f.name));
        for (const Spelling &s : spellings) {
            if (column.isEmpty() && f.name == QStringView(s.field))
                column = byName.value(QString::fromUtf16(s.column));
        }
        if (!column.isEmpty())
            m.columns.insert(f.name, {column});
    }
    return m;
}

QStringList ImportMapping::problems() const
{
    QStringList out;
    QStringList known;
    for (const ImportField &f : fields(kind)) {
        known << f.name;
        if (f.required && columns.value(f.name).isEmpty())
            out << tr("%1: no column is chosen for this field, and it is needed.").arg(f.name);
    }
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (!known.contains(it.key()))
            out << tr("%1: not a field of %2; they are %3.")
                       .arg(it.key(), importKindToString(kind), known.join(u", "_s));
    }
    if (decimalSeparator != u'.' && decimalSeparator != u',')
        out << tr("decimal_separator: \"%1\" is neither . nor ,.").arg(decimalSeparator);
    return out;
}

QJsonObject ImportMapping::toJson() const
{
    QJsonObject o;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (it.value().size() == 1)
            o.insert(it.key(), it.value().first());
        else
            o.insert(it.key(), QJsonArray::fromStringList(it.value()));
    }
    if (!dateFormat.isEmpty())
        o.insert(dateFormatKey, dateFormat);
    if (decimalSeparator != u'.')
        o.insert(decimalKey, QString(decimalSeparator));
    return o;
}

Result<ImportMapping> ImportMapping::fromJson(ImportKind kind, const QJsonObject &json)
{
    ImportMapping m;
    m.kind = kind;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (it.key() == dateFormatKey) {
            m.dateFormat = it.value().toString();
            continue;
        }
        if (it.key() == decimalKey) {
            const QString text = it.value().toString();
            if (text.size() != 1)
                return Error {tr("decimal_separator: \"%1\" is neither . nor ,.").arg(text)};
            m.decimalSeparator = text.front();
            continue;
        }
        QStringList columnNames;
        if (it.value().isString()) {
            columnNames << it.value().toString();
        } else if (it.value().isArray()) {
            for (const QJsonValue &v : it.value().toArray())
                columnNames << v.toString();
        }
        columnNames.removeAll(QString());
        if (columnNames.isEmpty())
            return Error {tr("%1: the column must be a name or a list of names.").arg(it.key())};
        m.columns.insert(it.key(), columnNames);
    }
    if (const QStringList problems = m.problems(); !problems.isEmpty())
        return Error {problems.join(u'\n')};
    return m;
}

} // namespace ParcelDesk
