#include "store/database.h"
#include "store/shipmentrepository.h"
#include "store/sqldialect.h"
#include "store/voucherrepository.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// The voucher pool: codes imported from the shop's CSV files (all or nothing, every mistake
// named by file, line and column), given one per message and one per case, never twice, back to
// the pool when a message never left, and the month's budget they are paid from.
class TestVouchers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void parsesAmounts_data();
    void parsesAmounts();
    void importsAFile();
    void namesEveryMistake_data();
    void namesEveryMistake();
    void duplicatesNameBothLines();
    void listsTenProblemsAndCountsTheRest();
    void assignsByValueAndExpiry();
    void neverTwiceAndOneCodePerCase();
    void releasesOnlyWhatNeverLeft();
    void budgetFigures();
    void setsTheBudget();
    void listsCodesWithTheirCustomers();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    qint64 count(const QString &sql);
    qint64 addMessage(const QString &state, std::optional<qint64> sentAtMs = std::nullopt);
    qint64 addCase();
    Result<Voucher> assign(qint64 message, const QList<qint64> &cases, qint64 valueCents);
    Result<bool> release(qint64 message);
    void importPool(const QByteArray &csv);

    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
    qint64 m_customer = 0;
    qint64 m_shipment = 0;
};

namespace {

qint64 utc(int year, int month, int day, int hour = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC).toMSecsSinceEpoch();
}

const qint64 now = utc(2026, 5, 20, 12);

} // namespace

void TestVouchers::initTestCase()
{
    PARCELDESK_REQUIRE_STORE();
}

void TestVouchers::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_dir = std::make_unique<QTemporaryDir>();
    const auto db
        = Database::open(TestSupport::storeLocation(m_dir->filePath(u"vouchers.sqlite"_s)));
    QVERIFY(db);
    m_db = *db;
    const auto shipment
        = ShipmentRepository(m_db).insert(TestSupport::makeShipment(u"00340434161094042557"_s));
    QVERIFY(shipment);
    m_shipment = *shipment;
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"INSERT INTO customers (name, email, created_at) VALUES "
                   "('Jürgen Weiß', 'j@example.org', 0) RETURNING id"_s));
    QVERIFY(q.next());
    m_customer = q.value(0).toLongLong();
}

void TestVouchers::cleanup()
{
    m_db.releaseConnection();
    m_dir.reset();
}

QString TestVouchers::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

qint64 TestVouchers::count(const QString &sql)
{
    return TestSupport::scalar(m_db, sql);
}

qint64 TestVouchers::addMessage(const QString &state, std::optional<qint64> sentAtMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO messages (customer_id, shipment_id, channel, language, kind, state, "
              "body, created_at, sent_at) VALUES (?, ?, 'email', 'de', 'delay_apology_voucher', "
              "?, 'text', ?, ?) RETURNING id"_s);
    q.addBindValue(m_customer);
    q.addBindValue(m_shipment);
    q.addBindValue(state);
    q.addBindValue(now);
    q.addBindValue(sentAtMs ? QVariant(*sentAtMs) : QVariant(QMetaType::fromType<qint64>()));
    if (!q.exec() || !q.next())
        qFatal("%s", qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

qint64 TestVouchers::addCase()
{
    // One open case per parcel and kind: every case gets a parcel of its own.
    const auto shipment = ShipmentRepository(m_db).insert(
        TestSupport::makeShipment(u"0034043416109404%1"_s.arg(count(u"SELECT count(*) + 1000 "
                                                                    "FROM shipments"_s))));
    if (!shipment)
        qFatal("%s", qPrintable(shipment.error().message));
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO problem_cases (shipment_id, kind, opened_at) VALUES (?, 'late', ?) "
              "RETURNING id"_s);
    q.addBindValue(*shipment);
    q.addBindValue(now);
    if (!q.exec() || !q.next())
        qFatal("%s", qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

// As the apology workflow calls it: inside its own transaction, rolled back on an error.
Result<Voucher> TestVouchers::assign(qint64 message, const QList<qint64> &cases, qint64 value)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery begin(db);
    Sql::beginWrite(begin);
    auto v = VoucherRepository::assignWithinTransaction(db, message, cases, value, now);
    QSqlQuery(db).exec(v ? u"COMMIT"_s : u"ROLLBACK"_s);
    return v;
}

Result<bool> TestVouchers::release(qint64 message)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery begin(db);
    Sql::beginWrite(begin);
    auto released = VoucherRepository::releaseWithinTransaction(db, message);
    QSqlQuery(db).exec(released ? u"COMMIT"_s : u"ROLLBACK"_s);
    return released;
}

void TestVouchers::importPool(const QByteArray &csv)
{
    const auto imported
        = VoucherRepository(m_db).importCsv(writeFile(u"pool.csv"_s, csv), u"anna"_s, now);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
}

void TestVouchers::parsesAmounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents"); // -1: not an amount
    QTest::newRow("units") << u"5"_s << qint64(500);
    QTest::newRow("point") << u"5.00"_s << qint64(500);
    QTest::newRow("comma") << u"5,00"_s << qint64(500);
    QTest::newRow("one decimal") << u"10,5"_s << qint64(1050);
    QTest::newRow("spaces around") << u" 12 "_s << qint64(1200);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("thousands separator") << u"1.234,56"_s << qint64(-1);
    QTest::newRow("three decimals") << u"5.001"_s << qint64(-1);
    QTest::newRow("negative") << u"-5"_s << qint64(-1);
    QTest::newRow("currency sign") << u"5 €"_s << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
}

