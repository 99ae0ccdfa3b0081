#include "store/database.h"
#include "store/templaterepository.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// parceldeskctl templates as a shop edits its messages from a script: show a template as JSON,
// set it from a file (mistakes named by file and field), list who edited what, preview the edit,
// reset to the built-in one.
class TestCtlTemplates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsAndShowsTheBuiltinOnes();
    void setShowPreviewReset();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesWhatItCannotDo_data();
    void refusesWhatItCannotDo();

private:
    using Run = TestSupport::ProgramRun;
    static Run ctl(const QStringList &arguments)
    {
        return TestSupport::runProgram(QStringLiteral(PARCELDESKCTL_PATH), arguments);
    }
    QString writeFile(const QString &name, const QByteArray &content);
    QJsonObject show(const QString &kind, const QString &language);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestCtlTemplates::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"ctl.sqlite"_s);
    auto db = Database::open(m_path);
    QVERIFY(db);
    db->releaseConnection();
}

void TestCtlTemplates::cleanup()
{
    m_dir.reset();
}

QString TestCtlTemplates::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QJsonObject TestCtlTemplates::show(const QString &kind, const QString &language)
{
    const Run r = ctl({u"templates"_s, u"show"_s, u"--db"_s, m_path, u"--kind"_s, kind,
        u"--language"_s, language});
    if (r.exitCode != 0)
        qFatal("%s", qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

void TestCtlTemplates::listsAndShowsTheBuiltinOnes()
{
    Run r = ctl({u"templates"_s, u"list"_s});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), MessageTemplates::builtin().size());
    for (const QString &line : lines)
        QCOMPARE(line.section(u'\t', 2, 2), u"built-in"_s);

    r = ctl({u"templates"_s, u"show"_s, u"--kind"_s, u"delay_notice"_s, u"--language"_s, u"de"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const MessageTemplate builtin = *MessageTemplates::builtin(u"delay_notice"_s, u"de"_s);
    QCOMPARE(o.value(u"kind"_s).toString(), u"delay_notice"_s);
    QCOMPARE(o.value(u"language"_s).toString(), u"de"_s);
    QCOMPARE(o.value(u"subject"_s).toString(), builtin.subject);
    QCOMPARE(o.value(u"text"_s).toString(), builtin.text);
    QCOMPARE(o.value(u"html"_s).toString(), builtin.html);
    QCOMPARE(o.value(u"sms"_s).toString(), builtin.sms);
    QCOMPARE(o.value(u"whatsapp"_s).toString(), u"parcel_delay_notice"_s);
    QCOMPARE(o.value(u"edited"_s).toBool(true), false);
}

void TestCtlTemplates::setShowPreviewReset()
{
    // Only the SMS changes; the other fields stay as they are.
    const QString file = writeFile(
        u"sms.json"_s, R"({"sms": "{{shop}}: Paket {{order_number}} kommt später. Sorry!"})");
    Run r = ctl({u"templates"_s, u"set"_s, u"--db"_s, m_path, u"--kind"_s, u"delay_notice"_s,
        u"--language"_s, u"de"_s, u"--file"_s, file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), u"Saved the template delay_notice (de)."_s);
    QJsonObject o = show(u"delay_notice"_s, u"de"_s);
    QCOMPARE(
        o.value(u"sms"_s).toString(), u"{{shop}}: Paket {{order_number}} kommt später. Sorry!"_s);
    QCOMPARE(o.value(u"subject"_s).toString(),
        MessageTemplates::builtin(u"delay_notice"_s, u"de"_s)->subject);
    QVERIFY(o.value(u"edited"_s).toBool());
    QCOMPARE(o.value(u"updated_by"_s).toString(), u"tester"_s);
    QVERIFY(!o.value(u"updated_at"_s).toString().isEmpty());

    r = ctl({u"templates"_s, u"list"_s, u"--db"_s, m_path});
    QCOMPARE(r.exitCode, 0);
    const QStringList edited
        = r.out.split(u'\n', Qt::SkipEmptyParts).filter(u"edited by tester at "_s);
    QCOMPARE(edited.size(), 1);
    QVERIFY(edited.first().startsWith(u"delay_notice\tde\t"_s));

    // The preview with --db uses the shop's template.
    r = ctl({u"templates"_s, u"preview"_s, u"--db"_s, m_path, u"--kind"_s, u"delay_notice"_s,
        u"--language"_s, u"de"_s, u"--shop"_s, u"Laden"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Laden: Paket PD-01000042 kommt später. Sorry!"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"WhatsApp template: parcel_delay_notice"_s));

    // What show prints can be edited and set again whole.
    o.insert(u"subject"_s, u"Bestellung {{order_number}}: später"_s);
    o.insert(u"whatsapp"_s, u"parcel_delay_notice_v2"_s);
    const QString whole = writeFile(u"whole.json"_s, QJsonDocument(o).toJson());
    r = ctl({u"templates"_s, u"set"_s, u"--db"_s, m_path, u"--kind"_s, u"delay_notice"_s,
        u"--language"_s, u"de"_s, u"--file"_s, whole, u"--agent"_s, u"anna"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    o = show(u"delay_notice"_s, u"de"_s);
    QCOMPARE(o.value(u"subject"_s).toString(), u"Bestellung {{order_number}}: später"_s);
    QCOMPARE(o.value(u"whatsapp"_s).toString(), u"parcel_delay_notice_v2"_s);
    QCOMPARE(o.value(u"updated_by"_s).toString(), u"anna"_s);

    r = ctl({u"templates"_s, u"reset"_s, u"--db"_s, m_path, u"--kind"_s, u"delay_notice"_s,
        u"--language"_s, u"de"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    o = show(u"delay_notice"_s, u"de"_s);
    QVERIFY(!o.value(u"edited"_s).toBool(true));
    QCOMPARE(
        o.value(u"sms"_s).toString(), MessageTemplates::builtin(u"delay_notice"_s, u"de"_s)->sms);

    auto db = Database::open(m_path);
    QVERIFY(db);
    QCOMPARE(TestSupport::scalar(*db,
                 u"SELECT count(*) FROM audit_log WHERE entity = "
                 "'message_template'"_s),
        3);
    db->releaseConnection();
}

void TestCtlTemplates::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("err"); // after the file's path
    QTest::newRow("unknown tag") << QByteArray(R"({"sms": "Hallo {{kunde}}"})")
                                 << u": sms (delay_notice, de): {{kunde}} is not a variable"_s;
    QTest::newRow("section never closed")
        << QByteArray(R"({"html": "<ul>{{#parcels}}<li>{{carrier}}</li></ul>"})")
        << u": html (delay_notice, de): the section {{#parcels}} is never closed"_s;
    QTest::newRow("WhatsApp name") << QByteArray(R"({"whatsapp": "Parcel delay"})")
                                   << u": whatsapp (delay_notice, de): \"Parcel delay\""_s;
    QTest::newRow("unknown field")
        << QByteArray(R"({"body": "x"})") << u": \"body\" is not a field of a template"_s;
    QTest::newRow("not a text") << QByteArray(R"({"sms": 5})")
                                << u": sms: a text in double quotes is expected"_s;
    QTest::newRow("another template") << QByteArray(R"({"kind": "delay_apology", "sms": "x"})")
                                      << u": kind: the file is for \"delay_apology\""_s;
    QTest::newRow("broken JSON") << QByteArray("{\n  \"sms\": \"x\"\n  \"text\": \"y\"\n}")
                                 << u":3:"_s;
    QTest::newRow("not an object") << QByteArray("[]") << u": a template is a JSON object"_s;
}

void TestCtlTemplates::refusesBadFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, err);
    const QString file = writeFile(u"t.json"_s, json);
    const Run r = ctl({u"templates"_s, u"set"_s, u"--db"_s, m_path, u"--kind"_s, u"delay_notice"_s,
        u"--language"_s, u"de"_s, u"--file"_s, file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(file + err), qPrintable(r.err));
    QVERIFY(!show(u"delay_notice"_s, u"de"_s).value(u"edited"_s).toBool(true));
}

void TestCtlTemplates::refusesWhatItCannotDo_data()
{
    QTest::addColumn<QStringList>("arguments"); // DB: --db and the file
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("err");
    QTest::newRow("no action") << QStringList {u"templates"_s} << 2 << u"say list, show"_s;
    QTest::newRow("set without a database") << QStringList {u"templates"_s, u"set"_s, u"--kind"_s,
        u"delay_notice"_s, u"--language"_s, u"de"_s, u"--file"_s, u"x.json"_s}
                                            << 2 << u"--db FILE is required"_s;
    QTest::newRow("set without a file") << QStringList {u"templates"_s, u"set"_s, u"DB"_s,
        u"--kind"_s, u"delay_notice"_s, u"--language"_s, u"de"_s}
                                        << 2 << u"--file"_s;
    QTest::newRow("reset without a language") << QStringList {u"templates"_s, u"reset"_s, u"DB"_s,
        u"--kind"_s, u"delay_notice"_s} << 2 << u"--language is required"_s;
    QTest::newRow("unknown kind") << QStringList {u"templates"_s, u"reset"_s, u"DB"_s, u"--kind"_s,
        u"delay"_s, u"--language"_s, u"de"_s}
                                  << 1 << u"kind: there is no template \"delay\""_s;
    QTest::newRow("unknown language") << QStringList {u"templates"_s, u"show"_s, u"DB"_s,
        u"--kind"_s, u"delay_notice"_s, u"--language"_s, u"fr"_s}
                                      << 1 << u"language: there is no template"_s;
}

void TestCtlTemplates::refusesWhatItCannotDo()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, err);
    const qsizetype at = arguments.indexOf(u"DB"_s);
    if (at >= 0)
        arguments.replace(at, u"--db="_s + m_path);
    const Run r = ctl(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(err), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCtlTemplates)
#include "tst_ctltemplates.moc"
