#include "templateeditor.h"

#include "domain/status.h"
#include "i18n/customertext.h"
#include "workflows/wismowording.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

constexpr int previewDelayMs = 200; // a pause in typing, not every keystroke

QString kindLabel(const QString &kind)
{
    if (kind == u"delay_notice")
        return TemplateEditor::tr("Delay notice");
    if (kind == u"delay_apology")
        return TemplateEditor::tr("Apology");
    if (kind == u"delay_apology_voucher")
        return TemplateEditor::tr("Apology with voucher");
    return kind;
}

QString languageLabel(const QString &language)
{
    if (language == u"de")
        return TemplateEditor::tr("German");
    if (language == u"en")
        return TemplateEditor::tr("English");
    return language;
}

QPlainTextEdit *makeEditor(const QString &name, QWidget *parent)
{
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(name);
    e->setTabChangesFocus(true);
    e->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return e;
}

} // namespace

TemplateEditor::TemplateEditor(Database db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_actor(qEnvironmentVariable("USER", u"console"_s))
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"kind"_s);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"language"_s);
    for (const MessageTemplate &t : MessageTemplates::builtin()) {
        if (m_kind->findData(t.kind) < 0)
            m_kind->addItem(kindLabel(t.kind), t.kind);
        if (m_language->findData(t.language) < 0)
            m_language->addItem(languageLabel(t.language), t.language);
    }
    m_origin = new QLabel(this);
    m_origin->setObjectName(u"origin"_s);
    auto *pickers = new QHBoxLayout;
    auto *kindLabelWidget = new QLabel(tr("&Message:"), this);
    kindLabelWidget->setBuddy(m_kind);
    auto *languageLabelWidget = new QLabel(tr("&Language:"), this);
    languageLabelWidget->setBuddy(m_language);
    pickers->addWidget(kindLabelWidget);
    pickers->addWidget(m_kind);
    pickers->addSpacing(12);
    pickers->addWidget(languageLabelWidget);
    pickers->addWidget(m_language);
    pickers->addSpacing(12);
    pickers->addWidget(m_origin, 1);

    m_subject = new QLineEdit(this);
    m_subject->setObjectName(u"subject"_s);
    m_text = makeEditor(u"text"_s, this);
    m_html = makeEditor(u"html"_s, this);
    m_sms = makeEditor(u"sms"_s, this);
    m_sms->setMaximumHeight(90);
    m_whatsapp = new QLineEdit(this);
    m_whatsapp->setObjectName(u"whatsapp"_s);
    m_whatsapp->setPlaceholderText(tr("the name of the template the provider approved"));
    m_checks = new QLabel(this);
    m_checks->setObjectName(u"checks"_s);
    m_checks->setWordWrap(true);
    m_checks->setStyleSheet(u"color: #cf222e;"_s);
    m_checks->setTextFormat(Qt::PlainText);
    m_checks->hide();

    auto *fields = new QWidget(this);
    auto *form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("&HTML:"), m_html);
    form->addRow(tr("S&MS:"), m_sms);
    form->addRow(tr("&WhatsApp template:"), m_whatsapp);
    form->addRow(m_checks);

    auto *preview = new QGroupBox(tr("Preview"), this);
    m_previewSubject = new QLabel(preview);
    m_previewSubject->setObjectName(u"previewSubject"_s);
    m_previewSubject->setWordWrap(true);
    m_previewSubject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewHtml = new QTextBrowser(preview);
    m_previewHtml->setObjectName(u"previewHtml"_s);
    m_previewHtml->setOpenLinks(false);
    m_previewText = new QPlainTextEdit(preview);
    m_previewText->setObjectName(u"previewText"_s);
    m_previewText->setReadOnly(true);
    m_previewSms = new QPlainTextEdit(preview);
    m_previewSms->setObjectName(u"previewSms"_s);
    m_previewSms->setReadOnly(true);
    m_previewSms->setMaximumHeight(70);
    m_segments = new QLabel(preview);
    m_segments->setObjectName(u"smsSegments"_s);
    auto *texts = new QSplitter(Qt::Horizontal, preview);
    texts->addWidget(m_previewHtml);
    texts->addWidget(m_previewText);
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->addWidget(m_previewSubject);
    previewLayout->addWidget(texts, 1);
    previewLayout->addWidget(new QLabel(tr("SMS:"), preview));
    previewLayout->addWidget(m_previewSms);
    previewLayout->addWidget(m_segments);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(fields);
    split->addWidget(preview);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(u"save"_s);
    m_save->setToolTip(tr("Save this template (Ctrl+S); new messages use it from now on."));
    m_revert = new QPushButton(tr("Re&vert"), this);
    m_revert->setObjectName(u"revert"_s);
    m_revert->setToolTip(tr("Discard the edits not saved yet."));
    m_reset = new QPushButton(tr("Reset to &built-in"), this);
    m_reset->setObjectName(u"resetBuiltin"_s);
    m_reset->setToolTip(tr("Drop the shop's version and use the template that comes with "
                           "ParcelDesk."));
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(previewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &TemplateEditor::updatePreview);

    connect(m_subject, &QLineEdit::textChanged, this, &TemplateEditor::fieldsChanged);
    connect(m_whatsapp, &QLineEdit::textChanged, this, &TemplateEditor::fieldsChanged);
    for (QPlainTextEdit *e : {m_text, m_html, m_sms})
        connect(e, &QPlainTextEdit::textChanged, this, &TemplateEditor::fieldsChanged);
    const auto picked = [this] {
        if (m_filling)
            return;
        if (!settleUnsaved()) {
            const QSignalBlocker kindBlock(m_kind);
            const QSignalBlocker languageBlock(m_language);
            m_kind->setCurrentIndex(m_shownKind);
            m_language->setCurrentIndex(m_shownLanguage);
            return;
        }
        showEntry();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, picked);
    connect(m_language, &QComboBox::currentIndexChanged, this, picked);
    connect(m_save, &QPushButton::clicked, this, &TemplateEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &TemplateEditor::revert);
    connect(m_reset, &QPushButton::clicked, this, &TemplateEditor::resetToBuiltin);
    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            save();
    });

    updateButtons();
    reload();
}

