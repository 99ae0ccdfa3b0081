#include "carriers/trackingnumber.h"
#include "store/database.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// parceldeskctl import: exit code 0 only when every row was imported, 1 with bad rows (or a
// failed import), 2 for a usage mistake naming the option; profiles made headless and used.
class TestCtlImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importsAllOrNothing();
    void usageMistakesAreTwo();
    void profileMadeHeadlessIsUsed();
    void jsonLinesByExtensionOrFormat();

private:
    using Run = TestSupport::ProgramRun;
    Run ctl(QStringList arguments) const
    {
        arguments << u"--db"_s << m_path;
        return TestSupport::runProgram(QStringLiteral(PARCELDESKCTL_PATH), arguments);
    }
    QString write(const QString &name, const QByteArray &content) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }
    qint64 count(const QString &table) const
    {
        return TestSupport::scalar(m_db, u"SELECT count(*) FROM "_s + table);
    }

    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
};

void TestCtlImport::initTestCase()
{
    m_path = m_dir.filePath(u"import.sqlite"_s);
    const auto opened = Database::open(m_path);
    QVERIFY(opened);
    m_db = *opened;
}

void TestCtlImport::importsAllOrNothing()
{
    const QString good = write(u"orders.csv"_s,
        "Name,Email,Financial Status,Created at,Lineitem quantity,Lineitem name,Lineitem price,"
        "Lineitem sku,Total,Currency,Shipping Name,Shipping Country,Cancelled at\n"
        "#2001,eva@example.com,paid,2026-11-18 09:00:00 +0100,1,Lamp,59.00,L-1,59.00,EUR,Eva,DE,\n"
        "#2002,finn@example.com,paid,2026-11-18 10:00:00 +0100,2,Towel,17.50,T-1,35.00,EUR,"
        "Finn,DE,\n");
    const Run r = ctl({u"import"_s, u"orders"_s, good});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(
        r.out.contains(u"Imported 2 orders with 2 lines (2 new customers)"_s), qPrintable(r.out));
    QCOMPARE(count(u"orders"_s), 2);

    const Run again = ctl({u"import"_s, u"orders"_s, good});
    QCOMPARE(again.exitCode, 0); // already there is not a failure
    QVERIFY2(again.out.contains(u"already there: 2"_s), qPrintable(again.out));
    QCOMPARE(count(u"orders"_s), 2);

    const QString bad = write(u"shipments.csv"_s,
        "order,carrier,tracking,shipped_at\n"
        "#2001,dhl,"
            + TestSupport::dhlNumber(1).toLatin1()
            + ",2026-11-18T12:00:00Z\n"
              "#2002,dhl,12,2026-11-18T12:00:00Z\n");
    const Run refused = ctl({u"import"_s, u"shipments"_s, bad});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(bad + u":3:3: tracking: \"12\""_s), qPrintable(refused.err));
    QVERIFY2(refused.out.contains(u"Nothing was imported"_s), qPrintable(refused.out));
    QCOMPARE(count(u"shipments"_s), 0);

    const Run dry = ctl({u"import"_s, u"shipments"_s, bad, u"--skip-bad"_s, u"--dry-run"_s});
    QCOMPARE(dry.exitCode, 1);
    QVERIFY2(dry.out.contains(u"would import 0 orders with 0 lines (0 new customers), 1 "
                              "shipments"_s),
        qPrintable(dry.out));
    QCOMPARE(count(u"shipments"_s), 0);

    const Run skipped = ctl({u"import"_s, u"shipments"_s, bad, u"--skip-bad"_s});
    QCOMPARE(skipped.exitCode, 1); // a row was left out
    QCOMPARE(count(u"shipments"_s), 1);

    const Run missing = ctl({u"import"_s, u"shipments"_s, m_dir.filePath(u"nope.csv"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"nope.csv"_s), qPrintable(missing.err));
}

void TestCtlImport::usageMistakesAreTwo()
{
    const QString file = write(u"any.csv"_s, "order,rating,submitted_at\n");
    struct Case
    {
        QStringList arguments;
        QString named;
    };
    const QList<Case> cases = {
        {{u"import"_s}, u"import: say"_s},
        {{u"import"_s, u"parcels"_s, file}, u"import: say"_s},
        {{u"import"_s, u"feedback"_s}, u"exactly one FILE"_s},
        {{u"import"_s, u"feedback"_s, file, u"--format"_s, u"xml"_s}, u"--format"_s},
        {{u"import"_s, u"profile"_s, u"save"_s, u"p"_s, u"--kind"_s, u"parcels"_s, u"--map"_s,
             u"order=Order"_s},
            u"--kind"_s},
        {{u"import"_s, u"profile"_s, u"save"_s, u"p"_s, u"--kind"_s, u"feedback"_s, u"--map"_s,
             u"order"_s},
            u"--map"_s},
        {{u"import"_s, u"profile"_s, u"save"_s, u"p"_s, u"--kind"_s, u"feedback"_s, u"--map"_s,
             u"order=Order"_s},
            u"--map: rating"_s},
        {{u"import"_s, u"profile"_s, u"save"_s, u"p"_s, u"--kind"_s, u"feedback"_s, u"--map"_s,
             u"order=O"_s, u"--map"_s, u"rating=R"_s, u"--map"_s, u"submitted_at=S"_s,
             u"--decimal-separator"_s, u";"_s},
            u"--decimal-separator"_s},
        {{u"import"_s, u"profile"_s, u"rename"_s}, u"import profile: say"_s},
    };
    for (const Case &c : cases) {
        const Run r = ctl(c.arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(c.arguments.join(u' ') + u": "_s + r.err));
        QVERIFY2(r.err.contains(c.named), qPrintable(c.arguments.join(u' ') + u": "_s + r.err));
    }
    const Run noDb = TestSupport::runProgram(
        QStringLiteral(PARCELDESKCTL_PATH), {u"import"_s, u"feedback"_s, file});
    QCOMPARE(noDb.exitCode, 2);
    QVERIFY2(noDb.err.contains(u"--db"_s), qPrintable(noDb.err));
}

