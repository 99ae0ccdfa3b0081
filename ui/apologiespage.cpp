#include "apologiespage.h"

#include "savebeforeclose.h"
#include "tableexport.h"

#include "carriers/credentialstore.h"
#include "channelsettingsdialog.h"
#include "consentdialog.h"
#include "domain/problemcase.h"
#include "problemcasespage.h"
#include "rules/transitmodel.h"
#include "store/consentrepository.h"
#include "store/messagerepository.h"
#include "store/voucherrepository.h"
#include "templateeditor.h"
#include "voucherpanel.h"
#include "workflows/channelsettings.h"
#include "workflows/outbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString stateLabel(MessageState state)
{
    switch (state) {
    case MessageState::Draft:
        return ApologiesPage::tr("awaiting approval");
    case MessageState::Approved:
    case MessageState::Queued:
        return ApologiesPage::tr("queued");
    case MessageState::Sending:
        return ApologiesPage::tr("sending");
    case MessageState::Sent:
        return ApologiesPage::tr("sent");
    case MessageState::Failed:
        return ApologiesPage::tr("failed");
    case MessageState::Suppressed:
        return ApologiesPage::tr("suppressed");
    case MessageState::Dead:
        return ApologiesPage::tr("dead letter");
    case MessageState::Rejected:
        return ApologiesPage::tr("rejected");
    }
    return {};
}

QString kindLabel(const QString &kind)
{
    if (kind == u"delay_notice")
        return ApologiesPage::tr("Delay notice");
    if (kind == u"delay_apology")
        return ApologiesPage::tr("Apology");
    if (kind == u"delay_apology_voucher")
        return ApologiesPage::tr("Apology with voucher");
    if (kind == u"parcel_apology")
        return ApologiesPage::tr("Apology for a damaged or lost parcel");
    if (kind == u"parcel_apology_voucher")
        return ApologiesPage::tr("Apology with voucher for a damaged or lost parcel");
    return kind;
}

QString caseKindLabel(const QString &kind)
{
    const auto parsed = problemKindFromString(kind);
    return parsed ? ProblemCasesPage::kindLabel(*parsed) : kind;
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

} // namespace

ApologiesPage::ApologiesPage(Database database, QString actor, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(database))
    , m_actor(std::move(actor))
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Apologies"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    m_figures = new QLabel(this);
    m_figures->setTextFormat(Qt::RichText);
    layout->addWidget(m_figures);
    m_effect = new QLabel(this);
    m_effect->setWordWrap(true);
    m_effect->setTextFormat(Qt::RichText);
    layout->addWidget(m_effect);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildCandidates(), tr("Candidates"));
    m_tabs->addTab(buildApproval(), tr("Awaiting approval"));
    m_tabs->addTab(buildOutbox(), tr("Outbox"));
    m_tabs->addTab(buildSuppressed(), tr("Suppressed"));
    m_tabs->addTab(buildRules(), tr("Rules and guardrails"));
    m_templates = new TemplateEditor(m_db, m_tabs);
    m_templates->setActor(m_actor);
    m_tabs->addTab(m_templates, tr("Templates"));
    m_vouchers = new VoucherPanel(m_db, m_tabs);
    m_tabs->addTab(m_vouchers, tr("Vouchers"));
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { refresh(); });
    refresh();
}

ApologiesPage::~ApologiesPage()
{
    // Jobs on the thread pool read this page's database; they end before it goes.
    QThreadPool::globalInstance()->waitForDone();
}

QWidget *ApologiesPage::buildCandidates()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *explain = new QLabel(tr("Customers with parcels in trouble whose current status nobody "
                                  "has told them yet. One message per customer covers all of "
                                  "their affected parcels; the rules recommend what to say."),
        page);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    m_candidates = makeTable({tr("Customer"), tr("Parcels"), tr("Orders"), tr("Cases"),
                                 tr("Days late"), tr("Recommended"), tr("Rules")},
        page);
    m_candidates->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_candidates->setObjectName(u"candidates"_s);
    TableExport::install(
        m_candidates, tr("apology-candidates", "file name of an export"), tr("Apology candidates"));
    connect(m_candidates, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_candidates->selectionModel()->selectedRows();
        if (!rows.isEmpty() && rows.front().row() < m_candidateList.size())
            previewCandidate(m_candidateList.at(rows.front().row()));
    });
    layout->addWidget(m_candidates, 1);
    auto *buttons = new QHBoxLayout;
    m_candidateNote = new QLabel(page);
    buttons->addWidget(m_candidateNote, 1);
    auto *reload = new QPushButton(tr("Refresh"), page);
    connect(reload, &QPushButton::clicked, this, &ApologiesPage::loadCandidates);
    buttons->addWidget(reload);
    m_write = new QPushButton(tr("&Write messages"), page);
    m_write->setObjectName(u"writeMessages"_s);
    m_write->setToolTip(tr("Writes a message for the selected customers (all when none is "
                           "selected): a draft to approve, queued when a rule approves it, or "
                           "suppressed with its reason when a guardrail says no."));
    connect(m_write, &QPushButton::clicked, this, &ApologiesPage::writeMessages);
    buttons->addWidget(m_write);
    layout->addLayout(buttons);
    return page;
}

