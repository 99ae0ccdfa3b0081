#include "ctlcommands.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"parceldeskctl"_s);
    QCoreApplication::setOrganizationName(u"ParcelDesk"_s);

    QTranslator translator;
    if (translator.load(QLocale(), u"parceldesk"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);

    return ParcelDesk::CtlCommands::run(QCoreApplication::arguments());
}
