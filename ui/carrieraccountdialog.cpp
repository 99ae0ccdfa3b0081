#include "carrieraccountdialog.h"

#include "carriers/carrieradapter.h"
#include "carriers/carriersession.h"
#include "carriers/connectiontest.h"
#include "store/carrieraccountrepository.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

CarrierAccountDialog::CarrierAccountDialog(
    const CarrierAdapter &adapter, Database db, CredentialStore &store, QWidget *parent)
    : QDialog(parent)
    , m_adapter(adapter)
    , m_db(std::move(db))
    , m_store(store)
    , m_fields(credentialFields(adapter))
{
    setWindowTitle(tr("%1 account").arg(adapter.displayName()));
    setObjectName(u"carrierAccountDialog"_s);
    // The stored settings are read on a worker and fill the form when they come (below).
    const CarrierAccount account = CarrierAccount::forCarrier(adapter.id());
    const CarrierLimits documented = adapter.limits();

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_enabled = new QCheckBox(tr("Poll shipments of this carrier"), this);
    m_enabled->setChecked(account.enabled);
    form->addRow(QString(), m_enabled);

    m_baseUrl = new QLineEdit(account.baseUrl.toString(), this);
    m_baseUrl->setObjectName(u"baseUrl"_s);
    m_baseUrl->setPlaceholderText(adapter.defaultBaseUrl().toString());
    m_baseUrl->setToolTip(tr("Leave empty for the carrier's production address."));
    form->addRow(tr("Base URL:"), m_baseUrl);

    for (const CredentialField &field : std::as_const(m_fields)) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(u"credential_"_s + QString::number(m_fieldEdits.size()));
        if (field.secret)
            edit->setEchoMode(QLineEdit::PasswordEchoOnEdit);
        form->addRow(field.label + u':', edit);
        m_fieldEdits.append(edit);
    }

    m_rps = new QDoubleSpinBox(this);
    m_rps->setRange(0, 10'000);
    m_rps->setDecimals(3);
    m_rps->setSpecialValueText(tr("Carrier default (%1)").arg(documented.requestsPerSecond));
    m_rps->setValue(account.requestsPerSecond.value_or(0));
    m_rps->setSuffix(tr(" calls/s"));
    form->addRow(tr("Pace:"), m_rps);

    m_quota = new QSpinBox(this);
    m_quota->setRange(-1, 100'000'000);
    m_quota->setSpecialValueText(documented.dailyQuota > 0
            ? tr("Carrier default (%1)").arg(documented.dailyQuota)
            : tr("Carrier default (none)"));
    m_quota->setValue(account.dailyQuota.value_or(-1));
    m_quota->setToolTip(tr("Calls per day (UTC) at most; 0: no quota."));
    form->addRow(tr("Daily quota:"), m_quota);

    m_perCall = new QSpinBox(this);
    m_perCall->setRange(0, documented.maxNumbersPerRequest);
    m_perCall->setSpecialValueText(tr("Carrier maximum (%1)").arg(documented.maxNumbersPerRequest));
    m_perCall->setValue(account.maxNumbersPerRequest.value_or(0));
    form->addRow(tr("Numbers per call:"), m_perCall);

    m_result = new QLabel(this);
    m_result->setObjectName(u"testResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(fontMetrics().lineSpacing() * 3); // room for a carrier's answer
    setMinimumWidth(520);
    layout->addWidget(m_result);
    if (m_store.backend() == CredentialStore::Backend::File) {
        auto *warning = new QLabel(
            tr("No system keychain is available (%1). Credentials are kept in %2, readable only "
               "by you.")
                .arg(m_store.fallbackReason(), m_store.filePath()),
            this);
        warning->setWordWrap(true);
        warning->setStyleSheet(u"color: #9a6700;"_s);
        layout->addWidget(warning);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_test = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(u"testConnection"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &CarrierAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &CarrierAccountDialog::testConnection);
    layout->addWidget(buttons);

    QPointer<CarrierAccountDialog> self(this);
    auto *reading = new QFutureWatcher<std::optional<CarrierAccount>>(this);
    connect(
        reading, &QFutureWatcher<std::optional<CarrierAccount>>::finished, this, [this, reading] {
            reading->deleteLater();
            if (const auto stored = reading->result())
                showAccount(*stored);
            readDone();
            Q_EMIT accountShown();
        });
    const Database database = m_db;
    const QString carrier = adapter.id();
    reading->setFuture(QtConcurrent::run([database, carrier] {
        const auto stored = CarrierAccountRepository(database).find(carrier);
        database.releaseConnection();
        return stored;
    }));

    // Fill in what is stored; the keychain may take a moment (or ask for a password).
    setBusy(true, tr("Reading the stored credentials…"));
    m_store.read(adapter.id(), [self](Result<std::optional<CarrierCredentials>> stored) {
        if (!self)
            return;
        self->readDone();
        if (!stored) {
            self->m_result->setText(stored.error().message);
            return;
        }
        if (!stored->has_value()) {
            self->m_result->setText(tr("No credentials are stored for this carrier yet."));
            return;
        }
        for (qsizetype i = 0; i < self->m_fields.size(); ++i)
            self->m_fieldEdits[i]->setText((**stored).*(self->m_fields[i].member));
    });
}

CarrierAccountDialog::~CarrierAccountDialog() = default;

CarrierAccount CarrierAccountDialog::accountFromForm() const
{
    CarrierAccount a = CarrierAccount::forCarrier(m_adapter.id());
    a.enabled = m_enabled->isChecked();
    a.baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    if (m_rps->value() > 0)
        a.requestsPerSecond = m_rps->value();
    if (m_quota->value() >= 0)
        a.dailyQuota = m_quota->value();
    if (m_perCall->value() > 0)
        a.maxNumbersPerRequest = m_perCall->value();
    return a;
}

CarrierCredentials CarrierAccountDialog::credentialsFromForm() const
{
    CarrierCredentials c;
    for (qsizetype i = 0; i < m_fields.size(); ++i)
        c.*(m_fields[i].member) = m_fieldEdits[i]->text().trimmed();
    return c;
}

void CarrierAccountDialog::setBusy(bool busy, const QString &message)
{
    m_test->setEnabled(!busy);
    m_save->setEnabled(!busy);
    if (!message.isEmpty())
        m_result->setText(message);
}

void CarrierAccountDialog::testConnection()
{
    const CarrierAccount account = accountFromForm();
    if (const Outcome valid = CarrierAccountRepository::validate(account); !valid) {
        m_result->setText(valid.error().message);
        Q_EMIT testFinished(false, valid.error().message);
        return;
    }
    if (!m_network) {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_transport = std::make_unique<NetworkCarrierTransport>(m_network.get(), 20'000);
    }
    setBusy(true, tr("Asking %1…").arg(m_adapter.displayName()));
    QPointer<CarrierAccountDialog> self(this);
    ConnectionTest::run(m_adapter, account.effectiveBaseUrl(m_adapter), credentialsFromForm(),
        *m_transport, [self](const ConnectionTest::Outcome &o) {
            if (!self)
                return;
            self->setBusy(false, QString());
            self->m_result->setText(
                (o.ok ? tr("✔ %1 (%2 ms)") : tr("✘ %1 (%2 ms)")).arg(o.message).arg(o.elapsedMs));
            self->m_result->setStyleSheet(o.ok ? u"color: #1a7f37;"_s : u"color: #cf222e;"_s);
            Q_EMIT self->testFinished(o.ok, o.message);
        });
}

void CarrierAccountDialog::readDone()
{
    // The form is ready once both the settings and the credentials are in.
    if (--m_reading == 0)
        setBusy(false, QString());
}

void CarrierAccountDialog::showAccount(const CarrierAccount &account)
{
    m_enabled->setChecked(account.enabled);
    m_baseUrl->setText(account.baseUrl.toString());
    m_rps->setValue(account.requestsPerSecond.value_or(0));
    m_quota->setValue(account.dailyQuota.value_or(-1));
    m_perCall->setValue(account.maxNumbersPerRequest.value_or(0));
}

void CarrierAccountDialog::accept()
{
    const CarrierAccount account = accountFromForm();
    setBusy(true, tr("Saving…"));
    auto *saving = new QFutureWatcher<QString>(this);
    connect(saving, &QFutureWatcher<QString>::finished, this, [this, saving] {
        saving->deleteLater();
        const QString error = saving->result();
        if (!error.isEmpty()) {
            setBusy(false, QString());
            m_result->setText(error);
            m_result->setStyleSheet(u"color: #cf222e;"_s);
            return;
        }
        storeCredentials();
    });
    const Database db = m_db;
    saving->setFuture(QtConcurrent::run([db, account] {
        const Outcome saved
            = CarrierAccountRepository(db).save(account, QDateTime::currentMSecsSinceEpoch());
        db.releaseConnection();
        return saved ? QString() : saved.error().message;
    }));
}

void CarrierAccountDialog::storeCredentials()
{
    setBusy(true, tr("Storing the credentials…"));
    QPointer<CarrierAccountDialog> self(this);
    m_store.write(m_adapter.id(), credentialsFromForm(), [self](Outcome written) {
        if (!self)
            return;
        self->setBusy(false, QString());
        if (!written) {
            self->m_result->setText(written.error().message);
            self->m_result->setStyleSheet(u"color: #cf222e;"_s);
            return;
        }
        Q_EMIT self->saved(self->m_adapter.id());
        self->QDialog::accept();
    });
}

} // namespace ParcelDesk
