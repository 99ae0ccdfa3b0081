#include "ctlcommands.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"parceldeskctl"_s);
    QCoreApplication::setOrganizationName(u"ParcelDesk"_s);

    ParcelDesk::installTranslations(QLocale());

    return ParcelDesk::CtlCommands::run(QCoreApplication::arguments());
}
