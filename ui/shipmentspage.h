#pragma once

#include "rules/transitmodel.h"
#include "store/database.h"
#include "store/shipmentdetailquery.h"
#include "store/shipmentlistquery.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTableWidget;
class QToolButton;

namespace ParcelDesk {

class DatabaseReader;
class ShipmentTableModel;
class ShipmentStyleProxy;

// Every parcel: a lazy table over the whole database with a quick filter (tracking or order
// number), structured filters, sorting on indexed columns, columns the user chooses (and keeps),
// and a detail pane with the facts, the expected delivery, the timeline (milestones or every
// event, with the carrier's own code and text beside our status) and the open cases.
// Nothing here touches SQL on the GUI thread.
class ShipmentsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShipmentsPage)

public:
    explicit ShipmentsPage(Database database, QWidget *parent = nullptr);
    ~ShipmentsPage() override;

    // Shows exactly these parcels (from an Overview tile); what the filter bar cannot show is
    // named above the table, with a way to drop it.
    void showFilter(const ShipmentFilter &filter, const QString &description = {});
    ShipmentFilter currentFilter() const;
    void clearFilters();
    // New data arrived: reads the visible rows and the detail pane again, in place.
    void refreshLive();
    // Puts the cursor in the quick filter.
    void focusQuickFilter();
    // What "now" is for late parcels and expected dates (the demo's sandbox clock).
    void setClock(std::function<qint64()> clock);

    ShipmentTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    qint64 selectedShipment() const;
    void selectShipment(qint64 id);
    void selectRow(int row);
    // The pane's state, for tests: the shipment shown and how many timeline rows.
    qint64 detailShipment() const { return m_detail ? m_detail->facts.id : 0; }
    int timelineRows() const;
    void setAllEvents(bool all);

Q_SIGNALS:
    void openCaseRequested(qint64 caseId);
    void detailShown(qint64 shipmentId);

private:
    void buildFilterBar();
    void buildDetailPane(QWidget *pane);
    void applyFilters();
    void updateSummary();
    void loadDetail(qint64 shipmentId);
    void showDetail(const ShipmentDetail &detail);
    void fillTimeline();
    void learnTransitTimes();
    QString expectedText(const ShipmentDetail &detail) const;
    void chooseColumns(const QPoint &at);
    void saveColumns() const;
    qint64 now() const;

    Database m_database;
    ShipmentTableModel *m_model = nullptr;
    ShipmentStyleProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_quick = nullptr;
    QComboBox *m_carrier = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_destination = nullptr;
    QComboBox *m_shipped = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_late = nullptr;
    QCheckBox *m_withCase = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_extraLabel = nullptr;
    QToolButton *m_extraClear = nullptr;
    QLabel *m_emptyState = nullptr;
    ShipmentFilter m_extra; // parts the bar cannot show (from the Overview)
    bool m_pickFirst = false; // Enter in the quick filter: go to the first parcel found
    // Detail pane.
    QLabel *m_title = nullptr;
    QLabel *m_facts = nullptr;
    QCheckBox *m_allEvents = nullptr;
    QTableWidget *m_timeline = nullptr;
    QListWidget *m_cases = nullptr;
    QPushButton *m_copy = nullptr;
    std::optional<ShipmentDetail> m_detail;
    quint64 m_detailJob = 0;
    std::shared_ptr<const TransitModel> m_transit;
    qint64 m_transitLearnedAtMs = 0;
    bool m_learning = false;
    std::function<qint64()> m_clock;
    std::unique_ptr<DatabaseReader> m_learnReader;
    std::unique_ptr<DatabaseReader> m_reader; // last: gone before the widgets its jobs report to
};

} // namespace ParcelDesk
