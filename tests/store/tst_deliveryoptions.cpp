#include "store/contactrepository.h"
#include "store/database.h"
#include "store/deliveryoptionrepository.h"
#include "store/shipmentrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// The carriers' delivery options as stored, and the changes customers ask for among them.
class TestDeliveryOptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void labels_data();
    void labels();
    void requestOnlyWhatTheCarrierOffers_data();
    void requestOnlyWhatTheCarrierOffers();
    void requestsNewestFirst();
    void requestStatesAreClosedOnce();
    void readsOnAGivenConnection();

private:
    void list(qint64 shipmentId, const QString &option, const QString &eligibility);
    qint64 count(const QString &table);

    QTemporaryDir m_dir;
    Database m_db;
    int m_counter = 0;
    qint64 m_shipment = 0;
    qint64 m_other = 0;
};

namespace {
constexpr qint64 t0 = 1'773'300'000'000;
} // namespace

void TestDeliveryOptions::initTestCase()
{
    PARCELDESK_REQUIRE_STORE();
}

void TestDeliveryOptions::init()
{
    const auto db = Database::open(
        TestSupport::storeLocation(m_dir.filePath(u"options%1.sqlite"_s.arg(++m_counter))));
    QVERIFY(db);
    m_db = *db;
    ShipmentRepository shipments(m_db);
    const auto a = shipments.insert(TestSupport::makeShipment(u"270000000303"_s, u"fedex"_s));
    const auto b = shipments.insert(TestSupport::makeShipment(u"270000000404"_s, u"fedex"_s));
    QVERIFY(a && b);
    m_shipment = *a;
    m_other = *b;
    list(m_shipment, u"RESCHEDULE"_s, u"POSSIBLY_ELIGIBLE"_s);
    list(m_shipment, u"REROUTE"_s, u"ELIGIBLE"_s);
    list(m_shipment, u"DISPUTE_DELIVERY"_s, u"INELIGIBLE"_s);
    list(m_shipment, u"LEAVE_WITH_NEIGHBOR"_s, u"POSSIBLY_ELIGIBLE"_s);
    // The other parcel's options are not this one's.
    list(m_other, u"RETURN_TO_SHIPPER"_s, u"POSSIBLY_ELIGIBLE"_s);
}

void TestDeliveryOptions::cleanup()
{
    m_db.releaseConnection();
}

void TestDeliveryOptions::list(qint64 shipmentId, const QString &option, const QString &eligibility)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO delivery_options (shipment_id, option, eligibility, updated_at) "
              "VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(shipmentId);
    q.addBindValue(option);
    q.addBindValue(eligibility);
    q.addBindValue(t0);
    QVERIFY(q.exec());
}

qint64 TestDeliveryOptions::count(const QString &table)
{
    return TestSupport::scalar(m_db, u"SELECT count(*) FROM "_s + table);
}

void TestDeliveryOptions::labels_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("label");
    QTest::newRow("RESCHEDULE") << u"RESCHEDULE"_s << u"Reschedule the delivery"_s;
    QTest::newRow("REDIRECT_TO_HOLD_AT_LOCATION")
        << u"REDIRECT_TO_HOLD_AT_LOCATION"_s << u"Hold at a FedEx location"_s;
    QTest::newRow("REROUTE") << u"REROUTE"_s << u"Deliver to another address"_s;
    QTest::newRow("RETURN_TO_SHIPPER") << u"RETURN_TO_SHIPPER"_s << u"Return to the sender"_s;
    QTest::newRow("INDIRECT_SIGNATURE_RELEASE")
        << u"INDIRECT_SIGNATURE_RELEASE"_s << u"Release without a signature"_s;
    QTest::newRow("DISPUTE_DELIVERY") << u"DISPUTE_DELIVERY"_s << u"Dispute the delivery"_s;
    QTest::newRow("SUPPLEMENT_ADDRESS") << u"SUPPLEMENT_ADDRESS"_s << u"Add to the address"_s;
    QTest::newRow("an option FedEx adds later")
        << u"LEAVE_WITH_NEIGHBOR"_s << u"LEAVE_WITH_NEIGHBOR"_s;
    QTest::newRow("ELIGIBLE") << u"ELIGIBLE"_s << u"Eligible"_s;
    QTest::newRow("POSSIBLY_ELIGIBLE") << u"POSSIBLY_ELIGIBLE"_s << u"Possibly eligible"_s;
    QTest::newRow("INELIGIBLE") << u"INELIGIBLE"_s << u"Not eligible"_s;
    QTest::newRow("an eligibility FedEx adds later") << u"MAYBE"_s << u"MAYBE"_s;
}

