#pragma once

#include "domain/problemcase.h"
#include "store/database.h"
#include "store/problemcaselistquery.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace ParcelDesk {

// The queue of parcels that need a person: unresolved cases by priority and due time, with
// what opened them, and the actions of their lifecycle (assign, wait on the carrier or the
// customer, note, resolve) and their history. "Run rules now" applies the problem-case rules.
// Queries and changes run on worker threads; the page never waits on the database.
class ProblemCasesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemCasesPage)

public:
    enum Column {
        PriorityColumn,
        KindColumn,
        TrackingColumn,
        CarrierColumn,
        StateColumn,
        AssigneeColumn,
        OpenedColumn,
        DueColumn,
        ClaimColumn,
        DetailsColumn,
        ColumnCount
    };
    static constexpr int maxRows = 2000;

    ProblemCasesPage(Database db, QString user, QWidget *parent = nullptr);

    void refresh();
    QTableWidget *table() const { return m_table; }
    // The selected case's id (the current row), or 0; and every selected case.
    qint64 selectedCase() const;
    QList<qint64> selectedCases() const;
    void selectCase(qint64 id);
    // Shows one case whatever the filters were: all kinds, unresolved, selected once read.
    void showCase(qint64 id);

    // The lifecycle on the selected cases; each ends with a refresh.
    void assignSelected(const QString &assignee);
    void waitSelected(ProblemState waiting, const QString &note);
    void noteSelected(const QString &note);
    void resolveSelected(Resolution resolution, const QString &note);
    void runRules();
    // Logs a customer's contact about the parcel with this tracking number; one saying a
    // delivered parcel never arrived opens a case with the carrier's claim deadline.
    void logContact(const QString &trackingNumber, const QString &channel, const QString &reason,
        const QString &note);

    static QString kindLabel(ProblemKind kind);
    static QString stateLabel(ProblemState state);
    static QString resolutionLabel(Resolution resolution);

Q_SIGNALS:
    void refreshed(int shown, qint64 total);
    void actionFinished(bool ok, const QString &message);

private:
    void fill(const ProblemCaseList &page);
    void showHistory();
    void act(const std::function<QString(const Database &, qint64)> &change);
    void askAndAct(const QString &what);
    void askForContact();
    // A text asked for and applied to each selected case before its dialog closes.
    void askAndApply(const QString &title, const QString &label, bool multiLine,
        const std::function<Outcome(const Database &, qint64, const QString &)> &change);
    // Logs a contact about the newest parcel with that tracking number (a worker's job): the
    // message to show, or why it was not logged.
    static Result<QString> logContactNow(const Database &db, const QString &user,
        const QString &trackingNumber, const QString &channel, const QString &reason,
        const QString &note);
    QString selectedTrackingNumber() const;

    Database m_db;
    QString m_user;
    QComboBox *m_kindFilter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_history = nullptr;
    QPushButton *m_runRules = nullptr;
    QList<QPushButton *> m_caseButtons;
    quint64 m_job = 0;
    qint64 m_reselect = 0;
};

} // namespace ParcelDesk
