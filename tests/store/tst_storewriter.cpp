#include "store/database.h"
#include "store/shipmentrepository.h"
#include "store/storewriter.h"
#include "store/trackingeventrepository.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;
using TestSupport::makeEvent;
using TestSupport::makeShipment;

class TestStoreWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void storesEventsAndUpdatesShipment();
    void sameEventTwiceIsStoredOnce();
    void sameCodeSameMinuteFromTwoDepotsIsKept();
    void olderEventDoesNotRewindStatus();
    void unmappedEventKeepsStatus();
    void badBatchFailsAloneAndStoresNothing();
    void manyBatchesFromManyThreads();
    void newerEventRevivesTracking();
    void eventWithoutLocationOrText();
    void pollUpdatesScheduleExpireAndRespectTerminal();
    void deliveryOptionsAreReplacedWithEachAnswer();
    void repositoryRoundTrip();

private:
    qint64 addShipment(const QString &number);
    QList<BatchResult> written(const QSignalSpy &spy) const;

    QTemporaryDir m_dir;
    Database m_db;
    int m_counter = 0;
};

void TestStoreWriter::initTestCase()
{
    PARCELDESK_REQUIRE_STORE();
}

void TestStoreWriter::init()
{
    const auto db = Database::open(
        TestSupport::storeLocation(m_dir.filePath(u"writer%1.sqlite"_s.arg(++m_counter))));
    QVERIFY(db);
    m_db = *db;
}

void TestStoreWriter::cleanup()
{
    m_db.releaseConnection();
}

qint64 TestStoreWriter::addShipment(const QString &number)
{
    const auto id = ShipmentRepository(m_db).insert(makeShipment(number));
    return id ? *id : -1;
}

QList<BatchResult> TestStoreWriter::written(const QSignalSpy &spy) const
{
    QList<BatchResult> results;
    for (const auto &args : spy)
        results.append(args.at(0).value<BatchResult>());
    return results;
}

void TestStoreWriter::storesEventsAndUpdatesShipment()
{
    const qint64 id = addShipment(u"00340434161094042557"_s);
    StoreWriter writer(m_db);
    QSignalSpy ok(&writer, &StoreWriter::batchWritten);
    QSignalSpy changed(&writer, &StoreWriter::shipmentsChanged);
    const qint64 t0 = 1'763'100'000'000;
    const quint64 batch = writer.submit({
        makeEvent(id, t0, SubStatus::LabelCreated, u"pre-transit"_s),
        makeEvent(id, t0 + 3'600'000, SubStatus::AcceptanceScan, u"PU"_s),
        makeEvent(id, t0 + 90'000'000, SubStatus::OutForDelivery, u"OD"_s),
        makeEvent(id, t0 + 100'000'000, SubStatus::Delivered, u"DL"_s),
    });
    QVERIFY(writer.waitForIdle(10000));
    QTRY_COMPARE(ok.size(), 1);
    const BatchResult r = written(ok).first();
    QCOMPARE(r.batchId, batch);
    QCOMPARE(r.inserted, 4);
    QCOMPARE(r.duplicates, 0);
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QList<qint64>>(), QList<qint64> {id});

    const auto s = ShipmentRepository(m_db).find(id);
    QVERIFY(s);
    QCOMPARE(s->status.toString(), u"Delivered/Delivered"_s);
    QCOMPARE(s->statusAtMs, t0 + 100'000'000);
    QCOMPARE(s->lastEventAtMs, t0 + 100'000'000);
    QCOMPARE(s->deliveredAtMs, std::optional<qint64>(t0 + 100'000'000));
    QVERIFY(!s->nextPollAtMs); // tracking ends with delivery

    const TrackingEventRepository events(m_db);
    QCOMPARE(events.forShipment(id).size(), 4);
    const auto milestones = events.forShipment(id, TrackingEventRepository::Filter::MilestonesOnly);
    QCOMPARE(milestones.size(), 4); // label, handed over, out for delivery, delivered
    QCOMPARE(milestones.first().carrierCode, u"pre-transit"_s);
    QCOMPARE(milestones.first().utcOffsetMinutes, std::optional<int>(60));
}

void TestStoreWriter::sameEventTwiceIsStoredOnce()
{
    const qint64 id = addShipment(u"1Z999AA10123456784"_s);
    StoreWriter writer(m_db);
    QSignalSpy ok(&writer, &StoreWriter::batchWritten);
    const auto e = makeEvent(id, 1'763'100'000'000, SubStatus::ArrivalScan, u"AR"_s);
    writer.submit({e, e}); // a carrier repeating an identical event in one answer
    writer.submit({e}); // and a re-poll
    QVERIFY(writer.waitForIdle(10000));
    QTRY_COMPARE(ok.size(), 2);
    const auto results = written(ok);
    QCOMPARE(results[0].inserted + results[1].inserted, 1);
    QCOMPARE(results[0].duplicates + results[1].duplicates, 2);
    QCOMPARE(TrackingEventRepository(m_db).countForShipment(id), 1);
}

