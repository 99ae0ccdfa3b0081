#include "customertext.h"

#include <QHash>
#include <QMutex>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

// One catalogue per language for the whole program, loaded on first use.
std::shared_ptr<QTranslator> catalogue(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    const QMutexLocker lock(&mutex);
    if (const auto it = loaded.constFind(language); it != loaded.cend())
        return *it;
    auto translator = std::make_shared<QTranslator>();
    if (!translator->load(u":/i18n/parceldesk_"_s + language + u".qm"_s))
        translator.reset();
    loaded.insert(language, translator);
    return translator;
}

} // namespace

CustomerText::CustomerText(const QString &language)
    : m_language(language.startsWith(u"de"_s, Qt::CaseInsensitive) ? u"de"_s : u"en"_s)
    , m_locale(m_language == u"de"_s ? QLocale(QLocale::German, QLocale::Germany)
                                     : QLocale(QLocale::English, QLocale::UnitedKingdom))
    , m_translator(catalogue(m_language))
{ }

QString CustomerText::text(const char *source, const char *disambiguation, int n) const
{
    QString result;
    if (m_translator)
        result = m_translator->translate(context, source, disambiguation, n);
    if (result.isEmpty()) {
        // English: the catalogue of English supplies plurals; without one, the source is singular.
        if (n >= 0 && m_language == u"en"_s) {
            static const auto english = catalogue(u"en"_s);
            if (english)
                result = english->translate(context, source, disambiguation, n);
        }
        if (result.isEmpty())
            result = QString::fromUtf8(source);
    }
    if (n >= 0)
        result.replace(u"%n"_s, m_locale.toString(n));
    return result;
}

QString CustomerText::day(qint64 localMs) const
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(localMs, Qt::UTC).date();
    return m_locale.toString(date, m_language == u"de"_s ? u"dddd, d. MMMM"_s : u"dddd, d MMMM"_s);
}

QString CustomerText::moment(qint64 utcMs, const QString &timeZone) const
{
    const QTimeZone zone(timeZone.toUtf8());
    const QDateTime at
        = QDateTime::fromMSecsSinceEpoch(utcMs, zone.isValid() ? zone : QTimeZone::utc());
    return m_locale.toString(
        at, m_language == u"de"_s ? u"dddd, d. MMMM, HH:mm 'Uhr'"_s : u"dddd, d MMMM, HH:mm"_s);
}

} // namespace ParcelDesk
