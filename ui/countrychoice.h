#pragma once

#include <QComboBox>
#include <QLocale>
#include <QString>

namespace ParcelDesk {

// The destination countries a filter offers, as "DE · Germany", each with its code as data.
inline void addDestinationCountries(QComboBox *combo)
{
    using namespace Qt::StringLiterals;
    for (const QString &code :
        {u"AT"_s, u"AU"_s, u"BR"_s, u"CA"_s, u"DE"_s, u"FR"_s, u"NL"_s, u"PL"_s, u"US"_s}) {
        const QLocale locale(QLocale::AnyLanguage, QLocale::codeToTerritory(code));
        combo->addItem(
            u"%1 · %2"_s.arg(code, QLocale::territoryToString(locale.territory())), code);
    }
}

} // namespace ParcelDesk
