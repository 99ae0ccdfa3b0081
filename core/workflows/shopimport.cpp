#include "shopimport.h"

#include "carriers/carriertime.h"

#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"
#include "carriers/trackingnumber.h"
#include "store/csvreader.h"
#include "store/sqlitestatement.h"
#include "store/writetransaction.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

// Field indexes, in the order of ImportMapping::fields().
namespace OrderField {
enum {
    Order,
    PlacedAt,
    Email,
    CustomerName,
    Phone,
    CustomerRef,
    Language,
    Currency,
    Total,
    Category,
    Street,
    Postcode,
    City,
    Country,
    Sku,
    Item,
    Quantity,
    UnitPrice,
    CancelledAt,
};
}
namespace ShipmentField {
enum {
    Order,
    Carrier,
    Tracking,
    ShippedAt,
    Service,
    OriginCountry,
    DestCountry,
    DestPostcode,
    PromisedAt,
};
}
namespace FeedbackField {
enum {
    Order,
    Rating,
    Comment,
    SubmittedAt,
};
}

constexpr qint64 msPerDay = 86'400'000;
constexpr qint64 unixEpochJulianDay = 2'440'588;
constexpr int rowsPerProgress = 2048;

int number(QStringView s, qsizetype at, int count)
{
    if (at + count > s.size())
        return -1;
    int v = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

// ISO 8601 as people and shops write it: 2026-11-20, 2026-11-20T14:30, 2026-11-20T14:30:00.123Z,
// 2026-11-20 14:30:00 +0100 (Shopify), 2026-11-20T14:30:00+01:00. Without a zone: UTC.
std::optional<qint64> parseIso(QStringView s, qint64 timeOfDateOnly)
{
    if (s.size() < 10 || s[4] != u'-' || s[7] != u'-')
        return std::nullopt;
    const QDate date(number(s, 0, 4), number(s, 5, 2), number(s, 8, 2));
    if (number(s, 0, 4) < 0 || !date.isValid())
        return std::nullopt;
    const qint64 day = (date.toJulianDay() - unixEpochJulianDay) * msPerDay;
    if (s.size() == 10)
        return day + timeOfDateOnly;
    if (s[10] != u'T' && s[10] != u' ')
        return std::nullopt;
    const int hour = number(s, 11, 2);
    const int minute = s.size() > 13 && s[13] == u':' ? number(s, 14, 2) : -1;
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return std::nullopt;
    qsizetype i = 16;
    int second = 0;
    int millis = 0;
    if (i < s.size() && s[i] == u':') {
        second = number(s, i + 1, 2);
        if (second < 0 || second > 59)
            return std::nullopt;
        i += 3;
        if (i < s.size() && (s[i] == u'.' || s[i] == u',')) {
            ++i;
            int digits = 0;
            while (i < s.size() && s[i].isDigit()) {
                if (digits < 3)
                    millis = millis * 10 + s[i].digitValue();
                ++digits;
                ++i;
            }
            if (digits == 0)
                return std::nullopt;
            for (; digits < 3; ++digits)
                millis *= 10;
        }
    }
    while (i < s.size() && s[i] == u' ')
        ++i;
    qint64 offsetMs = 0;
    const QStringView zone = s.mid(i);
    if (zone.isEmpty() || zone == u"Z" || zone == u"UTC" || zone == u"GMT") {
        offsetMs = 0;
    } else if (zone[0] == u'+' || zone[0] == u'-') {
        const int hours = number(zone, 1, 2);
        int minutes = 0;
        if (zone.size() == 6 && zone[3] == u':')
            minutes = number(zone, 4, 2);
        else if (zone.size() == 5)
            minutes = number(zone, 3, 2);
        else if (zone.size() != 3)
            return std::nullopt;
        if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59)
            return std::nullopt;
        offsetMs = (qint64(hours) * 60 + minutes) * 60'000 * (zone[0] == u'-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    return day + ((qint64(hour) * 60 + minute) * 60 + second) * 1000 + millis - offsetMs;
}

// Money as "12.50" (or "12,50" with a decimal comma): cents. More than two decimals only when
// they are zeros.
std::optional<qint64> parseCents(QStringView s, QChar decimal)
{
    qsizetype i = 0;
    qint64 whole = 0;
    int digits = 0;
    while (i < s.size() && s[i].isDigit() && s[i].unicode() < 128) {
        if (++digits > 15)
            return std::nullopt;
        whole = whole * 10 + s[i].digitValue();
        ++i;
    }
    qint64 cents = 0;
    if (i < s.size() && s[i] == decimal) {
        ++i;
        int decimals = 0;
        while (i < s.size() && s[i].isDigit() && s[i].unicode() < 128) {
            const int d = s[i].digitValue();
            if (decimals < 2)
                cents = cents * 10 + d;
            else if (d != 0)
                return std::nullopt;
            ++decimals;
            ++i;
        }
        if (decimals == 0)
            return std::nullopt;
        if (decimals == 1)
            cents *= 10;
        digits += decimals;
    }
    if (i != s.size() || digits == 0)
        return std::nullopt;
    return whole * 100 + cents;
}

bool letters(QStringView s, qsizetype count)
{
    if (s.size() != count)
        return false;
    for (const QChar c : s) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
            return false;
    }
    return true;
}

// Raises a connection's page cache to 256 MiB for as long as it lives.
class LargerCache
{
public:
    explicit LargerCache(sqlite3 *db)
        : m_db(db)
    {
        SqliteStatement size(db, u"PRAGMA cache_size");
        if (size.step())
            m_previous = size.columnInt64(0);
        sqliteExec(db, "PRAGMA cache_size = -262144");
    }
    ~LargerCache()
    {
        sqliteExec(
            m_db, QByteArray("PRAGMA cache_size = " + QByteArray::number(m_previous)).constData());
    }
    LargerCache(const LargerCache &) = delete;
    LargerCache &operator=(const LargerCache &) = delete;

private:
    sqlite3 *m_db;
    qint64 m_previous = -2000;
};

