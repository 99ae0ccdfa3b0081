#include "migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

QList<Migration> readMigrations(const QString &folder)
{
    QList<Migration> list;
    const QDir dir(folder);
    static const QRegularExpression pattern(u"^(\\d{3})_([a-z0-9_]+)\\.sql$"_s);
    const QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        list.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(list.begin(), list.end(),
        [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

} // namespace

QList<Migration> builtinMigrations(SqlDialect dialect)
{
    static const QList<Migration> sqlite = readMigrations(u":/sql"_s);
    static const QList<Migration> postgres = readMigrations(u":/sql/pg"_s);
    return dialect == SqlDialect::Postgres ? postgres : sqlite;
}

int latestSchemaVersion()
{
    const auto migrations = builtinMigrations();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

} // namespace ParcelDesk
