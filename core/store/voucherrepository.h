#pragma once

#include "database.h"
#include "domain/message.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <utility>

namespace ParcelDesk {

// A code from the shop's voucher pool. Value is what the customer gets off; cost is what giving
// it costs the shop (the budget counts cost).
struct Voucher
{
    qint64 id = 0;
    QString code;
    qint64 valueCents = 0;
    qint64 costCents = 0;
    QString currency; // ISO 4217, EUR unless the file said otherwise
    std::optional<qint64> expiresAtMs; // none: never expires
};

// A code of the pool with where it came from and where it went.
struct VoucherListEntry
{
    Voucher voucher;
    QString source; // file:line it was imported from
    qint64 importedAtMs = 0;
    std::optional<qint64> messageId; // none: free
    std::optional<qint64> assignedAtMs;
    std::optional<MessageState> messageState;
    qint64 customerId = 0;
    QString customerName;
    QList<qint64> caseIds;
};

struct VoucherImportSummary
{
    int imported = 0;
    int alreadyExpired = 0; // imported, but past their date: never given
    qint64 valueCents = 0; // all codes together
    qint64 costCents = 0;
    QMap<qint64, int> byValue; // value in cents → codes
};

// The month's voucher budget. Figures are costs in the pool's currency.
struct VoucherBudget
{
    qint64 budgetCents = 0; // settings apology.voucher_budget_cents
    qint64 spentCents = 0; // codes on messages sent within the month
    qint64 committedCents = 0; // codes on messages not sent yet: draft, approved, queued, sending
    int freeCodes = 0; // free codes that can still be given (not expiring within the margin)
    QMap<qint64, int> freeByValue; // value in cents → free codes
    QMap<qint64, int> usedByValue; // value in cents → codes given (ever)
    int expiredCodes = 0; // free, but too close to or past their date to be given
    QString currency = QStringLiteral("EUR");

    qint64 remainingCents() const { return budgetCents - spentCents - committedCents; }
};

// The voucher pool (vouchers, voucher_cases) on the calling thread's connection. A code goes to
// at most one message (vouchers.message_id) and a problem case gets at most one code
// (voucher_cases): a customer is never given the same code as another, nor two codes for one
// case.
class VoucherRepository
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::VoucherRepository)

public:
    enum class Filter { All, Free, Used };

    explicit VoucherRepository(Database db)
        : m_db(std::move(db))
    { }

    // A code that runs out within this margin is no gift: it is not given any more.
    static constexpr qint64 minimumValidityMs = 7 * 86'400'000LL;
    static constexpr const char *budgetKey = "apology.voucher_budget_cents";

    // Imports the codes of a CSV file (see README, "Voucher codes"): all of them in one
    // transaction, or none when any line is wrong. Errors name the file, the line and the column
    // (as file:line:column and the column's name); a code twice in the file names both lines, a
    // code already in the pool names the line and where the pool's code came from. A code's cost
    // may not exceed its value (that is a swapped pair of columns, not a voucher).
    Result<VoucherImportSummary> importCsv(const QString &path, const QString &actor, qint64 nowMs);

    // The budget, what was spent in [monthStartMs, monthEndMs) and what is committed now, and
    // the free codes as of nowMs.
    Result<VoucherBudget> budget(qint64 monthStartMs, qint64 monthEndMs, qint64 nowMs) const;
    // The calendar month (local time) nowMs falls in: its first and the next month's first ms.
    static std::pair<qint64, qint64> monthAround(qint64 nowMs);
    Outcome setMonthlyBudget(qint64 cents, const QString &actor, qint64 nowMs);
    // Whether a code costing costCents still fits this month's budget: spent + committed + cost.
    static bool allowsAutoApproval(const VoucherBudget &budget, qint64 costCents);

    // Gives messageId a free code worth valueCents for its cases: of the codes not expiring
    // within minimumValidityMs, the one that expires first. Refused (naming the case) when any
    // case has a code already, and when no such code is left. Records every case in
    // voucher_cases. Runs inside the caller's open transaction (no BEGIN or COMMIT here): the
    // caller rolls back on an error.
    static Result<Voucher> assignWithinTransaction(const QSqlDatabase &db, qint64 messageId,
        const QList<qint64> &caseIds, qint64 valueCents, qint64 nowMs);
    // The code of a message that never left (draft, approved, queued, rejected, suppressed) goes
    // back to the pool and its cases are free for another code. Refused for a message that left
    // or may have left (sending, sent, failed, dead): that code is used. Returns whether a code
    // went back. Inside the caller's transaction, as above.
    static Result<bool> releaseWithinTransaction(const QSqlDatabase &db, qint64 messageId);

    Result<std::optional<Voucher>> forMessage(qint64 messageId) const;
    // Codes for the console: free ones in the order they will be given, used ones (and all)
    // the latest first.
    Result<QList<VoucherListEntry>> list(Filter filter, int limit = 200) const;

    // "5", "5.00", "5,00" (currency units, at most two decimals) → 500; none when it is not one.
    static std::optional<qint64> parseAmount(QStringView text);
    // 500, EUR → "5,00 €" in the console's locale.
    static QString formatAmount(qint64 cents, const QString &currency);

private:
    Database m_db;
};

} // namespace ParcelDesk