TemplateEditor::~TemplateEditor() = default;

qint64 TemplateEditor::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void TemplateEditor::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

void TemplateEditor::setActor(const QString &actor)
{
    m_actor = actor;
}

void TemplateEditor::setPreviewData(const TemplateData &customerData)
{
    m_previewData = customerData;
    updatePreview();
}

QString TemplateEditor::kind() const
{
    return m_kind->currentData().toString();
}

QString TemplateEditor::language() const
{
    return m_language->currentData().toString();
}

int TemplateEditor::entryIndex(const QString &kind, const QString &language) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).message.kind == kind && m_entries.at(i).message.language == language)
            return i;
    }
    return -1;
}

std::optional<StoredTemplate> TemplateEditor::storedTemplate() const
{
    const int i = entryIndex(kind(), language());
    if (i < 0)
        return std::nullopt;
    return m_entries.at(i);
}

MessageTemplate TemplateEditor::editedTemplate() const
{
    return {kind(), language(), m_subject->text(), m_text->toPlainText(), m_html->toPlainText(),
        m_sms->toPlainText(), m_whatsapp->text().trimmed()};
}

bool TemplateEditor::hasUnsavedChanges() const
{
    const auto stored = storedTemplate();
    if (!stored)
        return false;
    const MessageTemplate now = editedTemplate();
    const MessageTemplate &was = stored->message;
    return now.subject != was.subject || now.text != was.text || now.html != was.html
        || now.sms != was.sms || now.whatsapp != was.whatsapp;
}

bool TemplateEditor::showTemplate(const QString &kind, const QString &language)
{
    const int k = m_kind->findData(kind);
    const int l = m_language->findData(language);
    if (k < 0 || l < 0)
        return false;
    if ((k != m_kind->currentIndex() || l != m_language->currentIndex()) && !settleUnsaved())
        return false;
    {
        const QSignalBlocker kindBlock(m_kind);
        const QSignalBlocker languageBlock(m_language);
        m_kind->setCurrentIndex(k);
        m_language->setCurrentIndex(l);
    }
    showEntry();
    return true;
}

