#include "rolegate.h"

#include <QEvent>
#include <QWidget>

namespace ParcelDesk {

using Capability = TeamRoles::Capability;

RoleGate::RoleGate(TeamRoles::Role role, QObject *parent)
    : QObject(parent)
    , m_role(role)
{ }

QList<RoleGate::Gated> RoleGate::gatedWidgets()
{
    return {
        {"runRules", nullptr, Capability::RunProblemRules},
        {"editRules", nullptr, Capability::EditProblemRules},
        {"assignMe", "ParcelDesk::ProblemCasesPage", Capability::ResolveProblemCases},
        {"assignCase", "ParcelDesk::ProblemCasesPage", Capability::ResolveProblemCases},
        {"waitCarrier", "ParcelDesk::ProblemCasesPage", Capability::ResolveProblemCases},
        {"waitCustomer", "ParcelDesk::ProblemCasesPage", Capability::ResolveProblemCases},
        {"resolveCase", "ParcelDesk::ProblemCasesPage", Capability::ResolveProblemCases},
        {"togglePolling", nullptr, Capability::PollCarriers},
        {"editAccount", nullptr, Capability::ManageCarrierAccounts},
        {"writeMessages", nullptr, Capability::ApproveApologies},
        {"importReturns", nullptr, Capability::ProcessReturns},
        {"receivingScan", nullptr, Capability::ProcessReturns},
        {"saveInspection", nullptr, Capability::ProcessReturns},
        {"saveDispositionRules", nullptr, Capability::EditDispositionRules},
        {"savePolicy", nullptr, Capability::EditReturnPolicy},
        {"warehouseAddresses", nullptr, Capability::EditReturnPolicy},
        {"retentionDays", nullptr, Capability::Purge},
        {"eraseOldData", nullptr, Capability::Purge},
        {"wismoErasePersonalData", nullptr, Capability::Purge},
        {"save", "ParcelDesk::TemplateEditor", Capability::EditTemplates},
        {"revert", "ParcelDesk::TemplateEditor", Capability::EditTemplates},
        {"resetBuiltin", "ParcelDesk::TemplateEditor", Capability::EditTemplates},
        {"apply", "ParcelDesk::VoucherPanel", Capability::ManageVouchers},
        {"import", "ParcelDesk::VoucherPanel", Capability::ManageVouchers},
    };
}

namespace {

bool insideA(const QWidget *widget, const char *className)
{
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (w->inherits(className))
            return true;
    }
    return false;
}

} // namespace

bool RoleGate::allows(const QWidget *widget) const
{
    const QString name = widget->objectName();
    if (name.isEmpty())
        return true;
    static const QList<Gated> gated = gatedWidgets();
    for (const Gated &g : gated) {
        if (name != QLatin1String(g.objectName))
            continue;
        if (g.ancestorClass && !insideA(widget, g.ancestorClass))
            continue;
        return TeamRoles::may(m_role, g.capability);
    }
    return true;
}

void RoleGate::sweep(QWidget *root) const
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!allows(w)) {
            w->setEnabled(false);
            w->hide();
        }
    }
}

bool RoleGate::eventFilter(QObject *watched, QEvent *event)
{
    // Show, not Polish: a page that shows a control again when its state changes is heard too.
    // A window (a dialog) is swept whole before it first paints.
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget->isWindow())
            sweep(widget);
        else if (!allows(widget)) {
            widget->setEnabled(false);
            QMetaObject::invokeMethod(widget, &QWidget::hide, Qt::QueuedConnection);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ParcelDesk
