#include "customerprivacy.h"

#include "sqldialect.h"
#include "wismosearch.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

const QString retentionKey = u"privacy.retention_days"_s;
const QString placeholderPrefix = u"Erased customer "_s;
// Messages in these states have not left: an erased person's are held back for good.
const QString unsentStates = u"('draft', 'approved', 'queued')"_s;
// Audit entries ParcelDesk writes about erasures and exports hold no personal data; they stay.
const QString ownAuditActions = u"('erased', 'exported')"_s;
constexpr int longestRetentionDays = 36'500;

// The records of the people in scope, in temporary tables of the connection: each row's person
// is the first customer id of that person (purge: several records can be one person; retention:
// every record is its own). Queries read them first (CROSS JOIN keeps that order; the join's
// condition is in WHERE, as PostgreSQL takes no ON after CROSS JOIN): without it SQLite,
// knowing nothing of their size, may scan a million rows to probe a handful.
const QStringList scopeTables
    = {u"privacy_scope"_s, u"privacy_orders"_s, u"privacy_shipments"_s, u"privacy_messages"_s,
        u"privacy_contacts"_s, u"privacy_returns"_s, u"privacy_cases"_s, u"privacy_requests"_s};

// The audit log's entity names and the scope table holding the person's records of each.
const QList<std::pair<QString, QString>> auditEntities = {{u"customer"_s, u"privacy_scope"_s},
    {u"order"_s, u"privacy_orders"_s}, {u"shipment"_s, u"privacy_shipments"_s},
    {u"message"_s, u"privacy_messages"_s}, {u"contact"_s, u"privacy_contacts"_s},
    {u"return"_s, u"privacy_returns"_s}, {u"problem_case"_s, u"privacy_cases"_s},
    {u"delivery_change_request"_s, u"privacy_requests"_s}};

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue isoOrNull(const QVariant &ms)
{
    return ms.isNull() ? QJsonValue() : QJsonValue(iso(ms.toLongLong()));
}

QJsonValue textOrNull(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
}

// Statements on one connection; the first failure is kept and every later call does nothing.
class SqlRunner
{
public:
    explicit SqlRunner(const QSqlDatabase &db)
        : m_db(db)
    { }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    SqlDialect dialect() const { return sqlDialectOf(m_db); }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    // Runs sql; the query stays open for reading rows.
    std::optional<QSqlQuery> query(const QString &sql, const QVariantList &binds = {})
    {
        if (!ok())
            return std::nullopt;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        // Without parameters it runs as it is: PostgreSQL prepares queries, not BEGIN or DDL.
        if (binds.isEmpty()) {
            if (!q.exec(sql)) {
                fail(q.lastError().text());
                return std::nullopt;
            }
            return q;
        }
        if (!q.prepare(sql)) {
            fail(q.lastError().text());
            return std::nullopt;
        }
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec()) {
            fail(q.lastError().text());
            return std::nullopt;
        }
        return q;
    }
    bool exec(const QString &sql, const QVariantList &binds = {})
    {
        return query(sql, binds).has_value();
    }
    // A write transaction (Sql::beginWrite).
    bool beginWrite()
    {
        if (!ok())
            return false;
        QSqlQuery q(m_db);
        if (Sql::beginWrite(q))
            return true;
        fail(q.lastError().text());
        return false;
    }
    qint64 scalar(const QString &sql, const QVariantList &binds = {})
    {
        auto q = query(sql, binds);
        if (!q)
            return 0;
        if (!q->next()) {
            fail(q->lastError().text());
            return 0;
        }
        return q->value(0).toLongLong();
    }
    QList<qint64> ids(const QString &sql, const QVariantList &binds = {})
    {
        QList<qint64> list;
        if (auto q = query(sql, binds)) {
            while (q->next())
                list << q->value(0).toLongLong();
        }
        return list;
    }

private:
    QSqlDatabase m_db;
    QString m_error;
};

// The words, numbers and addresses of one person, and whether a text holds any of them. Names
// and places are compared word by word as the search index folds them, and also in the German
// transliteration carriers print ("Müller" is found in "signed by MUELLER"); postcodes and
// customer numbers as whole word sequences; e-mail addresses as text; phone numbers by their
// digits in either form (with and without the country code).
class PersonalData
{
public:
    enum class Datum : quint8 { Name, Email, Phone, Postcode, City, Reference };

    void add(const QString &name, const QString &email, const QString &phone,
        const QString &postcode, const QString &city, const QString &reference)
    {
        for (const QString &word : rawWords(name)) {
            for (const QString &v : variants(word))
                m_words.insert(v, Datum::Name);
        }
        // Single words of a place only when they are long enough to mean it ("am", "de" not).
        for (const QString &word : rawWords(city)) {
            if (word.size() >= 4) {
                for (const QString &v : variants(word))
                    m_words.insert(v, Datum::City);
            }
        }
        addSequence(words(city), Datum::City);
        addSequence(words(postcode), Datum::Postcode);
        addSequence(words(reference), Datum::Reference);
        if (!email.trimmed().isEmpty())
            m_emails << email.trimmed().toLower();
        for (const QString &key : WismoSearch::phoneKeys(phone))
            m_phones << key;
    }

    bool isEmpty() const
    {
        return m_words.isEmpty() && m_sequences.isEmpty() && m_emails.isEmpty()
            && m_phones.isEmpty();
    }

    // The first kind of datum the text holds, if any.
    std::optional<Datum> foundIn(const QString &text) const
    {
        if (text.trimmed().isEmpty())
            return std::nullopt;
        const QString lower = text.toLower();
        for (const QString &email : m_emails) {
            if (lower.contains(email))
                return Datum::Email;
        }
        for (const QString &word : rawWords(text)) {
            for (const QString &v : variants(word)) {
                const auto it = m_words.constFind(v);
                if (it != m_words.cend())
                    return *it;
            }
        }
        const QStringList textWords = words(text);
        for (const auto &[sequence, datum] : m_sequences) {
            for (qsizetype i = 0; i + sequence.size() <= textWords.size(); ++i) {
                if (textWords.mid(i, sequence.size()) == sequence)
                    return datum;
            }
        }
        if (!m_phones.isEmpty()) {
            for (const QString &digits : digitRuns(text)) {
                for (const QString &phone : m_phones) {
                    if (digits.contains(phone))
                        return Datum::Phone;
                }
            }
        }
        return std::nullopt;
    }

