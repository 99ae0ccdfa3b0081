#include "store/database.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// parceldeskctl eval-returns on the demo history: the backtest the returns issue asks for.
class TestCtlReturns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backtestMeetsTheTarget();
    void refusesWhatItCannotDo();
    void policyIsKeptAndChecked();

private:
    using Run = TestSupport::ProgramRun;
    static Run ctl(const QStringList &arguments)
    {
        return TestSupport::runProgram(QStringLiteral(PARCELDESKCTL_PATH), arguments);
    }

    QTemporaryDir m_dir;
    QString m_path;
};

void TestCtlReturns::initTestCase()
{
    m_path = m_dir.filePath(u"returns.sqlite"_s);
    // A fixed moment, so the history and its backtest are the same on every run.
    Database db = TestSupport::seededDatabase(
        m_path, 20000, QDateTime(QDate(2026, 11, 22), QTime(22, 50), Qt::UTC).toMSecsSinceEpoch());
    db.releaseConnection();
}

void TestCtlReturns::backtestMeetsTheTarget()
{
    const Run r
        = ctl({u"eval-returns"_s, u"--db"_s, m_path, u"--until"_s, u"2026-11-21"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"weeks"_s).toArray().size(), 8);
    QCOMPARE(o.value(u"weeks"_s).toArray().last().toObject().value(u"week"_s).toString(),
        u"2026-11-15"_s);
    const double weekly = o.value(u"weekly_mape"_s).toDouble(-1);
    const double daily = o.value(u"daily_mape"_s).toDouble(-1);
    QVERIFY2(weekly >= 0 && weekly <= 0.15, qPrintable(r.out));
    QVERIFY2(daily > 0 && daily < 1, qPrintable(r.out));
    int arrived = 0;
    for (const QJsonValue &w : o.value(u"weeks"_s).toArray())
        arrived += w.toObject().value(u"actual"_s).toInt();
    QVERIFY2(arrived > 500, qPrintable(r.out)); // the demo's returns, not an empty history

    const Run text = ctl({u"eval-returns"_s, u"--db"_s, m_path, u"--until"_s, u"2026-11-21"_s,
        u"--weeks"_s, u"2"_s});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.count(u"Week of"_s), 2);
    QVERIFY2(text.out.contains(u"MAPE per day"_s), qPrintable(text.out));
}

void TestCtlReturns::refusesWhatItCannotDo()
{
    QCOMPARE(ctl({u"eval-returns"_s}).exitCode, 2);
    QCOMPARE(ctl({u"eval-returns"_s, u"--db"_s, m_path, u"--weeks"_s, u"0"_s}).exitCode, 2);
    const Run badDate = ctl({u"eval-returns"_s, u"--db"_s, m_path, u"--until"_s, u"31.12.2026"_s});
    QCOMPARE(badDate.exitCode, 2);
    QVERIFY2(badDate.err.contains(u"31.12.2026"_s), qPrintable(badDate.err));
}

void TestCtlReturns::policyIsKeptAndChecked()
{
    const Run shown = ctl({u"returns"_s, u"policy"_s, u"--db"_s, m_path});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains(u"\"electronics\""_s), qPrintable(shown.out));

    // The oldest delivered fashion order is far outside its 30 days.
    const Database db = *Database::open(m_path);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT o.order_number FROM orders o JOIN shipments s ON s.order_id = o.id "
                   "WHERE o.category = 'fashion' AND s.delivered_at IS NOT NULL "
                   "ORDER BY s.delivered_at LIMIT 1"_s)
        && q.next());
    const QString order = q.value(0).toString();
    q.finish();
    const Run refused
        = ctl({u"returns"_s, u"check"_s, order, u"--db"_s, m_path, u"--language"_s, u"de"_s});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.out.startsWith(u"refuse\toutside_window\tfashion"_s), qPrintable(refused.out));
    QVERIFY2(refused.out.contains(u"Leider endete die Frist"_s), qPrintable(refused.out));

    // A shop with ten years for fashion takes it back.
    const QString file = m_dir.filePath(u"policy.json"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"categories": [{"name": "fashion", "window_days": 3650, "recovery_percent": 90}]})");
    f.close();
    const Run set = ctl({u"returns"_s, u"policy"_s, u"--db"_s, m_path, u"--file"_s, file});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const Run accepted = ctl({u"returns"_s, u"check"_s, order, u"--db"_s, m_path});
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.out + accepted.err));
    QVERIFY2(accepted.out.startsWith(u"accept"_s) || accepted.out.startsWith(u"keep"_s),
        qPrintable(accepted.out));
    QCOMPARE(
        TestSupport::scalar(db, u"SELECT count(*) FROM audit_log WHERE action = 'policy_saved'"_s),
        1);

    // A wrong file changes nothing and names the field.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"categories": [{"name": "fashion", "window_days": "thirty"}]})");
    f.close();
    const Run wrong = ctl({u"returns"_s, u"policy"_s, u"--db"_s, m_path, u"--file"_s, file});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(u"categories[0].window_days"_s), qPrintable(wrong.err));
    QCOMPARE(
        TestSupport::scalar(db, u"SELECT count(*) FROM audit_log WHERE action = 'policy_saved'"_s),
        1);
    QCOMPARE(ctl({u"returns"_s, u"check"_s, u"PD-99999999"_s, u"--db"_s, m_path}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCtlReturns)
#include "tst_ctlreturns.moc"
