#include "i18n/customertext.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/returnrepository.h"
#include "testsupport.h"
#include "workflows/returnregistration.h"
#include "workflows/wismowording.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

// The WISMO desk's answer card: everything about an order read in one go, said in the customer's
// language, and the actions that start from it (an update queued once, a return).
class TestWismoAnswer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void customerTextFollowsTheLanguage();
    void answerHoldsTheWholeOrder();
    void returnsComeLastInTheirOwnWords();
    void wordsFitTheParcel_data();
    void wordsFitTheParcel();
    void toldFirstIsBeforeTheFirstContact();
    void updateIsQueuedOnce();
    void returnStartsOncePerOrder();
    void missingThingsAreSaidSo();

private:
    qint64 orderWith(const QString &condition);
    WismoAnswer answerFor(qint64 orderId);

    QTemporaryDir m_dir;
    Database m_db;
    std::optional<TransitModel> m_transit;
};

namespace {

const qint64 fixedNow
    = QDateTime::fromString(u"2026-11-18T15:30:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();

} // namespace

void TestWismoAnswer::initTestCase()
{
    PARCELDESK_REQUIRE_STORE();
    m_db = TestSupport::seededDatabase(m_dir.filePath(u"wismo.sqlite"_s), 3000, fixedNow);
    m_transit.emplace(TransitModel::learnFrom(m_db, fixedNow - 90 * 86'400'000LL, fixedNow));
}

void TestWismoAnswer::cleanupTestCase()
{
    m_db.releaseConnection();
}

qint64 TestWismoAnswer::orderWith(const QString &condition)
{
    return TestSupport::scalar(m_db,
        u"SELECT coalesce(max(o.id), 0) FROM orders o JOIN customers c ON c.id = o.customer_id "
        "JOIN shipments s ON s.order_id = o.id WHERE "_s
            + condition);
}

WismoAnswer TestWismoAnswer::answerFor(qint64 orderId)
{
    auto answer = WismoAnswerQuery::load(m_db.connection(), orderId, 0, 0, fixedNow);
    if (!answer)
        qFatal("%s", qPrintable(answer.error().message));
    WismoAnswer a = std::move(answer).value();
    predictDeliveries(a, *m_transit);
    return a;
}

void TestWismoAnswer::customerTextFollowsTheLanguage()
{
    const CustomerText german(u"de"_s);
    const CustomerText english(u"en-GB"_s);
    QCOMPARE(german.language(), u"de"_s);
    QCOMPARE(english.language(), u"en"_s);
    QCOMPARE(CustomerText(u"fr"_s).language(), u"en"_s);
    const char *source = QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Out for delivery");
    QCOMPARE(english.text(source), u"Out for delivery"_s);
    QCOMPARE(german.text(source), u"In Zustellung"_s);
    // Dates in the customer's words, whatever the console's language is.
    const qint64 tuesday
        = QDateTime::fromString(u"2026-11-24T00:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();
    QCOMPARE(german.day(tuesday), u"Dienstag, 24. November"_s);
    QCOMPARE(english.day(tuesday), u"Tuesday, 24 November"_s);
    QCOMPARE(german.moment(tuesday + 13 * 3'600'000LL, u"Europe/Berlin"_s),
        u"Dienstag, 24. November, 14:00 Uhr"_s);
}

void TestWismoAnswer::answerHoldsTheWholeOrder()
{
    const qint64 orderId = TestSupport::scalar(m_db,
        u"SELECT order_id FROM shipments WHERE order_id IS NOT NULL AND direction = 'outbound' "
        "GROUP BY order_id HAVING count(*) = 2 ORDER BY order_id DESC LIMIT 1"_s);
    QVERIFY(orderId > 0);
    const WismoAnswer a = answerFor(orderId);
    QCOMPARE(a.orderId, orderId);
    QCOMPARE(a.parcels.size(), 2);
    QVERIFY(a.customer);
    QCOMPARE(a.customer->id,
        TestSupport::scalar(m_db, u"SELECT customer_id FROM orders WHERE id = %1"_s.arg(orderId)));
    QVERIFY(a.parcels[0].detail.facts.shippedAtMs >= a.parcels[1].detail.facts.shippedAtMs);
    for (const WismoAnswer::Parcel &p : a.parcels)
        QVERIFY(!p.detail.events.isEmpty());
    const QString reply = WismoWording::reply(CustomerText(u"en"_s), a);
    QVERIFY(reply.contains(a.orderNumber));
    for (const WismoAnswer::Parcel &p : a.parcels)
        QVERIFY2(reply.contains(p.detail.facts.trackingNumber), qPrintable(reply));
    QVERIFY(reply.contains(u"Parcel 1 of 2"_s));
    QVERIFY(reply.startsWith(u"Dear "_s + a.customer->name + u','));
    const QString german = WismoWording::reply(CustomerText(u"de"_s), a);
    QVERIFY2(german.contains(u"Paket 1 von 2"_s), qPrintable(german));
    QVERIFY(german.startsWith(u"Guten Tag "_s + a.customer->name));
    QVERIFY(WismoWording::subject(CustomerText(u"de"_s), a).contains(a.orderNumber));
}

void TestWismoAnswer::returnsComeLastInTheirOwnWords()
{
    const qint64 orderId = TestSupport::scalar(m_db,
        u"SELECT max(order_id) FROM shipments WHERE direction = 'return' AND delivered_at IS NOT "
        "NULL"_s);
    QVERIFY(orderId > 0);
    const WismoAnswer a = answerFor(orderId);
    QVERIFY(a.parcels.size() >= 2);
    QCOMPARE(a.parcels.back().detail.facts.direction, u"return"_s);
    QCOMPARE(a.outboundParcels(), int(a.parcels.size()) - 1);
    QVERIFY(!a.parcels.back().expected);
    const QString en = WismoWording::reply(CustomerText(u"en"_s), a);
    QVERIFY2(en.contains(
                 u"Your return, tracking number "_s + a.parcels.back().detail.facts.trackingNumber),
        qPrintable(en));
    QVERIFY(en.contains(u"reached us on"_s));
    QVERIFY(WismoWording::reply(CustomerText(u"de"_s), a).contains(u"Ihre Rücksendung"_s));
}

void TestWismoAnswer::wordsFitTheParcel_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("german");
    QTest::addColumn<bool>("expected"); // an expected date is given
    QTest::newRow("on its way") << u"s.status_tag = 'InTransit' AND s.promised_at > %1"_s
                                << u"is on its way with"_s << u"ist unterwegs mit"_s << true;
    QTest::newRow("delivered") << u"s.sub_status = 'Delivered'"_s << u"delivered your parcel on"_s
                               << u"hat Ihr Paket am"_s << false;
    QTest::newRow("label only") << u"s.status_tag = 'InfoReceived'"_s << u"waiting for"_s
                                << u"wartet darauf"_s << true;
    QTest::newRow("back to the sender")
        << u"s.sub_status IN ('ReturnToSender', 'ReturnedToSender')"_s << u"sending it back to us"_s
        << u"zurück"_s << false;
    QTest::newRow("ready for pickup") << u"s.status_tag = 'AvailableForPickup'"_s
                                      << u"ready for you to pick up"_s << u"abholbereit"_s << false;
}

void TestWismoAnswer::wordsFitTheParcel()
{
    QFETCH(QString, condition);
    QFETCH(QString, english);
    QFETCH(QString, german);
    QFETCH(bool, expected);
    const qint64 orderId = orderWith(QString(condition).replace(u"%1"_s, QString::number(fixedNow))
        + u" AND (SELECT count(*) FROM shipments x WHERE x.order_id = o.id) = 1"_s);
    if (orderId == 0)
        QSKIP("The demo data has no such parcel");
    const WismoAnswer a = answerFor(orderId);
    QCOMPARE(a.parcels.size(), 1);
    const QString zone = a.customer->timeZone;
    const QString en = WismoWording::parcelSentence(CustomerText(u"en"_s), a.parcels[0], zone);
    const QString de = WismoWording::parcelSentence(CustomerText(u"de"_s), a.parcels[0], zone);
    QVERIFY2(en.contains(english), qPrintable(en));
    QVERIFY2(de.contains(german), qPrintable(de));
    QCOMPARE(en.contains(u"We expect it on"_s), expected);
    QCOMPARE(a.parcels[0].expected.has_value(), expected);
    QVERIFY(!de.contains(u"We "_s));
}

void TestWismoAnswer::toldFirstIsBeforeTheFirstContact()
{
    // An order whose customer heard from us and called after.
    const qint64 orderId = TestSupport::scalar(m_db,
        u"SELECT coalesce(max(s.order_id), 0) FROM messages m JOIN shipments s ON s.id = "
        "m.shipment_id JOIN contacts c ON c.shipment_id = s.id WHERE m.sent_at < c.occurred_at"_s);
    QVERIFY(orderId > 0);
    const WismoAnswer a = answerFor(orderId);
    QVERIFY(!a.messages.isEmpty());
    QVERIFY(!a.contacts.isEmpty());
    QVERIFY(a.messages.front().proactive);
    QCOMPARE(a.contacts.size(),
        TestSupport::scalar(
            m_db, u"SELECT count(*) FROM contacts WHERE order_id = %1"_s.arg(orderId)));
    for (qsizetype i = 1; i < a.contacts.size(); ++i)
        QVERIFY(a.contacts[i - 1].atMs >= a.contacts[i].atMs);
}

void TestWismoAnswer::updateIsQueuedOnce()
{
    const qint64 orderId = orderWith(u"c.email != '' AND s.status_tag = 'InTransit'"_s);
    const WismoAnswer a = answerFor(orderId);
    const CustomerText text(a.customer->language);
    Message m;
    m.customerId = a.customer->id;
    m.shipmentId = a.parcels.front().detail.facts.id;
    m.language = text.language();
    m.kind = u"wismo_update"_s;
    m.subject = WismoWording::subject(text, a);
    m.body = WismoWording::reply(text, a);
    m.createdAtMs = fixedNow;
    MessageRepository messages(m_db);
    const auto first = messages.queue(m, u"anna"_s);
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    // A second keystroke a minute later queues nothing.
    m.createdAtMs += 60'000;
    const auto second = messages.queue(m, u"anna"_s);
    QVERIFY(!second);
    QVERIFY2(
        second.error().message.contains(u"not queued twice"_s), qPrintable(second.error().message));
    QCOMPARE(TestSupport::scalar(m_db,
                 u"SELECT count(*) FROM messages WHERE customer_id = %1 AND state = 'queued'"_s.arg(
                     m.customerId)),
        1);
    QCOMPARE(
        TestSupport::scalar(m_db,
            u"SELECT count(*) FROM audit_log WHERE entity = 'message' AND entity_id = %1"_s.arg(
                *first)),
        1);
    // After the window it may go again; the answer shows it waiting.
    m.createdAtMs += MessageRepository::repeatWindowMs;
    QVERIFY(messages.queue(m, u"anna"_s));
    const WismoAnswer again = answerFor(orderId);
    QVERIFY(std::any_of(again.messages.cbegin(), again.messages.cend(),
        [](const WismoAnswer::Told &t) { return t.state == u"queued" && !t.proactive; }));
    // Nobody to write to.
    QSqlQuery q(m_db.connection());
    QVERIFY(
        q.exec(u"INSERT INTO customers (name, language, created_at) VALUES ('No Mail', 'en', 0) "
               "RETURNING id"_s));
    QVERIFY(q.next());
    m.customerId = q.value(0).toLongLong();
    const auto none = messages.queue(m, u"anna"_s);
    QVERIFY(!none);
    QVERIFY(none.error().message.contains(u"no e-mail"_s));
}

void TestWismoAnswer::returnStartsOncePerOrder()
{
    const qint64 orderId
        = orderWith(u"o.category = 'fashion' AND s.status_tag = 'Delivered' AND "
                    "s.delivered_at > %1 AND "
                    "NOT EXISTS (SELECT 1 FROM returns r WHERE r.order_id = o.id)"_s.arg(
                        fixedNow - 20 * 86'400'000LL));
    QVERIFY(orderId > 0);
    // The order's first line, all of it: a second return of it is refused.
    const int all = ReturnRepository(m_db).returnableOrder(orderId)->lines.at(0).returnable();
    const auto asked = [&](const QString &reason, const QString &note) {
        ReturnLineRequest line;
        line.reasonCode = reason;
        line.quantity = all;
        return ReturnRegistration::registerReturn(
            m_db, orderId, {line}, note, ReturnResolution::Refund, u"anna"_s, fixedNow);
    };
    const auto wrong = asked(u"defective"_s, {});
    QVERIFY(!wrong);
    QVERIFY2(
        wrong.error().message.contains(u"size_too_small"_s), qPrintable(wrong.error().message));
    const auto registered = asked(u"size_too_small"_s, u"too tight"_s);
    QVERIFY2(registered, registered ? "" : qPrintable(registered.error().message));
    const ReturnCase *started = &registered->ret;
    QVERIFY(started->rma.startsWith(u"R-PD"_s));
    QCOMPARE(started->outcome, ReturnOutcome::Accept); // delivered within the window
    const auto twice = asked(u"quality"_s, {});
    QVERIFY(!twice);
    const WismoAnswer a = answerFor(orderId);
    QCOMPARE(a.returns.size(), 1);
    QCOMPARE(a.returns[0].rma, started->rma);
    QCOMPARE(a.returns[0].customerNote, u"too tight"_s);
}

void TestWismoAnswer::missingThingsAreSaidSo()
{
    QVERIFY(!WismoAnswerQuery::load(m_db.connection(), 99'999'999, 0, 0, fixedNow));
    QVERIFY(!WismoAnswerQuery::load(m_db.connection(), 0, 0, 99'999'999, fixedNow));
    // A customer without orders still has an answer: nothing shipped.
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"INSERT INTO customers (name, email, language, created_at) VALUES "
                   "('Neu Kunde', 'neu@mail.example', 'de', 0) RETURNING id"_s));
    QVERIFY(q.next());
    const auto a
        = WismoAnswerQuery::load(m_db.connection(), 0, 0, q.value(0).toLongLong(), fixedNow);
    QVERIFY(a);
    QVERIFY(a->parcels.isEmpty());
    QVERIFY(WismoWording::reply(CustomerText(u"de"_s), *a).contains(u"noch nicht"_s));
}

QTEST_GUILESS_MAIN(TestWismoAnswer)
#include "tst_wismoanswer.moc"
