#include "carriersession.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

// Shipments and per-number errors that name no number are about the one that was asked for.
void attributeTo(ParseResult &result, const QString &number)
{
    for (ParsedShipment &s : result.shipments) {
        if (s.trackingNumber.isEmpty())
            s.trackingNumber = number;
    }
    for (CarrierError &e : result.errors) {
        if (e.trackingNumber.isEmpty()
            && (e.kind == CarrierErrorKind::NotFound || e.kind == CarrierErrorKind::InvalidNumber))
            e.trackingNumber = number;
    }
}

} // namespace

NetworkCarrierTransport::NetworkCarrierTransport(
    QNetworkAccessManager *manager, int transferTimeoutMs)
    : m_manager(manager)
    , m_timeoutMs(transferTimeoutMs)
{ }

void NetworkCarrierTransport::send(
    const CarrierRequest &request, std::function<void(CarrierResponse)> done)
{
    if (!m_manager) {
        done(CarrierResponse {0, {}, QByteArrayLiteral("no network manager")});
        return;
    }
    QNetworkRequest r(request.url);
    r.setTransferTimeout(m_timeoutMs);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : request.headers)
        r.setRawHeader(name, value);
    QNetworkReply *reply = m_manager->sendCustomRequest(r, request.method, request.body);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done = std::move(done)] {
        reply->deleteLater();
        CarrierResponse response;
        response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            response.headers.append({name.toLower(), value});
        response.body = reply->readAll();
        if (response.httpStatus == 0)
            response.body = reply->errorString().toUtf8();
        done(std::move(response));
    });
}

std::optional<QString> TokenCache::validToken(qint64 nowMs) const
{
    if (!m_token || m_token->expiresAtMs - m_marginMs <= nowMs)
        return std::nullopt;
    return m_token->value;
}

CarrierSession::CarrierSession(const CarrierAdapter &adapter, QUrl baseUrl,
    CarrierCredentials credentials, CarrierTransport &transport, Clock clock)
    : m_adapter(adapter)
    , m_baseUrl(std::move(baseUrl))
    , m_credentials(std::move(credentials))
    , m_transport(transport)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{ }

bool CarrierSession::needsToken() const
{
    return m_adapter.authScheme() == AuthScheme::OAuth2ClientCredentials
        || m_adapter.authScheme() == AuthScheme::SoapLoginToken;
}

void CarrierSession::withToken(std::function<void(std::optional<QString>, QString)> next)
{
    if (!needsToken()) {
        next(QString(), {});
        return;
    }
    if (const auto token = m_tokens.validToken(m_clock())) {
        next(*token, {});
        return;
    }
    m_waiting.append(std::move(next));
    if (m_fetching)
        return; // one fetch serves everyone waiting
    const auto request = m_adapter.buildTokenRequest(m_baseUrl, m_credentials);
    auto finish = [this](std::optional<QString> token, const QString &error) {
        m_fetching = false;
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &w : waiting)
            w(token, error);
    };
    if (!request) {
        finish(std::nullopt,
            tr("%1 needs a token but has no token endpoint.").arg(m_adapter.displayName()));
        return;
    }
    m_fetching = true;
    ++m_tokenFetches;
    m_transport.send(*request,
        [this, finish, alive = std::weak_ptr<int>(m_alive)](const CarrierResponse &response) {
            if (alive.expired())
                return; // the session was destroyed while the call was out
            const auto token = m_adapter.parseTokenResponse(response, m_clock());
            if (!token) {
                finish(std::nullopt, token.error().message);
                return;
            }
            m_tokens.store(*token);
            finish(token->value, {});
        });
}

void CarrierSession::track(
    const QStringList &trackingNumbers, std::function<void(ParseResult)> done)
{
    struct Pending
    {
        int outstanding = 0;
        ParseResult merged;
        std::function<void(ParseResult)> done;
    };
    // The requests only tell how the numbers are split; each is rebuilt with the current token.
    const QList<CarrierRequest> requests
        = m_adapter.buildRequests(trackingNumbers, m_baseUrl, m_credentials, QString());
    if (requests.isEmpty()) {
        done({});
        return;
    }
    auto pending = std::make_shared<Pending>();
    pending->outstanding = int(requests.size());
    pending->done = std::move(done);
    for (const CarrierRequest &request : requests) {
        sendOne(request, request.trackingNumbers, false, [pending](const ParseResult &result) {
            pending->merged.shipments.append(result.shipments);
            pending->merged.errors.append(result.errors);
            if (--pending->outstanding == 0)
                pending->done(std::move(pending->merged));
        });
    }
}

void CarrierSession::sendOne(const CarrierRequest &prototype, const QStringList &numbers,
    bool retried, std::function<void(ParseResult)> done)
{
    withToken([this, prototype, numbers, retried, done = std::move(done)](
                  const std::optional<QString> &token, const QString &error) mutable {
        if (!token) {
            ParseResult failed;
            failed.errors.append({CarrierErrorKind::Unauthorized, {}, {}, error, std::nullopt});
            done(std::move(failed));
            return;
        }
        QList<CarrierRequest> built
            = m_adapter.buildRequests(numbers, m_baseUrl, m_credentials, *token);
        const CarrierRequest request = built.isEmpty() ? prototype : built.first();
        m_transport.send(request,
            [this, prototype, numbers, retried, done = std::move(done),
                alive = std::weak_ptr<int>(m_alive)](const CarrierResponse &response) mutable {
                if (alive.expired())
                    return; // the session was destroyed while the call was out
                if (response.httpStatus == 401 && needsToken() && !retried) {
                    // The token may have been revoked early: renew it and try this call once more.
                    m_tokens.invalidate();
                    sendOne(prototype, numbers, true, std::move(done));
                    return;
                }
                if (response.httpStatus == 0) {
                    ParseResult failed;
                    failed.errors.append({CarrierErrorKind::ServerError, {}, u"unreachable"_s,
                        tr("%1 did not answer: %2")
                            .arg(m_adapter.displayName(), QString::fromUtf8(response.body)),
                        std::nullopt});
                    done(std::move(failed));
                    return;
                }
                ParseResult result = m_adapter.parse(response);
                // A carrier speaking SOAP refuses the token in a fault with HTTP 500 (DPD): the
                // body, not the status, tells. Renewed and retried once, as for a 401.
                const bool tokenRefused
                    = std::ranges::any_of(result.errors, [](const CarrierError &e) {
                          return e.kind == CarrierErrorKind::Unauthorized
                              && e.trackingNumber.isEmpty();
                      });
                if (tokenRefused && needsToken() && !retried) {
                    m_tokens.invalidate();
                    sendOne(prototype, numbers, true, std::move(done));
                    return;
                }
                // A carrier that does not echo the number (DPD, Canada Post's errors) answers
                // about the one number it was asked about.
                if (numbers.size() == 1)
                    attributeTo(result, numbers.first());
                done(std::move(result));
            });
    });
}

} // namespace ParcelDesk
