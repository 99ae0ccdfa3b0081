#pragma once

#include "carriers/credentialstore.h"
#include "pollingengine.h"
#include "store/carrieraccountrepository.h"

#include <functional>

namespace ParcelDesk {

// The accounts to poll with: every enabled carrier account in the database with its
// credentials from the store. Accounts without credentials are left out and named in problems.
struct PollingAccounts
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::PollingAccounts)

public:
    QList<PollingEngine::Account> accounts;
    QStringList problems;

    static PollingAccounts load(const Database &db, CredentialStore &store);
    // The same without waiting: the accounts are read on a worker thread, the credentials
    // through the store's own asynchronous reads; done is called on context's thread. Nothing
    // is called once context is gone.
    static void load(const Database &db, CredentialStore &store, QObject *context,
        std::function<void(const PollingAccounts &)> done);

private:
    // One account with its credentials, or the problem that keeps it from being polled.
    static void add(PollingAccounts &loaded, const CarrierAccount &account,
        const Result<std::optional<CarrierCredentials>> &credentials);
};

} // namespace ParcelDesk
