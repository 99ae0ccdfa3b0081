#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

namespace ParcelDesk {

// Sentences for a customer in the customer's own language, whatever language the console shows.
// Texts are marked with QT_TRANSLATE_NOOP3("ParcelDesk::CustomerText", …) (or _N for plurals) so
// lupdate collects them into the same catalogue as the console's; CustomerText looks them up in
// the catalogue of its language ("de"; anything else is English, the source language).
class CustomerText
{
public:
    explicit CustomerText(const QString &language);

    QString language() const { return m_language; }
    QLocale locale() const { return m_locale; }

    // The text in this language; %n is replaced with n for plurals.
    QString text(const char *source, const char *disambiguation = nullptr, int n = -1) const;

    // "Tuesday, 24 November" / "Dienstag, 24. November", at the destination's wall-clock time
    // (times passed as local time read as UTC, as the transit model gives them).
    QString day(qint64 localMs) const;
    // A moment: "Tuesday, 24 November, 14:05" in the time zone given (IANA), else UTC.
    QString moment(qint64 utcMs, const QString &timeZone) const;

    static constexpr const char *context = "ParcelDesk::CustomerText";

private:
    QString m_language;
    QLocale m_locale;
    std::shared_ptr<QTranslator> m_translator; // none for English
};

} // namespace ParcelDesk
