#include "i18n/translations.h"
#include "store/database.h"
#include "store/templaterepository.h"
#include "templateeditor.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QThreadPool>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// The template editor as a supervisor uses it: typing into the SMS shows what it costs, a wrong
// tag is named and keeps Save off, Ctrl+S saves, edits not saved are asked about before another
// template is shown, and the preview uses the customer's data it is given.
class TestTemplateEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typingUpdatesTheSegmentCount();
    void aWrongTagKeepsSaveOff();
    void savesWithCtrlSAndRevertsAndResets();
    void asksBeforeLeavingUnsavedEdits();
    void previewUsesTheDataGiven();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        T *w = m_editor->findChild<T *>(name);
        if (!w)
            qFatal("no %s", qPrintable(name));
        return w;
    }
    // Answers the next message box with button once it is open.
    static void answerNextBox(QMessageBox::StandardButton button);

    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
    std::unique_ptr<TemplateEditor> m_editor;
};

void TestTemplateEditor::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslations(QLocale(QLocale::English));
}

void TestTemplateEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const auto db = Database::open(m_dir->filePath(u"editor.sqlite"_s));
    QVERIFY(db);
    m_db = *db;
    m_editor = std::make_unique<TemplateEditor>(m_db);
    m_editor->setActor(u"anna"_s);
    QSignalSpy loaded(m_editor.get(), &TemplateEditor::loaded);
    m_editor->show();
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_editor->showTemplate(u"delay_notice"_s, u"en"_s));
}

void TestTemplateEditor::cleanup()
{
    m_editor.reset();
    // A read still running on a pool thread uses the file: let it end before the file goes.
    QThreadPool::globalInstance()->waitForDone();
    m_db.releaseConnection();
    m_dir.reset();
}

void TestTemplateEditor::answerNextBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->button(button))
            qFatal("no message box with that button");
        box->button(button)->click();
    });
}

void TestTemplateEditor::typingUpdatesTheSegmentCount()
{
    auto *sms = child<QPlainTextEdit>(u"sms"_s);
    auto *segments = child<QLabel>(u"smsSegments"_s);
    QCOMPARE(m_editor->kind(), u"delay_notice"_s);
    QCOMPARE(child<QPlainTextEdit>(u"sms"_s)->toPlainText(),
        MessageTemplates::builtin(u"delay_notice"_s, u"en"_s)->sms);
    QVERIFY2(segments->text().startsWith(u"1 SMS segment"_s), qPrintable(segments->text()));

    sms->clear();
    sms->setFocus();
    QTest::keyClicks(sms, u"Hello {{first_name}}"_s);
    // "Hello Erika": the sample customer's first name filled in.
    QTRY_VERIFY2(segments->text().contains(u"11 characters; GSM alphabet: 160 characters each"_s),
        qPrintable(segments->text()));
    QVERIFY(segments->text().startsWith(u"1 SMS segment"_s));
    QCOMPARE(child<QPlainTextEdit>(u"previewSms"_s)->toPlainText(), u"Hello Erika"_s);

    QTest::keyClicks(sms, QString(150, u'x'));
    QTRY_VERIFY2(segments->text().startsWith(u"2 SMS segment"_s), qPrintable(segments->text()));
    QVERIFY(segments->text().contains(u"161 characters; GSM alphabet: 153 characters each"_s));

    // One character outside the GSM alphabet and every segment holds 67 instead of 153.
    sms->moveCursor(QTextCursor::End);
    sms->insertPlainText(u"č"_s); // keyClicks types Latin-1 only
    QTRY_VERIFY2(
        segments->text().contains(u"Unicode: 67 characters each"_s), qPrintable(segments->text()));
    QVERIFY(segments->text().startsWith(u"3 SMS segment"_s));
}

void TestTemplateEditor::aWrongTagKeepsSaveOff()
{
    auto *sms = child<QPlainTextEdit>(u"sms"_s);
    auto *save = child<QPushButton>(u"save"_s);
    auto *checks = child<QLabel>(u"checks"_s);
    QVERIFY(!save->isEnabled()); // nothing edited yet
    sms->setPlainText(u"{{shop}}: {{kunde}}"_s);
    QVERIFY(!save->isEnabled());
    QVERIFY(checks->isVisible());
    QVERIFY2(checks->text().startsWith(u"sms (delay_notice, en): {{kunde}} is not a variable"_s),
        qPrintable(checks->text()));
    QCOMPARE(sms->toolTip(), checks->text());
    // A second mistake in another field is named too, each at its field.
    child<QLineEdit>(u"whatsapp"_s)->setText(u"Parcel delay"_s);
    QCOMPARE(checks->text().count(u'\n'), 1);
    QVERIFY(
        child<QLineEdit>(u"whatsapp"_s)->toolTip().startsWith(u"whatsapp (delay_notice, en)"_s));
    QTRY_VERIFY(child<QLabel>(u"previewSubject"_s)->text().contains(u"mistakes"_s));

    sms->setPlainText(u"{{shop}}: {{customer}}"_s);
    child<QLineEdit>(u"whatsapp"_s)->setText(u"parcel_delay_notice_v2"_s);
    QVERIFY(!checks->isVisible());
    QVERIFY(save->isEnabled());
    QVERIFY(sms->toolTip().isEmpty());
}

