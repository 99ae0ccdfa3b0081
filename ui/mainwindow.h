#pragma once

#include "store/database.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace ParcelDesk {

// The console's frame: navigation to every page, and a status bar naming the open database
// and how many shipments it holds. The count is read on a worker thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page {
        OverviewPage,
        ShipmentsPage,
        ProblemCasesPage,
        WismoPage,
        ReturnsPage,
        ApologiesPage,
        ReportsPage,
        SettingsPage,
        PageCount
    };

    explicit MainWindow(Database database, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    // Reads the shipment count again, e.g. after new data arrived.
    void refreshShipmentCount();

Q_SIGNALS:
    // Emitted each time the status bar shows a fresh count.
    void shipmentCountShown(qint64 count);

private:
    void buildPages();
    void buildMenus();

    Database m_database;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    quint64 m_countJob = 0;
};

} // namespace ParcelDesk