QWidget *ApologiesPage::buildApproval()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_drafts = makeTable(
        {tr("Customer"), tr("Kind"), tr("Channel"), tr("Orders"), tr("Voucher"), tr("Written")},
        splitter);
    m_drafts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_drafts->setObjectName(u"drafts"_s);
    connect(m_drafts, &QTableWidget::itemSelectionChanged, this, &ApologiesPage::showDraft);
    auto *editor = new QWidget(splitter);
    auto *form = new QVBoxLayout(editor);
    m_draftFacts = new QLabel(editor);
    m_draftFacts->setWordWrap(true);
    form->addWidget(m_draftFacts);
    m_subject = new QLineEdit(editor);
    m_subject->setPlaceholderText(tr("Subject"));
    form->addWidget(m_subject);
    m_body = new QPlainTextEdit(editor);
    m_body->setObjectName(u"draftBody"_s);
    form->addWidget(m_body, 2);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        m_bodyEdited = true;
        m_html->setVisible(false);
    });
    m_html = new QTextBrowser(editor);
    m_html->setOpenLinks(false);
    form->addWidget(m_html, 2);
    auto *buttons = new QHBoxLayout;
    m_consent = new QPushButton(tr("Consent…"), editor);
    connect(m_consent, &QPushButton::clicked, this, [this] {
        if (const ApologyMessageRow *r = selectedRow(m_drafts))
            editConsent(r->message.customerId, r->customerName);
    });
    buttons->addWidget(m_consent);
    buttons->addStretch(1);
    m_reject = new QPushButton(tr("&Reject…"), editor);
    connect(m_reject, &QPushButton::clicked, this, &ApologiesPage::rejectDraft);
    buttons->addWidget(m_reject);
    m_approve = new QPushButton(tr("&Approve"), editor);
    m_approve->setToolTip(tr("Approve and queue (Ctrl+Return). The guardrails are checked once "
                             "more; during the customer's quiet hours it waits for the morning."));
    m_approve->setDefault(true);
    connect(m_approve, &QPushButton::clicked, this, &ApologiesPage::approveDraft);
    buttons->addWidget(m_approve);
    form->addLayout(buttons);
    m_approvalNote = new QLabel(editor);
    m_approvalNote->setWordWrap(true);
    form->addWidget(m_approvalNote);
    m_body->installEventFilter(this);
    m_subject->installEventFilter(this);
    auto *approveKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), editor);
    connect(approveKey, &QShortcut::activated, this, &ApologiesPage::approveDraft);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    showDraft();
    return splitter;
}

QWidget *ApologiesPage::buildOutbox()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    m_outboxState = new QComboBox(page);
    m_outboxState->addItem(tr("Queued and sending"), u"queued"_s);
    m_outboxState->addItem(tr("Sent"), u"sent"_s);
    m_outboxState->addItem(tr("Dead letters"), u"dead"_s);
    m_outboxState->addItem(tr("Rejected"), u"rejected"_s);
    connect(m_outboxState, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    bar->addWidget(m_outboxState);
    bar->addStretch(1);
    auto *channels = new QPushButton(tr("Channels…"), page);
    connect(channels, &QPushButton::clicked, this, [this] {
        ChannelSettingsDialog dialog(m_db, this);
        dialog.exec();
    });
    bar->addWidget(channels);
    auto *retry = new QPushButton(tr("Send dead letter again…"), page);
    retry->setToolTip(tr("Queues the selected dead letter once more. Check first, by its "
                         "Message-ID, that it did not leave."));
    connect(retry, &QPushButton::clicked, this, &ApologiesPage::retryDead);
    bar->addWidget(retry);
    auto *send = new QPushButton(tr("&Send now"), page);
    send->setToolTip(tr("Sends every message that is due, through the channels set up."));
    connect(send, &QPushButton::clicked, this, &ApologiesPage::sendNow);
    bar->addWidget(send);
    layout->addLayout(bar);
    m_outboxNote = new QLabel(page);
    m_outboxNote->setWordWrap(true);
    layout->addWidget(m_outboxNote);
    m_outbox = makeTable({tr("Customer"), tr("Kind"), tr("Channel"), tr("To"), tr("Status"),
                             tr("Attempts"), tr("When"), tr("Detail")},
        page);
    layout->addWidget(m_outbox, 1);
    TableExport::install(m_outbox, tr("messages", "file name of an export"), tr("Messages"));
    return page;
}