// One row of a file, as our fields.
struct Row
{
    int line = 0;
    QStringList values; // by field index
    QList<int> columns; // where each value came from, 1-based; 0 for JSON lines
    QString problem; // the whole row is unreadable
    int problemColumn = 0;
};

// Reads CSV or JSON lines through a mapping.
class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ShopImport)

public:
    RowReader(const ImportSource &source, const ImportMapping &mapping)
        : m_path(source.path)
        , m_kind(mapping.kind)
        , m_format(ShopImport::formatOf(source.path, source.format))
        , m_csv(source.path)
        , m_file(source.path)
    {
        for (const ImportField &f : ImportMapping::fields(mapping.kind))
            m_keys << mapping.columns.value(f.name);
    }

    Outcome open()
    {
        if (m_format == ImportFormat::JsonLines) {
            if (!m_file.open(QIODevice::ReadOnly))
                return Error {tr("Cannot read %1: %2").arg(m_path, m_file.errorString())};
            return Done {};
        }
        if (const Outcome opened = m_csv.open(tr("its first line names the columns.")); !opened)
            return opened;
        QHash<QString, int> byName;
        for (int c = 0; c < m_csv.header().size(); ++c) {
            const QString n = ImportMapping::normalizedColumn(m_csv.header().at(c));
            if (!n.isEmpty() && !byName.contains(n))
                byName.insert(n, c);
        }
        m_headerColumns = int(m_csv.header().size());
        // A field's columns are alternatives: the file needs one of them, not all.
        for (qsizetype f = 0; f < m_keys.size(); ++f) {
            QList<int> indexes;
            for (const QString &column : std::as_const(m_keys.at(f))) {
                const int c = byName.value(ImportMapping::normalizedColumn(column), -1);
                if (c >= 0)
                    indexes << c;
            }
            if (indexes.isEmpty() && !m_keys.at(f).isEmpty())
                return Error {tr("%1:%2: the header has no column \"%3\"; the mapping reads %4 "
                                 "from it.")
                                  .arg(m_path)
                                  .arg(m_csv.headerLine())
                                  .arg(m_keys.at(f).join(u"\" / \""_s),
                                      ImportMapping::fields(m_kind).value(f).name)};
            m_indexes << indexes;
        }
        return Done {};
    }

    bool next(Row &row)
    {
        row.problem.clear();
        row.problemColumn = 0;
        row.values.resize(m_keys.size());
        row.columns.resize(m_keys.size());
        if (m_format == ImportFormat::JsonLines)
            return nextJson(row);
        if (!m_csv.next(m_record))
            return false;
        row.line = m_record.line;
        for (qsizetype f = 0; f < m_indexes.size(); ++f) {
            const QList<int> &indexes = m_indexes.at(f);
            row.values[f] = QString();
            row.columns[f] = indexes.isEmpty() ? 0 : indexes.first() + 1;
            for (const int c : indexes) {
                if (c < m_record.fields.size() && !m_record.fields.at(c).isEmpty()) {
                    row.values[f] = m_record.fields.at(c);
                    row.columns[f] = c + 1;
                    break;
                }
            }
        }
        if (m_record.unclosedQuoteField >= 0) {
            row.problem = tr("the quote is never closed.");
            row.problemColumn = m_record.unclosedQuoteField + 1;
        } else if (m_record.fields.size() > m_headerColumns) {
            row.problem = tr("the line has %1 fields, the header %2; a text with a comma or "
                             "semicolon needs quotes.")
                              .arg(m_record.fields.size())
                              .arg(m_headerColumns);
            row.problemColumn = m_headerColumns + 1;
        }
        return true;
    }

    QString error() const { return m_format == ImportFormat::JsonLines ? m_error : m_csv.error(); }
    qint64 position() const
    {
        return m_format == ImportFormat::JsonLines ? m_file.pos() : m_csv.position();
    }
    qint64 size() const
    {
        return m_format == ImportFormat::JsonLines ? m_file.size() : m_csv.size();
    }
    // The value of a field as JSON lines give it: text, or a number written out.
    static std::optional<QString> scalar(const QJsonValue &v)
    {
        if (v.isString())
            return v.toString().trimmed();
        if (v.isDouble()) {
            const double d = v.toDouble();
            return d == double(qint64(d)) ? QString::number(qint64(d))
                                          : QString::number(d, 'g', 15);
        }
        if (v.isBool())
            return v.toBool() ? u"true"_s : u"false"_s;
        if (v.isNull() || v.isUndefined())
            return QString();
        return std::nullopt;
    }

private:
    bool nextJson(Row &row)
    {
        QByteArray bytes;
        do {
            if (m_file.atEnd())
                return false;
            bytes = m_file.readLine().trimmed();
            ++m_line;
        } while (bytes.isEmpty());
        row.line = m_line;
        std::fill(row.values.begin(), row.values.end(), QString());
        std::fill(row.columns.begin(), row.columns.end(), 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (!doc.isObject()) {
            row.problem = error.error != QJsonParseError::NoError
                ? tr("not a JSON object: %1 at character %2.")
                      .arg(error.errorString())
                      .arg(error.offset + 1)
                : tr("not a JSON object.");
            return true;
        }
        const QJsonObject o = doc.object();
        for (qsizetype f = 0; f < m_keys.size(); ++f) {
            for (const QString &key : m_keys.at(f)) {
                const auto value = scalar(o.value(key));
                if (!value) {
                    row.problem = tr("%1: must be text or a number.").arg(key);
                    return true;
                }
                if (!value->isEmpty()) {
                    row.values[f] = *value;
                    break;
                }
            }
        }
        return true;
    }

    QString m_path;
    ImportKind m_kind;
    ImportFormat m_format;
    CsvReader m_csv;
    CsvRecord m_record;
    QFile m_file; // JSON lines
    int m_line = 0;
    QString m_error;
    QList<QStringList> m_keys; // by field: the columns or keys it is read from
    QList<QList<int>> m_indexes; // by field: the CSV columns
    int m_headerColumns = 0;
};

