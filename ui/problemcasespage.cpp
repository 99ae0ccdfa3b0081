#include "problemcasespage.h"

#include "savebeforeclose.h"
#include "tableexport.h"

#include "problemrulesdialog.h"

#include "rules/problemcaserunner.h"
#include "store/problemcaselistquery.h"
#include "store/problemcaserepository.h"
#include "store/problemrulerepository.h"
#include "store/shipmentrepository.h"
#include "workflows/wismoactions.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

const QList<ProblemKind> allKinds
    = {ProblemKind::NeverScanned, ProblemKind::Stuck, ProblemKind::Late, ProblemKind::PredictedLate,
        ProblemKind::Damaged, ProblemKind::AddressIssue, ProblemKind::CustomsHold,
        ProblemKind::Refused, ProblemKind::FailedAttempt, ProblemKind::PickupNearingReturn,
        ProblemKind::ReturnedToSender, ProblemKind::SuspectedLost, ProblemKind::NotReceivedClaim};

} // namespace

QString ProblemCasesPage::kindLabel(ProblemKind kind)
{
    return ProblemCaseText::kindLabel(kind);
}

QString ProblemCasesPage::stateLabel(ProblemState state)
{
    switch (state) {
    case ProblemState::Open:
        return tr("Open");
    case ProblemState::Assigned:
        return tr("Assigned");
    case ProblemState::WaitingCarrier:
        return tr("Waiting on carrier");
    case ProblemState::WaitingCustomer:
        return tr("Waiting on customer");
    case ProblemState::Resolved:
        return tr("Resolved");
    }
    return {};
}

QString ProblemCasesPage::resolutionLabel(Resolution resolution)
{
    switch (resolution) {
    case Resolution::Delivered:
        return tr("Delivered after all");
    case Resolution::CarrierResolved:
        return tr("Carrier resolved it");
    case Resolution::CustomerInformed:
        return tr("Customer informed");
    case Resolution::Reshipped:
        return tr("Reshipped");
    case Resolution::Refunded:
        return tr("Refunded");
    case Resolution::ClaimFiled:
        return tr("Claim filed with the carrier");
    case Resolution::ReturnedToSender:
        return tr("Back at the sender");
    case Resolution::ConditionCleared:
        return tr("Problem gone");
    case Resolution::Duplicate:
        return tr("Duplicate");
    case Resolution::NoAction:
        return tr("No action needed");
    }
    return {};
}