QWidget *ApologiesPage::buildSuppressed()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_byReason = new QLabel(page);
    m_byReason->setWordWrap(true);
    layout->addWidget(m_byReason);
    m_suppressed = makeTable(
        {tr("Customer"), tr("Kind"), tr("Channel"), tr("Orders"), tr("Reason"), tr("Written")},
        page);
    layout->addWidget(m_suppressed, 1);
    TableExport::install(m_suppressed, tr("suppressed-messages", "file name of an export"),
        tr("Suppressed messages"));
    auto *bar = new QHBoxLayout;
    bar->addStretch(1);
    auto *consent = new QPushButton(tr("Consent…"), page);
    consent->setToolTip(tr("Record what the selected customer said about messages, per "
                           "channel (for example on the phone)."));
    connect(consent, &QPushButton::clicked, this, [this] {
        if (const ApologyMessageRow *r = selectedRow(m_suppressed))
            editConsent(r->message.customerId, r->customerName);
    });
    bar->addWidget(consent);
    layout->addLayout(bar);
    return page;
}

QWidget *ApologiesPage::buildRules()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *explain = new QLabel(tr("For each affected parcel the first enabled rule that matches "
                                  "decides; a customer's message takes the strongest action of "
                                  "their parcels. Case kinds are comma-separated (empty: any)."),
        page);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    m_rules = new QTableWidget(0, 9, page);
    m_rules->setHorizontalHeaderLabels(
        {tr("On"), tr("Name"), tr("Case kinds"), tr("Days late ≥"), tr("Problems ≥"),
            tr("Within days"), tr("Action"), tr("Voucher value"), tr("Approve by itself")});
    m_rules->verticalHeader()->hide();
    m_rules->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_rules, 1);
    auto *ruleButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add rule"), page);
    connect(add, &QPushButton::clicked, this, &ApologiesPage::addRule);
    auto *remove = new QPushButton(tr("Remove rule"), page);
    connect(remove, &QPushButton::clicked, this, &ApologiesPage::removeRule);
    ruleButtons->addWidget(add);
    ruleButtons->addWidget(remove);
    ruleButtons->addStretch(1);
    layout->addLayout(ruleButtons);

    auto *guard = new QGroupBox(tr("Guardrails"), page);
    auto *form = new QFormLayout(guard);
    m_capDay = new QSpinBox(guard);
    m_capDay->setRange(0, 20);
    m_capDay->setSpecialValueText(tr("no cap"));
    form->addRow(tr("Messages per customer within 24 hours"), m_capDay);
    m_capWeek = new QSpinBox(guard);
    m_capWeek->setRange(0, 50);
    m_capWeek->setSpecialValueText(tr("no cap"));
    form->addRow(tr("Messages per customer within 7 days"), m_capWeek);
    auto *quiet = new QHBoxLayout;
    m_quietStart = new QTimeEdit(guard);
    m_quietEnd = new QTimeEdit(guard);
    m_quietStart->setDisplayFormat(u"HH:mm"_s);
    m_quietEnd->setDisplayFormat(u"HH:mm"_s);
    quiet->addWidget(m_quietStart);
    quiet->addWidget(new QLabel(tr("to"), guard));
    quiet->addWidget(m_quietEnd);
    quiet->addStretch(1);
    form->addRow(tr("Quiet hours (customer's time zone)"), quiet);
    m_shopName = new QLineEdit(guard);
    m_shopName->setPlaceholderText(tr("The name that signs every message"));
    form->addRow(tr("Shop name"), m_shopName);
    layout->addWidget(guard);
    auto *save = new QPushButton(tr("Save rules and guardrails"), page);
    connect(save, &QPushButton::clicked, this, &ApologiesPage::saveRules);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(save);
    layout->addLayout(saveRow);
    return page;
}

bool ApologiesPage::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_body || watched == m_subject)
        && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::ControlModifier) {
            if (event->type() == QEvent::KeyPress)
                approveDraft();
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ApologiesPage::refresh()
{
    loadFigures();
    const QWidget *current = m_tabs->currentWidget();
    if (current == m_tabs->widget(0))
        loadCandidates();
    else if (current == m_tabs->widget(1))
        loadMessages(m_drafts, {MessageState::Draft});
    else if (current == m_tabs->widget(2)) {
        const QString state = m_outboxState->currentData().toString();
        if (state == u"queued")
            loadMessages(m_outbox, {MessageState::Queued, MessageState::Sending});
        else
            loadMessages(m_outbox, {messageStateFromString(state).value_or(MessageState::Sent)});
    } else if (current == m_tabs->widget(3))
        loadMessages(m_suppressed, {MessageState::Suppressed});
    else if (current == m_tabs->widget(4))
        loadRules();
    else if (current == m_vouchers)
        m_vouchers->refresh();
}

void ApologiesPage::loadFigures()
{
    struct Loaded
    {
        Result<ApologyFigures> figures = Error {};
        std::optional<VoucherBudget> budget;
    };
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Loaded loaded = watcher->result();
        if (!loaded.figures) {
            m_figures->setText(loaded.figures.error().message.toHtmlEscaped());
            return;
        }
        setFigures(*loaded.figures);
        if (loaded.budget) {
            const VoucherBudget &b = *loaded.budget;
            QString line = tr("Vouchers this month: %1 spent and %2 promised of %3")
                               .arg(VoucherRepository::formatAmount(b.spentCents, b.currency),
                                   VoucherRepository::formatAmount(b.committedCents, b.currency),
                                   VoucherRepository::formatAmount(b.budgetCents, b.currency));
            if (b.remainingCents() <= 0)
                line += u" · <b>"_s + tr("budget spent: auto-approval stopped") + u"</b>"_s;
            m_figures->setText(m_figures->text() + u"<br>"_s + line);
        }
    });
    const Database db = m_db;
    watcher->setFuture(QtConcurrent::run([db] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Loaded loaded;
        loaded.figures = ApologyRepository(db).figures(now);
        const auto [from, to] = VoucherRepository::monthAround(now);
        if (auto budget = VoucherRepository(db).budget(from, to, now))
            loaded.budget = *budget;
        db.releaseConnection();
        return loaded;
    }));
}

