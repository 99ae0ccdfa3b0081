#pragma once

#include <QLocale>

namespace ParcelDesk {

// Installs ParcelDesk's own and Qt's translations for a language on the running application.
// German gets German; every other language gets English, whose catalogue supplies the plural
// forms ("1 shipment", "2 shipments"). Replaces what an earlier call installed.
// Returns the language now in use: "de" or "en".
QString installTranslations(const QLocale &locale);

} // namespace ParcelDesk