void TestTemplateEditor::savesWithCtrlSAndRevertsAndResets()
{
    auto *sms = child<QPlainTextEdit>(u"sms"_s);
    auto *save = child<QPushButton>(u"save"_s);
    const QString builtinSms = sms->toPlainText();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    sms->setFocus();
    QTest::keyClick(sms, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(sms, u" Sorry!"_s);
    QVERIFY(m_editor->hasUnsavedChanges());
    QVERIFY(save->isEnabled());
    QSignalSpy saved(m_editor.get(), &TemplateEditor::saved);
    QTest::keyClick(sms, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(saved.wait(10000));
    QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
    QVERIFY(!m_editor->hasUnsavedChanges());
    QVERIFY(!save->isEnabled());
    QVERIFY(child<QPushButton>(u"resetBuiltin"_s)->isEnabled());
    QVERIFY(child<QLabel>(u"origin"_s)->text().startsWith(u"Edited by anna"_s));
    const auto stored = TemplateRepository(m_db).effective(u"delay_notice"_s, u"en"_s);
    QVERIFY(stored && stored->edited);
    QCOMPARE(stored->message.sms, builtinSms + u" Sorry!"_s);
    QCOMPARE(stored->updatedBy, u"anna"_s);

    // Revert: the edits not saved go, the saved ones stay.
    sms->setPlainText(u"something else"_s);
    QVERIFY(child<QPushButton>(u"revert"_s)->isEnabled());
    child<QPushButton>(u"revert"_s)->click();
    QCOMPARE(sms->toPlainText(), builtinSms + u" Sorry!"_s);
    QVERIFY(!m_editor->hasUnsavedChanges());

    // Reset: the built-in template is back, in the database and in the fields.
    saved.clear();
    answerNextBox(QMessageBox::Yes);
    child<QPushButton>(u"resetBuiltin"_s)->click();
    QVERIFY(saved.wait(10000));
    QVERIFY(saved.first().at(0).toBool());
    QCOMPARE(sms->toPlainText(), builtinSms);
    QVERIFY(!TemplateRepository(m_db).effective(u"delay_notice"_s, u"en"_s)->edited);
    QVERIFY(!child<QPushButton>(u"resetBuiltin"_s)->isEnabled());
    QCOMPARE(child<QLabel>(u"origin"_s)->text(), u"Built-in template"_s);
}

void TestTemplateEditor::asksBeforeLeavingUnsavedEdits()
{
    auto *kind = child<QComboBox>(u"kind"_s);
    auto *subject = child<QLineEdit>(u"subject"_s);
    subject->setText(u"Late: {{order_number}}"_s);

    // Cancel: the edit stays on show.
    answerNextBox(QMessageBox::Cancel);
    kind->setCurrentIndex(kind->findData(u"delay_apology"_s));
    QCOMPARE(m_editor->kind(), u"delay_notice"_s);
    QCOMPARE(subject->text(), u"Late: {{order_number}}"_s);

    // Discard: the other template is shown and nothing was stored.
    answerNextBox(QMessageBox::Discard);
    QVERIFY(m_editor->showTemplate(u"delay_apology"_s, u"en"_s));
    QCOMPARE(subject->text(), MessageTemplates::builtin(u"delay_apology"_s, u"en"_s)->subject);
    QVERIFY(!TemplateRepository(m_db).effective(u"delay_notice"_s, u"en"_s)->edited);

    // Save: stored, then the other template is shown.
    subject->setText(u"Sorry: {{order_number}}"_s);
    QSignalSpy saved(m_editor.get(), &TemplateEditor::saved);
    answerNextBox(QMessageBox::Save);
    child<QComboBox>(u"language"_s)
        ->setCurrentIndex(child<QComboBox>(u"language"_s)->findData(u"de"_s));
    QCOMPARE(m_editor->language(), u"de"_s);
    QVERIFY(saved.wait(10000));
    QVERIFY(saved.first().at(0).toBool());
    QCOMPARE(TemplateRepository(m_db).effective(u"delay_apology"_s, u"en"_s)->message.subject,
        u"Sorry: {{order_number}}"_s);
    QCOMPARE(subject->text(), MessageTemplates::builtin(u"delay_apology"_s, u"de"_s)->subject);
}

void TestTemplateEditor::previewUsesTheDataGiven()
{
    TemplateData d;
    d.shop = u"Schuhhaus Müller"_s;
    d.customer = u"Tom & <Jerry>"_s;
    d.orderNumber = u"PD-7"_s;
    d.parcels = {{u"GLS"_s, u"123456789012"_s, u"on its way"_s, QString(), true},
        {u"DHL"_s, u"00340434161094042557"_s, u"delayed"_s, u"Friday"_s, true}};
    m_editor->setPreviewData(d);
    QCOMPARE(
        child<QLabel>(u"previewSubject"_s)->text(), u"Subject: Your order PD-7 is running late"_s);
    const QString text = child<QPlainTextEdit>(u"previewText"_s)->toPlainText();
    QVERIFY2(text.startsWith(u"Dear Tom & <Jerry>,"_s), qPrintable(text));
    QVERIFY(text.contains(u"- GLS 123456789012: on its way\n"_s));
    QVERIFY(text.contains(u"- DHL 00340434161094042557: delayed, now expected on Friday"_s));
    // The HTML escapes what it puts in: the browser shows the name, not markup.
    const QString html = child<QTextBrowser>(u"previewHtml"_s)->toPlainText();
    QVERIFY2(html.contains(u"Dear Tom & <Jerry>,"_s), qPrintable(html));
    QVERIFY(html.contains(u"Schuhhaus Müller"_s));
}

QTEST_MAIN(TestTemplateEditor)
#include "tst_templateeditor.moc"
