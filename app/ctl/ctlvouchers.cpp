// parceldeskctl vouchers: the pool of voucher codes for apologies, and the month's budget.
#include "ctlcommands.h"

#include "store/database.h"
#include "store/voucherrepository.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// A code's expiry is stored as the first moment it is no longer valid; people read the last day.
QString lastDay(qint64 expiresAtMs)
{
    return QDateTime::fromMSecsSinceEpoch(expiresAtMs - 1, Qt::UTC).date().toString(Qt::ISODate);
}

} // namespace

int CtlCommands::vouchers(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Voucher codes for apologies, and the monthly budget they are paid from.\n"
           "  import CSV   add the codes of a CSV file (columns code, value, cost; optional\n"
           "               currency, expires): all of them, or none when a line is wrong\n"
           "  list         the codes, free ones in the order they will be given\n"
           "  budget       this month's budget, spent, committed and remaining; --set changes it"));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption free(u"free"_s, tr("list: only the codes not given yet."));
    const QCommandLineOption used(u"used"_s, tr("list: only the codes given."));
    const QCommandLineOption limit(
        u"limit"_s, tr("list: at most this many (default 200)."), u"n"_s, u"200"_s);
    const QCommandLineOption set(u"set"_s,
        tr("budget: the new monthly budget in currency units, like 500 or 499,50."), u"amount"_s);
    const QCommandLineOption agent(
        u"agent"_s, tr("import, budget --set: who did it (default: the login name)."), u"name"_s);
    parser.addOptions({db, free, used, limit, set, agent});
    parser.addPositionalArgument(u"action"_s, tr("import, list or budget"));
    parser.addPositionalArgument(u"csv"_s, tr("import: the CSV file."), u"[CSV]"_s);
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action != u"import" && action != u"list" && action != u"budget") {
        printLine(stderr, tr("vouchers: say import CSV, list or budget."));
        return 2;
    }
    if (!parser.isSet(db)) {
        printLine(stderr, tr("vouchers %1: --db FILE is required.").arg(action));
        return 2;
    }
    if (action == u"import" && args.size() != 2) {
        printLine(stderr, tr("vouchers import: name one CSV file."));
        return 2;
    }
    if (parser.isSet(free) && parser.isSet(used)) {
        printLine(stderr, tr("vouchers list: --free or --used, not both."));
        return 2;
    }
    bool limitOk = false;
    const int maxRows = parser.value(limit).toInt(&limitOk);
    if (!limitOk || maxRows <= 0) {
        printLine(stderr, tr("vouchers list: --limit takes a number above 0."));
        return 2;
    }
    std::optional<qint64> newBudget;
    if (parser.isSet(set)) {
        newBudget = VoucherRepository::parseAmount(parser.value(set));
        if (!newBudget) {
            printLine(stderr,
                tr("vouchers budget: --set \"%1\" is not an amount; write it like 500 or 499,50.")
                    .arg(parser.value(set)));
            return 2;
        }
    }
    const auto opened = Database::open(parser.value(db));
    if (!opened) {
        printLine(stderr, opened.error().message);
        return 1;
    }
    VoucherRepository repository(*opened);
    const QString actor
        = parser.isSet(agent) ? parser.value(agent) : qEnvironmentVariable("USER", u"ctl"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    if (action == u"import") {
        const auto imported = repository.importCsv(args.at(1), actor, now);
        if (!imported) {
            printLine(stderr, imported.error().message);
            return 1;
        }
        printLine(stdout,
            tr("Imported %n code(s) from %1.", nullptr, imported->imported).arg(args.at(1)));
        for (auto it = imported->byValue.cbegin(); it != imported->byValue.cend(); ++it)
            printLine(stdout,
                tr("  worth %1: %2")
                    .arg(QLocale().toString(double(it.key()) / 100.0, 'f', 2))
                    .arg(it.value()));
        if (imported->alreadyExpired > 0)
            printLine(stdout,
                tr("%n of them expire within a week or have expired; they are never given.",
                    nullptr, imported->alreadyExpired));
        return 0;
    }

    if (action == u"list") {
        const auto filter = parser.isSet(free) ? VoucherRepository::Filter::Free
            : parser.isSet(used)               ? VoucherRepository::Filter::Used
                                               : VoucherRepository::Filter::All;
        const auto list = repository.list(filter, maxRows);
        if (!list) {
            printLine(stderr, list.error().message);
            return 1;
        }
        for (const VoucherListEntry &e : *list) {
            const Voucher &v = e.voucher;
            const QString where = e.messageId
                ? tr("message %1 to %2 (%3)")
                      .arg(QString::number(*e.messageId),
                          e.customerName.isEmpty() ? QString::number(e.customerId) : e.customerName,
                          iso(e.assignedAtMs.value_or(0)))
                : tr("free");
            printLine(stdout,
                u"%1\t%2\t%3\t%4\t%5"_s.arg(v.code,
                    VoucherRepository::formatAmount(v.valueCents, v.currency),
                    VoucherRepository::formatAmount(v.costCents, v.currency),
                    v.expiresAtMs ? lastDay(*v.expiresAtMs) : tr("no expiry"), where));
        }
        return 0;
    }

    if (newBudget) {
        const Outcome changed = repository.setMonthlyBudget(*newBudget, actor, now);
        if (!changed) {
            printLine(stderr, changed.error().message);
            return 1;
        }
    }
    const auto [monthStart, monthEnd] = VoucherRepository::monthAround(now);
    const auto b = repository.budget(monthStart, monthEnd, now);
    if (!b) {
        printLine(stderr, b.error().message);
        return 1;
    }
    const auto money
        = [&](qint64 cents) { return VoucherRepository::formatAmount(cents, b->currency); };
    printLine(stdout,
        tr("Month:      %1")
            .arg(QDateTime::fromMSecsSinceEpoch(monthStart).toString(u"yyyy-MM"_s)));
    printLine(stdout, tr("Budget:     %1").arg(money(b->budgetCents)));
    printLine(stdout, tr("Spent:      %1").arg(money(b->spentCents)));
    printLine(stdout, tr("Committed:  %1").arg(money(b->committedCents)));
    printLine(stdout, tr("Remaining:  %1").arg(money(b->remainingCents())));
    printLine(stdout,
        b->remainingCents() > 0 ? tr("Auto-approval of vouchers: on")
                                : tr("Auto-approval of vouchers: stopped, the budget is spent"));
    printLine(stdout, tr("Free codes: %1").arg(b->freeCodes));
    for (auto it = b->freeByValue.cbegin(); it != b->freeByValue.cend(); ++it)
        printLine(stdout, tr("  worth %1: %2").arg(money(it.key())).arg(it.value()));
    if (b->expiredCodes > 0)
        printLine(stdout,
            tr("%n free code(s) expire within a week or have expired; they are never given.",
                nullptr, b->expiredCodes));
    return 0;
}

} // namespace ParcelDesk
