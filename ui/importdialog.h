#pragma once

#include "store/database.h"
#include "store/importprofilestore.h"
#include "workflows/importmapping.h"
#include "workflows/shopimport.h"

#include <QDialog>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace ParcelDesk {

// Imports orders, shipments or customer feedback from a CSV or JSON lines file (README,
// "Importing orders, shipments and feedback") in four steps: the file with a preview of its
// first rows and the mapping of its columns to our fields (proposed from the header, Shopify's
// order export recognised, or a saved profile); a check of every row, off the GUI thread with
// progress and Cancel, listing every problem; then Import, or Import the rest when rows are
// bad; and what was added. A cancelled check or import leaves the database as it was.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    enum class Step {
        Mapping, // choosing the file and its columns
        Working, // checking or importing, with progress
        Checked, // every row checked: the problems, Import or Import the rest
        Done, // what the import added, or why nothing was
    };

    ImportDialog(Database database, ImportKind kind, QString actor, QWidget *parent = nullptr);
    ~ImportDialog() override;

    ImportKind kind() const { return m_kind; }
    Step step() const { return m_step; }
    // Reads the file's header and first rows and maps its columns: with the saved profile
    // chosen, else as proposed for the header (Shopify's mapping for its order export).
    // Browse… asks for the file and calls this.
    void setFile(const QString &path);
    QString file() const { return m_path; }
    // The mapping as the form holds it, and what keeps it from being used.
    ImportMapping mapping() const { return m_mapping; }
    QStringList mappingProblems() const;
    // Saves the form's mapping under a name, off the GUI thread (Save as profile… asks for the
    // name first); profileSaved says how it went.
    void saveProfile(const QString &name);
    // Checks every row off the GUI thread and shows the result (Check).
    void check();
    // Imports what the check found good: everything, or the rest when rows are bad (Import,
    // Import the rest).
    void import();
    // Stops the check or import that runs; nothing is imported.
    void cancelWork();
    // What the last check or import said; empty before the first.
    std::optional<ImportSummary> summary() const { return m_summary; }

    // While a check or import runs, Escape and Cancel stop it instead of closing the dialog.
    void reject() override;

Q_SIGNALS:
    // The saved profiles of this kind are in the profile list.
    void profilesListed();
    void profileSaved(bool ok, const QString &message);
    // A check ended: its result is shown, or why it could not be done.
    void checkFinished(bool ok);
    // An import ended: what it added is shown, or why nothing was.
    void importFinished(bool ok);
    // The import wrote to the database: what is shown elsewhere should be read again.
    void imported(const ParcelDesk::ImportSummary &summary);

private:
    struct WorkOutcome
    {
        std::optional<ImportSummary> summary;
        QString error;
        bool cancelled = false;
    };
    struct FieldRow
    {
        QString field;
        QString description;
        QComboBox *columns = nullptr;
        QLabel *about = nullptr; // the description, and the columns read when this one is empty
    };

    QWidget *buildMappingStep();
    QWidget *buildWorkingStep();
    QWidget *buildCheckedStep();
    QWidget *buildDoneStep();
    void browse();
    void listProfiles(const QString &select);
    void fillProfiles(const QList<ImportProfile> &profiles, const QString &select);
    void applyProfileChoice();
    // The mapping proposed for the file's header (Shopify's for its order export).
    ImportMapping proposal() const;
    // Puts a mapping into the form, keeping of each field's columns those the file has.
    void applyMapping(const ImportMapping &mapping);
    void showMapping();
    void columnChosen(const FieldRow &row);
    void validate();
    void showDateExample();
    void askProfileName();
    void setStep(Step step);
    void track(const QFuture<void> &job);
    void startWork(bool write, bool skipBad);
    void workDone(bool write, const WorkOutcome &outcome);
    void showChecked(const ImportSummary &summary, const QString &note);
    void showDone(const ImportSummary *summary, const QString &message);
    void copyProblems(bool all) const;
    QList<ImportSource> sources() const;

    Database m_database;
    ImportKind m_kind;
    QString m_actor;
    Step m_step = Step::Mapping;
    QString m_path;
    ImportPreview m_preview;
    ImportMapping m_mapping;
    QStringList m_missingColumns; // a profile's columns this file lacks
    QList<ImportProfile> m_profiles; // the saved ones of this kind
    std::optional<ImportSummary> m_summary;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QFuture<void>> m_jobs; // waited for when the dialog goes

    QStackedWidget *m_steps = nullptr;
    QLineEdit *m_fileEdit = nullptr;
    QLabel *m_fileNote = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QComboBox *m_profileBox = nullptr;
    QPushButton *m_saveProfile = nullptr;
    QLabel *m_profileNote = nullptr;
    QList<FieldRow> m_fieldRows;
    QLineEdit *m_dateFormat = nullptr;
    QLabel *m_dateExample = nullptr;
    QComboBox *m_decimal = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QLabel *m_workLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_checkedLabel = nullptr;
    QTableWidget *m_problemTable = nullptr;
    QPushButton *m_copyAll = nullptr;
    QLabel *m_doneLabel = nullptr;
    QFormLayout *m_doneCounts = nullptr;
    QHash<QString, QLabel *> m_countLabels;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_importRestButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace ParcelDesk
