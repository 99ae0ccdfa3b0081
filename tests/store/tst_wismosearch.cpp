#include "store/database.h"
#include "store/wismosearch.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// The WISMO desk's search box: every way a caller identifies an order finds it, the index
// follows the data through inserts, updates and deletes, and the best match comes first.
class TestWismoSearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void editDistance_data();
    void editDistance();
    void phoneKeys_data();
    void phoneKeys();
    void findsEveryKind_data();
    void findsEveryKind();
    void exactBeforeBeginningBeforeName();
    void parcelWithoutOrder();
    void customerWithoutOrders();
    void typosInNamesAreCorrected();
    void nothingFound();
    void indexFollowsUpdatesAndDeletes();
    void nameSearchNeedsTheWholeQuery();
    void postcodeBeforeOrderNumberBeginnings();

private:
    qint64 addCustomer(const QString &name, const QString &email, const QString &phone,
        const QString &postcode, const QString &city, const QString &language = u"de"_s);
    qint64 addOrder(const QString &number, qint64 customerId, qint64 placedAtMs);
    qint64 addShipment(qint64 orderId, const QString &carrier, const QString &tracking);
    QList<WismoHit> find(const QString &text, int limit = WismoSearch::defaultLimit);

    QTemporaryDir m_dir;
    Database m_db;
    WismoSearch m_search;
    qint64 m_anna = 0;
    qint64 m_annaOrder = 0;
    qint64 m_annaSecondOrder = 0;
    qint64 m_bob = 0;
    qint64 m_bobOrder = 0;
    qint64 m_carl = 0;
    qint64 m_carlOrder = 0;
};

qint64 TestWismoSearch::addCustomer(const QString &name, const QString &email, const QString &phone,
    const QString &postcode, const QString &city, const QString &language)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO customers (name, email, phone, postcode, city, language, created_at) "
              "VALUES (?,?,?,?,?,?,0) RETURNING id"_s);
    for (const QString &v : {name, email, phone, postcode, city, language})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        qFatal("customer: %s", qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

qint64 TestWismoSearch::addOrder(const QString &number, qint64 customerId, qint64 placedAtMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO orders (order_number, customer_id, placed_at) VALUES (?,?,?) "
              "RETURNING id"_s);
    q.addBindValue(number);
    q.addBindValue(customerId);
    q.addBindValue(placedAtMs);
    if (!q.exec() || !q.next())
        qFatal("order: %s", qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

qint64 TestWismoSearch::addShipment(qint64 orderId, const QString &carrier, const QString &tracking)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO shipments (order_id, carrier, tracking_number, shipped_at, created_at) "
              "VALUES (?,?,?,1,1) RETURNING id"_s);
    q.addBindValue(orderId > 0 ? QVariant(orderId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(carrier);
    q.addBindValue(tracking);
    if (!q.exec() || !q.next())
        qFatal("shipment: %s", qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

QList<WismoHit> TestWismoSearch::find(const QString &text, int limit)
{
    const auto hits = m_search.find(m_db.connection(), text, limit);
    if (!hits)
        qFatal("search: %s", qPrintable(hits.error().message));
    return *hits;
}

void TestWismoSearch::initTestCase()
{
    PARCELDESK_REQUIRE_STORE();
    auto db = Database::open(TestSupport::storeLocation(m_dir.filePath(u"wismo.sqlite"_s)));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = *db;
    m_anna = addCustomer(u"Anna Müller"_s, u"Anna.Mueller@mail.example"_s, u"+49 151 2345678"_s,
        u"10115"_s, u"Berlin"_s);
    m_annaOrder = addOrder(u"PD-01000001"_s, m_anna, 1000);
    addShipment(m_annaOrder, u"dhl"_s, u"00340434161094042557"_s);
    addShipment(m_annaOrder, u"dhl"_s, u"00340434161094042564"_s);
    m_annaSecondOrder = addOrder(u"PD-01000002"_s, m_anna, 2000);
    addShipment(m_annaSecondOrder, u"dpd"_s, u"01234567890123"_s);
    m_bob = addCustomer(u"Bob de Vries"_s, u"bob@web.example"_s, u"0031 20 1234567"_s, u"1012 AB"_s,
        u"Amsterdam"_s, u"en"_s);
    m_bobOrder = addOrder(u"#1001"_s, m_bob, 3000);
    addShipment(m_bobOrder, u"ups"_s, u"1Z999AA10123456784"_s);
    m_carl = addCustomer(u"Carl Jørgensen"_s, u"carl@post.example"_s, u"(212) 555-0100"_s,
        u"10001"_s, u"New York"_s, u"en"_s);
    m_carlOrder = addOrder(u"PD-01000010"_s, m_carl, 4000);
    addShipment(m_carlOrder, u"fedex"_s, u"123456789012"_s);
}

void TestWismoSearch::cleanupTestCase()
{
    m_db.releaseConnection();
}

void TestWismoSearch::editDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("expected");
    QTest::newRow("same") << u"muller"_s << u"muller"_s << 2 << 0;
    QTest::newRow("one inserted") << u"mueller"_s << u"muller"_s << 2 << 1;
    QTest::newRow("two swapped") << u"mulelr"_s << u"muller"_s << 2 << 1;
    QTest::newRow("one replaced") << u"schmidt"_s << u"schmitt"_s << 2 << 1;
    QTest::newRow("over max") << u"meier"_s << u"schulz"_s << 2 << 3;
    QTest::newRow("lengths too far") << u"ab"_s << u"abcdef"_s << 1 << 2;
    QTest::newRow("empty") << QString() << u"abc"_s << 3 << 3;
}

void TestWismoSearch::editDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, max);
    QFETCH(int, expected);
    QCOMPARE(WismoSearch::editDistance(a, b, max), expected);
    QCOMPARE(WismoSearch::editDistance(b, a, max), expected);
}

void TestWismoSearch::phoneKeys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("international")
        << u"+49 151 2345678"_s << QStringList {u"491512345678"_s, u"1512345678"_s};
    QTest::newRow("double zero") << u"0049-151/2345678"_s
                                 << QStringList {u"491512345678"_s, u"1512345678"_s};
    QTest::newRow("national") << u"0151 2345678"_s
                              << QStringList {u"01512345678"_s, u"1512345678"_s};
    QTest::newRow("north america")
        << u"+1 (212) 555-0100"_s << QStringList {u"12125550100"_s, u"2125550100"_s};
    QTest::newRow("three-digit code")
        << u"+358 40 1234567"_s << QStringList {u"358401234567"_s, u"401234567"_s};
    QTest::newRow("letters are no phone") << u"PD-0100"_s << QStringList {};
    QTest::newRow("too short") << u"0151"_s << QStringList {};
}

