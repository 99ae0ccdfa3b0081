#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

QString installTranslations(const QLocale &locale)
{
    static QPointer<QTranslator> ours;
    static QPointer<QTranslator> qt;
    auto *app = QCoreApplication::instance();
    for (QTranslator *old : {ours.data(), qt.data()}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }

    const QString language = locale.language() == QLocale::German ? u"de"_s : u"en"_s;
    ours = new QTranslator(app);
    if (ours->load(u":/i18n/parceldesk_"_s + language + u".qm"_s))
        QCoreApplication::installTranslator(ours);
    qt = new QTranslator(app);
    if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}

} // namespace ParcelDesk