ProblemCasesPage::ProblemCasesPage(Database db, QString user, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_user(std::move(user))
{
    setObjectName(u"problemCasesPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    auto *title = new QLabel(tr("Problem cases"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *filters = new QHBoxLayout;
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setAccessibleName(tr("Case state"));
    m_stateFilter->setObjectName(u"stateFilter"_s);
    m_stateFilter->addItem(tr("Unresolved"), u"unresolved"_s);
    for (const ProblemState s : {ProblemState::Open, ProblemState::Assigned,
             ProblemState::WaitingCarrier, ProblemState::WaitingCustomer, ProblemState::Resolved})
        m_stateFilter->addItem(stateLabel(s), problemStateToString(s));
    m_kindFilter = new QComboBox(this);
    m_kindFilter->setAccessibleName(tr("Kind of problem"));
    m_kindFilter->setObjectName(u"kindFilter"_s);
    m_kindFilter->addItem(tr("All kinds"), QString());
    for (const ProblemKind k : allKinds)
        m_kindFilter->addItem(kindLabel(k), problemKindToString(k));
    m_search = new QLineEdit(this);
    m_search->setAccessibleName(tr("Tracking number"));
    m_search->setObjectName(u"caseSearch"_s);
    m_search->setPlaceholderText(tr("Tracking number…"));
    m_search->setClearButtonEnabled(true);
    m_runRules = new QPushButton(tr("&Run rules now"), this);
    m_runRules->setObjectName(u"runRules"_s);
    auto *editRules = new QPushButton(tr("R&ules…"), this);
    editRules->setObjectName(u"editRules"_s);
    connect(editRules, &QPushButton::clicked, this, [this] {
        auto *dialog = new ProblemRulesDialog(m_db, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_kindFilter);
    filters->addWidget(m_search, 1);
    auto *contact = new QPushButton(tr("Log a con&tact…"), this);
    contact->setObjectName(u"logContact"_s);
    contact->setToolTip(tr("A customer called or wrote about a parcel; \"not received\" about a "
                           "delivered parcel opens a case with the carrier's claim deadline."));
    connect(contact, &QPushButton::clicked, this, &ProblemCasesPage::askForContact);
    filters->addWidget(m_runRules);
    filters->addWidget(editRules);
    filters->addWidget(contact);
    layout->addLayout(filters);
    m_summary = new QLabel(tr("Reading the cases…"), this);
    m_summary->setObjectName(u"caseSummary"_s);
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, ColumnCount, splitter);
    m_table->setAccessibleName(tr("Problem cases"));
    m_table->setObjectName(u"casesTable"_s);
    TableExport::install(
        m_table, tr("problem-cases", "file name of an export"), tr("Problem cases"));
    m_table->setHorizontalHeaderLabels(
        {tr("Priority"), tr("Kind"), tr("Tracking number"), tr("Carrier"), tr("State"),
            tr("Assignee"), tr("Opened"), tr("Due"), tr("Claim by"), tr("Why")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several cases at once: assign or resolve them in one go.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DetailsColumn, QHeaderView::Stretch);

    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *actions = new QHBoxLayout;
    const auto button = [&](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, lower);
        b->setObjectName(name);
        b->setEnabled(false);
        actions->addWidget(b);
        m_caseButtons.append(b);
        return b;
    };
    QPushButton *assignMe = button(tr("Assign to &me"), u"assignMe"_s);
    assignMe->setToolTip(tr("Take the selected cases"));
    QPushButton *assign = button(tr("&Assign…"), u"assignCase"_s);
    QPushButton *carrier = button(tr("Waiting on &carrier…"), u"waitCarrier"_s);
    QPushButton *customer = button(tr("Waiting on c&ustomer…"), u"waitCustomer"_s);
    QPushButton *note = button(tr("&Note…"), u"noteCase"_s);
    QPushButton *resolve = button(tr("Re&solve…"), u"resolveCase"_s);
    actions->addStretch(1);
    lowerLayout->addLayout(actions);
    m_history = new QPlainTextEdit(lower);
    m_history->setObjectName(u"caseHistory"_s);
    m_history->setReadOnly(true);
    m_history->setPlaceholderText(tr("The history of the selected case."));
    lowerLayout->addWidget(m_history);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(debounce, &QTimer::timeout, this, &ProblemCasesPage::refresh);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &ProblemCasesPage::refresh);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &ProblemCasesPage::refresh);
    connect(m_runRules, &QPushButton::clicked, this, &ProblemCasesPage::runRules);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        for (QPushButton *b : std::as_const(m_caseButtons))
            b->setEnabled(!selectedCases().isEmpty());
        showHistory();
    });
    connect(assignMe, &QPushButton::clicked, this, [this] { assignSelected(m_user); });
    connect(assign, &QPushButton::clicked, this, [this] { askAndAct(u"assign"_s); });
    connect(carrier, &QPushButton::clicked, this, [this] { askAndAct(u"carrier"_s); });
    connect(customer, &QPushButton::clicked, this, [this] { askAndAct(u"customer"_s); });
    connect(note, &QPushButton::clicked, this, [this] { askAndAct(u"note"_s); });
    connect(resolve, &QPushButton::clicked, this, [this] { askAndAct(u"resolve"_s); });
    refresh();
}