// An order's row, checked.
struct OrderRow
{
    int line = 0;
    QString number;
    qint64 placedAt = 0;
    QString email;
    QString name;
    QString phone;
    QString ref;
    QString language;
    QString currency;
    std::optional<qint64> total;
    QString category;
    QString street;
    QString postcode;
    QString city;
    QString country;
    bool cancelled = false;
    bool hasItem = false;
    QString sku;
    QString item;
    qint64 quantity = 1;
    qint64 unitPrice = 0;
};

struct ShipmentRow
{
    QString order;
    QString carrier;
    QString tracking;
    qint64 shippedAt = 0;
    QString service;
    QString origin;
    QString destination;
    QString postcode;
    std::optional<qint64> promisedAt;
};

struct FeedbackRow
{
    QString order;
    qint64 rating = 0;
    QString comment;
    qint64 submittedAt = 0;
};

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ShopImport)

public:
    Importer(const Database &db, const ShopImport::Options &options, const std::atomic_bool *cancel,
        const ShopImport::Progress &progress)
        : m_db(db)
        , m_options(options)
        , m_cancel(cancel)
        , m_progress(progress)
    { }

    Result<ImportSummary> run(const QList<ImportSource> &sources, bool write)
    {
        QList<ImportMapping> mappings;
        for (const ImportSource &source : sources) {
            const auto mapping = ShopImport::mappingFor(source);
            if (!mapping)
                return mapping.error();
            mappings << *mapping;
            m_total += QFileInfo(source.path).size() * (write ? 2 : 1);
        }
        m_handle = Database::nativeHandle(m_db.connection());
        if (!m_handle)
            return Error {tr("Cannot import: the database is not SQLite.")};
        m_selectOrder = SqliteStatement(m_handle, u"SELECT id FROM orders WHERE order_number = ?");
        if (!m_selectOrder.isValid())
            return Error {tr("Cannot import: %1").arg(m_selectOrder.prepareError())};
        // A later source may name the orders an earlier one adds.
        for (qsizetype s = 0; s + 1 < sources.size(); ++s)
            m_collectOrders = m_collectOrders || sources.at(s).kind == ImportKind::Orders;

        m_badLines.resize(sources.size());
        for (qsizetype s = 0; s < sources.size(); ++s) {
            if (const Outcome checked = pass(sources.at(s), mappings.at(s), s, false); !checked)
                return checked.error();
        }
        m_summary.dryRun = m_options.dryRun;
        if (!write)
            return m_summary;
        if (m_summary.badRows > 0 && !m_options.skipBad) {
            m_summary.nothingImported = true;
            return m_summary;
        }
        // A million rows in one transaction touch more pages than SQLite's default cache holds;
        // spilling them to the write-ahead log and reading them back costs more than the
        // inserts. The cache grows only as far as needed, and is set back afterwards.
        const LargerCache cache(m_handle);
        WriteTransaction tx(m_db.connection());
        if (!tx.isOpen())
            return Error {tr("Cannot import: %1").arg(tx.error())};
        if (const Outcome prepared = prepareWrites(); !prepared)
            return prepared.error();
        for (qsizetype s = 0; s < sources.size(); ++s) {
            if (const Outcome written = pass(sources.at(s), mappings.at(s), s, true); !written)
                return written.error();
            if (const Outcome audited = audit(sources.at(s)); !audited)
                return audited.error();
        }
        if (cancelled())
            return cancelError();
        if (!m_options.dryRun && !tx.commit())
            return Error {tr("Cannot import: %1").arg(tx.error())};
        if (m_progress)
            m_progress(m_total, m_total);
        return m_summary;
    }

