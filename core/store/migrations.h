#pragma once

#include "sqldialectkind.h"

#include <QList>
#include <QString>

namespace ParcelDesk {

// One numbered schema step: NNN_name.sql brings the schema to version NNN. The SQLite steps are
// in resources/sql, the PostgreSQL ones in resources/sql/pg. A version number means the same
// schema in both; PostgreSQL starts with a baseline (013_baseline.sql) that builds everything
// the SQLite steps 1 to 13 built, so a new server database goes from 0 straight to 13.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// The migrations compiled into this program for a dialect, in version order.
QList<Migration> builtinMigrations(SqlDialect dialect = SqlDialect::Sqlite);
// The version the last migration reaches; the same for both dialects.
int latestSchemaVersion();

} // namespace ParcelDesk
