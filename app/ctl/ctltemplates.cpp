// parceldeskctl templates: the message templates as the shop edited them, editing them from a
// file, and a preview with an order's real data.
#include "ctlcommands.h"

#include "domain/statustext.h"
#include "i18n/customertext.h"
#include "rules/transitmodel.h"
#include "store/database.h"
#include "store/templaterepository.h"
#include "store/wismosearch.h"
#include "workflows/apologyworkflow.h"
#include "workflows/messagetemplates.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject templateJson(const StoredTemplate &t)
{
    QJsonObject o {{u"kind"_s, t.message.kind}, {u"language"_s, t.message.language},
        {u"subject"_s, t.message.subject}, {u"text"_s, t.message.text}, {u"html"_s, t.message.html},
        {u"sms"_s, t.message.sms}, {u"whatsapp"_s, t.message.whatsapp}, {u"edited"_s, t.edited}};
    if (t.edited) {
        o.insert(u"updated_by"_s, t.updatedBy);
        o.insert(u"updated_at"_s, iso(t.updatedAtMs.value_or(0)));
    }
    return o;
}

// The fields of a template file over the template in force. What `show` prints can be read
// back: kind and language must then be the ones asked for, and what only describes the stored
// template (edited, updated_by, updated_at) is ignored.
Result<MessageTemplate> readTemplateFile(const QString &path, MessageTemplate message)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {CtlCommands::tr("Cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        return Error {CtlCommands::tr("%1:%2:%3: %4")
                          .arg(path, QString::number(line), QString::number(column),
                              parseError.errorString())};
    }
    if (!document.isObject())
        return Error {
            CtlCommands::tr("%1: a template is a JSON object with the fields subject, text, "
                            "html, sms and whatsapp.")
                .arg(path)};
    const QJsonObject o = document.object();
    const QList<std::pair<QString, QString *>> fields
        = {{u"subject"_s, &message.subject}, {u"text"_s, &message.text}, {u"html"_s, &message.html},
            {u"sms"_s, &message.sms}, {u"whatsapp"_s, &message.whatsapp}};
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        if (key == u"edited" || key == u"updated_by" || key == u"updated_at")
            continue;
        if (key == u"kind" || key == u"language") {
            const QString asked = key == u"kind" ? message.kind : message.language;
            if (it.value().toString() != asked)
                return Error {CtlCommands::tr("%1: %2: the file is for \"%3\", not \"%4\".")
                                  .arg(path, key, it.value().toString(), asked)};
            continue;
        }
        const auto field = std::find_if(fields.cbegin(), fields.cend(),
            [&](const std::pair<QString, QString *> &f) { return f.first == key; });
        if (field == fields.cend())
            return Error {
                CtlCommands::tr("%1: \"%2\" is not a field of a template; use subject, text, "
                                "html, sms and whatsapp.")
                    .arg(path, key)};
        if (!it.value().isString())
            return Error {
                CtlCommands::tr("%1: %2: a text in double quotes is expected.").arg(path, key)};
        *field->second = it.value().toString();
    }
    return message;
}

} // namespace

