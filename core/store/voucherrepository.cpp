#include "voucherrepository.h"

#include "csvfile.h"

#include "sqldialect.h"
#include "sqlvalues.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

// More problems than this in one file are counted, not listed: the first few show what is wrong.
constexpr int listedProblems = 10;

std::optional<qint64> parseExpiry(const QString &text)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid()) // valid through that day
        return QDateTime(day.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (at.isValid())
        return at.toMSecsSinceEpoch();
    return std::nullopt;
}

const QString voucherColumns = u"v.id, v.code, v.value_cents, v.cost_cents, v.currency, "
                               "v.expires_at"_s;

Voucher voucherFrom(const QSqlQuery &q)
{
    Voucher v;
    v.id = q.value(0).toLongLong();
    v.code = q.value(1).toString();
    v.valueCents = q.value(2).toLongLong();
    v.costCents = q.value(3).toLongLong();
    v.currency = q.value(4).toString();
    v.expiresAtMs = SqlValues::optional<qint64>(q.value(5));
    return v;
}

} // namespace

std::optional<qint64> VoucherRepository::parseAmount(QStringView text)
{
    static const QRegularExpression amount(u"^(\\d{1,12})(?:[.,](\\d{1,2}))?$"_s);
    const auto match = amount.match(text.trimmed().toString());
    if (!match.hasMatch())
        return std::nullopt;
    qint64 cents = match.capturedView(1).toLongLong() * 100;
    const QStringView fraction = match.capturedView(2);
    if (!fraction.isEmpty())
        cents += fraction.toLongLong() * (fraction.size() == 1 ? 10 : 1);
    return cents;
}

QString VoucherRepository::formatAmount(qint64 cents, const QString &currency)
{
    // A minus sign, not the accounting parentheses some locales use: a budget overdrawn reads
    // as less than nothing.
    if (cents < 0)
        return u"-"_s + formatAmount(-cents, currency);
    const QLocale locale;
    const double units = double(cents) / 100.0;
    if (currency == u"EUR")
        return locale.toCurrencyString(units, u"€"_s, 2);
    if (currency == u"GBP")
        return locale.toCurrencyString(units, u"£"_s, 2);
    if (currency == u"USD")
        return locale.toCurrencyString(units, u"$"_s, 2);
    return locale.toString(units, 'f', 2) + QChar(0x00A0) + currency;
}

