#pragma once

#include "carrieradapter.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace ParcelDesk {

// How a request reaches a carrier. The network one is below; tests and the sandbox can
// supply others. A transport calls done exactly once per send, on the caller's thread.
class CarrierTransport
{
public:
    virtual ~CarrierTransport() = default;
    virtual void send(const CarrierRequest &request, std::function<void(CarrierResponse)> done) = 0;
};

// HTTP through a QNetworkAccessManager: a transfer timeout, no redirects followed (a tracking
// API that redirects is misconfigured or hostile), replies deleted. A transfer that fails
// without an HTTP status answers with status 0 and the error text as body.
class NetworkCarrierTransport final : public CarrierTransport
{
public:
    explicit NetworkCarrierTransport(
        QNetworkAccessManager *manager, int transferTimeoutMs = 30'000);
    void send(const CarrierRequest &request, std::function<void(CarrierResponse)> done) override;

private:
    QPointer<QNetworkAccessManager> m_manager;
    int m_timeoutMs;
};

// A carrier's access token, renewed a margin before it expires.
class TokenCache
{
public:
    explicit TokenCache(qint64 renewMarginMs = 60'000)
        : m_marginMs(renewMarginMs)
    { }

    // The token if it stays valid beyond the margin.
    std::optional<QString> validToken(qint64 nowMs) const;
    void store(const AccessToken &token) { m_token = token; }
    void invalidate() { m_token.reset(); }

private:
    qint64 m_marginMs;
    std::optional<AccessToken> m_token;
};

// One carrier account: asks the carrier about numbers with the right credentials. For
// carriers with tokens it fetches one when there is none or it is about to expire, shares one
// fetch among all waiting calls, and when the carrier refuses the token (a 401, or a SOAP fault)
// renews it and tries that call once more. Answers to a call about one number are about that
// number, even when the carrier does not repeat it.
// Not thread-safe: use it on one thread.
class CarrierSession
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::CarrierSession)

public:
    using Clock = std::function<qint64()>;

    CarrierSession(const CarrierAdapter &adapter, QUrl baseUrl, CarrierCredentials credentials,
        CarrierTransport &transport, Clock clock = {});

    // Asks about the numbers (in as many calls as the carrier needs) and calls done once with
    // everything the answers said.
    void track(const QStringList &trackingNumbers, std::function<void(ParseResult)> done);

    const CarrierAdapter &adapter() const { return m_adapter; }
    int tokenFetches() const { return m_tokenFetches; }

private:
    bool needsToken() const;
    void withToken(std::function<void(std::optional<QString> token, QString error)> next);
    void sendOne(const CarrierRequest &prototype, const QStringList &numbers, bool retried,
        std::function<void(ParseResult)> done);

    const CarrierAdapter &m_adapter;
    QUrl m_baseUrl;
    CarrierCredentials m_credentials;
    CarrierTransport &m_transport;
    Clock m_clock;
    TokenCache m_tokens;
    bool m_fetching = false;
    QList<std::function<void(std::optional<QString>, QString)>> m_waiting;
    int m_tokenFetches = 0;
    // Answers that arrive after the session is gone find this expired and are dropped.
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
};

} // namespace ParcelDesk
