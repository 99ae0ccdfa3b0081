#include "workflows/messagetemplates.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// Message templates: every built-in one is valid and says what it must in both languages, a
// message covers all affected parcels, HTML is escaped and text is not, mistakes in a template
// are named, and SMS segments are counted as a provider bills them.
class TestMessageTemplates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinTemplatesAreComplete();
    void rendersEveryParcel();
    void escapesOnlyHtml();
    void namesMistakes_data();
    void namesMistakes();
    void countsSmsSegments_data();
    void countsSmsSegments();

private:
    static TemplateData sample();
};

TemplateData TestMessageTemplates::sample()
{
    TemplateData d;
    d.shop = u"Schuhhaus Müller"_s;
    d.customer = u"Jürgen Weiß"_s;
    d.firstName = u"Jürgen"_s;
    d.orderNumber = u"PD-01000042"_s;
    d.daysLate = 2;
    d.voucherCode = u"SORRY-7F3K"_s;
    d.voucherValue = u"5,00 €"_s;
    d.parcels
        = {{u"DHL"_s, u"00340434161094042557"_s, u"unterwegs"_s, u"Dienstag, 24. November"_s, true},
            {u"DPD"_s, u"01234567890123"_s, u"Paket beim Zusteller"_s, QString(), true}};
    return d;
}

void TestMessageTemplates::builtinTemplatesAreComplete()
{
    const QStringList kinds = {u"delay_notice"_s, u"delay_apology"_s, u"delay_apology_voucher"_s};
    for (const QString &kind : kinds) {
        for (const QString &language : {u"de"_s, u"en"_s}) {
            const auto t = MessageTemplates::builtin(kind, language);
            QVERIFY2(t, qPrintable(kind + u' ' + language));
            QVERIFY2(MessageTemplates::check(*t), qPrintable(kind + u' ' + language));
            // The provider approves a WhatsApp template by name, the same name in each language.
            QCOMPARE(t->whatsapp, u"parcel_"_s + kind);
            const auto r = MessageTemplates::render(*t, sample());
            QVERIFY(r);
            for (const QString &part : {r->subject, r->text, r->html, r->sms}) {
                QVERIFY2(part.contains(u"PD-01000042"_s), qPrintable(kind + u": " + part));
                QVERIFY(!part.contains(u"{{"_s));
            }
            if (kind.endsWith(u"voucher"_s)) {
                QVERIFY(r->text.contains(u"SORRY-7F3K"_s));
                QVERIFY(r->sms.contains(u"SORRY-7F3K"_s));
            }
            QVERIFY2(r->smsSegments <= 2, qPrintable(r->sms));
        }
    }
    QCOMPARE(MessageTemplates::builtin().size(), 10);
}

void TestMessageTemplates::rendersEveryParcel()
{
    const auto r = MessageTemplates::render(
        *MessageTemplates::builtin(u"delay_apology"_s, u"de"_s), sample());
    QVERIFY(r);
    QVERIFY(r->text.startsWith(u"Guten Tag Jürgen Weiß,"_s));
    QVERIFY(r->text.contains(
        u"- DHL 00340434161094042557: unterwegs, jetzt erwartet am Dienstag, 24. November"_s));
    // The second parcel has no expected date: that part is left out, not left empty.
    QVERIFY(r->text.contains(u"- DPD 01234567890123: Paket beim Zusteller\n"_s));
    QVERIFY(r->text.contains(u"kommt 2 Tage später als versprochen"_s));
    QCOMPARE(r->html.count(u"<li>"_s), 2);
}

void TestMessageTemplates::escapesOnlyHtml()
{
    TemplateData d = sample();
    d.customer = u"Tom & <Jerry>"_s;
    const auto r
        = MessageTemplates::render(*MessageTemplates::builtin(u"delay_notice"_s, u"en"_s), d);
    QVERIFY(r);
    QVERIFY(r->html.contains(u"Dear Tom &amp; &lt;Jerry&gt;,"_s));
    QVERIFY(r->text.contains(u"Dear Tom & <Jerry>,"_s));
    QVERIFY(r->subject.contains(u"PD-01000042"_s));
}

void TestMessageTemplates::namesMistakes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown variable") << u"Hallo {{kunde}}"_s << u"{{kunde}} is not a variable"_s;
    QTest::newRow("section never closed") << u"{{#parcels}}{{carrier}}"_s << u"never closed"_s;
    QTest::newRow("closing the wrong one") << u"{{#parcels}}{{/expected}}"_s << u"{{/expected}}"_s;
}

void TestMessageTemplates::namesMistakes()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    MessageTemplate t = *MessageTemplates::builtin(u"delay_notice"_s, u"de"_s);
    t.text = text;
    const Outcome checked = MessageTemplates::check(t);
    QVERIFY(!checked);
    QVERIFY2(checked.error().message.contains(error), qPrintable(checked.error().message));
    QVERIFY(checked.error().message.startsWith(u"text (delay_notice, de)"_s));
    QVERIFY(!MessageTemplates::render(t, sample()));
}

void TestMessageTemplates::countsSmsSegments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("segments");
    QTest::addColumn<bool>("unicode");
    QTest::newRow("empty") << QString() << 0 << false;
    QTest::newRow("160 GSM") << QString(160, u'a') << 1 << false;
    QTest::newRow("161 GSM") << QString(161, u'a') << 2 << false;
    QTest::newRow("306 GSM") << QString(306, u'a') << 2 << false;
    QTest::newRow("307 GSM") << QString(307, u'a') << 3 << false;
    QTest::newRow("umlauts are GSM") << u"Grüße aus München, Ihr Paket ist da"_s << 1 << false;
    QTest::newRow("euro counts twice") << QString(79, u'€') << 1 << false;
    QTest::newRow("81 euros") << QString(81, u'€') << 2 << false;
    QTest::newRow("70 unicode") << QString(69, u'a') + u"č"_s << 1 << true;
    QTest::newRow("71 unicode") << QString(70, u'a') + u"č"_s << 2 << true;
}

void TestMessageTemplates::countsSmsSegments()
{
    QFETCH(QString, text);
    QFETCH(int, segments);
    QFETCH(bool, unicode);
    bool isUnicode = false;
    QCOMPARE(MessageTemplates::smsSegments(text, &isUnicode), segments);
    QCOMPARE(isUnicode, unicode);
}

QTEST_GUILESS_MAIN(TestMessageTemplates)
#include "tst_messagetemplates.moc"