Result<VoucherImportSummary> VoucherRepository::importCsv(
    const QString &path, const QString &actor, qint64 nowMs)
{
    const auto read = CsvFile::read(path,
        tr("its first line names the columns code, value and cost (currency and expires may "
           "follow)."));
    if (!read)
        return read.error();
    const CsvFile &csv = *read;
    const QHash<QString, int> &columnOf = csv.columnOf;
    const int headerLine = csv.headerLine;
    for (const QString &required : {u"code"_s, u"value"_s, u"cost"_s}) {
        if (!columnOf.contains(required))
            return Error {tr("%1:%2: the header has no column \"%3\"; it needs code, value and "
                             "cost (currency and expires may follow), separated by , or ;.")
                              .arg(path, QString::number(headerLine), required)};
    }
    const int codeColumn = columnOf.value(u"code"_s);
    const int valueColumn = columnOf.value(u"value"_s);
    const int costColumn = columnOf.value(u"cost"_s);
    const int currencyColumn = columnOf.value(u"currency"_s, -1);
    const int expiresColumn = columnOf.value(u"expires"_s, -1);

    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!Sql::beginWrite(q))
        return Error {tr("Cannot import the codes: %1").arg(q.lastError().text())};
    const auto fail = [&](const QString &message) -> Result<VoucherImportSummary> {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return Error {message};
    };

    // Shops take codes in any case: "sorry5" and "SORRY5" would be the same code to a customer.
    QHash<QString, QString> inPool; // upper-case code → where it came from
    if (!q.exec(u"SELECT code, source FROM vouchers"_s))
        return fail(tr("Cannot import the codes: %1").arg(q.lastError().text()));
    while (q.next())
        inPool.insert(q.value(0).toString().toUpper(), q.value(1).toString());

    struct Row
    {
        Voucher voucher;
        int line = 0;
    };
    QList<Row> rows;
    QHash<QString, int> inFile; // upper-case code → its line
    QStringList problems;
    int moreProblems = 0;
    const auto problem = [&](const QString &text) {
        if (problems.size() < listedProblems)
            problems << text;
        else
            ++moreProblems;
    };
    const QString fileName = path.section(u'/', -1);

    for (const CsvRow &line : csv.rows) {
        const int lineNumber = line.line;
        const auto where = [&](int column) { return csv.where(lineNumber, column); };
        if (line.unclosedQuoteField >= 0) {
            problem(tr("%1: %2: the quote is never closed.")
                        .arg(where(line.unclosedQuoteField),
                            csv.header.value(line.unclosedQuoteField)));
            continue;
        }
        if (line.fields.size() > csv.header.size()) {
            problem(tr("%1: the line has %2 fields, the header %3; an amount with a comma needs "
                       "quotes, or use ; between the fields.")
                        .arg(where(int(csv.header.size())), QString::number(line.fields.size()),
                            QString::number(csv.header.size())));
            continue;
        }
        bool ok = true;
        Row row;
        row.line = lineNumber;
        Voucher &v = row.voucher;
        v.code = line.fields.value(codeColumn);
        if (v.code.isEmpty()) {
            problem(tr("%1: code: the code is empty.").arg(where(codeColumn)));
            ok = false;
        }
        const auto amount = [&](int column, const QString &name) -> std::optional<qint64> {
            const QString text = line.fields.value(column);
            const auto cents = parseAmount(text);
            if (!cents)
                problem(tr("%1: %2: \"%3\" is not an amount; write it like 5, 5.00 or 5,00.")
                            .arg(where(column), name, text));
            return cents;
        };
        const auto value = amount(valueColumn, u"value"_s);
        const auto cost = amount(costColumn, u"cost"_s);
        if (!value || !cost) {
            ok = false;
        } else if (*value == 0) {
            problem(tr("%1: value: a voucher is worth more than nothing.").arg(where(valueColumn)));
            ok = false;
        } else if (*cost > *value) {
            problem(tr("%1: cost: %2 is more than the value %3; are cost and value swapped?")
                        .arg(where(costColumn), line.fields.value(costColumn),
                            line.fields.value(valueColumn)));
            ok = false;
        } else {
            v.valueCents = *value;
            v.costCents = *cost;
        }
        v.currency = currencyColumn >= 0 ? line.fields.value(currencyColumn).toUpper() : QString();
        if (v.currency.isEmpty()) {
            v.currency = u"EUR"_s;
        } else if (v.currency.size() != 3
            || !std::all_of(v.currency.cbegin(), v.currency.cend(),
                [](QChar c) { return c >= u'A' && c <= u'Z'; })) {
            problem(tr("%1: currency: \"%2\" is not a currency code like EUR.")
                        .arg(where(currencyColumn), line.fields.value(currencyColumn)));
            ok = false;
        }
        const QString expires = expiresColumn >= 0 ? line.fields.value(expiresColumn) : QString();
        if (!expires.isEmpty()) {
            v.expiresAtMs = parseExpiry(expires);
            if (!v.expiresAtMs) {
                problem(tr("%1: expires: \"%2\" is not a date like 2026-12-31.")
                            .arg(where(expiresColumn), expires));
                ok = false;
            }
        }
        if (!v.code.isEmpty()) {
            const QString key = v.code.toUpper();
            if (const auto first = inFile.constFind(key); first != inFile.cend()) {
                problem(tr("%1: code: %2 is on line %3 already.")
                            .arg(where(codeColumn), v.code, QString::number(*first)));
                ok = false;
            } else if (const auto pooled = inPool.constFind(key); pooled != inPool.cend()) {
                problem(tr("%1: code: %2 is in the pool already (imported from %3).")
                            .arg(where(codeColumn), v.code, *pooled));
                ok = false;
                inFile.insert(key, lineNumber);
            } else {
                inFile.insert(key, lineNumber);
            }
        }
        if (ok)
            rows << row;
    }
    if (!problems.isEmpty()) {
        if (moreProblems > 0)
            problems << tr("…and %n more problem(s).", nullptr, moreProblems);
        problems.prepend(tr("Nothing was imported from %1:").arg(path));
        return fail(problems.join(u'\n'));
    }
    if (rows.isEmpty())
        return fail(tr("%1: there are no codes in the file, only its header.").arg(path));

    VoucherImportSummary summary;
    q.prepare(u"INSERT INTO vouchers (code, value_cents, cost_cents, currency, expires_at, source, "
              "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const Row &row : std::as_const(rows)) {
        const Voucher &v = row.voucher;
        q.addBindValue(v.code);
        q.addBindValue(v.valueCents);
        q.addBindValue(v.costCents);
        q.addBindValue(v.currency);
        q.addBindValue(SqlValues::bindable(v.expiresAtMs));
        q.addBindValue(u"%1:%2"_s.arg(fileName).arg(row.line));
        q.addBindValue(nowMs);
        if (!q.exec())
            return fail(tr("%1:%2: cannot import the code %3: %4")
                            .arg(path, QString::number(row.line), v.code, q.lastError().text()));
        ++summary.imported;
        summary.valueCents += v.valueCents;
        summary.costCents += v.costCents;
        summary.byValue[v.valueCents] += 1;
        if (v.expiresAtMs && *v.expiresAtMs <= nowMs + minimumValidityMs)
            ++summary.alreadyExpired;
    }
    q.prepare(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
              "VALUES (?, ?, 'imported', 'voucher', NULL, ?)"_s);
    q.addBindValue(nowMs);
    q.addBindValue(actor);
    q.addBindValue(u"%1 codes from %2"_s.arg(summary.imported).arg(fileName));
    if (!q.exec() || !q.exec(u"COMMIT"_s))
        return fail(tr("Cannot import the codes: %1").arg(q.lastError().text()));
    return summary;
}