void TestWismoSearch::phoneKeys()
{
    QFETCH(QString, text);
    QFETCH(QStringList, keys);
    QCOMPARE(WismoSearch::phoneKeys(text), keys);
}

void TestWismoSearch::findsEveryKind_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("match");
    QTest::addColumn<bool>("exact");
    QTest::addColumn<QString>("firstOrder");
    using M = WismoHit::Match;
    QTest::newRow("tracking, spaced and lower case")
        << u"00340434 1610 9404 2564"_s << int(M::TrackingNumber) << true << u"PD-01000001"_s;
    QTest::newRow("tracking beginning")
        << u"1z999aa1"_s << int(M::TrackingNumber) << false << u"#1001"_s;
    QTest::newRow("order number with dash")
        << u"pd-01000002"_s << int(M::OrderNumber) << true << u"PD-01000002"_s;
    QTest::newRow("order number without prefix")
        << u"1000002"_s << int(M::OrderNumber) << true << u"PD-01000002"_s;
    QTest::newRow("shop order number") << u"#1001"_s << int(M::OrderNumber) << true << u"#1001"_s;
    QTest::newRow("e-mail in capitals")
        << u"ANNA.MUELLER@MAIL.EXAMPLE"_s << int(M::Email) << true << u"PD-01000002"_s;
    QTest::newRow("e-mail beginning") << u"bob@w"_s << int(M::Email) << false << u"#1001"_s;
    QTest::newRow("phone international")
        << u"+49 151 2345678"_s << int(M::Phone) << true << u"PD-01000002"_s;
    QTest::newRow("phone national")
        << u"0151 2345678"_s << int(M::Phone) << true << u"PD-01000002"_s;
    QTest::newRow("phone stored with 00")
        << u"+31 20 1234567"_s << int(M::Phone) << true << u"#1001"_s;
    QTest::newRow("phone stored national")
        << u"+1 212 555 0100"_s << int(M::Phone) << true << u"PD-01000010"_s;
    QTest::newRow("postcode with space") << u"1012ab"_s << int(M::Postcode) << true << u"#1001"_s;
    QTest::newRow("name") << u"anna müller"_s << int(M::Name) << false << u"PD-01000002"_s;
    QTest::newRow("name without accents")
        << u"Muller"_s << int(M::Name) << false << u"PD-01000002"_s;
    QTest::newRow("name beginning while typing")
        << u"Bob de Vr"_s << int(M::Name) << false << u"#1001"_s;
    QTest::newRow("name and city")
        << u"Müller Berlin"_s << int(M::Name) << false << u"PD-01000002"_s;
}

