#pragma once

#include "carrieraccount.h"
#include "carriertypes.h"
#include "domain/result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ParcelDesk {

class CredentialStore;

// A return parcel's label as the carrier issued it.
struct IssuedReturnLabel
{
    QString carrier; // carrier id
    QString trackingNumber; // DHL: shipmentNo
    QString qrPayload; // what the drop-off point scans (DHL: qrLink), else the tracking number
    QString internationalShipmentNo; // DHL, for returns from abroad
    QString routingCode;
    QByteArray labelDocument; // the carrier's own printable label (DHL: label.b64), decoded
};

// What the carrier needs for a return label: whose parcel it is, where it goes, the references.
struct ReturnLabelOrder
{
    QString receiverId; // the carrier's name for the returns receiver (DHL: "deu", from
                        // the business customer portal)
    QString customerReference; // printed on the label: the RMA
    QString shipmentReference; // kept by the carrier: the order number
    QString name;
    QString street;
    QString houseNumber;
    QString postcode;
    QString city;
    QString country; // ISO 3166-1 alpha-3, as DHL wants it: "DEU"
    QString email;
};

// Asks a carrier for a return label over HTTP, asynchronously, with a timeout; a request can be
// cancelled. Only DHL (Parcel DE Returns API, POST …/parcel/de/shipping/returns/v1/orders, the
// same DHL-API-Key as tracking, plus HTTP Basic when a user is stored) issues them; for other
// carriers the request ends in an error that says to enter the number of a label made elsewhere.
// Errors name the carrier, the HTTP status and what the carrier said.
class ReturnLabelClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReturnLabelClient)

public:
    using Done = std::function<void(Result<IssuedReturnLabel>)>;

    explicit ReturnLabelClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    // Aborts what is under way; done is not called for it.
    ~ReturnLabelClient() override;

    static bool issuesLabels(const QString &carrier);
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    // Asks the account's carrier for a label. done is called once, later, on this object's
    // thread, unless the request is cancelled first. Returns the request's id.
    quint64 request(const CarrierAccount &account, const CarrierCredentials &credentials,
        const ReturnLabelOrder &order, Done done);
    // The same with the account's credentials read from the store first.
    quint64 request(const CarrierAccount &account, CredentialStore &store,
        const ReturnLabelOrder &order, Done done);

    // Drops a request: its call is aborted and done is not called. Unknown ids are ignored.
    void cancel(quint64 id);
    int pendingCount() const { return int(m_pending.size()); }

    // The body DHL's Returns API wants for an order.
    static QByteArray dhlRequestBody(const ReturnLabelOrder &order);
    // Reads DHL's answer: the label, or an error naming the status and DHL's detail.
    static Result<IssuedReturnLabel> readDhlAnswer(int httpStatus, const QByteArray &body);

private:
    struct Pending
    {
        QString carrier;
        Done done;
        QPointer<QNetworkReply> reply;
    };

    quint64 add(const QString &carrier, Done done);
    void send(quint64 id, const CarrierAccount &account, const CarrierCredentials &credentials,
        const ReturnLabelOrder &order);
    // Ends a request with a result, later, unless it is cancelled first.
    void finishLater(quint64 id, Result<IssuedReturnLabel> result);
    void finish(quint64 id, Result<IssuedReturnLabel> result);

    QPointer<QNetworkAccessManager> m_network;
    int m_timeoutMs = 30'000;
    quint64 m_nextId = 1;
    QHash<quint64, Pending> m_pending;
};

} // namespace ParcelDesk
