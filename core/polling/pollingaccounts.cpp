#include "pollingaccounts.h"

#include "carriers/carrierregistry.h"
#include "store/carrieraccountrepository.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

#include <memory>

namespace ParcelDesk {

void PollingAccounts::add(PollingAccounts &loaded, const CarrierAccount &a,
    const Result<std::optional<CarrierCredentials>> &credentials)
{
    const CarrierAdapter *adapter = carrierAdapter(a.carrier);
    if (!adapter)
        return;
    if (!credentials) {
        loaded.problems.append(credentials.error().message);
        return;
    }
    if (!credentials->has_value()) {
        loaded.problems.append(tr("%1: no credentials are stored; the account is not polled.")
                                   .arg(adapter->displayName()));
        return;
    }
    PollingEngine::Account account;
    account.adapter = adapter;
    account.baseUrl = a.effectiveBaseUrl(*adapter);
    account.credentials = **credentials;
    account.limits = a.effectiveLimits(*adapter);
    loaded.accounts.append(account);
}

PollingAccounts PollingAccounts::load(const Database &db, CredentialStore &store)
{
    PollingAccounts loaded;
    for (const CarrierAccount &a : CarrierAccountRepository(db).all()) {
        if (carrierAdapter(a.carrier) && a.enabled)
            add(loaded, a, store.readNow(a.carrier));
    }
    return loaded;
}

void PollingAccounts::load(const Database &db, CredentialStore &store, QObject *context,
    std::function<void(const PollingAccounts &)> done)
{
    auto *reading = new QFutureWatcher<QList<CarrierAccount>>(context);
    QPointer<CredentialStore> credentials(&store);
    QPointer<QObject> receiver(context);
    QObject::connect(reading, &QFutureWatcher<QList<CarrierAccount>>::finished, context,
        [reading, credentials, receiver, done] {
            reading->deleteLater();
            QList<CarrierAccount> enabled;
            for (const CarrierAccount &a : reading->result()) {
                if (carrierAdapter(a.carrier) && a.enabled)
                    enabled.append(a);
            }
            auto loaded = std::make_shared<PollingAccounts>();
            auto waiting = std::make_shared<qsizetype>(enabled.size());
            if (enabled.isEmpty() || !credentials) {
                done(*loaded);
                return;
            }
            // In the accounts' order, whatever order the keychain answers in.
            auto answers = std::make_shared<QList<Result<std::optional<CarrierCredentials>>>>();
            for (qsizetype i = 0; i < enabled.size(); ++i)
                answers->append(std::optional<CarrierCredentials>());
            for (qsizetype i = 0; i < enabled.size(); ++i) {
                credentials->read(enabled[i].carrier,
                    [i, enabled, loaded, waiting, answers, receiver, done](
                        Result<std::optional<CarrierCredentials>> answer) {
                        (*answers)[i] = std::move(answer);
                        if (--*waiting > 0 || !receiver)
                            return;
                        for (qsizetype j = 0; j < enabled.size(); ++j)
                            add(*loaded, enabled[j], answers->at(j));
                        done(*loaded);
                    });
            }
        });
    const Database database = db;
    reading->setFuture(QtConcurrent::run([database] {
        const QList<CarrierAccount> accounts = CarrierAccountRepository(database).all();
        database.releaseConnection();
        return accounts;
    }));
}

} // namespace ParcelDesk
