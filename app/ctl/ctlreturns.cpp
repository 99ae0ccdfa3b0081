// parceldeskctl eval-returns: backtests the returns inflow forecast on the history.
#include "ctlcommands.h"

#include "rules/returnsforecast.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

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

} // namespace ParcelDesk