std::pair<qint64, qint64> VoucherRepository::monthAround(qint64 nowMs)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    const QDate first(today.year(), today.month(), 1);
    return {QDateTime(first, QTime(0, 0)).toMSecsSinceEpoch(),
        QDateTime(first.addMonths(1), QTime(0, 0)).toMSecsSinceEpoch()};
}

Result<VoucherBudget> VoucherRepository::budget(
    qint64 monthStartMs, qint64 monthEndMs, qint64 nowMs) const
{
    VoucherBudget b;
    QSqlQuery q(m_db.connection());
    const auto failed = [&] {
        return Error {tr("Cannot read the voucher budget: %1").arg(q.lastError().text())};
    };
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(QString::fromLatin1(budgetKey));
    if (!q.exec())
        return failed();
    if (q.next())
        b.budgetCents = q.value(0).toLongLong();

    q.prepare(u"SELECT coalesce(sum(v.cost_cents), 0) FROM vouchers v "
              "JOIN messages m ON m.id = v.message_id "
              "WHERE v.message_id IS NOT NULL AND m.state = 'sent' AND m.sent_at >= ? "
              "AND m.sent_at < ?"_s);
    q.addBindValue(monthStartMs);
    q.addBindValue(monthEndMs);
    if (!q.exec() || !q.next())
        return failed();
    b.spentCents = q.value(0).toLongLong();

    // Not sent yet, whenever it was given: it will be spent when it goes.
    if (!q.exec(u"SELECT coalesce(sum(v.cost_cents), 0) FROM vouchers v "
                "JOIN messages m ON m.id = v.message_id WHERE v.message_id IS NOT NULL AND "
                "m.state IN ('draft', 'approved', 'queued', 'sending')"_s)
        || !q.next())
        return failed();
    b.committedCents = q.value(0).toLongLong();

    q.prepare(u"SELECT value_cents, count(*) FROM vouchers WHERE message_id IS NULL AND "
              "(expires_at IS NULL OR expires_at > ?) GROUP BY value_cents"_s);
    q.addBindValue(nowMs + minimumValidityMs);
    if (!q.exec())
        return failed();
    while (q.next()) {
        b.freeByValue.insert(q.value(0).toLongLong(), q.value(1).toInt());
        b.freeCodes += q.value(1).toInt();
    }
    q.prepare(u"SELECT count(*) FROM vouchers WHERE message_id IS NULL AND expires_at <= ?"_s);
    q.addBindValue(nowMs + minimumValidityMs);
    if (!q.exec() || !q.next())
        return failed();
    b.expiredCodes = q.value(0).toInt();
    if (!q.exec(u"SELECT value_cents, count(*) FROM vouchers WHERE message_id IS NOT NULL "
                "GROUP BY value_cents"_s))
        return failed();
    while (q.next())
        b.usedByValue.insert(q.value(0).toLongLong(), q.value(1).toInt());
    if (!q.exec(u"SELECT currency FROM vouchers GROUP BY currency ORDER BY count(*) DESC, "
                "currency LIMIT 1"_s))
        return failed();
    if (q.next())
        b.currency = q.value(0).toString();
    return b;
}

