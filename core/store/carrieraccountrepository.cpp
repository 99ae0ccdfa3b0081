#include "carrieraccountrepository.h"

#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"
#include "polling/ratelimiter.h"

#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

CarrierAccount fromQuery(const QSqlQuery &q)
{
    CarrierAccount a;
    a.carrier = q.value(0).toString();
    a.enabled = q.value(1).toBool();
    a.baseUrl = QUrl(q.value(2).toString());
    a.requestsPerSecond = SqlValues::optional<double>(q.value(3));
    a.dailyQuota = SqlValues::optional<int>(q.value(4));
    a.maxNumbersPerRequest = SqlValues::optional<int>(q.value(5));
    return a;
}

const QString selectColumns = u"SELECT carrier, enabled, base_url, requests_per_second, "
                              "daily_quota, max_numbers_per_request FROM carrier_accounts "_s;

} // namespace

QList<CarrierAccount> CarrierAccountRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<CarrierAccount> accounts;
    if (!q.exec(selectColumns + u"ORDER BY carrier"_s))
        return accounts;
    while (q.next())
        accounts.append(fromQuery(q));
    return accounts;
}

std::optional<CarrierAccount> CarrierAccountRepository::find(const QString &carrier) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectColumns + u"WHERE carrier = ?"_s);
    q.addBindValue(carrier);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

Outcome CarrierAccountRepository::validate(const CarrierAccount &a)
{
    const CarrierAdapter *adapter = carrierAdapter(a.carrier);
    if (!adapter) {
        QStringList known;
        for (const CarrierAdapter *each : carrierAdapters())
            known.append(each->id());
        return Error {tr("Carrier \"%1\" is not one ParcelDesk knows (%2).")
                          .arg(a.carrier, known.join(u", "_s))};
    }
    if (!a.baseUrl.isEmpty()) {
        const QString scheme = a.baseUrl.scheme();
        if (!a.baseUrl.isValid() || (scheme != u"https" && scheme != u"http")
            || a.baseUrl.host().isEmpty())
            return Error {tr("%1: base URL \"%2\" is not an http or https address.")
                              .arg(adapter->displayName(), a.baseUrl.toString())};
        if (a.baseUrl.hasQuery() || a.baseUrl.hasFragment())
            return Error {tr("%1: base URL \"%2\" must not have a query or a fragment.")
                              .arg(adapter->displayName(), a.baseUrl.toString())};
    }
    if (a.requestsPerSecond && !(*a.requestsPerSecond > 0 && *a.requestsPerSecond <= 10'000))
        return Error {tr("%1: requests per second must be above 0 and at most 10000, not %2.")
                          .arg(adapter->displayName())
                          .arg(*a.requestsPerSecond)};
    if (a.dailyQuota && *a.dailyQuota < 0)
        return Error {tr("%1: the daily quota must be 0 (none) or more, not %2.")
                          .arg(adapter->displayName())
                          .arg(*a.dailyQuota)};
    const int carrierMax = adapter->limits().maxNumbersPerRequest;
    if (a.maxNumbersPerRequest
        && (*a.maxNumbersPerRequest < 1 || *a.maxNumbersPerRequest > carrierMax))
        return Error {
            tr("%1: numbers per request must be between 1 and %2 (the carrier's maximum), "
               "not %3.")
                .arg(adapter->displayName())
                .arg(carrierMax)
                .arg(*a.maxNumbersPerRequest)};
    return Done {};
}

Outcome CarrierAccountRepository::save(const CarrierAccount &a, qint64 nowMs)
{
    if (const Outcome valid = validate(a); !valid)
        return valid;
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO carrier_accounts (carrier, enabled, base_url, requests_per_second, "
              "daily_quota, max_numbers_per_request, updated_at) VALUES (?, ?, COALESCE(?, ''), ?, "
              "?, ?, ?) "
              "ON CONFLICT (carrier) DO UPDATE SET enabled = excluded.enabled, "
              "base_url = excluded.base_url, requests_per_second = excluded.requests_per_second, "
              "daily_quota = excluded.daily_quota, "
              "max_numbers_per_request = excluded.max_numbers_per_request, "
              "updated_at = excluded.updated_at"_s);
    q.addBindValue(a.carrier);
    q.addBindValue(a.enabled ? 1 : 0);
    q.addBindValue(a.baseUrl.toString());
    q.addBindValue(SqlValues::bindable(a.requestsPerSecond));
    q.addBindValue(SqlValues::bindable(a.dailyQuota));
    q.addBindValue(SqlValues::bindable(a.maxNumbersPerRequest));
    q.addBindValue(nowMs);
    if (!q.exec())
        return Error {tr("Cannot store the %1 account: %2").arg(a.carrier, q.lastError().text())};
    return Done {};
}

Outcome CarrierAccountRepository::remove(const QString &carrier)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM carrier_accounts WHERE carrier = ?"_s);
    q.addBindValue(carrier);
    if (!q.exec())
        return Error {tr("Cannot remove the %1 account: %2").arg(carrier, q.lastError().text())};
    return Done {};
}

QHash<QString, int> CarrierAccountRepository::callsOnDay(qint64 nowMs) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT carrier, calls FROM carrier_usage WHERE day_start = ?"_s);
    q.addBindValue(RateLimiter::quotaResetsAtMs(nowMs) - 86'400'000);
    QHash<QString, int> calls;
    if (!q.exec())
        return calls;
    while (q.next())
        calls.insert(q.value(0).toString(), q.value(1).toInt());
    return calls;
}

} // namespace ParcelDesk
