#pragma once

#include "store/teamroles.h"

#include <QObject>

namespace ParcelDesk {

// Hides, wherever in the console it appears, each button and field that does what the login's
// role may not (TeamRoles::may, the same table the database's grants come from): the run and
// edit buttons of the problem rules for an agent, the return policy for logistics, and so on.
// It watches the widgets as they are shown, so controls of dialogs and pages made later, or
// shown again by their page, stay hidden too. The database refuses those writes anyway; this
// spares the user a button that can only fail.
class RoleGate final : public QObject
{
    Q_OBJECT

public:
    explicit RoleGate(TeamRoles::Role role, QObject *parent = nullptr);

    // The capability a widget of this name needs, when it is one the gate knows; ancestorClass
    // names the class the widget must sit in for generic names ("save" in the template editor).
    struct Gated
    {
        const char *objectName;
        const char *ancestorClass; // nullptr: any
        TeamRoles::Capability capability;
    };
    static QList<Gated> gatedWidgets();
    // Whether the role may use this widget.
    bool allows(const QWidget *widget) const;
    // Hides what the role may not use among root and its children, shown or not yet (a tab
    // that was never opened).
    void sweep(QWidget *root) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TeamRoles::Role m_role;
};

} // namespace ParcelDesk