void TestWismoSearch::findsEveryKind()
{
    QFETCH(QString, text);
    QFETCH(int, match);
    QFETCH(bool, exact);
    QFETCH(QString, firstOrder);
    const QList<WismoHit> hits = find(text);
    QVERIFY2(!hits.isEmpty(), qPrintable(text));
    QCOMPARE(int(hits.front().match), match);
    QCOMPARE(hits.front().exact, exact);
    QCOMPARE(hits.front().orderNumber, firstOrder);
    QVERIFY(!hits.front().corrected);
    QVERIFY(!hits.front().customerName.isEmpty());
    QVERIFY(hits.front().shipmentId > 0);
    QVERIFY(!hits.front().trackingNumber.isEmpty());
}

void TestWismoSearch::exactBeforeBeginningBeforeName()
{
    // A tracking number's exact match names its own parcel, not the order's newest one.
    QList<WismoHit> hits = find(u"00340434161094042557"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].trackingNumber, u"00340434161094042557"_s);
    QCOMPARE(hits[0].parcels, 2);

    // A customer found by e-mail brings her orders, newest first.
    hits = find(u"anna.mueller@mail.example"_s);
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits[0].orderId, m_annaSecondOrder);
    QCOMPARE(hits[1].orderId, m_annaOrder);
    QCOMPARE(hits[0].language, u"de"_s);

    // "PD-0100000" is the beginning of every PD order; the exact one (none) is not there, so
    // all come as beginnings, and a limit holds.
    hits = find(u"PD-0100000"_s, 2);
    QCOMPARE(hits.size(), 2);
    QVERIFY(!hits[0].exact);
    QCOMPARE(int(hits[0].match), int(WismoHit::Match::OrderNumber));
    hits = find(u"PD-01000001"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].orderId, m_annaOrder);
    QVERIFY(hits[0].exact);
    hits = find(u"PD-0100001"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].orderId, m_carlOrder);
    QVERIFY(!hits[0].exact);
}

void TestWismoSearch::parcelWithoutOrder()
{
    const qint64 id = addShipment(0, u"gls"_s, u"ZX81SPECTRUM64"_s);
    const QList<WismoHit> hits = find(u"zx81 spectrum 64"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].orderId, 0);
    QCOMPARE(hits[0].shipmentId, id);
    QCOMPARE(hits[0].carrier, u"gls"_s);
    QCOMPARE(hits[0].parcels, 1);
}

void TestWismoSearch::customerWithoutOrders()
{
    const qint64 id
        = addCustomer(u"Dora Quast"_s, u"dora@mail.example"_s, {}, u"80331"_s, u"München"_s);
    const QList<WismoHit> hits = find(u"quast"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].customerId, id);
    QCOMPARE(hits[0].orderId, 0);
    QCOMPARE(hits[0].shipmentId, 0);
    QCOMPARE(hits[0].city, u"München"_s);
    QCOMPARE(find(u"munchen"_s).size(), 1);
}

void TestWismoSearch::typosInNamesAreCorrected()
{
    for (const QString &typed :
        {u"Anna Mueller"_s, u"anna mulelr"_s, u"Jorgenson"_s, u"Amsterdamm"_s}) {
        const QList<WismoHit> hits = find(typed);
        QVERIFY2(!hits.isEmpty(), qPrintable(typed));
        QVERIFY2(hits.front().corrected, qPrintable(typed));
        QCOMPARE(int(hits.front().match), int(WismoHit::Match::Name));
    }
    // Exact words come before corrected ones.
    addCustomer(u"Anna Mueller"_s, u"other@mail.example"_s, {}, u"20095"_s, u"Hamburg"_s);
    const QList<WismoHit> hits = find(u"Anna Mueller"_s);
    QVERIFY(hits.size() >= 3);
    QCOMPARE(hits[0].customerName, u"Anna Mueller"_s);
    QVERIFY(!hits[0].corrected);
    QCOMPARE(hits[1].customerName, u"Anna Müller"_s);
    QVERIFY(hits[1].corrected);
    // Letters a keyboard may lack are spelled out: Strauss finds Strauß.
    addCustomer(u"Eva Strauß"_s, u"eva@mail.example"_s, {}, u"80331"_s, u"München"_s);
    // (A search that has read the words within the last seconds reads them again a little
    // later; a fresh one at once.)
    WismoSearch fresh;
    const auto found = fresh.find(m_db.connection(), u"eva strauss"_s);
    QVERIFY(found);
    const QList<WismoHit> spelled = *found;
    QCOMPARE(spelled.size(), 1);
    QCOMPARE(spelled[0].customerName, u"Eva Strauß"_s);
    QVERIFY(spelled[0].corrected);
    // Short words are not corrected: "Ann" is no typo of "Anna", and three letters say too little.
    QVERIFY(m_search.corrections(m_db.connection(), u"bob"_s).isEmpty());
}

