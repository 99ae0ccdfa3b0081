#include "channelsettingsdialog.h"

#include "carriers/credentialstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

const QString okColour = u"color: #1a7f37;"_s;
const QString failColour = u"color: #cf222e;"_s;

} // namespace

ChannelSettingsDialog::ChannelSettingsDialog(Database db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_store(std::make_unique<CredentialStore>(ChannelSettings::credentialOptions()))
{
    setWindowTitle(tr("Message channels"));
    setObjectName(u"channelSettingsDialog"_s);
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(emailGroup());
    layout->addWidget(smsGroup());
    layout->addWidget(whatsAppGroup());

    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    if (m_store->backend() == CredentialStore::Backend::File) {
        auto *warning = new QLabel(
            tr("No system keychain is available (%1). Passwords and tokens are kept in %2, "
               "readable only by you.")
                .arg(m_store->fallbackReason(), m_store->filePath()),
            this);
        warning->setWordWrap(true);
        warning->setStyleSheet(u"color: #9a6700;"_s);
        layout->addWidget(warning);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChannelSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // The stored settings come from a worker, the secrets from the store (the keychain may take
    // a moment, or ask for a password); the form is ready when all are in.
    m_reading = 1 + int(ChannelSettings::allChannels().size());
    setBusy(true, tr("Reading the stored settings…"));
    auto *reading = new QFutureWatcher<Result<ChannelSettings>>(this);
    connect(reading, &QFutureWatcher<Result<ChannelSettings>>::finished, this, [this, reading] {
        reading->deleteLater();
        const Result<ChannelSettings> stored = reading->result();
        if (stored) {
            showSettings(*stored);
        } else {
            m_status->setText(stored.error().message);
            m_status->setStyleSheet(failColour);
        }
        readDone();
    });
    const Database database = m_db;
    reading->setFuture(QtConcurrent::run([database] {
        auto stored = ChannelSettings::load(database);
        database.releaseConnection();
        return stored;
    }));
    QPointer<ChannelSettingsDialog> self(this);
    for (const MessageChannel c : ChannelSettings::allChannels()) {
        m_store->read(ChannelSettings::secretEntry(c),
            [self, c](Result<std::optional<CarrierCredentials>> stored) {
                if (!self)
                    return;
                if (!stored) {
                    self->showResult(c, false, stored.error().message);
                } else if (stored->has_value() && self->group(c).secret->text().isEmpty()) {
                    self->group(c).secret->setText((**stored).password);
                }
                self->readDone();
            });
    }
}

ChannelSettingsDialog::~ChannelSettingsDialog() = default;

QLineEdit *ChannelSettingsDialog::lineEdit(const QString &name, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QWidget *ChannelSettingsDialog::emailGroup()
{
    auto *box = new QGroupBox(tr("E-mail (SMTP)"), this);
    box->setObjectName(u"emailGroup"_s);
    auto *form = new QFormLayout(box);
    Group &g = group(MessageChannel::Email);
    g.enabled = new QCheckBox(tr("Send e-mail"), box);
    g.enabled->setObjectName(u"email.enabled"_s);
    form->addRow(QString(), g.enabled);
    m_host = lineEdit(u"email.host"_s, tr("smtp.example.com"));
    form->addRow(tr("SMTP server:"), m_host);
    m_port = new QSpinBox(box);
    m_port->setObjectName(u"email.port"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    form->addRow(tr("Port:"), m_port);
    m_security = new QComboBox(box);
    m_security->setObjectName(u"email.security"_s);
    m_security->addItem(
        tr("STARTTLS (required)"), ChannelSettings::securityName(SmtpSettings::Security::StartTls));
    m_security->addItem(tr("TLS from the start (port 465)"),
        ChannelSettings::securityName(SmtpSettings::Security::Implicit));
    m_security->addItem(tr("None (a relay on this machine only)"),
        ChannelSettings::securityName(SmtpSettings::Security::None));
    form->addRow(tr("Security:"), m_security);
    m_user = lineEdit(u"email.user"_s, tr("No login"));
    form->addRow(tr("Login:"), m_user);
    g.secret = lineEdit(u"email.secret"_s);
    g.secret->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password:"), g.secret);
    m_fromAddress = lineEdit(u"email.from"_s, tr("service@shop.example"));
    form->addRow(tr("Sender's address:"), m_fromAddress);
    m_fromName = lineEdit(u"email.fromName"_s);
    form->addRow(tr("Sender's name:"), m_fromName);
    m_caFile = lineEdit(u"email.caFile"_s, tr("The system's certificates"));
    m_caFile->setToolTip(tr("A certificate authority to trust besides the system's, for a "
                            "relay with a certificate of its own."));
    form->addRow(tr("CA file:"), m_caFile);
    addTestRow(MessageChannel::Email, form, box);
    return box;
}

QWidget *ChannelSettingsDialog::smsGroup()
{
    auto *box = new QGroupBox(tr("SMS (Twilio)"), this);
    box->setObjectName(u"smsGroup"_s);
    auto *form = new QFormLayout(box);
    Group &g = group(MessageChannel::Sms);
    g.enabled = new QCheckBox(tr("Send SMS"), box);
    g.enabled->setObjectName(u"sms.enabled"_s);
    form->addRow(QString(), g.enabled);
    m_accountSid = lineEdit(u"sms.accountSid"_s, u"AC…"_s);
    form->addRow(tr("Account SID:"), m_accountSid);
    g.secret = lineEdit(u"sms.secret"_s);
    g.secret->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Auth token:"), g.secret);
    m_smsFrom = lineEdit(u"sms.from"_s, tr("+4915112345678 or a sender ID"));
    form->addRow(tr("From:"), m_smsFrom);
    m_serviceSid = lineEdit(u"sms.messagingServiceSid"_s, tr("MG… (optional; instead of From)"));
    form->addRow(tr("Messaging Service SID:"), m_serviceSid);
    m_twilioBaseUrl
        = lineEdit(u"sms.baseUrl"_s, QString::fromUtf16(TwilioSettings::defaultBaseUrl));
    m_twilioBaseUrl->setToolTip(tr("Leave empty for Twilio itself."));
    form->addRow(tr("Base URL:"), m_twilioBaseUrl);
    addTestRow(MessageChannel::Sms, form, box);
    return box;
}

QWidget *ChannelSettingsDialog::whatsAppGroup()
{
    auto *box = new QGroupBox(tr("WhatsApp (Cloud API)"), this);
    box->setObjectName(u"whatsAppGroup"_s);
    auto *form = new QFormLayout(box);
    Group &g = group(MessageChannel::WhatsApp);
    g.enabled = new QCheckBox(tr("Send WhatsApp template messages"), box);
    g.enabled->setObjectName(u"whatsapp.enabled"_s);
    form->addRow(QString(), g.enabled);
    m_phoneNumberId = lineEdit(u"whatsapp.phoneNumberId"_s);
    m_phoneNumberId->setToolTip(
        tr("The ID of the business phone number in the WhatsApp Manager, not the number."));
    form->addRow(tr("Phone number ID:"), m_phoneNumberId);
    g.secret = lineEdit(u"whatsapp.secret"_s);
    g.secret->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Access token:"), g.secret);
    m_apiVersion = lineEdit(
        u"whatsapp.apiVersion"_s, QString::fromUtf16(WhatsAppSettings::defaultApiVersion));
    form->addRow(tr("API version:"), m_apiVersion);
    m_whatsAppBaseUrl
        = lineEdit(u"whatsapp.baseUrl"_s, QString::fromUtf16(WhatsAppSettings::defaultBaseUrl));
    m_whatsAppBaseUrl->setToolTip(tr("Leave empty for Meta's Graph API."));
    form->addRow(tr("Base URL:"), m_whatsAppBaseUrl);
    // Only approved templates can start a conversation; Meta gives every account hello_world.
    auto *testTemplate = new QHBoxLayout;
    m_testTemplate = lineEdit(u"whatsapp.testTemplate"_s);
    m_testTemplate->setText(u"hello_world"_s);
    m_testLanguage = lineEdit(u"whatsapp.testLanguage"_s);
    m_testLanguage->setText(u"en_US"_s);
    m_testLanguage->setMaximumWidth(90);
    testTemplate->addWidget(m_testTemplate);
    testTemplate->addWidget(m_testLanguage);
    form->addRow(tr("Test template:"), testTemplate);
    addTestRow(MessageChannel::WhatsApp, form, box);
    return box;
}

void ChannelSettingsDialog::addTestRow(MessageChannel channel, QFormLayout *form, QWidget *owner)
{
    Group &g = group(channel);
    const QString prefix = messageChannelToString(channel);
    auto *row = new QHBoxLayout;
    g.test = new QPushButton(tr("Send test message…"), owner);
    g.test->setObjectName(prefix + u".test"_s);
    connect(g.test, &QPushButton::clicked, this, [this, channel] { askForTestRecipient(channel); });
    g.busy = new QProgressBar(owner);
    g.busy->setObjectName(prefix + u".busy"_s);
    g.busy->setRange(0, 0); // turning while the provider is asked
    g.busy->setTextVisible(false);
    g.busy->setMaximumWidth(80);
    g.busy->hide();
    row->addWidget(g.test);
    row->addWidget(g.busy);
    row->addStretch();
    form->addRow(QString(), row);
    g.result = new QLabel(owner);
    g.result->setObjectName(prefix + u".result"_s);
    g.result->setWordWrap(true);
    g.result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    g.result->setMinimumHeight(fontMetrics().lineSpacing() * 3); // room for a provider's answer
    form->addRow(QString(), g.result);
}

ChannelSettings ChannelSettingsDialog::settingsFromForm() const
{
    ChannelSettings s;
    s.emailEnabled = m_groups[size_t(MessageChannel::Email)].enabled->isChecked();
    s.email.host = m_host->text().trimmed();
    s.email.port = m_port->value();
    s.email.security = ChannelSettings::securityFromName(m_security->currentData().toString())
                           .value_or(SmtpSettings::Security::StartTls);
    s.email.user = m_user->text().trimmed();
    s.email.fromAddress = m_fromAddress->text().trimmed();
    s.email.fromName = m_fromName->text().trimmed();
    s.email.caFile = m_caFile->text().trimmed();
    s.smsEnabled = m_groups[size_t(MessageChannel::Sms)].enabled->isChecked();
    s.sms.accountSid = m_accountSid->text().trimmed();
    s.sms.from = m_smsFrom->text().trimmed();
    s.sms.messagingServiceSid = m_serviceSid->text().trimmed();
    s.sms.baseUrl = m_twilioBaseUrl->text().trimmed();
    s.whatsAppEnabled = m_groups[size_t(MessageChannel::WhatsApp)].enabled->isChecked();
    s.whatsApp.phoneNumberId = m_phoneNumberId->text().trimmed();
    s.whatsApp.apiVersion = m_apiVersion->text().trimmed();
    s.whatsApp.baseUrl = m_whatsAppBaseUrl->text().trimmed();
    for (const MessageChannel c : ChannelSettings::allChannels())
        s.setSecret(c, m_groups[size_t(c)].secret->text().trimmed());
    return s;
}

void ChannelSettingsDialog::showSettings(const ChannelSettings &s)
{
    group(MessageChannel::Email).enabled->setChecked(s.emailEnabled);
    m_host->setText(s.email.host);
    m_port->setValue(s.email.port);
    m_security->setCurrentIndex(
        std::max(0, m_security->findData(ChannelSettings::securityName(s.email.security))));
    m_user->setText(s.email.user);
    m_fromAddress->setText(s.email.fromAddress);
    m_fromName->setText(s.email.fromName);
    m_caFile->setText(s.email.caFile);
    group(MessageChannel::Sms).enabled->setChecked(s.smsEnabled);
    m_accountSid->setText(s.sms.accountSid);
    m_smsFrom->setText(s.sms.from);
    m_serviceSid->setText(s.sms.messagingServiceSid);
    m_twilioBaseUrl->setText(s.sms.baseUrl);
    group(MessageChannel::WhatsApp).enabled->setChecked(s.whatsAppEnabled);
    m_phoneNumberId->setText(s.whatsApp.phoneNumberId);
    m_apiVersion->setText(s.whatsApp.apiVersion);
    m_whatsAppBaseUrl->setText(s.whatsApp.baseUrl);
}

void ChannelSettingsDialog::readDone()
{
    if (--m_reading > 0)
        return;
    setBusy(false, QString());
    Q_EMIT settingsShown();
}

void ChannelSettingsDialog::setBusy(bool busy, const QString &message)
{
    m_save->setEnabled(!busy);
    if (!message.isEmpty() || !busy) {
        m_status->setText(message);
        m_status->setStyleSheet(QString());
    }
}

void ChannelSettingsDialog::showResult(MessageChannel channel, bool ok, const QString &text)
{
    Group &g = group(channel);
    g.result->setText((ok ? tr("✔ %1") : tr("✘ %1")).arg(text));
    g.result->setStyleSheet(ok ? okColour : failColour);
}

void ChannelSettingsDialog::askForTestRecipient(MessageChannel channel)
{
    QString label;
    switch (channel) {
    case MessageChannel::Email:
        label = tr("Send a test e-mail to:");
        break;
    case MessageChannel::Sms:
        label = tr("Send a test SMS to (with the country code, e.g. +49 171 5550123):");
        break;
    case MessageChannel::WhatsApp:
        label = tr("Send the WhatsApp template \"%1\" to (with the country code):")
                    .arg(m_testTemplate->text().trimmed());
        break;
    }
    bool ok = false;
    const QString recipient = QInputDialog::getText(
        this, tr("Send test message"), label, QLineEdit::Normal, QString(), &ok);
    if (ok && !recipient.trimmed().isEmpty())
        sendTestMessage(channel, recipient.trimmed());
}

void ChannelSettingsDialog::sendTestMessage(MessageChannel channel, const QString &recipient)
{
    Group &g = group(channel);
    const ChannelSettings settings = settingsFromForm();
    if (const QStringList missing = settings.missing(channel); !missing.isEmpty()) {
        const QString text = tr("Not sent; missing: %1.").arg(missing.join(u", "_s));
        showResult(channel, false, text);
        Q_EMIT testFinished(channel, false, text);
        return;
    }
    Message m;
    m.channel = channel;
    m.recipient = recipient;
    m.language = QLocale().name().left(2);
    m.kind = u"test"_s;
    m.idempotencyKey = u"pd-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.subject = tr("ParcelDesk test message");
    m.body = tr("This is a test message from ParcelDesk. If it reached you, the channel works.");
    if (channel == MessageChannel::Email)
        m.htmlBody = u"<!doctype html><html><body><p>"_s + m.body.toHtmlEscaped()
            + u"</p></body></html>"_s;
    if (channel == MessageChannel::WhatsApp) {
        WhatsAppTemplate t;
        t.name = m_testTemplate->text().trimmed();
        t.language = m_testLanguage->text().trimmed();
        m.payload = QString::fromUtf8(t.toPayload());
    }
    // One sender for this one message, shared with the worker, which may outlive the dialog.
    const std::shared_ptr<MessageSender> sender = RoutingSender::senderFor(channel, settings);
    g.test->setEnabled(false);
    g.busy->show();
    g.result->setText(tr("Sending to %1…").arg(recipient));
    g.result->setStyleSheet(QString());
    auto *sending = new QFutureWatcher<SendReport>(this);
    connect(sending, &QFutureWatcher<SendReport>::finished, this, [this, sending, channel] {
        sending->deleteLater();
        const SendReport report = sending->result();
        Group &done = group(channel);
        done.test->setEnabled(true);
        done.busy->hide();
        const QString text = report.ok ? tr("Sent: %1").arg(report.detail) : report.detail;
        showResult(channel, report.ok, text);
        Q_EMIT testFinished(channel, report.ok, report.detail);
    });
    sending->setFuture(QtConcurrent::run([sender, m] { return sender->send(m); }));
}

void ChannelSettingsDialog::accept()
{
    const ChannelSettings settings = settingsFromForm();
    setBusy(true, tr("Saving…"));
    auto *saving = new QFutureWatcher<QString>(this);
    connect(saving, &QFutureWatcher<QString>::finished, this, [this, saving] {
        saving->deleteLater();
        const QString error = saving->result();
        if (!error.isEmpty()) {
            setBusy(false, QString());
            m_status->setText(error);
            m_status->setStyleSheet(failColour);
            return;
        }
        storeSecrets();
    });
    const Database db = m_db;
    saving->setFuture(QtConcurrent::run([db, settings] {
        const Outcome saved = settings.save(db); // without its secrets
        db.releaseConnection();
        return saved ? QString() : saved.error().message;
    }));
}

void ChannelSettingsDialog::storeSecrets()
{
    setBusy(true, tr("Storing the passwords and tokens…"));
    const ChannelSettings settings = settingsFromForm();
    m_writing = int(ChannelSettings::allChannels().size());
    m_writeError.clear();
    QPointer<ChannelSettingsDialog> self(this);
    const auto written = [self](Outcome outcome) {
        if (!self)
            return;
        if (!outcome && self->m_writeError.isEmpty())
            self->m_writeError = outcome.error().message;
        if (--self->m_writing > 0)
            return;
        self->setBusy(false, QString());
        if (!self->m_writeError.isEmpty()) {
            self->m_status->setText(self->m_writeError);
            self->m_status->setStyleSheet(failColour);
            return;
        }
        Q_EMIT self->saved();
        self->QDialog::accept();
    };
    for (const MessageChannel c : ChannelSettings::allChannels()) {
        const QString secret = settings.secret(c);
        if (secret.isEmpty()) {
            m_store->remove(ChannelSettings::secretEntry(c), written);
        } else {
            CarrierCredentials credentials;
            credentials.password = secret;
            m_store->write(ChannelSettings::secretEntry(c), credentials, written);
        }
    }
}

} // namespace ParcelDesk