bool TemplateEditor::settleUnsaved()
{
    if (m_shownKind < 0 || m_entries.isEmpty())
        return true;
    // The question is about the template on show, which the pickers may have left already.
    const QString shownKind = m_kind->itemData(m_shownKind).toString();
    const QString shownLanguage = m_language->itemData(m_shownLanguage).toString();
    const int i = entryIndex(shownKind, shownLanguage);
    if (i < 0)
        return true;
    const MessageTemplate &was = m_entries.at(i).message;
    const MessageTemplate edited {shownKind, shownLanguage, m_subject->text(),
        m_text->toPlainText(), m_html->toPlainText(), m_sms->toPlainText(),
        m_whatsapp->text().trimmed()};
    if (edited.subject == was.subject && edited.text == was.text && edited.html == was.html
        && edited.sms == was.sms && edited.whatsapp == was.whatsapp)
        return true;
    const bool valid = bool(MessageTemplates::check(edited));
    QMessageBox box(QMessageBox::Question, tr("Unsaved template"),
        tr("The template \"%1\" (%2) has edits that are not saved.")
            .arg(kindLabel(shownKind), languageLabel(shownLanguage)),
        QMessageBox::NoButton, this);
    box.setInformativeText(valid ? tr("Save them before showing another template?")
                                 : tr("They have mistakes and cannot be saved as they are."));
    QAbstractButton *saveButton = valid ? box.addButton(QMessageBox::Save) : nullptr;
    QAbstractButton *discard = box.addButton(QMessageBox::Discard);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == discard)
        return true;
    if (saveButton && box.clickedButton() == saveButton) {
        runWrite(tr("Saving…"),
            tr("Saved the template \"%1\" (%2).")
                .arg(kindLabel(shownKind), languageLabel(shownLanguage)),
            [edited, actor = m_actor](const Database &db, qint64 at) {
                return TemplateRepository(db).save(edited, actor, at);
            });
        return true;
    }
    return false;
}

void TemplateEditor::reload()
{
    const quint64 job = ++m_loadJob;
    m_status->setText(tr("Reading the templates…"));
    auto *watcher = new QFutureWatcher<Result<QList<StoredTemplate>>>(this);
    connect(watcher, &QFutureWatcher<Result<QList<StoredTemplate>>>::finished, this,
        [this, watcher, job] {
            watcher->deleteLater();
            if (job != m_loadJob)
                return; // a newer read was asked for
            const auto entries = watcher->result();
            if (!entries) {
                m_status->setText(entries.error().message);
                return;
            }
            const bool firstLoad = m_entries.isEmpty();
            m_entries = *entries;
            m_status->clear();
            // Fields being edited keep their text; a template not being edited shows what is
            // stored now.
            if (firstLoad || !hasUnsavedChanges())
                showEntry();
            else
                updateButtons();
            Q_EMIT loaded();
        });
    const Database db = m_db;
    watcher->setFuture(QtConcurrent::run([db] {
        auto all = TemplateRepository(db).all();
        db.releaseConnection();
        return all;
    }));
}

void TemplateEditor::showEntry()
{
    m_shownKind = m_kind->currentIndex();
    m_shownLanguage = m_language->currentIndex();
    const auto stored = storedTemplate();
    if (!stored)
        return;
    m_filling = true;
    m_subject->setText(stored->message.subject);
    m_text->setPlainText(stored->message.text);
    m_html->setPlainText(stored->message.html);
    m_sms->setPlainText(stored->message.sms);
    m_whatsapp->setText(stored->message.whatsapp);
    m_filling = false;
    m_origin->setText(stored->edited
            ? tr("Edited by %1 on %2")
                  .arg(stored->updatedBy,
                      QLocale().toString(
                          QDateTime::fromMSecsSinceEpoch(stored->updatedAtMs.value_or(0)),
                          QLocale::ShortFormat))
            : tr("Built-in template"));
    fieldsChanged();
    updatePreview(); // at once: the template changed, not a keystroke
}

