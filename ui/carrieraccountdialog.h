#pragma once

#include "carriers/carrieraccount.h"
#include "carriers/credentialstore.h"
#include "store/database.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;

namespace ParcelDesk {

class CarrierAdapter;
class NetworkCarrierTransport;

// Edits one carrier account: on or off, base URL, limits and the credentials (which go to the
// credential store, never the database), with a "Test connection" that tries what is entered
// before anything is saved.
class CarrierAccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CarrierAccountDialog)

public:
    CarrierAccountDialog(const CarrierAdapter &adapter, Database db, CredentialStore &store,
        QWidget *parent = nullptr);
    ~CarrierAccountDialog() override;

    void accept() override;
    // Runs the connection test with what the form holds.
    void testConnection();

Q_SIGNALS:
    void saved(const QString &carrier);
    void accountShown(); // the stored settings are in the form
    void testFinished(bool ok, const QString &message);

private:
    CarrierAccount accountFromForm() const;
    CarrierCredentials credentialsFromForm() const;
    void setBusy(bool busy, const QString &message);
    void showAccount(const CarrierAccount &account);
    void storeCredentials();
    void readDone();

    const CarrierAdapter &m_adapter;
    Database m_db;
    CredentialStore &m_store;
    QList<CredentialField> m_fields;
    QList<QLineEdit *> m_fieldEdits;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QDoubleSpinBox *m_rps = nullptr;
    QSpinBox *m_quota = nullptr;
    QSpinBox *m_perCall = nullptr;
    QLabel *m_result = nullptr;
    int m_reading = 2; // the stored settings and the credentials, still on their way
    QPushButton *m_test = nullptr;
    QPushButton *m_save = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<NetworkCarrierTransport> m_transport;
};

} // namespace ParcelDesk
