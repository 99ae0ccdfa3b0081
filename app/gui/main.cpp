#include "buildinfo.h"
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
    parser.addOptions({db, language, screenshot});
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
    window.show();

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QObject::connect(
            &window, &ParcelDesk::MainWindow::shipmentCountShown, &window, [&window, file] {
                // One more turn of the event loop so the status bar has repainted.
                QTimer::singleShot(200, &window, [&window, file] {
                    const bool saved = window.grab().save(file, "PNG");
                    if (!saved)
                        std::fprintf(stderr, "%s\n",
                            qPrintable(Tr::tr("Cannot write the screenshot %1.").arg(file)));
                    QApplication::exit(saved ? 0 : 1);
                });
            });
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
