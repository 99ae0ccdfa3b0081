#pragma once

#include <QIdentityProxyModel>

namespace ParcelDesk {

// The colours of the Shipments table: late promises and exceptions in red, open cases in bold.
// The rows and their order are the source's.
class ShipmentStyleProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShipmentStyleProxy)

public:
    explicit ShipmentStyleProxy(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace ParcelDesk
