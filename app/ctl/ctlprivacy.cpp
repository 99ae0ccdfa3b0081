// parceldeskctl purge, export-customer and privacy: a person's data and the GDPR (erasure,
// access, the retention period).
#include "ctlcommands.h"

#include "store/customerprivacy.h"
#include "store/database.h"
#include "terminalprogress.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QSaveFile>

#include <csignal>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

QString idList(const QList<qint64> &ids)
{
    QStringList list;
    for (const qint64 id : ids)
        list << QString::number(id);
    return list.join(u", "_s);
}

QString whoRuns(const QCommandLineParser &parser, const QCommandLineOption &agent)
{
    return parser.isSet(agent) ? parser.value(agent) : qEnvironmentVariable("USER", u"ctl"_s);
}

} // namespace

int CtlCommands::purge(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Erases a person's data everywhere (GDPR): names, addresses, numbers and every text "
           "that can hold them, in orders, parcels, messages, contacts, returns, cases and the "
           "audit log; the figures stay as they were.\n"
           "  --customer EMAIL   every customer record with this e-mail address; without --yes\n"
           "                     only says what would be erased (exit code 3)\n"
           "  --retention        every customer whose last order is older than the retention\n"
           "                     period (parceldeskctl privacy), or --days N"));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption customer(
        u"customer"_s, tr("The person's e-mail address."), u"email"_s);
    const QCommandLineOption reason(u"reason"_s,
        tr("Why, for the audit log, without personal data (e.g. \"request by e-mail of 3 "
           "May\")."),
        u"text"_s);
    const QCommandLineOption yes(u"yes"_s, tr("Erase: this cannot be undone."));
    const QCommandLineOption retention(
        u"retention"_s, tr("Erase the customers whose last order is older than the period."));
    const QCommandLineOption days(
        u"days"_s, tr("--retention: the period in days (default: the setting)."), u"n"_s);
    const QCommandLineOption agent(
        u"agent"_s, tr("Who erases (default: the login name)."), u"name"_s);
    parser.addOptions({db, customer, reason, yes, retention, days, agent});
    parser.process(arguments);

    if (!parser.isSet(db)) {
        printLine(stderr, tr("purge: --db FILE is required."));
        return 2;
    }
    if (parser.isSet(customer) == parser.isSet(retention)) {
        printLine(stderr, tr("purge: say --customer EMAIL or --retention."));
        return 2;
    }
    if (parser.isSet(days) && !parser.isSet(retention)) {
        printLine(stderr, tr("purge: --days goes with --retention."));
        return 2;
    }
    int period = 0;
    if (parser.isSet(days)) {
        bool ok = false;
        period = parser.value(days).toInt(&ok);
        if (!ok || period < 1) {
            printLine(stderr,
                tr("purge: --days must be a whole number of days, 1 or more, not \"%1\".")
                    .arg(parser.value(days)));
            return 2;
        }
    }
    const auto opened = Database::open(parser.value(db));
    if (!opened) {
        printLine(stderr, opened.error().message);
        return 1;
    }
    CustomerPrivacy privacy(*opened);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const auto finish = [&](int code) {
        opened->releaseConnection();
        return code;
    };

    if (parser.isSet(retention)) {
        if (!parser.isSet(days)) {
            const auto setting = privacy.retentionDays();
            if (!setting) {
                printLine(stderr, setting.error().message);
                return finish(1);
            }
            period = *setting;
        }
        if (period <= 0) {
            printLine(stderr,
                tr("purge --retention: no retention period is set. Set one with parceldeskctl "
                   "privacy --retention-days N, or say --days N."));
            return finish(2);
        }
        std::signal(SIGINT, onInterrupt);
        std::signal(SIGTERM, onInterrupt);
        TerminalProgress progress(tr("Erasing"));
        const auto run = privacy.applyRetention(
            period, whoRuns(parser, agent), nowMs,
            [&](qint64 done, qint64 total) { progress.update(done, total); }, &interrupted);
        progress.finish();
        if (!run) {
            printLine(stderr, run.error().message);
            return finish(1);
        }
        if (run->cancelled) {
            printLine(stderr,
                tr("Interrupted: erased the personal data of %1 of %2 customers; the others are "
                   "untouched.")
                    .arg(run->erased)
                    .arg(run->due));
            return finish(130);
        }
        printLine(stdout,
            tr("Erased the personal data of %n customer(s) whose last order is older than %1 "
               "days.",
                nullptr, run->erased)
                .arg(period));
        return finish(0);
    }

    const auto ids = privacy.findByEmail(parser.value(customer));
    if (!ids) {
        printLine(stderr, ids.error().message);
        return finish(1);
    }
    if (!parser.isSet(yes)) {
        const auto preview = privacy.preview(*ids);
        if (!preview) {
            printLine(stderr, preview.error().message);
            return finish(1);
        }
        printLine(stdout,
            tr("Would erase the personal data of %1 (customer records %2): %3.")
                .arg(parser.value(customer).trimmed(), idList(*ids), preview->summary()));
        if (preview->parcelsInFlight > 0)
            printLine(stdout,
                tr("%n parcel(s) of theirs are still on their way: carrier scans that come later "
                   "are stored as usual.",
                    nullptr, preview->parcelsInFlight));
        printLine(stdout,
            tr("Nothing was changed. Run again with --yes to erase; this cannot be undone."));
        return finish(3);
    }
    const auto erased = privacy.purge(*ids, whoRuns(parser, agent), parser.value(reason), nowMs);
    if (!erased) {
        printLine(stderr, erased.error().message);
        return finish(1);
    }
    printLine(stdout,
        tr("Erased the personal data of customer records %1: %2.")
            .arg(idList(*ids), erased->summary()));
    if (!erased->fileRewritten)
        printLine(stderr,
            tr("Another program was reading the database: the old bytes are overwritten in the "
               "file at its next checkpoint."));
    return finish(0);
}

