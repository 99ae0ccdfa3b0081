#include "messagetemplates.h"

#include "i18n/customertext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "mustache.h"

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

const QString gsmBasic
    = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"_s;
const QString gsmExtension = u"\f^{}\\[~]|€"_s;

std::string std8(const QString &text)
{
    return text.toStdString();
}

Mustache::Map context(const TemplateData &d, const QString &language)
{
    std::vector<Mustache::Map> parcels;
    for (const TemplateData::Parcel &p : d.parcels) {
        Mustache::Map parcel {{"carrier", std8(p.carrier)},
            {"tracking_number", std8(p.trackingNumber)}, {"status", std8(p.status)},
            {"late", p.late}};
        // An empty value is a false section: {{#expected}}…{{/expected}} only when known.
        if (p.expected.isEmpty())
            parcel.emplace("expected", false);
        else
            parcel.emplace("expected", std8(p.expected));
        parcels.push_back(parcel);
    }
    Mustache::Map map {{"shop", std8(d.shop)}, {"customer", std8(d.customer)},
        {"first_name", std8(d.firstName)}, {"order_number", std8(d.orderNumber)},
        {"days_late", std8(QString::number(d.daysLate))}, {"voucher_code", std8(d.voucherCode)},
        {"voucher_value", std8(d.voucherValue)}, {"parcels", parcels}};
    // "2 days", "1 Tag" in the template's language; a false section when not late at all.
    if (d.daysLate > 0)
        map.emplace("late_by",
            std8(CustomerText(language).text(
                QT_TRANSLATE_N_NOOP("ParcelDesk::CustomerText", "%n day(s)"), nullptr,
                d.daysLate)));
    else
        map.emplace("late_by", false);
    return map;
}

QString renderOne(const QString &text, const Mustache::Map &data, bool html)
{
    return QString::fromStdString(Mustache::render(text.toStdString(), data, html));
}

} // namespace

const QStringList &MessageTemplates::variables()
{
    static const QStringList names = {u"shop"_s, u"customer"_s, u"first_name"_s, u"order_number"_s,
        u"days_late"_s, u"late_by"_s, u"voucher_code"_s, u"voucher_value"_s, u"parcels"_s,
        u"carrier"_s, u"tracking_number"_s, u"status"_s, u"expected"_s, u"late"_s};
    return names;
}

const QList<MessageTemplate> &MessageTemplates::builtin()
{
    static const QList<MessageTemplate> list = [] {
        QList<MessageTemplate> all;
        QFile f(u":/templates/templates.json"_s);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("the built-in message templates are missing");
        const QJsonArray items
            = QJsonDocument::fromJson(f.readAll()).object()[u"templates"_s].toArray();
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            all.append({o[u"kind"_s].toString(), o[u"language"_s].toString(),
                o[u"subject"_s].toString(), o[u"text"_s].toString(), o[u"html"_s].toString(),
                o[u"sms"_s].toString(), o[u"whatsapp"_s].toString()});
        }
        return all;
    }();
    return list;
}

std::optional<MessageTemplate> MessageTemplates::builtin(
    const QString &kind, const QString &language)
{
    for (const MessageTemplate &t : builtin()) {
        if (t.kind == kind && t.language == language)
            return t;
    }
    return std::nullopt;
}

Outcome MessageTemplates::check(const MessageTemplate &m)
{
    static const QRegularExpression tag(u"\\{\\{\\{?\\s*([#^/&]?)\\s*([^}\\s]*)\\s*\\}?\\}\\}"_s);
    const QList<std::pair<QString, const QString *>> parts = {
        {u"subject"_s, &m.subject}, {u"text"_s, &m.text}, {u"html"_s, &m.html}, {u"sms"_s, &m.sms}};
    for (const auto &[field, text] : parts) {
        QStringList open;
        for (auto it = tag.globalMatch(*text); it.hasNext();) {
            const auto match = it.next();
            const QString kind = match.captured(1);
            const QString name = match.captured(2);
            if (!variables().contains(name))
                return Error {tr("%1 (%2, %3): {{%4}} is not a variable; use one of %5.")
                                  .arg(field, m.kind, m.language, name, variables().join(u", "_s))};
            if (kind == u"#" || kind == u"^")
                open << name;
            else if (kind == u"/") {
                if (open.isEmpty() || open.takeLast() != name)
                    return Error {tr("%1 (%2, %3): {{/%4}} closes a section that is not open.")
                                      .arg(field, m.kind, m.language, name)};
            }
        }
        if (!open.isEmpty())
            return Error {tr("%1 (%2, %3): the section {{#%4}} is never closed.")
                              .arg(field, m.kind, m.language, open.last())};
    }
    // WhatsApp template names are lower-case letters, digits and underscores (Meta's rule); a
    // name it would refuse is better caught here than when the first message goes out.
    static const QRegularExpression whatsappName(u"^[a-z0-9_]{1,512}$"_s);
    if (!m.whatsapp.isEmpty() && !whatsappName.match(m.whatsapp).hasMatch())
        return Error {tr("whatsapp (%1, %2): \"%3\" is not a WhatsApp template name; use "
                         "lower-case letters, digits and underscores.")
                          .arg(m.kind, m.language, m.whatsapp)};
    return Done {};
}

Result<RenderedMessage> MessageTemplates::render(const MessageTemplate &m, const TemplateData &d)
{
    if (const Outcome ok = check(m); !ok)
        return ok.error();
    const Mustache::Map data = context(d, m.language);
    RenderedMessage r;
    r.subject = renderOne(m.subject, data, false).simplified();
    r.text = renderOne(m.text, data, false);
    r.html = renderOne(m.html, data, true);
    r.sms = renderOne(m.sms, data, false).simplified();
    r.smsSegments = smsSegments(r.sms, &r.smsUnicode);
    return r;
}

int MessageTemplates::smsSegments(const QString &text, bool *unicode)
{
    int septets = 0;
    bool gsm = true;
    for (const QChar c : text) {
        if (gsmBasic.contains(c)) {
            septets += 1;
        } else if (gsmExtension.contains(c)) {
            septets += 2;
        } else {
            gsm = false;
            break;
        }
    }
    if (unicode)
        *unicode = !gsm;
    if (text.isEmpty())
        return 0;
    if (gsm)
        return septets <= 160 ? 1 : (septets + 152) / 153;
    // UCS-2: characters outside the Basic Multilingual Plane take two units.
    const int units = int(text.size());
    return units <= 70 ? 1 : (units + 66) / 67;
}

} // namespace ParcelDesk
