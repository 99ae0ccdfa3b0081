#include "buildinfo.h"
#include "carriersandbox.h"
#include "connectdialog.h"
#include "diagnostics/diagnostics.h"
#include "diagnostics/logfile.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "models/shipmenttablemodel.h"
#include "overviewpage.h"
#include "reportspage.h"
#include "settingspage.h"
#include "shipmentspage.h"
#include "store/database.h"
#include "store/migrations.h"
#include "wismopage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::Console)
};

// Milliseconds since this process started, from the kernel's own record of the start.
double msSinceProcessStart()
{
    QFile stat(u"/proc/self/stat"_s);
    QFile uptime(u"/proc/uptime"_s);
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name (which may hold spaces) start past its closing parenthesis;
    // the start time is field 22, the 20th after it.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble();
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (upSeconds - startTicks / ticks) * 1000.0;
}

double residentMegabytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// Notes the moment the main window first paints.
class FirstPaint final : public QObject
{
public:
    using QObject::QObject;
    double atMs = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && atMs < 0)
            atMs = msSinceProcessStart();
        return QObject::eventFilter(watched, event);
    }
};

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + u"/parceldesk.sqlite"_s;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"ParcelDesk"_s);
    QApplication::setOrganizationName(u"ParcelDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(PARCELDESK_VERSION));
    ParcelDesk::Diagnostics::setBuild(QStringLiteral(PARCELDESK_VERSION),
        QStringLiteral(PARCELDESK_COMMIT), QStringLiteral(PARCELDESK_BUILD));
    ParcelDesk::LogFile::install(ParcelDesk::LogFile::standardFolder(), u"parceldesk.log"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("The operations console for post-purchase logistics."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(u"db"_s,
        Tr::tr("The database to open: a file, or a team's PostgreSQL database as "
               "postgresql://user@host:port/dbname (the password comes from the keychain or "
               "PGPASSFILE, never from the command line). Without it, the one used last."),
        u"file-or-url"_s);
    const QCommandLineOption language(
        u"language"_s, Tr::tr("The language of the console: de or en."), u"code"_s);
    const QCommandLineOption screenshot(u"screenshot"_s,
        Tr::tr("Save a PNG of the main window once it has loaded, then exit."), u"file"_s);
    const QCommandLineOption sandbox(u"sandbox"_s,
        Tr::tr("Poll an in-process carrier sandbox instead of the carriers (for demonstrations)."));
    const QCommandLineOption sandboxSpeed(u"sandbox-speed"_s,
        Tr::tr("With --sandbox: virtual seconds per real second of its parcels."), u"factor"_s,
        u"600"_s);
    const QCommandLineOption noPolling(
        u"no-polling"_s, Tr::tr("Do not poll the carriers when the console starts."));
    const QCommandLineOption page(u"page"_s,
        Tr::tr("The page to open: overview, shipments, problems, wismo, returns, apologies, "
               "reports, carriers or settings."),
        u"name"_s);
    const QCommandLineOption measure(u"measure-startup"_s,
        Tr::tr("For the benchmark: print the time to the first paint and the memory in use once "
               "the Overview and the Shipments page have their data, as JSON, then exit."));
    const QCommandLineOption search(u"search"_s,
        Tr::tr("Open the WISMO desk searching for this (an order or tracking number, e-mail, "
               "phone number, postcode or name), e.g. from the phone system for a caller."),
        u"text"_s);
    parser.addOptions(
        {db, language, screenshot, sandbox, sandboxSpeed, noPolling, page, measure, search});
    parser.process(app);

    // The command line wins over the language chosen in Settings, which wins over the system's.
    const QString chosen = parser.isSet(language) ? parser.value(language)
                                                  : ParcelDesk::SettingsPage::savedLanguage();
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    QLocale::setDefault(locale);
    ParcelDesk::installTranslations(locale);

    const QString path = parser.isSet(db)
        ? parser.value(db)
        : QSettings().value(u"database/location"_s, defaultDatabasePath()).toString();
    // An older database is upgraded first; on a large one that takes a while, so the user sees
    // it happen and may cancel (the file then stays as it was).
    const int stored = ParcelDesk::Database::storedSchemaVersion(path);
    const int latest = ParcelDesk::latestSchemaVersion();
    if (stored > 0 && stored < latest) {
        QProgressDialog progress(Tr::tr("Upgrading the database %1 for this version of "
                                        "ParcelDesk (schema %2 to %3). On a large database this "
                                        "takes a minute or two.")
                                     .arg(QDir::toNativeSeparators(path))
                                     .arg(stored)
                                     .arg(latest),
            Tr::tr("Cancel"), 0, 0);
        progress.setWindowTitle(Tr::tr("ParcelDesk"));
        progress.setMinimumDuration(0);
        progress.setWindowModality(Qt::ApplicationModal);
        std::atomic_bool cancel = false;
        QObject::connect(&progress, &QProgressDialog::canceled, [&cancel] { cancel = true; });
        QFutureWatcher<QString> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(QtConcurrent::run([&path, &cancel] {
            const auto upgraded = ParcelDesk::Database::open(path, &cancel);
            return upgraded ? QString() : upgraded.error().message;
        }));
        progress.show();
        if (!watcher.isFinished())
            loop.exec();
        progress.hide();
        // A cancel that came after the commit changed nothing: the upgrade is done.
        if (const QString error = watcher.result(); !error.isEmpty()) {
            const QString message
                = cancel ? Tr::tr("The upgrade was cancelled; %1 is as it was.").arg(path) : error;
            if (parser.isSet(screenshot))
                std::fprintf(stderr, "%s\n", qPrintable(message));
            else if (cancel)
                QMessageBox::information(nullptr, Tr::tr("ParcelDesk"), message);
            else
                QMessageBox::critical(
                    nullptr, Tr::tr("ParcelDesk cannot open the database"), message);
            return 1;
        }
    }
    auto database = ParcelDesk::Database::open(path);
    // A team database that cannot be reached or wants a password: the user may correct the
    // details or type the password.
    const bool interactive = !parser.isSet(screenshot) && !parser.isSet(measure);
    if (!database && interactive && ParcelDesk::ServerLocation::isServerUrl(path)) {
        ParcelDesk::ConnectDialog dialog;
        if (const auto parsed = ParcelDesk::ServerLocation::parse(path))
            dialog.setLocation(*parsed);
        dialog.setError(database.error().message);
        if (dialog.exec() != QDialog::Accepted)
            return 1;
        database = *dialog.database();
        QSettings().setValue(u"database/location"_s, database->path());
    }
    if (!database) {
        if (parser.isSet(screenshot)) {
            std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        } else {
            QMessageBox::critical(
                nullptr, Tr::tr("ParcelDesk cannot open the database"), database.error().message);
        }
        return 1;
    }

    qInfo().noquote() << "ParcelDesk" << ParcelDesk::Diagnostics::build() << "started on"
                      << database->displayName();
    ParcelDesk::MainWindow window(*database);
    std::unique_ptr<ParcelDesk::Sandbox::CarrierSandbox> sandboxServer;
    if (parser.isSet(sandbox)) {
        ParcelDesk::Sandbox::CarrierSandbox::Options options;
        bool ok = false;
        options.speed = parser.value(sandboxSpeed).toDouble(&ok);
        if (!ok || options.speed <= 0) {
            std::fprintf(stderr, "%s\n",
                qPrintable(Tr::tr("--sandbox-speed must be a positive number, not \"%1\".")
                               .arg(parser.value(sandboxSpeed))));
            return 2;
        }
        sandboxServer = std::make_unique<ParcelDesk::Sandbox::CarrierSandbox>(options);
        if (sandboxServer->listen() == 0) {
            std::fprintf(stderr, "%s\n",
                qPrintable(Tr::tr("The carrier sandbox cannot listen on 127.0.0.1.")));
            return 1;
        }
        // Faster than real carriers allow, and due times on the sandbox's clock too, so that the
        // demo's parcels come due as fast as their journeys move.
        window.setPollingAccounts(sandboxServer->pollingAccounts(20.0), Tr::tr("sandbox"),
            [server = sandboxServer.get()] { return server->virtualNowMs(); });
        // Late parcels and today's figures by the same clock.
        window.setClock([server = sandboxServer.get()] { return server->virtualNowMs(); });
    }
    if (parser.isSet(page)) {
        static const QStringList pages = {u"overview"_s, u"shipments"_s, u"problems"_s, u"wismo"_s,
            u"returns"_s, u"apologies"_s, u"reports"_s, u"carriers"_s, u"settings"_s};
        const qsizetype index = pages.indexOf(parser.value(page));
        if (index < 0) {
            std::fprintf(stderr, "%s\n",
                qPrintable(Tr::tr("--page must be one of %1, not \"%2\".")
                               .arg(pages.join(u", "_s), parser.value(page))));
            return 2;
        }
        window.showPage(ParcelDesk::MainWindow::Page(index));
    }
    if (parser.isSet(search)) {
        window.showPage(ParcelDesk::MainWindow::WismoPage);
        window.wismoPage()->search(parser.value(search));
    }
    const bool polling = !parser.isSet(noPolling) && window.startPolling();
    FirstPaint firstPaint;
    if (parser.isSet(measure))
        window.installEventFilter(&firstPaint);
    window.show();

    if (parser.isSet(measure)) {
        // Ready when the Overview has its figures and the Shipments table its first rows.
        auto overviewReady = std::make_shared<bool>(false);
        auto shipmentsReady = std::make_shared<bool>(false);
        const auto finish = [&window, &firstPaint, overviewReady, shipmentsReady] {
            if (!*overviewReady || !*shipmentsReady)
                return;
            QTimer::singleShot(200, &window, [&firstPaint] {
                std::printf("{\"first_paint_ms\": %.1f, \"rss_mb\": %.1f, \"ready_ms\": %.1f}\n",
                    firstPaint.atMs, residentMegabytes(), msSinceProcessStart());
                std::fflush(stdout);
                QApplication::exit(0);
            });
        };
        QObject::connect(window.overviewPage(), &ParcelDesk::OverviewPage::refreshed, &window,
            [overviewReady, finish] {
                *overviewReady = true;
                finish();
            });
        QObject::connect(window.shipmentsPage()->model(),
            &ParcelDesk::ShipmentTableModel::rowsArrived, &window, [shipmentsReady, finish] {
                *shipmentsReady = true;
                finish();
            });
        QTimer::singleShot(60'000, &window, [] { QApplication::exit(1); });
    }

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        const auto take = [&window, file] {
            // One more turn of the event loop so everything has repainted.
            QTimer::singleShot(300, &window, [&window, file] {
                const bool saved = window.grab().save(file, "PNG");
                if (!saved)
                    std::fprintf(stderr, "%s\n",
                        qPrintable(Tr::tr("Cannot write the screenshot %1.").arg(file)));
                QApplication::exit(saved ? 0 : 1);
            });
        };
        if (polling) {
            // Once the parcels have moved: after the second run that polled some.
            auto runs = std::make_shared<int>(0);
            QObject::connect(&window, &ParcelDesk::MainWindow::pollRunFinished, &window,
                [take, runs](const ParcelDesk::PollingEngine::Summary &s) {
                    if (s.shipments > 0 && ++*runs == 2)
                        take();
                });
            // No account after all: the window as it is.
            QObject::connect(
                &window, &ParcelDesk::MainWindow::pollingUnavailable, &window, [take] { take(); });
        } else if (parser.isSet(search)) {
            // Once the answer is on show (the search found one order), or the list is.
            QObject::connect(window.wismoPage(), &ParcelDesk::WismoPage::answerShown, &window, take,
                Qt::SingleShotConnection);
            QObject::connect(window.wismoPage(), &ParcelDesk::WismoPage::resultsShown, &window,
                [take](int count) {
                    if (count != 1)
                        take();
                });
        } else if (parser.value(page) == u"reports") {
            // Once the report is built.
            QObject::connect(window.reportsPage(), &ParcelDesk::ReportsPage::built, &window, take,
                Qt::SingleShotConnection);
        } else {
            QObject::connect(&window, &ParcelDesk::MainWindow::shipmentCountShown, &window, take,
                Qt::SingleShotConnection);
        }
        QTimer::singleShot(60'000, &window, [] {
            std::fprintf(stderr, "%s\n",
                qPrintable(Tr::tr("The console did not finish loading within 60 s.")));
            QApplication::exit(1);
        });
    }
    const int code = QApplication::exec();
    qInfo().noquote() << "ParcelDesk ended with exit code" << code;
    // Work still running on pool threads reads the database: let it end before the database goes.
    QThreadPool::globalInstance()->waitForDone();
    database->releaseConnection();
    return code;
}