void TestDeliveryOptions::labels()
{
    QFETCH(QString, code);
    QFETCH(QString, label);
    const QString option = DeliveryOptionRepository::optionLabel(code);
    const QString eligibility = DeliveryOptionRepository::eligibilityLabel(code);
    // A code is either an option or an eligibility, never both.
    QCOMPARE(option == code ? eligibility : option, label);
    QVERIFY(option == code || eligibility == code);
}

void TestDeliveryOptions::requestOnlyWhatTheCarrierOffers_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<bool>("recorded");
    QTest::addColumn<QString>("mentions"); // in the refusal

    QTest::newRow("possibly eligible") << u"RESCHEDULE"_s << true << QString();
    QTest::newRow("eligible") << u"REROUTE"_s << true << QString();
    QTest::newRow("an option FedEx adds later") << u"LEAVE_WITH_NEIGHBOR"_s << true << QString();
    QTest::newRow("not eligible") << u"DISPUTE_DELIVERY"_s << false
                                  << u"Dispute the delivery (DISPUTE_DELIVERY)"_s;
    QTest::newRow("listed for another parcel only")
        << u"RETURN_TO_SHIPPER"_s << false << u"Return to the sender (RETURN_TO_SHIPPER)"_s;
    QTest::newRow("listed nowhere") << u"MAGIC_CARPET"_s << false << u"MAGIC_CARPET"_s;
}

void TestDeliveryOptions::requestOnlyWhatTheCarrierOffers()
{
    QFETCH(QString, option);
    QFETCH(bool, recorded);
    QFETCH(QString, mentions);
    DeliveryOptionRepository repository(m_db);
    const auto id = repository.request(
        m_shipment, option, u"  Friday after 4 pm "_s, u"alice"_s, std::nullopt, t0 + 1000);
    QCOMPARE(id.ok(), recorded);
    if (!recorded) {
        QVERIFY2(id.error().message.contains(mentions), qPrintable(id.error().message));
        QCOMPARE(count(u"delivery_change_requests"_s), 0);
        QCOMPARE(count(u"audit_log"_s), 0);
        return;
    }
    const QList<DeliveryChangeRequest> requests = repository.requests(m_shipment);
    QCOMPARE(requests.size(), 1);
    const DeliveryChangeRequest &r = requests.first();
    QCOMPARE(r.id, *id);
    QCOMPARE(r.shipmentId, m_shipment);
    QCOMPARE(r.option, option);
    QCOMPARE(r.detail, u"Friday after 4 pm"_s);
    QCOMPARE(r.state, u"requested"_s);
    QCOMPARE(r.requestedAtMs, t0 + 1000);
    QCOMPARE(r.agent, u"alice"_s);
    QVERIFY(!r.contactId);
    QVERIFY(repository.requests(m_other).isEmpty());

    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(
        u"SELECT at, actor, action, entity, entity_id, detail FROM audit_log ORDER BY id"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), t0 + 1000);
    QCOMPARE(q.value(1).toString(), u"alice"_s);
    QCOMPARE(q.value(2).toString(), u"requested"_s);
    QCOMPARE(q.value(3).toString(), u"delivery_change_request"_s);
    QCOMPARE(q.value(4).toLongLong(), *id);
    QCOMPARE(q.value(5).toString(), QString(option + u": Friday after 4 pm"_s));
    QVERIFY(!q.next());
}

