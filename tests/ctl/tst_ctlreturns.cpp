#include "store/database.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

QTEST_GUILESS_MAIN(TestCtlReturns)
#include "tst_ctlreturns.moc"
