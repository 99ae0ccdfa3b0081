#include "carriersandbox.h"
#include "channelsettingsdialog.h"
#include "store/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;
using namespace ParcelDesk::Sandbox;

// The channel settings dialog: the stored settings and secrets fill the form, a test message goes
// through the sandbox on a worker while the dialog stays responsive, Save writes the settings
// table and the credential store, never a secret into the database.
class TestChannelSettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void savesSettingsAndSecretsApart();
    void testMessagesGoThroughTheForm();

private:
    template<typename T>
    T *field(ChannelSettingsDialog &d, const QString &name)
    {
        auto *w = d.findChild<T *>(name);
        if (!w)
            qFatal("no field %s", qPrintable(name));
        return w;
    }
    std::unique_ptr<ChannelSettingsDialog> openDialog();

    QTemporaryDir m_dir;
    Database m_db;
    int m_serial = 0;
    std::unique_ptr<CarrierSandbox> m_sandbox;
};

void TestChannelSettingsDialog::initTestCase()
{
    qputenv("PARCELDESK_CREDENTIALS", "file");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"config"_s)));
}

void TestChannelSettingsDialog::init()
{
    const auto db = Database::open(m_dir.filePath(u"dialog-%1.sqlite"_s.arg(++m_serial)));
    QVERIFY(db);
    m_db = *db;
    QFile::remove(m_dir.filePath(u"config/ParcelDesk/outbox-credentials.json"_s));
    m_sandbox = std::make_unique<CarrierSandbox>(CarrierSandbox::Options {});
    QVERIFY(m_sandbox->listen() != 0);
}

void TestChannelSettingsDialog::cleanup()
{
    m_sandbox.reset();
    m_db.releaseConnection();
}

