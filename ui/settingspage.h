#pragma once

#include "store/database.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

namespace ParcelDesk {

// Settings of this console: its language (German or English, or the system's), the open
// database, the problem-case rules, and how long personal data is kept (GDPR).
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(Database database, QWidget *parent = nullptr);

    // The language chosen here ("de", "en"), or empty for the system's; read at start-up.
    static QString savedLanguage();
    static void saveLanguage(const QString &code);

Q_SIGNALS:
    void languageChosen(const QString &code);

private:
    void loadRetention();
    void saveRetention();
    void eraseOldData();

    Database m_database;
    QString m_agent;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QSpinBox *m_retention = nullptr;
    QTimer *m_retentionSave = nullptr;
    QPushButton *m_eraseOld = nullptr;
    QLabel *m_privacyNote = nullptr;
};

} // namespace ParcelDesk
