// parceldeskctl eval-returns: backtests the returns inflow forecast on the history;
// parceldeskctl returns: the return policy, and what it says about an order.
#include "ctlcommands.h"

#include "i18n/customertext.h"
#include "rules/holidaycalendar.h"
#include "rules/returnpolicy.h"
#include "rules/returnsforecast.h"
#include "store/database.h"
#include "store/returnpolicystore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

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
    const auto opened = Database::open(parser.value(db));
    if (!opened) {
        printLine(stderr, opened.error().message);
        return 1;
    }
    const auto history = ReturnsHistory::load(opened->connection());
    if (!history) {
        printLine(stderr, history.error().message);
        return 1;
    }
    const ReturnsForecast::Backtest b
        = ReturnsForecast::backtest(*history, last, weekCount, parser.value(warehouse).toUpper());
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
        tr("The return policy.\n"
           "  policy         print the policy as JSON, or replace it with --file\n"
           "  check ORDER    what the policy says about returning an order now, in the\n"
           "                 customer's language; exit code 3 when it is refused"));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption file(
        u"file"_s, tr("policy: a JSON file to store as the policy."), u"file"_s);
    const QCommandLineOption language(
        u"language"_s, tr("check: de or en (default: the customer's language)."), u"language"_s);
    const QCommandLineOption as(
        u"as"_s, tr("who changes the policy (default: the login name)."), u"name"_s);
    parser.addOptions({db, file, language, as});
    parser.addPositionalArgument(u"action"_s, tr("policy or check"));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action != u"policy" && action != u"check") {
        printLine(stderr, tr("returns: say policy or check."));
        return 2;
    }
    if (!parser.isSet(db)) {
        printLine(stderr, tr("returns: --db FILE is required."));
        return 2;
    }
    const auto opened = Database::open(parser.value(db));
    if (!opened) {
        printLine(stderr, opened.error().message);
        return 1;
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
        const QString actor
            = parser.isSet(as) ? parser.value(as) : qEnvironmentVariable("USER", u"ctl"_s);
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
