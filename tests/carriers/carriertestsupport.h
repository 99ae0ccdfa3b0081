#pragma once

#include "carriers/carrieradapter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTest>

#include <algorithm>
#include <optional>

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

// A carrier's file in the shared samples and in the project's fixtures ("dhl", "ups", ...).
inline QString samplePath(QStringView carrier, const QString &name)
{
    return sharedSamplesDir() + u'/' + carrier + u'/' + name;
}

inline QString fixturePath(QStringView carrier, const QString &name)
{
    return fixturesDir() + u'/' + carrier + u'/' + name;
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

// "shared:<file>" in the shared samples' sharedCarrier folder, "own:<file>" in the fixtures'
// ownCarrier folder, "inline:<body>" as written.
inline bool isShared(const QString &source)
{
    return source.startsWith(QStringLiteral("shared:"));
}

inline QByteArray payload(const QString &source, QStringView sharedCarrier, QStringView ownCarrier)
{
    if (isShared(source))
        return readFile(samplePath(sharedCarrier, source.mid(7)));
    if (source.startsWith(QStringLiteral("own:")))
        return readFile(fixturePath(ownCarrier, source.mid(4)));
    return source.mid(7).toUtf8();
}

// Times as UTC ISO text, to the second; an unset time is empty.
inline QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

inline QString utc(const std::optional<qint64> &ms)
{
    return ms ? utc(*ms) : QString();
}

// The same to the millisecond, for carriers whose times carry them.
inline QString utcWithMs(const std::optional<qint64> &ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODateWithMs)
              : QString();
}

// Every scalar replaced by a value of another type, recursively.
inline QJsonValue scrambled(const QJsonValue &v, int depth)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = scrambled(it.value(), depth + 1);
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = scrambled(a.at(i), depth + 1);
        return a;
    }
    if (v.isString())
        return depth % 2 ? QJsonValue(QJsonArray {1, 2}) : QJsonValue(42);
    return QJsonValue(QStringLiteral("text"));
}

inline bool hasError(const ParseResult &r, CarrierErrorKind kind)
{
    return std::any_of(r.errors.cbegin(), r.errors.cend(),
        [kind](const CarrierError &e) { return e.kind == kind; });
}

inline bool anyErrorMentions(const ParseResult &r, const QString &text)
{
    return std::any_of(r.errors.cbegin(), r.errors.cend(),
        [&text](const CarrierError &e) { return e.message.contains(text); });
}

} // namespace ParcelDesk::CarrierTestSupport

// Skips the current test with a message when ../shared is not beside the project.
#define PARCELDESK_REQUIRE_SHARED_SAMPLES()                                                        \
    do {                                                                                           \
        if (ParcelDesk::CarrierTestSupport::sharedSamplesDir().isEmpty())                          \
            QSKIP("../shared/carrier-samples is not beside the project; real carrier payloads "    \
                  "are not tested on this machine");                                               \
    } while (false)