    static QString label(Datum datum)
    {
        switch (datum) {
        case Datum::Name:
            return CustomerPrivacy::tr("name");
        case Datum::Email:
            return CustomerPrivacy::tr("e-mail address");
        case Datum::Phone:
            return CustomerPrivacy::tr("phone number");
        case Datum::Postcode:
            return CustomerPrivacy::tr("postcode");
        case Datum::City:
            return CustomerPrivacy::tr("place");
        case Datum::Reference:
            return CustomerPrivacy::tr("customer number");
        }
        return {};
    }

private:
    // The words of a text: runs of letters and digits, as they are written.
    static QStringList rawWords(const QString &text)
    {
        QStringList list;
        QString current;
        for (const QChar c : text) {
            if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
                current += c;
            } else if (!current.isEmpty()) {
                list << current;
                current.clear();
            }
        }
        if (!current.isEmpty())
            list << current;
        return list;
    }

    // The same, folded as the search index folds them.
    static QStringList words(const QString &text)
    {
        QStringList list;
        for (const QString &word : rawWords(text))
            list << WismoSearch::spellingKey(WismoSearch::foldWord(word));
        list.removeAll(QString());
        return list;
    }

    // A folded word and, for German umlauts, the transliteration ("müller": muller, mueller).
    static QStringList variants(const QString &word)
    {
        const QString folded = WismoSearch::spellingKey(WismoSearch::foldWord(word));
        QString german = word.toLower();
        german.replace(u'ä', u"ae"_s).replace(u'ö', u"oe"_s).replace(u'ü', u"ue"_s);
        german = WismoSearch::spellingKey(WismoSearch::foldWord(german));
        return german == folded ? QStringList {folded} : QStringList {folded, german};
    }

    void addSequence(const QStringList &sequence, Datum datum)
    {
        if (!sequence.isEmpty())
            m_sequences.append({sequence, datum});
    }

    // The digits of each run of a phone number's characters ("+49 (0)151 234-5678").
    static QStringList digitRuns(const QString &text)
    {
        QStringList runs;
        QString digits;
        for (const QChar c : text) {
            if (c.isDigit()) {
                digits += c;
            } else if (!QStringView(u" +-()/.").contains(c)) {
                if (!digits.isEmpty())
                    runs << digits;
                digits.clear();
            }
        }
        if (!digits.isEmpty())
            runs << digits;
        return runs;
    }

    QHash<QString, Datum> m_words;
    QList<std::pair<QStringList, Datum>> m_sequences;
    QStringList m_emails;
    QStringList m_phones;
};

// The people in scope: the temporary tables filled, each person's data read.
struct Scope
{
    QHash<qint64, PersonalData> people; // by person (the first customer id)
    QList<qint64> customerIds;
};

// Fills the scope tables for the people (each a list of customer ids) inside the transaction
// the caller holds.
Scope loadScope(SqlRunner &sql, const QList<QList<qint64>> &people)
{
    Scope scope;
    for (const QString &table : scopeTables) {
        sql.exec(u"DROP TABLE IF EXISTS "_s + table);
        sql.exec(u"CREATE TEMP TABLE "_s + table + u" (id "_s + Sql::idPrimaryKey(sql.dialect())
            + u", person BIGINT NOT NULL DEFAULT 0)"_s);
    }
    for (const QList<qint64> &ids : people) {
        if (ids.isEmpty())
            continue;
        for (const qint64 id : ids) {
            sql.exec(u"INSERT INTO privacy_scope (id, person) VALUES (?, ?) "
                     "ON CONFLICT DO NOTHING"_s,
                {id, ids.first()});
        }
    }
    if (auto q = sql.query(
            u"SELECT p.id, p.person, c.name, coalesce(c.email, ''), coalesce(c.phone, ''), "
            "coalesce(c.postcode, ''), coalesce(c.city, ''), coalesce(c.external_ref, '') "
            "FROM privacy_scope p CROSS JOIN customers c WHERE c.id = p.id ORDER BY p.id"_s)) {
        while (q->next()) {
            scope.customerIds << q->value(0).toLongLong();
            PersonalData &data = scope.people[q->value(1).toLongLong()];
            // An erased record's placeholder name is nobody's: it is not looked for.
            const QString name = CustomerPrivacy::isPlaceholderName(
                                     q->value(2).toString(), q->value(0).toLongLong())
                ? QString()
                : q->value(2).toString();
            data.add(name, q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                q->value(6).toString(), q->value(7).toString());
        }
    }
    sql.exec(u"INSERT INTO privacy_orders (id, person) SELECT o.id, p.person "
             "FROM privacy_scope p CROSS JOIN orders o WHERE o.customer_id = p.id"_s);
    sql.exec(u"INSERT INTO privacy_messages (id, person) SELECT m.id, p.person "
             "FROM privacy_scope p CROSS JOIN messages m WHERE m.customer_id = p.id"_s);
    sql.exec(u"INSERT INTO privacy_shipments (id, person) SELECT s.id, o.person "
             "FROM privacy_orders o CROSS JOIN shipments s WHERE s.order_id = o.id "
             "ON CONFLICT DO NOTHING"_s);
    sql.exec(u"INSERT INTO privacy_returns (id, person) SELECT r.id, o.person "
             "FROM privacy_orders o CROSS JOIN returns r WHERE r.order_id = o.id"_s);
    sql.exec(u"INSERT INTO privacy_shipments (id, person) SELECT r.shipment_id, "
             "o.person FROM privacy_orders o CROSS JOIN returns r WHERE r.order_id = o.id "
             "AND r.shipment_id IS NOT NULL ON CONFLICT DO NOTHING"_s);
    // The parcels the person's messages told about, unless they belong to another's order.
    sql.exec(u"INSERT INTO privacy_shipments (id, person) SELECT s.id, pm.person "
             "FROM privacy_messages pm CROSS JOIN messages m CROSS JOIN shipments s "
             "WHERE m.id = pm.id AND s.id = m.shipment_id "
             "AND (s.order_id IS NULL OR s.order_id IN (SELECT id FROM privacy_orders)) "
             "ON CONFLICT DO NOTHING"_s);
    sql.exec(u"INSERT INTO privacy_shipments (id, person) SELECT s.id, pm.person "
             "FROM privacy_messages pm CROSS JOIN message_parcels mp CROSS JOIN shipments s "
             "WHERE mp.message_id = pm.id AND s.id = mp.shipment_id "
             "AND (s.order_id IS NULL OR s.order_id IN (SELECT id FROM privacy_orders)) "
             "ON CONFLICT DO NOTHING"_s);
    sql.exec(u"INSERT INTO privacy_contacts (id, person) SELECT c.id, o.person "
             "FROM privacy_orders o CROSS JOIN contacts c WHERE c.order_id = o.id "
             "ON CONFLICT DO NOTHING"_s);
    sql.exec(u"INSERT INTO privacy_contacts (id, person) SELECT c.id, s.person "
             "FROM privacy_shipments s CROSS JOIN contacts c WHERE c.shipment_id = s.id "
             "AND c.order_id IS NULL ON CONFLICT DO NOTHING"_s);
    sql.exec(u"INSERT INTO privacy_cases (id, person) SELECT c.id, s.person "
             "FROM privacy_shipments s CROSS JOIN problem_cases c WHERE c.shipment_id = s.id"_s);
    sql.exec(u"INSERT INTO privacy_requests (id, person) SELECT r.id, s.person "
             "FROM privacy_shipments s CROSS JOIN delivery_change_requests r "
             "WHERE r.shipment_id = s.id"_s);
    return scope;
}

