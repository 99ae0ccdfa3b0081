#include "volumemodel.h"

#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"
#include "domain/statustext.h"

#include <QDate>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

VolumeModel::VolumeModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void VolumeModel::setSnapshot(const OverviewSnapshot &snapshot, const OverviewOptions &options)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_options = options;
    endResetModel();
}

ShipmentFilter VolumeModel::drill(int row, int column) const
{
    return m_snapshot.volumeDrill(row, column, m_options);
}

QString VolumeModel::seriesLabel(const QString &key, OverviewOptions::Stack stack)
{
    if (stack == OverviewOptions::Stack::ByCarrier) {
        const CarrierAdapter *adapter = carrierAdapter(key);
        return adapter ? adapter->displayName() : key;
    }
    const auto tag = tagFromString(key);
    return tag ? StatusText::tag(*tag) : key;
}

int VolumeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.volume.size());
}

int VolumeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.series.size());
}

QVariant VolumeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return m_snapshot.volume[index.row()].value(index.column());
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant VolumeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_snapshot.series.size())
            return {};
        if (role == Qt::DisplayRole)
            return seriesLabel(m_snapshot.series[section], m_options.stack);
        if (role == SeriesKeyRole)
            return m_snapshot.series[section];
        return {};
    }
    if (section < 0 || section >= m_snapshot.periodStartDays.size() || role != Qt::DisplayRole)
        return {};
    const QDate first = QDate(1970, 1, 1).addDays(m_snapshot.periodStartDays[section]);
    const QLocale locale;
    if (m_snapshot.periodLengthDays.value(section) > 1)
        //: A bar of the volume chart: the week beginning on this day.
        return tr("Week of %1").arg(locale.toString(first, u"d MMM"_s));
    return locale.toString(first, u"d MMM"_s);
}

} // namespace ParcelDesk
