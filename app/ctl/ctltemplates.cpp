// parceldeskctl templates: the message templates, and a preview with an order's real data.
#include "ctlcommands.h"

#include "domain/statustext.h"
#include "i18n/customertext.h"
#include "rules/transitmodel.h"
#include "store/database.h"
#include "store/wismosearch.h"
#include "workflows/messagetemplates.h"
#include "workflows/wismowording.h"

#include <QCommandLineParser>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

int CtlCommands::templates(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Message templates (Mustache), per kind and language.\n"
           "  list      the templates there are\n"
           "  preview   one template filled in: with --order, that order's real data"));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption kind(
        u"kind"_s, tr("preview: delay_notice, delay_apology or delay_apology_voucher."), u"kind"_s);
    const QCommandLineOption language(
        u"language"_s, tr("preview: de or en (default: the customer's)."), u"code"_s);
    const QCommandLineOption order(
        u"order"_s, tr("preview: the order whose data fills it in (needs --db)."), u"number"_s);
    const QCommandLineOption shop(
        u"shop"_s, tr("preview: the shop's name."), u"name"_s, u"ParcelDesk Shop"_s);
    parser.addOptions({db, kind, language, order, shop});
    parser.addPositionalArgument(u"action"_s, tr("list or preview"));
    parser.process(arguments);
    const QString action = parser.positionalArguments().value(0);
    if (action == u"list") {
        for (const MessageTemplate &t : MessageTemplates::builtin())
            printLine(stdout, u"%1\t%2\t%3"_s.arg(t.kind, t.language, t.subject));
        return 0;
    }
    if (action != u"preview") {
        printLine(stderr, tr("templates: say list or preview."));
        return 2;
    }
    if (!parser.isSet(kind)) {
        printLine(stderr, tr("templates preview: --kind is required."));
        return 2;
    }

    TemplateData data;
    data.shop = parser.value(shop);
    QString lang = parser.value(language);
    if (parser.isSet(order)) {
        if (!parser.isSet(db)) {
            printLine(stderr, tr("templates preview: --order needs --db FILE."));
            return 2;
        }
        const auto opened = Database::open(parser.value(db));
        if (!opened) {
            printLine(stderr, opened.error().message);
            return 1;
        }
        WismoSearch search;
        const auto hits = search.find(opened->connection(), parser.value(order), 1);
        if (!hits || hits->isEmpty() || !hits->front().exact || hits->front().orderId == 0) {
            printLine(stderr, tr("templates preview: no order %1.").arg(parser.value(order)));
            return 1;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto loaded
            = WismoAnswerQuery::load(opened->connection(), hits->front().orderId, 0, 0, now);
        if (!loaded) {
            printLine(stderr, loaded.error().message);
            return 1;
        }
        WismoAnswer a = std::move(loaded).value();
        predictDeliveries(
            a, TransitModel::learnFrom(opened->connection(), now - 90 * 86'400'000LL, now));
        if (lang.isEmpty() && a.customer)
            lang = a.customer->language;
        const CustomerText words(lang.isEmpty() ? u"en"_s : lang);
        data.customer = a.customer ? a.customer->name : QString();
        data.firstName = data.customer.section(u' ', 0, 0);
        data.orderNumber = a.orderNumber;
        for (const WismoAnswer::Parcel &p : a.parcels) {
            const ShipmentListRow &r = p.detail.facts;
            if (r.direction == u"return")
                continue;
            data.parcels.append({WismoWording::carrierName(r.carrier), r.trackingNumber,
                WismoWording::milestone(words, r.status),
                p.expected ? words.day(p.expected->mostLikelyMs) : QString(), r.late});
            if (r.promisedAtMs && r.late)
                data.daysLate = std::max(data.daysLate,
                    int(QDateTime::fromMSecsSinceEpoch(*r.promisedAtMs, Qt::UTC)
                            .date()
                            .daysTo(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date())));
        }
        data.voucherCode = u"(voucher code)"_s;
        data.voucherValue = u"(voucher value)"_s;
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
    const auto t = MessageTemplates::builtin(parser.value(kind), CustomerText(lang).language());
    if (!t) {
        printLine(
            stderr, tr("templates preview: no template %1 in %2.").arg(parser.value(kind), lang));
        return 1;
    }
    const auto rendered = MessageTemplates::render(*t, data);
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
    return 0;
}

} // namespace ParcelDesk