void TestStoreWriter::sameCodeSameMinuteFromTwoDepotsIsKept()
{
    const qint64 id = addShipment(u"123456789012"_s);
    StoreWriter writer(m_db);
    const qint64 t = 1'763'100'000'000;
    writer.submit({makeEvent(id, t, SubStatus::ArrivalScan, u"AR"_s, u"Memphis, TN"_s),
        makeEvent(id, t, SubStatus::ArrivalScan, u"AR"_s, u"Indianapolis, IN"_s)});
    QVERIFY(writer.waitForIdle(10000));
    QCOMPARE(TrackingEventRepository(m_db).countForShipment(id), 2);
}

void TestStoreWriter::olderEventDoesNotRewindStatus()
{
    const qint64 id = addShipment(u"9400100000000000000000"_s);
    StoreWriter writer(m_db);
    const qint64 t = 1'763'100'000'000;
    writer.submit({makeEvent(id, t + 1000, SubStatus::OutForDelivery, u"OF"_s)});
    QVERIFY(writer.waitForIdle(10000));
    // Late-arriving older scans and a late label record.
    writer.submit({makeEvent(id, t, SubStatus::ArrivalScan, u"10"_s),
        makeEvent(id, t + 2000, SubStatus::LabelCreated, u"GX"_s)});
    QVERIFY(writer.waitForIdle(10000));
    const auto s = ShipmentRepository(m_db).find(id);
    QCOMPARE(s->status.toString(), u"OutForDelivery/OutForDelivery"_s);
    QCOMPARE(s->lastEventAtMs, t + 2000);
    QVERIFY(s->nextPollAtMs);
}

void TestStoreWriter::unmappedEventKeepsStatus()
{
    const qint64 id = addShipment(u"05222222222"_s);
    StoreWriter writer(m_db);
    const qint64 t = 1'763'100'000'000;
    auto unknown = makeEvent(id, t + 5000, SubStatus::InTransit, u"ZZ9"_s);
    unknown.unmapped = true;
    writer.submit({makeEvent(id, t, SubStatus::AcceptanceScan, u"INPICKUP"_s), unknown});
    QVERIFY(writer.waitForIdle(10000));
    const auto s = ShipmentRepository(m_db).find(id);
    QCOMPARE(s->status.toString(), u"InTransit/AcceptanceScan"_s);
    QCOMPARE(s->lastEventAtMs, t + 5000);
    const auto events = TrackingEventRepository(m_db).forShipment(id);
    QCOMPARE(events.size(), 2);
    QVERIFY(events.last().unmapped);
}