private:
    bool cancelled() const { return m_cancel && *m_cancel; }
    static Error cancelError()
    {
        return Error {tr("The import was cancelled; nothing was imported.")};
    }

    Outcome prepareWrites()
    {
        m_selectCustomerByRef
            = SqliteStatement(m_handle, u"SELECT id FROM customers WHERE external_ref = ?");
        m_selectCustomerByEmail = SqliteStatement(
            m_handle, u"SELECT id FROM customers WHERE email = ? ORDER BY id LIMIT 1");
        m_insertCustomer = SqliteStatement(m_handle,
            u"INSERT INTO customers (external_ref, name, email, phone, language, country, "
            "postcode, city, street, created_at) VALUES (nullif(?1, ''), ?2, nullif(?3, ''), "
            "nullif(?4, ''), ?5, nullif(?6, ''), nullif(?7, ''), nullif(?8, ''), nullif(?9, ''), "
            "?10)");
        m_insertOrder = SqliteStatement(m_handle,
            u"INSERT INTO orders (order_number, customer_id, placed_at, currency, total_cents, "
            "category) VALUES (?, ?, ?, ?, ?, nullif(?, ''))");
        m_insertItem = SqliteStatement(m_handle,
            u"INSERT INTO order_items (order_id, line, sku, description, quantity, "
            "unit_price_cents) VALUES (?, ?, ?, ?, ?, ?)");
        // New parcels are due for polling at once, as a label issued in the console is. The
        // carrier is compared with a unary plus so that SQLite looks the number up by its index,
        // not every parcel of the carrier by the carrier's.
        m_insertShipment = SqliteStatement(m_handle,
            u"INSERT INTO shipments (order_id, carrier, tracking_number, service, origin_country, "
            "dest_country, dest_postcode, status_at, shipped_at, promised_at, next_poll_at, "
            "created_at) SELECT ?1, ?2, ?3, nullif(?4, ''), nullif(?5, ''), nullif(?6, ''), "
            "nullif(?7, ''), ?8, ?8, ?9, ?10, ?10 WHERE NOT EXISTS (SELECT 1 FROM shipments "
            "WHERE tracking_number = ?3 AND +carrier = ?2)");
        m_insertFeedback = SqliteStatement(m_handle,
            u"INSERT INTO feedback (order_id, rating, comment, submitted_at, source, imported_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (order_id, submitted_at) DO NOTHING");
        for (const SqliteStatement *s :
            {&m_selectCustomerByRef, &m_selectCustomerByEmail, &m_insertCustomer, &m_insertOrder,
                &m_insertItem, &m_insertShipment, &m_insertFeedback}) {
            if (!s->isValid())
                return Error {tr("Cannot import: %1").arg(s->prepareError())};
        }
        return Done {};
    }

    Outcome audit(const ImportSource &source)
    {
        if (m_options.dryRun)
            return Done {};
        QSqlQuery q(m_db.connection());
        q.prepare(u"INSERT INTO audit_log (at, actor, action, entity, detail) "
                  "VALUES (?, ?, 'imported', ?, ?)"_s);
        q.addBindValue(m_options.nowMs);
        q.addBindValue(m_options.actor);
        q.addBindValue(importKindToString(source.kind));
        q.addBindValue(QString(QFileInfo(source.path).fileName() + u": "_s
            + u"%1 orders, %2 shipments, %3 feedback in total so far; %4 bad rows"_s
                  .arg(m_summary.orders)
                  .arg(m_summary.shipments)
                  .arg(m_summary.feedback)
                  .arg(m_summary.badRows)));
        if (!q.exec())
            return Error {tr("Cannot import: %1").arg(q.lastError().text())};
        return Done {};
    }

    // Reports one problem of the row being read.
    void problem(const Row &row, int field, const QString &reason)
    {
        ImportProblem p;
        p.path = m_path;
        p.line = row.line;
        p.column = field < 0 ? row.problemColumn : row.columns.value(field);
        if (field >= 0)
            p.field = ImportMapping::fields(m_kind).value(field).name;
        p.reason = reason;
        m_rowProblems << p;
    }

    // A moment: ISO 8601 or the mapping's format. Date-only values mean noon UTC (midnight for
    // a promised delivery date, which holds all day).
    std::optional<qint64> moment(QStringView text, bool promise) const
    {
        const qint64 dateOnly = promise ? 0 : 12 * 3'600'000LL;
        if (m_mapping.dateFormat.isEmpty())
            return parseIso(text, dateOnly);
        const QString format = m_mapping.dateFormat;
        if (!format.contains(u'H') && !format.contains(u'h')) {
            const QDate d = QDate::fromString(text.toString(), format);
            if (!d.isValid())
                return std::nullopt;
            return (d.toJulianDay() - unixEpochJulianDay) * msPerDay + dateOnly;
        }
        QDateTime t = QDateTime::fromString(text.toString(), format);
        if (!t.isValid())
            return std::nullopt;
        if (t.timeSpec() == Qt::LocalTime)
            t = QDateTime(t.date(), t.time(), Qt::UTC); // no zone in the format: UTC
        return t.toMSecsSinceEpoch();
    }

    QString momentExample() const
    {
        return m_mapping.dateFormat.isEmpty()
            ? tr("a moment like 2026-11-20T14:30:00Z or 2026-11-20 14:30:00 +0100")
            : tr("a date in the format %1").arg(m_mapping.dateFormat);
    }

    std::optional<qint64> requiredMoment(const Row &row, int field, bool promise = false)
    {
        const QString &text = row.values.at(field);
        if (text.isEmpty()) {
            problem(row, field, tr("the value is missing."));
            return std::nullopt;
        }
        const auto at = moment(text, promise);
        if (!at)
            problem(row, field, tr("\"%1\" is not %2.").arg(text, momentExample()));
        return at;
    }

    std::optional<qint64> optionalMoment(const Row &row, int field, bool promise = false)
    {
        const QString &text = row.values.at(field);
        if (text.isEmpty())
            return std::nullopt;
        const auto at = moment(text, promise);
        if (!at)
            problem(row, field, tr("\"%1\" is not %2.").arg(text, momentExample()));
        return at;
    }

    QString country(const Row &row, int field)
    {
        const QString &text = row.values.at(field);
        if (text.isEmpty() || letters(text, 2))
            return text.toUpper();
        // A country's name or three-letter code, as shops and warehouses write it:
        // "Deutschland", "Germany", "DEU".
        if (const QString code = countryCodeOf(text); !code.isEmpty())
            return code;
        problem(row, field, tr("\"%1\" is not a two-letter country code such as DE.").arg(text));
        return {};
    }

    std::optional<qint64> money(const Row &row, int field)
    {
        const QString &text = row.values.at(field);
        if (text.isEmpty())
            return std::nullopt;
        const auto cents = parseCents(text, m_mapping.decimalSeparator);
        if (!cents)
            problem(row, field,
                tr("\"%1\" is not an amount like %2.")
                    .arg(text, m_mapping.decimalSeparator == u',' ? u"12,50"_s : u"12.50"_s));
        return cents;
    }

    // The order a shipment or feedback names: in the database or added earlier in this import.
    bool orderExists(const QString &orderNumber)
    {
        if (m_orderLines.value(orderNumber, 0) > 0)
            return true;
        m_selectOrder.reset();
        m_selectOrder.bind(1, orderNumber);
        return m_selectOrder.step();
    }

    std::optional<qint64> orderId(const QString &orderNumber)
    {
        m_selectOrder.reset();
        m_selectOrder.bind(1, orderNumber);
        if (!m_selectOrder.step())
            return std::nullopt;
        return m_selectOrder.columnInt64(0);
    }

    void checkOrderRow(const Row &row, bool first, OrderRow &o)
    {
        using namespace OrderField;
        o = OrderRow();
        o.line = row.line;
        o.number = row.values.at(Order).toUpper();
        if (o.number.isEmpty())
            problem(row, Order, tr("the order number is missing."));
        if (first) {
            if (const auto at = requiredMoment(row, PlacedAt))
                o.placedAt = *at;
            o.email = row.values.at(Email).toLower();
            if (!o.email.isEmpty() && (!o.email.contains(u'@') || o.email.contains(u' ')))
                problem(row, Email, tr("\"%1\" is not an e-mail address.").arg(o.email));
            o.name = row.values.at(CustomerName);
            o.phone = row.values.at(Phone);
            o.ref = row.values.at(CustomerRef);
            o.language = row.values.at(Language).toLower();
            if (o.language.size() > 2 && (o.language[2] == u'-' || o.language[2] == u'_'))
                o.language.truncate(2); // de-DE: the language, not the region
            if (!o.language.isEmpty() && !letters(o.language, 2))
                problem(row, Language,
                    tr("\"%1\" is not a language code such as de or en.")
                        .arg(row.values.at(Language)));
            o.currency = row.values.at(Currency).toUpper();
            if (!o.currency.isEmpty() && !letters(o.currency, 3))
                problem(row, Currency,
                    tr("\"%1\" is not a three-letter currency code such as EUR.")
                        .arg(row.values.at(Currency)));
            o.total = money(row, Total);
            o.category = row.values.at(Category).toLower();
            o.street = row.values.at(Street);
            o.postcode = row.values.at(Postcode);
            if (o.postcode.startsWith(u'\''))
                o.postcode.remove(0, 1); // a spreadsheet's mark for "text": '01067
            o.city = row.values.at(City);
            o.country = country(row, Country);
            o.cancelled = optionalMoment(row, CancelledAt).has_value();
        }
        o.sku = row.values.at(Sku);
        o.item = row.values.at(Item);
        const QString &quantity = row.values.at(Quantity);
        const QString &price = row.values.at(UnitPrice);
        o.hasItem = !o.sku.isEmpty() || !o.item.isEmpty() || !quantity.isEmpty();
        if (!quantity.isEmpty()) {
            bool ok = false;
            o.quantity = quantity.toLongLong(&ok);
            if (!ok || o.quantity < 1 || o.quantity > 1'000'000)
                problem(row, Quantity,
                    tr("\"%1\" is not a number of items (1 or more).").arg(quantity));
        }
        if (o.hasItem)
            o.unitPrice = money(row, UnitPrice).value_or(0);
        else if (!price.isEmpty())
            problem(row, UnitPrice, tr("a price without an item: name its SKU or product."));
    }

    void checkShipmentRow(const Row &row, ShipmentRow &s)
    {
        using namespace ShipmentField;
        s = ShipmentRow();
        s.order = row.values.at(Order).toUpper();
        if (!s.order.isEmpty() && !orderExists(s.order))
            problem(row, Order,
                tr("there is no order %1, neither in the database nor earlier in this import.")
                    .arg(s.order));
        s.carrier = row.values.at(Carrier).toLower();
        const QString &tracking = row.values.at(Tracking);
        if (s.carrier.isEmpty()) {
            problem(row, Carrier, tr("the value is missing."));
        } else if (!carrierAdapter(s.carrier)) {
            QStringList ids;
            for (const CarrierAdapter *a : carrierAdapters())
                ids << a->id();
            problem(row, Carrier,
                tr("\"%1\" is not a carrier ParcelDesk tracks; use one of %2.")
                    .arg(row.values.at(Carrier), ids.join(u", "_s)));
        }
        if (tracking.isEmpty()) {
            problem(row, Tracking, tr("the value is missing."));
        } else {
            const TrackingNumberRecognition r = recognizeTrackingNumber(tracking);
            s.tracking = r.normalized;
            const bool fits = std::any_of(r.candidates.cbegin(), r.candidates.cend(),
                [&](const TrackingNumberCandidate &c) { return c.carrier == s.carrier; });
            if (!fits && carrierAdapter(s.carrier))
                problem(row, Tracking,
                    tr("\"%1\" is not a %2 tracking number (its format or check digit is "
                       "wrong).")
                        .arg(tracking, s.carrier));
        }
        if (const auto at = requiredMoment(row, ShippedAt))
            s.shippedAt = *at;
        s.service = row.values.at(Service);
        s.origin = country(row, OriginCountry);
        s.destination = country(row, DestCountry);
        s.postcode = row.values.at(DestPostcode);
        if (s.postcode.startsWith(u'\''))
            s.postcode.remove(0, 1);
        s.promisedAt = optionalMoment(row, PromisedAt, true);
    }

    void checkFeedbackRow(const Row &row, FeedbackRow &f)
    {
        using namespace FeedbackField;
        f = FeedbackRow();
        f.order = row.values.at(Order).toUpper();
        if (f.order.isEmpty())
            problem(row, Order, tr("the order number is missing."));
        else if (!orderExists(f.order))
            problem(row, Order,
                tr("there is no order %1, neither in the database nor earlier in this import.")
                    .arg(f.order));
        const QString &rating = row.values.at(Rating);
        bool ok = false;
        f.rating = rating.toLongLong(&ok);
        if (rating.isEmpty())
            problem(row, Rating, tr("the value is missing."));
        else if (!ok || f.rating < 1 || f.rating > 5)
            problem(row, Rating, tr("\"%1\" is not a rating from 1 to 5.").arg(rating));
        f.comment = row.values.at(Comment);
        if (const auto at = requiredMoment(row, SubmittedAt))
            f.submittedAt = *at;
    }

    // Reads one source: checking (collecting problems and the lines to leave out) or writing.
    Outcome pass(
        const ImportSource &source, const ImportMapping &mapping, qsizetype index, bool write)
    {
        m_path = source.path;
        m_kind = source.kind;
        m_mapping = mapping;
        RowReader reader(source, mapping);
        if (const Outcome opened = reader.open(); !opened)
            return opened;
        QSet<int> &bad = m_badLines[index];
        Row row;
        int count = 0;
        // Orders: the rows of the order being read.
        QList<OrderRow> group;
        QList<int> groupLines;
        bool groupBad = false;
        // Check pass: every line of each order, and the orders with a bad row anywhere (their
        // rows need not follow each other), so that all of a bad order is left out.
        QHash<QString, QList<int>> linesOf;
        QSet<QString> badOrders;
        const auto endGroup = [&]() -> Outcome {
            if (group.isEmpty() && groupLines.isEmpty())
                return Done {};
            const QString orderNumber = group.isEmpty() ? QString() : group.first().number;
            if (!write) {
                const bool cancelledOrder = !group.isEmpty() && group.first().cancelled;
                if (groupBad) {
                    for (const int line : std::as_const(groupLines))
                        bad.insert(line);
                    if (!orderNumber.isEmpty())
                        badOrders.insert(orderNumber);
                } else if (cancelledOrder) {
                    ++m_summary.cancelled;
                }
                if (!orderNumber.isEmpty() && m_collectOrders)
                    m_orderLines.insert(orderNumber,
                        groupBad || cancelledOrder ? -groupLines.first() : groupLines.first());
            } else if (!group.isEmpty() && !bad.contains(group.first().line)
                && !group.first().cancelled) {
                if (const Outcome written = writeOrder(group); !written)
                    return written;
            }
            group.clear();
            groupLines.clear();
            groupBad = false;
            return Done {};
        };
        QHash<QString, int> startedAt; // order number → its first line, to find split orders
        while (reader.next(row)) {
            if (++count % rowsPerProgress == 0) {
                if (cancelled())
                    return cancelError();
                if (m_progress)
                    m_progress(m_done + reader.position(), m_total);
            }
            if (!write)
                ++m_summary.rows;
            else if (bad.contains(row.line))
                continue;
            m_rowProblems.clear();
            if (!row.problem.isEmpty())
                problem(row, -1, row.problem);
            switch (m_kind) {
            case ImportKind::Orders: {
                const QString orderNumber = row.values.at(OrderField::Order).toUpper();
                const bool sameOrder = !group.isEmpty() && !orderNumber.isEmpty()
                    && group.first().number == orderNumber;
                if (!sameOrder || !row.problem.isEmpty()) {
                    if (const Outcome ended = endGroup(); !ended)
                        return ended;
                }
                OrderRow o;
                if (!write && !orderNumber.isEmpty())
                    linesOf[orderNumber] << row.line;
                if (row.problem.isEmpty()) {
                    checkOrderRow(row, !sameOrder, o);
                    if (!write && !sameOrder && !o.number.isEmpty()) {
                        const int earlier = startedAt.value(o.number, 0);
                        if (earlier > 0) {
                            badOrders.insert(o.number);
                            problem(row, OrderField::Order,
                                tr("order %1 already began at line %2; an order's rows must "
                                   "follow each other.")
                                    .arg(o.number)
                                    .arg(earlier));
                        } else {
                            startedAt.insert(o.number, row.line);
                        }
                    }
                }
                if (!m_rowProblems.isEmpty()) {
                    groupBad = true;
                    bad.insert(row.line);
                }
                groupLines << row.line;
                if (row.problem.isEmpty())
                    group << o;
                break;
            }
            case ImportKind::Shipments: {
                ShipmentRow s;
                if (row.problem.isEmpty())
                    checkShipmentRow(row, s);
                if (write && m_rowProblems.isEmpty()) {
                    if (const Outcome written = writeShipment(s); !written)
                        return written;
                }
                break;
            }
            case ImportKind::Feedback: {
                FeedbackRow f;
                if (row.problem.isEmpty())
                    checkFeedbackRow(row, f);
                if (write && m_rowProblems.isEmpty()) {
                    if (const Outcome written = writeFeedback(f, row.line); !written)
                        return written;
                }
                break;
            }
            }
            if (!write && !m_rowProblems.isEmpty()) {
                ++m_summary.badRows;
                bad.insert(row.line);
                m_summary.problems << m_rowProblems;
            } else if (write && !m_rowProblems.isEmpty()) {
                return Error {m_rowProblems.first().text()}; // the file changed since the check
            }
        }
        if (!reader.error().isEmpty())
            return Error {reader.error()};
        if (const Outcome ended = endGroup(); !ended)
            return ended;
        if (!write && m_kind == ImportKind::Orders) {
            for (const QString &number : std::as_const(badOrders)) {
                const QList<int> lines = linesOf.value(number);
                for (const int line : lines)
                    bad.insert(line);
                if (m_collectOrders && !lines.isEmpty())
                    m_orderLines.insert(number, -lines.first());
            }
            countSkipped(bad);
        }
        if (!write)
            m_firstProblemOfSource = m_summary.problems.size();
        m_done += reader.size();
        return Done {};
    }

    // Rows of a bad order that were fine themselves are left out with it.
    void countSkipped(const QSet<int> &bad)
    {
        QSet<int> withProblems;
        for (qsizetype i = m_firstProblemOfSource; i < m_summary.problems.size(); ++i)
            withProblems.insert(m_summary.problems.at(i).line);
        QList<int> lines(bad.cbegin(), bad.cend());
        std::sort(lines.begin(), lines.end());
        for (const int line : std::as_const(lines)) {
            if (withProblems.contains(line))
                continue;
            ++m_summary.skippedRows;
            ImportProblem p;
            p.path = m_path;
            p.line = line;
            p.reason = tr("left out with its order: another row of the order is bad.");
            m_summary.problems << p;
        }
        std::stable_sort(m_summary.problems.begin() + m_firstProblemOfSource,
            m_summary.problems.end(),
            [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    }

    Outcome stepped(SqliteStatement &s)
    {
        s.step();
        if (s.failed())
            return Error {tr("%1: cannot import: %2").arg(m_path, s.error())};
        return Done {};
    }

    Outcome writeOrder(const QList<OrderRow> &rows)
    {
        const OrderRow &first = rows.first();
        if (orderId(first.number)) {
            ++m_summary.alreadyThere;
            return Done {};
        }
        std::optional<qint64> customerId;
        if (!first.ref.isEmpty()) {
            m_selectCustomerByRef.reset();
            m_selectCustomerByRef.bind(1, first.ref);
            if (m_selectCustomerByRef.step())
                customerId = m_selectCustomerByRef.columnInt64(0);
        } else if (!first.email.isEmpty()) {
            m_selectCustomerByEmail.reset();
            m_selectCustomerByEmail.bind(1, first.email);
            if (m_selectCustomerByEmail.step())
                customerId = m_selectCustomerByEmail.columnInt64(0);
        }
        if (!customerId) {
            SqliteStatement &c = m_insertCustomer;
            c.reset();
            c.bind(1, first.ref);
            c.bind(2, first.name.isEmpty() ? first.email : first.name);
            c.bind(3, first.email);
            c.bind(4, first.phone);
            // Without a language column (Shopify's export has none) the shipping country says
            // which language the customer is written to in: German for the German-speaking
            // countries, English elsewhere.
            static const QStringList germanSpeaking {u"DE"_s, u"AT"_s, u"CH"_s, u"LI"_s};
            c.bind(5,
                !first.language.isEmpty()                    ? first.language
                    : germanSpeaking.contains(first.country) ? u"de"_s
                                                             : u"en"_s);
            c.bind(6, first.country);
            c.bind(7, first.postcode);
            c.bind(8, first.city);
            c.bind(9, first.street);
            c.bind(10, m_options.nowMs);
            if (const Outcome done = stepped(c); !done)
                return done;
            customerId = sqlite3_last_insert_rowid(m_handle);
            ++m_summary.customers;
        }
        qint64 sum = 0;
        for (const OrderRow &r : rows) {
            if (r.hasItem)
                sum += r.quantity * r.unitPrice;
        }
        SqliteStatement &o = m_insertOrder;
        o.reset();
        o.bind(1, first.number);
        o.bind(2, *customerId);
        o.bind(3, first.placedAt);
        o.bind(4, first.currency.isEmpty() ? u"EUR"_s : first.currency);
        o.bind(5, first.total.value_or(sum));
        o.bind(6, first.category);
        if (const Outcome done = stepped(o); !done)
            return done;
        const qint64 id = sqlite3_last_insert_rowid(m_handle);
        ++m_summary.orders;
        int line = 0;
        for (const OrderRow &r : rows) {
            if (!r.hasItem)
                continue;
            SqliteStatement &i = m_insertItem;
            i.reset();
            i.bind(1, id);
            i.bind(2, qint64(++line));
            i.bind(3, r.sku);
            i.bind(4, r.item.isEmpty() ? r.sku : r.item);
            i.bind(5, r.quantity);
            i.bind(6, r.unitPrice);
            if (const Outcome done = stepped(i); !done)
                return done;
            ++m_summary.items;
        }
        return Done {};
    }

    Outcome writeShipment(const ShipmentRow &s)
    {
        std::optional<qint64> order;
        if (!s.order.isEmpty()) {
            order = orderId(s.order);
            if (!order)
                return Error {tr("%1: cannot import: order %2 is gone.").arg(m_path, s.order)};
        }
        SqliteStatement &i = m_insertShipment;
        i.reset();
        i.bind(1, order);
        i.bind(2, s.carrier);
        i.bind(3, s.tracking);
        i.bind(4, s.service);
        i.bind(5, s.origin);
        i.bind(6, s.destination);
        i.bind(7, s.postcode);
        i.bind(8, s.shippedAt);
        i.bind(9, s.promisedAt);
        i.bind(10, m_options.nowMs);
        if (const Outcome done = stepped(i); !done)
            return done;
        if (sqlite3_changes(m_handle) > 0)
            ++m_summary.shipments;
        else
            ++m_summary.alreadyThere;
        return Done {};
    }

    Outcome writeFeedback(const FeedbackRow &f, int line)
    {
        const auto order = orderId(f.order);
        if (!order)
            return Error {tr("%1: cannot import: order %2 is gone.").arg(m_path, f.order)};
        SqliteStatement &i = m_insertFeedback;
        i.reset();
        i.bind(1, *order);
        i.bind(2, f.rating);
        i.bind(3, f.comment);
        i.bind(4, f.submittedAt);
        i.bind(5, QString(QFileInfo(m_path).fileName() + u':' + QString::number(line)));
        i.bind(6, m_options.nowMs);
        if (const Outcome done = stepped(i); !done)
            return done;
        if (sqlite3_changes(m_handle) > 0)
            ++m_summary.feedback;
        else
            ++m_summary.alreadyThere;
        return Done {};
    }

    const Database &m_db;
    const ShopImport::Options &m_options;
    const std::atomic_bool *m_cancel;
    const ShopImport::Progress &m_progress;
    ImportSummary m_summary;
    qint64 m_total = 0;
    qint64 m_done = 0;
    sqlite3 *m_handle = nullptr;
    // The source being read.
    QString m_path;
    ImportKind m_kind = ImportKind::Orders;
    ImportMapping m_mapping;
    QList<ImportProblem> m_rowProblems;
    qsizetype m_firstProblemOfSource = 0;
    // Per source: the lines left out (bad, or with a bad row of their order).
    QList<QSet<int>> m_badLines;
    // Orders of this import by number: their first line, negative when they are left out.
    bool m_collectOrders = false;
    QHash<QString, int> m_orderLines;
    SqliteStatement m_selectOrder;
    SqliteStatement m_selectCustomerByRef;
    SqliteStatement m_selectCustomerByEmail;
    SqliteStatement m_insertCustomer;
    SqliteStatement m_insertOrder;
    SqliteStatement m_insertItem;
    SqliteStatement m_insertShipment;
    SqliteStatement m_insertFeedback;
};

} // namespace

