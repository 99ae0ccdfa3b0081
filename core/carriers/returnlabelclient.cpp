#include "returnlabelclient.h"

#include "carrieradapter.h"
#include "carrierregistry.h"
#include "credentialstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

QString carrierName(const QString &carrier)
{
    const CarrierAdapter *adapter = carrierAdapter(carrier);
    return adapter ? adapter->displayName() : carrier;
}

} // namespace

ReturnLabelClient::ReturnLabelClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

ReturnLabelClient::~ReturnLabelClient()
{
    const auto ids = m_pending.keys();
    for (const quint64 id : ids)
        cancel(id);
}

bool ReturnLabelClient::issuesLabels(const QString &carrier)
{
    return carrier == u"dhl";
}

quint64 ReturnLabelClient::add(const QString &carrier, Done done)
{
    const quint64 id = m_nextId++;
    m_pending.insert(id, Pending {carrier, std::move(done), {}});
    return id;
}

quint64 ReturnLabelClient::request(const CarrierAccount &account,
    const CarrierCredentials &credentials, const ReturnLabelOrder &order, Done done)
{
    const quint64 id = add(account.carrier, std::move(done));
    send(id, account, credentials, order);
    return id;
}

quint64 ReturnLabelClient::request(
    const CarrierAccount &account, CredentialStore &store, const ReturnLabelOrder &order, Done done)
{
    const quint64 id = add(account.carrier, std::move(done));
    if (!issuesLabels(account.carrier)) {
        send(id, account, {}, order); // refuses without asking for credentials
        return id;
    }
    store.read(account.carrier,
        [this, guard = QPointer<ReturnLabelClient>(this), id, account, order](
            const Result<std::optional<CarrierCredentials>> &credentials) {
            if (!guard || !m_pending.contains(id))
                return;
            if (!credentials) {
                finish(id, credentials.error());
            } else if (!credentials->has_value()) {
                finish(id,
                    Error {tr("No credentials are stored for %1: enter its API key in the "
                              "carrier settings.")
                               .arg(carrierName(account.carrier))});
            } else {
                send(id, account, **credentials, order);
            }
        });
    return id;
}

void ReturnLabelClient::send(quint64 id, const CarrierAccount &account,
    const CarrierCredentials &credentials, const ReturnLabelOrder &order)
{
    const QString name = carrierName(account.carrier);
    if (!issuesLabels(account.carrier)) {
        finishLater(id,
            Error {tr("%1 does not issue return labels through ParcelDesk; enter the tracking "
                      "number of the label you made.")
                       .arg(name)});
        return;
    }
    if (!account.enabled) {
        finishLater(id,
            Error {tr("The %1 account is switched off; switch it on in the carrier settings to "
                      "ask for a return label.")
                       .arg(name)});
        return;
    }
    if (!m_network) {
        finishLater(id, Error {tr("%1: no network access for the return label.").arg(name)});
        return;
    }
    const CarrierAdapter *adapter = carrierAdapter(account.carrier);
    Q_ASSERT(adapter);
    QUrl url = account.effectiveBaseUrl(*adapter);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/parcel/de/shipping/returns/v1/orders"_s);
    // Both documents: the printable label and the QR code for label-free drop-off.
    QUrlQuery query;
    query.addQueryItem(u"labelType"_s, u"BOTH"_s);
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    // A label API that redirects is misconfigured or hostile, as for tracking.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setRawHeader("DHL-API-Key", credentials.apiKey.toUtf8());
    if (!credentials.username.isEmpty()) {
        request.setRawHeader("Authorization",
            "Basic " + (credentials.username + u':' + credentials.password).toUtf8().toBase64());
    }
    QNetworkReply *reply = m_network->post(request, dhlRequestBody(order));
    m_pending[id].reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, id, reply, name] {
        reply->deleteLater();
        if (!m_pending.contains(id))
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            // Only a transfer timeout aborts a call that is still pending (cancel removes it).
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError
                || reply->error() == QNetworkReply::TimeoutError;
            finish(id,
                Error {timedOut ? tr("%1 did not answer the return label request within %2 s.")
                                      .arg(name)
                                      .arg(m_timeoutMs / 1000.0)
                                : tr("%1 could not be reached for the return label: %2")
                                      .arg(name, reply->errorString())});
            return;
        }
        finish(id, readDhlAnswer(status, reply->readAll()));
    });
}

QByteArray ReturnLabelClient::dhlRequestBody(const ReturnLabelOrder &order)
{
    QJsonObject shipper {{u"name1"_s, order.name}, {u"addressStreet"_s, order.street},
        {u"addressHouse"_s, order.houseNumber}, {u"postalCode"_s, order.postcode},
        {u"city"_s, order.city}};
    if (!order.country.isEmpty())
        shipper.insert(u"country"_s, order.country);
    if (!order.email.isEmpty())
        shipper.insert(u"email"_s, order.email);
    QJsonObject body {{u"receiverId"_s, order.receiverId}, {u"shipper"_s, shipper}};
    if (!order.customerReference.isEmpty())
        body.insert(u"customerReference"_s, order.customerReference);
    if (!order.shipmentReference.isEmpty())
        body.insert(u"shipmentReference"_s, order.shipmentReference);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<IssuedReturnLabel> ReturnLabelClient::readDhlAnswer(int httpStatus, const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString name = carrierName(u"dhl"_s);
    if (httpStatus < 200 || httpStatus >= 300) {
        // RFC 7807 problem details: detail says what was wrong, title what kind of error.
        QString detail = json.value(u"detail"_s).toString();
        if (detail.isEmpty())
            detail = json.value(u"title"_s).toString();
        if (detail.isEmpty())
            detail = QString::fromUtf8(body.left(200)).simplified();
        return Error {
            tr("%1 refused the return label (HTTP %2): %3").arg(name).arg(httpStatus).arg(detail)};
    }
    IssuedReturnLabel label;
    label.carrier = u"dhl"_s;
    label.trackingNumber = json.value(u"shipmentNo"_s).toString().trimmed();
    if (label.trackingNumber.isEmpty()) {
        return Error {
            tr("%1 answered the return label request (HTTP %2) without a shipment number.")
                .arg(name)
                .arg(httpStatus)};
    }
    label.internationalShipmentNo = json.value(u"internationalShipmentNo"_s).toString();
    label.routingCode = json.value(u"routingCode"_s).toString();
    label.qrPayload = json.value(u"qrLink"_s).toString();
    if (label.qrPayload.isEmpty())
        label.qrPayload = label.trackingNumber;
    label.labelDocument = QByteArray::fromBase64(
        json.value(u"label"_s).toObject().value(u"b64"_s).toString().toLatin1());
    return label;
}

void ReturnLabelClient::cancel(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const QPointer<QNetworkReply> reply = it->reply;
    m_pending.erase(it);
    if (reply)
        reply->abort();
}

void ReturnLabelClient::finishLater(quint64 id, Result<IssuedReturnLabel> result)
{
    QMetaObject::invokeMethod(
        this, [this, id, result = std::move(result)] { finish(id, result); }, Qt::QueuedConnection);
}

void ReturnLabelClient::finish(quint64 id, Result<IssuedReturnLabel> result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Done done = std::move(it->done);
    m_pending.erase(it);
    if (done)
        done(std::move(result));
}

} // namespace ParcelDesk
