#pragma once

#include "rules/returnpolicy.h"
#include "store/returnrepository.h"
#include "workflows/returnregistration.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace ParcelDesk {

// Registers a return of an order: which lines come back and how many, the reason from the
// category's list, the condition, what the customer wants (refund or exchange) and their note.
// What the policy says is shown line by line as the agent fills it in, with the sentence for
// the customer in their language; the caller registers what was asked.
class ReturnRegistrationDialog final : public QDialog
{
    Q_OBJECT

public:
    ReturnRegistrationDialog(
        ReturnableOrder order, ReturnPolicy policy, QDate today, QWidget *parent = nullptr);

    QList<ReturnLineRequest> lines() const;
    QString note() const;
    ReturnResolution resolution() const;
    // What the policy says about the lines as they are now.
    const ReturnAssessment &assessment() const { return m_assessment; }
    // Its OK and Cancel, for a caller that saves before the dialog closes (SaveBeforeClose).
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void reassess();

    ReturnableOrder m_order;
    ReturnPolicy m_policy;
    QDate m_today;
    ReturnAssessment m_assessment;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_note = nullptr;
    QButtonGroup *m_resolution = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_customerText = nullptr;
    QPushButton *m_register = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ParcelDesk