QString ImportProblem::text() const
{
    QString where = path + u':' + QString::number(line);
    if (column > 0)
        where += u':' + QString::number(column);
    if (field.isEmpty())
        return QString(where + u": "_s + reason);
    return QString(where + u": "_s + field + u": "_s + reason);
}

ImportFormat ShopImport::formatOf(const QString &path, ImportFormat format)
{
    if (format != ImportFormat::Auto)
        return format;
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"jsonl" || suffix == u"ndjson" ? ImportFormat::JsonLines : ImportFormat::Csv;
}

Result<ImportPreview> ShopImport::preview(const QString &path, ImportFormat format, int sampleRows)
{
    ImportPreview p;
    p.format = formatOf(path, format);
    if (p.format == ImportFormat::JsonLines) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error {tr("Cannot read %1: %2").arg(path, file.errorString())};
        QList<QJsonObject> objects;
        int lines = 0;
        while (!file.atEnd() && lines < 100) {
            const QByteArray bytes = file.readLine().trimmed();
            if (bytes.isEmpty())
                continue;
            ++lines;
            const QJsonObject o = QJsonDocument::fromJson(bytes).object();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                if (!p.header.contains(it.key()))
                    p.header << it.key();
            }
            if (objects.size() < sampleRows)
                objects << o;
        }
        for (const QJsonObject &o : std::as_const(objects)) {
            QStringList sample;
            for (const QString &key : std::as_const(p.header))
                sample << RowReader::scalar(o.value(key)).value_or(QString());
            p.samples << sample;
        }
        return p;
    }
    CsvReader reader(path);
    if (const Outcome opened = reader.open(tr("its first line names the columns.")); !opened)
        return opened.error();
    p.header = reader.header();
    p.separator = reader.separator();
    p.shopifyOrders = ImportMapping::isShopifyOrderExport(p.header);
    CsvRecord record;
    while (p.samples.size() < sampleRows && reader.next(record))
        p.samples << record.fields;
    if (!reader.error().isEmpty())
        return Error {reader.error()};
    return p;
}

