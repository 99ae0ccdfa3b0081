#pragma once

#include "store/apologyrepository.h"
#include "store/database.h"
#include "workflows/apologyworkflow.h"

#include <QList>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTimeEdit;

namespace ParcelDesk {

class TemplateEditor;
class VoucherPanel;

// The proactive apology from the desk: the customers to tell and what the rules recommend, the
// drafts a supervisor approves, edits or rejects, the outbox with its dead letters, what the
// guardrails held back and why, the rules and guardrails, templates and vouchers; and in the
// header the effect: WISMO contacts per 100 late parcels with and without a message first.
class ApologiesPage final : public QWidget
{
    Q_OBJECT

public:
    ApologiesPage(Database database, QString actor, QWidget *parent = nullptr);
    ~ApologiesPage() override;

    // Reloads what the current tab and the header show.
    void refresh();

protected:
    // Ctrl+Return in the draft's text approves it (the text edit would take it as a new line).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildCandidates();
    QWidget *buildApproval();
    QWidget *buildOutbox();
    QWidget *buildSuppressed();
    QWidget *buildRules();
    void loadFigures();
    void loadCandidates();
    void previewCandidate(const ApologyCandidate &candidate);
    void loadMessages(QTableWidget *table, const QList<MessageState> &states);
    void fillMessages(QTableWidget *table, const QList<ApologyMessageRow> &rows);
    void showDraft();
    void writeMessages();
    void approveDraft();
    void rejectDraft();
    void sendNow();
    void retryDead();
    void editConsent(qint64 customerId, const QString &name);
    void loadRules();
    void saveRules();
    void addRule();
    void removeRule();
    qint64 selectedMessage(QTableWidget *table) const;
    const ApologyMessageRow *selectedRow(QTableWidget *table) const;
    // Runs a short write on the thread pool; its answer goes into result, then the page reloads.
    void runAction(QLabel *result, std::function<QString()> job);
    // Runs job on the thread pool behind a progress window that can cancel; its answer goes
    // into result.
    void runInBackground(const QString &title, QLabel *result,
        std::function<QString(std::atomic_bool &, std::function<void(int, int)>)> job);
    void setFigures(const ApologyFigures &figures);

    Database m_db;
    QString m_actor;
    quint64 m_job = 0;

    QLabel *m_figures = nullptr;
    QLabel *m_effect = nullptr;
    QTabWidget *m_tabs = nullptr;

    QTableWidget *m_candidates = nullptr;
    QList<ApologyCandidate> m_candidateList;
    QPushButton *m_write = nullptr;
    QLabel *m_candidateNote = nullptr;

    QTableWidget *m_drafts = nullptr;
    QList<ApologyMessageRow> m_draftRows;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QTextBrowser *m_html = nullptr;
    QLabel *m_draftFacts = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_consent = nullptr;
    QLabel *m_approvalNote = nullptr;
    bool m_bodyEdited = false;

    QTableWidget *m_outbox = nullptr;
    QList<ApologyMessageRow> m_outboxRows;
    QComboBox *m_outboxState = nullptr;
    QLabel *m_outboxNote = nullptr;

    QTableWidget *m_suppressed = nullptr;
    QList<ApologyMessageRow> m_suppressedRows;
    QLabel *m_byReason = nullptr;

    QTableWidget *m_rules = nullptr;
    QSpinBox *m_capDay = nullptr;
    QSpinBox *m_capWeek = nullptr;
    QTimeEdit *m_quietStart = nullptr;
    QTimeEdit *m_quietEnd = nullptr;
    QLineEdit *m_shopName = nullptr;

    TemplateEditor *m_templates = nullptr;
    VoucherPanel *m_vouchers = nullptr;
};

} // namespace ParcelDesk