void TestVouchers::parsesAmounts()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    QCOMPARE(VoucherRepository::parseAmount(text).value_or(-1), cents);
}

void TestVouchers::importsAFile()
{
    // As a spreadsheet in Germany saves it: a byte-order mark, semicolons, decimal commas, CRLF,
    // the columns in an order of its own and capitalised, a quoted code, a blank line.
    const QString path = writeFile(u"codes.csv"_s,
        "\xEF\xBB\xBFValue;CODE;Cost;Expires;Currency\r\n"
        "5;SORRY-A1;2,50;2026-12-31;\r\n"
        "5,00;\"SORRY;A2\";2.5;;eur\r\n"
        "\r\n"
        "10,5;SORRY-B1;4;2026-05-22;usd\r\n"
        "5;SORRY-A3;0;;\r\n");
    const auto imported = VoucherRepository(m_db).importCsv(path, u"anna"_s, now);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
    QCOMPARE(imported->imported, 4);
    QCOMPARE(imported->byValue, (QMap<qint64, int> {{500, 3}, {1050, 1}}));
    QCOMPARE(imported->valueCents, 2550);
    QCOMPARE(imported->costCents, 900);
    QCOMPARE(imported->alreadyExpired, 1); // SORRY-B1 runs out within a week

    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT code, value_cents, cost_cents, currency, expires_at, source, "
                   "imported_at, message_id FROM vouchers ORDER BY id"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"SORRY-A1"_s);
    QCOMPARE(q.value(1).toLongLong(), 500);
    QCOMPARE(q.value(2).toLongLong(), 250);
    QCOMPARE(q.value(3).toString(), u"EUR"_s);
    QCOMPARE(q.value(4).toLongLong(), utc(2027, 1, 1)); // valid through the last day
    QCOMPARE(q.value(5).toString(), u"codes.csv:2"_s);
    QCOMPARE(q.value(6).toLongLong(), now);
    QVERIFY(q.value(7).isNull());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"SORRY;A2"_s);
    QCOMPARE(q.value(2).toLongLong(), 250);
    QVERIFY(q.value(4).isNull());
    QCOMPARE(q.value(3).toString(), u"EUR"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"SORRY-B1"_s);
    QCOMPARE(q.value(1).toLongLong(), 1050);
    QCOMPARE(q.value(3).toString(), u"USD"_s);
    QCOMPARE(q.value(5).toString(), u"codes.csv:5"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"SORRY-A3"_s);
    QCOMPARE(q.value(2).toLongLong(), 0);
    QVERIFY(!q.next());

    QVERIFY(q.exec(u"SELECT actor, action, entity, detail, at FROM audit_log ORDER BY id"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"anna"_s);
    QCOMPARE(q.value(1).toString(), u"imported"_s);
    QCOMPARE(q.value(2).toString(), u"voucher"_s);
    QCOMPARE(q.value(3).toString(), u"4 codes from codes.csv"_s);
    QCOMPARE(q.value(4).toLongLong(), now);
    QVERIFY(!q.next());
}