void ProblemCasesPage::refresh()
{
    const quint64 job = ++m_job;
    const QString state = m_stateFilter->currentData().toString();
    const QString kind = m_kindFilter->currentData().toString();
    const QString search = m_search->text().trimmed();
    auto *watcher = new QFutureWatcher<ProblemCaseList>(this);
    connect(watcher, &QFutureWatcher<ProblemCaseList>::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        if (job == m_job)
            fill(watcher->result());
    });
    const Database db = m_db;
    watcher->setFuture(QtConcurrent::run([db, state, kind, search] {
        const ProblemCaseList list
            = ProblemCaseListQuery::load(db.connection(), {state, kind, search}, maxRows);
        db.releaseConnection();
        return list;
    }));
}

void ProblemCasesPage::fill(const ProblemCaseList &page)
{
    // The kind filter says how many cases of each kind are open.
    const QLocale here;
    qint64 open = 0;
    for (int i = 1; i < m_kindFilter->count(); ++i) {
        const QString kind = m_kindFilter->itemData(i).toString();
        const qint64 n = page.openByKind.value(kind);
        open += n;
        const auto parsed = problemKindFromString(kind);
        const QString label = parsed ? kindLabel(*parsed) : kind;
        m_kindFilter->setItemText(i, n > 0 ? tr("%1 (%2)").arg(label, here.toString(n)) : label);
    }
    m_kindFilter->setItemText(0, tr("All kinds (%1 open)").arg(here.toString(open)));
    const qint64 keep = m_reselect ? m_reselect : selectedCase();
    m_reselect = 0;
    const QLocale locale;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(page.rows.size()));
    for (int i = 0; i < page.rows.size(); ++i) {
        const ProblemCaseRow &r = page.rows[i];
        const auto set = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            m_table->setItem(i, column, item);
            return item;
        };
        set(PriorityColumn, QString::number(r.priority))->setData(Qt::UserRole, r.id);
        set(KindColumn, kindLabel(r.kind));
        set(TrackingColumn, r.trackingNumber);
        set(CarrierColumn, r.carrier);
        set(StateColumn, stateLabel(r.state));
        set(AssigneeColumn, r.assignee);
        set(OpenedColumn, when(r.openedAtMs));
        auto *due = set(DueColumn, r.dueAtMs ? when(*r.dueAtMs) : QString());
        if (r.dueAtMs && *r.dueAtMs < now && r.state != ProblemState::Resolved) {
            due->setForeground(QColor(0xcf, 0x22, 0x2e));
            due->setToolTip(tr("Overdue"));
        }
        auto *claim = set(ClaimColumn,
            r.claimDueAtMs
                ? locale.toString(QDateTime::fromMSecsSinceEpoch(*r.claimDueAtMs, Qt::UTC).date(),
                    QLocale::ShortFormat)
                : QString());
        if (r.claimDueAtMs) {
            claim->setToolTip(tr("The carrier's claim window closes at the end of this day."));
            // A week's warning: a claim needs evidence gathered before it can be filed.
            if (r.state != ProblemState::Resolved && *r.claimDueAtMs - now < 7 * 86'400'000LL)
                claim->setForeground(QColor(0xcf, 0x22, 0x2e));
        }
        set(DetailsColumn, r.details)->setToolTip(r.details);
    }
    m_summary->setText(page.total > page.rows.size()
            ? tr("%1 cases; the first %2 by priority and due time are shown. Narrow them with the "
                 "filters.")
                  .arg(locale.toString(page.total), locale.toString(page.rows.size()))
            : tr("%n case(s).", nullptr, int(page.total)));
    if (keep)
        selectCase(keep);
    showHistory(); // the selected case may have changed under the same row
    Q_EMIT refreshed(int(page.rows.size()), page.total);
}

qint64 ProblemCasesPage::selectedCase() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, PriorityColumn) || m_table->selectedItems().isEmpty())
        return 0;
    return m_table->item(row, PriorityColumn)->data(Qt::UserRole).toLongLong();
}

