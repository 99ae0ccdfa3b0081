#include "savebeforeclose.h"

#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

// Holds Escape and the window's close button while a save is under way: the dialog would close
// over a save whose outcome nobody would then see.
class HoldWhileSaving final : public QObject
{
public:
    explicit HoldWhileSaving(const SaveBeforeClose *saver)
        : QObject(const_cast<SaveBeforeClose *>(saver))
        , m_saver(saver)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_saver->isSaving()) {
            if (event->type() == QEvent::Close) {
                event->ignore();
                return true;
            }
            if (event->type() == QEvent::KeyPress
                && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape)
                return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const SaveBeforeClose *m_saver;
};

// The layout that holds widget, searched from layout down.
QLayout *layoutHolding(QLayout *layout, QWidget *widget)
{
    if (!layout)
        return nullptr;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == widget)
            return layout;
        if (QLayout *inner = layoutHolding(item->layout(), widget))
            return inner;
    }
    return nullptr;
}

// Puts label just above the dialog's buttons, wherever its layout holds them.
void placeAbove(QLabel *label, QDialog *dialog, QWidget *buttons)
{
    QLayout *holder = layoutHolding(dialog->layout(), buttons);
    if (auto *form = qobject_cast<QFormLayout *>(holder)) {
        int row = -1;
        QFormLayout::ItemRole role {};
        form->getWidgetPosition(buttons, &row, &role);
        form->insertRow(row, label);
    } else if (auto *box = qobject_cast<QBoxLayout *>(holder)) {
        box->insertWidget(box->indexOf(buttons), label);
    } else if (dialog->layout()) {
        dialog->layout()->addWidget(label);
    }
}

} // namespace

SaveBeforeClose::SaveBeforeClose(
    QDialog *dialog, QDialogButtonBox *buttons, Database db, std::function<Work()> prepare)
    : QObject(dialog)
    , m_dialog(dialog)
    , m_buttons(buttons)
    , m_error(new QLabel(dialog))
    , m_db(std::move(db))
    , m_prepare(std::move(prepare))
{
    m_error->setObjectName(u"saveError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    placeAbove(m_error, dialog, buttons);
    // OK saves instead of closing: whatever the dialog connected to its buttons goes.
    disconnect(buttons, &QDialogButtonBox::accepted, dialog, nullptr);
    disconnect(buttons, &QDialogButtonBox::rejected, dialog, nullptr);
    connect(buttons, &QDialogButtonBox::accepted, this, &SaveBeforeClose::save);
    connect(buttons, &QDialogButtonBox::rejected, dialog, [this] {
        if (!m_saving)
            m_dialog->reject();
    });
    dialog->installEventFilter(new HoldWhileSaving(this));
}

void SaveBeforeClose::save()
{
    if (m_saving)
        return;
    const Work work = m_prepare();
    if (!work)
        return; // prepare said in the dialog what is missing
    m_saving = true;
    m_buttons->setEnabled(false);
    m_error->setStyleSheet(QString());
    m_error->setText(tr("Saving…"));
    m_error->show();
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_saving = false;
        m_buttons->setEnabled(true);
        const Result<QString> result = watcher->result();
        if (result) {
            m_message = *result;
            m_error->hide();
            Q_EMIT tried(true, m_message);
            m_dialog->accept();
            return;
        }
        m_error->setStyleSheet(u"color: #b00020;"_s);
        m_error->setText(tr("Not saved: %1\nWhat you entered is still here; press %2 to try again.")
                             .arg(result.error().message,
                                 m_buttons->button(QDialogButtonBox::Ok)
                                     ? m_buttons->button(QDialogButtonBox::Ok)->text().remove(u'&')
                                     : tr("OK")));
        // Taller if the words need it, as wide as it was: the reason is read whole.
        if (QLayout *layout = m_dialog->layout()) {
            layout->activate();
            const int width = m_dialog->width();
            const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                           : layout->totalSizeHint().height();
            if (needed > m_dialog->height())
                m_dialog->resize(width, needed);
        }
        Q_EMIT tried(false, result.error().message);
    });
    watcher->setFuture(QtConcurrent::run([db = m_db, work] {
        Result<QString> result = work(db);
        // A statement on a connection that could not open says nothing useful ("database not
        // open"): the reason the store gives is what the person needs to hear.
        if (!result) {
            if (const QString why = db.connectionProblem(); !why.isEmpty())
                result = Error {tr("%1 cannot be reached: %2").arg(db.displayName(), why)};
        }
        db.releaseConnection();
        return result;
    }));
}

std::optional<QString> SaveBeforeClose::askText(QWidget *parent, const QString &title,
    const QString &label, const QString &initial, bool multiLine, const Database &db,
    std::function<Result<QString>(const Database &, const QString &text)> save)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *caption = new QLabel(label, &dialog);
    caption->setWordWrap(true);
    layout->addWidget(caption);
    QLineEdit *line = nullptr;
    QPlainTextEdit *text = nullptr;
    if (multiLine) {
        text = new QPlainTextEdit(initial, &dialog);
        text->setObjectName(u"savedText"_s);
        caption->setBuddy(text);
        layout->addWidget(text);
    } else {
        line = new QLineEdit(initial, &dialog);
        line->setObjectName(u"savedText"_s);
        line->setMinimumWidth(360);
        caption->setBuddy(line);
        layout->addWidget(line);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    auto *saver = new SaveBeforeClose(&dialog, buttons, db, [&]() -> Work {
        const QString typed = line ? line->text() : text->toPlainText();
        return [save, typed](const Database &d) { return save(d, typed); };
    });
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return saver->message();
}

} // namespace ParcelDesk
