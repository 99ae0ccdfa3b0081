#include "smtpsender.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <mutex>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const qsizetype room = qsizetype(size * count);
    const qsizetype left = upload->data.size() - upload->offset;
    const qsizetype n = std::min(room, left);
    if (n <= 0)
        return 0;
    std::memcpy(buffer, upload->data.constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; });
}

QByteArray wrapped(const QByteArray &base64)
{
    QByteArray out;
    for (qsizetype i = 0; i < base64.size(); i += 76)
        out += base64.mid(i, 76) + "\r\n";
    return out;
}

// A UTF-8 text part in base64, its lines ending in CRLF as the wire wants: its headers, an empty
// line, the body.
QByteArray textPart(const QByteArray &type, QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s).replace(u'\n', u"\r\n"_s);
    QByteArray part = "Content-Type: " + type + "; charset=UTF-8\r\n";
    part += "Content-Transfer-Encoding: base64\r\n";
    part += "\r\n";
    part += wrapped(text.toUtf8().toBase64());
    return part;
}

} // namespace

SmtpSender::SmtpSender(SmtpSettings settings)
    : m_settings(std::move(settings))
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QByteArray SmtpSender::encodedWord(const QString &text)
{
    if (isAscii(text))
        return text.toUtf8();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray SmtpSender::compose(const Message &m, const SmtpSettings &s, qint64 nowMs)
{
    const QString date = QLocale::c().toString(
        QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC), u"ddd, dd MMM yyyy HH:mm:ss '+0000'"_s);
    QByteArray from = "<" + s.fromAddress.toUtf8() + ">";
    if (!s.fromName.isEmpty())
        from = (isAscii(s.fromName) ? "\"" + s.fromName.toUtf8() + "\"" : encodedWord(s.fromName))
            + " " + from;
    QByteArray mail;
    mail += "Date: " + date.toUtf8() + "\r\n";
    mail += "From: " + from + "\r\n";
    mail += "To: <" + m.recipient.toUtf8() + ">\r\n";
    mail += "Subject: " + encodedWord(m.subject) + "\r\n";
    mail += "Message-ID: <" + m.idempotencyKey.toUtf8() + "@parceldesk>\r\n";
    mail += "MIME-Version: 1.0\r\n";
    if (!m.language.isEmpty())
        mail += "Content-Language: " + m.language.toUtf8() + "\r\n";
    if (m.htmlBody.isEmpty()) {
        mail += textPart("text/plain", m.body);
        return mail;
    }
    // Plain text first, HTML last: a reader shows the last part it can (RFC 2046, 5.1.4). The
    // boundary cannot occur in base64 lines, which never begin with "-".
    const QByteArray boundary = "=_parceldesk_"
        + QCryptographicHash::hash(m.idempotencyKey.toUtf8(), QCryptographicHash::Sha1)
              .toHex()
              .left(24);
    mail += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n";
    mail += "\r\n";
    mail += "This is a message in MIME format: plain text and HTML.\r\n";
    mail += "\r\n--" + boundary + "\r\n";
    mail += textPart("text/plain", m.body);
    mail += "\r\n--" + boundary + "\r\n";
    mail += textPart("text/html", m.htmlBody);
    mail += "\r\n--" + boundary + "--\r\n";
    return mail;
}

SendReport SmtpSender::send(const Message &m)
{
    SendReport report;
    if (m.recipient.isEmpty()) {
        report.permanent = true;
        report.detail = tr("The message has no address to go to.");
        return report;
    }
    CURL *curl = curl_easy_init();
    if (!curl) {
        report.detail = tr("libcurl could not start.");
        return report;
    }
    const QByteArray url
        = (m_settings.security == SmtpSettings::Security::Implicit ? u"smtps://%1:%2"_s
                                                                   : u"smtp://%1:%2"_s)
              .arg(m_settings.host)
              .arg(m_settings.port)
              .toUtf8();
    const QByteArray from = "<" + m_settings.fromAddress.toUtf8() + ">";
    const QByteArray to = "<" + m.recipient.toUtf8() + ">";
    curl_slist *recipients = curl_slist_append(nullptr, to.constData());
    Upload upload {compose(m, m_settings, QDateTime::currentMSecsSinceEpoch()), 0};
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(m_settings.timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    if (m_settings.security == SmtpSettings::Security::StartTls)
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    const QByteArray caFile = m_settings.caFile.toUtf8();
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    if (!m_settings.verifyPeer) {
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    if (!m_settings.user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    char error[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    const CURLcode code = curl_easy_perform(curl);
    long response = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);

    if (code == CURLE_OK) {
        report.ok = true;
        report.detail = tr("accepted by %1:%2 (SMTP %3)")
                            .arg(m_settings.host)
                            .arg(m_settings.port)
                            .arg(response);
        return report;
    }
    const QString what = QString::fromUtf8(*error ? error : curl_easy_strerror(code));
    // A 5xx answer (no such mailbox, refused sender) or a refused login will not change by
    // trying again; a lost connection, a timeout or a 4xx answer may.
    report.permanent = code == CURLE_LOGIN_DENIED || (response >= 500 && response < 600);
    report.detail = response > 0
        ? tr("SMTP %1: %2").arg(response).arg(what)
        : tr("%1:%2: %3").arg(m_settings.host).arg(m_settings.port).arg(what);
    return report;
}

} // namespace ParcelDesk