void ProblemCasesPage::selectCase(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, PriorityColumn)->data(Qt::UserRole).toLongLong() == id) {
            // Through the selection model: selectRow() would read the keyboard's modifiers.
            m_table->selectionModel()->setCurrentIndex(m_table->model()->index(row, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
}

void ProblemCasesPage::showCase(qint64 id)
{
    m_reselect = id;
    const QSignalBlocker b1(m_stateFilter), b2(m_kindFilter), b3(m_search);
    m_stateFilter->setCurrentIndex(0);
    m_kindFilter->setCurrentIndex(0);
    m_search->clear();
    refresh();
}

void ProblemCasesPage::showHistory()
{
    const qint64 id = selectedCase();
    if (!id) {
        m_history->clear();
        return;
    }
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        if (selectedCase() == id)
            m_history->setPlainText(watcher->result());
    });
    const Database db = m_db;
    watcher->setFuture(QtConcurrent::run([db, id] {
        QStringList lines;
        for (const auto &h : ProblemCaseRepository(db).history(id)) {
            lines << tr("%1  %2  %3%4")
                         .arg(when(h.atMs), h.actor, h.action,
                             h.detail.isEmpty() ? QString() : u": "_s + h.detail);
        }
        db.releaseConnection();
        return lines.join(u'\n');
    }));
}

QList<qint64> ProblemCasesPage::selectedCases() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows(PriorityColumn))
        ids << row.data(Qt::UserRole).toLongLong();
    return ids;
}

void ProblemCasesPage::act(const std::function<QString(const Database &, qint64)> &change)
{
    const QList<qint64> ids = selectedCases();
    if (ids.isEmpty())
        return;
    m_reselect = selectedCase() ? selectedCase() : ids.first();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty())
            m_summary->setText(error);
        Q_EMIT actionFinished(error.isEmpty(), error);
        refresh();
    });
    const Database db = m_db;
    watcher->setFuture(QtConcurrent::run([db, ids, change] {
        // Each case in its own transaction: one refused change leaves the others done.
        QStringList errors;
        for (const qint64 id : ids) {
            const QString error = change(db, id);
            if (!error.isEmpty())
                errors << error;
        }
        db.releaseConnection();
        return errors.join(u' ');
    }));
}

namespace {
QString errorOf(const Outcome &o)
{
    return o ? QString() : o.error().message;
}
} // namespace

void ProblemCasesPage::assignSelected(const QString &assignee)
{
    const QString user = m_user;
    act([assignee, user](const Database &db, qint64 id) {
        return errorOf(ProblemCaseRepository(db).assign(
            id, assignee, user, QDateTime::currentMSecsSinceEpoch()));
    });
}

void ProblemCasesPage::waitSelected(ProblemState waiting, const QString &note)
{
    const QString user = m_user;
    act([waiting, note, user](const Database &db, qint64 id) {
        return errorOf(ProblemCaseRepository(db).waitOn(
            id, waiting, note, user, QDateTime::currentMSecsSinceEpoch()));
    });
}

void ProblemCasesPage::noteSelected(const QString &note)
{
    const QString user = m_user;
    act([note, user](const Database &db, qint64 id) {
        return errorOf(
            ProblemCaseRepository(db).addNote(id, note, user, QDateTime::currentMSecsSinceEpoch()));
    });
}

void ProblemCasesPage::resolveSelected(Resolution resolution, const QString &note)
{
    const QString user = m_user;
    act([resolution, note, user](const Database &db, qint64 id) {
        return errorOf(ProblemCaseRepository(db).resolve(
            id, resolution, note, user, QDateTime::currentMSecsSinceEpoch()));
    });
}

