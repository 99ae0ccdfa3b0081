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
    void aReturnFromRegistrationToRefund(); // after the policy test: fashion has ten years then
    void importsFromCsv();

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

void TestCtlReturns::aReturnFromRegistrationToRefund()
{
    const Database db = *Database::open(m_path);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT o.order_number FROM orders o JOIN shipments s ON s.order_id = o.id "
                   "WHERE o.category = 'fashion' AND s.delivered_at IS NOT NULL AND NOT EXISTS "
                   "(SELECT 1 FROM returns r WHERE r.order_id = o.id) ORDER BY o.id LIMIT 1"_s)
        && q.next());
    const QString order = q.value(0).toString();
    q.finish();
    const Run bad = ctl({u"returns"_s, u"register"_s, order, u"--db"_s, m_path, u"--line"_s,
        u"1:one:size_too_small"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(u"N:QTY:REASON"_s), qPrintable(bad.err));
    const Run registered = ctl({u"returns"_s, u"register"_s, order, u"--db"_s, m_path, u"--line"_s,
        u"1:1:size_too_small:opened"_s, u"--note"_s, u"too tight"_s});
    QVERIFY2(registered.exitCode == 0, qPrintable(registered.out + registered.err));
    const QString rma = registered.out.section(u'\t', 0, 0);
    QVERIFY2(rma.startsWith(u"R-"_s), qPrintable(registered.out));
    QVERIFY2(registered.out.contains(u"\tregistered\taccept\trefund\topen"_s),
        qPrintable(registered.out));

    const QString pdf = m_dir.filePath(u"label.pdf"_s);
    const Run labelled = ctl({u"returns"_s, u"label"_s, rma, u"--db"_s, m_path, u"--carrier"_s,
        u"dhl"_s, u"--tracking"_s, u"0034 0434 1610 9488 8803"_s, u"--pdf"_s, pdf});
    QVERIFY2(labelled.exitCode == 0, qPrintable(labelled.err));
    QFile label(pdf);
    QVERIFY(label.open(QIODevice::ReadOnly));
    QVERIFY(label.read(5) == "%PDF-");
    // The warehouse scans the parcel's number; the grade takes the rules' disposition.
    QVERIFY(ctl({u"returns"_s, u"receive"_s, u"00340434161094888803"_s, u"--db"_s, m_path}).exitCode
        == 0);
    const Run graded = ctl({u"returns"_s, u"grade"_s, rma, u"--db"_s, m_path, u"--line"_s, u"1:c"_s,
        u"--reusable"_s, u"no"_s});
    QVERIFY2(graded.exitCode == 0, qPrintable(graded.err));
    QVERIFY2(graded.out.contains(u"\tC\tdonate"_s), qPrintable(graded.out));
    const Run landfill
        = ctl({u"returns"_s, u"grade"_s, rma, u"--db"_s, m_path, u"--line"_s, u"1:D:landfill"_s});
    QCOMPARE(landfill.exitCode, 1);
    QVERIFY2(landfill.err.contains(u"landfill"_s), qPrintable(landfill.err));
    const Run settled
        = ctl({u"returns"_s, u"settle"_s, rma, u"--db"_s, m_path, u"--amount"_s, u"12.50"_s});
    QVERIFY2(settled.exitCode == 0, qPrintable(settled.err));
    QVERIFY2(settled.out.contains(u"\tclosed\taccept\trefund\tdone"_s), qPrintable(settled.out));
    QCOMPARE(TestSupport::scalar(db,
                 u"SELECT refund_cents FROM returns WHERE rma = '%1' AND reusable_packaging = 0 "
                 "AND customer_note = 'too tight'"_s.arg(rma)),
        1250);
    const Run listed = ctl({u"returns"_s, u"list"_s, u"--db"_s, m_path, u"--filter"_s, u"closed"_s,
        u"--search"_s, rma});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.out.count(u'\n'), 1);
    QVERIFY(listed.out.startsWith(rma));
    QCOMPARE(
        ctl({u"returns"_s, u"list"_s, u"--db"_s, m_path, u"--filter"_s, u"soon"_s}).exitCode, 2);
}

void TestCtlReturns::importsFromCsv()
{
    const Database db = *Database::open(m_path);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT o.order_number FROM orders o JOIN shipments s ON s.order_id = o.id "
                   "WHERE o.category = 'fashion' AND s.delivered_at IS NOT NULL AND NOT EXISTS "
                   "(SELECT 1 FROM returns r WHERE r.order_id = o.id) ORDER BY o.id DESC "
                   "LIMIT 1"_s)
        && q.next());
    const QString order = q.value(0).toString();
    q.finish();
    const QString file = m_dir.filePath(u"returns.csv"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(u"order;line;reason;condition\n%1;1;quality;used\nPD-00000000;1;quality;\n"_s.arg(order)
                .toUtf8());
    f.close();
    const qint64 before = TestSupport::scalar(db, u"SELECT count(*) FROM returns"_s);
    const Run all = ctl({u"returns"_s, u"import"_s, file, u"--db"_s, m_path});
    QCOMPARE(all.exitCode, 1);
    QVERIFY2(all.err.contains(file + u":3:1: order"_s), qPrintable(all.err));
    QCOMPARE(TestSupport::scalar(db, u"SELECT count(*) FROM returns"_s), before);
    const Run rest = ctl({u"returns"_s, u"import"_s, file, u"--db"_s, m_path, u"--skip-bad"_s});
    QCOMPARE(rest.exitCode, 1); // not everything asked for was imported
    QVERIFY2(rest.out.contains(u"Imported 1 return"_s), qPrintable(rest.out));
    QCOMPARE(TestSupport::scalar(db, u"SELECT count(*) FROM returns"_s), before + 1);
}

QTEST_GUILESS_MAIN(TestCtlReturns)
#include "tst_ctlreturns.moc"
