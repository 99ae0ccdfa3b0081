#include "whatsappsender.h"

#include "messaginghttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

QString trimmedBase(const QString &value, const char16_t *fallback)
{
    QString base = value.trimmed().isEmpty() ? QString::fromUtf16(fallback) : value.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    return base;
}

// Graph API codes that pass: throughput and rate limits, and Meta's own trouble.
bool passingCode(int code)
{
    switch (code) {
    case 1: // API Unknown
    case 2: // API Service: down or overloaded
    case 4: // API Too Many Calls
    case 17: // API User Too Many Calls
    case 341: // application limit reached
    case 80007: // the WhatsApp Business Account's rate limit
    case 130429: // Cloud API throughput reached
    case 131000: // something went wrong
    case 131016: // service unavailable
    case 131048: // spam rate limit
    case 131056: // too many messages to the same recipient
    case 133004: // server temporarily unavailable
        return true;
    default:
        return false;
    }
}

} // namespace

QString WhatsAppSettings::effectiveBaseUrl() const
{
    return trimmedBase(baseUrl, defaultBaseUrl);
}

QString WhatsAppSettings::effectiveApiVersion() const
{
    QString v = apiVersion.trimmed().isEmpty() ? QString::fromUtf16(defaultApiVersion)
                                               : apiVersion.trimmed();
    if (!v.startsWith(u'v'))
        v.prepend(u'v');
    return v;
}

Result<WhatsAppTemplate> WhatsAppTemplate::fromPayload(
    const QString &payload, const QString &fallbackLanguage)
{
    if (payload.trimmed().isEmpty())
        return Error {WhatsAppSender::tr("The WhatsApp message has no payload: it needs "
                                         "{\"template\": name, \"language\": code, "
                                         "\"parameters\": [...]}.")};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error {WhatsAppSender::tr("The WhatsApp payload is not JSON (%1 at character %2).")
                          .arg(error.errorString())
                          .arg(error.offset)};
    if (!doc.isObject())
        return Error {WhatsAppSender::tr("The WhatsApp payload is not a JSON object.")};
    const QJsonObject o = doc.object();
    WhatsAppTemplate t;
    const QJsonValue name = o.value(u"template"_s);
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return Error {
            WhatsAppSender::tr("The WhatsApp payload names no template (\"template\": name).")};
    t.name = name.toString().trimmed();
    const QJsonValue language = o.value(u"language"_s);
    if (!language.isUndefined() && !language.isNull() && !language.isString())
        return Error {WhatsAppSender::tr("The WhatsApp payload's \"language\" is not text.")};
    t.language = language.toString().trimmed();
    if (t.language.isEmpty())
        t.language = fallbackLanguage.trimmed();
    if (t.language.isEmpty())
        return Error {WhatsAppSender::tr(
            "The WhatsApp payload has no language for template \"%1\" (\"language\": code).")
                          .arg(t.name)};
    const QJsonValue parameters = o.value(u"parameters"_s);
    if (!parameters.isUndefined() && !parameters.isNull()) {
        if (!parameters.isArray())
            return Error {WhatsAppSender::tr(
                "The WhatsApp payload's \"parameters\" is not a list of texts.")};
        const QJsonArray list = parameters.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonValue p = list.at(i);
            if (p.isString())
                t.parameters << p.toString();
            else if (p.isDouble())
                t.parameters << QString::number(p.toDouble(), 'g', 15);
            else
                return Error {
                    WhatsAppSender::tr("Parameter %1 of the WhatsApp payload is not text.")
                        .arg(i + 1)};
            if (t.parameters.last().trimmed().isEmpty())
                return Error {WhatsAppSender::tr(
                    "Parameter %1 of the WhatsApp payload is empty; WhatsApp refuses empty "
                    "parameters.")
                                  .arg(i + 1)};
        }
    }
    return t;
}

