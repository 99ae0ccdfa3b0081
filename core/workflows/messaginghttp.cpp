#include "messaginghttp.h"

#include <curl/curl.h>

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

namespace ParcelDesk::MessagingHttp {

namespace {

size_t collect(char *data, size_t size, size_t count, void *userData)
{
    auto *body = static_cast<QByteArray *>(userData);
    const size_t n = size * count;
    // More than any provider's answer to one message; the rest is not needed to judge it.
    if (body->size() < 1'000'000)
        body->append(data, qsizetype(n));
    return n;
}

} // namespace

Response post(const Request &request)
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    Response response;
    CURL *curl = curl_easy_init();
    if (!curl) {
        response.transportError = Tr::tr("libcurl could not start.");
        return response;
    }
    curl_slist *headers = nullptr;
    for (const QByteArray &h : request.headers)
        headers = curl_slist_append(headers, h.constData());
    curl_easy_setopt(curl, CURLOPT_URL, request.url.constData());
    curl_easy_setopt(curl, CURLOPT_POST, 1L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.constData());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(request.timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(std::min(request.timeoutSeconds, 15)));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L); // a POST is never sent on elsewhere
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    if (!request.user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
        curl_easy_setopt(curl, CURLOPT_USERNAME, request.user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, request.password.constData());
    }
    const QByteArray caFile = request.caFile.toUtf8();
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    if (!request.verifyPeer) {
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    char error[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    const CURLcode code = curl_easy_perform(curl);
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    if (code == CURLE_OK) {
        response.answered = true;
        return response;
    }
    response.timedOut = code == CURLE_OPERATION_TIMEDOUT;
    response.transportError = QString::fromUtf8(*error ? error : curl_easy_strerror(code));
    return response;
}

Result<QString> internationalNumber(const QString &number)
{
    QString n;
    for (const QChar c : number) {
        if (c.isSpace() || c == u'-' || c == u'.' || c == u'/' || c == u'(' || c == u')')
            continue;
        n += c;
    }
    if (n.startsWith(u"00"))
        n = u'+' + n.mid(2);
    if (n.isEmpty())
        return Error {Tr::tr("There is no phone number to send to.")};
    const QStringView digits = n.startsWith(u'+') ? QStringView(n).mid(1) : QStringView(n);
    const bool allDigits = !digits.isEmpty()
        && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); });
    if (!allDigits)
        return Error {Tr::tr("\"%1\" is not a phone number.").arg(number)};
    if (!n.startsWith(u'+'))
        return Error {Tr::tr("The phone number \"%1\" has no country code (+ or 00 in front); it "
                             "is not sent to a guessed country.")
                          .arg(number)};
    if (digits.startsWith(u'0') || digits.size() < 7 || digits.size() > 15)
        return Error {Tr::tr("\"%1\" is not an international phone number.").arg(number)};
    return n;
}

} // namespace ParcelDesk::MessagingHttp