void TestVouchers::namesEveryMistake_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error"); // after the file's path

    QTest::newRow("empty code") << QByteArray("code,value,cost\nA1,5,2\n ,5,2\n")
                                << u":3:1: code: the code is empty"_s;
    QTest::newRow("value not an amount") << QByteArray("code,value,cost\nA1,five,2\n")
                                         << u":2:2: value: \"five\" is not an amount"_s;
    QTest::newRow("cost with three decimals")
        << QByteArray("code;value;cost\nA1;5;2,001\n") << u":2:3: cost: \"2,001\""_s;
    QTest::newRow("cost above value")
        << QByteArray("code,value,cost\nA1,5,7\n") << u":2:3: cost: 7 is more than the value 5"_s;
    QTest::newRow("worth nothing") << QByteArray("code,value,cost\nA1,0,0\n")
                                   << u":2:2: value: a voucher is worth more than nothing"_s;
    QTest::newRow("currency") << QByteArray("code,value,cost,currency\nA1,5,2,Euro\n")
                              << u":2:4: currency: \"Euro\" is not a currency code"_s;
    QTest::newRow("expiry") << QByteArray("expires,code,value,cost\n31.12.2026,A1,5,2\n")
                            << u":2:1: expires: \"31.12.2026\" is not a date"_s;
    QTest::newRow("quote never closed")
        << QByteArray("code,value,cost\n\"A1,5,2\n") << u":2:1: code: the quote is never closed"_s;
    QTest::newRow("decimal comma without quotes") << QByteArray("code,value,cost\nA1,5,00,2\n")
                                                  << u":2:4: the line has 4 fields, the header 3"_s;
    QTest::newRow("column missing")
        << QByteArray("code,value\nA1,5\n") << u":1: the header has no column \"cost\""_s;
    QTest::newRow("column twice") << QByteArray("code,value,cost,Code\nA1,5,2,A2\n")
                                  << u":1:4: the column \"code\" is there twice"_s;
    QTest::newRow("not UTF-8") << QByteArray("code,value,cost\nA1,5,2\nGR\xdc\xdf,5,2\n")
                               << u":3: the line is not UTF-8 text"_s;
    QTest::newRow("empty file") << QByteArray("\n\n") << u": the file is empty"_s;
    QTest::newRow("header only") << QByteArray("code,value,cost\n")
                                 << u": there are no codes in the file"_s;
}

void TestVouchers::namesEveryMistake()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    const QString path = writeFile(u"codes.csv"_s, csv);
    const auto imported = VoucherRepository(m_db).importCsv(path, u"anna"_s, now);
    QVERIFY(!imported);
    QVERIFY2(imported.error().message.contains(path + error), qPrintable(imported.error().message));
    // All or nothing: the good lines before the mistake are not in the pool either.
    QCOMPARE(count(u"SELECT count(*) FROM vouchers"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), 0);

    const auto missing
        = VoucherRepository(m_db).importCsv(m_dir->filePath(u"nope.csv"_s), u"anna"_s, now);
    QVERIFY(!missing);
    QVERIFY(missing.error().message.startsWith(u"Cannot read "_s + m_dir->filePath(u"nope.csv"_s)));
}

void TestVouchers::duplicatesNameBothLines()
{
    VoucherRepository vouchers(m_db);
    // Shops take codes in any case: "sorry-a1" is SORRY-A1 to a customer.
    const QString twice = writeFile(
        u"twice.csv"_s, "code,value,cost\nSORRY-A1,5,2\nSORRY-A2,5,2\n\nsorry-a1,5,2\n");
    auto imported = vouchers.importCsv(twice, u"anna"_s, now);
    QVERIFY(!imported);
    QVERIFY2(
        imported.error().message.contains(twice + u":5:1: code: sorry-a1 is on line 2 already"_s),
        qPrintable(imported.error().message));

    const QString first = writeFile(u"first.csv"_s, "code,value,cost\nSORRY-A1,5,2\n");
    QVERIFY(vouchers.importCsv(first, u"anna"_s, now));
    const QString second
        = writeFile(u"second.csv"_s, "code,value,cost\nSORRY-B1,5,2\nSORRY-A1,5,2\n");
    imported = vouchers.importCsv(second, u"anna"_s, now);
    QVERIFY(!imported);
    QVERIFY2(imported.error().message.contains(second
                 + u":3:1: code: SORRY-A1 is in the pool already (imported from first.csv:2)"_s),
        qPrintable(imported.error().message));
    QCOMPARE(count(u"SELECT count(*) FROM vouchers"_s), 1); // SORRY-B1 was not imported
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), 1);
}

