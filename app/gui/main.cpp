#include "buildinfo.h"
#include "carriersandbox.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "store/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::Console)
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

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("The operations console for post-purchase logistics."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(u"db"_s, Tr::tr("The database file to open."), u"file"_s);
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
    parser.addOptions({db, language, screenshot, sandbox, sandboxSpeed, noPolling, page});
    parser.process(app);

    const QLocale locale = parser.isSet(language) ? QLocale(parser.value(language)) : QLocale();
    QLocale::setDefault(locale);
    ParcelDesk::installTranslations(locale);

    const QString path = parser.isSet(db) ? parser.value(db) : defaultDatabasePath();
    const auto database = ParcelDesk::Database::open(path);
    if (!database) {
        if (parser.isSet(screenshot)) {
            std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        } else {
            QMessageBox::critical(
                nullptr, Tr::tr("ParcelDesk cannot open the database"), database.error().message);
        }
        return 1;
    }

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
    const bool polling = !parser.isSet(noPolling) && window.startPolling();
    window.show();

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
    database->releaseConnection();
    return code;
}
