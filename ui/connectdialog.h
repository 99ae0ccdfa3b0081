#pragma once

#include "store/database.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ParcelDesk {

// Connects the console to a team's PostgreSQL database: server, port, database, user and
// password, optionally kept in the system keychain. The connection is tried (and the schema
// brought up to date) before the dialog closes, so a wrong password or an unreachable server
// is said here, next to the field to correct, and nothing typed is lost.
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // Fills the fields from a location, e.g. the one given with --db or used last time.
    void setLocation(const ServerLocation &location);
    // Shows why the last attempt failed.
    void setError(const QString &message);

    ServerLocation location() const;
    // The password typed, for a console started on the database next (empty when kept in the
    // keychain or not typed).
    QString password() const;
    // The opened database, after the dialog was accepted.
    std::optional<Database> database() const { return m_database; }

    void accept() override;

private:
    void setBusy(bool busy);

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_encryption = nullptr;
    QCheckBox *m_keep = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::optional<Database> m_database;
    bool m_busy = false;
};

} // namespace ParcelDesk
