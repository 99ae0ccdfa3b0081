#pragma once

#include "store/database.h"
#include "store/shipmentlistquery.h"

#include <QAbstractTableModel>

#include <functional>
#include <memory>

namespace ParcelDesk {

class DatabaseReader;

// The Shipments page's table: lazy over any number of rows. Filtering and sorting happen in
// SQL; rows arrive a page at a time (keyset paging) as the view scrolls, from a reader thread,
// so the GUI thread never waits. A newer filter or sort makes every older answer stale; stale
// answers are dropped. refresh() reads again what is loaded and keeps the rows a view has
// selected or scrolled to by their shipment.
class ShipmentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShipmentTableModel)

public:
    enum Column {
        TrackingColumn,
        CarrierColumn,
        ServiceColumn,
        StatusColumn,
        DestinationColumn,
        ShippedColumn,
        PromisedColumn,
        DeliveredColumn,
        LastEventColumn,
        OrderColumn,
        CasesColumn,
        ColumnCount
    };
    enum Role {
        ShipmentIdRole = Qt::UserRole + 1,
        StatusTagRole, // "Delivered"
        IsLateRole,
        OpenCasesRole,
        SortableRole, // on the header: whether the column sorts
    };
    using Clock = std::function<qint64()>;
    static constexpr int pageSize = 200;
    static constexpr int maxRefreshRows = 20'000;

    explicit ShipmentTableModel(Database database, QObject *parent = nullptr);
    ~ShipmentTableModel() override;

    void setFilter(const ShipmentFilter &filter);
    const ShipmentFilter &filter() const { return m_filter; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    const ShipmentSort &sortOrder() const { return m_sort; }
    static std::optional<ShipmentSortKey> sortKeyFor(int column);
    static int columnFor(ShipmentSortKey key);
    // What "late" is judged against; by default the wall clock.
    void setClock(Clock clock);
    // Reads the loaded rows again (new data arrived), keeping persistent indexes on their rows.
    void refresh();

    qint64 totalCount() const { return m_total; } // -1 while counting
    bool isLoading() const { return m_fetching; }
    QString errorText() const { return m_error; }
    const ShipmentListRow *rowAt(int row) const;
    int rowOf(qint64 shipmentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalCountChanged(qint64 total);
    void failed(const QString &message);
    // A page, or a refresh, has been applied.
    void rowsArrived();

private:
    void restart();
    void requestPage();
    void applyPage(quint64 generation, const Result<QList<ShipmentListRow>> &page);
    void applyRefresh(quint64 generation, const Result<QList<ShipmentListRow>> &rows);
    void setFetching(bool fetching);
    qint64 now() const;

    Database m_database;
    ShipmentFilter m_filter;
    ShipmentSort m_sort;
    QList<ShipmentListRow> m_rows;
    bool m_atEnd = false;
    bool m_fetching = false;
    bool m_started = false;
    bool m_refreshPending = false; // asked while a page was on its way: runs when it lands
    quint64 m_generation = 0; // grows with every new filter or sort
    qint64 m_total = -1;
    QString m_error;
    Clock m_clock;
    // Destroyed first: no job runs once the model is going.
    std::unique_ptr<DatabaseReader> m_countReader;
    std::unique_ptr<DatabaseReader> m_reader;
};

} // namespace ParcelDesk