void ProblemCasesPage::askAndApply(const QString &title, const QString &label, bool multiLine,
    const std::function<Outcome(const Database &, qint64, const QString &)> &change)
{
    const QList<qint64> ids = selectedCases();
    if (ids.isEmpty())
        return;
    m_reselect = selectedCase() ? selectedCase() : ids.first();
    // The cases not yet changed: a try that changed some and not others is not repeated for
    // those it changed. One try runs at a time, so the worker threads take turns with it.
    auto remaining = std::make_shared<QList<qint64>>(ids);
    const auto saved = SaveBeforeClose::askText(this, title, label, {}, multiLine, m_db,
        [remaining, change](const Database &db, const QString &text) -> Result<QString> {
            QStringList errors;
            QList<qint64> left;
            for (const qint64 id : std::as_const(*remaining)) {
                if (const Outcome done = change(db, id, text); !done) {
                    errors << done.error().message;
                    left << id;
                }
            }
            *remaining = left;
            if (!errors.isEmpty())
                return Error {errors.join(u' ')};
            return QString();
        });
    if (!saved && remaining->size() == ids.size())
        return; // cancelled before anything was saved
    Q_EMIT actionFinished(bool(saved), QString());
    refresh();
}

void ProblemCasesPage::askAndAct(const QString &what)
{
    const QString user = m_user;
    if (what == u"assign") {
        // Who takes the case is chosen, not typed at length: the plain question is enough.
        bool ok = false;
        const QString who = QInputDialog::getText(
            this, tr("Assign case"), tr("Assign to:"), QLineEdit::Normal, m_user, &ok);
        if (ok)
            assignSelected(who);
    } else if (what == u"carrier" || what == u"customer") {
        const ProblemState waiting
            = what == u"carrier" ? ProblemState::WaitingCarrier : ProblemState::WaitingCustomer;
        askAndApply(tr("Waiting"),
            what == u"carrier" ? tr("What was asked of the carrier:")
                               : tr("What was asked of the customer:"),
            false, [waiting, user](const Database &db, qint64 id, const QString &note) {
                return ProblemCaseRepository(db).waitOn(
                    id, waiting, note, user, QDateTime::currentMSecsSinceEpoch());
            });
    } else if (what == u"note") {
        askAndApply(tr("Note"), tr("Note:"), true,
            [user](const Database &db, qint64 id, const QString &note) {
                return ProblemCaseRepository(db).addNote(
                    id, note, user, QDateTime::currentMSecsSinceEpoch());
            });
    } else if (what == u"resolve") {
        QStringList labels;
        const QList<Resolution> choices
            = {Resolution::CarrierResolved, Resolution::CustomerInformed, Resolution::Reshipped,
                Resolution::Refunded, Resolution::ClaimFiled, Resolution::Delivered,
                Resolution::ReturnedToSender, Resolution::NoAction, Resolution::Duplicate};
        for (const Resolution r : choices)
            labels << resolutionLabel(r);
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            this, tr("Resolve case"), tr("How did it end?"), labels, 0, false, &ok);
        if (!ok)
            return;
        const Resolution resolution = choices[labels.indexOf(chosen)];
        askAndApply(tr("Resolve case"), tr("Note (optional):"), false,
            [resolution, user](const Database &db, qint64 id, const QString &note) {
                return ProblemCaseRepository(db).resolve(
                    id, resolution, note, user, QDateTime::currentMSecsSinceEpoch());
            });
    }
}

void ProblemCasesPage::askForContact()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Log a contact"));
    auto *form = new QFormLayout(&dialog);
    auto *number = new QLineEdit(&dialog);
    number->setObjectName(u"contactTracking"_s);
    number->setText(selectedTrackingNumber());
    auto *channel = new QComboBox(&dialog);
    for (const QString &code : Contact::channels())
        channel->addItem(Contact::channelLabel(code), code);
    auto *reason = new QComboBox(&dialog);
    reason->setObjectName(u"contactReason"_s);
    for (const QString &code : Contact::reasons())
        reason->addItem(Contact::reasonLabel(code), code);
    auto *note = new QLineEdit(&dialog);
    note->setObjectName(u"contactNote"_s);
    form->addRow(tr("&Tracking number:"), number);
    form->addRow(tr("&Channel:"), channel);
    form->addRow(tr("&Reason:"), reason);
    form->addRow(tr("&Note:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log"));
    form->addRow(buttons);
    // Logged before the dialog closes: a refusal or a lost connection keeps what was typed.
    auto *saver = new SaveBeforeClose(&dialog, buttons, m_db, [&]() -> SaveBeforeClose::Work {
        if (number->text().trimmed().isEmpty()) {
            number->setFocus();
            return {};
        }
        return [number = number->text(), channel = channel->currentData().toString(),
                   reason = reason->currentData().toString(), note = note->text(),
                   user = m_user](const Database &db) {
            return logContactNow(db, user, number, channel, reason, note);
        };
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT actionFinished(true, saver->message());
    refresh();
    QTimer::singleShot(
        0, this, [this, message = saver->message()] { m_summary->setText(message); });
}

QString ProblemCasesPage::selectedTrackingNumber() const
{
    const int row = m_table->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, TrackingColumn) : nullptr;
    return item && selectedCase() ? item->text() : QString();
}