void TestVouchers::listsTenProblemsAndCountsTheRest()
{
    QByteArray csv = "code,value,cost\n";
    for (int i = 0; i < 12; ++i)
        csv += "C" + QByteArray::number(i) + ",x,1\n";
    const QString path = writeFile(u"bad.csv"_s, csv);
    const auto imported = VoucherRepository(m_db).importCsv(path, u"anna"_s, now);
    QVERIFY(!imported);
    const QStringList lines = imported.error().message.split(u'\n');
    QCOMPARE(lines.size(), 12); // a heading, ten problems, the rest counted
    QCOMPARE(lines.first(), u"Nothing was imported from %1:"_s.arg(path));
    QVERIFY(lines.at(1).startsWith(path + u":2:2: value"_s));
    QVERIFY(lines.at(10).startsWith(path + u":11:2: value"_s));
    QCOMPARE(lines.last(), u"…and 2 more problem(s)."_s); // English plurals come from the .qm
}

void TestVouchers::assignsByValueAndExpiry()
{
    importPool("code,value,cost,expires\n"
               "LATER,5,2,2026-06-30\n"
               "NEVER,5,2,\n"
               "SOONEST,5,2,2026-05-31\n"
               "TOO-SOON,5,2,2026-05-25\n" // within a week: no gift
               "EXPIRED,5,2,2026-01-01\n"
               "TEN,10,4,2026-12-31\n");
    const qint64 c1 = addCase();
    QStringList given;
    for (int i = 0; i < 3; ++i) {
        const auto v = assign(addMessage(u"draft"_s), {addCase()}, 500);
        QVERIFY2(v, qPrintable(v ? QString() : v.error().message));
        QCOMPARE(v->valueCents, 500);
        QCOMPARE(v->costCents, 200);
        given << v->code;
    }
    QCOMPARE(given, (QStringList {u"SOONEST"_s, u"LATER"_s, u"NEVER"_s}));

    const auto none = assign(addMessage(u"draft"_s), {c1}, 500);
    QVERIFY(!none);
    QVERIFY2(none.error().message.contains(u"No voucher code worth 5.00 is left"_s),
        qPrintable(none.error().message));
    QVERIFY(none.error().message.contains(u"another 7 day"_s));
    QCOMPARE(count(u"SELECT count(*) FROM voucher_cases WHERE case_id = %1"_s.arg(c1)), 0);

    const auto ten = assign(addMessage(u"approved"_s), {c1}, 1000);
    QVERIFY(ten);
    QCOMPARE(ten->code, u"TEN"_s);
    QCOMPARE(ten->currency, u"EUR"_s);
    QCOMPARE(ten->expiresAtMs.value_or(0), utc(2027, 1, 1));
    QCOMPARE(count(u"SELECT count(*) FROM vouchers WHERE message_id IS NULL"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM vouchers WHERE assigned_at = %1"_s.arg(now)), 4);
}

void TestVouchers::neverTwiceAndOneCodePerCase()
{
    importPool("code,value,cost\nA,5,2\nB,5,2\nC,5,2\nD,5,2\n");
    const qint64 c1 = addCase();
    const qint64 c2 = addCase();
    const qint64 c3 = addCase();
    const qint64 m1 = addMessage(u"draft"_s);
    const auto first = assign(m1, {c1, c2, c2}, 500);
    QVERIFY(first);
    QCOMPARE(
        count(u"SELECT count(*) FROM voucher_cases WHERE voucher_id = %1"_s.arg(first->id)), 2);

    // A case that has a code gets no second one, even together with a case that has none.
    const qint64 m2 = addMessage(u"draft"_s);
    auto again = assign(m2, {c3, c2}, 500);
    QVERIFY(!again);
    QVERIFY2(
        again.error().message.contains(u"Case %1 has the voucher %2 already (message %3)"_s.arg(
            QString::number(c2), first->code, QString::number(m1))),
        qPrintable(again.error().message));
    QCOMPARE(count(u"SELECT count(*) FROM voucher_cases WHERE case_id = %1"_s.arg(c3)), 0);
    QCOMPARE(count(u"SELECT count(*) FROM vouchers WHERE message_id IS NOT NULL"_s), 1);

    // A message carries one code.
    again = assign(m1, {c3}, 500);
    QVERIFY(!again);
    QVERIFY(again.error().message.contains(u"has the voucher %1 already"_s.arg(first->code)));

    const auto second = assign(m2, {c3}, 500);
    QVERIFY(second);
    QVERIFY(second->code != first->code);

    // Nothing for a message that is gone or that left, nor without a case.
    QVERIFY(!assign(999, {addCase()}, 500));
    const auto sent = assign(addMessage(u"sent"_s, now), {addCase()}, 500);
    QVERIFY(!sent);
    QVERIFY(sent.error().message.contains(u"is sent"_s));
    QVERIFY(!assign(addMessage(u"draft"_s), {}, 500));
    // No code is on two messages, no case has two codes.
    QCOMPARE(count(u"SELECT count(*) FROM vouchers WHERE message_id IS NOT NULL"_s), 2);
    QCOMPARE(count(u"SELECT count(DISTINCT message_id) FROM vouchers"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM voucher_cases"_s), 3);
}

void TestVouchers::releasesOnlyWhatNeverLeft()
{
    importPool("code,value,cost,expires\nFIRST,5,2,2026-06-30\nSECOND,5,2,2026-07-31\n");
    const qint64 c1 = addCase();
    const qint64 c2 = addCase();
    const qint64 rejected = addMessage(u"draft"_s);
    const auto given = assign(rejected, {c1, c2}, 500);
    QVERIFY(given);
    QCOMPARE(given->code, u"FIRST"_s);
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"UPDATE messages SET state = 'rejected' WHERE id = %1"_s.arg(rejected)));

    const auto released = release(rejected);
    QVERIFY(released);
    QVERIFY(*released);
    QCOMPARE(count(u"SELECT count(*) FROM vouchers WHERE message_id IS NOT NULL OR assigned_at IS "
                   "NOT NULL"_s),
        0);
    QCOMPARE(count(u"SELECT count(*) FROM voucher_cases"_s), 0);
    QVERIFY(VoucherRepository(m_db).forMessage(rejected)->has_value() == false);
    // Back in the pool: the next message for the same cases gets the same code.
    const qint64 next = addMessage(u"draft"_s);
    const auto again = assign(next, {c1, c2}, 500);
    QVERIFY(again);
    QCOMPARE(again->code, u"FIRST"_s);
    QCOMPARE(VoucherRepository(m_db).forMessage(next)->value().code, u"FIRST"_s);

    // A code that left (or may have) stays used.
    for (const QString &state : {u"sent"_s, u"sending"_s, u"dead"_s}) {
        QVERIFY(q.exec(u"UPDATE messages SET state = '%1' WHERE id = %2"_s.arg(state).arg(next)));
        const auto refused = release(next);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"stays used"_s), qPrintable(state));
        QCOMPARE(count(u"SELECT count(*) FROM vouchers WHERE message_id = %1"_s.arg(next)), 1);
        QCOMPARE(count(u"SELECT count(*) FROM voucher_cases"_s), 2);
    }
    // A message without a code: nothing to give back.
    const auto nothing = release(addMessage(u"suppressed"_s));
    QVERIFY(nothing);
    QVERIFY(!*nothing);
}