Result<ImportMapping> ShopImport::mappingFor(const ImportSource &source)
{
    ImportMapping mapping;
    if (source.mapping) {
        mapping = *source.mapping;
        if (mapping.kind != source.kind)
            return Error {tr("%1: the mapping is for %2, not %3.")
                              .arg(source.path, importKindToString(mapping.kind),
                                  importKindToString(source.kind))};
    } else if (formatOf(source.path, source.format) == ImportFormat::JsonLines) {
        mapping = ImportMapping::identity(source.kind);
    } else {
        const auto p = preview(source.path, source.format, 0);
        if (!p)
            return p.error();
        mapping = ImportMapping::propose(source.kind, p->header);
        QStringList missing;
        for (const ImportField &f : ImportMapping::fields(source.kind)) {
            if (f.required && !mapping.columns.contains(f.name))
                missing << f.name;
        }
        if (!missing.isEmpty())
            return Error {tr("%1: no column for %2; name the columns so (README, \"Importing "
                             "orders, shipments and feedback\") or choose a profile.")
                              .arg(source.path, missing.join(u", "_s))};
    }
    if (const QStringList problems = mapping.problems(); !problems.isEmpty())
        return Error {
            tr("%1: the mapping cannot be used:\n%2").arg(source.path, problems.join(u'\n'))};
    return mapping;
}

Result<ImportSummary> ShopImport::check(const Database &db, const QList<ImportSource> &sources,
    const std::atomic_bool *cancel, const Progress &progress)
{
    const Options options;
    return Importer(db, options, cancel, progress).run(sources, false);
}

Result<ImportSummary> ShopImport::run(const Database &db, const QList<ImportSource> &sources,
    const Options &options, const std::atomic_bool *cancel, const Progress &progress)
{
    return Importer(db, options, cancel, progress).run(sources, true);
}

} // namespace ParcelDesk