void TestStoreWriter::badBatchFailsAloneAndStoresNothing()
{
    const qint64 id = addShipment(u"00340434161094042558"_s);
    StoreWriter writer(m_db);
    QSignalSpy ok(&writer, &StoreWriter::batchWritten);
    QSignalSpy failed(&writer, &StoreWriter::batchFailed);
    const qint64 t = 1'763'100'000'000;
    // Submitted together, so the writer first tries them in one transaction.
    const quint64 good1 = writer.submit({makeEvent(id, t, SubStatus::AcceptanceScan, u"A"_s)});
    const quint64 bad = writer.submit({makeEvent(id, t + 1, SubStatus::ArrivalScan, u"B"_s),
        makeEvent(999'999, t + 2, SubStatus::ArrivalScan, u"C"_s)});
    const quint64 good2 = writer.submit({makeEvent(id, t + 3, SubStatus::DepartureScan, u"D"_s)});
    QVERIFY(writer.waitForIdle(10000));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toULongLong(), bad);
    const QString error = failed.first().at(1).toString();
    QVERIFY2(error.contains(u"999999"_s), qPrintable(error));
    QVERIFY2(error.contains(u"foreign key"_s, Qt::CaseInsensitive), qPrintable(error));
    QTRY_COMPARE(ok.size(), 2);
    QSet<quint64> okIds;
    for (const auto &r : written(ok))
        okIds.insert(r.batchId);
    QCOMPARE(okIds, (QSet<quint64> {good1, good2}));
    const auto events = TrackingEventRepository(m_db).forShipment(id);
    QCOMPARE(events.size(), 2); // B was rolled back with its batch
    QCOMPARE(events[0].carrierCode, u"A"_s);
    QCOMPARE(events[1].carrierCode, u"D"_s);
}

void TestStoreWriter::manyBatchesFromManyThreads()
{
    QList<qint64> ids;
    for (int i = 0; i < 20; ++i)
        ids.append(addShipment(u"GLS%1"_s.arg(i)));
    StoreWriter writer(m_db);
    QSignalSpy ok(&writer, &StoreWriter::batchWritten);
    const qint64 t = 1'763'100'000'000;
    QList<QFuture<void>> producers;
    for (int p = 0; p < 4; ++p) {
        producers.append(QtConcurrent::run([&, p] {
            for (int b = 0; b < 25; ++b) {
                QList<TrackingEvent> batch;
                for (int e = 0; e < 10; ++e)
                    batch.append(
                        makeEvent(ids[(p * 5 + e) % ids.size()], t + p * 1'000'000 + b * 1000 + e,
                            SubStatus::ArrivalScan, u"P%1B%2E%3"_s.arg(p).arg(b).arg(e)));
                writer.submit(batch);
            }
        }));
    }
    for (auto &f : producers)
        f.waitForFinished();
    QVERIFY(writer.waitForIdle(30000));
    QTRY_COMPARE(ok.size(), 100);
    QCOMPARE(TrackingEventRepository(m_db).count(), 1000);
}

void TestStoreWriter::newerEventRevivesTracking()
{
    const qint64 id = addShipment(u"RETURNED-AFTER-DELIVERY"_s);
    StoreWriter writer(m_db);
    const qint64 t = 1'763'100'000'000;
    writer.submit({makeEvent(id, t, SubStatus::Delivered, u"DL"_s)});
    QVERIFY(writer.waitForIdle(10000));
    QVERIFY(!ShipmentRepository(m_db).find(id)->nextPollAtMs);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    writer.submit({makeEvent(id, t + 86'400'000, SubStatus::ReturnToSender, u"RS"_s)});
    QVERIFY(writer.waitForIdle(10000));
    const auto s = ShipmentRepository(m_db).find(id);
    QCOMPARE(s->status.toString(), u"Exception/ReturnToSender"_s);
    QVERIFY(s->nextPollAtMs);
    QVERIFY(*s->nextPollAtMs >= before);
    QCOMPARE(s->deliveredAtMs, std::optional<qint64>(t)); // the delivery happened all the same
}

void TestStoreWriter::eventWithoutLocationOrText()
{
    const qint64 id = addShipment(u"NO-LOCATION"_s);
    StoreWriter writer(m_db);
    QSignalSpy failed(&writer, &StoreWriter::batchFailed);
    TrackingEvent e;
    e.shipmentId = id;
    e.occurredAtMs = 1'763'100'000'000;
    e.carrierCode = u"PU"_s; // no text, no location, no offset: carriers send such events
    e.status = Status::of(SubStatus::AcceptanceScan);
    writer.submit({e, e});
    QVERIFY(writer.waitForIdle(10000));
    QCOMPARE(failed.size(), 0);
    const auto events = TrackingEventRepository(m_db).forShipment(id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().location, QString());
    QVERIFY(!events.first().utcOffsetMinutes);
}

void TestStoreWriter::pollUpdatesScheduleExpireAndRespectTerminal()
{
    const qint64 moving = addShipment(u"POLL-MOVING"_s);
    const qint64 old = addShipment(u"POLL-OLD"_s);
    const qint64 delivered = addShipment(u"POLL-DELIVERED"_s);
    StoreWriter writer(m_db);
    const qint64 t = 1'763'100'000'000;
    writer.submit({makeEvent(moving, t, SubStatus::ArrivalScan, u"AR"_s),
                      makeEvent(delivered, t, SubStatus::Delivered, u"DL"_s)},
        {{moving, t + 4 * 3'600'000LL, t + 86'400'000LL, false},
            {old, std::nullopt, std::nullopt, true},
            {delivered, t + 3'600'000LL, std::nullopt, false}});
    QVERIFY(writer.waitForIdle(10000));
    ShipmentRepository repo(m_db);
    QCOMPARE(repo.find(moving)->nextPollAtMs, std::optional<qint64>(t + 4 * 3'600'000LL));
    QCOMPARE(repo.find(moving)->promisedAtMs, std::optional<qint64>(t + 86'400'000LL));
    QCOMPARE(repo.find(old)->status.toString(), u"Expired/Expired"_s);
    QVERIFY(!repo.find(old)->nextPollAtMs);
    QVERIFY(!repo.find(delivered)->nextPollAtMs); // delivered: never scheduled again
}

void TestStoreWriter::deliveryOptionsAreReplacedWithEachAnswer()
{
    const qint64 a = addShipment(u"270000000303"_s);
    const qint64 b = addShipment(u"270000000304"_s);
    StoreWriter writer(m_db);
    QSignalSpy failed(&writer, &StoreWriter::batchFailed);
    const qint64 t = 1'763'100'000'000;
    // option=eligibility@updated_at, by option.
    const auto stored = [&](qint64 shipmentId) {
        QStringList rows;
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT option, eligibility, updated_at FROM delivery_options "
                  "WHERE shipment_id = ? ORDER BY option"_s);
        q.addBindValue(shipmentId);
        if (!q.exec())
            return QString();
        while (q.next())
            rows << q.value(0).toString() + u'=' + q.value(1).toString() + u'@'
                    + QString::number(q.value(2).toLongLong() - t);
        return rows.join(u',');
    };

    writer.submit({makeEvent(a, t, SubStatus::OutForDelivery, u"OD"_s)},
        {{a, t + 3'600'000LL, std::nullopt, false}}, {},
        {{a, t + 10,
            {{u"RESCHEDULE"_s, u"POSSIBLY_ELIGIBLE"_s}, {u"REROUTE"_s, u"POSSIBLY_ELIGIBLE"_s},
                {u"DISPUTE_DELIVERY"_s, u"INELIGIBLE"_s}}}});
    QVERIFY(writer.waitForIdle(10000));
    QCOMPARE(stored(a),
        u"DISPUTE_DELIVERY=INELIGIBLE@10,REROUTE=POSSIBLY_ELIGIBLE@10,"
        "RESCHEDULE=POSSIBLY_ELIGIBLE@10"_s);

    // An answer that lists none leaves them as they were.
    writer.submit({makeEvent(a, t + 20, SubStatus::ArrivalScan, u"AR"_s)},
        {{a, t + 3'600'000LL, std::nullopt, false}});
    QVERIFY(writer.waitForIdle(10000));
    QCOMPARE(stored(a),
        u"DISPUTE_DELIVERY=INELIGIBLE@10,REROUTE=POSSIBLY_ELIGIBLE@10,"
        "RESCHEDULE=POSSIBLY_ELIGIBLE@10"_s);

    // The next list replaces the old one whole; a repeated option counts once (the last word),
    // and a shipment deleted since the poll costs the batch nothing.
    writer.submit({}, {}, {},
        {{a, t + 30,
             {{u"RESCHEDULE"_s, u"ELIGIBLE"_s}, {u"RETURN_TO_SHIPPER"_s, u"POSSIBLY_ELIGIBLE"_s},
                 {u"RESCHEDULE"_s, u"INELIGIBLE"_s}}},
            {b, t + 30, {{u"REROUTE"_s, u"ELIGIBLE"_s}}},
            {999'999, t + 30, {{u"REROUTE"_s, u"ELIGIBLE"_s}}}});
    QVERIFY(writer.waitForIdle(10000));
    QCOMPARE(stored(a), u"RESCHEDULE=INELIGIBLE@30,RETURN_TO_SHIPPER=POSSIBLY_ELIGIBLE@30"_s);
    QCOMPARE(stored(b), u"REROUTE=ELIGIBLE@30"_s);
    QCOMPARE(stored(999'999), QString());
    QCOMPARE(failed.size(), 0);

    // Options go with their batch: a batch that fails stores none of them.
    const quint64 bad = writer.submit({makeEvent(999'999, t + 40, SubStatus::ArrivalScan, u"C"_s)},
        {}, {}, {{b, t + 40, {{u"RESCHEDULE"_s, u"ELIGIBLE"_s}}}});
    QVERIFY(writer.waitForIdle(10000));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toULongLong(), bad);
    QCOMPARE(stored(b), u"REROUTE=ELIGIBLE@30"_s);
}

void TestStoreWriter::repositoryRoundTrip()
{
    ShipmentRepository repo(m_db);
    Shipment s = makeShipment(u"FX-REUSED"_s, u"fedex"_s);
    s.direction = Direction::Return;
    s.promisedAtMs = 1'763'500'000'000;
    const auto first = repo.insert(s);
    QVERIFY(first);
    s.shippedAtMs += 86'400'000; // the same number, reused for another parcel a day later
    const auto second = repo.insert(s);
    QVERIFY(second);
    const auto found = repo.findByTrackingNumber(u"FX-REUSED"_s);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.first().id, *second); // newest first
    QCOMPARE(found.first().direction, Direction::Return);
    QCOMPARE(found.first().promisedAtMs, s.promisedAtMs);
    QVERIFY(!found.first().deliveredAtMs);
    QCOMPARE(repo.count(), 2);
    QCOMPARE(repo.countWithStatus(StatusTag::Pending), 2);
    QVERIFY(!repo.find(424242));
}

QTEST_GUILESS_MAIN(TestStoreWriter)
#include "tst_storewriter.moc"
