#pragma once

#include "database.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace ParcelDesk {

// A contact with a customer about a parcel or an order, as the agent logged it.
struct Contact
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::Contact)

public:
    qint64 id = 0;
    std::optional<qint64> shipmentId;
    std::optional<qint64> orderId;
    QString channel; // phone, email, chat, other
    QString reason; // where_is_my_order, not_received, damaged, delivery_change, return, other
    QString outcome;
    QString note;
    QString agent;
    std::optional<qint64> caseId; // the case this contact opened or joined
    qint64 atMs = 0;

    static const QStringList &channels();
    static const QStringList &reasons();
    // For people: "Phone", "Where is my order?".
    static QString channelLabel(const QString &channel);
    static QString reasonLabel(const QString &reason);
};

// Contacts on the calling thread's connection; each insert is one line in the audit log too.
class ContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ContactRepository)

public:
    explicit ContactRepository(Database db)
        : m_db(std::move(db))
    { }

    // Checks the contact; an error names the field.
    static Outcome validate(const Contact &contact);
    // Inside a transaction the caller holds.
    Result<qint64> insertWithinTransaction(const Contact &contact);
    Result<qint64> insert(const Contact &contact);

    QList<Contact> forShipment(qint64 shipmentId) const;

    // The columns of a contact row, in the order fromRow reads them.
    static QString columns();
    static Contact fromRow(const QSqlQuery &query);

private:
    Database m_db;
};

} // namespace ParcelDesk
