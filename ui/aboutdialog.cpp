#include "aboutdialog.h"

#include "diagnostics/diagnostics.h"
#include "diagnostics/logfile.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

AboutDialog::AboutDialog(Database database, QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
{
    setWindowTitle(tr("About ParcelDesk"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("<p><b>ParcelDesk %1</b></p>"
                                "<p>The operations console for post-purchase logistics.</p>"
                                "<p>Licensed under the GNU GPL, version 3 or later.</p>")
                                 .arg(Diagnostics::build().toHtmlEscaped()),
        this);
    title->setTextFormat(Qt::RichText);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto *intro = new QLabel(tr("For a support request, copy the diagnostics below into it. "
                                "They name the versions and the database in use, and hold no "
                                "customer data and no password."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"diagnostics"_s);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(tr("Reading the diagnostics…"));
    layout->addWidget(m_text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy diagnostics"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(u"copyDiagnostics"_s);
    m_copy->setEnabled(false);
    QPushButton *logs
        = buttons->addButton(tr("Open the &log folder"), QDialogButtonBox::ActionRole);
    logs->setObjectName(u"openLogs"_s);
    const QString logPath = LogFile::path();
    logs->setEnabled(!logPath.isEmpty());
    logs->setToolTip(logPath.isEmpty() ? tr("Logging is off.") : logPath);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_text->toPlainText());
        m_copy->setText(tr("Copied"));
    });
    connect(logs, &QPushButton::clicked, this, [logPath] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(logPath).absolutePath()));
    });
    resize(720, 480);

    // The console's display platform is known here only; the rest is read by a worker.
    const QList<std::pair<QString, QString>> extra
        = {{u"Display"_s, QGuiApplication::platformName()}};
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_text->setPlainText(watcher->result());
        m_copy->setEnabled(true);
        Q_EMIT diagnosticsShown();
    });
    const Database db = m_database;
    watcher->setFuture(QtConcurrent::run([db, extra] {
        QString text = Diagnostics::report(db, extra);
        db.releaseConnection();
        return text;
    }));
}

QString AboutDialog::diagnostics() const
{
    return m_text->toPlainText();
}

} // namespace ParcelDesk
