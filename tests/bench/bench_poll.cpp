// Polling throughput: tracking numbers per second end to end (HTTP + parse + store) through
// PollingEngine against the carrier sandbox with limits off, beside the sandbox's own maximum
// answer rate measured in the same run (the same calls, without parsing or storing).
// Usage: bench_poll [--shipments N] [--json FILE]
#include "benchresults.h"
#include "carriers/carrierregistry.h"
#include "carriersandbox.h"
#include "polling/pollingengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

namespace {

constexpr int perCall = 10; // GLS's maximum
constexpr int inFlight = 16;

QString number(int i)
{
    return u"3%1"_s.arg(i, 10, 10, QChar(u'0'));
}

void addDueShipments(const QString &path, int count)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db,
        "INSERT INTO shipments (carrier, tracking_number, shipped_at, created_at, "
        "next_poll_at) VALUES ('gls', ?, ?, ?, 1)",
        -1, &st, nullptr);
    const qint64 shipped = QDateTime::currentMSecsSinceEpoch() - 86'400'000;
    for (int i = 0; i < count; ++i) {
        const QByteArray n = number(i).toUtf8();
        sqlite3_bind_text(st, 1, n.constData(), int(n.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(st, 2, shipped);
        sqlite3_bind_int64(st, 3, shipped);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
}

// The sandbox answering the same calls with nothing done with the answers.
double sandboxRate(Sandbox::CarrierSandbox &sandbox, int numbers)
{
    QNetworkAccessManager network;
    const CarrierAdapter *gls = carrierAdapter(u"gls");
    // One token, fetched outside the measurement.
    QString token;
    {
        const auto request
            = *gls->buildTokenRequest(sandbox.baseUrl(u"gls"_s), sandbox.credentials());
        QNetworkRequest r(request.url);
        for (const auto &[k, v] : request.headers)
            r.setRawHeader(k, v);
        QNetworkReply *reply = network.sendCustomRequest(r, request.method, request.body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        token = gls->parseTokenResponse({200, {}, reply->readAll()}, 0)->value;
        reply->deleteLater();
    }
    QElapsedTimer timer;
    timer.start();
    int next = 0;
    int running = 0;
    QEventLoop loop;
    std::function<void()> launch = [&] {
        while (running < inFlight && next < numbers) {
            QStringList batch;
            for (int i = 0; i < perCall && next < numbers; ++i)
                batch << number(next++);
            const CarrierRequest request
                = gls->buildRequests(batch, sandbox.baseUrl(u"gls"_s), sandbox.credentials(), token)
                      .first();
            QNetworkRequest r(request.url);
            for (const auto &[k, v] : request.headers)
                r.setRawHeader(k, v);
            QNetworkReply *reply = network.get(r);
            ++running;
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
                (void)reply->readAll();
                reply->deleteLater();
                --running;
                if (next >= numbers && running == 0)
                    loop.quit();
                else
                    launch();
            });
        }
    };
    launch();
    loop.exec();
    return double(numbers) / (double(timer.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption shipmentsOption(
        u"shipments"_s, u"Due shipments."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption jsonOption(
        u"json"_s, u"Merge the result into this JSON file."_s, u"file"_s);
    parser.addOptions({shipmentsOption, jsonOption});
    parser.process(app);
    const int n = parser.value(shipmentsOption).toInt();

    QTemporaryDir dir;
    const QString path = dir.filePath(u"poll.sqlite"_s);
    const auto db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    addDueShipments(path, n);

    Sandbox::CarrierSandbox::Options options;
    options.speed = 3600.0;
    Sandbox::CarrierSandbox sandbox(options);
    if (sandbox.listen() == 0)
        qFatal("the sandbox cannot listen");

    const double baseline = sandboxRate(sandbox, std::min(n, 20'000));
    std::printf("  sandbox alone   %10.0f numbers/s\n", baseline);

    QNetworkAccessManager network;
    NetworkCarrierTransport transport(&network, 30'000);
    StoreWriter writer(*db);
    PollingEngine engine(*db, writer, transport);
    PollingEngine::Account account;
    account.adapter = carrierAdapter(u"gls");
    account.baseUrl = sandbox.baseUrl(u"gls"_s);
    account.credentials = sandbox.credentials();
    account.limits = CarrierLimits {perCall, 1e9, 0}; // limits off: the measure is our own cost
    account.maxInFlight = inFlight;
    engine.addAccount(account);
    std::optional<PollingEngine::Summary> summary;
    QObject::connect(&engine, &PollingEngine::finished, [&](const PollingEngine::Summary &s) {
        summary = s;
        QCoreApplication::quit();
    });
    QElapsedTimer timer;
    timer.start();
    QTimer::singleShot(0, &engine, [&] { engine.pollOnce(n); });
    QCoreApplication::exec();
    writer.waitForIdle();
    const double rate = double(n) / (double(timer.nsecsElapsed()) / 1e9);
    std::printf("  engine          %10.0f numbers/s (%d calls, %d new events, %d errors)\n", rate,
        summary ? summary->requests : 0, summary ? summary->newEvents : 0,
        summary ? int(summary->errorsByKind.size()) : -1);
    db->releaseConnection();

    Bench::Figure figure {u"poll_throughput"_s, rate, u"numbers/s"_s, baseline, 2000, true,
        u"%1 due GLS shipments through PollingEngine (HTTP to the sandbox, parse, store; limits "
        "off, %2 numbers per call, %3 calls in flight) vs. the sandbox answering the same kind "
        "of calls with nothing parsed or stored"_s.arg(n)
            .arg(perCall)
            .arg(inFlight)};
    return Bench::report(figure, parser.value(jsonOption)) ? 0 : 1;
}
