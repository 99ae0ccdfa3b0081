// parceldeskctl cases: the problem-case rules, run for real or tried on past days.
#include "ctlcommands.h"

#include "rules/problemcaserunner.h"
#include "store/database.h"
#include "store/problemrulerepository.h"
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
           "  run          open a case for every problem found, resolve those that have gone\n"
           "  dry-run      what one rule would have opened over the past days; writes nothing\n"
           "  rules        the rules in force: threshold, priority and SLA per kind\n"
           "  set-rule     change a rule for all, a carrier and/or a destination country\n"
           "  reset-rule   remove such a change"));
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
    const QCommandLineOption priority(u"priority"_s, tr("set-rule: 1 (highest) to 3."), u"n"_s);
    const QCommandLineOption sla(
        u"sla-hours"_s, tr("set-rule: hours until a case of this rule is due."), u"n"_s);
    const QCommandLineOption enable(u"enable"_s, tr("set-rule: the rule opens cases."));
    const QCommandLineOption disable(u"disable"_s, tr("set-rule: the rule opens no cases."));
    parser.addOptions(
        {db, now, kind, threshold, carrier, country, days, list, priority, sla, enable, disable});
    parser.addPositionalArgument(u"action"_s, tr("run, dry-run, rules, set-rule or reset-rule"));
    parser.process(arguments);
    const QString action = parser.positionalArguments().value(0);
    const QStringList actions
        = {u"run"_s, u"dry-run"_s, u"rules"_s, u"set-rule"_s, u"reset-rule"_s};
    if (!actions.contains(action)) {
        printLine(stderr, tr("cases: say %1.").arg(actions.join(u", "_s)));
        return 2;
    }
    if (!parser.isSet(db)) {
        printLine(stderr, tr("cases: --db FILE is required."));
        return 2;
    }
    qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (parser.isSet(now)) {
        QDateTime t = QDateTime::fromString(parser.value(now), Qt::ISODate);
        if (t.isValid() && t.timeSpec() == Qt::LocalTime)
            t.setTimeSpec(Qt::UTC); // a time without an offset is UTC, as the help says
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
    ProblemRuleRepository stored(*opened);
    ProblemRules rules = stored.load();

    if (action == u"rules") {
        printLine(stdout,
            u"%1 %2 %3 %4 %5 %6"_s.arg(tr("kind"), -22)
                .arg(tr("carrier"), -10)
                .arg(tr("country"), -8)
                .arg(tr("on"), -4)
                .arg(tr("threshold"), -26)
                .arg(tr("priority, SLA")));
        for (const ProblemRule &r : rules.rules()) {
            printLine(stdout,
                u"%1 %2 %3 %4 %5 %6"_s.arg(problemKindToString(r.kind), -22)
                    .arg(r.carrier, -10)
                    .arg(r.country, -8)
                    .arg(r.enabled ? tr("yes") : tr("no"), -4)
                    .arg(u"%1 %2"_s.arg(r.threshold).arg(ProblemRules::thresholdUnit(r.kind)), -26)
                    .arg(tr("%1, %2 h").arg(r.priority).arg(r.slaHours)));
        }
        opened->releaseConnection();
        return 0;
    }
    if (action == u"set-rule" || action == u"reset-rule") {
        const auto problem = problemKindFromString(parser.value(kind));
        if (!problem) {
            printLine(stderr, tr("cases %1: --kind names the rule, e.g. stuck.").arg(action));
            return 2;
        }
        const QString carrierValue = parser.isSet(carrier) ? parser.value(carrier) : u"*"_s;
        const QString countryValue
            = parser.isSet(country) ? parser.value(country).toUpper() : u"*"_s;
        if (action == u"reset-rule") {
            const Outcome removed = stored.remove(*problem, carrierValue, countryValue);
            if (!removed) {
                printLine(stderr, removed.error().message);
                return 1;
            }
            printLine(stdout,
                tr("Rule %1 for %2/%3 removed; what applies now is the default or a broader rule.")
                    .arg(problemKindToString(*problem), carrierValue, countryValue));
            opened->releaseConnection();
            return 0;
        }
        // Starts from what applies to this carrier and country today.
        const ProblemRule *current = rules.ruleFor(*problem, carrierValue, countryValue);
        ProblemRule r = current ? *current : ProblemRule {};
        r.kind = *problem;
        r.carrier = carrierValue;
        r.country = countryValue;
        bool ok = true;
        const auto intOption = [&](const QCommandLineOption &o, int &into) {
            if (!parser.isSet(o))
                return true;
            into = parser.value(o).toInt(&ok);
            if (!ok)
                printLine(stderr,
                    tr("cases set-rule: --%1 must be a whole number.").arg(o.names().first()));
            return ok;
        };
        if (!intOption(threshold, r.threshold) || !intOption(priority, r.priority)
            || !intOption(sla, r.slaHours))
            return 2;
        if (parser.isSet(enable))
            r.enabled = true;
        if (parser.isSet(disable))
            r.enabled = false;
        const Outcome saved = stored.save(r, nowMs);
        if (!saved) {
            printLine(stderr, saved.error().message);
            return 1;
        }
        printLine(stdout,
            tr("Rule %1 for %2/%3: %4, threshold %5 %6, priority %7, SLA %8 h.")
                .arg(problemKindToString(r.kind), r.carrier, r.country,
                    r.enabled ? tr("on") : tr("off"))
                .arg(r.threshold)
                .arg(ProblemRules::thresholdUnit(r.kind))
                .arg(r.priority)
                .arg(r.slaHours));
        opened->releaseConnection();
        return 0;
    }

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
    const QString carrierScope = parser.isSet(carrier) ? parser.value(carrier) : u"*"_s;
    const QString countryScope = parser.isSet(country) ? parser.value(country).toUpper() : u"*"_s;
    ProblemRule rule = *rules.ruleFor(*problem, carrierScope, countryScope);
    if (parser.isSet(threshold)) {
        rule.threshold = parser.value(threshold).toInt(&ok);
        if (!ok || rule.threshold < 0) {
            printLine(stderr,
                tr("cases dry-run: --threshold must be 0 or more, not \"%1\".")
                    .arg(parser.value(threshold)));
            return 2;
        }
        rule.carrier = carrierScope;
        rule.country = countryScope;
        rule.enabled = true;
        if (const Outcome valid = ProblemRuleRepository::validate(rule); !valid) {
            printLine(stderr, valid.error().message);
            return 2;
        }
        rules.setRule(rule);
    }
    const ProblemCaseRunner::DryRun dry = ProblemCaseRunner::dryRun(
        *opened, rules, *problem, nowMs, dayCount, report, rule.carrier, rule.country);
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
