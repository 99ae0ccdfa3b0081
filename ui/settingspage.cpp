#include "settingspage.h"

#include "problemrulesdialog.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

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
    layout->addStretch(1);
}

} // namespace ParcelDesk
