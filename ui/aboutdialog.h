#pragma once

#include "store/database.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace ParcelDesk {

// Help → About: what ParcelDesk is, its version and licence, and the diagnostics a support
// request needs (read off the GUI thread), with a button that copies them and one that opens
// the folder holding the logs.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(Database database, QWidget *parent = nullptr);

    QString diagnostics() const;

Q_SIGNALS:
    // The diagnostics have been read and are on show.
    void diagnosticsShown();

private:
    Database m_database;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace ParcelDesk
