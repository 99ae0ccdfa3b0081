#include "wismosearch.h"

#include "sqldialect.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

using Statement = WismoSearch::Statement;
using Match = WismoHit::Match;

// How many orders a customer found by name, e-mail, phone or postcode contributes: the newest.
constexpr int ordersPerCustomer = 3;
// The word list for typo corrections is read again after this long (new customers' names).
constexpr auto termsLifetime = std::chrono::minutes(10);
// … and when new customers came, but not more often than this (a busy shop adds them all day).
constexpr auto termsRefreshPause = std::chrono::seconds(2);
constexpr int longestTerm = 40;

// Search keys by kind, as resources/sql/009_wismo.sql writes them.
enum KeyKind : int {
    OrderNumberKey = 1,
    OrderDigitsKey = 2,
    EmailKey = 3,
    PhoneKey = 4,
    PostcodeKey = 5,
};

bool exec(QSqlQuery &q, const Statement &st, QList<Statement> *trace)
{
    if (trace)
        trace->append(st);
    if (!q.prepare(st.sql))
        return false;
    for (auto it = st.binds.cbegin(); it != st.binds.cend(); ++it)
        q.bindValue(it.key(), it.value());
    return q.exec();
}

QString prefixEnd(const QString &prefix)
{
    return prefix + QChar(0xFFFF);
}

// The length of the ITU country calling code a number in international form starts with.
int callingCodeLength(QStringView digits)
{
    if (digits.isEmpty())
        return 0;
    if (digits.front() == u'1' || digits.front() == u'7')
        return 1;
    static const QSet<QString> twoDigit = {u"20"_s, u"27"_s, u"30"_s, u"31"_s, u"32"_s, u"33"_s,
        u"34"_s, u"36"_s, u"39"_s, u"40"_s, u"41"_s, u"43"_s, u"44"_s, u"45"_s, u"46"_s, u"47"_s,
        u"48"_s, u"49"_s, u"51"_s, u"52"_s, u"53"_s, u"54"_s, u"55"_s, u"56"_s, u"57"_s, u"58"_s,
        u"60"_s, u"61"_s, u"62"_s, u"63"_s, u"64"_s, u"65"_s, u"66"_s, u"81"_s, u"82"_s, u"84"_s,
        u"86"_s, u"90"_s, u"91"_s, u"92"_s, u"93"_s, u"94"_s, u"95"_s, u"98"_s};
    return twoDigit.contains(digits.left(2).toString()) ? 2 : 3;
}

// The order number's digits as kind 2 keeps them: leading letters and zeros dropped.
QString orderDigits(const QString &key)
{
    qsizetype i = 0;
    while (i < key.size() && key[i] >= u'A' && key[i] <= u'Z')
        ++i;
    while (i < key.size() && key[i] == u'0')
        ++i;
    return key.mid(i);
}

QString quoted(const QString &word)
{
    QString text = word;
    text.replace(u'"', u"\"\""_s);
    return u'"' + text + u'"';
}

// One typed word of a name search: it finds the words of the index it begins, and the whole
// words the search corrected it to.
struct WordQuery
{
    QString beginning;
    QStringList corrections;
};

// The customers with a word for each typed word (in their name, city or postcode), newest
// first. SQLite asks its FTS5 index; PostgreSQL keeps one row per customer and word in
// customer_words (resources/sql/pg/013_baseline.sql), and folds the typed words with the same
// function as the words it keeps.
Statement wordStatement(SqlDialect dialect, const QList<WordQuery> &words, int limit)
{
    if (dialect == SqlDialect::Sqlite) {
        QStringList terms;
        for (const WordQuery &w : words) {
            QStringList alternatives {quoted(w.beginning) + u'*'};
            for (const QString &correction : w.corrections)
                alternatives << quoted(correction);
            terms << (alternatives.size() == 1 ? alternatives.front()
                                               : u'(' + alternatives.join(u" OR "_s) + u')');
        }
        return {u"SELECT rowid FROM customer_words WHERE customer_words MATCH :match "
                "ORDER BY rowid DESC LIMIT :n"_s,
            {{u":match"_s, terms.join(u" AND "_s)}, {u":n"_s, limit}}};
    }
    QStringList selects;
    QVariantMap binds {{u":n"_s, limit}};
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString beginning = u":w%1"_s.arg(i);
        QStringList any {u"starts_with(word, customer_word_fold(%1))"_s.arg(beginning)};
        binds.insert(beginning, words[i].beginning);
        for (qsizetype j = 0; j < words[i].corrections.size(); ++j) {
            const QString correction = u":w%1c%2"_s.arg(i).arg(j);
            any << u"word = customer_word_fold(%1)"_s.arg(correction);
            binds.insert(correction, words[i].corrections[j]);
        }
        selects << u"SELECT customer_id FROM customer_words WHERE "_s + any.join(u" OR "_s);
    }
    return {selects.join(u" INTERSECT "_s) + u" ORDER BY customer_id DESC LIMIT :n"_s, binds};
}

