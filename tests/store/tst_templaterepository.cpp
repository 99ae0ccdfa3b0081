#include "store/database.h"
#include "store/templaterepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// The shop's edits of the message templates: a stored edit overrides the built-in template, a
// template with a wrong tag is refused naming the field and the tag, a reset brings the built-in
// one back, and every change is in the audit log.
class TestTemplateRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void builtinUntilEdited();
    void savedEditOverrides();
    void refusesMistakesNamingFieldAndTag_data();
    void refusesMistakesNamingFieldAndTag();
    void refusesUnknownKindsAndLanguages();
    void resetBringsTheBuiltinBack();

private:
    qint64 count(const QString &sql) { return TestSupport::scalar(m_db, sql); }

    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
};

namespace {
constexpr qint64 t0 = 1'779'000'000'000;
} // namespace

void TestTemplateRepository::initTestCase()
{
    PARCELDESK_REQUIRE_STORE();
}

void TestTemplateRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const auto db
        = Database::open(TestSupport::storeLocation(m_dir->filePath(u"templates.sqlite"_s)));
    QVERIFY(db);
    m_db = *db;
}

void TestTemplateRepository::cleanup()
{
    m_db.releaseConnection();
    m_dir.reset();
}

void TestTemplateRepository::builtinUntilEdited()
{
    TemplateRepository templates(m_db);
    const auto t = templates.effective(u"delay_notice"_s, u"de"_s);
    QVERIFY(t);
    QVERIFY(!t->edited);
    QVERIFY(t->updatedBy.isEmpty());
    QVERIFY(!t->updatedAtMs);
    const MessageTemplate builtin = *MessageTemplates::builtin(u"delay_notice"_s, u"de"_s);
    QCOMPARE(t->message.subject, builtin.subject);
    QCOMPARE(t->message.text, builtin.text);
    QCOMPARE(t->message.whatsapp, u"parcel_delay_notice"_s);

    const auto all = templates.all();
    QVERIFY(all);
    QCOMPARE(all->size(), MessageTemplates::builtin().size());
    for (int i = 0; i < all->size(); ++i) {
        QCOMPARE(all->at(i).message.kind, MessageTemplates::builtin().at(i).kind);
        QCOMPARE(all->at(i).message.language, MessageTemplates::builtin().at(i).language);
        QVERIFY(!all->at(i).edited);
        QVERIFY(!all->at(i).message.whatsapp.isEmpty());
    }
}

void TestTemplateRepository::savedEditOverrides()
{
    TemplateRepository templates(m_db);
    MessageTemplate t = *MessageTemplates::builtin(u"delay_apology"_s, u"en"_s);
    t.subject = u"So sorry about {{order_number}}"_s;
    t.sms = u"{{shop}}: sorry! {{#parcels}}{{tracking_number}} {{/parcels}}"_s;
    t.whatsapp = u"parcel_delay_apology_v2"_s;
    QVERIFY(templates.save(t, u"anna"_s, t0));
    t.text = u"Dear {{first_name}}, sorry."_s;
    QVERIFY(templates.save(t, u"ben"_s, t0 + 1000));

    const auto stored = templates.effective(u"delay_apology"_s, u"en"_s);
    QVERIFY(stored);
    QVERIFY(stored->edited);
    QCOMPARE(stored->updatedBy, u"ben"_s);
    QCOMPARE(stored->updatedAtMs.value_or(0), t0 + 1000);
    QCOMPARE(stored->message.subject, t.subject);
    QCOMPARE(stored->message.text, t.text);
    QCOMPARE(stored->message.html, t.html);
    QCOMPARE(stored->message.sms, t.sms);
    QCOMPARE(stored->message.whatsapp, t.whatsapp);
    // The same on a connection the caller holds, as the apology workflow reads it.
    const auto within
        = TemplateRepository::effective(m_db.connection(), u"delay_apology"_s, u"en"_s);
    QVERIFY(within);
    QCOMPARE(within->message.text, t.text);
    // Only this one is edited; the other language is still built in.
    QVERIFY(!templates.effective(u"delay_apology"_s, u"de"_s)->edited);
    const auto all = templates.all();
    QVERIFY(all);
    int edited = 0;
    for (const StoredTemplate &s : *all) {
        if (s.edited) {
            ++edited;
            QCOMPARE(s.message.kind, u"delay_apology"_s);
            QCOMPARE(s.message.language, u"en"_s);
            QCOMPARE(s.updatedBy, u"ben"_s);
        }
    }
    QCOMPARE(edited, 1);
    QCOMPARE(count(u"SELECT count(*) FROM message_templates"_s), 1);

    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT at, actor, action, entity, detail FROM audit_log ORDER BY id"_s));
    for (const auto &[at, actor] : {std::pair(t0, u"anna"_s), std::pair(t0 + 1000, u"ben"_s)}) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), at);
        QCOMPARE(q.value(1).toString(), actor);
        QCOMPARE(q.value(2).toString(), u"saved"_s);
        QCOMPARE(q.value(3).toString(), u"message_template"_s);
        QCOMPARE(q.value(4).toString(), u"delay_apology en"_s);
    }
    QVERIFY(!q.next());
}