void TestCtlImport::profileMadeHeadlessIsUsed()
{
    const Run saved = ctl({u"import"_s, u"profile"_s, u"save"_s, u"Umfrage"_s, u"--kind"_s,
        u"feedback"_s, u"--map"_s, u"order=Bestellung"_s, u"--map"_s, u"rating=Sterne"_s,
        u"--map"_s, u"comment=Kommentar"_s, u"--map"_s, u"comment=Notiz"_s, u"--map"_s,
        u"submitted_at=Datum"_s, u"--date-format"_s, u"dd.MM.yyyy HH:mm"_s});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
    const Run listed = ctl({u"import"_s, u"profile"_s, u"list"_s});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.startsWith(u"Umfrage\tfeedback\t"_s), qPrintable(listed.out));
    const Run shown = ctl({u"import"_s, u"profile"_s, u"show"_s, u"Umfrage"_s});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QCOMPARE(o.value(u"kind"_s).toString(), u"feedback"_s);
    const QJsonObject mapping = o.value(u"mapping"_s).toObject();
    QCOMPARE(mapping.value(u"order"_s).toString(), u"Bestellung"_s);
    QCOMPARE(mapping.value(u"comment"_s).toVariant().toStringList(),
        (QStringList {u"Kommentar"_s, u"Notiz"_s}));
    QCOMPARE(mapping.value(u"date_format"_s).toString(), u"dd.MM.yyyy HH:mm"_s);

    const QString file = write(u"umfrage.csv"_s,
        "Bestellung;Sterne;Kommentar;Notiz;Datum\n"
        "#2001;5;;Super Lampe;19.11.2026 08:15\n"
        "#2002;3;Handtuch ok;;19.11.2026 09:30\n");
    const Run wrongKind = ctl({u"import"_s, u"orders"_s, file, u"--profile"_s, u"Umfrage"_s});
    QCOMPARE(wrongKind.exitCode, 2);
    QVERIFY2(wrongKind.err.contains(u"--profile"_s), qPrintable(wrongKind.err));
    const Run imported = ctl({u"import"_s, u"feedback"_s, file, u"--profile"_s, u"Umfrage"_s});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err + imported.out));
    QCOMPARE(TestSupport::scalar(m_db,
                 u"SELECT count(*) FROM feedback f JOIN orders o ON o.id = f.order_id WHERE "
                 "o.order_number = '#2001' AND f.rating = 5 AND f.comment = 'Super Lampe'"_s),
        1);
    const Run unknown = ctl({u"import"_s, u"feedback"_s, file, u"--profile"_s, u"Nope"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"Nope"_s), qPrintable(unknown.err));

    QCOMPARE(ctl({u"import"_s, u"profile"_s, u"delete"_s, u"Umfrage"_s}).exitCode, 0);
    QCOMPARE(ctl({u"import"_s, u"profile"_s, u"delete"_s, u"Umfrage"_s}).exitCode, 1);
    QCOMPARE(count(u"import_profiles"_s), 0);
}

void TestCtlImport::jsonLinesByExtensionOrFormat()
{
    const QByteArray lines = "{\"order\": \"#2002\", \"rating\": 4, \"submitted_at\": "
                             "\"2026-11-20T07:00:00Z\"}\n";
    const Run byExtension = ctl({u"import"_s, u"feedback"_s, write(u"feedback.jsonl"_s, lines)});
    QVERIFY2(byExtension.exitCode == 0, qPrintable(byExtension.err));
    const QString txt = write(u"feedback.txt"_s,
        "{\"order\": \"#2002\", \"rating\": 2, \"submitted_at\": \"2026-11-20T08:00:00Z\"}\n");
    const Run asCsv = ctl({u"import"_s, u"feedback"_s, txt});
    QCOMPARE(asCsv.exitCode, 1); // read as CSV, it has none of the columns
    const Run byFormat = ctl({u"import"_s, u"feedback"_s, txt, u"--format"_s, u"jsonl"_s});
    QVERIFY2(byFormat.exitCode == 0, qPrintable(byFormat.err));
    QCOMPARE(TestSupport::scalar(m_db,
                 u"SELECT count(*) FROM feedback f JOIN orders o ON o.id = f.order_id WHERE "
                 "o.order_number = '#2002'"_s),
        3);
}

QTEST_GUILESS_MAIN(TestCtlImport)
#include "tst_ctlimport.moc"