// The words of a query as the word index splits them (letters and digits), folded.
QStringList queryWords(const QString &text)
{
    QStringList words;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            current += c;
        } else if (!current.isEmpty()) {
            words << WismoSearch::foldWord(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words << WismoSearch::foldWord(current);
    words.removeAll(QString());
    return words;
}

bool isAlphabetic(QStringView word)
{
    return !word.isEmpty()
        && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); });
}

struct Found
{
    qint64 orderId = 0;
    qint64 customerId = 0; // set for a customer without orders
    qint64 shipmentId = 0; // the parcel a tracking number matched
    Match match = Match::Name;
    bool exact = false;
    bool corrected = false;
};

class Collector
{
public:
    Collector(const QSqlDatabase &db, int limit, QList<Statement> *trace)
        : m_db(db)
        , m_limit(limit)
        , m_trace(trace)
    { }

    bool full() const { return m_found.size() >= m_limit; }
    int room() const { return m_limit - int(m_found.size()); }
    const QList<Found> &found() const { return m_found; }
    QString error() const { return m_error; }
    QList<Statement> *trace() const { return m_trace; }

    // Runs st and hands each row to take, until the hits are complete (or to the end).
    template<typename Take>
    bool select(const Statement &st, Take take, bool untilFull = true)
    {
        if (!m_error.isEmpty())
            return false;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!exec(q, st, m_trace)) {
            m_error = q.lastError().text();
            return false;
        }
        while (q.next() && !(untilFull && full()))
            take(q);
        return true;
    }

    void addShipment(qint64 shipmentId, qint64 orderId, Match match, bool exact)
    {
        if (full())
            return;
        if (orderId > 0) {
            addOrder(orderId, match, exact, false, shipmentId);
        } else if (!m_shipments.contains(shipmentId)) {
            m_shipments.insert(shipmentId);
            m_found.append({0, 0, shipmentId, match, exact, false});
        }
    }

    void addOrder(qint64 orderId, Match match, bool exact, bool corrected, qint64 shipmentId = 0)
    {
        if (full() || m_orders.contains(orderId))
            return;
        m_orders.insert(orderId);
        m_found.append({orderId, 0, shipmentId, match, exact, corrected});
    }

    void addCustomers(const QList<qint64> &customerIds, Match match, bool exact, bool corrected)
    {
        for (const qint64 customerId : customerIds) {
            if (full())
                return;
            if (m_customers.contains(customerId))
                continue;
            m_customers.insert(customerId);
            bool any = false;
            select({u"SELECT id FROM orders WHERE customer_id = :customer "
                    "ORDER BY placed_at DESC, id DESC LIMIT :n"_s,
                       {{u":customer"_s, customerId}, {u":n"_s, ordersPerCustomer}}},
                [&](const QSqlQuery &q) {
                    any = true;
                    addOrder(q.value(0).toLongLong(), match, exact, corrected);
                });
            if (!any && !full())
                m_found.append({0, customerId, 0, match, exact, corrected});
        }
    }

    // The customers a key lookup finds (kinds 3 to 5), exactly or by the key's beginning.
    void customersByKey(KeyKind kind, const QStringList &keys, Match match, bool prefix)
    {
        for (const QString &key : keys) {
            if (full())
                return;
            // In the order of the keys, so that both engines choose the same customers when
            // more match. A customer has at most two keys of a kind (a phone number with and
            // without its country code): twice the room holds enough of them.
            QList<qint64> ids;
            const int n = room();
            const Statement st = prefix
                ? Statement {u"SELECT ref FROM search_keys WHERE kind = :kind AND key >= :key "
                             "AND key < :keyEnd AND key != :key ORDER BY key, ref LIMIT :n"_s,
                    {{u":kind"_s, int(kind)}, {u":key"_s, key}, {u":keyEnd"_s, prefixEnd(key)},
                        {u":n"_s, 2 * n}}}
                : Statement {u"SELECT ref FROM search_keys WHERE kind = :kind AND key = :key "
                             "ORDER BY ref LIMIT :n"_s,
                    {{u":kind"_s, int(kind)}, {u":key"_s, key}, {u":n"_s, n}}};
            select(st, [&](const QSqlQuery &q) {
                const qint64 ref = q.value(0).toLongLong();
                if (ids.size() < n && !ids.contains(ref))
                    ids << ref;
            });
            addCustomers(ids, match, !prefix, false);
        }
    }