void ApologiesPage::setFigures(const ApologyFigures &f)
{
    const QLocale here;
    int suppressed = 0;
    for (const int n : f.suppressedByReason)
        suppressed += n;
    m_figures->setText(tr("<b>%1</b> awaiting approval · <b>%2</b> queued · <b>%3</b> sent this "
                          "month · <b>%4</b> suppressed in 30 days · <b>%5</b> dead letters")
                           .arg(here.toString(f.awaitingApproval), here.toString(f.queued),
                               here.toString(f.sentThisMonth), here.toString(suppressed),
                               here.toString(f.deadLetters)));
    m_tabs->setTabText(1,
        f.awaitingApproval ? tr("Awaiting approval (%1)").arg(here.toString(f.awaitingApproval))
                           : tr("Awaiting approval"));
    const auto per100 = [&](int contacts, int parcels) {
        return parcels ? here.toString(100.0 * contacts / parcels, 'f', 1) : u"–"_s;
    };
    m_effect->setText(
        tr("Effect, last 90 days: <b>%1</b> WISMO contacts per 100 late parcels "
           "when the customer was told first (%2 parcels), <b>%3</b> when not "
           "(%4 parcels).")
            .arg(per100(f.contactsTold, f.lateTold), here.toString(f.lateTold),
                per100(f.contactsNotTold, f.lateNotTold), here.toString(f.lateNotTold)));
    QStringList reasons;
    for (auto it = f.suppressedByReason.cbegin(); it != f.suppressedByReason.cend(); ++it)
        reasons << tr("%1: %2").arg(ApologyWorkflow::reasonLabel(it.key()), here.toString(*it));
    m_byReason->setText(reasons.isEmpty()
            ? tr("Nothing held back in the last 30 days.")
            : tr("Held back in the last 30 days, by reason: %1").arg(reasons.join(u" · "_s)));
}

void ApologiesPage::loadCandidates()
{
    const quint64 job = ++m_job;
    m_candidateNote->setText(tr("Looking for parcels to tell about…"));
    auto *watcher = new QFutureWatcher<Result<QList<ApologyCandidate>>>(this);
    connect(watcher, &QFutureWatcher<Result<QList<ApologyCandidate>>>::finished, this,
        [this, watcher, job] {
            watcher->deleteLater();
            if (job != m_job)
                return;
            const auto found = watcher->result();
            if (!found) {
                m_candidateNote->setText(found.error().message);
                return;
            }
            m_candidateList = *found;
            const QLocale here;
            m_candidates->setRowCount(int(m_candidateList.size()));
            for (int i = 0; i < m_candidateList.size(); ++i) {
                const ApologyCandidate &c = m_candidateList.at(i);
                QStringList orders;
                QStringList cases;
                QStringList rules;
                for (const ApologyCandidate::Parcel &p : c.parcels) {
                    if (!orders.contains(p.facts.orderNumber))
                        orders << p.facts.orderNumber;
                    const QString kind = caseKindLabel(p.facts.caseKind);
                    if (!cases.contains(kind))
                        cases << kind;
                    if (!rules.contains(p.rule))
                        rules << p.rule;
                }
                QString action = ApologyRules::actionLabel(c.action);
                if (c.action == ApologyAction::Voucher)
                    action += u" ("_s
                        + VoucherRepository::formatAmount(c.voucherValueCents, u"EUR"_s) + u")"_s;
                if (c.autoApprove)
                    action += tr(", approved by the rules");
                setRow(m_candidates, i,
                    {c.customer.name, here.toString(c.parcels.size()), orders.join(u", "_s),
                        cases.join(u", "_s), here.toString(c.daysLate), action,
                        rules.join(u"; "_s)});
            }
            m_candidates->resizeColumnsToContents();
            m_candidateNote->setText(m_candidateList.isEmpty()
                    ? tr("Nobody to tell right now.")
                    : tr("%n customer(s) to tell.", nullptr, int(m_candidateList.size())));
            m_write->setEnabled(!m_candidateList.isEmpty());
            if (!m_candidateList.isEmpty())
                previewCandidate(m_candidateList.front());
        });
    const Database db = m_db;
    watcher->setFuture(QtConcurrent::run([db] {
        auto found = ApologyWorkflow::candidates(db, QDateTime::currentMSecsSinceEpoch());
        db.releaseConnection();
        return found;
    }));
}

