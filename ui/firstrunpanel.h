#pragma once

#include <QFrame>

class QPushButton;

namespace ParcelDesk {

// What an empty console says above its pages: there are no parcels yet, and the three ways to
// get some, each one click away. The main window shows it while the database holds no shipment.
class FirstRunPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunPanel)

public:
    explicit FirstRunPanel(QWidget *parent = nullptr);

    // A team's agent may not import: the import button then stays away.
    void setImportAllowed(bool allowed);

Q_SIGNALS:
    void connectCarrierRequested();
    void importOrdersRequested();
    void demoRequested();

private:
    QPushButton *m_import = nullptr;
};

} // namespace ParcelDesk
