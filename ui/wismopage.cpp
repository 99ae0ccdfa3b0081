#include "wismopage.h"

#include "savebeforeclose.h"

#include "returnregistrationdialog.h"
#include "store/returnpolicystore.h"

#include "consentdialog.h"
#include "domain/statustext.h"
#include "problemcasespage.h"
#include "rules/transitmodel.h"
#include "store/customerprivacy.h"
#include "store/databasereader.h"
#include "store/returnrepository.h"
#include "workflows/wismoactions.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

constexpr qint64 msPerDay = 86'400'000;
int readerCount = 0;

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString day(qint64 wallMs)
{
    return QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(wallMs, Qt::UTC).date(), QLocale::ShortFormat);
}

QString matchLabel(const WismoHit &h)
{
    QString what;
    switch (h.match) {
    case WismoHit::Match::TrackingNumber:
        what = WismoPage::tr("tracking number");
        break;
    case WismoHit::Match::OrderNumber:
        what = WismoPage::tr("order number");
        break;
    case WismoHit::Match::Email:
        what = WismoPage::tr("e-mail");
        break;
    case WismoHit::Match::Phone:
        what = WismoPage::tr("phone");
        break;
    case WismoHit::Match::Postcode:
        what = WismoPage::tr("postcode");
        break;
    case WismoHit::Match::Name:
        what = WismoPage::tr("name or place");
        break;
    }
    if (h.corrected)
        return WismoPage::tr("%1 (spelling corrected)").arg(what);
    if (!h.exact && h.match != WismoHit::Match::Name)
        return WismoPage::tr("%1 (beginning)").arg(what);
    return what;
}

QString languageName(const QString &code)
{
    return code == u"de" ? WismoPage::tr("German") : WismoPage::tr("English");
}

QString messageStateLabel(const QString &state)
{
    if (state == u"sent")
        return WismoPage::tr("sent");
    if (state == u"queued" || state == u"approved")
        return WismoPage::tr("waiting in the outbox");
    if (state == u"draft")
        return WismoPage::tr("draft");
    if (state == u"suppressed")
        return WismoPage::tr("held back");
    if (state == u"failed")
        return WismoPage::tr("failed");
    if (state == u"sending")
        return WismoPage::tr("being sent");
    if (state == u"dead")
        return WismoPage::tr("could not be sent");
    return state;
}

// "Parcel 1 of 2: DHL 00340434…", "Return: DHL …", or the carrier and number of a lone parcel.
QString parcelTitle(const WismoAnswer &a, int index)
{
    const ShipmentListRow &r = a.parcels[index].detail.facts;
    const QString parcel
        = WismoPage::tr("%1 %2").arg(WismoWording::carrierName(r.carrier), r.trackingNumber);
    if (r.direction == u"return")
        return WismoPage::tr("Return: %1").arg(parcel);
    const int count = a.outboundParcels();
    if (count == 1)
        return parcel;
    int number = 0;
    for (int i = 0; i <= index; ++i)
        number += a.parcels[i].detail.facts.direction != u"return" ? 1 : 0;
    return WismoPage::tr("Parcel %1 of %2: %3").arg(number).arg(count).arg(parcel);
}

QString messageChannelLabel(const QString &channel)
{
    if (channel == u"email")
        return WismoPage::tr("e-mail");
    if (channel == u"sms")
        return WismoPage::tr("SMS");
    return channel;
}

// What came of a contact, for people; a text someone typed (parceldeskctl) as it is.
QString outcomeLabel(const QString &outcome)
{
    static const QHash<QString, const char *> labels = {
        {u"answered"_s, QT_TRANSLATE_NOOP("ParcelDesk::WismoPage", "Answered")},
        {u"update_sent"_s, QT_TRANSLATE_NOOP("ParcelDesk::WismoPage", "Update sent")},
        {u"case_opened"_s, QT_TRANSLATE_NOOP("ParcelDesk::WismoPage", "Case opened")},
        {u"case_joined"_s, QT_TRANSLATE_NOOP("ParcelDesk::WismoPage", "Added to the open case")},
        {u"return_started"_s, QT_TRANSLATE_NOOP("ParcelDesk::WismoPage", "Return started")},
        {u"delivery_changed"_s, QT_TRANSLATE_NOOP("ParcelDesk::WismoPage", "Delivery changed")},
        {u"call_back"_s, QT_TRANSLATE_NOOP("ParcelDesk::WismoPage", "Will call back")},
    };
    const auto it = labels.constFind(outcome);
    return it == labels.cend() ? outcome : WismoPage::tr(*it);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// What an erasure would touch, read on a worker before the agent confirms it.
struct ErasePreview
{
    QList<qint64> records;
    ErasureCounts counts;
    QString error;
};

// A customer's name for the agent; an erased customer's placeholder in the agent's language.
QString customerName(const QString &name, qint64 customerId)
{
    return CustomerPrivacy::isPlaceholderName(name, customerId)
        ? WismoPage::tr("Personal data erased (customer %1)").arg(customerId)
        : name;
}

} // namespace