void ApologiesPage::previewCandidate(const ApologyCandidate &candidate)
{
    // The Templates tab previews with a real customer's parcels.
    auto *watcher = new QFutureWatcher<TemplateData>(this);
    connect(watcher, &QFutureWatcher<TemplateData>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_templates->setPreviewData(watcher->result());
    });
    const Database db = m_db;
    watcher->setFuture(QtConcurrent::run([db, candidate] {
        TemplateData preview = ApologyWorkflow::previewData(
            db, candidate, nullptr, QDateTime::currentMSecsSinceEpoch());
        db.releaseConnection();
        return preview;
    }));
}

void ApologiesPage::loadMessages(QTableWidget *table, const QList<MessageState> &states)
{
    const quint64 job = ++m_job;
    auto *watcher = new QFutureWatcher<Result<QList<ApologyMessageRow>>>(this);
    connect(watcher, &QFutureWatcher<Result<QList<ApologyMessageRow>>>::finished, this,
        [this, watcher, job, table] {
            watcher->deleteLater();
            if (job != m_job)
                return;
            const auto rows = watcher->result();
            if (rows)
                fillMessages(table, *rows);
            else
                QMessageBox::warning(this, tr("Apologies"), rows.error().message);
        });
    const Database db = m_db;
    watcher->setFuture(QtConcurrent::run([db, states] {
        auto rows = ApologyRepository(db).messages(states);
        db.releaseConnection();
        return rows;
    }));
}

void ApologiesPage::fillMessages(QTableWidget *table, const QList<ApologyMessageRow> &rows)
{
    const qint64 keep = selectedMessage(table);
    if (table == m_drafts)
        m_draftRows = rows;
    else if (table == m_outbox)
        m_outboxRows = rows;
    else
        m_suppressedRows = rows;
    table->setRowCount(int(rows.size()));
    int reselect = -1;
    for (int i = 0; i < rows.size(); ++i) {
        const ApologyMessageRow &r = rows.at(i);
        const Message &m = r.message;
        if (m.id == keep)
            reselect = i;
        const QString voucher = r.voucherCode.isEmpty() ? QString()
                                                        : r.voucherCode + u" ("_s
                + VoucherRepository::formatAmount(r.voucherValueCents, u"EUR"_s) + u")"_s;
        if (table == m_drafts) {
            setRow(table, i,
                {r.customerName, kindLabel(m.kind), messageChannelLabel(m.channel), r.orderNumbers,
                    voucher, when(m.createdAtMs)});
        } else if (table == m_outbox) {
            QString at = m.sentAtMs ? when(*m.sentAtMs) : QString();
            if (!m.sentAtMs && m.nextAttemptAtMs)
                at = tr("not before %1").arg(when(*m.nextAttemptAtMs));
            setRow(table, i,
                {r.customerName, kindLabel(m.kind), messageChannelLabel(m.channel), m.recipient,
                    stateLabel(m.state), QString::number(m.attempts), at,
                    m.lastError.isEmpty() ? m.idempotencyKey : m.lastError});
        } else {
            setRow(table, i,
                {r.customerName, kindLabel(m.kind), messageChannelLabel(m.channel), r.orderNumbers,
                    ApologyWorkflow::reasonLabel(m.suppressionReason), when(m.createdAtMs)});
        }
    }
    table->resizeColumnsToContents();
    if (reselect >= 0)
        table->selectRow(reselect);
    else if (table == m_drafts && !rows.isEmpty())
        table->selectRow(0);
    if (table == m_drafts)
        showDraft();
}

qint64 ApologiesPage::selectedMessage(QTableWidget *table) const
{
    const ApologyMessageRow *r = selectedRow(table);
    return r ? r->message.id : 0;
}

const ApologyMessageRow *ApologiesPage::selectedRow(QTableWidget *table) const
{
    const QList<ApologyMessageRow> &rows = table == m_drafts ? m_draftRows
        : table == m_outbox                                  ? m_outboxRows
                                                             : m_suppressedRows;
    const auto selected = table->selectionModel()->selectedRows();
    if (selected.isEmpty() || selected.front().row() >= rows.size())
        return nullptr;
    return &rows.at(selected.front().row());
}

