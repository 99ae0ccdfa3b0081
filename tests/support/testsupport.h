#pragma once

#include "carriers/trackingnumber.h"
#include "datagen/demodatagenerator.h"
#include "domain/shipment.h"
#include "domain/trackingevent.h"
#include "store/database.h"
#include "store/shipmentrepository.h"
#include "store/storecopy.h"

#include "pgsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QString>

#include <barrier>
#include <functional>
#include <thread>
#include <vector>

namespace ParcelDesk::TestSupport {

inline Shipment makeShipment(
    const QString &trackingNumber, const QString &carrier = QStringLiteral("dhl"))
{
    Shipment s;
    s.carrier = carrier;
    s.trackingNumber = trackingNumber;
    s.service = QStringLiteral("Paket");
    s.originCountry = QStringLiteral("DE");
    s.destinationCountry = QStringLiteral("DE");
    s.destinationPostcode = QStringLiteral("10115");
    s.shippedAtMs = 1'763'000'000'000;
    s.createdAtMs = s.shippedAtMs;
    s.nextPollAtMs = s.shippedAtMs + 3'600'000;
    return s;
}

inline TrackingEvent makeEvent(qint64 shipmentId, qint64 atMs, SubStatus sub, const QString &code,
    const QString &location = QStringLiteral("Bochum, DE"))
{
    TrackingEvent e;
    e.shipmentId = shipmentId;
    e.occurredAtMs = atMs;
    e.utcOffsetMinutes = 60;
    e.carrierCode = code;
    e.carrierText = QStringLiteral("text for ") + code;
    e.location = location;
    e.status = Status::of(sub);
    e.relevance = e.status.defaultRelevance();
    return e;
}

// A DHL SSCC with its GS1 check digit (00340434, 11 digits of n, the check digit): a tracking
// number the importers accept for DHL.
inline QString dhlNumber(qint64 n)
{
    const QString base = QStringLiteral("00340434") + QString::number(n).rightJustified(11, u'0');
    for (int d = 0; d < 10; ++d) {
        const QString candidate = base + QString::number(d);
        if (CheckDigits::gs1Mod10(candidate))
            return candidate;
    }
    qFatal("no check digit for %lld", n);
}

inline QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A demo database of this many parcels ending at nowMs, opened; the test stops if it cannot be.
// In a store test's PostgreSQL variant, the demo file is copied to a fresh server database.
inline Database seededDatabase(const QString &path, qint64 shipments, qint64 nowMs)
{
    DemoSeedOptions options;
    options.shipments = shipments;
    options.nowMs = nowMs;
    if (const auto seeded = DemoDataGenerator::seed(path, options); !seeded)
        qFatal("%s", qPrintable(seeded.error().message));
    auto db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    if (!testsUseServer())
        return *db;
    auto server = Database::open(freshServerDatabase());
    if (!server)
        qFatal("%s", qPrintable(server.error().message));
    if (const auto copied = StoreCopy::copy(*db, *server); !copied)
        qFatal("%s", qPrintable(copied.error().message));
    db->releaseConnection();
    return *server;
}

// Runs work(0) … work(n - 1) on n threads let go at the same moment, as n consoles acting at
// once would; each connects to db before the start and lets its connection go afterwards.
inline void atOnce(const Database &db, int n, const std::function<void(int)> &work)
{
    std::barrier start(n);
    std::vector<std::thread> threads;
    for (int i = 0; i < n; ++i) {
        threads.emplace_back([&, i] {
            db.connection();
            start.arrive_and_wait();
            work(i);
            db.releaseConnection();
        });
    }
    for (std::thread &t : threads)
        t.join();
}

// The first column of the first row of a query that must succeed.
inline qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s", qPrintable(sql));
    return q.value(0).toLongLong();
}

// What a command-line program said and how it ended.
struct ProgramRun
{
    int exitCode = -1; // -1: it crashed
    QString out;
    QString err;
};

// Runs program with arguments as a user would, English texts (LC_ALL=C) and the given user name;
// the test stops if it does not end within the timeout.
inline ProgramRun runProgram(const QString &program, const QStringList &arguments,
    const QString &user = QStringLiteral("tester"), int timeoutMs = 60'000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("USER"), user);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs))
        qFatal("%s did not finish", qPrintable(program));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

} // namespace ParcelDesk::TestSupport
