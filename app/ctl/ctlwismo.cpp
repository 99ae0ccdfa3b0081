// parceldeskctl wismo: the WISMO desk's search and answer without the console, for scripts, a
// chat bot or the phone system.
#include "ctlcommands.h"

#include "domain/statustext.h"
#include "i18n/customertext.h"
#include "rules/transitmodel.h"
#include "store/database.h"
#include "store/wismosearch.h"
#include "workflows/wismowording.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

QString matchKey(WismoHit::Match match)
{
    switch (match) {
    case WismoHit::Match::TrackingNumber:
        return u"tracking_number"_s;
    case WismoHit::Match::OrderNumber:
        return u"order_number"_s;
    case WismoHit::Match::Email:
        return u"email"_s;
    case WismoHit::Match::Phone:
        return u"phone"_s;
    case WismoHit::Match::Postcode:
        return u"postcode"_s;
    case WismoHit::Match::Name:
        return u"name"_s;
    }
    return {};
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString isoDay(qint64 wallMs)
{
    return QDateTime::fromMSecsSinceEpoch(wallMs, Qt::UTC).date().toString(Qt::ISODate);
}

} // namespace

int CtlCommands::wismo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The WISMO desk's search box and answer.\n"
           "  find TEXT     the orders an order or tracking number, e-mail, phone number,\n"
           "                postcode or name finds, best first\n"
           "  answer TEXT   the first order found: where each parcel is, in the customer's\n"
           "                language, its milestones and expected date, and the reply"));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption limit(
        u"limit"_s, tr("find: at most this many (default 30)."), u"n"_s, u"30"_s);
    const QCommandLineOption language(
        u"language"_s, tr("answer: de or en (default: the customer's own language)."), u"code"_s);
    const QCommandLineOption json(u"json"_s, tr("Print JSON instead of text."));
    const QCommandLineOption first(u"first"_s,
        tr("answer: take the best match even when several orders match (by default that is "
           "refused: it could be another customer's order)."));
    parser.addOptions({db, limit, language, json, first});
    parser.addPositionalArgument(u"action"_s, tr("find or answer"));
    parser.addPositionalArgument(
        u"text"_s, tr("What the customer gave: a number, an address, a name."));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if ((action != u"find" && action != u"answer") || args.size() < 2) {
        printLine(stderr, tr("wismo: say find TEXT or answer TEXT."));
        return 2;
    }
    if (!parser.isSet(db)) {
        printLine(stderr, tr("wismo: --db FILE is required."));
        return 2;
    }
    bool limitOk = false;
    const int most = parser.value(limit).toInt(&limitOk);
    if (!limitOk || most < 1) {
        printLine(stderr,
            tr("wismo: --limit must be a positive number, not \"%1\".").arg(parser.value(limit)));
        return 2;
    }
    if (parser.isSet(language) && parser.value(language) != u"de"
        && parser.value(language) != u"en") {
        printLine(stderr,
            tr("wismo: --language must be de or en, not \"%1\".").arg(parser.value(language)));
        return 2;
    }
    const auto opened = Database::open(parser.value(db));
    if (!opened) {
        printLine(stderr, opened.error().message);
        return 1;
    }
    const QString text = args.mid(1).join(u' ');
    WismoSearch search;
    const auto hits = search.find(opened->connection(), text, action == u"find" ? most : 2);
    if (!hits) {
        printLine(stderr, hits.error().message);
        return 1;
    }
    if (hits->isEmpty()) {
        printLine(stderr, tr("wismo: nothing found for \"%1\".").arg(text));
        return 1;
    }

    if (action == u"find") {
        QJsonArray list;
        for (const WismoHit &h : *hits) {
            if (parser.isSet(json)) {
                list.append(
                    QJsonObject {{u"order"_s, h.orderNumber}, {u"customer"_s, h.customerName},
                        {u"email"_s, h.email}, {u"postcode"_s, h.postcode}, {u"city"_s, h.city},
                        {u"carrier"_s, h.carrier}, {u"tracking_number"_s, h.trackingNumber},
                        {u"status"_s, h.shipmentId > 0 ? h.status.toString() : QString()},
                        {u"parcels"_s, h.parcels}, {u"found_by"_s, matchKey(h.match)},
                        {u"exact"_s, h.exact}, {u"corrected"_s, h.corrected}});
                continue;
            }
            printLine(stdout,
                u"%1\t%2\t%3 %4\t%5 %6\t%7\t%8"_s.arg(
                    h.orderNumber.isEmpty() ? u"-"_s : h.orderNumber, h.customerName, h.postcode,
                    h.city, h.carrier, h.trackingNumber,
                    h.shipmentId > 0 ? StatusText::full(h.status) : QString(),
                    matchKey(h.match) + (h.corrected ? u" (corrected)"_s : QString())));
        }
        if (parser.isSet(json))
            printLine(
                stdout, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
        return 0;
    }

    const WismoHit &hit = hits->front();
    // Several orders and no exact number: telling the wrong customer about someone else's
    // parcel is worse than asking for more.
    if (hits->size() > 1 && !hit.exact && !parser.isSet(first)) {
        printLine(stderr,
            tr("wismo: more than one order matches \"%1\"; give the order or tracking number, "
               "see wismo find, or add --first.")
                .arg(text));
        return 3;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const TransitModel transit
        = TransitModel::learnFrom(opened->connection(), now - 90 * 86'400'000LL, now);
    auto answer = WismoAnswerQuery::load(opened->connection(), hit.orderId,
        hit.orderId > 0 ? 0 : hit.shipmentId, hit.customerId, now);
    if (!answer) {
        printLine(stderr, answer.error().message);
        return 1;
    }
    WismoAnswer a = std::move(answer).value();
    predictDeliveries(a, transit);
    const CustomerText words(parser.isSet(language) ? parser.value(language)
            : a.customer                            ? a.customer->language
                                                    : u"en"_s);
    const QString zone = a.customer ? a.customer->timeZone : QString();
    if (parser.isSet(json)) {
        QJsonArray parcels;
        for (const WismoAnswer::Parcel &p : a.parcels) {
            const ShipmentListRow &r = p.detail.facts;
            QJsonArray milestones;
            for (const ShipmentDetail::Event &e : p.detail.events) {
                if (e.milestone)
                    milestones.append(QJsonObject {{u"at"_s, iso(e.atMs)},
                        {u"label"_s, WismoWording::milestone(words, e.status)},
                        {u"location"_s, e.location}});
            }
            QJsonArray cases;
            for (const ProblemCase &c : p.detail.openCases)
                cases.append(QJsonObject {{u"id"_s, c.id}, {u"kind"_s, problemKindToString(c.kind)},
                    {u"state"_s, problemStateToString(c.state)}, {u"details"_s, c.details}});
            QJsonObject parcel {{u"carrier"_s, r.carrier}, {u"tracking_number"_s, r.trackingNumber},
                {u"status"_s, r.status.toString()}, {u"late"_s, r.late},
                {u"sentence"_s, WismoWording::parcelSentence(words, p, zone)},
                {u"milestones"_s, milestones}, {u"open_cases"_s, cases}};
            if (r.promisedAtMs)
                parcel.insert(u"promised"_s, isoDay(*r.promisedAtMs));
            if (r.deliveredAtMs)
                parcel.insert(u"delivered_at"_s, iso(*r.deliveredAtMs));
            if (p.expected)
                parcel.insert(u"expected"_s,
                    QJsonObject {{u"most_likely"_s, isoDay(p.expected->mostLikelyMs)},
                        {u"p10"_s, isoDay(p.expected->p10Ms)},
                        {u"p90"_s, isoDay(p.expected->p90Ms)}});
            parcels.append(parcel);
        }
        QJsonArray told;
        for (const WismoAnswer::Told &t : a.messages)
            told.append(QJsonObject {{u"at"_s, iso(t.atMs)}, {u"channel"_s, t.channel},
                {u"kind"_s, t.kind}, {u"state"_s, t.state}, {u"subject"_s, t.subject},
                {u"before_they_asked"_s, t.proactive}});
        const QJsonObject out {{u"order"_s, a.orderNumber},
            {u"customer"_s, a.customer ? a.customer->name : QString()},
            {u"language"_s, words.language()}, {u"parcels"_s, parcels}, {u"told"_s, told},
            {u"earlier_contacts"_s, int(a.contacts.size())},
            {u"subject"_s, WismoWording::subject(words, a)},
            {u"reply"_s, WismoWording::reply(words, a)}};
        printLine(stdout, QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
        return 0;
    }
    printLine(stdout, WismoWording::reply(words, a));
    return 0;
}

} // namespace ParcelDesk