private:
    const QSqlDatabase &m_db;
    int m_limit;
    QList<Statement> *m_trace;
    QList<Found> m_found;
    QSet<qint64> m_orders;
    QSet<qint64> m_customers;
    QSet<qint64> m_shipments;
    QString m_error;
};

void findNumbers(Collector &c, const QString &key, bool prefix)
{
    if (key.size() < (prefix ? 5 : 4))
        return;
    const Statement tracking = prefix
        ? Statement {u"SELECT id, order_id FROM shipments WHERE tracking_number >= :key AND "
                     "tracking_number < :keyEnd AND tracking_number != :key "
                     "ORDER BY tracking_number, id LIMIT :n"_s,
            {{u":key"_s, key}, {u":keyEnd"_s, prefixEnd(key)}, {u":n"_s, c.room()}}}
        : Statement {u"SELECT id, order_id FROM shipments WHERE tracking_number = :key "
                     "ORDER BY shipped_at DESC, id DESC LIMIT :n"_s,
            {{u":key"_s, key}, {u":n"_s, c.room()}}};
    c.select(tracking, [&](const QSqlQuery &q) {
        c.addShipment(
            q.value(0).toLongLong(), q.value(1).toLongLong(), Match::TrackingNumber, !prefix);
    });
}

void findOrders(Collector &c, const QString &key, bool prefix)
{
    // A whole number, however short ("#42"), is one index probe; a beginning needs three
    // characters or it would match most orders.
    const QString digits = orderDigits(key);
    const qsizetype shortest = prefix ? 3 : 1;
    if (digits.isEmpty())
        return;
    QList<std::pair<KeyKind, QString>> lookups;
    if (key.size() >= shortest)
        lookups.append({OrderNumberKey, key});
    if (digits.size() >= shortest)
        lookups.append({OrderDigitsKey, digits});
    for (const auto &[kind, value] : std::as_const(lookups)) {
        const Statement st = prefix
            ? Statement {u"SELECT ref FROM search_keys WHERE kind = :kind AND key >= :key AND "
                         "key < :keyEnd AND key != :key ORDER BY key, ref LIMIT :n"_s,
                {{u":kind"_s, int(kind)}, {u":key"_s, value}, {u":keyEnd"_s, prefixEnd(value)},
                    {u":n"_s, c.room()}}}
            : Statement {u"SELECT ref FROM search_keys WHERE kind = :kind AND key = :key "
                         "ORDER BY ref LIMIT :n"_s,
                {{u":kind"_s, int(kind)}, {u":key"_s, value}, {u":n"_s, c.room()}}};
        c.select(st, [&](const QSqlQuery &q) {
            c.addOrder(q.value(0).toLongLong(), Match::OrderNumber, !prefix, false);
        });
    }
}

QString emailKey(const QString &text)
{
    if (text.contains(u' '))
        return {};
    if (!text.contains(u'@') && !text.contains(u'.'))
        return {};
    return text.toLower();
}

} // namespace

QString WismoSearch::foldWord(QStringView word)
{
    const QString decomposed = word.toString().toLower().normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c;
    }
    return folded;
}

