#pragma once

#include "carriers/carrieraccount.h"
#include "database.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace ParcelDesk {

// Carrier accounts and the calls made to each carrier per UTC day, on the calling thread's
// connection.
class CarrierAccountRepository
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::CarrierAccountRepository)

public:
    explicit CarrierAccountRepository(Database db)
        : m_db(std::move(db))
    { }

    QList<CarrierAccount> all() const; // by carrier id
    std::optional<CarrierAccount> find(const QString &carrier) const;
    // Checks the account (known carrier, http(s) URL, positive limits) and stores it; an error
    // names the field.
    Outcome save(const CarrierAccount &account, qint64 nowMs);
    Outcome remove(const QString &carrier);

    // Calls made to each carrier on the UTC day that contains nowMs.
    QHash<QString, int> callsOnDay(qint64 nowMs) const;

    static Outcome validate(const CarrierAccount &account);

private:
    Database m_db;
};

} // namespace ParcelDesk