Outcome VoucherRepository::setMonthlyBudget(qint64 cents, const QString &actor, qint64 nowMs)
{
    if (cents < 0)
        return Error {tr("budget: %1 is less than nothing.").arg(cents)};
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!Sql::beginWrite(q))
        return Error {tr("Cannot set the voucher budget: %1").arg(q.lastError().text())};
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(QString::fromLatin1(budgetKey));
    bool ok = q.exec();
    const QString before = ok && q.next() ? q.value(0).toString() : QString();
    if (ok) {
        q.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        q.addBindValue(QString::fromLatin1(budgetKey));
        q.addBindValue(QString::number(cents));
        ok = q.exec();
    }
    if (ok) {
        q.prepare(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                  "VALUES (?, ?, 'changed', 'setting', NULL, ?)"_s);
        q.addBindValue(nowMs);
        q.addBindValue(actor);
        q.addBindValue(u"%1: %2 -> %3"_s.arg(QString::fromLatin1(budgetKey), before).arg(cents));
        ok = q.exec();
    }
    if (!ok || !q.exec(u"COMMIT"_s)) {
        const QString error = q.lastError().text();
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return Error {tr("Cannot set the voucher budget: %1").arg(error)};
    }
    return Done {};
}

bool VoucherRepository::allowsAutoApproval(const VoucherBudget &budget, qint64 costCents)
{
    return budget.spentCents + budget.committedCents + costCents <= budget.budgetCents;
}

Result<Voucher> VoucherRepository::assignWithinTransaction(const QSqlDatabase &db, qint64 messageId,
    const QList<qint64> &caseIds, qint64 valueCents, qint64 nowMs)
{
    if (valueCents <= 0)
        return Error {tr("A voucher for message %1 must be worth something.").arg(messageId)};
    QList<qint64> cases;
    for (const qint64 id : caseIds) {
        if (!cases.contains(id))
            cases << id;
    }
    if (cases.isEmpty())
        return Error {
            tr("A voucher is given for a problem case; message %1 names none.").arg(messageId)};

    QSqlQuery q(db);
    const auto failed = [&] {
        return Error {
            tr("Cannot give message %1 a voucher: %2").arg(messageId).arg(q.lastError().text())};
    };
    q.prepare(u"SELECT m.state, (SELECT code FROM vouchers WHERE message_id = m.id) "
              "FROM messages m WHERE m.id = ?"_s);
    q.addBindValue(messageId);
    if (!q.exec())
        return failed();
    if (!q.next())
        return Error {tr("Message %1 is not in the database.").arg(messageId)};
    const QString state = q.value(0).toString();
    if (!q.value(1).isNull())
        return Error {tr("Message %1 has the voucher %2 already; a message carries one code.")
                          .arg(messageId)
                          .arg(q.value(1).toString())};
    if (state != u"draft" && state != u"approved" && state != u"queued")
        return Error {tr("Message %1 is %2; a voucher goes only into a message not sent yet.")
                          .arg(messageId)
                          .arg(state)};

    q.prepare(u"SELECT v.code, v.message_id FROM voucher_cases vc "
              "JOIN vouchers v ON v.id = vc.voucher_id WHERE vc.case_id = ?"_s);
    for (const qint64 caseId : std::as_const(cases)) {
        q.addBindValue(caseId);
        if (!q.exec())
            return failed();
        if (q.next())
            return Error {tr("Case %1 has the voucher %2 already (message %3); a case gets one "
                             "code.")
                              .arg(caseId)
                              .arg(q.value(0).toString())
                              .arg(q.value(1).toLongLong())};
    }

    // Of the codes worth the value and valid for a while yet, the one that runs out first.
    q.prepare(u"SELECT "_s + voucherColumns
        + u" FROM vouchers v WHERE v.message_id IS NULL AND v.value_cents = ? AND "
          "(v.expires_at IS NULL OR v.expires_at > ?) "
          "ORDER BY v.expires_at IS NULL, v.expires_at, v.id LIMIT 1"_s);
    q.addBindValue(valueCents);
    q.addBindValue(nowMs + minimumValidityMs);
    if (!q.exec())
        return failed();
    if (!q.next())
        return Error {tr("No voucher code worth %1 is left that is valid for another %n day(s); "
                         "import more codes.",
            nullptr, int(minimumValidityMs / 86'400'000LL))
                          .arg(QLocale().toString(double(valueCents) / 100.0, 'f', 2))};
    const Voucher v = voucherFrom(q);
    q.finish();

    q.prepare(u"UPDATE vouchers SET message_id = ?, assigned_at = ? "
              "WHERE id = ? AND message_id IS NULL"_s);
    q.addBindValue(messageId);
    q.addBindValue(nowMs);
    q.addBindValue(v.id);
    if (!q.exec())
        return failed();
    if (q.numRowsAffected() != 1)
        return Error {tr("The voucher %1 was given to another message meanwhile.").arg(v.code)};
    q.prepare(u"INSERT INTO voucher_cases (case_id, voucher_id) VALUES (?, ?)"_s);
    for (const qint64 caseId : std::as_const(cases)) {
        q.addBindValue(caseId);
        q.addBindValue(v.id);
        if (!q.exec())
            return Error {tr("Cannot record the voucher %1 for case %2: %3")
                              .arg(v.code)
                              .arg(caseId)
                              .arg(q.lastError().text())};
    }
    return v;
}