QByteArray WhatsAppTemplate::toPayload() const
{
    QJsonObject o {{u"template"_s, name}, {u"language"_s, language},
        {u"parameters"_s, QJsonArray::fromStringList(parameters)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

WhatsAppSender::WhatsAppSender(WhatsAppSettings settings)
    : m_settings(std::move(settings))
{ }

QByteArray WhatsAppSender::requestBody(const WhatsAppTemplate &t, const QString &digits)
{
    QJsonObject templ {{u"name"_s, t.name}, {u"language"_s, QJsonObject {{u"code"_s, t.language}}}};
    if (!t.parameters.isEmpty()) {
        QJsonArray parameters;
        for (const QString &p : t.parameters)
            parameters.append(QJsonObject {{u"type"_s, u"text"_s}, {u"text"_s, p}});
        templ.insert(u"components"_s,
            QJsonArray {QJsonObject {{u"type"_s, u"body"_s}, {u"parameters"_s, parameters}}});
    }
    const QJsonObject body {{u"messaging_product"_s, u"whatsapp"_s},
        {u"recipient_type"_s, u"individual"_s}, {u"to"_s, digits}, {u"type"_s, u"template"_s},
        {u"template"_s, templ}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

SendReport WhatsAppSender::interpret(long httpStatus, const QByteArray &body)
{
    SendReport report;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (httpStatus >= 200 && httpStatus < 300) {
        const QJsonObject first = o.value(u"messages"_s).toArray().at(0).toObject();
        const QString id = first.value(u"id"_s).toString();
        if (id.isEmpty()) {
            // Accepted, but the answer does not say as what: it may have gone.
            report.permanent = true;
            report.detail = tr("WhatsApp answered HTTP %1 without a message ID: %2")
                                .arg(httpStatus)
                                .arg(QString::fromUtf8(body.left(300)));
            return report;
        }
        report.ok = true;
        const QString status = first.value(u"message_status"_s).toString();
        report.detail = status.isEmpty() ? tr("%1 (WhatsApp)").arg(id)
                                         : tr("%1 (WhatsApp: %2)").arg(id, status);
        return report;
    }
    const QJsonObject error = o.value(u"error"_s).toObject();
    const int code = error.value(u"code"_s).toInt(-1);
    QString what = error.value(u"message"_s).toString();
    const QString details = error.value(u"error_data"_s).toObject().value(u"details"_s).toString();
    if (!details.isEmpty() && details != what)
        what += u" – "_s + details;
    if (what.isEmpty())
        what = QString::fromUtf8(body.left(200)).simplified();
    report.detail = code >= 0 ? tr("WhatsApp %1: %2 (HTTP %3)").arg(code).arg(what).arg(httpStatus)
                              : tr("WhatsApp HTTP %1: %2").arg(httpStatus).arg(what);
    // By the Graph API's code first (Meta answers rate limits with HTTP 400), then the status:
    // the login (190), a template that is not there or not approved (132000–132015), a
    // recipient who cannot be reached (131026, 131009, ...) and other refusals are final.
    const bool passing = passingCode(code) || httpStatus == 429 || httpStatus >= 500;
    report.permanent = !passing && httpStatus >= 400;
    return report;
}

SendReport WhatsAppSender::send(const Message &m)
{
    SendReport report;
    report.permanent = true;
    const auto to = MessagingHttp::internationalNumber(m.recipient);
    if (!to) {
        report.detail = to.error().message;
        return report;
    }
    const auto t = WhatsAppTemplate::fromPayload(m.payload, m.language);
    if (!t) {
        report.detail = t.error().message;
        return report;
    }
    report.permanent = false;
    const QByteArray token = m_settings.accessToken.trimmed().toUtf8();
    if (m_settings.phoneNumberId.trimmed().isEmpty() || token.isEmpty() || token.contains('\n')
        || token.contains('\r')) {
        report.detail = tr("WhatsApp is not set up: the phone number ID and the access token are "
                           "needed.");
        return report;
    }
    MessagingHttp::Request request;
    request.url = (m_settings.effectiveBaseUrl() + u'/' + m_settings.effectiveApiVersion() + u'/'
        + QString::fromUtf8(QUrl::toPercentEncoding(m_settings.phoneNumberId.trimmed()))
        + u"/messages"_s)
                      .toUtf8();
    request.headers = {"Content-Type: application/json", "Accept: application/json",
        "Authorization: Bearer " + token};
    request.body = requestBody(*t, to->mid(1));
    request.timeoutSeconds = m_settings.timeoutSeconds;
    request.caFile = m_settings.caFile;
    request.verifyPeer = m_settings.verifyPeer;
    const MessagingHttp::Response response = MessagingHttp::post(request);
    if (!response.answered) {
        report.detail = response.timedOut
            ? tr("WhatsApp did not answer within %1 s: %2")
                  .arg(m_settings.timeoutSeconds)
                  .arg(response.transportError)
            : tr("WhatsApp at %1: %2").arg(m_settings.effectiveBaseUrl(), response.transportError);
        return report;
    }
    return interpret(response.status, response.body);
}

} // namespace ParcelDesk
