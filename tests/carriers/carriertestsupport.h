#pragma once

#include "carriers/carrieradapter.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

namespace ParcelDesk::CarrierTestSupport {

// ../shared/carrier-samples beside the project, or empty when this machine has no ../shared.
inline QString sharedSamplesDir()
{
    const QString dir
        = qEnvironmentVariable("PARCELDESK_SHARED_DIR") + QStringLiteral("/carrier-samples");
    return QDir(dir).exists() ? QDir(dir).absolutePath() : QString();
}

// The project's own fixtures: tests/data/carriers.
inline QString fixturesDir()
{
    return QStringLiteral(PARCELDESK_TEST_DATA_DIR) + QStringLiteral("/carriers");
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline CarrierResponse response(const QByteArray &body, int status = 200, HttpHeaders headers = {})
{
    return CarrierResponse {status, std::move(headers), body};
}

} // namespace ParcelDesk::CarrierTestSupport

// Skips the current test with a message when ../shared is not beside the project.
#define PARCELDESK_REQUIRE_SHARED_SAMPLES()                                                        \
    do {                                                                                           \
        if (ParcelDesk::CarrierTestSupport::sharedSamplesDir().isEmpty())                          \
            QSKIP("../shared/carrier-samples is not beside the project; real carrier payloads "    \
                  "are not tested on this machine");                                               \
    } while (false)