QString WismoSearch::spellingKey(QStringView foldedWord)
{
    QString key;
    key.reserve(foldedWord.size() + 2);
    for (const QChar c : foldedWord) {
        switch (c.unicode()) {
        case 0x00DF: // ß
            key += u"ss"_s;
            break;
        case 0x00E6: // æ
            key += u"ae"_s;
            break;
        case 0x0153: // œ
            key += u"oe"_s;
            break;
        case 0x00F8: // ø
            key += u'o';
            break;
        case 0x0142: // ł
            key += u'l';
            break;
        case 0x0111: // đ
            key += u'd';
            break;
        default:
            key += c;
        }
    }
    return key;
}

int WismoSearch::editDistance(QStringView a, QStringView b, int max)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > max)
        return max + 1;
    // Three rows of the optimal-string-alignment table.
    std::vector<int> before(size_t(m + 1)), previous(size_t(m + 1)), current(size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1,
                previous[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, before[size_t(j - 2)] + 1);
            current[size_t(j)] = v;
            rowBest = std::min(rowBest, v);
        }
        if (rowBest > max)
            return max + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[size_t(m)], max + 1);
}

QStringList WismoSearch::phoneKeys(QStringView text)
{
    QString digits;
    bool international = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isDigit()) {
            digits += c;
        } else if (c == u'+' && digits.isEmpty() && !international) {
            international = true;
        } else if (!QStringView(u" -()/.").contains(c)) {
            return {};
        }
    }
    if (!international && digits.startsWith(u"00"_s)) {
        international = true;
        digits.remove(0, 2);
    }
    if (digits.size() < 5)
        return {};
    QStringList keys {digits};
    QString national;
    if (international)
        national = digits.mid(callingCodeLength(digits));
    else
        national = digits.mid(digits.indexOf(QRegularExpression(u"[^0]"_s)));
    if (national.size() >= 5 && national != digits)
        keys << national;
    return keys;
}

QString WismoSearch::numberKey(QStringView text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            key += c.toUpper();
    }
    return key;
}

void WismoSearch::loadTerms(const QSqlDatabase &db)
{
    std::vector<std::vector<Term>> terms(size_t(longestTerm + 1));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT term FROM customer_terms"_s))
        return; // interrupted or failed: the words held so far stay, and the next search tries
    while (q.next()) {
        const QString term = q.value(0).toString();
        if (term.size() < 3 || !isAlphabetic(term))
            continue;
        QString compared = spellingKey(term);
        if (compared.size() <= longestTerm)
            terms[size_t(compared.size())].push_back({std::move(compared), term});
    }
    if (q.lastError().isValid())
        return; // cut off half-way: not the whole list
    m_termsByLength = std::move(terms);
    m_termsLoaded = std::chrono::steady_clock::now();
    m_termsValid = true;
}

QStringList WismoSearch::corrections(const QSqlDatabase &db, const QString &foldedWord)
{
    const QString compared = spellingKey(foldedWord);
    const qsizetype n = compared.size();
    if (n < 4 || n > longestTerm || !isAlphabetic(foldedWord))
        return {};
    // New customers bring new words: read them again when the newest customer changed, or
    // after a while (a renamed customer).
    QSqlQuery newest(db);
    const qint64 newestCustomer = newest.exec(u"SELECT max(id) FROM customers"_s) && newest.next()
        ? newest.value(0).toLongLong()
        : 0;
    newest.finish();
    const auto age = std::chrono::steady_clock::now() - m_termsLoaded;
    if (!m_termsValid || age > termsLifetime
        || (newestCustomer != m_termsNewestCustomer && age > termsRefreshPause)) {
        loadTerms(db);
        if (m_termsValid)
            m_termsNewestCustomer = newestCustomer;
    }
    if (!m_termsValid)
        return {};
    const int max = n >= 8 ? 2 : 1;
    QList<std::pair<int, QString>> near;
    for (qsizetype len = std::max<qsizetype>(3, n - max);
         len <= std::min<qsizetype>(longestTerm, n + max); ++len) {
        for (const Term &term : m_termsByLength[size_t(len)]) {
            if (term.word == foldedWord)
                continue;
            const int d = editDistance(compared, term.compared, max);
            if (d <= max)
                near.append({d, term.word});
        }
    }
    std::sort(near.begin(), near.end());
    QStringList words;
    for (const auto &[d, term] : std::as_const(near)) {
        if (words.size() == 8)
            break;
        words << term;
    }
    return words;
}