WismoPage::WismoPage(Database database, QString agent, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(database))
    , m_agent(std::move(agent))
    , m_searchReader(std::make_unique<DatabaseReader>(
          m_db, u"parceldesk-wismo-search-%1"_s.arg(++readerCount)))
    , m_answerReader(
          std::make_unique<DatabaseReader>(m_db, u"parceldesk-wismo-answer-%1"_s.arg(readerCount)))
    , m_learnReader(std::make_unique<DatabaseReader>(
          m_db, u"parceldesk-wismo-learning-%1"_s.arg(readerCount)))
    , m_searcher(std::make_shared<WismoSearch>())
{
    setObjectName(u"wismoPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    auto *title = new QLabel(tr("WISMO desk"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"wismoSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
        tr("Order or tracking number, e-mail, phone, postcode or name (Ctrl+K)"));
    m_search->setToolTip(tr("Type what the caller says; results come while you type. Down or "
                            "Enter picks a result, Esc starts over."));
    QFont big = m_search->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_search->setFont(big);
    m_search->installEventFilter(this);
    searchRow->addWidget(m_search, 1);
    m_found = new QLabel(this);
    m_found->setObjectName(u"wismoFound"_s);
    searchRow->addWidget(m_found);
    layout->addLayout(searchRow);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(120);
    connect(m_typing, &QTimer::timeout, this, &WismoPage::runSearch);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_typing->start(); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            m_typing->start(); // the clear button
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_results = new QTreeWidget(splitter);
    m_results->setObjectName(u"wismoResults"_s);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->setHeaderLabels(
        {tr("Order"), tr("Customer"), tr("Place"), tr("Parcel"), tr("Status"), tr("Found by")});
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->installEventFilter(this);
    connect(m_results, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            openResult(m_results->indexOfTopLevelItem(item));
    });
    connect(m_results, &QTreeWidget::itemActivated, this, [this] { m_copy->setFocus(); });

    auto *right = new QWidget(splitter);
    auto *card = new QVBoxLayout(right);
    card->setContentsMargins(8, 0, 0, 0);
    auto *headerRow = new QHBoxLayout;
    m_header = new QLabel(right);
    m_header->setObjectName(u"wismoHeader"_s);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    headerRow->addWidget(m_header, 1);
    auto *languageLabel = new QLabel(tr("&Answer in:"), right);
    m_languageBox = new QComboBox(right);
    m_languageBox->setObjectName(u"wismoLanguage"_s);
    m_languageBox->addItem(tr("the customer's language"), QString());
    m_languageBox->addItem(tr("German"), u"de"_s);
    m_languageBox->addItem(tr("English"), u"en"_s);
    languageLabel->setBuddy(m_languageBox);
    connect(m_languageBox, &QComboBox::activated, this,
        [this] { setAnswerLanguage(m_languageBox->currentData().toString()); });
    headerRow->addWidget(languageLabel);
    headerRow->addWidget(m_languageBox);
    m_personalData = new QToolButton(right);
    m_personalData->setObjectName(u"wismoPersonalData"_s);
    m_personalData->setText(tr("&Personal data"));
    m_personalData->setToolTip(tr("GDPR: export everything held about this customer, or erase it"));
    m_personalData->setPopupMode(QToolButton::InstantPopup);
    auto *privacyMenu = new QMenu(m_personalData);
    m_exportData = privacyMenu->addAction(tr("E&xport personal data…"));
    m_exportData->setObjectName(u"wismoExportPersonalData"_s);
    connect(m_exportData, &QAction::triggered, this, &WismoPage::askExportPersonalData);
    m_eraseData = privacyMenu->addAction(tr("&Erase personal data…"));
    m_eraseData->setObjectName(u"wismoErasePersonalData"_s);
    connect(m_eraseData, &QAction::triggered, this, &WismoPage::askErasePersonalData);
    privacyMenu->addSeparator();
    m_consent = privacyMenu->addAction(tr("&Consent to messages…"));
    m_consent->setObjectName(u"wismoConsent"_s);
    m_consent->setToolTip(tr("What the customer says about proactive messages, per channel: a "
                             "\"no\" holds back at once what has not been sent"));
    connect(m_consent, &QAction::triggered, this, [this] {
        if (!m_answer || !m_answer->customer)
            return;
        ConsentDialog dialog(m_db, m_answer->customer->id, m_answer->customer->name, m_agent, this);
        dialog.exec();
    });
    m_personalData->setMenu(privacyMenu);
    headerRow->addWidget(m_personalData);
    card->addLayout(headerRow);

    m_card = new QTextBrowser(right);
    m_card->setObjectName(u"wismoCard"_s);
    m_card->setOpenLinks(false);
    card->addWidget(m_card, 3);

    auto *replyRow = new QHBoxLayout;
    auto *replyLabel = new QLabel(tr("Suggested &reply (edit as you like):"), right);
    replyRow->addWidget(replyLabel, 1);
    m_copy = new QPushButton(tr("&Copy reply"), right);
    m_copy->setObjectName(u"wismoCopy"_s);
    m_copy->setToolTip(tr("Copies the reply to the clipboard (Ctrl+Shift+C)"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_reply->toPlainText());
        m_status->setText(tr("Reply copied."));
    });
    replyRow->addWidget(m_copy);
    card->addLayout(replyRow);
    m_reply = new QPlainTextEdit(right);
    m_reply->installEventFilter(this);
    m_reply->setObjectName(u"wismoReply"_s);
    m_reply->setTabChangesFocus(true);
    replyLabel->setBuddy(m_reply);
    card->addWidget(m_reply, 2);

    auto *actions = new QHBoxLayout;
    m_parcelBox = new QComboBox(right);
    m_parcelBox->setObjectName(u"wismoParcel"_s);
    m_parcelBox->setToolTip(tr("The parcel the actions are about"));
    actions->addWidget(m_parcelBox);
    m_update = new QPushButton(tr("Send &update"), right);
    m_update->setObjectName(u"wismoSendUpdate"_s);
    m_update->setToolTip(tr("Queues the reply above for the outbox, to the customer's e-mail "
                            "(or phone) (Ctrl+U)"));
    connect(m_update, &QPushButton::clicked, this, &WismoPage::sendUpdate);
    m_notReceived = new QPushButton(tr("&Not received…"), right);
    m_notReceived->setObjectName(u"wismoNotReceived"_s);
    m_notReceived->setToolTip(tr("The customer says the parcel never arrived: logs the contact "
                                 "and opens a case when the carrier reports it delivered"));
    connect(m_notReceived, &QPushButton::clicked, this, &WismoPage::askNotReceived);
    m_return = new QPushButton(tr("Start r&eturn…"), right);
    m_return->setObjectName(u"wismoReturn"_s);
    connect(m_return, &QPushButton::clicked, this, &WismoPage::askReturn);
    m_options = new QPushButton(tr("&Delivery options…"), right);
    m_options->setObjectName(u"wismoDeliveryOptions"_s);
    m_options->setToolTip(tr("What the carrier offers for this parcel (reschedule, hold at a "
                             "location, return); records the customer's choice"));
    connect(m_options, &QPushButton::clicked, this, &WismoPage::askDeliveryChange);
    for (QPushButton *b : {m_update, m_notReceived, m_return, m_options})
        actions->addWidget(b);
    actions->addStretch(1);
    card->addLayout(actions);

    auto *logRow = new QHBoxLayout;
    auto *logLabel = new QLabel(tr("&Log the contact:"), right);
    logRow->addWidget(logLabel);
    m_channel = new QComboBox(right);
    m_channel->setObjectName(u"wismoChannel"_s);
    for (const QString &code : Contact::channels())
        m_channel->addItem(Contact::channelLabel(code), code);
    m_reason = new QComboBox(right);
    m_reason->setObjectName(u"wismoReason"_s);
    for (const QString &code : Contact::reasons())
        m_reason->addItem(Contact::reasonLabel(code), code);
    m_outcome = new QComboBox(right);
    m_outcome->setObjectName(u"wismoOutcome"_s);
    for (const QString &code : {u"answered"_s, u"update_sent"_s, u"case_opened"_s,
             u"return_started"_s, u"delivery_changed"_s, u"call_back"_s})
        m_outcome->addItem(outcomeLabel(code), code);
    m_note = new QLineEdit(right);
    m_note->setObjectName(u"wismoNote"_s);
    m_note->setPlaceholderText(tr("Note (Enter logs the contact)"));
    m_note->installEventFilter(this);
    logLabel->setBuddy(m_note);
    m_log = new QPushButton(tr("Log"), right);
    m_log->setObjectName(u"wismoLog"_s);
    m_log->setToolTip(tr("Logs the contact with the channel, reason and outcome chosen (Ctrl+L "
                         "goes to the note, Enter logs)"));
    const auto log = [this] {
        logContact(m_channel->currentData().toString(), m_reason->currentData().toString(),
            m_outcome->currentData().toString(), m_note->text());
    };
    connect(m_log, &QPushButton::clicked, this, log);
    connect(m_note, &QLineEdit::returnPressed, this, log);
    for (QWidget *w : {static_cast<QWidget *>(m_channel), static_cast<QWidget *>(m_reason),
             static_cast<QWidget *>(m_outcome)})
        logRow->addWidget(w);
    logRow->addStretch(1);
    card->addLayout(logRow);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_log);
    card->addLayout(noteRow);

    m_status = new QLabel(right);
    m_status->setObjectName(u"wismoStatus"_s);
    m_status->setWordWrap(true);
    card->addWidget(m_status);

    splitter->addWidget(m_results);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({460, 760});
    layout->addWidget(splitter, 1);

    m_needsAnswer = {m_copy, m_reply, m_update, m_notReceived, m_return, m_options, m_channel,
        m_reason, m_outcome, m_note, m_log, m_languageBox, m_parcelBox, m_personalData};

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] {
        if (m_copy->isEnabled())
            m_copy->click();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_U), [this] {
        if (m_update->isEnabled())
            sendUpdate();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), [this] { focusLog(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_R), [this] {
        if (m_return->isEnabled())
            askReturn();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_D), [this] {
        if (m_options->isEnabled())
            askDeliveryChange();
    });
    clearAnswer();
}

