#pragma once

#include "rules/dispositionrules.h"
#include "rules/returnpolicy.h"
#include "savebeforeclose.h"
#include "store/database.h"
#include "store/returnlistquery.h"
#include "store/returnrepository.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace ParcelDesk {

class ReturnsDashboard;

// Returns from the desk to the warehouse: the list of returns with what each waits for (review,
// label, inspection, refund or exchange) and the actions that move them on; the receiving
// screen, made for a scanner (scan the tracking number or RMA, Enter, grade each line, the
// disposition proposed by the rules); the inflow and figures; and the disposition rules.
class ReturnsPage final : public QWidget
{
    Q_OBJECT

public:
    ReturnsPage(Database database, QString actor, QWidget *parent = nullptr);
    ~ReturnsPage() override;

    void refresh();

    // What the buttons do, for tests and the keyboard.
    void registerForOrder(const QString &orderNumber);
    // Checks the file first; with bad rows, asks whether to import the rest (or does so when
    // confirmSkipping is false), with progress and cancel.
    void importFile(const QString &path, bool confirmSkipping = true);
    void scan(const QString &text);
    void saveInspection();
    QString receivingText() const;
    QTableWidget *returnsTable() const { return m_list; }
    QTableWidget *inspectionTable() const { return m_lines; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    // After an action: whether it worked, and what it said.
    void acted(bool ok, const QString &message);

private:
    QWidget *buildList();
    QWidget *buildReceiving();
    QWidget *buildPolicy();
    QWidget *buildRules();
    void addPolicyRow(const ReturnPolicy::Category &category, bool beforeOther);
    void loadPolicy();
    void savePolicy();
    void loadList();
    void showDetail();
    void askRegister();
    void showReturn(const QString &rma);
    void approveSelected();
    void refuseSelected();
    void labelSelected();
    void settleSelected();
    void toggleResolution();
    void saveLabelPdf();
    void showForReceiving(const ReturnRepository::Detail &detail, const QString &note);
    void proposeDisposition(int row);
    void saveRules();
    QList<DispositionRule> rulesFromTable() const;
    qint64 selectedReturn() const;
    // Runs a short write on the thread pool; the answer goes to the result line and acted(),
    // then what is on show reloads.
    void runAction(QLabel *result, std::function<Outcome()> job, const QString &done);
    // Saves what prepare reads from the dialog's fields before it closes (SaveBeforeClose);
    // saved, the page goes on as after runAction. Returns whether it was saved.
    bool execSaving(QDialog &dialog, QDialogButtonBox *buttons, QLabel *result,
        const std::function<SaveBeforeClose::Work()> &prepare);

    Database m_db;
    QString m_actor;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_summary = nullptr;
    // Returns
    QComboBox *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QTableWidget *m_list = nullptr;
    QTextBrowser *m_detail = nullptr;
    QLabel *m_listNote = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_refuse = nullptr;
    QPushButton *m_label = nullptr;
    QPushButton *m_printLabel = nullptr;
    QPushButton *m_settle = nullptr;
    QPushButton *m_resolution = nullptr;
    QList<ReturnListRow> m_rows;
    std::optional<ReturnRepository::Detail> m_selected;
    int m_listGeneration = 0;
    QString m_selectAfterLoad; // the RMA to choose once the list is in
    // Receiving
    QLineEdit *m_scan = nullptr;
    QLabel *m_scanned = nullptr;
    QTableWidget *m_lines = nullptr;
    QCheckBox *m_reusable = nullptr;
    QPushButton *m_saveInspection = nullptr;
    QLabel *m_receivingNote = nullptr;
    std::optional<ReturnRepository::Detail> m_receiving;
    QList<DispositionRule> m_rules;
    // Figures
    ReturnsDashboard *m_dashboard = nullptr;
    // Policy
    QTableWidget *m_policyTable = nullptr;
    QDoubleSpinBox *m_labelCost = nullptr;
    QDoubleSpinBox *m_handlingCost = nullptr;
    QCheckBox *m_extendOverHolidays = nullptr;
    QLabel *m_policyNote = nullptr;
    QTableWidget *m_warehouses = nullptr;
    // Rules
    QTableWidget *m_ruleTable = nullptr;
    QLabel *m_rulesNote = nullptr;
};

} // namespace ParcelDesk
