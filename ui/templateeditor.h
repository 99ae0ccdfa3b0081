#pragma once

#include "store/database.h"
#include "store/templaterepository.h"
#include "workflows/messagetemplates.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace ParcelDesk {

// The message templates of the apologies, edited per kind and language: subject, plain text,
// HTML, SMS and the WhatsApp template's name, with a preview filled in with a customer's data
// (the HTML as the customer sees it, the text and the SMS with the segments it costs). A wrong
// tag is named under the field it is in and Save stays off until it is fixed. Reads and writes
// happen on a pool thread; the GUI never waits for the database.
class TemplateEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateEditor)

public:
    explicit TemplateEditor(Database db, QWidget *parent = nullptr);
    ~TemplateEditor() override;

    // The data the preview fills in (the lead's page passes a real customer's); until then a
    // sample in the template's language.
    void setPreviewData(const TemplateData &customerData);
    // Who saves (the audit log's actor); the login name until set.
    void setActor(const QString &actor);
    void setClock(std::function<qint64()> clock);

    // Shows kind and language, asking first when there are unsaved edits (as the pickers do).
    bool showTemplate(const QString &kind, const QString &language);
    QString kind() const;
    QString language() const;
    // The template as the fields show it now.
    MessageTemplate editedTemplate() const;
    bool hasUnsavedChanges() const;
    // The template as stored (the shop's edit or the built-in one), once loaded.
    std::optional<StoredTemplate> storedTemplate() const;

public Q_SLOTS:
    void reload();
    void save();
    void revert(); // the fields back to the stored template
    void resetToBuiltin();

Q_SIGNALS:
    void loaded();
    void previewShown();
    void saved(bool ok, const QString &message);

private:
    void showEntry();
    void fieldsChanged();
    void updatePreview();
    void updateButtons();
    // Asks what to do with unsaved edits; false: stay where we are.
    bool settleUnsaved();
    // A write on a pool thread, then the templates read again; showResult: the fields show the
    // stored template afterwards even over edits (a reset).
    void runWrite(const QString &busy, const QString &doneMessage,
        std::function<Outcome(const Database &, qint64 nowMs)> write, bool showResult = false);
    void setChecks(const QList<std::pair<QWidget *, QString>> &problems);
    TemplateData sampleData() const;
    qint64 now() const;
    int entryIndex(const QString &kind, const QString &language) const;

    Database m_db;
    QString m_actor;
    std::function<qint64()> m_clock;
    std::optional<TemplateData> m_previewData;
    QList<StoredTemplate> m_entries;
    quint64 m_loadJob = 0;
    bool m_busy = false;
    bool m_filling = false; // the fields are being filled from a template, not typed into
    int m_shownKind = -1; // picker indexes on show, to go back to when a switch is cancelled
    int m_shownLanguage = -1;
    bool m_checksPass = true;

    QComboBox *m_kind = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_origin = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPlainTextEdit *m_html = nullptr;
    QPlainTextEdit *m_sms = nullptr;
    QLineEdit *m_whatsapp = nullptr;
    QLabel *m_checks = nullptr;
    QLabel *m_previewSubject = nullptr;
    QTextBrowser *m_previewHtml = nullptr;
    QPlainTextEdit *m_previewText = nullptr;
    QPlainTextEdit *m_previewSms = nullptr;
    QLabel *m_segments = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace ParcelDesk