void dropScope(SqlRunner &sql)
{
    for (const QString &table : scopeTables)
        sql.exec(u"DROP TABLE IF EXISTS "_s + table);
}

// A tracking event of a person's parcel whose text or place names them.
struct NamingEvent
{
    qint64 id = 0;
    bool text = false;
    bool location = false;
};

QList<NamingEvent> eventsNaming(SqlRunner &sql, const Scope &scope)
{
    QList<NamingEvent> found;
    auto q
        = sql.query(u"SELECT e.id, e.carrier_text, e.location, s.person "
                    "FROM privacy_shipments s CROSS JOIN tracking_events e WHERE e.shipment_id = "
                    "s.id AND (e.carrier_text != '' OR e.location != '')"_s);
    if (!q)
        return found;
    while (q->next()) {
        const auto person = scope.people.constFind(q->value(3).toLongLong());
        if (person == scope.people.cend())
            continue;
        const NamingEvent e {q->value(0).toLongLong(),
            person->foundIn(q->value(1).toString()).has_value(),
            person->foundIn(q->value(2).toString()).has_value()};
        if (e.text || e.location)
            found << e;
    }
    return found;
}

// The counts of what the scope holds; events as found.
ErasureCounts countScope(SqlRunner &sql, int namingEvents)
{
    ErasureCounts c;
    const auto count = [&sql](const QString &table) {
        return int(sql.scalar(u"SELECT count(*) FROM "_s + table));
    };
    c.customers = count(u"privacy_scope"_s);
    c.orders = count(u"privacy_orders"_s);
    c.shipments = count(u"privacy_shipments"_s);
    c.parcelsInFlight
        = int(sql.scalar(u"SELECT count(*) FROM privacy_shipments p "
                         "CROSS JOIN shipments s WHERE s.id = p.id "
                         "AND s.delivered_at IS NULL AND s.next_poll_at IS NOT NULL"_s));
    c.events = namingEvents;
    c.messages = count(u"privacy_messages"_s);
    c.messagesHeldBack = int(sql.scalar(u"SELECT count(*) FROM privacy_messages p "
                                        "CROSS JOIN messages m WHERE m.id = p.id AND m.state IN "_s
        + unsentStates));
    c.contacts = count(u"privacy_contacts"_s);
    c.returns = count(u"privacy_returns"_s);
    c.problemCases = count(u"privacy_cases"_s);
    c.deliveryChanges = count(u"privacy_requests"_s);
    c.consents = int(sql.scalar(u"SELECT count(*) FROM consents "
                                "WHERE customer_id IN (SELECT id FROM privacy_scope)"_s));
    for (const auto &[entity, table] : auditEntities) {
        c.auditEntries += int(sql.scalar(u"SELECT count(*) FROM audit_log WHERE entity = ? AND "
                                         "entity_id IN (SELECT id FROM "_s
                + table + u") AND detail IS NOT NULL AND action NOT IN "_s + ownAuditActions,
            {entity}));
    }
    return c;
}

// Erases what the scope holds, inside the transaction the caller holds.
void eraseScope(SqlRunner &sql, const QList<NamingEvent> &events, qint64 nowMs)
{
    for (const NamingEvent &e : events) {
        sql.exec(u"UPDATE tracking_events SET carrier_text = CASE WHEN ? THEN '' ELSE "
                 "carrier_text END, location = CASE WHEN ? THEN '' ELSE location END "
                 "WHERE id = ?"_s,
            {e.text, e.location, e.id});
    }
    // A code given with a message that never left goes back to the pool, as when any other
    // guardrail holds a message back.
    const QString unsent = u"SELECT m.id FROM privacy_messages p CROSS JOIN messages m "
                           "WHERE m.id = p.id AND m.state IN "_s
        + unsentStates;
    sql.exec(u"DELETE FROM voucher_cases WHERE voucher_id IN (SELECT id FROM vouchers "
             "WHERE message_id IN ("_s
        + unsent + u"))"_s);
    sql.exec(u"UPDATE vouchers SET message_id = NULL, assigned_at = NULL WHERE message_id IN ("_s
        + unsent + u")"_s);
    sql.exec(u"UPDATE messages SET state = 'suppressed', suppression_reason = 'erased', "
             "next_attempt_at = NULL WHERE id IN ("_s
        + unsent + u")"_s);
    sql.exec(u"UPDATE messages SET recipient = NULL, subject = NULL, body = '', html_body = NULL, "
             "payload = NULL, last_error = NULL "
             "WHERE id IN (SELECT id FROM privacy_messages)"_s);
    sql.exec(u"UPDATE contacts SET note = '', outcome = '' "
             "WHERE id IN (SELECT id FROM privacy_contacts)"_s);
    sql.exec(u"UPDATE returns SET customer_note = NULL "
             "WHERE id IN (SELECT id FROM privacy_returns)"_s);
    sql.exec(u"UPDATE problem_cases SET note = NULL "
             "WHERE id IN (SELECT id FROM privacy_cases)"_s);
    sql.exec(u"UPDATE delivery_change_requests SET detail = '' "
             "WHERE id IN (SELECT id FROM privacy_requests)"_s);
    sql.exec(u"UPDATE shipments SET dest_postcode = NULL "
             "WHERE id IN (SELECT id FROM privacy_shipments)"_s);
    sql.exec(u"DELETE FROM consents WHERE customer_id IN (SELECT id FROM privacy_scope)"_s);
    for (const auto &[entity, table] : auditEntities) {
        sql.exec(u"UPDATE audit_log SET detail = NULL WHERE entity = ? AND entity_id IN "
                 "(SELECT id FROM "_s
                + table + u") AND detail IS NOT NULL AND action NOT IN "_s + ownAuditActions,
            {entity});
    }
    // The search index follows through the triggers of schema 9 (keys and words).
    sql.exec(u"UPDATE feedback SET comment = '' WHERE order_id IN (SELECT o.id FROM orders o "
             "WHERE o.customer_id IN (SELECT id FROM privacy_scope))"_s);
    sql.exec(u"UPDATE customers SET name = CAST(? AS TEXT) || CAST(id AS TEXT), email = NULL, "
             "phone = NULL, postcode = NULL, "
             "street = NULL, city = NULL, external_ref = NULL, "
             "erased_at = coalesce(erased_at, ?) "
             "WHERE id IN (SELECT id FROM privacy_scope)"_s,
        {placeholderPrefix, nowMs});
}