void TestVouchers::budgetFigures()
{
    importPool("code,value,cost,expires\n"
               "S1,5,3,\nS2,5,3,\nOLD,5,3,\nD1,5,3,\nQ1,10,4,\nDEAD,5,3,\n"
               "FREE1,5,3,\nFREE2,10,4,2026-12-31\nFREE3,10,4,\nGONE,10,4,2026-05-01\n");
    const auto [monthStart, monthEnd] = std::pair(utc(2026, 5, 1), utc(2026, 6, 1));
    QVERIFY(VoucherRepository(m_db).setMonthlyBudget(1500, u"anna"_s, now));
    struct Given
    {
        QString state;
        std::optional<qint64> sentAt;
        qint64 value;
    };
    // Codes of one value cost the same here: which of them a message gets leaves the sums alone.
    const QList<Given> messages
        = {{u"sent"_s, utc(2026, 5, 2), 500}, {u"sent"_s, utc(2026, 5, 19), 500},
            {u"sent"_s, utc(2026, 4, 30, 23), 500}, {u"draft"_s, std::nullopt, 500},
            {u"queued"_s, std::nullopt, 1000}, {u"dead"_s, std::nullopt, 500}};
    for (const Given &g : messages) {
        const qint64 m = addMessage(u"draft"_s);
        QVERIFY(assign(m, {addCase()}, g.value));
        QSqlQuery q(m_db.connection());
        q.prepare(u"UPDATE messages SET state = ?, sent_at = ? WHERE id = ?"_s);
        q.addBindValue(g.state);
        q.addBindValue(g.sentAt ? QVariant(*g.sentAt) : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(m);
        QVERIFY(q.exec());
    }

    const auto b = VoucherRepository(m_db).budget(monthStart, monthEnd, now);
    QVERIFY(b);
    QCOMPARE(b->budgetCents, 1500);
    QCOMPARE(b->spentCents, 600); // S1 and S2; OLD was sent last month, DEAD never confirmed
    QCOMPARE(b->committedCents, 700); // D1 and Q1
    QCOMPARE(b->remainingCents(), 200);
    QCOMPARE(b->freeCodes, 3);
    QCOMPARE(b->freeByValue, (QMap<qint64, int> {{500, 1}, {1000, 2}}));
    QCOMPARE(b->usedByValue, (QMap<qint64, int> {{500, 5}, {1000, 1}}));
    QCOMPARE(b->expiredCodes, 1);
    QCOMPARE(b->currency, u"EUR"_s);
    QVERIFY(VoucherRepository::allowsAutoApproval(*b, 200));
    QVERIFY(!VoucherRepository::allowsAutoApproval(*b, 300));

    // Next month only what is still committed counts.
    const auto june = VoucherRepository(m_db).budget(monthEnd, utc(2026, 7, 1), utc(2026, 6, 2));
    QVERIFY(june);
    QCOMPARE(june->spentCents, 0);
    QCOMPARE(june->committedCents, 700);

    const auto [start, end] = VoucherRepository::monthAround(now);
    QVERIFY(start <= now && now < end);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(start).date(), QDate(2026, 5, 1));
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(end).date(), QDate(2026, 6, 1));
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(end).time(), QTime(0, 0));
}

