#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>

namespace ParcelDesk {

// The two SQL engines a ParcelDesk store runs on: the embedded SQLite file of one user and
// the PostgreSQL server of a team. Most statements are written once in SQL both accept; the
// few spellings that differ come from here.
enum class SqlDialect { Sqlite, Postgres };

inline SqlDialect sqlDialectOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? SqlDialect::Postgres : SqlDialect::Sqlite;
}

namespace Sql {

// The values of expr in a group joined by separator (a plain SQL string literal's text).
inline QString groupConcat(SqlDialect dialect, const QString &expr, const QString &separator,
    bool distinct = false)
{
    const QString d = distinct ? QStringLiteral("DISTINCT ") : QString();
    if (dialect == SqlDialect::Postgres)
        return QStringLiteral("string_agg(%1CAST(%2 AS text), '%3')").arg(d, expr, separator);
    // SQLite takes no separator beside DISTINCT; its default separator is ','.
    if (distinct && separator == QLatin1String(","))
        return QStringLiteral("group_concat(DISTINCT %1)").arg(expr);
    return QStringLiteral("group_concat(%1%2, '%3')").arg(d, expr, separator);
}

// The larger / smaller of two values (SQLite's two-argument max and min).
inline QString greatest(SqlDialect dialect, const QString &a, const QString &b)
{
    return dialect == SqlDialect::Postgres ? QStringLiteral("GREATEST(%1, %2)").arg(a, b)
                                           : QStringLiteral("max(%1, %2)").arg(a, b);
}

inline QString least(SqlDialect dialect, const QString &a, const QString &b)
{
    return dialect == SqlDialect::Postgres ? QStringLiteral("LEAST(%1, %2)").arg(a, b)
                                           : QStringLiteral("min(%1, %2)").arg(a, b);
}

// A LIKE that ignores the case of ASCII letters, as SQLite's LIKE does.
inline QString likeNoCase(SqlDialect dialect)
{
    return dialect == SqlDialect::Postgres ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

} // namespace Sql

} // namespace ParcelDesk
