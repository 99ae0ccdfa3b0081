#pragma once

#include "domain/result.h"
#include "reports/operationsreport.h"
#include "reports/report.h"
#include "store/database.h"

#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace ParcelDesk {

class DatabaseReader;

// The Reports page: the operations report over a period, for every carrier or one and a
// destination, built off the GUI thread (with progress and Cancel), shown as key figures and
// one table (with its chart) per section, and exported whole as CSV, XLSX or PDF.
class ReportsPage final : public QWidget
{
    Q_OBJECT

public:
    enum class ExportFormat { Csv, Xlsx, Pdf };

    explicit ReportsPage(Database database, QWidget *parent = nullptr);
    ~ReportsPage() override;

    // For tests: the moment "today" is taken from.
    void setClock(std::function<qint64()> clock);
    void setPeriod(QDate from, QDate to);
    void setCarrier(const QString &carrierId); // empty: every carrier
    // The report shown, if one was built.
    const std::optional<Report> &report() const { return m_report; }
    bool isBuilding() const { return m_building; }
    // Writes the report shown without asking; the error names the file.
    Outcome exportTo(const QString &path, ExportFormat format) const;

public Q_SLOTS:
    void build();
    void cancel();

Q_SIGNALS:
    void built(); // a report is shown, or the state says why not

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyPreset(int index);
    void markStale();
    // A report is shown, not being replaced, and built for what the controls say.
    bool exportable() const;
    void showReport(const Report &report);
    void showSection(int index);
    QWidget *sectionView(const ReportSection &section);
    void exportWithDialog(ExportFormat format);
    QDate today() const;
    OperationsReportFilter filter() const;

    Database m_database;
    std::unique_ptr<DatabaseReader> m_reader;
    std::function<qint64()> m_clock;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_carrier = nullptr;
    QComboBox *m_destination = nullptr;
    QPushButton *m_buildButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_state = nullptr;
    QListWidget *m_sections = nullptr;
    QStackedWidget *m_views = nullptr;
    std::optional<Report> m_report;
    OperationsReportFilter m_reportFilter; // what the report shown was built for
    QString m_shownScope; // its period, filters and when it was built
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_building = false;
    bool m_shownOnce = false;
    int m_job = 0;
};

} // namespace ParcelDesk
