#include "store/database.h"
#include "testsupport.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// parceldeskctl apologies and consent as a supervisor's script runs them, on the demo data.
class TestCtlApologies final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesApprovesAndRejects();
    void optOutHoldsBackAtOnce();
    void guardrailSettingsAreKept();
    void refusesWhatItCannotDo();

private:
    using Run = TestSupport::ProgramRun;
    static Run ctl(const QStringList &arguments)
    {
        return TestSupport::runProgram(QStringLiteral(PARCELDESKCTL_PATH), arguments);
    }
    qint64 scalar(const QString &sql) const { return TestSupport::scalar(m_db, sql); }

    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
};

void TestCtlApologies::initTestCase()
{
    m_path = m_dir.filePath(u"apologies.sqlite"_s);
    m_db = TestSupport::seededDatabase(m_path, 3000, QDateTime::currentMSecsSinceEpoch());
}

void TestCtlApologies::writesApprovesAndRejects()
{
    const Run candidates = ctl({u"apologies"_s, u"candidates"_s, u"--db"_s, m_path});
    QCOMPARE(candidates.exitCode, 0);
    const int customers = int(candidates.out.count(u'\n'));
    QVERIFY2(customers > 0, qPrintable(candidates.err));

    const Run created = ctl(
        {u"apologies"_s, u"create"_s, u"--db"_s, m_path, u"--as"_s, u"sam"_s, u"--no-forecast"_s});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    static const QRegularExpression counts(
        u"(\\d+) draft\\(s\\) to approve, (\\d+) queued by the rules, (\\d+) suppressed"_s);
    const auto m = counts.match(created.out);
    QVERIFY2(m.hasMatch(), qPrintable(created.out));
    const int drafts = m.captured(1).toInt();
    QCOMPARE(drafts + m.captured(2).toInt() + m.captured(3).toInt(), customers);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE state = 'draft'"_s), drafts);
    QVERIFY(drafts >= 2);
    // Everyone is told now: nobody is a candidate any more, but for customers the frequency cap
    // held back (a delay notice of the demo within the day): they are told once it allows.
    const QString left = ctl({u"apologies"_s, u"candidates"_s, u"--db"_s, m_path}).out;
    for (const QString &line : left.split(u'\n', Qt::SkipEmptyParts)) {
        QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE customer_id = %1 AND state = "
                        "'suppressed' AND suppression_reason IN ('cap_day', 'cap_week')"_s.arg(
                            line.section(u'\t', 0, 0).toLongLong()))
                > 0,
            true);
    }

    const Run list = ctl({u"apologies"_s, u"list"_s, u"--db"_s, m_path, u"--state"_s, u"draft"_s});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), drafts);
    const QString first = lines.at(0).section(u'\t', 0, 0);
    const QString second = lines.at(1).section(u'\t', 0, 0);

    const Run approved
        = ctl({u"apologies"_s, u"approve"_s, first, u"--db"_s, m_path, u"--as"_s, u"lena"_s});
    QVERIFY2(approved.exitCode == 0 || approved.exitCode == 3, qPrintable(approved.err));
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE id = %1 AND state IN ('queued', "
                    "'suppressed') AND decided_by = 'lena'"_s.arg(first)),
        1);
    QCOMPARE(ctl({u"apologies"_s, u"approve"_s, first, u"--db"_s, m_path}).exitCode, 1);

    const Run rejected = ctl({u"apologies"_s, u"reject"_s, second, u"--db"_s, m_path, u"--reason"_s,
        u"called already"_s, u"--as"_s, u"lena"_s});
    QVERIFY2(rejected.exitCode == 0, qPrintable(rejected.err));
    QCOMPARE(
        scalar(u"SELECT count(*) FROM audit_log WHERE entity = 'message' AND entity_id = %1 "
               "AND action = 'rejected' AND actor = 'lena' AND detail = 'called already'"_s.arg(
                   second)),
        1);
    QCOMPARE(scalar(u"SELECT count(*) FROM vouchers WHERE message_id = %1"_s.arg(second)), 0);

    const Run figures = ctl({u"apologies"_s, u"figures"_s, u"--db"_s, m_path});
    QCOMPARE(figures.exitCode, 0);
    QVERIFY2(
        figures.out.contains(u"Awaiting approval: %1"_s.arg(drafts - 2)), qPrintable(figures.out));
}

