#pragma once

#include "store/database.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace ParcelDesk {

// Settings of this console: its language (German or English, or the system's), the open
// database, and the problem-case rules.
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
    Database m_database;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
};

} // namespace ParcelDesk