WismoPage::~WismoPage()
{
    m_searchReader.reset();
    m_answerReader.reset();
    m_learnReader.reset();
}

qint64 WismoPage::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void WismoPage::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    m_transit.reset();
}

void WismoPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool WismoPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // A line edit takes Ctrl+K, Ctrl+U and others for editing (X11's key bindings); on this
        // page they are the desk's own keys, wherever the cursor is.
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeyCombination combination = key->keyCombination();
        static const QList<QKeyCombination> ours
            = {Qt::CTRL | Qt::Key_K, Qt::CTRL | Qt::Key_U, Qt::CTRL | Qt::Key_L,
                Qt::CTRL | Qt::Key_R, Qt::CTRL | Qt::Key_D, Qt::CTRL | Qt::SHIFT | Qt::Key_C};
        if (ours.contains(combination)) {
            event->ignore();
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // A result to read: run what was typed now if it has not run yet, and pick the first
            // result of that search (never one of the search before) when it is in.
            if (m_typing->isActive()) {
                m_typing->stop();
                runSearch();
            }
            if (m_searchJob != m_shownSearchJob)
                m_pickFirst = true;
            else
                pickFirst();
            return true;
        case Qt::Key_Escape:
            // The next caller: nothing of the last one stays on show.
            m_search->clear();
            runSearch();
            clearAnswer();
            return true;
        default:
            break;
        }
    } else if (watched == m_results && key->key() == Qt::Key_Escape) {
        focusSearch();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void WismoPage::search(const QString &text)
{
    m_search->setText(text);
    m_typing->stop();
    runSearch();
}

void WismoPage::runSearch()
{
    const QString text = m_search->text();
    const quint64 job = ++m_searchJob;
    m_searchReader->cancelAll();
    if (text.trimmed().isEmpty()) {
        showResults(job, text, QList<WismoHit> {});
        return;
    }
    m_found->setText(tr("Searching…"));
    QPointer<WismoPage> self(this);
    const auto searcher = m_searcher;
    m_searchReader->submit([self, searcher, job, text](const QSqlDatabase &db) {
        auto hits = searcher->find(db, text);
        QMetaObject::invokeMethod(
            self,
            [self, job, text, hits = std::move(hits)] {
                if (self)
                    self->showResults(job, text, hits);
            },
            Qt::QueuedConnection);
    });
}

void WismoPage::pickFirst()
{
    if (m_results->topLevelItemCount() == 0)
        return;
    m_results->setFocus(Qt::OtherFocusReason);
    m_results->setCurrentItem(m_results->topLevelItem(0));
}

void WismoPage::showResults(quint64 job, const QString &text, const Result<QList<WismoHit>> &hits)
{
    if (job != m_searchJob)
        return; // a newer search is on its way
    m_shownSearchJob = job;
    const bool pick = std::exchange(m_pickFirst, false);
    if (!hits) {
        if (!hits.error().message.contains(u"interrupt"_s))
            m_found->setText(hits.error().message);
        return;
    }
    m_hits = *hits;
    const QSignalBlocker block(m_results);
    m_results->clear();
    for (const WismoHit &h : std::as_const(m_hits)) {
        auto *item = new QTreeWidgetItem(m_results);
        const QString order = h.orderId > 0 ? h.orderNumber : tr("(no order)");
        const QString parcels = h.parcels > 1
            ? tr("%1 · %n parcels", nullptr, h.parcels).arg(WismoWording::carrierName(h.carrier))
            : (h.carrier.isEmpty()
                    ? tr("not shipped yet")
                    : WismoWording::carrierName(h.carrier) + u' ' + h.trackingNumber);
        item->setText(0, order);
        item->setText(1, customerName(h.customerName, h.customerId));
        item->setText(2, QStringList {h.postcode, h.city}.join(u' ').trimmed());
        item->setText(3, parcels);
        item->setText(4, h.shipmentId > 0 ? StatusText::full(h.status) : QString());
        item->setText(5, matchLabel(h));
        item->setToolTip(0, h.placedAtMs > 0 ? tr("Placed %1").arg(when(h.placedAtMs)) : QString());
        item->setToolTip(1, QStringList {h.email, h.phone}.join(u" · "_s));
    }
    if (text.trimmed().isEmpty())
        m_found->clear();
    else if (m_hits.isEmpty())
        m_found->setText(tr("Nothing found for \"%1\"").arg(text.trimmed()));
    else
        m_found->setText(m_hits.size() >= WismoSearch::defaultLimit
                ? tr("the first %n", nullptr, int(m_hits.size()))
                : tr("%n found", nullptr, int(m_hits.size())));
    // One answer only: it shows at once.
    if (m_hits.size() == 1) {
        m_results->setCurrentItem(m_results->topLevelItem(0));
        openResult(0);
    }
    if (pick)
        pickFirst();
    Q_EMIT resultsShown(int(m_hits.size()));
}

int WismoPage::resultCount() const
{
    return int(m_hits.size());
}

void WismoPage::openResult(int row)
{
    if (row < 0 || row >= m_hits.size())
        return;
    if (m_results->currentItem() != m_results->topLevelItem(row)) {
        const QSignalBlocker block(m_results);
        m_results->setCurrentItem(m_results->topLevelItem(row));
    }
    const WismoHit &hit = m_hits[row];
    const bool same = m_answer
        && (hit.orderId > 0
                ? m_answer->orderId == hit.orderId
                : (hit.shipmentId > 0
                        ? !m_answer->parcels.isEmpty()
                            && m_answer->parcels.front().detail.facts.id == hit.shipmentId
                        : m_answer->customer && m_answer->customer->id == hit.customerId));
    m_open = hit;
    if (!same) {
        // Nothing acts on the order on show while another one is on its way in.
        m_answer.reset();
        for (QWidget *w : std::as_const(m_needsAnswer))
            w->setEnabled(false);
        m_status->setText(tr("Reading the order…"));
    }
    loadAnswer();
}

void WismoPage::refreshAnswer()
{
    if (m_open)
        loadAnswer();
}

void WismoPage::loadAnswer()
{
    if (!m_open)
        return;
    if (!m_transit && !m_learning)
        learnTransitTimes();
    const quint64 job = ++m_answerJob;
    const WismoHit hit = *m_open;
    const qint64 at = now();
    const auto transit = m_transit;
    QPointer<WismoPage> self(this);
    m_answerReader->cancelAll();
    m_answerReader->submit([self, job, hit, at, transit](const QSqlDatabase &db) {
        auto answer = WismoAnswerQuery::load(
            db, hit.orderId, hit.orderId > 0 ? 0 : hit.shipmentId, hit.customerId, at);
        if (answer && transit) {
            WismoAnswer predicted = std::move(answer).value();
            predictDeliveries(predicted, *transit);
            answer = std::move(predicted);
        }
        QMetaObject::invokeMethod(
            self,
            [self, job, answer = std::move(answer)] {
                if (!self || job != self->m_answerJob || !self->m_open)
                    return;
                if (!answer) {
                    if (!answer.error().message.contains(u"interrupt"_s))
                        self->m_status->setText(answer.error().message);
                    return;
                }
                self->showAnswer(*answer);
            },
            Qt::QueuedConnection);
    });
}

void WismoPage::learnTransitTimes()
{
    m_learning = true;
    const qint64 at = now();
    using Learned = std::shared_ptr<const TransitModel>;
    QPointer<WismoPage> self(this);
    m_learnReader->submit([self, at](const QSqlDatabase &db) {
        const Learned model = std::make_shared<const TransitModel>(
            TransitModel::learnFrom(db, at - 90 * msPerDay, at));
        QMetaObject::invokeMethod(
            self,
            [self, model] {
                if (!self)
                    return;
                self->m_learning = false;
                self->m_transit = model;
                self->refreshAnswer();
            },
            Qt::QueuedConnection);
    });
}

void WismoPage::showAnswer(const WismoAnswer &answer)
{
    const qint64 chosen = chosenShipment();
    if (m_status->text() == tr("Reading the order…"))
        m_status->clear();
    m_answer = answer;
    for (QWidget *w : std::as_const(m_needsAnswer))
        w->setEnabled(true);
    {
        const QSignalBlocker block(m_parcelBox);
        m_parcelBox->clear();
        const int count = int(answer.parcels.size());
        for (int i = 0; i < count; ++i) {
            const ShipmentListRow &r = answer.parcels[i].detail.facts;
            m_parcelBox->addItem(parcelTitle(answer, i), r.id);
        }
        const int keep = m_parcelBox->findData(chosen);
        if (keep >= 0)
            m_parcelBox->setCurrentIndex(keep);
        // The parcel whose number the caller gave; otherwise the newest parcel sent (first).
        else if (m_open && m_open->match == WismoHit::Match::TrackingNumber
            && m_parcelBox->findData(m_open->shipmentId) >= 0)
            m_parcelBox->setCurrentIndex(m_parcelBox->findData(m_open->shipmentId));
        m_parcelBox->setVisible(count > 1);
    }
    const bool hasParcel = !answer.parcels.isEmpty();
    m_notReceived->setEnabled(hasParcel);
    m_return->setEnabled(answer.orderId > 0);
    // An erased customer has no address to write to, and nothing left to erase.
    const bool erased = answer.customer
        && CustomerPrivacy::isPlaceholderName(answer.customer->name, answer.customer->id);
    m_update->setEnabled(answer.customer.has_value() && !erased);
    m_personalData->setEnabled(answer.customer.has_value());
    m_eraseData->setEnabled(answer.customer.has_value() && !erased);
    m_consent->setEnabled(answer.customer.has_value() && !erased);
    const auto hasOptions = [&] {
        for (const WismoAnswer::Parcel &p : answer.parcels) {
            for (const ListedDeliveryOption &o : p.options) {
                if (o.eligibility != u"INELIGIBLE")
                    return true;
            }
        }
        return false;
    };
    m_options->setEnabled(hasOptions());
    renderCard();
    Q_EMIT answerShown();
}

void WismoPage::clearAnswer()
{
    // An answer still on its way in is of the caller before.
    ++m_answerJob;
    m_answerReader->cancelAll();
    m_open.reset();
    m_answer.reset();
    m_replyFor.clear();
    m_header->setText(tr("Search for the caller's order, then pick it from the list."));
    m_card->setHtml(tr("<p>Ask the caller for an order or tracking number, an e-mail address, a "
                       "phone number, a postcode or a name.</p>"
                       "<p><b>Keys:</b> Ctrl+K search · Down or Enter pick · Ctrl+Shift+C copy "
                       "the reply · Ctrl+L log the contact · Ctrl+U send an update · Ctrl+R "
                       "start a return · Ctrl+D delivery options · Esc start over</p>"));
    m_reply->clear();
    m_status->clear();
    m_reason->setCurrentIndex(0);
    m_outcome->setCurrentIndex(0);
    m_parcelBox->clear();
    m_parcelBox->setVisible(false);
    for (QWidget *w : std::as_const(m_needsAnswer))
        w->setEnabled(false);
}

QString WismoPage::answerLanguage() const
{
    if (!m_language.isEmpty())
        return m_language;
    if (m_answer && m_answer->customer)
        return CustomerText(m_answer->customer->language).language();
    return u"en"_s;
}

void WismoPage::setAnswerLanguage(const QString &language)
{
    m_language = language;
    const int index = m_languageBox->findData(language);
    if (index >= 0 && m_languageBox->currentIndex() != index)
        m_languageBox->setCurrentIndex(index);
    if (m_answer)
        renderCard();
}

void WismoPage::renderCard()
{
    if (!m_answer)
        return;
    const WismoAnswer &a = *m_answer;
    const CustomerText text(answerLanguage());
    const QString zone = a.customer ? a.customer->timeZone : QString();

    // The header: who and what.
    QStringList head;
    if (a.orderId > 0)
        head << tr("<b>Order %1</b> · placed %2").arg(esc(a.orderNumber), when(a.placedAtMs));
    if (a.customer) {
        const Customer &c = *a.customer;
        head << u"<b>%1</b>"_s.arg(esc(customerName(c.name, c.id)));
        QStringList reach;
        for (const QString &part : {c.email, c.phone, QString(c.postcode + u' ' + c.city)}) {
            if (!part.trimmed().isEmpty())
                reach << esc(part.trimmed());
        }
        head << reach.join(u" · "_s);
        head << tr("speaks %1").arg(languageName(CustomerText(c.language).language()));
    }
    m_header->setText(head.join(u"<br>"_s));
    m_languageBox->setItemText(0,
        a.customer ? tr("the customer's language (%1)")
                         .arg(languageName(CustomerText(a.customer->language).language()))
                   : tr("the customer's language"));

    QString html;
    const int count = int(a.parcels.size());
    if (count == 0)
        html += u"<p>%1</p>"_s.arg(esc(a.orderId > 0 ? tr("No parcel has been shipped for this "
                                                          "order yet.")
                                                     : tr("This customer has no orders.")));
    for (int i = 0; i < count; ++i) {
        const WismoAnswer::Parcel &p = a.parcels[i];
        const ShipmentListRow &r = p.detail.facts;
        html += u"<h3>%1</h3>"_s.arg(esc(parcelTitle(a, i)));
        html += u"<p style=\"font-size: large\">%1</p>"_s.arg(
            esc(WismoWording::parcelSentence(text, p, zone)));

        // The facts an agent reads out or checks.
        QStringList facts;
        facts << tr("Status: %1").arg(esc(StatusText::full(r.status)));
        if (r.late)
            facts << u"<span style=\"color:#b3261e\"><b>%1</b></span>"_s.arg(esc(tr("late")));
        if (r.promisedAtMs)
            facts << tr("promised for %1").arg(day(*r.promisedAtMs));
        if (r.deliveredAtMs)
            facts << tr("delivered %1").arg(when(*r.deliveredAtMs));
        else if (p.expected)
            facts << tr("expected %1 (between %2 and %3)")
                         .arg(day(p.expected->mostLikelyMs), day(p.expected->p10Ms),
                             day(p.expected->p90Ms));
        else if (!r.status.isTerminal() && m_learning)
            facts << tr("expected date: learning from the history…");
        html += u"<p>%1</p>"_s.arg(facts.join(u" · "_s));

        // The milestones, not every scan.
        QString rows;
        for (qsizetype e = p.detail.events.size() - 1; e >= 0; --e) {
            const ShipmentDetail::Event &ev = p.detail.events[e];
            if (!ev.milestone)
                continue;
            rows += u"<tr><td>%1</td><td><b>%2</b></td><td>%3</td></tr>"_s.arg(
                esc(text.moment(ev.atMs, zone)),
                esc(ev.unmapped ? tr("(not mapped yet)")
                                : WismoWording::milestone(text, ev.status)),
                esc(ev.location));
        }
        if (!rows.isEmpty())
            html += u"<table cellspacing=\"0\" cellpadding=\"3\">%1</table>"_s.arg(rows);

        // What went wrong and what is being done.
        for (const ProblemCase &c : p.detail.openCases) {
            QStringList doing;
            doing << ProblemCasesPage::stateLabel(c.state);
            if (!c.assignee.isEmpty())
                doing << tr("with %1").arg(esc(c.assignee));
            if (c.dueAtMs)
                doing << tr("due %1").arg(when(*c.dueAtMs));
            if (c.claimDueAtMs)
                doing << tr("claim with the carrier by %1").arg(day(*c.claimDueAtMs));
            html += u"<p style=\"color:#8a4b00\">⚠ <b>%1</b> (%2): %3<br>%4</p>"_s.arg(
                esc(ProblemCasesPage::kindLabel(c.kind)), esc(tr("case %1").arg(c.id)),
                esc(c.details), doing.join(u" · "_s));
        }
        QStringList offered;
        for (const ListedDeliveryOption &o : p.options) {
            if (o.eligibility != u"INELIGIBLE")
                offered << esc(DeliveryOptionRepository::optionLabel(o.option));
        }
        if (!offered.isEmpty())
            html += u"<p>%1</p>"_s.arg(
                tr("%1 offers: %2")
                    .arg(WismoWording::carrierName(r.carrier), offered.join(u", "_s)));
        for (const DeliveryChangeRequest &q : p.requests) {
            html += u"<p>%1</p>"_s.arg(
                esc(tr("Delivery change (%1) on %2 by %3: %4 %5",
                    "state, when, agent, option, what the customer said")
                        .arg(DeliveryOptionRepository::stateLabel(q.state), when(q.requestedAtMs),
                            q.agent, DeliveryOptionRepository::optionLabel(q.option), q.detail)));
        }
    }

    // What the customer has heard from us already.
    html += u"<h3>%1</h3>"_s.arg(esc(tr("Told already")));
    if (a.messages.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(esc(tr("Nothing: no message about this order so far.")));
    } else {
        html += u"<ul>"_s;
        for (const WismoAnswer::Told &t : a.messages) {
            html += u"<li>%1</li>"_s.arg(esc((t.proactive
                    ? tr("%1 · %2 · %3 · %4 · before they asked", "when, channel, subject, state")
                    : tr("%1 · %2 · %3 · %4", "when, channel, subject, state"))
                                                 .arg(when(t.atMs), messageChannelLabel(t.channel),
                                                     t.subject, messageStateLabel(t.state))));
        }
        html += u"</ul>"_s;
    }
    html += u"<h3>%1</h3>"_s.arg(esc(tr("Earlier contacts")));
    if (a.contacts.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(esc(tr("None: this is the first.")));
    } else {
        html += u"<p><b>%1</b></p><ul>"_s.arg(
            esc(tr("The customer has asked %n time(s) before.", nullptr, int(a.contacts.size()))));
        for (const Contact &c : a.contacts) {
            html += u"<li>%1</li>"_s.arg(
                esc(QStringList {when(c.atMs), Contact::channelLabel(c.channel),
                    Contact::reasonLabel(c.reason), outcomeLabel(c.outcome), c.agent, c.note}
                        .filter(QRegularExpression(u"\\S"_s))
                        .join(u" · "_s)));
        }
        html += u"</ul>"_s;
    }
    for (const ReturnCase &r : a.returns) {
        html += u"<p>%1</p>"_s.arg(
            esc(tr("Return %1: %2, %3 (since %4)")
                    .arg(r.rma, ReturnRepository::stateLabel(r.state),
                        ReturnRepository::reasonLabel(r.reasonCode), when(r.createdAtMs))));
    }
    m_card->setHtml(html);
    // A reply the agent edited stays while the same order is on show in the same language; news
    // about the order reaches a reply nobody has touched.
    const QString replyFor = u"%1/%2/%3/%4"_s.arg(a.orderId)
                                 .arg(a.customer ? a.customer->id : 0)
                                 .arg(a.parcels.isEmpty() ? 0 : a.parcels.front().detail.facts.id)
                                 .arg(text.language());
    if (replyFor != m_replyFor || !m_reply->document()->isModified()) {
        m_reply->setPlainText(WismoWording::reply(text, a));
        m_reply->document()->setModified(false);
        m_replyFor = replyFor;
    }
}

QString WismoPage::cardText() const
{
    return QTextDocumentFragment::fromHtml(m_header->text()).toPlainText() + u'\n'
        + m_card->toPlainText();
}

QString WismoPage::replyText() const
{
    return m_reply->toPlainText();
}

qint64 WismoPage::chosenShipment() const
{
    if (m_parcelBox->count() == 0)
        return 0;
    return m_parcelBox->currentData().toLongLong();
}

void WismoPage::focusLog()
{
    if (!m_note->isEnabled())
        return;
    m_note->setFocus(Qt::ShortcutFocusReason);
    m_note->selectAll();
}

void WismoPage::runAction(const QString &busy,
    std::function<Result<QString>(const Database &, qint64 nowMs)> action,
    std::function<void(bool ok)> after)
{
    m_status->setText(busy);
    auto *watcher = new QFutureWatcher<std::pair<bool, QString>>(this);
    connect(watcher, &QFutureWatcher<std::pair<bool, QString>>::finished, this,
        [this, watcher, after = std::move(after)] {
            watcher->deleteLater();
            const auto [ok, message] = watcher->result();
            actionDone(ok, message, after);
        });
    const Database db = m_db;
    const qint64 at = now();
    watcher->setFuture(QtConcurrent::run([db, at, action = std::move(action)] {
        const auto done = action(db, at);
        db.releaseConnection();
        return done ? std::pair(true, *done) : std::pair(false, done.error().message);
    }));
}

void WismoPage::actionDone(bool ok, const QString &message, const std::function<void(bool)> &after)
{
    m_status->setText(message);
    refreshAnswer();
    if (after)
        after(ok);
    Q_EMIT actionFinished(ok, message);
}

bool WismoPage::execSaving(QDialog &dialog, QDialogButtonBox *buttons,
    const std::function<Action()> &prepare, const std::function<void(bool)> &after)
{
    auto *saver = new SaveBeforeClose(&dialog, buttons, m_db, [this, &prepare] {
        const Action action = prepare();
        return action ? SaveBeforeClose::Work(
                   [action, at = now()](const Database &db) { return action(db, at); })
                      : SaveBeforeClose::Work();
    });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    actionDone(true, saver->message(), after);
    return true;
}

std::optional<Contact> WismoPage::contactAbout(
    const QString &channel, const QString &reason, const QString &outcome) const
{
    if (!m_answer)
        return std::nullopt;
    Contact c;
    c.shipmentId = chosenShipment() > 0 ? std::optional(chosenShipment()) : std::nullopt;
    if (m_answer->orderId > 0)
        c.orderId = m_answer->orderId;
    if (!c.shipmentId && !c.orderId) {
        m_status->setText(tr("A contact is logged about an order or a parcel; this customer has "
                             "neither."));
        return std::nullopt;
    }
    c.channel = channel;
    c.reason = reason;
    c.outcome = outcome;
    c.agent = m_agent;
    return c;
}

WismoPage::Action WismoPage::logContactAction(Contact c)
{
    return [c](const Database &db, qint64 at) mutable {
        c.atMs = at;
        return WismoActions::logContact(db, c);
    };
}

void WismoPage::logContact(
    const QString &channel, const QString &reason, const QString &outcome, const QString &note)
{
    auto c = contactAbout(channel, reason, outcome);
    if (!c)
        return;
    c->note = note;
    // The note field empties at once, ready for the next caller; a contact that was not logged
    // gives its note back, so nothing typed is lost.
    const bool typedInField = !note.isEmpty() && note == m_note->text();
    if (typedInField)
        m_note->clear();
    const qint64 order = m_answer->orderId;
    runAction(tr("Logging the contact…"), logContactAction(*c),
        [this, typedInField, note, order](bool ok) {
            if (ok || !typedInField)
                return;
            if (m_answer && m_answer->orderId == order && m_note->text().isEmpty()) {
                m_note->setText(note);
                m_status->setText(
                    m_status->text() + u' ' + tr("The note is back in its field; log it again."));
            } else {
                m_status->setText(m_status->text() + u' ' + tr("The note was: %1").arg(note));
            }
        });
}

void WismoPage::sendUpdate()
{
    if (!m_answer || !m_answer->customer)
        return;
    const Customer &customer = *m_answer->customer;
    const CustomerText text(answerLanguage());
    Message m;
    m.customerId = customer.id;
    if (chosenShipment() > 0)
        m.shipmentId = chosenShipment();
    m.channel = customer.email.trimmed().isEmpty() && !customer.phone.trimmed().isEmpty()
        ? MessageChannel::Sms
        : MessageChannel::Email;
    m.language = text.language();
    m.kind = u"wismo_update"_s;
    m.subject = WismoWording::subject(text, *m_answer);
    m.body = m_reply->toPlainText();
    const QString to = m.channel == MessageChannel::Email ? customer.email : customer.phone;
    const QString agent = m_agent;
    runAction(tr("Queuing the update…"), [m, to, agent](const Database &db, qint64 at) mutable {
        m.createdAtMs = at;
        return WismoActions::queueUpdate(db, m, to, agent);
    });
    m_outcome->setCurrentIndex(m_outcome->findData(u"update_sent"_s));
}

void WismoPage::reportNotReceived(const QString &note)
{
    auto c = contactAbout(m_channel->currentData().toString(), u"not_received"_s, QString());
    if (!c)
        return;
    c->note = note;
    runAction(tr("Logging the contact…"), logContactAction(*c));
}

void WismoPage::askNotReceived()
{
    if (!m_answer || chosenShipment() == 0)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Not received"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("The customer says parcel %1 never arrived. If the carrier reports "
                               "it delivered, a case opens with the carrier's claim deadline.")
                                .arg(m_parcelBox->currentText()),
        &dialog));
    auto *note = new QLineEdit(&dialog);
    note->setObjectName(u"notReceivedNote"_s);
    form->addRow(tr("&What the customer says:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log the contact"));
    form->addRow(buttons);
    // About the parcel asked about, even if the page shows another by the time OK is pressed.
    // The outcome follows what happened: a case opened or joined, or none (the rules say why).
    const auto contact
        = contactAbout(m_channel->currentData().toString(), u"not_received"_s, QString());
    if (!contact)
        return;
    execSaving(dialog, buttons, [&] {
        Contact c = *contact;
        c.note = note->text();
        return logContactAction(c);
    });
}

