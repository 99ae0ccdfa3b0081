// Child process of tst_crashsafety: writes event batches through StoreWriter until it is killed.
// Usage: crashwriter DB FIRST_BATCH BATCH_SIZE SHIPMENTS
#include "store/database.h"
#include "store/storewriter.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: crashwriter DB FIRST_BATCH BATCH_SIZE SHIPMENTS\n");
        return 2;
    }
    const auto db = Database::open(args[1]);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    const qint64 firstBatch = args[2].toLongLong();
    const int batchSize = args[3].toInt();
    const int shipments = args[4].toInt();
    StoreWriter writer(*db);
    bool announced = false;
    for (qint64 batch = firstBatch;; ++batch) {
        QList<TrackingEvent> events;
        for (int i = 0; i < batchSize; ++i) {
            TrackingEvent e;
            e.shipmentId = 1 + (batch * 7 + i) % shipments;
            e.occurredAtMs = 1'763'000'000'000 + batch * 1000 + i;
            e.carrierCode = u"B%1"_s.arg(batch);
            e.carrierText = u"batch %1 event %2"_s.arg(batch).arg(i);
            e.location = u"Bochum, DE"_s;
            e.status = Status::of(i % 2 ? SubStatus::ArrivalScan : SubStatus::DepartureScan);
            events.append(e);
        }
        writer.submit(events);
        if (batch % 4 == 3) {
            writer.waitForIdle();
            if (!announced) {
                std::printf("ready\n");
                std::fflush(stdout);
                announced = true;
            }
        }
    }
}
