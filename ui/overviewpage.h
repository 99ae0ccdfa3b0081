#pragma once

#include "store/database.h"
#include "store/overviewquery.h"

#include <QWidget>

#include <functional>
#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QStackedBarSeries;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QLineSeries;
class QToolButton;
class QVBarModelMapper;

namespace ParcelDesk {

class DatabaseReader;
class InFlightModel;
class VolumeModel;

// The screen logistics staff keep open: tiles for what needs attention now, parcel volume by
// day or week (stacked by carrier or status) and the parcels on their way by status. Every tile
// and every bar opens the Shipments page filtered to exactly the parcels it counted. The charts
// read the same models their tables show. Figures are read on a worker thread.
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(Database database, QWidget *parent = nullptr);
    ~OverviewPage() override;

    void refresh();
    void setClock(std::function<qint64()> clock);
    OverviewOptions options() const;

    // For tests and the keyboard: a tile by key ("late", "case:damaged"), and the bar
    // segments' drill-downs.
    QToolButton *tile(const QString &key) const;
    void openVolumeSegment(int period, int series);
    void openInFlight(int row);
    VolumeModel *volumeModel() const { return m_volume; }
    InFlightModel *inFlightModel() const { return m_inFlight; }
    QStackedBarSeries *volumeSeries() const { return m_volumeSeries; }
    QTableWidget *wismoTable() const { return m_wismoTable; }
    const WismoFigures &wismo() const { return m_wismo; }

Q_SIGNALS:
    void drillDown(const ParcelDesk::ShipmentFilter &filter, const QString &description);
    void refreshed();

private:
    void show(const OverviewSnapshot &snapshot, const OverviewOptions &options);
    QToolButton *makeTile(const QString &key, QGridLayout *grid, int row, int column);
    void setTile(QToolButton *tile, const QString &value, const QString &label,
        const QString &detail, const ShipmentFilter &drill, bool alarm = false);
    void updateAxes();
    void showWismo(const WismoFigures &wismo);

    Database m_database;
    std::function<qint64()> m_clock;
    QComboBox *m_carrier = nullptr;
    QComboBox *m_range = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_stack = nullptr;
    QLabel *m_state = nullptr;
    QGridLayout *m_tileGrid = nullptr;
    QGridLayout *m_caseGrid = nullptr;
    QHash<QString, QToolButton *> m_tiles;
    QHash<QToolButton *, ShipmentFilter> m_drills;
    QList<QToolButton *> m_caseTiles;
    VolumeModel *m_volume = nullptr;
    InFlightModel *m_inFlight = nullptr;
    QChart *m_volumeChart = nullptr;
    QStackedBarSeries *m_volumeSeries = nullptr;
    QVBarModelMapper *m_volumeMapper = nullptr;
    QChart *m_inFlightChart = nullptr;
    QStackedWidget *m_volumeStack = nullptr;
    QTableView *m_volumeTable = nullptr;
    QTableWidget *m_wismoTable = nullptr;
    QChart *m_wismoChart = nullptr;
    QLineSeries *m_wismoSeries = nullptr;
    WismoFigures m_wismo;
    quint64 m_job = 0;
    std::unique_ptr<DatabaseReader> m_reader; // last: gone before what its jobs report to
};

} // namespace ParcelDesk
