#pragma once

#include "sqldialectkind.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QString>

namespace ParcelDesk {

// Most statements are written once in SQL that SQLite and PostgreSQL both accept; the few
// spellings that differ come from here.

inline SqlDialect sqlDialectOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? SqlDialect::Postgres : SqlDialect::Sqlite;
}

namespace Sql {

// The values of expr in a group joined by separator (a plain SQL string literal's text).
inline QString groupConcat(
    SqlDialect dialect, const QString &expr, const QString &separator, bool distinct = false)
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

// The key of the advisory lock a write transaction on PostgreSQL takes (the migrations take
// 7170301).
constexpr qint64 writeLockKey = 7'170'302;

// Starts a write transaction on q's connection; on failure q.lastError() says why. Both engines
// let one such transaction write at a time, so that a transaction can look and then write on
// what it saw (the next RMA number, an open case to join, the month's voucher budget):
// - SQLite: BEGIN IMMEDIATE takes the write lock at once, so two writers queue at the start
//   instead of failing at their first write.
// - PostgreSQL: READ COMMITTED does not keep two transactions from seeing the same gap, so the
//   transaction takes a transaction-level advisory lock first; every statement after it sees
//   what the writer before committed. The pollers' StoreWriter does not take it: its inserts
//   are idempotent by their unique keys, and it writes beside the consoles.
inline bool beginWrite(QSqlQuery &q)
{
    if (!q.driver() || q.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        return q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!q.exec(QStringLiteral("BEGIN")))
        return false;
    if (q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(writeLockKey)))
        return true;
    // Through the driver, so that q keeps the lock's error for the caller.
    const_cast<QSqlDriver *>(q.driver())->rollbackTransaction();
    return false;
}

// After a table name in FROM: SQLite reads the table through that index (INDEXED BY), where its
// planner would pick a worse one; PostgreSQL's planner has no such hint (empty).
inline QString indexedBy(SqlDialect dialect, const QString &index)
{
    return dialect == SqlDialect::Postgres ? QString()
                                           : QStringLiteral(" INDEXED BY %1").arg(index);
}

// coalesce(a, b) spelled as an expression index of the schema spells it, so the index serves
// it: SQLite's indexes of schema 7 say ifnull, and SQLite matches an index expression only
// when the function has the same name; PostgreSQL's say coalesce.
inline QString indexedCoalesce(SqlDialect dialect, const QString &a, const QString &b)
{
    return dialect == SqlDialect::Postgres ? QStringLiteral("coalesce(%1, %2)").arg(a, b)
                                           : QStringLiteral("ifnull(%1, %2)").arg(a, b);
}

// A column that SQLite must not read through an index in this condition (SQLite's unary +,
// which PostgreSQL has not for text; its planner chooses by its statistics).
inline QString notThroughIndex(SqlDialect dialect, const QString &column)
{
    return dialect == SqlDialect::Postgres ? column : QStringLiteral("+") + column;
}

// The key column of a temporary table of ids: SQLite's rowid (INTEGER PRIMARY KEY); a 64-bit
// key in PostgreSQL, whose INTEGER has 32 bits.
inline QString idPrimaryKey(SqlDialect dialect)
{
    return dialect == SqlDialect::Postgres ? QStringLiteral("BIGINT PRIMARY KEY")
                                           : QStringLiteral("INTEGER PRIMARY KEY");
}

} // namespace Sql

} // namespace ParcelDesk