int CtlCommands::templates(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Message templates (Mustache), per kind and language. With --db, the shop's edits\n"
           "stored in the database count; without, the built-in templates.\n"
           "  list      the templates there are, and who edited them when\n"
           "  show      one template as JSON (--kind, --language)\n"
           "  set       store a template from a JSON file (--db, --kind, --language, --file):\n"
           "            the fields subject, text, html, sms and whatsapp; fields left out stay\n"
           "  reset     back to the built-in template (--db, --kind, --language)\n"
           "  preview   one template filled in: with --order, that order's real data"));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption kind(
        u"kind"_s, tr("delay_notice, delay_apology or delay_apology_voucher."), u"kind"_s);
    const QCommandLineOption language(u"language"_s,
        tr("de or en (preview: by default the customer's, else English)."), u"code"_s);
    const QCommandLineOption file(u"file"_s, tr("set: the template as a JSON file."), u"file"_s);
    const QCommandLineOption agent(
        u"agent"_s, tr("set, reset: who made the change (default: the login name)."), u"name"_s);
    const QCommandLineOption order(
        u"order"_s, tr("preview: the order whose data fills it in (needs --db)."), u"number"_s);
    const QCommandLineOption shop(
        u"shop"_s, tr("preview: the shop's name."), u"name"_s, u"ParcelDesk Shop"_s);
    parser.addOptions({db, kind, language, file, agent, order, shop});
    parser.addPositionalArgument(u"action"_s, tr("list, show, set, reset or preview"));
    parser.process(arguments);
    const QString action = parser.positionalArguments().value(0);
    static const QStringList actions = {u"list"_s, u"show"_s, u"set"_s, u"reset"_s, u"preview"_s};
    if (!actions.contains(action)) {
        printLine(stderr, tr("templates: say list, show, set, reset or preview."));
        return 2;
    }
    if ((action == u"set" || action == u"reset") && !parser.isSet(db)) {
        printLine(stderr, tr("templates %1: --db FILE is required.").arg(action));
        return 2;
    }
    if (action != u"list" && !parser.isSet(kind)) {
        printLine(stderr, tr("templates %1: --kind is required.").arg(action));
        return 2;
    }
    if ((action == u"show" || action == u"set" || action == u"reset") && !parser.isSet(language)) {
        printLine(stderr, tr("templates %1: --language is required.").arg(action));
        return 2;
    }
    if (action == u"set" && !parser.isSet(file)) {
        printLine(stderr, tr("templates set: --file FILE is required."));
        return 2;
    }
    std::optional<Database> database;
    if (parser.isSet(db)) {
        auto opened = Database::open(parser.value(db));
        if (!opened) {
            printLine(stderr, opened.error().message);
            return 1;
        }
        database = std::move(opened).value();
    }
    const QString actor
        = parser.isSet(agent) ? parser.value(agent) : qEnvironmentVariable("USER", u"ctl"_s);
    const auto inForce = [&](const QString &k, const QString &l) -> Result<StoredTemplate> {
        if (database)
            return TemplateRepository(*database).effective(k, l);
        if (const auto builtin = MessageTemplates::builtin(k, l)) {
            StoredTemplate t;
            t.message = *builtin;
            return t;
        }
        return Error {tr("templates: there is no template %1 in \"%2\".").arg(k, l)};
    };

    if (action == u"list") {
        QList<StoredTemplate> list;
        if (database) {
            auto all = TemplateRepository(*database).all();
            if (!all) {
                printLine(stderr, all.error().message);
                return 1;
            }
            list = std::move(all).value();
        } else {
            for (const MessageTemplate &t : MessageTemplates::builtin())
                list.append({t, false, QString(), std::nullopt});
        }
        for (const StoredTemplate &t : std::as_const(list)) {
            const QString state = t.edited
                ? tr("edited by %1 at %2").arg(t.updatedBy, iso(t.updatedAtMs.value_or(0)))
                : tr("built-in");
            printLine(stdout,
                u"%1\t%2\t%3\t%4"_s.arg(
                    t.message.kind, t.message.language, state, t.message.subject));
        }
        return 0;
    }
    if (action == u"show") {
        const auto t = inForce(parser.value(kind), parser.value(language));
        if (!t) {
            printLine(stderr, t.error().message);
            return 1;
        }
        printLine(stdout,
            QString::fromUtf8(QJsonDocument(templateJson(*t)).toJson(QJsonDocument::Indented))
                .trimmed());
        return 0;
    }
    if (action == u"set") {
        TemplateRepository repository(*database);
        const auto current = repository.effective(parser.value(kind), parser.value(language));
        if (!current) {
            printLine(stderr, current.error().message);
            return 1;
        }
        const auto edited = readTemplateFile(parser.value(file), current->message);
        if (!edited) {
            printLine(stderr, edited.error().message);
            return 1;
        }
        const Outcome saved = repository.save(*edited, actor, QDateTime::currentMSecsSinceEpoch());
        if (!saved) {
            printLine(stderr, u"%1: %2"_s.arg(parser.value(file), saved.error().message));
            return 1;
        }
        printLine(stdout,
            tr("Saved the template %1 (%2).").arg(parser.value(kind), parser.value(language)));
        return 0;
    }
    if (action == u"reset") {
        const Outcome reset = TemplateRepository(*database).reset(
            parser.value(kind), parser.value(language), actor, QDateTime::currentMSecsSinceEpoch());
        if (!reset) {
            printLine(stderr, reset.error().message);
            return 1;
        }
        printLine(stdout,
            tr("The template %1 (%2) is the built-in one again.")
                .arg(parser.value(kind), parser.value(language)));
        return 0;
    }

    TemplateData data;
    data.shop = parser.value(shop);
    QString lang = parser.value(language);
    if (parser.isSet(order)) {
        if (!database) {
            printLine(stderr, tr("templates preview: --order needs --db FILE."));
            return 2;
        }
        const Database *opened = &*database;
        WismoSearch search;
        const auto hits = search.find(opened->connection(), parser.value(order), 1);
        if (!hits || hits->isEmpty() || !hits->front().exact || hits->front().orderId == 0) {
            printLine(stderr, tr("templates preview: no order %1.").arg(parser.value(order)));
            return 1;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const TransitModel model = TransitModel::learnFrom(*opened, now - 90 * 86'400'000LL, now);
        auto filled = ApologyWorkflow::orderPreviewData(
            *opened, hits->front().orderId, lang, &model, now, &lang);
        if (!filled) {
            printLine(stderr, filled.error().message);
            return 1;
        }
        data = std::move(filled).value();
        if (parser.isSet(shop))
            data.shop = parser.value(shop);
    } else {
        data.customer = u"Erika Mustermann"_s;
        data.firstName = u"Erika"_s;
        data.orderNumber = u"PD-01000042"_s;
        data.daysLate = 2;
        data.voucherCode = u"SORRY-7F3K"_s;
        data.voucherValue = u"5 €"_s;
        data.parcels.append(
            {u"DHL"_s, u"00340434161094042557"_s, u"On its way"_s, u"Tuesday"_s, true});
    }
    if (lang.isEmpty())
        lang = u"en"_s;
    const auto t = inForce(parser.value(kind), CustomerText(lang).language());
    if (!t) {
        printLine(stderr, t.error().message);
        return 1;
    }
    const auto rendered = MessageTemplates::render(t->message, data);
    if (!rendered) {
        printLine(stderr, rendered.error().message);
        return 1;
    }
    printLine(stdout, tr("Subject: %1").arg(rendered->subject));
    printLine(stdout, QString());
    printLine(stdout, rendered->text);
    printLine(stdout, QString());
    printLine(stdout,
        tr("SMS (%n segment(s)%1): %2", nullptr, rendered->smsSegments)
            .arg(rendered->smsUnicode ? tr(", Unicode") : QString(), rendered->sms));
    if (!t->message.whatsapp.isEmpty())
        printLine(stdout, tr("WhatsApp template: %1").arg(t->message.whatsapp));
    return 0;
}

} // namespace ParcelDesk