Result<QList<WismoHit>> WismoSearch::find(
    const QSqlDatabase &db, const QString &text, int limit, QList<Statement> *trace)
{
    const QString query = text.trimmed();
    if (query.isEmpty() || limit <= 0)
        return QList<WismoHit> {};
    Collector c(db, limit, trace);
    const QString key = numberKey(query);
    const bool hasDigit
        = std::any_of(key.begin(), key.end(), [](QChar ch) { return ch.isDigit(); });
    const QString email = emailKey(query);
    const QStringList phones = phoneKeys(query);

    // An order number is letters (a shop's prefix, at most four) and then digits; "Schmidt 10115"
    // is a name and a postcode, not the beginning of order 10115….
    const qsizetype leadingLetters = std::find_if(key.cbegin(), key.cend(), [](QChar ch) {
        return !ch.isLetter();
    }) - key.cbegin();
    const bool orderLike = hasDigit && leadingLetters <= 4
        && std::all_of(
            key.cbegin() + leadingLetters, key.cend(), [](QChar ch) { return ch.isDigit(); });
    const QString postcode = query.toUpper().remove(u' ').remove(u'-');
    const bool postcodeLike = hasDigit && postcode.size() >= 3 && postcode.size() <= 10;

    // Whole numbers and addresses first, then their beginnings.
    for (const bool prefix : {false, true}) {
        if (hasDigit)
            findNumbers(c, key, prefix);
        if (orderLike)
            findOrders(c, key, prefix);
        if (!email.isEmpty() && (email.contains(u'@') || prefix) && email.size() >= 3)
            c.customersByKey(EmailKey, {email}, Match::Email, prefix);
        if (!phones.isEmpty())
            c.customersByKey(PhoneKey, phones, Match::Phone, prefix);
        // A postcode is only ever whole: its beginning is a whole region.
        if (!prefix && postcodeLike)
            c.customersByKey(PostcodeKey, {postcode}, Match::Postcode, false);
    }

    // Words: names, cities and postcodes; one-letter words say too little to look up.
    const QStringList words = [&] {
        QStringList all = queryWords(query);
        all.erase(
            std::remove_if(all.begin(), all.end(), [](const QString &w) { return w.size() < 2; }),
            all.end());
        return all;
    }();
    const bool hasLetter
        = std::any_of(query.begin(), query.end(), [](QChar ch) { return ch.isLetter(); });
    const auto byWords = [&](const QList<WordQuery> &typed, bool corrected) {
        QList<qint64> ids;
        c.select(wordStatement(sqlDialectOf(db), typed, c.room()),
            [&](const QSqlQuery &q) { ids << q.value(0).toLongLong(); });
        c.addCustomers(ids, Match::Name, false, corrected);
    };
    if (hasLetter && !words.isEmpty() && !c.full()) {
        QList<WordQuery> typed;
        for (const QString &w : words)
            typed.append({w, {}});
        byWords(typed, false);
    }

    // Names again with small typos corrected against the index's words.
    if (hasLetter && !words.isEmpty() && !c.full()) {
        QList<WordQuery> typed;
        bool anyCorrection = false;
        for (const QString &w : words) {
            typed.append({w, corrections(db, w)});
            anyCorrection = anyCorrection || !typed.back().corrections.isEmpty();
        }
        if (anyCorrection)
            byWords(typed, true);
    }
    if (!c.error().isEmpty())
        return Error {tr("The search failed: %1").arg(c.error())};

    // What the list shows for each hit.
    QList<WismoHit> hits;
    hits.reserve(c.found().size());
    QList<qint64> orderIds, customerIds, shipmentIds;
    for (const Found &f : c.found()) {
        WismoHit h;
        h.match = f.match;
        h.exact = f.exact;
        h.corrected = f.corrected;
        h.orderId = f.orderId;
        h.customerId = f.customerId;
        h.shipmentId = f.shipmentId;
        hits << h;
        if (f.orderId > 0)
            orderIds << f.orderId;
        if (f.customerId > 0)
            customerIds << f.customerId;
    }
    const auto idList = [](const QList<qint64> &ids) {
        QStringList parts;
        for (const qint64 id : ids)
            parts << QString::number(id);
        return parts.join(u',');
    };
    if (!orderIds.isEmpty()) {
        QHash<qint64, WismoHit> byOrder;
        c.select(
            {u"SELECT o.id, o.order_number, o.placed_at, c.id, c.name, c.email, c.phone, "
             "c.postcode, c.city, c.language, (SELECT count(*) FROM shipments x WHERE "
             "x.order_id = o.id AND x.direction = 'outbound'), (SELECT x.id FROM shipments x "
             "WHERE x.order_id = o.id ORDER BY x.direction = 'return', x.shipped_at DESC, "
             "x.id DESC LIMIT 1) FROM orders o JOIN customers c "
             "ON c.id = o.customer_id WHERE o.id IN ("_s
                    + idList(orderIds) + u')',
                {}},
            [&](const QSqlQuery &q) {
                WismoHit h;
                h.orderNumber = q.value(1).toString();
                h.placedAtMs = q.value(2).toLongLong();
                h.customerId = q.value(3).toLongLong();
                h.customerName = q.value(4).toString();
                h.email = q.value(5).toString();
                h.phone = q.value(6).toString();
                h.postcode = q.value(7).toString();
                h.city = q.value(8).toString();
                h.language = q.value(9).toString();
                h.parcels = q.value(10).toInt();
                h.shipmentId = q.value(11).toLongLong();
                byOrder.insert(q.value(0).toLongLong(), h);
            },
            false);
        for (WismoHit &h : hits) {
            const auto it = byOrder.constFind(h.orderId);
            if (h.orderId == 0 || it == byOrder.cend())
                continue;
            const qint64 matched = h.shipmentId;
            const Match match = h.match;
            const bool exact = h.exact, corrected = h.corrected;
            h = *it;
            h.orderId = it.key();
            h.match = match;
            h.exact = exact;
            h.corrected = corrected;
            if (matched > 0)
                h.shipmentId = matched;
        }
    }
    if (!customerIds.isEmpty()) {
        QHash<qint64, QStringList> byCustomer;
        c.select(
            {u"SELECT id, name, email, phone, postcode, city, language FROM customers "
             "WHERE id IN ("_s
                    + idList(customerIds) + u')',
                {}},
            [&](const QSqlQuery &q) {
                QStringList row;
                for (int i = 1; i < 7; ++i)
                    row << q.value(i).toString();
                byCustomer.insert(q.value(0).toLongLong(), row);
            },
            false);
        for (WismoHit &h : hits) {
            if (h.orderId > 0 || !byCustomer.contains(h.customerId))
                continue;
            const QStringList row = byCustomer.value(h.customerId);
            h.customerName = row[0];
            h.email = row[1];
            h.phone = row[2];
            h.postcode = row[3];
            h.city = row[4];
            h.language = row[5];
        }
    }
    for (const WismoHit &h : std::as_const(hits)) {
        if (h.shipmentId > 0)
            shipmentIds << h.shipmentId;
    }
    if (!shipmentIds.isEmpty()) {
        struct Parcel
        {
            QString carrier, tracking;
            Status status;
        };
        QHash<qint64, Parcel> parcels;
        c.select(
            {u"SELECT id, carrier, tracking_number, status_tag, sub_status FROM shipments "
             "WHERE id IN ("_s
                    + idList(shipmentIds) + u')',
                {}},
            [&](const QSqlQuery &q) {
                parcels.insert(q.value(0).toLongLong(),
                    {q.value(1).toString(), q.value(2).toString(),
                        Status::fromColumns(q.value(3).toString(), q.value(4).toString())});
            },
            false);
        for (WismoHit &h : hits) {
            const auto it = parcels.constFind(h.shipmentId);
            if (it == parcels.cend())
                continue;
            h.carrier = it->carrier;
            h.trackingNumber = it->tracking;
            h.status = it->status;
            if (h.orderId == 0 && h.customerId == 0)
                h.parcels = 1;
        }
    }
    if (!c.error().isEmpty())
        return Error {tr("The search failed: %1").arg(c.error())};
    return hits;
}

} // namespace ParcelDesk