void TemplateEditor::fieldsChanged()
{
    if (m_filling)
        return;
    // Each field is checked on its own so every mistake is named at its field, not only the first.
    const MessageTemplate t = editedTemplate();
    QList<std::pair<QWidget *, QString>> problems;
    const QList<std::pair<QWidget *, MessageTemplate>> parts
        = {{m_subject, {t.kind, t.language, t.subject, {}, {}, {}, {}}},
            {m_text, {t.kind, t.language, {}, t.text, {}, {}, {}}},
            {m_html, {t.kind, t.language, {}, {}, t.html, {}, {}}},
            {m_sms, {t.kind, t.language, {}, {}, {}, t.sms, {}}},
            {m_whatsapp, {t.kind, t.language, {}, {}, {}, {}, t.whatsapp}}};
    for (const auto &[field, part] : parts) {
        if (const Outcome ok = MessageTemplates::check(part); !ok)
            problems.append({field, ok.error().message});
    }
    setChecks(problems);
    updateButtons();
    m_previewTimer->start();
}

void TemplateEditor::setChecks(const QList<std::pair<QWidget *, QString>> &problems)
{
    m_checksPass = problems.isEmpty();
    QStringList lines;
    for (QWidget *field : {static_cast<QWidget *>(m_subject), static_cast<QWidget *>(m_text),
             static_cast<QWidget *>(m_html), static_cast<QWidget *>(m_sms),
             static_cast<QWidget *>(m_whatsapp)}) {
        const auto problem = std::find_if(problems.cbegin(), problems.cend(),
            [field](const std::pair<QWidget *, QString> &p) { return p.first == field; });
        const bool wrong = problem != problems.cend();
        field->setStyleSheet(wrong ? u"border: 1px solid #cf222e;"_s : QString());
        field->setToolTip(wrong ? problem->second : QString());
        if (wrong)
            lines << problem->second;
    }
    m_checks->setText(lines.join(u'\n'));
    m_checks->setVisible(!lines.isEmpty());
}

void TemplateEditor::updateButtons()
{
    const bool loadedTemplate = storedTemplate().has_value();
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(loadedTemplate && !m_busy && dirty && m_checksPass);
    m_revert->setEnabled(loadedTemplate && !m_busy && dirty);
    const auto stored = storedTemplate();
    m_reset->setEnabled(loadedTemplate && !m_busy && stored->edited);
    for (QWidget *w : {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_language)})
        w->setEnabled(loadedTemplate && !m_busy);
}

TemplateData TemplateEditor::sampleData() const
{
    // A customer as a template's reader would be one: words and dates in the template's language.
    const CustomerText words(language());
    TemplateData d;
    d.shop = tr("Your shop");
    d.customer = u"Erika Mustermann"_s;
    d.firstName = u"Erika"_s;
    d.orderNumber = u"PD-01000042"_s;
    d.daysLate = 2;
    d.voucherCode = u"SORRY-7F3K"_s;
    d.voucherValue = words.locale().toCurrencyString(5.0, u"€"_s, 2);
    d.parcels.append({u"DHL"_s, u"00340434161094042557"_s,
        WismoWording::milestone(words, Status::of(SubStatus::InTransit)),
        words.day(now() + 2 * 86'400'000LL), true});
    d.parcels.append({u"DPD"_s, u"01234567890123"_s,
        WismoWording::milestone(words, Status::of(SubStatus::ArrivalScan)), QString(), true});
    return d;
}