std::optional<WismoPage::Action> WismoPage::startReturnAction(
    const QList<ReturnLineRequest> &lines, const QString &note, ReturnResolution resolution)
{
    if (!m_answer || m_answer->orderId <= 0)
        return std::nullopt;
    Contact c;
    c.orderId = m_answer->orderId;
    if (chosenShipment() > 0)
        c.shipmentId = chosenShipment();
    c.channel = m_channel->currentData().toString();
    c.agent = m_agent;
    return [c, lines, note, resolution](const Database &db, qint64 at) mutable {
        c.atMs = at;
        return WismoActions::startReturn(db, c, lines, note, resolution);
    };
}

void WismoPage::startReturn(
    const QList<ReturnLineRequest> &lines, const QString &note, ReturnResolution resolution)
{
    const auto action = startReturnAction(lines, note, resolution);
    if (!action)
        return;
    m_outcome->setCurrentIndex(m_outcome->findData(u"return_started"_s));
    runAction(tr("Starting the return…"), *action);
}

void WismoPage::askReturn()
{
    if (!m_answer || m_answer->orderId <= 0)
        return;
    const auto returnable = ReturnRepository(m_db).returnableOrder(m_answer->orderId);
    const auto policy = ReturnPolicyStore::load(m_db);
    if (!returnable || !policy) {
        QMessageBox::warning(this, tr("Start a return"),
            returnable ? policy.error().message : returnable.error().message);
        return;
    }
    ReturnRegistrationDialog dialog(
        *returnable, *policy, QDateTime::currentDateTimeUtc().date(), this);
    // Registered before the dialog closes; the dialog is modal, so the order stays on show.
    if (execSaving(dialog, dialog.buttons(), [&] {
            const auto action
                = startReturnAction(dialog.lines(), dialog.note(), dialog.resolution());
            return action ? *action : Action();
        }))
        m_outcome->setCurrentIndex(m_outcome->findData(u"return_started"_s));
}

