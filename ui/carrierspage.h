#pragma once

#include "carriers/carrieraccount.h"
#include "carriers/credentialstore.h"
#include "polling/pollingengine.h"
#include "store/database.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ParcelDesk {

// Every carrier ParcelDesk speaks: its account, how polling is going (ok, throttled, circuit
// open, quota used up), calls used today against the daily quota with the projected use by
// midnight, and the shipments due now. Accounts are edited and tested from here.
class CarriersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CarriersPage)

public:
    enum Column {
        CarrierColumn,
        AccountColumn,
        HealthColumn,
        CallsColumn,
        ProjectedColumn,
        DueColumn,
        LastErrorColumn,
        ColumnCount
    };

    CarriersPage(Database db, CredentialStore &store, QWidget *parent = nullptr);

    // What the polling service reports.
    void setHealth(const QList<PollingEngine::CarrierHealth> &health,
        const QHash<QString, qint64> &dueByCarrier);
    void setPollingState(bool active, const QString &text);
    // Polling uses accounts from elsewhere (the sandbox): the Account column says so.
    void setAccountSource(const QString &source);
    // Reads accounts, calls today and due counts again (on a worker thread).
    void refresh();
    // Opens the account dialog for a carrier.
    void editAccount(const QString &carrier);

    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void accountsChanged();
    void pollNowRequested();
    void pollingToggled(bool on);
    void refreshed();

private:
    struct Snapshot
    {
        QHash<QString, CarrierAccount> accounts;
        QHash<QString, int> callsToday;
        QHash<QString, qint64> due;
    };
    void fill();
    QString selectedCarrier() const;
    void updateBanner();

    Database m_db;
    CredentialStore &m_store;
    QLabel *m_banner = nullptr;
    QLabel *m_pollingLabel = nullptr;
    QPushButton *m_pollNow = nullptr;
    QPushButton *m_toggle = nullptr;
    QTableWidget *m_table = nullptr;
    Snapshot m_snapshot;
    QHash<QString, PollingEngine::CarrierHealth> m_health;
    bool m_pollingActive = false;
    QString m_accountSource;
    quint64 m_refreshJob = 0;
};

} // namespace ParcelDesk
