#include "diagnostics.h"

#include "diagnostics/logfile.h"
#include "store/database.h"
#include "store/shipmentrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTimeZone>

#include <libpq-fe.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

struct BuildInfo
{
    QMutex mutex;
    QString version;
    QString commit;
    QString type;
};

BuildInfo &buildInfo()
{
    static BuildInfo info;
    return info;
}

// Bytes in words a person reads at once: "1.4 MB" (decimal, as file managers show them).
QString byteSize(qint64 bytes)
{
    const QLocale c = QLocale::c();
    if (bytes < 1000)
        return c.toString(bytes) + u" bytes"_s;
    static const QStringList units = {u"kB"_s, u"MB"_s, u"GB"_s, u"TB"_s};
    double value = double(bytes) / 1000.0;
    qsizetype unit = 0;
    while (value >= 1000.0 && unit + 1 < units.size()) {
        value /= 1000.0;
        ++unit;
    }
    return c.toString(value, 'f', 1) + u' ' + units.at(unit);
}

QString libpqVersion()
{
    const int v = PQlibVersion(); // 150008 for 15.8
    return u"%1.%2"_s.arg(v / 10000).arg(v % 10000);
}

} // namespace

void Diagnostics::setBuild(const QString &version, const QString &commit, const QString &buildType)
{
    BuildInfo &info = buildInfo();
    const QMutexLocker lock(&info.mutex);
    info.version = version;
    info.commit = commit;
    info.type = buildType;
}

QString Diagnostics::build()
{
    BuildInfo &info = buildInfo();
    const QMutexLocker lock(&info.mutex);
    const QString version
        = info.version.isEmpty() ? QCoreApplication::applicationVersion() : info.version;
    QStringList details;
    if (!info.commit.isEmpty())
        details << u"commit "_s + info.commit;
    if (!info.type.isEmpty())
        details << info.type;
    return details.isEmpty() ? version : version + u" ("_s + details.join(u", "_s) + u')';
}

QString Diagnostics::report(
    const Database &database, const QList<std::pair<QString, QString>> &extra)
{
    QList<std::pair<QString, QString>> lines;
    lines.append({u"ParcelDesk"_s, build()});
    lines.append({u"Qt"_s,
        u"%1 (built with %2)"_s.arg(
            QLatin1StringView(qVersion()), QLatin1StringView(QT_VERSION_STR))});
    lines.append({u"SQLite"_s, QString::fromLatin1(sqlite3_libversion())});
    lines.append({u"libpq"_s, libpqVersion()});
    lines.append({u"System"_s,
        u"%1, kernel %2, %3"_s.arg(QSysInfo::prettyProductName(), QSysInfo::kernelVersion(),
            QSysInfo::currentCpuArchitecture())});
    lines.append({u"Locale"_s,
        u"%1 (languages %2), time zone %3"_s.arg(QLocale().name(),
            QLocale().uiLanguages().join(u", "_s),
            QString::fromUtf8(QTimeZone::systemTimeZoneId()))});
    lines.append(extra);

    if (!database.isValid()) {
        lines.append({u"Database"_s, u"none open"_s});
    } else if (database.isServer()) {
        lines.append({u"Database"_s, u"team database "_s + database.displayName()});
        QSqlQuery q(database.connection());
        if (q.exec(u"SELECT current_setting('server_version'), current_setting('server_encoding'), "
                   "datcollate, pg_database_size(current_database()), current_user "
                   "FROM pg_database WHERE datname = current_database()"_s)
            && q.next()) {
            lines.append({u"Server"_s,
                u"PostgreSQL %1, encoding %2, collation %3"_s.arg(
                    q.value(0).toString(), q.value(1).toString(), q.value(2).toString())});
            lines.append({u"Database size"_s, byteSize(q.value(3).toLongLong())});
            lines.append({u"Signed in as"_s, q.value(4).toString()});
        } else {
            const QString problem = database.connectionProblem();
            lines.append({u"Server"_s,
                u"cannot be read: "_s + (problem.isEmpty() ? q.lastError().text() : problem)});
        }
    } else {
        lines.append({u"Database"_s, QDir::toNativeSeparators(database.path())});
        qint64 bytes = 0;
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            bytes += QFileInfo(database.path() + suffix).size();
        lines.append({u"Database size"_s, byteSize(bytes)});
    }
    if (database.isValid()) {
        const int schema = database.schemaVersion();
        lines.append({u"Schema"_s, schema < 0 ? u"cannot be read"_s : QString::number(schema)});
        const qint64 shipments = ShipmentRepository(database).count();
        lines.append({u"Shipments"_s,
            shipments < 0 ? u"cannot be counted"_s : QLocale::c().toString(shipments)});
    }
    const QString log = LogFile::path();
    lines.append({u"Log"_s, log.isEmpty() ? u"off"_s : QDir::toNativeSeparators(log)});

    QString text;
    for (const auto &[key, value] : std::as_const(lines))
        text += QString(key + u':').leftJustified(18) + value + u'\n';
    return text;
}

} // namespace ParcelDesk