std::optional<WismoPage::Action> WismoPage::deliveryChangeAction(
    const QString &option, const QString &detail)
{
    const qint64 shipment = chosenShipment();
    if (!m_answer || shipment == 0)
        return std::nullopt;
    Contact c;
    c.shipmentId = shipment;
    if (m_answer->orderId > 0)
        c.orderId = m_answer->orderId;
    c.channel = m_channel->currentData().toString();
    c.reason = u"delivery_change"_s;
    c.outcome = u"delivery_changed"_s;
    c.note = DeliveryOptionRepository::optionLabel(option)
        + (detail.isEmpty() ? QString() : u": "_s + detail);
    c.agent = m_agent;
    return [c, option, detail](const Database &db, qint64 at) mutable {
        c.atMs = at;
        return WismoActions::requestDeliveryChange(db, c, option, detail);
    };
}

void WismoPage::requestDeliveryChange(const QString &option, const QString &detail)
{
    const auto action = deliveryChangeAction(option, detail);
    if (!action)
        return;
    m_outcome->setCurrentIndex(m_outcome->findData(u"delivery_changed"_s));
    runAction(tr("Recording the delivery change…"), *action);
}

void WismoPage::askDeliveryChange()
{
    if (!m_answer)
        return;
    const qint64 shipment = chosenShipment();
    const WismoAnswer::Parcel *parcel = nullptr;
    for (const WismoAnswer::Parcel &p : m_answer->parcels) {
        if (p.detail.facts.id == shipment)
            parcel = &p;
    }
    if (!parcel)
        return;
    const qint64 order = m_answer->orderId;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Delivery options for %1").arg(parcel->detail.facts.trackingNumber));
    auto *form = new QFormLayout(&dialog);
    auto *list = new QListWidget(&dialog);
    list->setObjectName(u"deliveryOptionList"_s);
    for (const ListedDeliveryOption &o : parcel->options) {
        auto *item
            = new QListWidgetItem(tr("%1 (%2)").arg(DeliveryOptionRepository::optionLabel(o.option),
                                      DeliveryOptionRepository::eligibilityLabel(o.eligibility)),
                list);
        item->setData(Qt::UserRole, o.option);
        if (o.eligibility == u"INELIGIBLE")
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        else if (!list->currentItem())
            list->setCurrentItem(item);
    }
    auto *detail = new QLineEdit(&dialog);
    detail->setObjectName(u"deliveryOptionDetail"_s);
    detail->setPlaceholderText(tr("e.g. the new day, the pickup location or the address"));
    form->addRow(tr("&What the customer chose:"), list);
    form->addRow(tr("&Details:"), detail);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record the choice"));
    form->addRow(buttons);
    // Recorded before the dialog closes: a refusal keeps the choice and the details typed.
    if (execSaving(dialog, buttons, [&] {
            if (!list->currentItem() || !stillShowing(order, shipment))
                return Action();
            const auto action = deliveryChangeAction(
                list->currentItem()->data(Qt::UserRole).toString(), detail->text());
            return action ? *action : Action();
        }))
        m_outcome->setCurrentIndex(m_outcome->findData(u"delivery_changed"_s));
}

