#pragma once

#include "store/database.h"
#include "store/voucherrepository.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QFrame;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ParcelDesk {

// The voucher pool and this month's budget: a bar of spent, committed and remaining (red, and
// auto-approval stopped, once the budget is used up), the budget to change, codes imported from
// a CSV file (its mistakes named by file, line and column), the free and used codes by value and
// the latest codes with the message and customer each went to. Reads and writes on a pool
// thread; a newer read drops the result of an older one.
class VoucherPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoucherPanel)

public:
    explicit VoucherPanel(Database db, QWidget *parent = nullptr);
    ~VoucherPanel() override;

    void setClock(std::function<qint64()> clock);
    void setActor(const QString &actor);
    // The figures on show, once read.
    const std::optional<VoucherBudget> &shownBudget() const { return m_budget; }
    // Imports a CSV file as "Import codes…" does after its file dialog.
    void importFile(const QString &path);
    // Sets the monthly budget as Apply does, in cents.
    void applyBudget(qint64 cents);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();
    // An import or a budget change ended; message says how (or what was wrong).
    void actionFinished(bool ok, const QString &message);

private:
    struct Snapshot
    {
        Result<VoucherBudget> budget = Error {};
        Result<QList<VoucherListEntry>> codes = Error {};
    };
    void showSnapshot(const Snapshot &snapshot);
    void chooseFile();
    void runAction(
        const QString &busy, std::function<Result<QString>(const Database &, qint64 nowMs)> action);
    qint64 now() const;

    Database m_db;
    QString m_actor;
    std::function<qint64()> m_clock;
    quint64 m_job = 0;
    std::optional<VoucherBudget> m_budget;

    // The bar: three frames whose widths follow spent, committed and remaining.
    QHBoxLayout *m_bar = nullptr;
    QFrame *m_spentPart = nullptr;
    QFrame *m_committedPart = nullptr;
    QFrame *m_remainingPart = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_stopped = nullptr;
    QDoubleSpinBox *m_budgetBox = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_pool = nullptr;
    QComboBox *m_filter = nullptr;
    QTableWidget *m_codes = nullptr;
};

} // namespace ParcelDesk