void TestWismoSearch::nothingFound()
{
    QVERIFY(find(u"Zyxwvu Qponm"_s).isEmpty());
    QVERIFY(find(u"   "_s).isEmpty());
    QVERIFY(find(u"9999999999999999"_s).isEmpty());
}

void TestWismoSearch::indexFollowsUpdatesAndDeletes()
{
    const qint64 id = addCustomer(u"Erik Lund"_s, u"erik@mail.example"_s, u"+46 70 1234567"_s,
        u"11122"_s, u"Stockholm"_s, u"en"_s);
    const qint64 order = addOrder(u"SE-77"_s, id, 5000);
    QCOMPARE(find(u"erik@mail.example"_s).size(), 1);
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"UPDATE customers SET name = 'Erika Lund', email = 'erika@mail.example', "
                   "phone = '+46 70 7654321' WHERE id = %1"_s.arg(id)));
    QVERIFY(find(u"erik@mail.example"_s).isEmpty());
    QCOMPARE(find(u"erika@mail.example"_s).size(), 1);
    QVERIFY(find(u"+46 70 1234567"_s).isEmpty());
    QCOMPARE(find(u"070 7654321"_s).size(), 1);
    QCOMPARE(find(u"Erika"_s).size(), 1);
    QVERIFY(q.exec(u"UPDATE orders SET order_number = 'SE-78' WHERE id = %1"_s.arg(order)));
    QVERIFY(find(u"SE-77"_s).isEmpty());
    QCOMPARE(find(u"se78"_s).size(), 1);
    QVERIFY(q.exec(u"DELETE FROM orders WHERE id = %1"_s.arg(order)));
    QVERIFY(find(u"SE-78"_s).isEmpty());
    QVERIFY(q.exec(u"DELETE FROM customers WHERE id = %1"_s.arg(id)));
    QVERIFY(find(u"erika@mail.example"_s).isEmpty());
    QVERIFY(find(u"Stockholm"_s).isEmpty());
    QCOMPARE(TestSupport::scalar(
                 m_db, u"SELECT count(*) FROM search_keys WHERE ref = %1 AND kind >= 3"_s.arg(id)),
        0);
}

void TestWismoSearch::nameSearchNeedsTheWholeQuery()
{
    // Every word must match: "Anna Amsterdam" is nobody.
    QVERIFY(find(u"Anna Amsterdam"_s).isEmpty());
    // A one-letter word is ignored rather than matching everyone.
    const QList<WismoHit> hits = find(u"Bob d"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].customerName, u"Bob de Vries"_s);
}

void TestWismoSearch::postcodeBeforeOrderNumberBeginnings()
{
    // Orders whose digits begin with a postcode must not hide the customers living there.
    const qint64 far
        = addCustomer(u"Otto Fern"_s, u"otto@mail.example"_s, {}, u"99999"_s, u"Erfurt"_s);
    for (int i = 0; i < 40; ++i)
        addOrder(u"PD-0%1"_s.arg(1011500 + i), far, 6000 + i);
    const QList<WismoHit> hits = find(u"10115"_s);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(int(hits.front().match), int(WismoHit::Match::Postcode));
    QCOMPARE(hits.front().customerName, u"Anna Müller"_s);
    // A name with a postcode is a name and a postcode, not an order number.
    const QList<WismoHit> named = find(u"Müller 10115"_s);
    QVERIFY(!named.isEmpty());
    QCOMPARE(named.front().customerName, u"Anna Müller"_s);
    QVERIFY(std::none_of(named.cbegin(), named.cend(),
        [](const WismoHit &h) { return h.match == WismoHit::Match::OrderNumber; }));
    // The orders are still found by their own numbers.
    QCOMPARE(find(u"PD-01011507"_s).front().orderNumber, u"PD-01011507"_s);
}

QTEST_GUILESS_MAIN(TestWismoSearch)
#include "tst_wismosearch.moc"