void TestVouchers::setsTheBudget()
{
    VoucherRepository vouchers(m_db);
    const auto before = vouchers.budget(utc(2026, 5, 1), utc(2026, 6, 1), now);
    QVERIFY(before);
    QCOMPARE(before->budgetCents, 50000); // the schema's default
    QVERIFY(
        !VoucherRepository::allowsAutoApproval(VoucherBudget {0, 0, 0, 0, {}, {}, 0, u"EUR"_s}, 1));

    const Outcome refused = vouchers.setMonthlyBudget(-1, u"anna"_s, now);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.startsWith(u"budget: "_s));
    QVERIFY(vouchers.setMonthlyBudget(30000, u"anna"_s, now));
    QCOMPARE(vouchers.budget(utc(2026, 5, 1), utc(2026, 6, 1), now)->budgetCents, 30000);
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT actor, action, entity, detail FROM audit_log ORDER BY id"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"anna"_s);
    QCOMPARE(q.value(1).toString(), u"changed"_s);
    QCOMPARE(q.value(2).toString(), u"setting"_s);
    QCOMPARE(q.value(3).toString(), u"apology.voucher_budget_cents: 50000 -> 30000"_s);
    QVERIFY(!q.next());
}

void TestVouchers::listsCodesWithTheirCustomers()
{
    importPool("code,value,cost,expires\nB,5,2,2026-09-30\nA,5,2,2026-08-31\nC,5,2,\n");
    const qint64 c1 = addCase();
    const qint64 c2 = addCase();
    const qint64 m = addMessage(u"queued"_s);
    QVERIFY(assign(m, {c1, c2}, 500));
    VoucherRepository vouchers(m_db);

    const auto free = vouchers.list(VoucherRepository::Filter::Free);
    QVERIFY(free);
    QCOMPARE(free->size(), 2);
    QCOMPARE(free->at(0).voucher.code, u"B"_s); // the order they will be given
    QCOMPARE(free->at(1).voucher.code, u"C"_s);
    QVERIFY(!free->at(0).messageId);
    QCOMPARE(free->at(0).source, u"pool.csv:2"_s);

    const auto used = vouchers.list(VoucherRepository::Filter::Used);
    QVERIFY(used);
    QCOMPARE(used->size(), 1);
    const VoucherListEntry &e = used->first();
    QCOMPARE(e.voucher.code, u"A"_s);
    QCOMPARE(e.messageId.value_or(0), m);
    QCOMPARE(e.messageState.value_or(MessageState::Draft), MessageState::Queued);
    QCOMPARE(e.customerId, m_customer);
    QCOMPARE(e.customerName, u"Jürgen Weiß"_s);
    QCOMPARE(e.assignedAtMs.value_or(0), now);
    QCOMPARE(e.caseIds, (QList<qint64> {c1, c2}));

    QCOMPARE(vouchers.list(VoucherRepository::Filter::All)->size(), 3);
    QCOMPARE(vouchers.list(VoucherRepository::Filter::All, 1)->size(), 1);
}

QTEST_GUILESS_MAIN(TestVouchers)
#include "tst_vouchers.moc"
