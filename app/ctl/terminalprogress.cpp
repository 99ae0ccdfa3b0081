#include "terminalprogress.h"

#include <QLocale>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

TerminalProgress::TerminalProgress(QString label, FILE *stream)
    : m_label(std::move(label))
    , m_stream(stream)
    , m_interactive(isatty(fileno(stream)) != 0)
{
    m_timer.start();
}

void TerminalProgress::update(qint64 done, qint64 total)
{
    const double fraction = total > 0 ? double(done) / double(total) : 1.0;
    const qint64 elapsed = m_timer.elapsed();
    const QLocale locale;
    const QString counts = locale.toString(done) + u" / "_s + locale.toString(total);
    if (m_interactive) {
        if (elapsed - m_lastDrawMs < 100 && done < total)
            return;
        m_lastDrawMs = elapsed;
        constexpr int width = 30;
        const int filled = int(fraction * width);
        const QString bar = QString(filled, u'#') + QString(width - filled, u'.');
        std::fprintf(m_stream, "\r%s [%s] %3d%%  %s  %.1fs ", qPrintable(m_label), qPrintable(bar),
            int(fraction * 100), qPrintable(counts), double(elapsed) / 1000.0);
    } else {
        const int tenth = int(fraction * 10);
        if (tenth == m_lastTenth)
            return;
        m_lastTenth = tenth;
        std::fprintf(m_stream, "%s %3d%%  %s  %.1fs\n", qPrintable(m_label), tenth * 10,
            qPrintable(counts), double(elapsed) / 1000.0);
    }
    std::fflush(m_stream);
}

void TerminalProgress::finish()
{
    if (m_interactive) {
        std::fputc('\n', m_stream);
        std::fflush(m_stream);
    }
}

} // namespace ParcelDesk
