#include "connectdialog.h"

#include "store/serverpasswords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to a Team Database"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A team shares one PostgreSQL database: every console and poller "
                                "connects to it. Ask your administrator for these details."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_host = new QLineEdit(u"localhost"_s, this);
    m_host->setObjectName(u"host"_s);
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"port"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_name = new QLineEdit(u"parceldesk"_s, this);
    m_name->setObjectName(u"database"_s);
    m_user = new QLineEdit(qEnvironmentVariable("USER"), this);
    m_user->setObjectName(u"user"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from the keychain or the password file if left empty"));
    m_encryption = new QComboBox(this);
    m_encryption->setObjectName(u"encryption"_s);
    m_encryption->addItem(tr("When the server offers it"), u"prefer"_s);
    m_encryption->addItem(tr("Required"), u"require"_s);
    m_encryption->addItem(tr("Required, and the server's certificate verified"), u"verify-full"_s);
    m_encryption->addItem(tr("Off"), u"disable"_s);
    m_keep = new QCheckBox(tr("Keep the password in the keychain"), this);
    m_keep->setObjectName(u"keep"_s);
    m_keep->setChecked(ServerPasswords::keychainAllowed());
    m_keep->setEnabled(ServerPasswords::keychainAllowed());
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_name);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Encryption:"), m_encryption);
    form->addRow(QString(), m_keep);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
}

void ConnectDialog::setLocation(const ServerLocation &location)
{
    m_host->setText(location.host.isEmpty() ? u"localhost"_s : location.host);
    m_port->setValue(location.port);
    m_name->setText(location.database);
    if (!location.user.isEmpty())
        m_user->setText(location.user);
    for (const auto &[key, value] : location.options) {
        if (key == u"sslmode") {
            const int index = m_encryption->findData(value);
            if (index >= 0)
                m_encryption->setCurrentIndex(index);
        }
    }
    m_password->setFocus();
}

void ConnectDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

ServerLocation ConnectDialog::location() const
{
    ServerLocation location;
    location.host = m_host->text().trimmed();
    location.port = m_port->value();
    location.database = m_name->text().trimmed();
    location.user = m_user->text().trimmed();
    const QString mode = m_encryption->currentData().toString();
    if (mode != u"prefer")
        location.options.append({u"sslmode"_s, mode});
    return location;
}

QString ConnectDialog::password() const
{
    return m_keep->isChecked() ? QString() : m_password->text();
}

void ConnectDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_host, m_port, m_name, m_user, m_password, m_encryption, m_keep})
        w->setEnabled(!busy && (w != m_keep || ServerPasswords::keychainAllowed()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        setError(tr("Connecting to %1…").arg(location().displayName()));
}

void ConnectDialog::accept()
{
    if (m_busy)
        return;
    const ServerLocation target = location();
    if (target.database.isEmpty()) {
        setError(tr("Name the database."));
        m_name->setFocus();
        return;
    }
    const QString url = target.url();
    const QString password = m_password->text();
    setBusy(true);
    // The connection (up to ten seconds for a server that does not answer) and a first
    // migration run beside the dialog, which stays responsive.
    auto *watcher = new QFutureWatcher<Result<Database>>(this);
    connect(watcher, &QFutureWatcher<Result<Database>>::finished, this,
        [this, watcher, target, password] {
            watcher->deleteLater();
            const Result<Database> opened = watcher->result();
            setBusy(false);
            if (!opened) {
                setError(opened.error().message);
                m_password->setFocus();
                return;
            }
            if (m_keep->isChecked() && !password.isEmpty()) {
                if (const auto kept = ServerPasswords::write(target, password); !kept) {
                    setError(kept.error().message);
                    m_keep->setChecked(false);
                    return; // connected: a second Connect goes on without keeping it
                }
            }
            m_database = *opened;
            QDialog::accept();
        });
    watcher->setFuture(
        QtConcurrent::run([url, password] { return Database::open(url, nullptr, password); }));
}

} // namespace ParcelDesk
