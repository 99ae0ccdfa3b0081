#pragma once

#include "store/database.h"
#include "store/returnsdashboardquery.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>

class QAreaSeries;
class QChart;
class QComboBox;
class QDateTimeAxis;
class QGridLayout;
class QLabel;
class QLineSeries;
class QPushButton;
class QTableWidget;
class QValueAxis;

namespace ParcelDesk {

class DatabaseReader;

// The returns figures a warehouse and its managers plan with: tiles for the period (returns
// received, return rate, kept out of landfill, drop-off to refund, reusable packaging), the
// inflow per day with the next two weeks' forecast, and tables of reasons, return rates and
// dispositions by category. Figures are read on a worker thread.
class ReturnsDashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReturnsDashboard)

public:
    explicit ReturnsDashboard(Database database, QWidget *parent = nullptr);
    ~ReturnsDashboard() override;

    // The clock "today" is taken from (milliseconds since the epoch); for tests.
    void setClock(std::function<qint64()> clock);
    ReturnsDashboardFilter filter() const;
    bool isLoading() const { return m_loading; }

    // For tests: a tile by key ("returns_received", "return_rate", "kept_out_of_landfill",
    // "refund_days", "reusable_packaging"), and what the widget shows.
    QLabel *tile(const QString &key) const;
    const ReturnsFigures &figures() const { return m_figures; }
    QChart *inflowChart() const { return m_chart; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void reloaded();

private:
    void showFigures(const ParcelDesk::ReturnsFigures &figures);
    void showTiles(const ParcelDesk::ReturnsFigures &figures);
    void showChart(const ParcelDesk::ReturnsFigures &figures);
    void showTables(const ParcelDesk::ReturnsFigures &figures);
    void setWarehouses(const QStringList &warehouses);
    QLabel *makeTile(const QString &key, QGridLayout *grid, int column);
    void setTile(
        const QString &key, const QString &value, const QString &label, const QString &detail);

    Database m_database;
    std::function<qint64()> m_clock;
    QComboBox *m_period = nullptr;
    QComboBox *m_warehouse = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QLabel *m_state = nullptr;
    QHash<QString, QLabel *> m_tiles;
    QChart *m_chart = nullptr;
    QLineSeries *m_returnsReceived = nullptr;
    QLineSeries *m_itemsReceived = nullptr;
    QAreaSeries *m_onTheirWay = nullptr;
    QAreaSeries *m_fromDeliveries = nullptr;
    QDateTimeAxis *m_days = nullptr;
    QValueAxis *m_counts = nullptr;
    QTableWidget *m_reasons = nullptr;
    QTableWidget *m_rates = nullptr;
    QTableWidget *m_dispositions = nullptr;
    ReturnsFigures m_figures;
    bool m_loading = false;
    quint64 m_job = 0;
    std::unique_ptr<DatabaseReader> m_reader; // last: gone before what its jobs report to
};

} // namespace ParcelDesk
