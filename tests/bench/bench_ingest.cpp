// Ingest benchmark: N normalized tracking events through StoreWriter, against the same rows
// inserted with SQLite's C API through one prepared statement in one transaction.
// Usage: bench_ingest [--events N] [--rounds R] [--json FILE]
#include "benchresults.h"
#include "store/database.h"
#include "store/storewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

namespace {

constexpr int eventsPerShipment = 8;
constexpr int eventsPerBatch = 500; // about what one poll cycle of a carrier brings

struct PreparedRow
{
    qint64 shipmentId;
    qint64 occurredAt;
    qint64 offset;
    QByteArray code;
    QByteArray text;
    QByteArray location;
    QByteArray tag;
    QByteArray sub;
    qint64 milestone;
    qint64 identity;
};

std::vector<TrackingEvent> makeEvents(int n)
{
    static constexpr SubStatus journey[eventsPerShipment]
        = {SubStatus::LabelCreated, SubStatus::AcceptanceScan, SubStatus::DepartureScan,
            SubStatus::ArrivalScan, SubStatus::DepartureScan, SubStatus::ArrivalScan,
            SubStatus::OutForDelivery, SubStatus::Delivered};
    static const QString codes[eventsPerShipment]
        = {u"pre-transit"_s, u"PU"_s, u"DP"_s, u"AR"_s, u"DP"_s, u"AR"_s, u"OD"_s, u"DL"_s};
    static const QString hubs[4] = {
        u"Bochum, DE"_s, u"Leipzig/Radefeld, DE"_s, u"Aschheim, DE"_s, u"Hamburg-Allermöhe, DE"_s};
    std::vector<TrackingEvent> events;
    events.reserve(size_t(n));
    // Events arrive interleaved across shipments, as polls of many parcels do.
    const int shipments = (n + eventsPerShipment - 1) / eventsPerShipment;
    for (int step = 0; step < eventsPerShipment; ++step) {
        for (int s = 0; s < shipments && int(events.size()) < n; ++s) {
            TrackingEvent e;
            e.shipmentId = s + 1;
            e.occurredAtMs = 1'763'000'000'000 + qint64(s) * 60'000 + step * 3'600'000LL;
            e.utcOffsetMinutes = 60;
            e.carrierCode = codes[step];
            e.carrierText = u"Die Sendung wurde im Paketzentrum bearbeitet (%1)."_s.arg(step);
            e.location = hubs[(s + step) % 4];
            e.status = Status::of(journey[step]);
            e.relevance = e.status.defaultRelevance();
            events.push_back(std::move(e));
        }
    }
    return events;
}

void addShipments(sqlite3 *db, int count)
{
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db,
        "INSERT INTO shipments (id, carrier, tracking_number, shipped_at, created_at, "
        "next_poll_at) VALUES (?, 'dhl', ?, 1763000000000, 1763000000000, 1763000000000)",
        -1, &st, nullptr);
    for (int i = 1; i <= count; ++i) {
        sqlite3_bind_int(st, 1, i);
        const QByteArray number = "00340434" + QByteArray::number(i).rightJustified(12, '0');
        sqlite3_bind_text(st, 2, number.constData(), int(number.size()), SQLITE_TRANSIENT);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
}

sqlite3 *openRaw(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    // As StoreWriter does: no automatic checkpoint inside the measured commit, so both sides
    // are timed until their events are durable in the write-ahead log.
    sqlite3_exec(db,
        "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0;",
        nullptr, nullptr, nullptr);
    return db;
}

Result<QString> freshDatabase(const QTemporaryDir &dir, const QString &name, int shipments)
{
    const QString path = dir.filePath(name);
    const auto db = Database::open(path);
    if (!db)
        return db.error();
    sqlite3 *raw = openRaw(path);
    addShipments(raw, shipments);
    sqlite3_close(raw);
    return path;
}

double runStore(const QString &path, const std::vector<TrackingEvent> &events)
{
    const auto db = Database::open(path);
    StoreWriter writer(*db);
    // A poller builds its batch and hands it over; building is the poller's work, not the store's.
    std::vector<QList<TrackingEvent>> batches;
    for (size_t i = 0; i < events.size(); i += eventsPerBatch) {
        const auto end = events.begin() + qsizetype(std::min(events.size(), i + eventsPerBatch));
        batches.emplace_back(events.begin() + qsizetype(i), end);
    }
    QElapsedTimer timer;
    timer.start();
    for (QList<TrackingEvent> &batch : batches)
        writer.submit(std::move(batch));
    writer.waitForIdle();
    return double(events.size()) / (double(timer.nsecsElapsed()) / 1e9);
}

double runRaw(const QString &path, const std::vector<PreparedRow> &rows)
{
    sqlite3 *db = openRaw(path);
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db,
        "INSERT INTO tracking_events (shipment_id, occurred_at, utc_offset_min, "
        "carrier_code, carrier_text, location, status_tag, sub_status, milestone, "
        "unmapped, identity, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?) "
        "ON CONFLICT (shipment_id, identity) DO NOTHING",
        -1, &st, nullptr);
    const qint64 now = 1'763'900'000'000;
    for (const PreparedRow &r : rows) {
        sqlite3_bind_int64(st, 1, r.shipmentId);
        sqlite3_bind_int64(st, 2, r.occurredAt);
        sqlite3_bind_int64(st, 3, r.offset);
        sqlite3_bind_text(st, 4, r.code.constData(), int(r.code.size()), SQLITE_STATIC);
        sqlite3_bind_text(st, 5, r.text.constData(), int(r.text.size()), SQLITE_STATIC);
        sqlite3_bind_text(st, 6, r.location.constData(), int(r.location.size()), SQLITE_STATIC);
        sqlite3_bind_text(st, 7, r.tag.constData(), int(r.tag.size()), SQLITE_STATIC);
        sqlite3_bind_text(st, 8, r.sub.constData(), int(r.sub.size()), SQLITE_STATIC);
        sqlite3_bind_int64(st, 9, r.milestone);
        sqlite3_bind_int64(st, 10, r.identity);
        sqlite3_bind_int64(st, 11, now);
        if (sqlite3_step(st) != SQLITE_DONE)
            qFatal("raw insert failed: %s", sqlite3_errmsg(db));
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double rate = double(rows.size()) / (double(timer.nsecsElapsed()) / 1e9);
    sqlite3_close(db);
    return rate;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption eventsOption(u"events"_s, u"Events per round."_s, u"n"_s, u"400000"_s);
    const QCommandLineOption roundsOption(
        u"rounds"_s, u"Rounds; the best of each side counts."_s, u"n"_s, u"3"_s);
    const QCommandLineOption jsonOption(
        u"json"_s, u"Merge the result into this JSON file."_s, u"file"_s);
    parser.addOptions({eventsOption, roundsOption, jsonOption});
    parser.process(app);
    const int n = parser.value(eventsOption).toInt();
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    const std::vector<TrackingEvent> events = makeEvents(n);
    std::vector<PreparedRow> rows;
    rows.reserve(events.size());
    for (const TrackingEvent &e : events) {
        rows.push_back({e.shipmentId, e.occurredAtMs, *e.utcOffsetMinutes, e.carrierCode.toUtf8(),
            e.carrierText.toUtf8(), e.location.toUtf8(), tagToString(e.status.tag()).toUtf8(),
            subStatusKey(e.status.subStatus()).toUtf8(),
            e.relevance == Relevance::Milestone ? 1 : 0, e.identity()});
    }
    const int shipments = (n + eventsPerShipment - 1) / eventsPerShipment;

    QTemporaryDir dir;
    double bestStore = 0;
    double bestRaw = 0;
    for (int round = 0; round < rounds; ++round) {
        // Alternate the order so neither side always runs on a warmer cache.
        for (int side = 0; side < 2; ++side) {
            const bool storeSide = (round + side) % 2 == 0;
            const auto path
                = freshDatabase(dir, u"r%1s%2.sqlite"_s.arg(round).arg(side), shipments);
            if (!path)
                qFatal("%s", qPrintable(path.error().message));
            const double rate = storeSide ? runStore(*path, events) : runRaw(*path, rows);
            (storeSide ? bestStore : bestRaw) = std::max(storeSide ? bestStore : bestRaw, rate);
            std::printf(
                "  round %d  %-6s %12.0f events/s\n", round + 1, storeSide ? "store" : "raw", rate);
        }
    }
    Bench::Figure figure {u"ingest_events_per_s"_s, bestStore, u"events/s"_s, bestRaw, 0.5, false,
        u"%1 normalized events through StoreWriter (batches of %2, shipment status "
        "updated) vs. raw sqlite3 prepared INSERT in one transaction; both timed until the events "
        "are "
        "durable in the WAL; best of %3"_s.arg(n)
            .arg(eventsPerBatch)
            .arg(rounds)};
    return Bench::report(figure, parser.value(jsonOption)) ? 0 : 1;
}
