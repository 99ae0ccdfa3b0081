#pragma once

#include "domain/message.h"
#include "store/database.h"
#include "workflows/channelsettings.h"

#include <QDialog>

#include <array>
#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace ParcelDesk {

class CredentialStore;

// The outbox's channels: one group each for e-mail (SMTP), SMS (Twilio) and WhatsApp (Cloud
// API) with an Enabled box, the settings, the secret (kept in the credential store, never the
// database) and "Send test message…", which sends one real message through that channel as the
// form stands to an address or number the user types, on a worker, and shows what came back.
// Save writes the settings table and the secrets.
class ChannelSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelSettingsDialog)

public:
    ChannelSettingsDialog(Database db, QWidget *parent = nullptr);
    ~ChannelSettingsDialog() override;

    void accept() override;
    // Sends one test message on channel to recipient with what the form holds (the button asks
    // for the recipient first).
    void sendTestMessage(MessageChannel channel, const QString &recipient);
    // The settings as the form holds them, secrets included.
    ChannelSettings settingsFromForm() const;

Q_SIGNALS:
    void settingsShown(); // the stored settings and secrets are in the form
    void saved();
    void testFinished(ParcelDesk::MessageChannel channel, bool ok, const QString &detail);

private:
    struct Group
    {
        QCheckBox *enabled = nullptr;
        QLineEdit *secret = nullptr;
        QPushButton *test = nullptr;
        QProgressBar *busy = nullptr;
        QLabel *result = nullptr;
    };
    QWidget *emailGroup();
    QWidget *smsGroup();
    QWidget *whatsAppGroup();
    void addTestRow(MessageChannel channel, QFormLayout *form, QWidget *owner);
    void askForTestRecipient(MessageChannel channel);
    void showSettings(const ChannelSettings &settings);
    void showResult(MessageChannel channel, bool ok, const QString &text);
    void setBusy(bool busy, const QString &message);
    void readDone();
    void storeSecrets();
    QLineEdit *lineEdit(const QString &name, const QString &placeholder = {});

    Database m_db;
    std::unique_ptr<CredentialStore> m_store;
    Group &group(MessageChannel channel) { return m_groups[size_t(channel)]; }
    std::array<Group, 3> m_groups;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_fromAddress = nullptr;
    QLineEdit *m_fromName = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_accountSid = nullptr;
    QLineEdit *m_smsFrom = nullptr;
    QLineEdit *m_serviceSid = nullptr;
    QLineEdit *m_twilioBaseUrl = nullptr;
    QLineEdit *m_phoneNumberId = nullptr;
    QLineEdit *m_apiVersion = nullptr;
    QLineEdit *m_whatsAppBaseUrl = nullptr;
    QLineEdit *m_testTemplate = nullptr;
    QLineEdit *m_testLanguage = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    int m_reading = 0; // the settings and the three secrets still on their way
    int m_writing = 0; // secrets still being stored
    QString m_writeError;
};

} // namespace ParcelDesk
