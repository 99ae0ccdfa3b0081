#include "inflightmodel.h"

#include "domain/statustext.h"

namespace ParcelDesk {

InFlightModel::InFlightModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void InFlightModel::setSnapshot(const OverviewSnapshot &snapshot, const OverviewOptions &options)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_options = options;
    endResetModel();
}

ShipmentFilter InFlightModel::drill(int row) const
{
    return m_snapshot.inFlightDrill(row, m_options);
}

int InFlightModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.inFlight.size());
}

int InFlightModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InFlightModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &[tag, count] = m_snapshot.inFlight[index.row()];
    if (role == StatusTagRole)
        return tag;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (index.column() == CountColumn)
        return count;
    const auto parsed = tagFromString(tag);
    return parsed ? StatusText::tag(*parsed) : tag;
}

QVariant InFlightModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case CountColumn:
        return tr("Parcels");
    }
    return {};
}

} // namespace ParcelDesk