void ApologiesPage::showDraft()
{
    const ApologyMessageRow *r = selectedRow(m_drafts);
    for (QWidget *w : {static_cast<QWidget *>(m_subject), static_cast<QWidget *>(m_body),
             static_cast<QWidget *>(m_approve), static_cast<QWidget *>(m_reject),
             static_cast<QWidget *>(m_consent)})
        w->setEnabled(r != nullptr);
    if (!r) {
        m_draftFacts->setText(tr("No draft selected."));
        m_subject->clear();
        m_body->clear();
        m_html->clear();
        m_bodyEdited = false;
        return;
    }
    const Message &m = r->message;
    QString facts = tr("%1 to %2 by %3, %n parcel(s) of %4.", nullptr, r->parcels)
                        .arg(kindLabel(m.kind), r->customerName, messageChannelLabel(m.channel),
                            r->orderNumbers);
    if (!r->voucherCode.isEmpty())
        facts += u" "_s
            + tr("Voucher %1 worth %2.")
                  .arg(r->voucherCode,
                      VoucherRepository::formatAmount(r->voucherValueCents, u"EUR"_s));
    m_draftFacts->setText(facts);
    m_subject->setText(m.subject);
    m_subject->setVisible(m.channel == MessageChannel::Email);
    const QSignalBlocker block(m_body);
    m_body->setPlainText(m.body);
    m_bodyEdited = false;
    m_html->setHtml(m.htmlBody);
    m_html->setVisible(!m.htmlBody.isEmpty());
}

void ApologiesPage::writeMessages()
{
    QList<ApologyCandidate> chosen;
    const auto selected = m_candidates->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        if (index.row() < m_candidateList.size())
            chosen << m_candidateList.at(index.row());
    }
    if (chosen.isEmpty())
        chosen = m_candidateList;
    if (chosen.isEmpty())
        return;
    const Database db = m_db;
    const QString actor = m_actor;
    runInBackground(tr("Writing messages"), m_candidateNote,
        [db, actor, chosen](std::atomic_bool &cancel, std::function<void(int, int)> progress) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const TransitModel model = TransitModel::learnFrom(db, now - 90 * 86'400'000LL, now);
            ApologyWorkflow::Options options {actor, now, &model, progress, &cancel};
            const auto made = ApologyWorkflow::createMessages(db, chosen, options);
            db.releaseConnection();
            if (!made)
                return made.error().message;
            QString text = tr("%1 draft(s) to approve, %2 queued by the rules, %3 suppressed.")
                               .arg(made->drafts)
                               .arg(made->queued)
                               .arg(made->suppressed);
            if (made->alreadyTold)
                text += u" "_s
                    + tr("%n customer(s) had been told meanwhile.", nullptr, made->alreadyTold);
            for (const QString &note : made->notes)
                text += u"\n"_s + note;
            return text;
        });
}

void ApologiesPage::approveDraft()
{
    const ApologyMessageRow *r = selectedRow(m_drafts);
    if (!r || !m_approve->isEnabled())
        return;
    std::optional<ApologyWorkflow::Edit> edit;
    if (m_bodyEdited || m_subject->text() != r->message.subject) {
        // An edited text goes as plain text: the HTML alternative would say something else.
        edit = ApologyWorkflow::Edit {m_subject->text(), m_body->toPlainText(),
            m_bodyEdited ? QString() : r->message.htmlBody};
    }
    m_approve->setEnabled(false); // until the answer comes: one approval per click
    runAction(m_approvalNote,
        [db = m_db, id = r->message.id, edit, actor = m_actor, name = r->customerName] {
            const auto verdict = ApologyWorkflow::approve(
                db, id, edit, actor, QDateTime::currentMSecsSinceEpoch());
            if (!verdict)
                return verdict.error().message;
            if (verdict->kind == GuardrailVerdict::Kind::Suppress)
                return tr("The message to %1 was held back: %2. It is kept under Suppressed.")
                    .arg(name, verdict->detail);
            if (verdict->kind == GuardrailVerdict::Kind::Defer)
                return tr("Approved. It is night where %1 lives: the message waits until %2.")
                    .arg(name, when(verdict->notBeforeMs));
            return tr("Approved: the message to %1 is in the outbox.").arg(name);
        });
}

void ApologiesPage::rejectDraft()
{
    const ApologyMessageRow *r = selectedRow(m_drafts);
    if (!r)
        return;
    // Rejected before the dialog closes: a refusal keeps the reason typed.
    const auto rejected = SaveBeforeClose::askText(this, tr("Reject"),
        tr("Why is the message to %1 not sent? (kept in the audit log)").arg(r->customerName), {},
        false, m_db,
        [id = r->message.id, actor = m_actor](
            const Database &db, const QString &reason) -> Result<QString> {
            if (const Outcome done = ApologyWorkflow::reject(
                    db, id, reason, actor, QDateTime::currentMSecsSinceEpoch());
                !done)
                return done.error();
            return tr("Rejected.");
        });
    if (!rejected)
        return;
    m_approvalNote->setText(*rejected);
    refresh();
}