void TestTemplateRepository::refusesMistakesNamingFieldAndTag_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown variable in the SMS")
        << u"sms"_s << u"{{shop}}: {{kunde}}"_s
        << u"sms (delay_notice, de): {{kunde}} is not a variable"_s;
    QTest::newRow("section never closed in the HTML")
        << u"html"_s << u"<ul>{{#parcels}}<li>{{carrier}}</li></ul>"_s
        << u"html (delay_notice, de): the section {{#parcels}} is never closed"_s;
    QTest::newRow("wrong closing tag in the subject")
        << u"subject"_s << u"{{#parcels}}{{/expected}}"_s
        << u"subject (delay_notice, de): {{/expected}} closes a section that is not open"_s;
    QTest::newRow("WhatsApp name with spaces")
        << u"whatsapp"_s << u"Parcel delay"_s
        << u"whatsapp (delay_notice, de): \"Parcel delay\" is not a WhatsApp template name"_s;
}

void TestTemplateRepository::refusesMistakesNamingFieldAndTag()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, error);
    MessageTemplate t = *MessageTemplates::builtin(u"delay_notice"_s, u"de"_s);
    if (field == u"sms")
        t.sms = value;
    else if (field == u"html")
        t.html = value;
    else if (field == u"subject")
        t.subject = value;
    else
        t.whatsapp = value;
    const Outcome saved = TemplateRepository(m_db).save(t, u"anna"_s, t0);
    QVERIFY(!saved);
    QVERIFY2(saved.error().message.startsWith(error), qPrintable(saved.error().message));
    QCOMPARE(count(u"SELECT count(*) FROM message_templates"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), 0);
}

void TestTemplateRepository::refusesUnknownKindsAndLanguages()
{
    TemplateRepository templates(m_db);
    auto t = templates.effective(u"delay_notic"_s, u"de"_s);
    QVERIFY(!t);
    QVERIFY2(t.error().message.startsWith(u"kind: there is no template \"delay_notic\"; use one of "
                                          "delay_notice, "_s),
        qPrintable(t.error().message));
    t = templates.effective(u"delay_notice"_s, u"fr"_s);
    QVERIFY(!t);
    QVERIFY2(t.error().message.contains(u"language: there is no template delay_notice in \"fr\""_s),
        qPrintable(t.error().message));
    MessageTemplate french = *MessageTemplates::builtin(u"delay_notice"_s, u"en"_s);
    french.language = u"fr"_s;
    QVERIFY(!templates.save(french, u"anna"_s, t0));
    QVERIFY(!templates.reset(u"delay_notice"_s, u"fr"_s, u"anna"_s, t0));
    QCOMPARE(count(u"SELECT count(*) FROM message_templates"_s), 0);
}

void TestTemplateRepository::resetBringsTheBuiltinBack()
{
    TemplateRepository templates(m_db);
    MessageTemplate t = *MessageTemplates::builtin(u"delay_apology_voucher"_s, u"de"_s);
    const QString builtinSms = t.sms;
    t.sms = u"{{shop}}: Gutschein {{voucher_code}}"_s;
    QVERIFY(templates.save(t, u"anna"_s, t0));
    QCOMPARE(templates.effective(t.kind, t.language)->message.sms, t.sms);

    QVERIFY(templates.reset(t.kind, t.language, u"ben"_s, t0 + 5000));
    const auto back = templates.effective(t.kind, t.language);
    QVERIFY(back);
    QVERIFY(!back->edited);
    QCOMPARE(back->message.sms, builtinSms);
    QCOMPARE(count(u"SELECT count(*) FROM message_templates"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'reset' AND actor = 'ben' AND "
                   "entity = 'message_template' AND detail = 'delay_apology_voucher de' AND "
                   "at = "_s
                 + QString::number(t0 + 5000)),
        1);
    // Resetting what is built in already changes nothing and logs nothing.
    QVERIFY(templates.reset(t.kind, t.language, u"ben"_s, t0 + 6000));
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), 2);
}

QTEST_GUILESS_MAIN(TestTemplateRepository)
#include "tst_templaterepository.moc"