std::unique_ptr<ChannelSettingsDialog> TestChannelSettingsDialog::openDialog()
{
    auto dialog = std::make_unique<ChannelSettingsDialog>(m_db);
    bool shown = false;
    connect(dialog.get(), &ChannelSettingsDialog::settingsShown, this, [&shown] { shown = true; });
    dialog->show();
    if (!QTest::qWaitFor([&shown] { return shown; }, 20'000))
        qFatal("the dialog did not show its settings");
    return dialog;
}

void TestChannelSettingsDialog::savesSettingsAndSecretsApart()
{
    const MessagingCredentials &c = m_sandbox->messaging().credentials();
    {
        auto d = openDialog();
        QVERIFY(!field<QCheckBox>(*d, u"sms.enabled"_s)->isChecked());
        field<QCheckBox>(*d, u"email.enabled"_s)->setChecked(true);
        field<QLineEdit>(*d, u"email.host"_s)->setText(u"smtp.shop.example"_s);
        field<QSpinBox>(*d, u"email.port"_s)->setValue(465);
        auto *security = field<QComboBox>(*d, u"email.security"_s);
        security->setCurrentIndex(security->findData(u"tls"_s));
        field<QLineEdit>(*d, u"email.user"_s)->setText(u"shop"_s);
        field<QLineEdit>(*d, u"email.secret"_s)->setText(u"smtp-s3cret"_s);
        field<QLineEdit>(*d, u"email.from"_s)->setText(u"service@shop.example"_s);
        field<QCheckBox>(*d, u"sms.enabled"_s)->setChecked(true);
        field<QLineEdit>(*d, u"sms.accountSid"_s)->setText(c.twilioAccountSid);
        field<QLineEdit>(*d, u"sms.secret"_s)->setText(c.twilioAuthToken);
        field<QLineEdit>(*d, u"sms.from"_s)->setText(u"+15005550006"_s);
        field<QLineEdit>(*d, u"whatsapp.phoneNumberId"_s)->setText(c.whatsAppPhoneNumberId);
        QCOMPARE(field<QLineEdit>(*d, u"sms.secret"_s)->echoMode(), QLineEdit::Password);
        bool saved = false;
        connect(d.get(), &ChannelSettingsDialog::saved, this, [&saved] { saved = true; });
        d->accept();
        QTRY_VERIFY_WITH_TIMEOUT(saved, 20'000);
        QCOMPARE(d->result(), int(QDialog::Accepted));
    }
    const auto loaded = ChannelSettings::load(m_db);
    QVERIFY(loaded);
    QVERIFY(loaded->emailEnabled && loaded->smsEnabled && !loaded->whatsAppEnabled);
    QCOMPARE(loaded->email.port, 465);
    QCOMPARE(loaded->email.security, SmtpSettings::Security::Implicit);
    QCOMPARE(loaded->sms.accountSid, c.twilioAccountSid);
    QCOMPARE(loaded->whatsApp.phoneNumberId, c.whatsAppPhoneNumberId);
    QVERIFY(loaded->email.password.isEmpty());
    QSqlQuery q(m_db.connection());
    QVERIFY(
        q.exec(u"SELECT count(*) FROM settings WHERE value LIKE '%s3cret%' OR value = '%1'"_s.arg(
            c.twilioAuthToken)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();
    CredentialStore store(ChannelSettings::credentialOptions());
    QCOMPARE(*ChannelSettings::readSecret(store, MessageChannel::Email), u"smtp-s3cret"_s);
    QCOMPARE(*ChannelSettings::readSecret(store, MessageChannel::Sms), c.twilioAuthToken);
    QVERIFY(ChannelSettings::readSecret(store, MessageChannel::WhatsApp)->isEmpty());

    // Opened again, the form shows what was stored, secrets included.
    auto d = openDialog();
    QCOMPARE(field<QLineEdit>(*d, u"email.host"_s)->text(), u"smtp.shop.example"_s);
    QCOMPARE(field<QComboBox>(*d, u"email.security"_s)->currentData().toString(), u"tls"_s);
    QVERIFY(field<QCheckBox>(*d, u"sms.enabled"_s)->isChecked());
    QCOMPARE(field<QLineEdit>(*d, u"sms.secret"_s)->text(), c.twilioAuthToken);
    QCOMPARE(d->settingsFromForm().email.password, u"smtp-s3cret"_s);
}

void TestChannelSettingsDialog::testMessagesGoThroughTheForm()
{
    const MessagingCredentials &c = m_sandbox->messaging().credentials();
    auto d = openDialog();
    QList<std::pair<MessageChannel, bool>> finished;
    QString lastDetail;
    connect(d.get(), &ChannelSettingsDialog::testFinished, this,
        [&finished, &lastDetail](MessageChannel channel, bool ok, const QString &detail) {
            finished.append({channel, ok});
            lastDetail = detail;
        });

    // Not set up: said at once, nothing sent.
    d->sendTestMessage(MessageChannel::Sms, u"+15005550006"_s);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.last().second, false);
    QVERIFY2(lastDetail.contains(u"Account SID"_s), qPrintable(lastDetail));

    field<QLineEdit>(*d, u"sms.accountSid"_s)->setText(c.twilioAccountSid);
    field<QLineEdit>(*d, u"sms.secret"_s)->setText(c.twilioAuthToken);
    field<QLineEdit>(*d, u"sms.from"_s)->setText(u"+15005550006"_s);
    field<QLineEdit>(*d, u"sms.baseUrl"_s)->setText(m_sandbox->baseUrl(u"twilio"_s).toString());
    // The channel need not be switched on to be tried.
    d->sendTestMessage(MessageChannel::Sms, u"+49 171 5550123"_s);
    QVERIFY(!field<QPushButton>(*d, u"sms.test"_s)->isEnabled());
    QVERIFY(!field<QProgressBar>(*d, u"sms.busy"_s)->isHidden());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20'000);
    QVERIFY2(finished.last().second, qPrintable(lastDetail));
    QVERIFY(lastDetail.startsWith(u"SM"_s));
    QVERIFY(field<QPushButton>(*d, u"sms.test"_s)->isEnabled());
    QVERIFY(field<QProgressBar>(*d, u"sms.busy"_s)->isHidden());
    QVERIFY(field<QLabel>(*d, u"sms.result"_s)->text().contains(lastDetail));
    QCOMPARE(m_sandbox->messaging().messages().size(), 1);
    QCOMPARE(
        m_sandbox->messaging().messages().first().value(u"to"_s).toString(), u"+491715550123"_s);

    // A refusal shows the provider's code.
    d->sendTestMessage(MessageChannel::Sms, u"+15005550009"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 20'000);
    QCOMPARE(finished.last().second, false);
    QVERIFY(field<QLabel>(*d, u"sms.result"_s)->text().contains(u"21614"_s));

    // WhatsApp with the test template.
    field<QLineEdit>(*d, u"whatsapp.phoneNumberId"_s)->setText(c.whatsAppPhoneNumberId);
    field<QLineEdit>(*d, u"whatsapp.secret"_s)->setText(c.whatsAppAccessToken);
    field<QLineEdit>(*d, u"whatsapp.baseUrl"_s)
        ->setText(m_sandbox->baseUrl(u"whatsapp"_s).toString());
    d->sendTestMessage(MessageChannel::WhatsApp, u"+49 171 5550123"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 20'000);
    QVERIFY2(finished.last().second, qPrintable(lastDetail));
    QCOMPARE(
        m_sandbox->messaging().messages().last().value(u"template"_s).toString(), u"hello_world"_s);
    // Nothing was saved by trying.
    QVERIFY(ChannelSettings::load(m_db)->sms.accountSid.isEmpty());
}

QTEST_MAIN(TestChannelSettingsDialog)
#include "tst_channelsettingsdialog.moc"
