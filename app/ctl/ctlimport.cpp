// parceldeskctl import: orders, shipments and customer feedback from CSV or JSON lines, and the
// saved column mappings (profiles) for CSV layouts.
#include "ctlcommands.h"

#include "store/database.h"
#include "store/importprofilestore.h"
#include "terminalprogress.h"
#include "workflows/importmapping.h"
#include "workflows/shopimport.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <csignal>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

int usageError(const QString &message)
{
    CtlCommands::printLine(stderr, message);
    return 2;
}

int failure(const QString &message)
{
    CtlCommands::printLine(stderr, message);
    return 1;
}

QString kindNames()
{
    return u"orders, shipments, feedback"_s;
}

int profileCommand(const Database &db, const QStringList &args, const QCommandLineParser &parser)
{
    const QString action = args.value(1);
    if (action == u"list") {
        const auto profiles = ImportProfileStore::list(db);
        if (!profiles)
            return failure(profiles.error().message);
        for (const ImportProfile &p : *profiles)
            CtlCommands::printLine(stdout,
                u"%1\t%2\t%3"_s.arg(p.name, importKindToString(p.mapping.kind),
                    QDateTime::fromMSecsSinceEpoch(p.updatedAtMs, Qt::UTC).toString(Qt::ISODate)));
        return 0;
    }
    if (action != u"show" && action != u"delete" && action != u"save")
        return usageError(
            CtlCommands::tr("import profile: say list, show NAME, delete NAME or save NAME."));
    if (args.size() < 3)
        return usageError(
            CtlCommands::tr("import profile %1: give the profile's name.").arg(action));
    const QString name = args.at(2);
    if (action == u"show") {
        const auto profile = ImportProfileStore::load(db, name);
        if (!profile)
            return failure(profile.error().message);
        QJsonObject o;
        o.insert(u"name"_s, profile->name);
        o.insert(u"kind"_s, importKindToString(profile->mapping.kind));
        o.insert(u"mapping"_s, profile->mapping.toJson());
        CtlCommands::printLine(
            stdout, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    if (action == u"delete") {
        if (const Outcome removed = ImportProfileStore::remove(db, name); !removed)
            return failure(removed.error().message);
        CtlCommands::printLine(stdout, CtlCommands::tr("Deleted the import profile %1.").arg(name));
        return 0;
    }
    const auto kind = importKindFromString(parser.value(u"kind"_s));
    if (!kind)
        return usageError(CtlCommands::tr("--kind: say %1, not \"%2\".")
                              .arg(kindNames(), parser.value(u"kind"_s)));
    ImportMapping mapping;
    mapping.kind = *kind;
    const QStringList maps = parser.values(u"map"_s);
    if (maps.isEmpty())
        return usageError(CtlCommands::tr("import profile save: give a --map field=Column for each "
                                          "field the file has."));
    for (const QString &map : maps) {
        const qsizetype eq = map.indexOf(u'=');
        if (eq <= 0 || eq == map.size() - 1)
            return usageError(
                CtlCommands::tr("--map: \"%1\" is not field=Column, e.g. order=Order No.")
                    .arg(map));
        mapping.columns[map.left(eq).trimmed().toLower()] << map.mid(eq + 1).trimmed();
    }
    mapping.dateFormat = parser.value(u"date-format"_s);
    if (parser.isSet(u"decimal-separator"_s)) {
        const QString separator = parser.value(u"decimal-separator"_s);
        if (separator != u"." && separator != u",")
            return usageError(
                CtlCommands::tr("--decimal-separator: say . or , not \"%1\".").arg(separator));
        mapping.decimalSeparator = separator.front();
    }
    if (const QStringList problems = mapping.problems(); !problems.isEmpty())
        return usageError(CtlCommands::tr("--map: %1").arg(problems.join(u"\n--map: "_s)));
    if (const Outcome saved
        = ImportProfileStore::save(db, name, mapping, QDateTime::currentMSecsSinceEpoch());
        !saved)
        return failure(saved.error().message);
    CtlCommands::printLine(stdout,
        CtlCommands::tr("Saved the import profile %1 for %2.")
            .arg(name.trimmed(), importKindToString(mapping.kind)));
    return 0;
}

void printSummary(const ImportSummary &s)
{
    const QLocale locale;
    const QString counts
        = CtlCommands::tr("%1 orders with %2 lines (%3 new customers), %4 shipments, %5 feedback")
              .arg(locale.toString(s.orders), locale.toString(s.items),
                  locale.toString(s.customers), locale.toString(s.shipments),
                  locale.toString(s.feedback));
    const QString rest = CtlCommands::tr("%1 rows read; already there: %2; cancelled orders left "
                                         "out: %3; bad rows: %4; rows left out with them: %5.")
                             .arg(locale.toString(s.rows), locale.toString(s.alreadyThere),
                                 locale.toString(s.cancelled), locale.toString(s.badRows),
                                 locale.toString(s.skippedRows));
    if (s.nothingImported)
        CtlCommands::printLine(stdout,
            CtlCommands::tr("Nothing was imported: %n row(s) are bad; --skip-bad imports the rest. "
                            "%1",
                nullptr, s.badRows)
                .arg(rest));
    else if (s.dryRun)
        CtlCommands::printLine(stdout,
            CtlCommands::tr("Dry run, nothing was written: would import %1. %2").arg(counts, rest));
    else
        CtlCommands::printLine(stdout, CtlCommands::tr("Imported %1. %2").arg(counts, rest));
}

} // namespace

int CtlCommands::importData(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports orders, shipments and customer feedback from CSV (Shopify's order export is "
           "recognised) or JSON lines (README, \"Importing orders, shipments and feedback\").\n"
           "  orders|shipments|feedback FILE   import a file; nothing is imported when a row is\n"
           "                 bad, unless --skip-bad; exit code 0 only when every row was\n"
           "                 imported (or was already there)\n"
           "  profile list   the saved column mappings\n"
           "  profile show NAME / profile delete NAME\n"
           "  profile save NAME --kind KIND --map field=Column [--map ...]\n"
           "                 [--date-format FORMAT] [--decimal-separator ,]"));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption profile(u"profile"_s,
        tr("The saved column mapping to read the file with (shopify: Shopify's order export; "
           "default: proposed from the header)."),
        u"name"_s);
    const QCommandLineOption skipBad(
        u"skip-bad"_s, tr("Import everything but the bad rows (and their orders' other rows)."));
    const QCommandLineOption dryRun(u"dry-run"_s, tr("Check and count everything, write nothing."));
    const QCommandLineOption format(u"format"_s,
        tr("csv or jsonl (default: jsonl for .jsonl and .ndjson files, else csv)."), u"format"_s);
    const QCommandLineOption kind(u"kind"_s,
        tr("profile save: what the files hold: orders, shipments or feedback."), u"kind"_s);
    const QCommandLineOption map(u"map"_s,
        tr("profile save: field=Column; repeat for each field, twice for a fallback column."),
        u"field=Column"_s);
    const QCommandLineOption dateFormat(u"date-format"_s,
        tr("profile save: how the file writes times, e.g. dd.MM.yyyy HH:mm (default: ISO 8601)."),
        u"format"_s);
    const QCommandLineOption decimalSeparator(
        u"decimal-separator"_s, tr("profile save: . or , in amounts."), u"char"_s);
    parser.addOptions(
        {db, profile, skipBad, dryRun, format, kind, map, dateFormat, decimalSeparator});
    parser.addPositionalArgument(u"what"_s, tr("orders, shipments, feedback or profile"));
    parser.process(arguments);

    const QStringList args = parser.positionalArguments();
    const QString what = args.value(0);
    const auto importKind = importKindFromString(what);
    if (what != u"profile" && !importKind)
        return usageError(tr("import: say %1 or profile.").arg(kindNames()));
    if (!parser.isSet(db))
        return usageError(tr("import: --db FILE is required."));
    if (importKind && args.size() != 2)
        return usageError(tr("import %1: give exactly one FILE.").arg(what));
    ImportFormat fileFormat = ImportFormat::Auto;
    if (parser.isSet(format)) {
        const QString f = parser.value(format).toLower();
        if (f == u"csv")
            fileFormat = ImportFormat::Csv;
        else if (f == u"jsonl" || f == u"ndjson")
            fileFormat = ImportFormat::JsonLines;
        else
            return usageError(
                tr("--format: say csv or jsonl, not \"%1\".").arg(parser.value(format)));
    }
    const auto opened = openExisting(parser.value(db));
    if (!opened)
        return failure(opened.error().message);
    if (!importKind)
        return profileCommand(*opened, args, parser);

    ImportSource source;
    source.kind = *importKind;
    source.path = args.at(1);
    source.format = fileFormat;
    if (parser.isSet(profile)) {
        const auto loaded = ImportProfileStore::load(*opened, parser.value(profile));
        if (!loaded)
            return failure(loaded.error().message);
        if (loaded->mapping.kind != source.kind)
            return usageError(
                tr("--profile: %1 maps %2, not %3.")
                    .arg(loaded->name, importKindToString(loaded->mapping.kind), what));
        source.mapping = loaded->mapping;
    }
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    TerminalProgress progress(tr("Importing"));
    ShopImport::Options options;
    options.skipBad = parser.isSet(skipBad);
    options.dryRun = parser.isSet(dryRun);
    options.actor = qEnvironmentVariable("USER", u"ctl"_s);
    options.nowMs = QDateTime::currentMSecsSinceEpoch();
    const auto imported = ShopImport::run(*opened, {source}, options, &interrupted,
        [&](qint64 done, qint64 total) { progress.update(done, total); });
    progress.finish();
    if (!imported)
        return failure(imported.error().message);
    for (const ImportProblem &p : imported->problems)
        printLine(stderr, p.text());
    printSummary(*imported);
    return imported->complete() ? 0 : 1;
}

} // namespace ParcelDesk