void TemplateEditor::updatePreview()
{
    m_previewTimer->stop();
    if (!storedTemplate())
        return;
    const auto rendered
        = MessageTemplates::render(editedTemplate(), m_previewData.value_or(sampleData()));
    if (!rendered) {
        m_previewSubject->setText(tr("No preview while the template has mistakes."));
        m_previewHtml->clear();
        m_previewText->clear();
        m_previewSms->clear();
        m_segments->clear();
        Q_EMIT previewShown();
        return;
    }
    m_previewSubject->setText(tr("Subject: %1").arg(rendered->subject));
    m_previewHtml->setHtml(rendered->html);
    m_previewText->setPlainText(rendered->text);
    m_previewSms->setPlainText(rendered->sms);
    const int n = rendered->smsSegments;
    const int characters = int(rendered->sms.size());
    if (n == 0)
        m_segments->setText(tr("No SMS text."));
    else if (rendered->smsUnicode)
        //: %2: characters of the filled-in SMS; %3: characters a segment takes in Unicode
        m_segments->setText(
            tr("%n SMS segment(s), %2 characters; Unicode: %3 characters each", nullptr, n)
                .arg(characters)
                .arg(n == 1 ? 70 : 67));
    else
        //: %2: characters of the filled-in SMS; %3: characters a segment takes in GSM 03.38
        m_segments->setText(
            tr("%n SMS segment(s), %2 characters; GSM alphabet: %3 characters each", nullptr, n)
                .arg(characters)
                .arg(n == 1 ? 160 : 153));
    m_segments->setStyleSheet(n > 1 ? u"color: #9a6700;"_s : QString());
    Q_EMIT previewShown();
}

void TemplateEditor::save()
{
    if (!hasUnsavedChanges())
        return;
    const MessageTemplate edited = editedTemplate();
    if (const Outcome ok = MessageTemplates::check(edited); !ok) {
        m_status->setText(ok.error().message);
        Q_EMIT saved(false, ok.error().message);
        return;
    }
    runWrite(tr("Saving…"),
        tr("Saved the template \"%1\" (%2).")
            .arg(kindLabel(edited.kind), languageLabel(edited.language)),
        [edited, actor = m_actor](const Database &db, qint64 at) {
            return TemplateRepository(db).save(edited, actor, at);
        });
}

void TemplateEditor::revert()
{
    showEntry();
    m_status->setText(tr("The edits not saved were discarded."));
}

void TemplateEditor::resetToBuiltin()
{
    const auto stored = storedTemplate();
    if (!stored || !stored->edited)
        return;
    const QString k = kind();
    const QString l = language();
    if (QMessageBox::question(this, tr("Reset to built-in"),
            tr("Use the built-in template for \"%1\" (%2) again? The shop's version is removed.")
                .arg(kindLabel(k), languageLabel(l)))
        != QMessageBox::Yes)
        return;
    // Edits not saved go with the shop's version: the built-in one is shown once it is back.
    runWrite(
        tr("Resetting…"),
        tr("\"%1\" (%2) is the built-in template again.").arg(kindLabel(k), languageLabel(l)),
        [k, l, actor = m_actor](const Database &db, qint64 at) {
            return TemplateRepository(db).reset(k, l, actor, at);
        },
        true);
}

void TemplateEditor::runWrite(const QString &busy, const QString &doneMessage,
    std::function<Outcome(const Database &, qint64 nowMs)> write, bool showResult)
{
    using Written = std::pair<Outcome, Result<QList<StoredTemplate>>>;
    m_busy = true;
    ++m_loadJob; // a read under way is older than this write
    updateButtons();
    m_status->setText(busy);
    auto *watcher = new QFutureWatcher<Written>(this);
    connect(watcher, &QFutureWatcher<Written>::finished, this,
        [this, watcher, doneMessage, showResult] {
            watcher->deleteLater();
            m_busy = false;
            const auto [done, entries] = watcher->result();
            if (entries)
                m_entries = *entries;
            // The fields show what is stored now unless they hold edits of another template.
            if ((showResult && done) || !hasUnsavedChanges())
                showEntry();
            else
                updateButtons();
            const QString message = done ? doneMessage : done.error().message;
            m_status->setText(message);
            Q_EMIT saved(bool(done), message);
        });
    const Database db = m_db;
    const qint64 at = now();
    // The write and the read of what it left in one task, so the fields never show a stale copy.
    watcher->setFuture(QtConcurrent::run([db, at, write = std::move(write)] {
        Written w {write(db, at), TemplateRepository(db).all()};
        db.releaseConnection();
        return w;
    }));
}

} // namespace ParcelDesk
