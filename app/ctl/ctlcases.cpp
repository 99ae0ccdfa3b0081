// parceldeskctl cases: the problem-case rules, run for real or tried on past days.
#include "ctlcommands.h"

#include "rules/problemcaserunner.h"
#include "store/database.h"
#include "terminalprogress.h"

#include <QCommandLineParser>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

int CtlCommands::cases(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Problem cases from the rules.\n"
           "  run        open a case for every problem found, resolve those that have gone\n"
           "  dry-run    what one rule would have opened over the past days; writes nothing"));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption now(
        u"now"_s, tr("The moment to judge at, ISO 8601 UTC (default: now)."), u"time"_s);
    const QCommandLineOption kind(u"kind"_s,
        tr("dry-run: the rule, e.g. stuck, never_scanned, late, suspected_lost."), u"kind"_s);
    const QCommandLineOption threshold(
        u"threshold"_s, tr("dry-run: try this threshold instead of the rule's."), u"n"_s);
    const QCommandLineOption carrier(
        u"carrier"_s, tr("dry-run: the threshold for this carrier only."), u"id"_s);
    const QCommandLineOption country(
        u"country"_s, tr("dry-run: the threshold for this destination country only."), u"code"_s);
    const QCommandLineOption days(
        u"days"_s, tr("dry-run: how many past days to try (default 30)."), u"n"_s, u"30"_s);
    const QCommandLineOption list(u"list"_s,
        tr("dry-run: list at most this many of the cases (default 20)."), u"n"_s, u"20"_s);
    parser.addOptions({db, now, kind, threshold, carrier, country, days, list});
    parser.addPositionalArgument(u"action"_s, tr("run or dry-run"));
    parser.process(arguments);
    const QString action = parser.positionalArguments().value(0);
    if (action != u"run" && action != u"dry-run") {
        printLine(stderr, tr("cases: say run or dry-run."));
        return 2;
    }
    if (!parser.isSet(db)) {
        printLine(stderr, tr("cases: --db FILE is required."));
        return 2;
    }
    qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (parser.isSet(now)) {
        const QDateTime t = QDateTime::fromString(parser.value(now), Qt::ISODate);
        if (!t.isValid()) {
            printLine(stderr,
                tr("cases: --now must be an ISO 8601 time, not \"%1\".").arg(parser.value(now)));
            return 2;
        }
        nowMs = t.toMSecsSinceEpoch();
    }
    const auto opened = Database::open(parser.value(db));
    if (!opened) {
        printLine(stderr, opened.error().message);
        return 1;
    }
    ProblemRules rules = ProblemRules::defaults();
    TerminalProgress progress(action == u"run" ? tr("Checking") : tr("Trying"));
    const auto report = [&progress](qint64 done, qint64 total) {
        progress.update(done, total);
        return !interrupted;
    };

    if (action == u"run") {
        const auto summary = ProblemCaseRunner::run(*opened, rules, nowMs, report);
        progress.finish();
        if (!summary) {
            printLine(stderr, summary.error().message);
            return 1;
        }
        QStringList byKind;
        for (auto it = summary->openedByKind.cbegin(); it != summary->openedByKind.cend(); ++it)
            byKind << u"%1 %2"_s.arg(it.key()).arg(it.value());
        printLine(stdout,
            tr("Checked %1 shipments: %2 cases opened (%3), %4 resolved because the problem has "
               "gone.%5")
                .arg(summary->examined)
                .arg(summary->opened)
                .arg(byKind.isEmpty() ? tr("none") : byKind.join(u", "_s))
                .arg(summary->resolved)
                .arg(summary->cancelled ? tr(" Cancelled.") : QString()));
        opened->releaseConnection();
        return summary->cancelled ? 130 : 0;
    }

    const auto problem = problemKindFromString(parser.value(kind));
    if (!problem || !ProblemRules::ruleKinds().contains(*problem)) {
        QStringList known;
        for (const ProblemKind k : ProblemRules::ruleKinds())
            known << problemKindToString(k);
        printLine(stderr,
            tr("cases dry-run: --kind must be one of %1, not \"%2\".")
                .arg(known.join(u", "_s), parser.value(kind)));
        return 2;
    }
    bool ok = true;
    const int dayCount = parser.value(days).toInt(&ok);
    if (!ok || dayCount < 1 || dayCount > 365) {
        printLine(stderr,
            tr("cases dry-run: --days must be 1 to 365, not \"%1\".").arg(parser.value(days)));
        return 2;
    }
    const int listCount = parser.value(list).toInt(&ok);
    if (!ok || listCount < 0) {
        printLine(stderr,
            tr("cases dry-run: --list must be 0 or more, not \"%1\".").arg(parser.value(list)));
        return 2;
    }
    ProblemRule rule = *rules.ruleFor(*problem, parser.value(carrier), parser.value(country));
    if (parser.isSet(threshold)) {
        rule.threshold = parser.value(threshold).toInt(&ok);
        if (!ok || rule.threshold < 0) {
            printLine(stderr,
                tr("cases dry-run: --threshold must be 0 or more, not \"%1\".")
                    .arg(parser.value(threshold)));
            return 2;
        }
        rule.carrier = parser.isSet(carrier) ? parser.value(carrier) : u"*"_s;
        rule.country = parser.isSet(country) ? parser.value(country) : u"*"_s;
        rule.enabled = true;
        rules.setRule(rule);
    }
    const ProblemCaseRunner::DryRun dry
        = ProblemCaseRunner::dryRun(*opened, rules, *problem, nowMs, dayCount, report);
    progress.finish();
    const QString unit = ProblemRules::thresholdUnit(*problem);
    printLine(stdout,
        tr("Against the last %1 days the rule \"%2\"%3 would have opened %4 cases (%5 shipments "
           "checked).")
            .arg(dayCount)
            .arg(problemKindToString(*problem),
                unit.isEmpty() ? QString() : tr(" (threshold %1 %2)").arg(rule.threshold).arg(unit))
            .arg(dry.cases.size())
            .arg(dry.examined));
    for (qsizetype i = 0; i < std::min<qsizetype>(listCount, dry.cases.size()); ++i) {
        const auto &c = dry.cases[i];
        printLine(stdout,
            u"  %1  %2 %3  %4"_s
                .arg(QDateTime::fromMSecsSinceEpoch(c.atMs, Qt::UTC).date().toString(Qt::ISODate))
                .arg(c.carrier, -8)
                .arg(c.trackingNumber, -24)
                .arg(c.details));
    }
    opened->releaseConnection();
    return dry.cancelled ? 130 : 0;
}

} // namespace ParcelDesk
