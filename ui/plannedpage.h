#pragma once

#include <QWidget>

namespace ParcelDesk {

// A page whose content a later release brings. It says so plainly and names what will be
// there, instead of showing empty tables that pretend.
class PlannedPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlannedPage)

public:
    PlannedPage(const QString &title, const QString &purpose, const QStringList &coming,
        QWidget *parent = nullptr);
};

} // namespace ParcelDesk