void ApologiesPage::sendNow()
{
    auto loaded = ChannelSettings::load(m_db);
    if (!loaded) {
        QMessageBox::warning(this, tr("Send now"), loaded.error().message);
        return;
    }
    ChannelSettings settings = std::move(loaded).value();
    CredentialStore store(ChannelSettings::credentialOptions());
    if (const Outcome secrets = settings.loadSecrets(store); !secrets) {
        QMessageBox::warning(this, tr("Send now"), secrets.error().message);
        return;
    }
    QStringList skipped;
    auto made = RoutingSender::fromSettings(settings, &skipped);
    if (!made) {
        QMessageBox::warning(this, tr("Send now"),
            tr("%1\n\nSet the channels up with Channels….").arg(made.error().message));
        return;
    }
    std::shared_ptr<RoutingSender> sender(std::move(made).value().release());
    const Database db = m_db;
    runInBackground(tr("Sending"), m_outboxNote,
        [db, sender, skipped](std::atomic_bool &cancel, std::function<void(int, int)>) {
            const auto run = Outbox::run(
                db, *sender, {}, [] { return QDateTime::currentMSecsSinceEpoch(); }, &cancel);
            db.releaseConnection();
            if (!run)
                return run.error().message;
            QString text = tr("%1 sent, %2 to retry later, %3 dead letters, %4 held back by a "
                              "guardrail, %5 waiting for the end of quiet hours.")
                               .arg(run->sent)
                               .arg(run->retrying)
                               .arg(run->dead + run->interrupted)
                               .arg(run->suppressed)
                               .arg(run->deferred);
            if (!skipped.isEmpty())
                text += u"\n"_s + tr("Not set up: %1").arg(skipped.join(u"; "_s));
            return text;
        });
}

void ApologiesPage::retryDead()
{
    const ApologyMessageRow *r = selectedRow(m_outbox);
    if (!r || r->message.state != MessageState::Dead) {
        QMessageBox::information(
            this, tr("Send again"), tr("Choose a dead letter under \"Dead letters\" first."));
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Send again"),
        tr("Did message %1 really not leave? Look for its Message-ID %2 in the mail server's or "
           "provider's log first: sending it again may reach the customer twice.")
            .arg(r->message.id)
            .arg(r->message.idempotencyKey));
    if (answer != QMessageBox::Yes)
        return;
    runAction(m_outboxNote, [db = m_db, id = r->message.id, actor = m_actor] {
        const Outcome done
            = MessageRepository(db).requeueDead(id, actor, QDateTime::currentMSecsSinceEpoch());
        return done ? tr("Message %1 is queued again.").arg(id) : done.error().message;
    });
}