void TestCtlApologies::optOutHoldsBackAtOnce()
{
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT m.id, c.email FROM messages m JOIN customers c ON c.id = "
                   "m.customer_id WHERE m.state = 'draft' AND m.channel = 'email' LIMIT 1"_s)
        && q.next());
    const qint64 id = q.value(0).toLongLong();
    const QString email = q.value(1).toString();
    q.finish();
    const Run withdrawn = ctl({u"consent"_s, u"--db"_s, m_path, u"--customer"_s, email.toUpper(),
        u"--channel"_s, u"email"_s, u"--withdraw"_s, u"--source"_s, u"phone call"_s});
    QVERIFY2(withdrawn.exitCode == 0, qPrintable(withdrawn.err));
    QVERIFY2(withdrawn.out.contains(u"held back"_s), qPrintable(withdrawn.out));
    QVERIFY2(withdrawn.out.contains(u"\temail\tno\tphone call\t"_s), qPrintable(withdrawn.out));
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE id = %1 AND state = 'suppressed' AND "
                    "suppression_reason = 'opted_out'"_s.arg(id)),
        1);
    // Without a source the word is not recorded.
    const Run noSource = ctl({u"consent"_s, u"--db"_s, m_path, u"--customer"_s, email,
        u"--channel"_s, u"sms"_s, u"--grant"_s});
    QCOMPARE(noSource.exitCode, 1);
}

void TestCtlApologies::guardrailSettingsAreKept()
{
    const Run set = ctl({u"apologies"_s, u"settings"_s, u"--db"_s, m_path, u"--cap-day"_s, u"2"_s,
        u"--quiet"_s, u"22:00-07:30"_s, u"--shop"_s, u"Kaffeehaus Berlin"_s});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const Run shown = ctl({u"apologies"_s, u"settings"_s, u"--db"_s, m_path});
    QVERIFY2(shown.out.contains(u"2 within 24 h, 3 within 7 days"_s), qPrintable(shown.out));
    QVERIFY2(shown.out.contains(u"22:00 to 07:30"_s), qPrintable(shown.out));
    QVERIFY2(shown.out.contains(u"Kaffeehaus Berlin"_s), qPrintable(shown.out));
    const Run bad
        = ctl({u"apologies"_s, u"settings"_s, u"--db"_s, m_path, u"--quiet"_s, u"late-early"_s});
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM settings WHERE key = 'apology.quiet_start' AND value = "
                    "'22:00'"_s),
        1);
    const Run rules = ctl({u"apologies"_s, u"rules"_s, u"--db"_s, m_path});
    QVERIFY2(rules.out.contains(u"Late by two days or more"_s), qPrintable(rules.out));
}

void TestCtlApologies::refusesWhatItCannotDo()
{
    QCOMPARE(ctl({u"apologies"_s, u"fly"_s, u"--db"_s, m_path}).exitCode, 2);
    QCOMPARE(ctl({u"apologies"_s, u"list"_s}).exitCode, 2);
    QCOMPARE(ctl({u"apologies"_s, u"approve"_s, u"x"_s, u"--db"_s, m_path}).exitCode, 2);
    QCOMPARE(ctl({u"apologies"_s, u"approve"_s, u"99999999"_s, u"--db"_s, m_path}).exitCode, 1);
    QCOMPARE(ctl({u"consent"_s, u"--db"_s, m_path, u"--customer"_s, u"nobody@nowhere.example"_s})
                 .exitCode,
        1);
    QCOMPARE(
        ctl({u"consent"_s, u"--db"_s, m_path, u"--customer"_s, u"1"_s, u"--channel"_s, u"pigeon"_s})
            .exitCode,
        2);
}

QTEST_GUILESS_MAIN(TestCtlApologies)
#include "tst_ctlapologies.moc"
