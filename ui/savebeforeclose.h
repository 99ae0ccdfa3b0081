#pragma once

#include "domain/result.h"
#include "store/database.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QDialog;
class QDialogButtonBox;
class QLabel;
class QWidget;

namespace ParcelDesk {

// Keeps a dialog open until what was typed into it is saved. OK (the button box's accepted
// signal) asks prepare for the work, which reads the dialog's fields on the GUI thread, and runs
// that work on a worker thread with the dialog's buttons held. A refusal, or a database that
// cannot be reached, shows in the dialog in red, with everything typed still in place, and OK
// tries again. Saved, the dialog closes as accepted and message() holds what the work said.
// Whatever the dialog connected to the buttons is undone. Cancel closes without saving; it
// waits while a save is under way. Made once the button box is
// in the dialog's layout: the line for errors goes just above it.
class SaveBeforeClose final : public QObject
{
    Q_OBJECT

public:
    // What saving does, on a worker thread: the message to show, or why it was not saved.
    using Work = std::function<Result<QString>(const Database &)>;

    SaveBeforeClose(
        QDialog *dialog, QDialogButtonBox *buttons, Database db, std::function<Work()> prepare);

    // The line, above the buttons, that shows why the last try was not saved.
    QLabel *errorLabel() const { return m_error; }
    QString message() const { return m_message; }
    bool isSaving() const { return m_saving; }

    // A text asked for in a dialog of its own and saved before the dialog closes: what
    // QInputDialog::getText (multiLine: getMultiLineText) asks, but OK saves the text through
    // save. Returns save's message, nothing when the user cancelled.
    static std::optional<QString> askText(QWidget *parent, const QString &title,
        const QString &label, const QString &initial, bool multiLine, const Database &db,
        std::function<Result<QString>(const Database &, const QString &text)> save);

Q_SIGNALS:
    // A try ended: saved or not, and the message or the reason.
    void tried(bool saved, const QString &message);

private:
    void save();

    QDialog *m_dialog;
    QDialogButtonBox *m_buttons;
    QLabel *m_error;
    Database m_db;
    std::function<Work()> m_prepare;
    QString m_message;
    bool m_saving = false;
};

} // namespace ParcelDesk