Result<bool> VoucherRepository::releaseWithinTransaction(const QSqlDatabase &db, qint64 messageId)
{
    QSqlQuery q(db);
    const auto failed = [&] {
        return Error {tr("Cannot put the voucher of message %1 back: %2")
                          .arg(messageId)
                          .arg(q.lastError().text())};
    };
    q.prepare(u"SELECT v.id, v.code, m.state FROM vouchers v JOIN messages m ON m.id = "
              "v.message_id WHERE v.message_id = ?"_s);
    q.addBindValue(messageId);
    if (!q.exec())
        return failed();
    if (!q.next())
        return false;
    const qint64 voucherId = q.value(0).toLongLong();
    const QString code = q.value(1).toString();
    const QString state = q.value(2).toString();
    q.finish();
    static const QStringList neverLeft
        = {u"draft"_s, u"approved"_s, u"queued"_s, u"rejected"_s, u"suppressed"_s};
    if (!neverLeft.contains(state))
        return Error {tr("Message %1 is %2: it left, or may have; its voucher %3 stays used.")
                          .arg(messageId)
                          .arg(state, code)};
    q.prepare(u"DELETE FROM voucher_cases WHERE voucher_id = ?"_s);
    q.addBindValue(voucherId);
    if (!q.exec())
        return failed();
    q.prepare(u"UPDATE vouchers SET message_id = NULL, assigned_at = NULL WHERE id = ?"_s);
    q.addBindValue(voucherId);
    if (!q.exec())
        return failed();
    return true;
}

Result<std::optional<Voucher>> VoucherRepository::forMessage(qint64 messageId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + voucherColumns + u" FROM vouchers v WHERE v.message_id = ?"_s);
    q.addBindValue(messageId);
    if (!q.exec())
        return Error {tr("Cannot read the voucher of message %1: %2")
                          .arg(messageId)
                          .arg(q.lastError().text())};
    if (!q.next())
        return std::optional<Voucher>();
    return std::optional(voucherFrom(q));
}

Result<QList<VoucherListEntry>> VoucherRepository::list(Filter filter, int limit) const
{
    QString where;
    QString order;
    switch (filter) {
    case Filter::Free:
        where = u"WHERE v.message_id IS NULL"_s;
        order = u"v.expires_at IS NULL, v.expires_at, v.id"_s;
        break;
    case Filter::Used:
        where = u"WHERE v.message_id IS NOT NULL"_s;
        order = u"v.assigned_at DESC, v.id DESC"_s;
        break;
    case Filter::All:
        order = u"coalesce(v.assigned_at, v.imported_at) DESC, v.id DESC"_s;
        break;
    }
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(u"SELECT "_s + voucherColumns
        + u", v.source, v.imported_at, v.message_id, v.assigned_at, m.state, "
          "coalesce(m.customer_id, 0), coalesce(c.name, ''), (SELECT "_s
        + Sql::groupConcat(sqlDialectOf(db), u"case_id"_s, u","_s)
        + u" FROM voucher_cases WHERE voucher_id = v.id) "
          "FROM vouchers v LEFT JOIN messages m ON m.id = v.message_id "
          "LEFT JOIN customers c ON c.id = m.customer_id "_s
        + where + u" ORDER BY "_s + order + u" LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return Error {tr("Cannot read the voucher codes: %1").arg(q.lastError().text())};
    QList<VoucherListEntry> entries;
    while (q.next()) {
        VoucherListEntry e;
        e.voucher = voucherFrom(q);
        e.source = q.value(6).toString();
        e.importedAtMs = q.value(7).toLongLong();
        e.messageId = SqlValues::optional<qint64>(q.value(8));
        e.assignedAtMs = SqlValues::optional<qint64>(q.value(9));
        if (!q.value(10).isNull())
            e.messageState = messageStateFromString(q.value(10).toString());
        e.customerId = q.value(11).toLongLong();
        e.customerName = q.value(12).toString();
        for (const QString &id : q.value(13).toString().split(u',', Qt::SkipEmptyParts))
            e.caseIds << id.toLongLong();
        entries << e;
    }
    return entries;
}

} // namespace ParcelDesk
