#pragma once

#include <QElapsedTimer>
#include <QString>

#include <cstdio>

namespace ParcelDesk {

// A progress bar on stderr: redrawn in place on a terminal, a line per tenth otherwise (logs).
class TerminalProgress
{
public:
    explicit TerminalProgress(QString label, FILE *stream = stderr);

    void update(qint64 done, qint64 total);
    void finish();

private:
    QString m_label;
    FILE *m_stream;
    bool m_interactive;
    int m_lastTenth = -1;
    qint64 m_lastDrawMs = -1000;
    QElapsedTimer m_timer;
};

} // namespace ParcelDesk
