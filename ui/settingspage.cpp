#include "settingspage.h"

#include "problemrulesdialog.h"
#include "store/customerprivacy.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {
const QString languageKey = u"console/language"_s;
} // namespace

QString SettingsPage::savedLanguage()
{
    return QSettings().value(languageKey).toString();
}

void SettingsPage::saveLanguage(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(languageKey);
    else
        QSettings().setValue(languageKey, code);
}

SettingsPage::SettingsPage(Database database, QWidget *parent)
    : QWidget(parent)
    , m_database(std::move(database))
{
    setObjectName(u"settingsPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    auto *title = new QLabel(tr("Settings"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageChoice"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(
        tr("As the system (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(savedLanguage())));
    m_languageNote = new QLabel(this);
    m_languageNote->setObjectName(u"languageNote"_s);
    m_languageNote->setWordWrap(true);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_language->currentData().toString();
        saveLanguage(code);
        m_languageNote->setText(tr("The console speaks the chosen language from its next start."));
        Q_EMIT languageChosen(code);
    });
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);

    auto *path = new QLabel(m_database.path(), this);
    path->setObjectName(u"databasePath"_s);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QFileInfo file(m_database.path());
    form->addRow(tr("Database:"), path);
    form->addRow(tr("Size:"),
        new QLabel(
            QLocale().formattedDataSize(file.size(), 1, QLocale::DataSizeTraditionalFormat), this));
    auto *rules = new QPushButton(tr("Problem-case &rules…"), this);
    rules->setObjectName(u"settingsRules"_s);
    connect(rules, &QPushButton::clicked, this, [this] {
        auto *dialog = new ProblemRulesDialog(m_database, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    form->addRow(tr("Rules:"), rules);
    layout->addLayout(form);

    // Changes are recorded under the person signed in to the computer.
    m_agent = qEnvironmentVariable("USER");
    if (m_agent.isEmpty())
        m_agent = qEnvironmentVariable("USERNAME", u"console"_s);
    auto *privacy = new QGroupBox(tr("Privacy"), this);
    privacy->setObjectName(u"settingsPrivacy"_s);
    auto *privacyForm = new QFormLayout(privacy);
    m_retention = new QSpinBox(privacy);
    m_retention->setObjectName(u"retentionDays"_s);
    m_retention->setAccessibleName(tr("Keep personal data for"));
    m_retention->setRange(0, 36'500);
    m_retention->setSingleStep(30);
    //: The retention period is 0: personal data is kept until someone erases it
    m_retention->setSpecialValueText(tr("forever (off)"));
    //: After the number of days in a spin box: "730 days"
    m_retention->setSuffix(tr(" days"));
    m_retention->setEnabled(false); // until the setting is read
    privacyForm->addRow(tr("&Keep personal data for:"), m_retention);
    m_eraseOld = new QPushButton(tr("Erase old personal data &now…"), privacy);
    m_eraseOld->setObjectName(u"eraseOldData"_s);
    m_eraseOld->setEnabled(false);
    privacyForm->addRow(QString(), m_eraseOld);
    m_privacyNote = new QLabel(privacy);
    m_privacyNote->setObjectName(u"privacyNote"_s);
    m_privacyNote->setWordWrap(true);
    m_privacyNote->setText(
        tr("Customers whose last order is older lose their name, addresses, numbers and every "
           "note and message text; orders, parcels and figures stay. parceldeskctl purge "
           "--retention does the same from a nightly job."));
    privacyForm->addRow(QString(), m_privacyNote);
    layout->addWidget(privacy);
    layout->addStretch(1);

    // Saved when the number stops changing, not on every arrow click.
    m_retentionSave = new QTimer(this);
    m_retentionSave->setSingleShot(true);
    m_retentionSave->setInterval(600);
    connect(m_retentionSave, &QTimer::timeout, this, &SettingsPage::saveRetention);
    connect(m_retention, &QSpinBox::valueChanged, this, [this](int days) {
        m_eraseOld->setEnabled(days > 0);
        m_retentionSave->start();
    });
    connect(m_eraseOld, &QPushButton::clicked, this, &SettingsPage::eraseOldData);
    loadRetention();
}

void SettingsPage::loadRetention()
{
    auto *watcher = new QFutureWatcher<std::pair<int, QString>>(this);
    connect(watcher, &QFutureWatcher<std::pair<int, QString>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto [days, error] = watcher->result();
        if (!error.isEmpty()) {
            m_privacyNote->setText(error);
            return;
        }
        const QSignalBlocker block(m_retention);
        m_retention->setValue(days);
        m_retention->setEnabled(true);
        m_eraseOld->setEnabled(days > 0);
    });
    const Database db = m_database;
    watcher->setFuture(QtConcurrent::run([db] {
        const auto days = CustomerPrivacy(db).retentionDays();
        db.releaseConnection();
        return days ? std::pair(*days, QString()) : std::pair(0, days.error().message);
    }));
}

void SettingsPage::saveRetention()
{
    const Database db = m_database;
    const int days = m_retention->value();
    const QString agent = m_agent;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (!watcher->result().isEmpty())
            m_privacyNote->setText(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([db, days, agent] {
        const Outcome saved = CustomerPrivacy(db).setRetentionDays(
            days, agent, QDateTime::currentMSecsSinceEpoch());
        db.releaseConnection();
        return saved ? QString() : saved.error().message;
    }));
}

void SettingsPage::eraseOldData()
{
    const int days = m_retention->value();
    if (days <= 0)
        return;
    if (m_retentionSave->isActive()) {
        m_retentionSave->stop();
        saveRetention();
    }
    const Database db = m_database;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_eraseOld->setEnabled(false);
    m_privacyNote->setText(tr("Counting the customers whose last order is older…"));
    auto *counting = new QFutureWatcher<std::pair<int, QString>>(this);
    connect(counting, &QFutureWatcher<std::pair<int, QString>>::finished, this,
        [this, counting, days, db, now] {
            counting->deleteLater();
            const auto [due, error] = counting->result();
            m_eraseOld->setEnabled(m_retention->value() > 0);
            if (!error.isEmpty()) {
                m_privacyNote->setText(error);
                return;
            }
            if (due == 0) {
                m_privacyNote->setText(
                    tr("No customer's last order is older than %n day(s).", nullptr, days));
                return;
            }
            const auto answer = QMessageBox::warning(this, tr("Erase old personal data"),
                tr("Erase the personal data of %n customer(s) whose last order is older than "
                   "%1 days? Their orders, parcels and the figures stay. This cannot be undone.",
                    nullptr, due)
                    .arg(days),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Yes) {
                m_privacyNote->clear();
                return;
            }
            auto *dialog
                = new QProgressDialog(tr("Erasing old personal data…"), tr("Cancel"), 0, due, this);
            dialog->setObjectName(u"eraseOldProgress"_s);
            dialog->setWindowModality(Qt::WindowModal);
            dialog->setMinimumDuration(0);
            dialog->setAutoClose(false);
            dialog->setAutoReset(false);
            auto cancel = std::make_shared<std::atomic_bool>(false);
            connect(dialog, &QProgressDialog::canceled, this, [this, cancel] {
                *cancel = true;
                m_privacyNote->setText(tr("Stopping after the customers being erased now…"));
            });
            m_eraseOld->setEnabled(false);
            QPointer<QProgressDialog> shown(dialog);
            QPointer<SettingsPage> self(this);
            const auto progress = [self, shown](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    self,
                    [shown, done, total] {
                        if (shown) {
                            shown->setMaximum(int(total));
                            shown->setValue(int(done));
                        }
                    },
                    Qt::QueuedConnection);
            };
            auto *erasing = new QFutureWatcher<QString>(this);
            connect(erasing, &QFutureWatcher<QString>::finished, this, [this, erasing, shown] {
                erasing->deleteLater();
                if (shown)
                    shown->deleteLater();
                m_eraseOld->setEnabled(m_retention->value() > 0);
                m_privacyNote->setText(erasing->result());
            });
            const QString agent = m_agent;
            erasing->setFuture(QtConcurrent::run([db, days, agent, now, progress, cancel] {
                const auto run
                    = CustomerPrivacy(db).applyRetention(days, agent, now, progress, cancel.get());
                db.releaseConnection();
                if (!run)
                    return run.error().message;
                if (run->cancelled)
                    return tr("Stopped: %1 of %2 customers erased; the others are untouched.")
                        .arg(run->erased)
                        .arg(run->due);
                return tr("The personal data of %n customer(s) is erased.", nullptr, run->erased);
            }));
        });
    counting->setFuture(QtConcurrent::run([db, days, now] {
        const auto due = CustomerPrivacy(db).dueForRetention(days, now);
        db.releaseConnection();
        return due ? std::pair(*due, QString()) : std::pair(0, due.error().message);
    }));
}

} // namespace ParcelDesk
