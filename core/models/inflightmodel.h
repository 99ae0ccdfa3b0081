#pragma once

#include "store/overviewquery.h"

#include <QAbstractTableModel>

namespace ParcelDesk {

// Parcels on their way now, one row per status: the Overview's second chart and its table.
class InFlightModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InFlightModel)

public:
    enum Column { StatusColumn, CountColumn, ColumnCount };
    enum Role { StatusTagRole = Qt::UserRole + 1 };

    explicit InFlightModel(QObject *parent = nullptr);

    void setSnapshot(const OverviewSnapshot &snapshot, const OverviewOptions &options);
    ShipmentFilter drill(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    OverviewSnapshot m_snapshot;
    OverviewOptions m_options;
};

} // namespace ParcelDesk
