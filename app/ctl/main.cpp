#include "buildinfo.h"
#include "ctlcommands.h"
#include "diagnostics/diagnostics.h"
#include "diagnostics/logfile.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"parceldeskctl"_s);
    QCoreApplication::setOrganizationName(u"ParcelDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PARCELDESK_VERSION));
    ParcelDesk::Diagnostics::setBuild(QStringLiteral(PARCELDESK_VERSION),
        QStringLiteral(PARCELDESK_COMMIT), QStringLiteral(PARCELDESK_BUILD));
    // Warnings and errors also go to the log beside the console's; a log that cannot be
    // written leaves them on the terminal only.
    ParcelDesk::LogFile::install(ParcelDesk::LogFile::standardFolder(), u"parceldeskctl.log"_s);

    ParcelDesk::installTranslations(QLocale());

    return ParcelDesk::CtlCommands::run(QCoreApplication::arguments());
}
