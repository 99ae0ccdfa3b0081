// parceldeskctl eval-returns: backtests the returns inflow forecast on the history;
// parceldeskctl returns: the return policy, and what it says about an order.
#include "ctlcommands.h"

#include "i18n/customertext.h"
#include "rules/dispositionrules.h"
#include "rules/holidaycalendar.h"
#include "rules/returnpolicy.h"
#include "rules/returnsforecast.h"
#include "store/database.h"
#include "store/dispositionrulerepository.h"
#include "store/returnlistquery.h"
#include "store/returnpolicystore.h"
#include "store/returnrepository.h"
#include "terminalprogress.h"
#include "workflows/returnimport.h"
#include "workflows/returnlabel.h"
#include "workflows/returnregistration.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <csignal>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

struct ReturnCommand
{
    Database db;
    QString action;
    QStringList args;
    QString actor;
    QString filter;
    QString search;
    int limit = 50;
    QStringList lines;
    bool exchange = false;
    QString note;
    QString reason;
    QString carrier;
    QString tracking;
    QString pdf;
    QString reusable;
    QString amount;
    bool skipBad = false;
};

QString day(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

void printReturn(const ReturnRepository::Detail &d)
{
    const ReturnCase &r = d.ret;
    CtlCommands::printLine(stdout,
        u"%1\t%2\t%3\t%4\t%5\t%6"_s.arg(r.rma, d.orderNumber, returnStateToString(r.state),
            returnOutcomeToString(r.outcome), returnResolutionToString(r.resolution),
            settlementToString(r.settlement)));
    if (!d.trackingNumber.isEmpty())
        CtlCommands::printLine(stdout,
            CtlCommands::tr("parcel\t%1 %2 %3")
                .arg(d.carrier, d.trackingNumber,
                    d.parcelStatus.isEmpty() ? u"-"_s : d.parcelStatus));
    int n = 0;
    for (const ReturnItem &i : r.items)
        CtlCommands::printLine(stdout,
            u"%1\t%2×%3\t%4\t%5\t%6\t%7\t%8"_s.arg(++n)
                .arg(i.quantity)
                .arg(i.description.isEmpty() ? CtlCommands::tr("(whole order)") : i.description,
                    i.reasonCode, itemConditionToString(i.condition),
                    returnOutcomeToString(i.outcome), i.grade.isEmpty() ? u"-"_s : i.grade,
                    dispositionToString(i.disposition)));
}

Result<qint64> returnByScan(const Database &db, const QString &scan)
{
    const auto found = ReturnRepository(db).findByScan(scan);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error {CtlCommands::tr("No return has the RMA or tracking number %1.").arg(scan)};
    return **found;
}

int runReturnCommand(const ReturnCommand &c)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ReturnRepository repo(c.db);
    const auto fail = [](const QString &message) {
        CtlCommands::printLine(stderr, message);
        return 1;
    };
    const auto usage = [](const QString &message) {
        CtlCommands::printLine(stderr, message);
        return 2;
    };
    if (c.action == u"list") {
        const auto filter = ReturnListQuery::filterFromName(c.filter);
        if (!filter)
            return usage(CtlCommands::tr("--filter: \"%1\" is not a filter.").arg(c.filter));
        const auto rows = ReturnListQuery::load(c.db.connection(), *filter, c.search, c.limit);
        if (!rows)
            return fail(rows.error().message);
        for (const ReturnListRow &r : *rows)
            CtlCommands::printLine(stdout,
                u"%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8"_s.arg(r.rma, r.orderNumber,
                    returnStateToString(r.state), returnOutcomeToString(r.outcome),
                    ReturnRepository::settlementLabel(r.resolution, r.settlement),
                    QString::number(r.items), r.reasons, day(r.createdAtMs)));
        return 0;
    }
    if (c.args.isEmpty())
        return usage(CtlCommands::tr("returns %1: say which.").arg(c.action));
    if (c.action == u"import") {
        std::signal(SIGINT, CtlCommands::onInterrupt);
        std::signal(SIGTERM, CtlCommands::onInterrupt);
        TerminalProgress progress(CtlCommands::tr("Importing"));
        ReturnImport::Options options;
        options.skipBad = c.skipBad;
        options.actor = c.actor;
        options.nowMs = now;
        const auto imported = ReturnImport::run(c.db, c.args.first(), options,
            &CtlCommands::interrupted, [&](int done, int total) { progress.update(done, total); });
        progress.finish();
        if (!imported)
            return fail(imported.error().message);
        for (const QString &problem : imported->problems)
            CtlCommands::printLine(stderr, problem);
        CtlCommands::printLine(stdout,
            CtlCommands::tr("Imported %n return(s) with %1 line(s): %2 accepted, %3 waiting for "
                            "review, %4 kept by the customer, %5 refused by the policy; %6 with "
                            "a label. Rows skipped: %7.",
                nullptr, imported->returns)
                .arg(imported->lines)
                .arg(imported->accepted)
                .arg(imported->review)
                .arg(imported->keep)
                .arg(imported->refused)
                .arg(imported->labels)
                .arg(imported->skippedRows));
        return imported->skippedRows > 0 ? 1 : 0;
    }
    if (c.action == u"register") {
        const auto orderId = repo.orderIdByNumber(c.args.first());
        if (!orderId)
            return fail(orderId.error().message);
        QList<ReturnLineRequest> lines;
        for (const QString &spec : c.lines) {
            const QStringList parts = spec.split(u':');
            bool lineOk = false;
            bool quantityOk = false;
            ReturnLineRequest l;
            l.line = parts.value(0).toInt(&lineOk) - 1;
            l.quantity = parts.value(1).toInt(&quantityOk);
            l.reasonCode = parts.value(2);
            const auto condition = itemConditionFromString(parts.value(3, u"unopened"_s));
            if (!lineOk || !quantityOk || l.reasonCode.isEmpty() || !condition || parts.size() > 4)
                return usage(CtlCommands::tr("--line \"%1\": write N:QTY:REASON[:CONDITION], "
                                             "the condition one of unopened, opened, used, "
                                             "damaged.")
                                 .arg(spec));
            l.condition = *condition;
            lines.append(l);
        }
        if (lines.isEmpty())
            return usage(CtlCommands::tr("returns register: give --line for each "
                                         "item that comes back."));
        const auto r = ReturnRegistration::registerReturn(c.db, *orderId, lines, c.note,
            c.exchange ? ReturnResolution::Exchange : ReturnResolution::Refund, c.actor, now);
        if (!r)
            return fail(r.error().message);
        printReturn(*repo.load(r->ret.id));
        CtlCommands::printLine(stdout, r->assessment.customerText);
        return r->ret.outcome == ReturnOutcome::Refuse ? 3 : 0;
    }
    const auto id = returnByScan(c.db, c.args.first());
    if (!id)
        return fail(id.error().message);
    Outcome done = Done {};
    if (c.action == u"approve") {
        done = repo.approve(*id, c.actor, now);
    } else if (c.action == u"refuse") {
        done = repo.refuse(*id, c.reason, c.actor, now);
    } else if (c.action == u"label") {
        if (!c.tracking.isEmpty() || !c.carrier.isEmpty())
            done = repo.issueLabel(*id, c.carrier, c.tracking, c.actor, now);
        if (done && !c.pdf.isEmpty()) {
            const auto label = ReturnRegistration::labelData(c.db, *id);
            done = label ? ReturnLabel::write(*label, c.pdf) : Outcome(label.error());
        }
    } else if (c.action == u"receive") {
        done = repo.receive(*id, c.actor, now);
    } else if (c.action == u"grade") {
        const auto detail = repo.load(*id);
        const auto rules = DispositionRuleRepository(c.db).load();
        if (!detail || !rules)
            return fail(detail ? rules.error().message : detail.error().message);
        QList<ReturnLineGrade> grades;
        for (const QString &spec : c.lines) {
            const QStringList parts = spec.split(u':');
            bool ok = false;
            const int n = parts.value(0).toInt(&ok) - 1;
            if (!ok || n < 0 || n >= detail->ret.items.size() || parts.size() < 2)
                return usage(CtlCommands::tr("--line \"%1\": write N:GRADE[:DISPOSITION[:REASON]] "
                                             "with N a line of the return (1 to %2).")
                                 .arg(spec)
                                 .arg(detail->ret.items.size()));
            const ReturnItem &item = detail->ret.items.at(n);
            if (item.outcome == ReturnOutcome::KeepIt || item.outcome == ReturnOutcome::Refuse)
                return usage(CtlCommands::tr("--line \"%1\": line %2 is %3; it is not in the "
                                             "parcel.")
                                 .arg(spec)
                                 .arg(n + 1)
                                 .arg(ReturnRepository::outcomeLabel(item.outcome).toLower()));
            ReturnLineGrade g;
            g.itemId = item.id;
            g.grade = parts.at(1).toUpper();
            g.disposition
                = DispositionRules::propose(*rules, g.grade, item.category, item.reasonCode);
            if (parts.size() > 2) {
                const Disposition chosen
                    = dispositionFromString(parts.at(2).toLower()).value_or(Disposition::Undecided);
                if (chosen == Disposition::Undecided)
                    return usage(CtlCommands::tr("--line \"%1\": \"%2\" is not resell, "
                                                 "refurbish, outlet, donate, recycle or landfill.")
                                     .arg(spec, parts.at(2)));
                g.disposition = chosen;
            }
            g.reason = parts.mid(3).join(u':');
            grades.append(g);
        }
        std::optional<bool> packaging;
        if (c.reusable == u"yes")
            packaging = true;
        else if (c.reusable == u"no")
            packaging = false;
        done = repo.grade(*id, grades, packaging, c.actor, now);
    } else if (c.action == u"settle") {
        std::optional<qint64> cents;
        if (!c.amount.isEmpty()) {
            bool ok = false;
            const double value = c.amount.toDouble(&ok);
            if (!ok)
                return usage(CtlCommands::tr("--amount: \"%1\" is not an amount.").arg(c.amount));
            cents = qRound64(value * 100);
        }
        done = repo.settle(*id, cents, c.actor, now);
    }
    if (!done)
        return fail(done.error().message);
    const auto detail = repo.load(*id);
    if (!detail)
        return fail(detail.error().message);
    printReturn(*detail);
    return 0;
}

} // namespace