void WismoPage::askExportPersonalData()
{
    if (!m_answer || !m_answer->customer)
        return;
    const qint64 customer = m_answer->customer->id;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export personal data"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(u"customer-%1.json"_s.arg(customer)),
        tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (!m_answer || !m_answer->customer || m_answer->customer->id != customer) {
        m_status->setText(
            tr("Another customer came on show while the dialog was open; nothing was done."));
        return;
    }
    exportPersonalData(path);
}

void WismoPage::exportPersonalData(const QString &path)
{
    if (!m_answer || !m_answer->customer)
        return;
    const qint64 customer = m_answer->customer->id;
    const QString agent = m_agent;
    runAction(tr("Exporting the personal data…"),
        [customer, agent, path](const Database &db, qint64 at) -> Result<QString> {
            CustomerPrivacy privacy(db);
            const auto records = privacy.samePerson(customer);
            if (!records)
                return records.error();
            // The file first: an export that cannot be written is not exported (nor audited).
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return Error {tr("Cannot write %1: %2").arg(path, file.errorString())};
            const auto exported = privacy.exportCustomer(*records, agent, at);
            if (!exported)
                return exported.error();
            const QByteArray json = exported->toJson(QJsonDocument::Indented);
            if (file.write(json) != json.size() || !file.commit())
                return Error {tr("Cannot write %1: %2").arg(path, file.errorString())};
            return tr("The personal data of %n customer record(s) is written to %1.", nullptr,
                int(records->size()))
                .arg(path);
        });
}