int CtlCommands::exportCustomer(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes everything held about a person as JSON (GDPR access request): their customer "
           "records, consents, orders and parcels, messages, contacts, returns, delivery changes, "
           "vouchers and the audit entries about them."));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption out(
        u"out"_s, tr("The file to write (default: standard output)."), u"file"_s);
    const QCommandLineOption agent(
        u"agent"_s, tr("Who exports (default: the login name)."), u"name"_s);
    parser.addOptions({db, out, agent});
    parser.addPositionalArgument(u"email"_s, tr("The person's e-mail address."));
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1) {
        printLine(stderr, tr("export-customer: give one e-mail address."));
        return 2;
    }
    if (!parser.isSet(db)) {
        printLine(stderr, tr("export-customer: --db FILE is required."));
        return 2;
    }
    const auto opened = Database::open(parser.value(db));
    if (!opened) {
        printLine(stderr, opened.error().message);
        return 1;
    }
    // The file first: an export that cannot be written is not exported (nor audited).
    QSaveFile file(parser.value(out));
    if (parser.isSet(out) && !file.open(QIODevice::WriteOnly)) {
        printLine(stderr,
            tr("export-customer: cannot write %1: %2").arg(parser.value(out), file.errorString()));
        opened->releaseConnection();
        return 1;
    }
    CustomerPrivacy privacy(*opened);
    const auto ids = privacy.findByEmail(parser.positionalArguments().first());
    const auto exported = ids
        ? privacy.exportCustomer(*ids, whoRuns(parser, agent), QDateTime::currentMSecsSinceEpoch())
        : Result<QJsonDocument>(ids.error());
    opened->releaseConnection();
    if (!exported) {
        printLine(stderr, exported.error().message);
        return 1;
    }
    const QByteArray json = exported->toJson(QJsonDocument::Indented);
    if (!parser.isSet(out)) {
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        return 0;
    }
    if (file.write(json) != json.size() || !file.commit()) {
        printLine(stderr,
            tr("export-customer: cannot write %1: %2").arg(parser.value(out), file.errorString()));
        return 1;
    }
    printLine(stdout,
        tr("Wrote the personal data of customer records %1 to %2.")
            .arg(idList(*ids), parser.value(out)));
    return 0;
}

int CtlCommands::privacy(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows or sets the retention period: personal data of customers whose last order is "
           "older is erased by parceldeskctl purge --retention (0: off)."));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption set(
        u"retention-days"_s, tr("Set the period in days (0: off)."), u"n"_s);
    const QCommandLineOption agent(
        u"agent"_s, tr("Who changes it (default: the login name)."), u"name"_s);
    parser.addOptions({db, set, agent});
    parser.process(arguments);
    if (!parser.isSet(db)) {
        printLine(stderr, tr("privacy: --db FILE is required."));
        return 2;
    }
    int days = 0;
    if (parser.isSet(set)) {
        bool ok = false;
        days = parser.value(set).toInt(&ok);
        if (!ok || days < 0) {
            printLine(stderr,
                tr("privacy: --retention-days must be a whole number of days (0: off), not "
                   "\"%1\".")
                    .arg(parser.value(set)));
            return 2;
        }
    }
    const auto opened = Database::open(parser.value(db));
    if (!opened) {
        printLine(stderr, opened.error().message);
        return 1;
    }
    CustomerPrivacy privacy(*opened);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const auto finish = [&](int code) {
        opened->releaseConnection();
        return code;
    };
    if (parser.isSet(set)) {
        const Outcome saved = privacy.setRetentionDays(days, whoRuns(parser, agent), nowMs);
        if (!saved) {
            printLine(stderr, saved.error().message);
            return finish(1);
        }
    }
    const auto current = privacy.retentionDays();
    if (!current) {
        printLine(stderr, current.error().message);
        return finish(1);
    }
    if (*current == 0) {
        printLine(stdout, tr("Retention: off. Personal data is kept until it is erased by hand."));
        return finish(0);
    }
    const auto due = privacy.dueForRetention(*current, nowMs);
    if (!due) {
        printLine(stderr, due.error().message);
        return finish(1);
    }
    printLine(stdout,
        tr("Retention: %n day(s). parceldeskctl purge --retention erases the personal data of "
           "customers whose last order is older.",
            nullptr, *current));
    printLine(stdout, tr("Due now: %n customer(s).", nullptr, *due));
    return finish(0);
}

} // namespace ParcelDesk
