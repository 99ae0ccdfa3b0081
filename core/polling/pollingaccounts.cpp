#include "pollingaccounts.h"

#include "carriers/carrierregistry.h"
#include "store/carrieraccountrepository.h"

namespace ParcelDesk {

PollingAccounts PollingAccounts::load(const Database &db, CredentialStore &store)
{
    PollingAccounts loaded;
    const QList<CarrierAccount> accounts = CarrierAccountRepository(db).all();
    for (const CarrierAccount &a : accounts) {
        const CarrierAdapter *adapter = carrierAdapter(a.carrier);
        if (!adapter || !a.enabled)
            continue;
        const auto credentials = store.readNow(a.carrier);
        if (!credentials) {
            loaded.problems.append(credentials.error().message);
            continue;
        }
        if (!credentials->has_value()) {
            loaded.problems.append(tr("%1: no credentials are stored; the account is not polled.")
                                       .arg(adapter->displayName()));
            continue;
        }
        PollingEngine::Account account;
        account.adapter = adapter;
        account.baseUrl = a.effectiveBaseUrl(*adapter);
        account.credentials = **credentials;
        account.limits = a.effectiveLimits(*adapter);
        loaded.accounts.append(account);
    }
    return loaded;
}

} // namespace ParcelDesk