void TestDeliveryOptions::requestsNewestFirst()
{
    Contact contact;
    contact.shipmentId = m_shipment;
    contact.channel = u"phone"_s;
    contact.reason = u"delivery_change"_s;
    contact.agent = u"bob"_s;
    contact.atMs = t0;
    const auto contactId = ContactRepository(m_db).insert(contact);
    QVERIFY(contactId);

    DeliveryOptionRepository repository(m_db);
    const auto first
        = repository.request(m_shipment, u"RESCHEDULE"_s, {}, u"bob"_s, *contactId, t0 + 1000);
    const auto second
        = repository.request(m_shipment, u"REROUTE"_s, u"Hauptstr. 5"_s, u"bob"_s, {}, t0 + 3000);
    const auto third = repository.request(m_shipment, u"RESCHEDULE"_s, {}, u"eve"_s, {}, t0 + 2000);
    QVERIFY(first && second && third);
    const QList<DeliveryChangeRequest> requests = repository.requests(m_shipment);
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).id, *second);
    QCOMPARE(requests.at(1).id, *third);
    QCOMPARE(requests.at(2).id, *first);
    QCOMPARE(requests.at(2).contactId, std::optional<qint64>(*contactId));
    QCOMPARE(requests.at(2).detail, QString());

    // Nobody took it, or a contact that does not exist: nothing is stored.
    QVERIFY(!repository.request(m_shipment, u"RESCHEDULE"_s, {}, u" "_s, {}, t0));
    QVERIFY(!repository.request(m_shipment, u"RESCHEDULE"_s, {}, u"bob"_s, 999'999, t0));
    QVERIFY(!repository.request(m_shipment, QString(), {}, u"bob"_s, {}, t0));
    QCOMPARE(count(u"delivery_change_requests"_s), 3);
    QCOMPARE(count(u"audit_log WHERE entity = 'delivery_change_request'"_s), 3);
}

void TestDeliveryOptions::requestStatesAreClosedOnce()
{
    DeliveryOptionRepository repository(m_db);
    const auto id = repository.request(m_shipment, u"RESCHEDULE"_s, {}, u"alice"_s, {}, t0);
    QVERIFY(id);
    QCOMPARE(repository.setRequestState(*id, u"requested"_s, u"alice"_s, t0 + 1).ok(), false);
    QCOMPARE(repository.setRequestState(*id, u"lost"_s, u"alice"_s, t0 + 1).ok(), false);
    QCOMPARE(repository.setRequestState(*id, u"done"_s, QString(), t0 + 1).ok(), false);
    QCOMPARE(repository.setRequestState(999'999, u"done"_s, u"alice"_s, t0 + 1).ok(), false);
    QCOMPARE(count(u"audit_log"_s), 1);

    const Outcome done = repository.setRequestState(*id, u"done"_s, u"carol"_s, t0 + 5000);
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
    QCOMPARE(repository.requests(m_shipment).first().state, u"done"_s);
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT at, actor, action, entity_id, detail FROM audit_log ORDER BY id"_s));
    QVERIFY(q.next() && q.next());
    QCOMPARE(q.value(0).toLongLong(), t0 + 5000);
    QCOMPARE(q.value(1).toString(), u"carol"_s);
    QCOMPARE(q.value(2).toString(), u"done"_s);
    QCOMPARE(q.value(3).toLongLong(), *id);
    QCOMPARE(q.value(4).toString(), u"RESCHEDULE"_s);

    // Closed is closed: it cannot be cancelled afterwards.
    const Outcome again = repository.setRequestState(*id, u"cancelled"_s, u"carol"_s, t0 + 6000);
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(u"Done"_s), qPrintable(again.error().message));
    QCOMPARE(repository.requests(m_shipment).first().state, u"done"_s);
    QCOMPARE(count(u"audit_log"_s), 2);
}

void TestDeliveryOptions::readsOnAGivenConnection()
{
    DeliveryOptionRepository repository(m_db);
    const QList<ListedDeliveryOption> options = repository.options(m_shipment);
    QStringList read;
    for (const ListedDeliveryOption &o : options) {
        QCOMPARE(o.updatedAtMs, t0);
        read << o.option + u'=' + o.eligibility;
    }
    QCOMPARE(read.join(u','),
        u"DISPUTE_DELIVERY=INELIGIBLE,LEAVE_WITH_NEIGHBOR=POSSIBLY_ELIGIBLE,REROUTE=ELIGIBLE,"
        "RESCHEDULE=POSSIBLY_ELIGIBLE"_s);
    QCOMPARE(DeliveryOptionRepository::options(m_db.connection(), m_shipment).size(), 4);
    QCOMPARE(DeliveryOptionRepository::options(m_db.connection(), m_other).size(), 1);
    QVERIFY(DeliveryOptionRepository::options(m_db.connection(), 999'999).isEmpty());
    QVERIFY(repository.request(m_shipment, u"REROUTE"_s, {}, u"alice"_s, {}, t0));
    QCOMPARE(DeliveryOptionRepository::requests(m_db.connection(), m_shipment).size(), 1);
}

QTEST_GUILESS_MAIN(TestDeliveryOptions)
#include "tst_deliveryoptions.moc"