void WismoPage::askErasePersonalData()
{
    if (!m_answer || !m_answer->customer)
        return;
    const qint64 customer = m_answer->customer->id;
    m_status->setText(tr("Reading what is held about the customer…"));
    auto *watcher = new QFutureWatcher<ErasePreview>(this);
    connect(watcher, &QFutureWatcher<ErasePreview>::finished, this, [this, watcher, customer] {
        watcher->deleteLater();
        const ErasePreview preview = watcher->result();
        m_status->clear();
        if (!preview.error.isEmpty()) {
            m_status->setText(preview.error);
            return;
        }
        confirmErase(
            customer, preview.records, preview.counts.summary(), preview.counts.parcelsInFlight);
    });
    const Database db = m_db;
    watcher->setFuture(QtConcurrent::run([db, customer] {
        ErasePreview preview;
        CustomerPrivacy privacy(db);
        const auto records = privacy.samePerson(customer);
        const auto counts
            = records ? privacy.preview(*records) : Result<ErasureCounts>(records.error());
        db.releaseConnection();
        if (!counts) {
            preview.error = counts.error().message;
            return preview;
        }
        preview.records = *records;
        preview.counts = *counts;
        return preview;
    }));
}

void WismoPage::confirmErase(
    qint64 customerId, const QList<qint64> &records, const QString &summary, int parcelsInFlight)
{
    if (!m_answer || !m_answer->customer || m_answer->customer->id != customerId) {
        m_status->setText(tr("Another customer came on show meanwhile; nothing was done."));
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(u"eraseDialog"_s);
    dialog.setWindowTitle(tr("Erase personal data"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *question = new QLabel(
        u"<b>%1</b>"_s.arg(esc(tr("Erase the personal data of %1?").arg(m_answer->customer->name))),
        &dialog);
    layout->addWidget(question);
    QStringList lines;
    lines << tr("Their name, e-mail address, phone number and address, every note and message "
                "text about them, and their consents are erased everywhere: %1.")
                 .arg(summary);
    lines << tr("Orders, parcels and every figure stay, under no name.");
    if (records.size() > 1)
        lines << tr("%n customer records have this e-mail address; they are all this person and "
                    "all are erased.",
            nullptr, int(records.size()));
    if (parcelsInFlight > 0)
        lines << tr("%n parcel(s) are still on their way: carrier scans that come later are "
                    "stored as usual.",
            nullptr, parcelsInFlight);
    lines << tr("This cannot be undone.");
    auto *details = new QLabel(lines.join(u"\n\n"_s), &dialog);
    details->setWordWrap(true);
    layout->addWidget(details);
    auto *form = new QFormLayout;
    auto *reason = new QLineEdit(&dialog);
    reason->setObjectName(u"eraseReason"_s);
    reason->setPlaceholderText(tr("e.g. request by e-mail of 3 May (no personal data)"));
    form->addRow(tr("&Reason for the audit log:"), reason);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Erase"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    // Erased before the dialog closes: a reason refused (it names the person) can be mended.
    execSaving(
        dialog, buttons, [&] { return eraseAction(customerId, reason->text()); },
        [this](bool) { searchAgainAfterErasure(); });
}

WismoPage::Action WismoPage::eraseAction(qint64 customer, const QString &reason) const
{
    return [customer, agent = m_agent, reason](const Database &db, qint64 at) -> Result<QString> {
        CustomerPrivacy privacy(db);
        const auto records = privacy.samePerson(customer);
        if (!records)
            return records.error();
        const auto erased = privacy.purge(*records, agent, reason, at);
        if (!erased)
            return erased.error();
        return tr("Personal data erased: %1.").arg(erased->summary());
    };
}

void WismoPage::searchAgainAfterErasure()
{
    // The words for spelling corrections held the erased name, the list the old hits.
    m_searcher = std::make_shared<WismoSearch>();
    runSearch();
}

void WismoPage::erasePersonalData(const QString &reason)
{
    if (!m_answer || !m_answer->customer)
        return;
    runAction(tr("Erasing the personal data…"), eraseAction(m_answer->customer->id, reason),
        [this](bool ok) {
            if (ok)
                searchAgainAfterErasure();
        });
}

bool WismoPage::stillShowing(qint64 orderId, qint64 shipmentId)
{
    // A dialog lets the page go on: a search may have opened another order meanwhile.
    if (m_answer && m_answer->orderId == orderId && chosenShipment() == shipmentId)
        return true;
    m_status->setText(
        tr("Another order came on show while the dialog was open; nothing was done."));
    return false;
}

} // namespace ParcelDesk