// Old bytes overwritten in the file: the word index merged into one segment without the
// deleted words (its old segments are freed, and secure_delete zeroes freed pages), then the
// WAL copied into the file and truncated. Returns whether the checkpoint was complete.
bool rewriteFile(SqlRunner &sql)
{
    // A server keeps its own files: PostgreSQL reuses the space of old row versions (VACUUM)
    // and has neither the word index's segments nor a WAL to copy here.
    if (sql.dialect() == SqlDialect::Postgres)
        return false;
    sql.exec(u"INSERT INTO customer_words (customer_words) VALUES ('optimize')"_s);
    auto q = sql.query(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return q && q->next() && q->value(0).toInt() == 0;
}

// PRAGMA secure_delete on for the connection while the guard lives, as it was afterwards, so
// that freed cells and pages are zeroed instead of only unlinked.
class SecureDelete
{
public:
    explicit SecureDelete(const QSqlDatabase &db)
        : m_db(db)
    {
        if (sqlDialectOf(m_db) == SqlDialect::Postgres)
            return; // SQLite only: PostgreSQL has no such setting
        m_sqlite = true;
        QSqlQuery q(m_db);
        if (q.exec(u"PRAGMA secure_delete"_s) && q.next())
            m_was = q.value(0).toInt();
        q.finish();
        q.exec(u"PRAGMA secure_delete = 1"_s);
    }
    ~SecureDelete()
    {
        if (m_sqlite)
            QSqlQuery(m_db).exec(u"PRAGMA secure_delete = %1"_s.arg(m_was));
    }
    SecureDelete(const SecureDelete &) = delete;
    SecureDelete &operator=(const SecureDelete &) = delete;

private:
    QSqlDatabase m_db;
    bool m_sqlite = false;
    int m_was = 0;
};

// Each id once: a record named twice is still one record.
QList<qint64> distinct(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

QString dueSql()
{
    return u"SELECT c.id FROM customers c WHERE c.erased_at IS NULL AND coalesce((SELECT "
           "max(o.placed_at) FROM orders o WHERE o.customer_id = c.id), c.created_at) < ?"_s;
}

} // namespace

void ErasureCounts::add(const ErasureCounts &o)
{
    customers += o.customers;
    orders += o.orders;
    shipments += o.shipments;
    parcelsInFlight += o.parcelsInFlight;
    events += o.events;
    messages += o.messages;
    messagesHeldBack += o.messagesHeldBack;
    contacts += o.contacts;
    returns += o.returns;
    problemCases += o.problemCases;
    deliveryChanges += o.deliveryChanges;
    consents += o.consents;
    auditEntries += o.auditEntries;
}

QString ErasureCounts::summary() const
{
    QStringList parts;
    parts << CustomerPrivacy::tr("%n customer record(s)", nullptr, customers)
          << CustomerPrivacy::tr("%n order(s)", nullptr, orders)
          << CustomerPrivacy::tr("%n parcel(s)", nullptr, shipments)
          << CustomerPrivacy::tr("%n tracking event(s) naming them", nullptr, events)
          << CustomerPrivacy::tr("%n message(s)", nullptr, messages)
          << CustomerPrivacy::tr("%n contact(s)", nullptr, contacts)
          << CustomerPrivacy::tr("%n return(s)", nullptr, returns)
          << CustomerPrivacy::tr("%n problem case(s)", nullptr, problemCases)
          << CustomerPrivacy::tr("%n delivery change(s)", nullptr, deliveryChanges)
          << CustomerPrivacy::tr("%n consent(s)", nullptr, consents)
          << CustomerPrivacy::tr("%n audit entry(s)", nullptr, auditEntries);
    return parts.join(u", "_s);
}

QString ErasureCounts::auditDetail() const
{
    return u"customers=%1 orders=%2 shipments=%3 events=%4 messages=%5 held_back=%6 contacts=%7 "
           "returns=%8 cases=%9 delivery_changes=%10 consents=%11 audit=%12"_s.arg(customers)
               .arg(orders)
               .arg(shipments)
               .arg(events)
               .arg(messages)
               .arg(messagesHeldBack)
               .arg(contacts)
               .arg(returns)
               .arg(problemCases)
               .arg(deliveryChanges)
               .arg(consents)
               .arg(auditEntries);
}

QString CustomerPrivacy::placeholderName(qint64 customerId)
{
    return placeholderPrefix + QString::number(customerId);
}

bool CustomerPrivacy::isPlaceholderName(const QString &name, qint64 customerId)
{
    return name == placeholderName(customerId);
}

Result<QList<qint64>> CustomerPrivacy::findByEmail(const QString &email) const
{
    const QString key = email.trimmed().toLower();
    if (key.isEmpty())
        return Error {tr("Give the customer's e-mail address.")};
    SqlRunner sql(m_db.connection());
    // Through the search keys (schema 9): the same folding, and an index.
    const QList<qint64> ids = sql.ids(u"SELECT c.id FROM search_keys k JOIN customers c ON c.id = "
                                      "k.ref WHERE k.kind = 3 AND k.key = ? ORDER BY c.id"_s,
        {key});
    if (!sql.ok())
        return Error {tr("Cannot look for %1: %2").arg(email.trimmed(), sql.error())};
    if (ids.isEmpty())
        return Error {tr("No customer has the e-mail address \"%1\".").arg(email.trimmed())};
    return ids;
}

Result<QList<qint64>> CustomerPrivacy::samePerson(qint64 customerId) const
{
    SqlRunner sql(m_db.connection());
    auto q = sql.query(u"SELECT coalesce(email, '') FROM customers WHERE id = ?"_s, {customerId});
    if (!q)
        return Error {tr("Cannot read customer %1: %2").arg(customerId).arg(sql.error())};
    if (!q->next())
        return Error {tr("There is no customer %1.").arg(customerId)};
    const QString email = q->value(0).toString();
    q.reset();
    if (email.trimmed().isEmpty())
        return QList<qint64> {customerId};
    auto ids = findByEmail(email);
    if (!ids)
        return QList<qint64> {customerId};
    QList<qint64> list = *ids;
    if (!list.contains(customerId))
        list.prepend(customerId);
    return list;
}

Result<ErasureCounts> CustomerPrivacy::preview(const QList<qint64> &customerIds) const
{
    const QList<qint64> ids = distinct(customerIds);
    if (ids.isEmpty())
        return Error {tr("Say whose data to erase.")};
    const QSqlDatabase db = m_db.connection();
    SqlRunner sql(db);
    // A read transaction: one snapshot; the temporary tables go with the rollback.
    sql.exec(u"BEGIN"_s);
    const Scope scope = loadScope(sql, {ids});
    const int events = int(eventsNaming(sql, scope).size());
    const ErasureCounts counts = countScope(sql, events);
    const int found = int(scope.customerIds.size());
    dropScope(sql);
    QSqlQuery(db).exec(u"ROLLBACK"_s);
    if (!sql.ok())
        return Error {tr("Cannot read what is held about the customer: %1").arg(sql.error())};
    if (found != ids.size())
        return Error {tr("Some of these customers are not in the database.")};
    return counts;
}

Result<ErasureCounts> CustomerPrivacy::purge(
    const QList<qint64> &customerIds, const QString &actor, const QString &reason, qint64 nowMs)
{
    const QList<qint64> ids = distinct(customerIds);
    if (ids.isEmpty())
        return Error {tr("Say whose data to erase.")};
    if (actor.trimmed().isEmpty())
        return Error {tr("actor: who erases the data is needed.")};
    const QSqlDatabase db = m_db.connection();
    SqlRunner sql(db);
    const SecureDelete secure(db);
    if (!sql.beginWrite())
        return Error {tr("Cannot erase the customer's data: %1").arg(sql.error())};
    const auto fail = [&](const QString &message) -> Result<ErasureCounts> {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return Error {message};
    };

    const Scope scope = loadScope(sql, {ids});
    if (sql.ok() && scope.customerIds.size() != ids.size()) {
        QStringList missing;
        for (const qint64 id : ids) {
            if (!scope.customerIds.contains(id))
                missing << QString::number(id);
        }
        return fail(tr("There is no customer %1.").arg(missing.join(u", "_s)));
    }
    // The reason stays in the audit log after the erasure: it must not bring the person back.
    for (const PersonalData &person : scope.people) {
        if (const auto datum = person.foundIn(reason))
            return fail(tr("The reason holds the customer's %1; say it without personal data "
                           "(for example: \"request by e-mail of 3 May\").")
                            .arg(PersonalData::label(*datum)));
    }
    const QList<NamingEvent> events = eventsNaming(sql, scope);
    ErasureCounts counts = countScope(sql, int(events.size()));
    eraseScope(sql, events, nowMs);
    const QString detail = reason.trimmed().isEmpty()
        ? counts.auditDetail()
        : QString(counts.auditDetail() + u"; reason: "_s + reason.trimmed());
    for (const qint64 id : std::as_const(scope.customerIds)) {
        sql.exec(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                 "VALUES (?, ?, 'erased', 'customer', ?, ?)"_s,
            {nowMs, actor, id, detail});
    }
    dropScope(sql);
    if (!sql.ok())
        return fail(tr("Cannot erase the customer's data: %1").arg(sql.error()));
    if (!QSqlQuery(db).exec(u"COMMIT"_s))
        return fail(tr("Cannot erase the customer's data: %1").arg(db.lastError().text()));

    // Committed: the data is gone for every reader. Now the bytes, in transactions of their own
    // so the index merge does not hold up the writers any longer than it takes.
    counts.fileRewritten = rewriteFile(sql);
    if (!sql.ok())
        return Error {tr("The customer's data is erased, but the file could not be rewritten "
                         "yet (%1); old bytes stay in it until the next erasure or a VACUUM.")
                          .arg(sql.error())};
    return counts;
}

Result<QJsonDocument> CustomerPrivacy::exportCustomer(
    const QList<qint64> &customerIds, const QString &actor, qint64 nowMs)
{
    const QList<qint64> ids = distinct(customerIds);
    if (ids.isEmpty())
        return Error {tr("Say whose data to export.")};
    if (actor.trimmed().isEmpty())
        return Error {tr("actor: who exports the data is needed.")};
    const QSqlDatabase db = m_db.connection();
    SqlRunner sql(db);
    // One snapshot, and the audit line with it.
    if (!sql.beginWrite())
        return Error {tr("Cannot export the customer's data: %1").arg(sql.error())};
    const auto fail = [&](const QString &message) -> Result<QJsonDocument> {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return Error {message};
    };
    const Scope scope = loadScope(sql, {ids});
    if (sql.ok() && scope.customerIds.size() != ids.size())
        return fail(tr("Some of these customers are not in the database."));
    QSet<qint64> naming;
    for (const NamingEvent &e : eventsNaming(sql, scope))
        naming.insert(e.id);

    QHash<qint64, QJsonArray> consents;
    if (auto q = sql.query(u"SELECT k.customer_id, k.channel, k.granted, k.source, k.at "
                           "FROM privacy_scope p CROSS JOIN consents k "
                           "WHERE k.customer_id = p.id ORDER BY k.customer_id, k.channel"_s)) {
        while (q->next())
            consents[q->value(0).toLongLong()].append(QJsonObject {
                {u"channel"_s, q->value(1).toString()}, {u"granted"_s, q->value(2).toInt() != 0},
                {u"source"_s, q->value(3).toString()}, {u"at"_s, iso(q->value(4).toLongLong())}});
    }
    QJsonArray customers;
    if (auto q = sql.query(
            u"SELECT c.id, c.external_ref, c.name, c.email, c.phone, c.language, c.country, "
            "c.postcode, c.city, c.time_zone, c.created_at, c.erased_at, c.street FROM customers c "
            "WHERE c.id IN (SELECT id FROM privacy_scope) ORDER BY c.id"_s)) {
        while (q->next()) {
            customers.append(QJsonObject {{u"id"_s, q->value(0).toLongLong()},
                {u"customer_number"_s, textOrNull(q->value(1))},
                {u"name"_s, q->value(2).toString()}, {u"email"_s, textOrNull(q->value(3))},
                {u"phone"_s, textOrNull(q->value(4))}, {u"language"_s, q->value(5).toString()},
                {u"country"_s, textOrNull(q->value(6))}, {u"postcode"_s, textOrNull(q->value(7))},
                {u"street"_s, textOrNull(q->value(12))}, {u"city"_s, textOrNull(q->value(8))},
                {u"time_zone"_s, textOrNull(q->value(9))},
                {u"created_at"_s, isoOrNull(q->value(10))},
                {u"erased_at"_s, isoOrNull(q->value(11))},
                {u"consents"_s, consents.value(q->value(0).toLongLong())}});
        }
    }

    // Parcels with their events, cases and delivery changes, by id.
    QHash<qint64, QJsonObject> parcels;
    QHash<qint64, qint64> parcelOrder; // 0: no order of the person
    QList<qint64> parcelIds;
    if (auto q = sql.query(
            u"SELECT s.id, s.order_id, s.carrier, s.tracking_number, s.service, s.direction, "
            "s.dest_country, s.dest_postcode, s.status_tag, s.sub_status, s.status_at, "
            "s.shipped_at, s.promised_at, s.delivered_at, "
            "CASE WHEN s.order_id IN (SELECT id FROM privacy_orders) THEN 1 ELSE 0 END "
            "FROM privacy_shipments p CROSS JOIN shipments s WHERE s.id = p.id "
            "ORDER BY s.shipped_at, s.id"_s)) {
        while (q->next()) {
            const qint64 id = q->value(0).toLongLong();
            parcelIds << id;
            parcelOrder.insert(id, q->value(14).toInt() != 0 ? q->value(1).toLongLong() : 0);
            parcels.insert(id,
                QJsonObject {{u"carrier"_s, q->value(2).toString()},
                    {u"tracking_number"_s, q->value(3).toString()},
                    {u"service"_s, textOrNull(q->value(4))},
                    {u"direction"_s, q->value(5).toString()},
                    {u"destination_country"_s, textOrNull(q->value(6))},
                    {u"destination_postcode"_s, textOrNull(q->value(7))},
                    {u"status"_s, q->value(8).toString()},
                    {u"sub_status"_s, q->value(9).toString()},
                    {u"status_at"_s, isoOrNull(q->value(10))},
                    {u"shipped_at"_s, isoOrNull(q->value(11))},
                    {u"promised_at"_s, isoOrNull(q->value(12))},
                    {u"delivered_at"_s, isoOrNull(q->value(13))}});
        }
    }
    QHash<qint64, QJsonArray> events;
    // The milestones a customer is told about, and any event naming the person.
    if (auto q
        = sql.query(u"SELECT e.shipment_id, e.id, e.occurred_at, e.status_tag, "
                    "e.sub_status, e.location, e.carrier_text, e.milestone "
                    "FROM privacy_shipments p CROSS JOIN tracking_events e "
                    "WHERE e.shipment_id = p.id ORDER BY e.shipment_id, e.occurred_at, e.id"_s)) {
        while (q->next()) {
            if (q->value(7).toInt() == 0 && !naming.contains(q->value(1).toLongLong()))
                continue;
            events[q->value(0).toLongLong()].append(QJsonObject {
                {u"at"_s, iso(q->value(2).toLongLong())}, {u"status"_s, q->value(3).toString()},
                {u"sub_status"_s, q->value(4).toString()}, {u"location"_s, q->value(5).toString()},
                {u"carrier_text"_s, q->value(6).toString()}});
        }
    }
    QHash<qint64, QJsonArray> cases;
    if (auto q = sql.query(u"SELECT c.shipment_id, c.id, c.kind, c.state, c.opened_at, "
                           "c.resolved_at, c.resolution_code, c.note, c.details "
                           "FROM privacy_cases p CROSS JOIN problem_cases c WHERE c.id = p.id "
                           "ORDER BY c.opened_at, c.id"_s)) {
        while (q->next())
            cases[q->value(0).toLongLong()].append(QJsonObject {{u"id"_s, q->value(1).toLongLong()},
                {u"kind"_s, q->value(2).toString()}, {u"state"_s, q->value(3).toString()},
                {u"opened_at"_s, isoOrNull(q->value(4))},
                {u"resolved_at"_s, isoOrNull(q->value(5))},
                {u"resolution"_s, textOrNull(q->value(6))}, {u"note"_s, textOrNull(q->value(7))},
                {u"details"_s, textOrNull(q->value(8))}});
    }
    QHash<qint64, QJsonArray> changes;
    if (auto q = sql.query(u"SELECT r.shipment_id, r.id, r.option, r.detail, r.state, "
                           "r.requested_at, r.agent FROM privacy_requests p "
                           "CROSS JOIN delivery_change_requests r WHERE r.id = p.id "
                           "ORDER BY r.requested_at, r.id"_s)) {
        while (q->next())
            changes[q->value(0).toLongLong()].append(QJsonObject {
                {u"id"_s, q->value(1).toLongLong()}, {u"option"_s, q->value(2).toString()},
                {u"detail"_s, q->value(3).toString()}, {u"state"_s, q->value(4).toString()},
                {u"requested_at"_s, iso(q->value(5).toLongLong())},
                {u"agent"_s, q->value(6).toString()}});
    }
    for (const qint64 id : std::as_const(parcelIds)) {
        QJsonObject &p = parcels[id];
        p.insert(u"events"_s, events.value(id));
        p.insert(u"problem_cases"_s, cases.value(id));
        p.insert(u"delivery_changes"_s, changes.value(id));
    }

    QHash<qint64, QJsonArray> returnsByOrder;
    if (auto q
        = sql.query(u"SELECT r.order_id, r.rma, r.reason_code, r.state, r.created_at, "
                    "r.received_at, r.customer_note FROM privacy_returns p "
                    "CROSS JOIN returns r WHERE r.id = p.id ORDER BY r.created_at, r.id"_s)) {
        while (q->next())
            returnsByOrder[q->value(0).toLongLong()].append(QJsonObject {
                {u"rma"_s, q->value(1).toString()}, {u"reason"_s, q->value(2).toString()},
                {u"state"_s, q->value(3).toString()}, {u"created_at"_s, isoOrNull(q->value(4))},
                {u"received_at"_s, isoOrNull(q->value(5))},
                {u"customer_note"_s, textOrNull(q->value(6))}});
    }
    QHash<qint64, QJsonArray> contactsByOrder; // 0: about a parcel of no order of the person
    if (auto q = sql.query(
            u"SELECT CASE WHEN c.order_id IN (SELECT id FROM privacy_orders) THEN 1 ELSE 0 END, "
            "c.order_id, "
            "(SELECT tracking_number FROM shipments WHERE id = c.shipment_id), c.occurred_at, "
            "c.channel, c.reason, c.outcome, c.note, c.agent FROM privacy_contacts p "
            "CROSS JOIN contacts c WHERE c.id = p.id ORDER BY c.occurred_at, c.id"_s)) {
        while (q->next())
            contactsByOrder[q->value(0).toInt() != 0 ? q->value(1).toLongLong() : 0].append(
                QJsonObject {{u"at"_s, iso(q->value(3).toLongLong())},
                    {u"parcel"_s, textOrNull(q->value(2))}, {u"channel"_s, q->value(4).toString()},
                    {u"reason"_s, q->value(5).toString()}, {u"outcome"_s, q->value(6).toString()},
                    {u"note"_s, q->value(7).toString()}, {u"agent"_s, q->value(8).toString()}});
    }

    QJsonArray orders;
    if (auto q = sql.query(u"SELECT o.id, o.order_number, o.customer_id, o.placed_at, o.currency, "
                           "o.total_cents, o.category FROM privacy_orders p "
                           "CROSS JOIN orders o WHERE o.id = p.id ORDER BY o.placed_at, o.id"_s)) {
        while (q->next()) {
            const qint64 id = q->value(0).toLongLong();
            QJsonArray orderParcels;
            for (const qint64 parcel : std::as_const(parcelIds)) {
                if (parcelOrder.value(parcel) == id)
                    orderParcels.append(parcels.value(parcel));
            }
            orders.append(QJsonObject {{u"order_number"_s, q->value(1).toString()},
                {u"customer_id"_s, q->value(2).toLongLong()},
                {u"placed_at"_s, isoOrNull(q->value(3))}, {u"currency"_s, q->value(4).toString()},
                {u"total_cents"_s, q->value(5).toLongLong()},
                {u"category"_s, textOrNull(q->value(6))}, {u"parcels"_s, orderParcels},
                {u"returns"_s, returnsByOrder.value(id)},
                {u"contacts"_s, contactsByOrder.value(id)}});
        }
    }
    QJsonArray otherParcels;
    for (const qint64 parcel : std::as_const(parcelIds)) {
        if (parcelOrder.value(parcel) == 0)
            otherParcels.append(parcels.value(parcel));
    }

    QJsonArray messages;
    if (auto q = sql.query(
            u"SELECT m.id, m.customer_id, (SELECT tracking_number FROM shipments WHERE id = "
            "m.shipment_id), m.channel, m.language, m.kind, m.state, m.recipient, m.subject, "
            "m.body, m.html_body, m.payload, m.created_at, m.sent_at, m.suppression_reason, "
            "v.code, v.value_cents, v.currency, v.expires_at, v.assigned_at "
            "FROM privacy_messages p CROSS JOIN messages m "
            "LEFT JOIN vouchers v ON v.message_id = m.id WHERE m.id = p.id "
            "ORDER BY m.created_at, m.id"_s)) {
        while (q->next()) {
            QJsonObject m {{u"id"_s, q->value(0).toLongLong()},
                {u"customer_id"_s, q->value(1).toLongLong()},
                {u"parcel"_s, textOrNull(q->value(2))}, {u"channel"_s, q->value(3).toString()},
                {u"language"_s, q->value(4).toString()}, {u"kind"_s, q->value(5).toString()},
                {u"state"_s, q->value(6).toString()}, {u"recipient"_s, textOrNull(q->value(7))},
                {u"subject"_s, textOrNull(q->value(8))}, {u"body"_s, q->value(9).toString()},
                {u"html_body"_s, textOrNull(q->value(10))},
                {u"payload"_s, textOrNull(q->value(11))},
                {u"created_at"_s, isoOrNull(q->value(12))}, {u"sent_at"_s, isoOrNull(q->value(13))},
                {u"held_back_because"_s, textOrNull(q->value(14))}};
            if (!q->value(15).isNull())
                m.insert(u"voucher"_s,
                    QJsonObject {{u"code"_s, q->value(15).toString()},
                        {u"value_cents"_s, q->value(16).toLongLong()},
                        {u"currency"_s, q->value(17).toString()},
                        {u"expires_at"_s, isoOrNull(q->value(18))},
                        {u"given_at"_s, isoOrNull(q->value(19))}});
            messages.append(m);
        }
    }

    QJsonArray audit;
    for (const auto &[entity, table] : auditEntities) {
        auto q = sql.query(u"SELECT at, actor, action, entity_id, detail FROM audit_log "
                           "WHERE entity = ? AND entity_id IN (SELECT id FROM "_s
                + table + u") ORDER BY at, id"_s,
            {entity});
        while (q && q->next())
            audit.append(QJsonObject {{u"at"_s, iso(q->value(0).toLongLong())},
                {u"actor"_s, q->value(1).toString()}, {u"action"_s, q->value(2).toString()},
                {u"entity"_s, entity}, {u"entity_id"_s, q->value(3).toLongLong()},
                {u"detail"_s, textOrNull(q->value(4))}});
    }

    const ErasureCounts counts = countScope(sql, int(naming.size()));
    const QString detail
        = u"orders=%1 shipments=%2 messages=%3 contacts=%4 audit=%5"_s.arg(counts.orders)
              .arg(counts.shipments)
              .arg(counts.messages)
              .arg(counts.contacts)
              .arg(audit.size());
    for (const qint64 id : std::as_const(scope.customerIds)) {
        sql.exec(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                 "VALUES (?, ?, 'exported', 'customer', ?, ?)"_s,
            {nowMs, actor, id, detail});
    }
    dropScope(sql);
    if (!sql.ok())
        return fail(tr("Cannot export the customer's data: %1").arg(sql.error()));
    if (!QSqlQuery(db).exec(u"COMMIT"_s))
        return fail(tr("Cannot export the customer's data: %1").arg(db.lastError().text()));

    QJsonObject root {{u"format"_s, u"parceldesk-personal-data"_s}, {u"version"_s, 1},
        {u"exported_at"_s, iso(nowMs)}, {u"exported_by"_s, actor}, {u"customers"_s, customers},
        {u"orders"_s, orders}, {u"messages"_s, messages}, {u"audit"_s, audit}};
    if (!otherParcels.isEmpty())
        root.insert(u"parcels_without_order"_s, otherParcels);
    if (!contactsByOrder.value(0).isEmpty())
        root.insert(u"contacts_without_order"_s, contactsByOrder.value(0));
    return QJsonDocument(root);
}

Result<int> CustomerPrivacy::dueForRetention(int days, qint64 nowMs) const
{
    if (days <= 0)
        return 0;
    SqlRunner sql(m_db.connection());
    const qint64 due = sql.scalar(
        u"SELECT count(*) FROM ("_s + dueSql() + u") AS due"_s, {nowMs - qint64(days) * msPerDay});
    if (!sql.ok())
        return Error {tr("Cannot count the customers due for erasure: %1").arg(sql.error())};
    return int(due);
}

Result<RetentionRun> CustomerPrivacy::applyRetention(int days, const QString &actor, qint64 nowMs,
    const Progress &progress, const std::atomic_bool *cancel)
{
    if (days <= 0 || days > longestRetentionDays)
        return Error {tr("The retention period must be 1 to %1 days, not %2.")
                          .arg(longestRetentionDays)
                          .arg(days)};
    if (actor.trimmed().isEmpty())
        return Error {tr("actor: who erases the data is needed.")};
    const QSqlDatabase db = m_db.connection();
    SqlRunner sql(db);
    const SecureDelete secure(db);
    const qint64 cutoff = nowMs - qint64(days) * msPerDay;
    const QList<qint64> due = sql.ids(dueSql() + u" ORDER BY c.id"_s, {cutoff});
    if (!sql.ok())
        return Error {tr("Cannot find the customers due for erasure: %1").arg(sql.error())};

    RetentionRun run;
    run.due = int(due.size());
    ErasureCounts total;
    qint64 auditId = 0;
    const auto runDetail = [&] {
        return u"days=%1 cutoff=%2 due=%3 erased=%4%5 %6"_s.arg(days)
            .arg(iso(cutoff))
            .arg(run.due)
            .arg(run.erased)
            .arg(run.cancelled ? u" cancelled"_s : QString())
            .arg(total.auditDetail());
    };
    // The run's line in the audit log, in the transaction of each batch: whatever stops the
    // run, the line tells what was erased.
    const auto writeAudit = [&] {
        if (auditId == 0) {
            auto q = sql.query(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, "
                               "detail) VALUES (?, ?, 'retention', 'customer', NULL, ?) "
                               "RETURNING id"_s,
                {nowMs, actor, runDetail()});
            if (q && q->next())
                auditId = q->value(0).toLongLong();
        } else {
            sql.exec(u"UPDATE audit_log SET detail = ? WHERE id = ?"_s, {runDetail(), auditId});
        }
    };

    if (progress)
        progress(0, run.due);
    for (qsizetype start = 0; start < due.size(); start += m_batchSize) {
        if (cancel && cancel->load()) {
            run.cancelled = true;
            break;
        }
        if (!sql.beginWrite())
            return Error {tr("Cannot erase old personal data: %1").arg(sql.error())};
        // Still due (an order may have come in since the list was read): each its own person.
        QList<QList<qint64>> people;
        for (const qint64 id : due.mid(start, m_batchSize)) {
            auto q = sql.query(
                u"SELECT 1 FROM ("_s + dueSql() + u" AND c.id = ?) AS due"_s, {cutoff, id});
            if (q && q->next())
                people.append(QList<qint64> {id});
        }
        const Scope scope = loadScope(sql, people);
        const QList<NamingEvent> events = eventsNaming(sql, scope);
        const ErasureCounts counts = countScope(sql, int(events.size()));
        eraseScope(sql, events, nowMs);
        dropScope(sql);
        const int erasedBefore = run.erased;
        total.add(counts);
        run.erased += counts.customers;
        writeAudit();
        if (!sql.ok() || !QSqlQuery(db).exec(u"COMMIT"_s)) {
            const QString error = sql.ok() ? db.lastError().text() : sql.error();
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            return Error {
                tr("Cannot erase old personal data after %n customer(s): %1", nullptr, erasedBefore)
                    .arg(error)};
        }
        if (progress)
            progress(std::min<qint64>(start + m_batchSize, run.due), run.due);
    }
    // Nothing due, or cancelled before the first batch: the run is in the log all the same.
    if (auditId == 0 || run.cancelled)
        writeAudit();
    if (run.erased > 0)
        run.fileRewritten = rewriteFile(sql);
    if (!sql.ok())
        return Error {tr("%n customer(s) erased, but the file could not be rewritten yet (%1); "
                         "old bytes stay in it until the next erasure or a VACUUM.",
            nullptr, run.erased)
                          .arg(sql.error())};
    return run;
}

Result<int> CustomerPrivacy::retentionDays() const
{
    SqlRunner sql(m_db.connection());
    auto q = sql.query(u"SELECT value FROM settings WHERE key = ?"_s, {retentionKey});
    if (!q)
        return Error {tr("Cannot read the setting %1: %2").arg(retentionKey, sql.error())};
    if (!q->next())
        return 0;
    bool ok = false;
    const int days = q->value(0).toString().trimmed().toInt(&ok);
    if (!ok || days < 0)
        return Error {tr("The setting %1 holds \"%2\", not a number of days.")
                          .arg(retentionKey, q->value(0).toString())};
    return days;
}

Outcome CustomerPrivacy::setRetentionDays(int days, const QString &actor, qint64 nowMs)
{
    if (days < 0 || days > longestRetentionDays)
        return Error {tr("The retention period must be 0 (off) to %1 days, not %2.")
                          .arg(longestRetentionDays)
                          .arg(days)};
    const QSqlDatabase db = m_db.connection();
    SqlRunner sql(db);
    if (!sql.beginWrite())
        return Error {tr("Cannot save the retention period: %1").arg(sql.error())};
    sql.exec(u"INSERT INTO settings (key, value) VALUES (?, ?) "
             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
        {retentionKey, QString::number(days)});
    sql.exec(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
             "VALUES (?, ?, 'changed', 'setting', NULL, ?)"_s,
        {nowMs, actor, u"%1=%2"_s.arg(retentionKey).arg(days)});
    if (!sql.ok() || !QSqlQuery(db).exec(u"COMMIT"_s)) {
        const QString error = sql.ok() ? db.lastError().text() : sql.error();
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return Error {tr("Cannot save the retention period: %1").arg(error)};
    }
    return Done {};
}

} // namespace ParcelDesk
