#include "shipmentstyleproxy.h"

#include "models/shipmenttablemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

ShipmentStyleProxy::ShipmentStyleProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{ }

QVariant ShipmentStyleProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::ForegroundRole:
        if (column == ShipmentTableModel::PromisedColumn
            && index.data(ShipmentTableModel::IsLateRole).toBool())
            return QBrush(QColor(0xcf, 0x22, 0x2e));
        if (column == ShipmentTableModel::StatusColumn) {
            const QString tag = index.data(ShipmentTableModel::StatusTagRole).toString();
            if (tag == u"Exception" || tag == u"AttemptFail")
                return QBrush(QColor(0xbc, 0x4c, 0x00));
            if (tag == u"Delivered")
                return QBrush(QColor(0x1a, 0x7f, 0x37));
        }
        break;
    case Qt::FontRole:
        if (column == ShipmentTableModel::CasesColumn
            && index.data(ShipmentTableModel::OpenCasesRole).toInt() > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == ShipmentTableModel::CasesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace ParcelDesk