void ProblemCasesPage::logContact(const QString &trackingNumber, const QString &channel,
    const QString &reason, const QString &note)
{
    m_summary->setText(tr("Logging the contact…"));
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<QString> logged = watcher->result();
        const QString message = logged ? *logged : logged.error().message;
        Q_EMIT actionFinished(bool(logged), message);
        refresh();
        QTimer::singleShot(0, this, [this, message] { m_summary->setText(message); });
    });
    watcher->setFuture(
        QtConcurrent::run([db = m_db, user = m_user, trackingNumber, channel, reason, note] {
            auto logged = logContactNow(db, user, trackingNumber, channel, reason, note);
            db.releaseConnection();
            return logged;
        }));
}

Result<QString> ProblemCasesPage::logContactNow(const Database &db, const QString &user,
    const QString &trackingNumber, const QString &channel, const QString &reason,
    const QString &note)
{
    const QString number = QString(trackingNumber).trimmed().remove(u' ').remove(u'-').toUpper();
    const QList<Shipment> found = ShipmentRepository(db).findByTrackingNumber(number);
    if (found.isEmpty())
        return Error {tr("No shipment has the tracking number %1.").arg(number)};
    // Carriers reuse numbers: the newest parcel is the one the customer asks about.
    const Shipment &s = *std::max_element(found.cbegin(), found.cend(),
        [](const Shipment &a, const Shipment &b) { return a.shippedAtMs < b.shippedAtMs; });
    Contact c;
    c.shipmentId = s.id;
    if (s.orderId > 0)
        c.orderId = s.orderId;
    c.channel = channel;
    c.reason = reason;
    c.note = note;
    c.agent = user;
    c.atMs = QDateTime::currentMSecsSinceEpoch();
    return WismoActions::logContact(db, c); // as the WISMO desk logs one
}

void ProblemCasesPage::runRules()
{
    m_runRules->setEnabled(false);
    m_summary->setText(tr("Running the rules…"));
    auto *watcher = new QFutureWatcher<std::pair<bool, QString>>(this);
    connect(watcher, &QFutureWatcher<std::pair<bool, QString>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_runRules->setEnabled(true);
        // Named copies, not a structured binding: clang 14 (clang-tidy) cannot capture one.
        const std::pair<bool, QString> result = watcher->result();
        const QString message = result.second;
        Q_EMIT actionFinished(result.first, message);
        refresh();
        QTimer::singleShot(0, this, [this, message] { m_summary->setText(message); });
    });
    const Database db = m_db;
    watcher->setFuture(QtConcurrent::run([db] {
        const auto summary = ProblemCaseRunner::run(
            db, ProblemRuleRepository(db).load(), QDateTime::currentMSecsSinceEpoch());
        db.releaseConnection();
        if (!summary)
            return std::pair(false, summary.error().message);
        return std::pair(true,
            tr("Rules checked %1 shipments: %2 cases opened, %3 resolved.")
                .arg(summary->examined)
                .arg(summary->opened)
                .arg(summary->resolved));
    }));
}

} // namespace ParcelDesk
