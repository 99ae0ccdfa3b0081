#pragma once

#include "carriers/credentialstore.h"
#include "pollingengine.h"

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
};

} // namespace ParcelDesk
