#include "twiliosender.h"

#include "messaginghttp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

QByteArray field(const char *name, const QString &value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}

} // namespace

QString TwilioSettings::effectiveBaseUrl() const
{
    QString base
        = baseUrl.trimmed().isEmpty() ? QString::fromUtf16(defaultBaseUrl) : baseUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    return base;
}

TwilioSender::TwilioSender(TwilioSettings settings)
    : m_settings(std::move(settings))
{ }

QByteArray TwilioSender::formBody(
    const Message &message, const QString &to, const TwilioSettings &s)
{
    QList<QByteArray> fields {field("To", to)};
    if (!s.messagingServiceSid.trimmed().isEmpty())
        fields << field("MessagingServiceSid", s.messagingServiceSid.trimmed());
    else
        fields << field("From", s.from.trimmed());
    fields << field("Body", message.body);
    return fields.join('&');
}

SendReport TwilioSender::interpret(long httpStatus, const QByteArray &body)
{
    SendReport report;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (httpStatus >= 200 && httpStatus < 300) {
        const QString sid = o.value(u"sid"_s).toString();
        if (sid.isEmpty()) {
            // Accepted, but the answer does not say as what: it may have gone, so it is not
            // sent again on its own.
            report.permanent = true;
            report.detail = tr("Twilio answered HTTP %1 without a message SID: %2")
                                .arg(httpStatus)
                                .arg(QString::fromUtf8(body.left(300)));
            return report;
        }
        report.ok = true;
        report.detail = tr("%1 (Twilio: %2)").arg(sid, o.value(u"status"_s).toString());
        return report;
    }
    const int code = o.value(u"code"_s).toInt();
    QString what = o.value(u"message"_s).toString();
    if (what.isEmpty())
        what = QString::fromUtf8(body.left(200)).simplified();
    report.detail = code > 0 ? tr("Twilio %1: %2 (HTTP %3)").arg(code).arg(what).arg(httpStatus)
                             : tr("Twilio HTTP %1: %2").arg(httpStatus).arg(what);
    // Too many requests (20429) and Twilio's own failures pass; a refused number (21211,
    // 21614, ...), login (20003) or request does not change by sending it again.
    const bool passing = httpStatus == 429 || code == 20429 || httpStatus >= 500;
    report.permanent = !passing && httpStatus >= 400;
    return report;
}

SendReport TwilioSender::send(const Message &m)
{
    SendReport report;
    const auto to = MessagingHttp::internationalNumber(m.recipient);
    if (!to) {
        report.permanent = true;
        report.detail = to.error().message;
        return report;
    }
    if (m_settings.accountSid.trimmed().isEmpty() || m_settings.authToken.isEmpty()
        || (m_settings.from.trimmed().isEmpty()
            && m_settings.messagingServiceSid.trimmed().isEmpty())) {
        // Settings are fixed before the next run: not the message's fault.
        report.detail = tr("Twilio is not set up: the Account SID, the auth token and a sender "
                           "(From or a Messaging Service SID) are needed.");
        return report;
    }
    if (m.body.trimmed().isEmpty()) {
        report.permanent = true;
        report.detail = tr("The message has no text.");
        return report;
    }
    MessagingHttp::Request request;
    request.url = (m_settings.effectiveBaseUrl() + u"/2010-04-01/Accounts/"_s
        + QString::fromUtf8(QUrl::toPercentEncoding(m_settings.accountSid.trimmed()))
        + u"/Messages.json"_s)
                      .toUtf8();
    request.headers = {"Content-Type: application/x-www-form-urlencoded; charset=utf-8",
        "Accept: application/json"};
    request.body = formBody(m, *to, m_settings);
    request.user = m_settings.accountSid.trimmed().toUtf8();
    request.password = m_settings.authToken.toUtf8();
    request.timeoutSeconds = m_settings.timeoutSeconds;
    request.caFile = m_settings.caFile;
    request.verifyPeer = m_settings.verifyPeer;
    const MessagingHttp::Response response = MessagingHttp::post(request);
    if (!response.answered) {
        report.detail = response.timedOut
            ? tr("Twilio did not answer within %1 s: %2")
                  .arg(m_settings.timeoutSeconds)
                  .arg(response.transportError)
            : tr("Twilio at %1: %2").arg(m_settings.effectiveBaseUrl(), response.transportError);
        return report;
    }
    return interpret(response.status, response.body);
}

} // namespace ParcelDesk
