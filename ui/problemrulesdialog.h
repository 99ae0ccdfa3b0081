#pragma once

#include "rules/problemrules.h"
#include "store/database.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ParcelDesk {

// The problem-case rules in force, and a change to one of them (for all, one carrier and/or
// one destination country) tried on the last 30 days before it is saved: "this would have
// opened N cases", with the list.
class ProblemRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemRulesDialog)

public:
    explicit ProblemRulesDialog(Database db, QWidget *parent = nullptr);

    // The rule the form describes.
    ProblemRule editedRule() const;
    void dryRun();
    // The moment the dry run looks back from; empty: the moment it runs.
    void setNow(std::optional<qint64> nowMs) { m_nowMs = nowMs; }
    void saveRule();
    QTableWidget *table() const { return m_table; }
    void editRow(int row);

Q_SIGNALS:
    void dryRunFinished(int cases, const QString &summary);
    void saved(bool ok, const QString &message);
    void loaded(); // the rules in force are shown

private:
    void reload();
    void showRules(const ProblemRules &rules);

    Database m_db;
    ProblemRules m_rules;
    bool m_firstLoad = true;
    QTableWidget *m_table = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_carrier = nullptr;
    QLineEdit *m_country = nullptr;
    QCheckBox *m_enabled = nullptr;
    QSpinBox *m_threshold = nullptr;
    QSpinBox *m_priority = nullptr;
    QSpinBox *m_sla = nullptr;
    QLabel *m_unit = nullptr;
    QPushButton *m_dryRun = nullptr;
    QPushButton *m_save = nullptr;
    QPlainTextEdit *m_result = nullptr;
    std::optional<qint64> m_nowMs;
};

} // namespace ParcelDesk