int CtlCommands::evalReturns(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Backtests the returns inflow forecast: at the start of each of the last weeks it "
           "forecasts that week's returns per day from what was known then, and compares them "
           "with what arrived. Prints the mean absolute percentage error per day and per week."));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption weeks(
        u"weeks"_s, tr("How many weeks back (default 8)."), u"n"_s, u"8"_s);
    const QCommandLineOption until(u"until"_s,
        tr("The last day of the backtest, YYYY-MM-DD (default: yesterday, UTC)."), u"date"_s);
    const QCommandLineOption warehouse(u"warehouse"_s,
        tr("Only the returns to one warehouse (its country, e.g. DE); default: all."), u"cc"_s);
    const QCommandLineOption json(u"json"_s, tr("Print the result as JSON."));
    parser.addOptions({db, weeks, until, warehouse, json});
    parser.process(arguments);
    if (!parser.isSet(db)) {
        printLine(stderr, tr("eval-returns: --db FILE is required."));
        return 2;
    }
    bool ok = false;
    const int weekCount = parser.value(weeks).toInt(&ok);
    if (!ok || weekCount < 1 || weekCount > 52) {
        printLine(stderr, tr("eval-returns: --weeks must be from 1 to 52."));
        return 2;
    }
    QDate last = QDateTime::currentDateTimeUtc().date().addDays(-1);
    if (parser.isSet(until)) {
        last = QDate::fromString(parser.value(until), Qt::ISODate);
        if (!last.isValid()) {
            printLine(stderr,
                tr("eval-returns: --until %1 is not a date (YYYY-MM-DD).")
                    .arg(parser.value(until)));
            return 2;
        }
    }
    const auto opened = openExisting(parser.value(db));
    if (!opened) {
        printLine(stderr, opened.error().message);
        return 1;
    }
    const auto history = ReturnsHistory::load(opened->connection());
    if (!history) {
        printLine(stderr, history.error().message);
        return 1;
    }
    const QString where = parser.value(warehouse).toUpper();
    if (!where.isEmpty()
        && std::none_of(history->returns.cbegin(), history->returns.cend(),
            [&](const ReturnsHistory::Return &r) { return r.warehouse == where; })) {
        QStringList known;
        for (const ReturnsHistory::Return &r : history->returns) {
            if (!r.warehouse.isEmpty() && !known.contains(r.warehouse))
                known << r.warehouse;
        }
        known.sort();
        printLine(stderr,
            tr("eval-returns: no returns went to a warehouse in %1; the warehouses are %2.")
                .arg(where, known.join(u", "_s)));
        return 2;
    }
    const ReturnsForecast::Backtest b = ReturnsForecast::backtest(*history, last, weekCount, where);
    if (parser.isSet(json)) {
        QJsonArray rows;
        for (const ReturnsForecast::Backtest::Week &w : b.weeks)
            rows.append(QJsonObject {{u"week"_s, w.first.toString(Qt::ISODate)},
                {u"expected"_s, w.expected}, {u"actual"_s, w.actual}});
        const QJsonObject out {
            {u"daily_mape"_s, b.dailyMape}, {u"weekly_mape"_s, b.weeklyMape}, {u"weeks"_s, rows}};
        printLine(stdout, QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
        return 0;
    }
    const QLocale here;
    for (const ReturnsForecast::Backtest::Week &w : b.weeks)
        printLine(stdout,
            tr("Week of %1: forecast %2, arrived %3")
                .arg(w.first.toString(Qt::ISODate), here.toString(w.expected, 'f', 1),
                    here.toString(w.actual)));
    printLine(stdout,
        tr("MAPE per day %1 %, per week %2 %")
            .arg(here.toString(100 * b.dailyMape, 'f', 1),
                here.toString(100 * b.weeklyMape, 'f', 1)));
    return 0;
}

