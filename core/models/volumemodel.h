#pragma once

#include "store/overviewquery.h"

#include <QAbstractTableModel>

namespace ParcelDesk {

// Parcel volume for the Overview's chart and its table: one row per day or week, one column per
// carrier or status. The chart reads this model through a bar model mapper, so the two never
// disagree.
class VolumeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeModel)

public:
    enum Role { SeriesKeyRole = Qt::UserRole + 1 }; // on the horizontal header: "dhl", "Delivered"

    explicit VolumeModel(QObject *parent = nullptr);

    void setSnapshot(const OverviewSnapshot &snapshot, const OverviewOptions &options);
    const OverviewSnapshot &snapshot() const { return m_snapshot; }
    const OverviewOptions &options() const { return m_options; }
    ShipmentFilter drill(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "DHL" or "In transit": what a series is called.
    static QString seriesLabel(const QString &key, OverviewOptions::Stack stack);

private:
    OverviewSnapshot m_snapshot;
    OverviewOptions m_options;
};

} // namespace ParcelDesk
