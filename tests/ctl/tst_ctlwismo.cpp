#include "store/database.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// parceldeskctl wismo as a script or a chat bot runs it, on the demo data.
class TestCtlWismo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsInEveryForm();
    void answersInTheCustomersLanguage();
    void refusesWhatItCannotDo_data();
    void refusesWhatItCannotDo();

private:
    using Run = TestSupport::ProgramRun;
    static Run ctl(const QStringList &arguments)
    {
        return TestSupport::runProgram(QStringLiteral(PARCELDESKCTL_PATH), arguments);
    }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_order;
    QString m_tracking;
    QString m_email;
    QString m_name;
};

void TestCtlWismo::initTestCase()
{
    m_path = m_dir.filePath(u"wismo.sqlite"_s);
    Database db = TestSupport::seededDatabase(m_path, 800, QDateTime::currentMSecsSinceEpoch());
    QSqlQuery q(db.connection());
    // A German customer with one parcel, on its way.
    QVERIFY(q.exec(u"SELECT o.order_number, s.tracking_number, c.email, c.name FROM orders o JOIN "
                   "customers c ON c.id = o.customer_id JOIN shipments s ON s.order_id = o.id "
                   "WHERE c.language = 'de' AND s.delivered_at IS NULL AND (SELECT count(*) FROM "
                   "shipments x WHERE x.order_id = o.id) = 1 AND (SELECT count(*) FROM orders y "
                   "WHERE y.customer_id = c.id) = 1 LIMIT 1"_s)
        && q.next());
    m_order = q.value(0).toString();
    m_tracking = q.value(1).toString();
    m_email = q.value(2).toString();
    m_name = q.value(3).toString();
    q.finish();
    db.releaseConnection();
}

void TestCtlWismo::findsInEveryForm()
{
    for (const QString &text : {m_order, m_tracking.toLower(), m_email.toUpper()}) {
        const Run r = ctl({u"wismo"_s, u"find"_s, text, u"--db"_s, m_path, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY2(!hits.isEmpty(), qPrintable(r.out));
        QCOMPARE(hits.first().toObject().value(u"order"_s).toString(), m_order);
        QCOMPARE(hits.first().toObject().value(u"tracking_number"_s).toString(), m_tracking);
        QVERIFY(hits.first().toObject().value(u"exact"_s).toBool());
    }
    const Run text = ctl({u"wismo"_s, u"find"_s, m_name, u"--db"_s, m_path, u"--limit"_s, u"2"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.count(u'\n') <= 2);
    QVERIFY2(text.out.contains(m_name), qPrintable(text.out));
}

void TestCtlWismo::answersInTheCustomersLanguage()
{
    Run r = ctl({u"wismo"_s, u"answer"_s, m_tracking, u"--db"_s, m_path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(u"Guten Tag "_s + m_name), qPrintable(r.out));
    QVERIFY(r.out.contains(m_order));
    r = ctl({u"wismo"_s, u"answer"_s, m_order, u"--db"_s, m_path, u"--language"_s, u"en"_s,
        u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject a = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(a.value(u"order"_s).toString(), m_order);
    QCOMPARE(a.value(u"language"_s).toString(), u"en"_s);
    QVERIFY(a.value(u"reply"_s).toString().startsWith(u"Dear "_s));
    const QJsonArray parcels = a.value(u"parcels"_s).toArray();
    QCOMPARE(parcels.size(), 1);
    QCOMPARE(parcels.first().toObject().value(u"tracking_number"_s).toString(), m_tracking);
    QVERIFY(!parcels.first().toObject().value(u"milestones"_s).toArray().isEmpty());
    QVERIFY(!parcels.first().toObject().value(u"sentence"_s).toString().isEmpty());

    // A last name alone matches several customers: no answer about somebody's order unless asked.
    const QString lastName = m_name.section(u' ', -1);
    r = ctl({u"wismo"_s, u"answer"_s, lastName, u"--db"_s, m_path});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"--first"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    r = ctl({u"wismo"_s, u"answer"_s, lastName, u"--db"_s, m_path, u"--first"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(lastName));
}

void TestCtlWismo::refusesWhatItCannotDo_data()
{
    QTest::addColumn<QStringList>("arguments"); // DB: --db and the file
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("err");
    QTest::newRow("no action") << QStringList {u"wismo"_s, u"DB"_s} << 2 << u"find TEXT"_s;
    QTest::newRow("no text") << QStringList {u"wismo"_s, u"find"_s, u"DB"_s} << 2 << u"find TEXT"_s;
    QTest::newRow("no database") << QStringList {u"wismo"_s, u"find"_s, u"x"_s} << 2 << u"--db"_s;
    QTest::newRow("bad limit") << QStringList {u"wismo"_s, u"find"_s, u"x"_s, u"DB"_s, u"--limit"_s,
        u"many"_s} << 2 << u"--limit"_s;
    QTest::newRow("bad language") << QStringList {u"wismo"_s, u"answer"_s, u"x"_s, u"DB"_s,
        u"--language"_s, u"fr"_s} << 2
                                  << u"--language"_s;
    QTest::newRow("nothing found") << QStringList {u"wismo"_s, u"answer"_s, u"Zyxwvu Qponm"_s,
        u"DB"_s} << 1 << u"nothing found"_s;
}

void TestCtlWismo::refusesWhatItCannotDo()
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

QTEST_GUILESS_MAIN(TestCtlWismo)
#include "tst_ctlwismo.moc"