int CtlCommands::returns(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The return policy, and returns from registration to refund.\n"
           "  policy         print the policy as JSON, or replace it with --file\n"
           "  check ORDER    what the policy says about returning an order now, in the\n"
           "                 customer's language; exit code 3 when it is refused\n"
           "  list           returns, newest first (--filter, --search, --limit)\n"
           "  register ORDER register a return of --line N:QTY:REASON[:CONDITION] (N counts\n"
           "                 the order's lines from 1); exit code 3 when the policy refuses it\n"
           "  show RETURN    a return with its lines (RETURN: its RMA or tracking number)\n"
           "  approve RETURN / refuse RETURN --reason TEXT   decide a return under review\n"
           "  label RETURN   --carrier ID --tracking NUMBER; --pdf FILE writes the label\n"
           "  receive RETURN the parcel is in at the warehouse\n"
           "  grade RETURN   --line N:GRADE[:DISPOSITION[:REASON]] for each line that came\n"
           "                 back (the disposition from the rules when left out)\n"
           "                 [--reusable yes|no]\n"
           "  settle RETURN  the refund paid [--amount 12.34] or the exchange sent\n"
           "  warehouse [CC] [--address \"LINE, LINE, ...\"]   the warehouses' addresses\n"
           "                 for return labels, or set one\n"
           "  import FILE    returns from CSV (README, \"Importing returns\"); nothing is\n"
           "                 imported when a row is bad, unless --skip-bad; exit code 0\n"
           "                 only when every row was imported"));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption file(
        u"file"_s, tr("policy: a JSON file to store as the policy."), u"file"_s);
    const QCommandLineOption language(
        u"language"_s, tr("check: de or en (default: the customer's language)."), u"language"_s);
    const QCommandLineOption as(
        u"as"_s, tr("who changes the policy (default: the login name)."), u"name"_s);
    const QCommandLineOption filter(u"filter"_s,
        tr("list: needs-action (default), review, label, on-their-way, to-inspect, to-settle, "
           "closed, refused or all."),
        u"name"_s, u"needs-action"_s);
    const QCommandLineOption search(
        u"search"_s, tr("list: part of an RMA, order or tracking number."), u"text"_s);
    const QCommandLineOption limit(
        u"limit"_s, tr("list: at most this many (default 50)."), u"n"_s, u"50"_s);
    const QCommandLineOption line(u"line"_s,
        tr("register: N:QTY:REASON[:CONDITION]; grade: N:GRADE[:DISPOSITION[:REASON]]. "
           "Repeat for each line."),
        u"spec"_s);
    const QCommandLineOption exchange(
        u"exchange"_s, tr("register: the customer wants an exchange, not a refund."));
    const QCommandLineOption note(u"note"_s, tr("register: the customer's note."), u"text"_s);
    const QCommandLineOption reason(u"reason"_s, tr("refuse: why."), u"text"_s);
    const QCommandLineOption carrier(
        u"carrier"_s, tr("label: the carrier (dhl, ups, ...)."), u"id"_s);
    const QCommandLineOption tracking(
        u"tracking"_s, tr("label: the return parcel's tracking number."), u"number"_s);
    const QCommandLineOption pdf(u"pdf"_s, tr("label: write the printable label here."), u"file"_s);
    const QCommandLineOption reusable(u"reusable"_s,
        tr("grade: whether the packaging can be used again (yes or no)."), u"yes|no"_s);
    const QCommandLineOption skipBad(
        u"skip-bad"_s, tr("import: import the returns without bad rows, report the others."));
    const QCommandLineOption address(u"address"_s,
        tr("warehouse: its address as printed on labels, lines separated by commas (empty: "
           "remove it)."),
        u"lines"_s);
    const QCommandLineOption amount(
        u"amount"_s, tr("settle: the amount refunded (default: the lines' value)."), u"money"_s);
    parser.addOptions({db, file, language, as, filter, search, limit, line, exchange, note, reason,
        carrier, tracking, pdf, reusable, amount, skipBad, address});
    parser.addPositionalArgument(u"action"_s,
        tr("policy, check, list, register, show, approve, refuse, label, receive, grade, "
           "settle, import or warehouse"));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    static const QStringList actions
        = {u"policy"_s, u"check"_s, u"list"_s, u"register"_s, u"show"_s, u"approve"_s, u"refuse"_s,
            u"label"_s, u"receive"_s, u"grade"_s, u"settle"_s, u"import"_s, u"warehouse"_s};
    if (!actions.contains(action)) {
        printLine(stderr, tr("returns: say one of %1.").arg(actions.join(u", "_s)));
        return 2;
    }
    if (!parser.isSet(db)) {
        printLine(stderr, tr("returns: --db FILE is required."));
        return 2;
    }
    const auto opened = openExisting(parser.value(db));
    if (!opened) {
        printLine(stderr, opened.error().message);
        return 1;
    }
    const QString actor
        = parser.isSet(as) ? parser.value(as) : qEnvironmentVariable("USER", u"ctl"_s);
    if (action == u"warehouse") {
        if (parser.isSet(address)) {
            if (args.size() < 2) {
                printLine(stderr, tr("returns warehouse: say which, e.g. DE."));
                return 2;
            }
            QStringList lines;
            for (const QString &part : parser.value(address).split(u','))
                lines << part.trimmed();
            const Outcome saved = ReturnPolicyStore::saveWarehouseAddress(
                *opened, args.at(1), lines, actor, QDateTime::currentMSecsSinceEpoch());
            if (!saved) {
                printLine(stderr, saved.error().message);
                return 1;
            }
        }
        const auto addresses = ReturnPolicyStore::warehouseAddresses(*opened);
        if (!addresses) {
            printLine(stderr, addresses.error().message);
            return 1;
        }
        for (auto it = addresses->cbegin(); it != addresses->cend(); ++it) {
            if (args.size() < 2 || it.key() == args.at(1).toUpper())
                printLine(stdout, it.key() + u'\t' + it.value().join(u", "_s));
        }
        return 0;
    }
    if (action != u"policy" && action != u"check") {
        ReturnCommand command;
        command.db = *opened;
        command.action = action;
        command.args = args.mid(1);
        command.actor = actor;
        command.filter = parser.value(filter);
        command.search = parser.value(search);
        bool limitOk = false;
        command.limit = parser.value(limit).toInt(&limitOk);
        if (!limitOk || command.limit <= 0) {
            printLine(
                stderr, tr("--limit: \"%1\" is not a number of returns.").arg(parser.value(limit)));
            return 2;
        }
        if (parser.isSet(reusable) && parser.value(reusable) != u"yes"
            && parser.value(reusable) != u"no") {
            printLine(
                stderr, tr("--reusable: say yes or no, not \"%1\".").arg(parser.value(reusable)));
            return 2;
        }
        command.lines = parser.values(line);
        command.exchange = parser.isSet(exchange);
        command.note = parser.value(note);
        command.reason = parser.value(reason);
        command.carrier = parser.value(carrier);
        command.tracking = parser.value(tracking);
        command.pdf = parser.value(pdf);
        command.reusable = parser.value(reusable);
        command.amount = parser.value(amount);
        command.skipBad = parser.isSet(skipBad);
        return runReturnCommand(command);
    }
    if (action == u"policy" && parser.isSet(file)) {
        QFile f(parser.value(file));
        if (!f.open(QIODevice::ReadOnly)) {
            printLine(stderr, tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
            return 1;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        if (!doc.isObject()) {
            printLine(stderr,
                tr("%1: not a JSON object (%2 at byte %3).")
                    .arg(f.fileName(), error.errorString())
                    .arg(error.offset));
            return 1;
        }
        const auto policy = ReturnPolicy::fromJson(doc.object(), f.fileName());
        if (!policy) {
            printLine(stderr, policy.error().message);
            return 1;
        }
        if (const Outcome saved
            = ReturnPolicyStore::save(*opened, *policy, actor, QDateTime::currentMSecsSinceEpoch());
            !saved) {
            printLine(stderr, saved.error().message);
            return 1;
        }
    }
    const auto policy = ReturnPolicyStore::load(*opened);
    if (!policy) {
        printLine(stderr, policy.error().message);
        return 1;
    }
    if (action == u"policy") {
        printLine(stdout, QString::fromUtf8(QJsonDocument(policy->toJson()).toJson()).trimmed());
        return 0;
    }
    if (args.size() < 2) {
        printLine(stderr, tr("returns check: give the order number."));
        return 2;
    }
    QSqlQuery q(opened->connection());
    q.prepare(
        u"SELECT coalesce(o.category, ''), o.total_cents, c.language, coalesce(c.country, ''), "
        "(SELECT min(s.delivered_at) FROM shipments s WHERE s.order_id = o.id AND "
        "s.direction = 'outbound') FROM orders o JOIN customers c ON c.id = o.customer_id "
        "WHERE o.order_number = ?"_s);
    q.addBindValue(args.at(1).trimmed().toUpper());
    if (!q.exec() || !q.next()) {
        printLine(stderr, tr("returns check: no order %1.").arg(args.at(1)));
        return 1;
    }
    const QString category = q.value(0).toString();
    const qint64 value = q.value(1).toLongLong();
    const QString country = q.value(3).toString();
    std::optional<QDate> delivered;
    if (!q.value(4).isNull())
        delivered = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC).date();
    const CustomerText words(
        parser.isSet(language) ? parser.value(language) : q.value(2).toString());
    const ReturnDecision d = ReturnPolicyCheck::decide(*policy, category, value, delivered,
        QDateTime::currentDateTimeUtc().date(), country, HolidayCalendar::builtin());
    static const char *const outcomes[] = {"accept", "review", "keep", "refuse"};
    printLine(stdout,
        u"%1\t%2\t%3"_s.arg(QString::fromLatin1(outcomes[int(d.outcome)]),
            d.reason.isEmpty() ? u"-"_s : d.reason, category));
    printLine(stdout, ReturnPolicyCheck::explain(d, words));
    return d.outcome == ReturnDecision::Outcome::Refuse ? 3 : 0;
}

} // namespace ParcelDesk