void ApologiesPage::editConsent(qint64 customerId, const QString &name)
{
    ConsentDialog dialog(m_db, customerId, name, m_actor, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void ApologiesPage::loadRules()
{
    ApologyRepository repo(m_db);
    const auto rules = repo.rules();
    if (!rules) {
        QMessageBox::warning(this, tr("Rules"), rules.error().message);
        return;
    }
    m_rules->setRowCount(0);
    for (const ApologyRule &r : *rules) {
        addRule();
        const int row = m_rules->rowCount() - 1;
        static_cast<QCheckBox *>(m_rules->cellWidget(row, 0))->setChecked(r.enabled);
        m_rules->item(row, 1)->setText(r.name);
        m_rules->item(row, 2)->setText(r.caseKinds.join(u", "_s));
        static_cast<QSpinBox *>(m_rules->cellWidget(row, 3))->setValue(r.minDaysLate);
        static_cast<QSpinBox *>(m_rules->cellWidget(row, 4))->setValue(r.minProblems);
        static_cast<QSpinBox *>(m_rules->cellWidget(row, 5))->setValue(r.windowDays);
        auto *action = static_cast<QComboBox *>(m_rules->cellWidget(row, 6));
        action->setCurrentIndex(action->findData(apologyActionToString(r.action)));
        static_cast<QSpinBox *>(m_rules->cellWidget(row, 7))
            ->setValue(int(r.voucherValueCents / 100));
        static_cast<QCheckBox *>(m_rules->cellWidget(row, 8))->setChecked(r.autoApprove);
    }
    m_rules->resizeColumnsToContents();
    const ApologySettings s = repo.settings();
    m_capDay->setValue(s.capPerDay);
    m_capWeek->setValue(s.capPerWeek);
    m_quietStart->setTime(s.quietStart);
    m_quietEnd->setTime(s.quietEnd);
    m_shopName->setText(s.shopName);
}

void ApologiesPage::addRule()
{
    const int row = m_rules->rowCount();
    m_rules->insertRow(row);
    m_rules->setCellWidget(row, 0, new QCheckBox(m_rules));
    static_cast<QCheckBox *>(m_rules->cellWidget(row, 0))->setChecked(true);
    m_rules->setItem(row, 1, new QTableWidgetItem(tr("New rule")));
    m_rules->setItem(row, 2, new QTableWidgetItem);
    m_rules->item(row, 2)->setToolTip(
        tr("Kinds: %1")
            .arg(QStringList {u"never_scanned"_s, u"stuck"_s, u"late"_s, u"predicted_late"_s,
                u"damaged"_s, u"customs_hold"_s, u"failed_attempt"_s, u"returned_to_sender"_s,
                u"suspected_lost"_s}
                     .join(u", "_s)));
    for (const int column : {3, 4, 5}) {
        auto *spin = new QSpinBox(m_rules);
        spin->setRange(column == 5 ? 1 : 0, column == 5 ? 3650 : 365);
        if (column == 5)
            spin->setValue(90);
        m_rules->setCellWidget(row, column, spin);
    }
    auto *action = new QComboBox(m_rules);
    for (const ApologyAction a : {ApologyAction::None, ApologyAction::Inform,
             ApologyAction::Apologise, ApologyAction::Voucher})
        action->addItem(ApologyRules::actionLabel(a), apologyActionToString(a));
    action->setCurrentIndex(1);
    m_rules->setCellWidget(row, 6, action);
    auto *value = new QSpinBox(m_rules);
    value->setRange(0, 1000);
    value->setSuffix(u" €"_s);
    m_rules->setCellWidget(row, 7, value);
    m_rules->setCellWidget(row, 8, new QCheckBox(m_rules));
}

void ApologiesPage::removeRule()
{
    const int row = m_rules->currentRow();
    if (row >= 0)
        m_rules->removeRow(row);
}

void ApologiesPage::saveRules()
{
    QList<ApologyRule> rules;
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        ApologyRule r;
        r.enabled = static_cast<QCheckBox *>(m_rules->cellWidget(row, 0))->isChecked();
        r.name = m_rules->item(row, 1)->text().trimmed();
        for (const QString &kind : m_rules->item(row, 2)->text().split(u',', Qt::SkipEmptyParts))
            r.caseKinds << kind.trimmed();
        r.minDaysLate = static_cast<QSpinBox *>(m_rules->cellWidget(row, 3))->value();
        r.minProblems = static_cast<QSpinBox *>(m_rules->cellWidget(row, 4))->value();
        r.windowDays = static_cast<QSpinBox *>(m_rules->cellWidget(row, 5))->value();
        r.action = apologyActionFromString(
            static_cast<QComboBox *>(m_rules->cellWidget(row, 6))->currentData().toString())
                       .value_or(ApologyAction::Inform);
        r.voucherValueCents = 100LL * static_cast<QSpinBox *>(m_rules->cellWidget(row, 7))->value();
        r.autoApprove = static_cast<QCheckBox *>(m_rules->cellWidget(row, 8))->isChecked();
        rules << r;
    }
    ApologyRepository repo(m_db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (const Outcome saved = repo.saveRules(rules, m_actor, now); !saved) {
        QMessageBox::warning(this, tr("Rules"), saved.error().message);
        return;
    }
    ApologySettings s;
    s.capPerDay = m_capDay->value();
    s.capPerWeek = m_capWeek->value();
    s.quietStart = m_quietStart->time();
    s.quietEnd = m_quietEnd->time();
    s.shopName = m_shopName->text();
    if (const Outcome saved = repo.saveSettings(s, m_actor, now); !saved) {
        QMessageBox::warning(this, tr("Guardrails"), saved.error().message);
        return;
    }
    loadRules();
}

void ApologiesPage::runAction(QLabel *result, std::function<QString()> job)
{
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, result] {
        watcher->deleteLater();
        result->setText(watcher->result());
        refresh();
    });
    watcher->setFuture(QtConcurrent::run([job = std::move(job), db = m_db] {
        const QString answer = job();
        db.releaseConnection(); // this pool thread's connection
        return answer;
    }));
}

void ApologiesPage::runInBackground(const QString &title, QLabel *result,
    std::function<QString(std::atomic_bool &, std::function<void(int, int)>)> job)
{
    auto *dialog = new QProgressDialog(title, tr("Cancel"), 0, 0, this);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    connect(dialog, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, dialog, result] {
        watcher->deleteLater();
        dialog->close();
        result->setText(watcher->result());
        refresh();
    });
    QPointer<QProgressDialog> guard(dialog);
    const auto progress = [guard](int done, int total) {
        QMetaObject::invokeMethod(guard, [guard, done, total] {
            if (guard) {
                guard->setMaximum(total);
                guard->setValue(done);
            }
        });
    };
    watcher->setFuture(QtConcurrent::run(
        [job = std::move(job), cancel, progress] { return job(*cancel, progress); }));
}

} // namespace ParcelDesk
