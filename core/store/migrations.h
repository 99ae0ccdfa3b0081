#pragma once

#include <QList>
#include <QString>

namespace ParcelDesk {

// One numbered schema step from resources/sql: NNN_name.sql brings the schema to version NNN.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// The migrations compiled into this program, in version order, numbered 1..N without gaps.
QList<Migration> builtinMigrations();
int latestSchemaVersion();

} // namespace ParcelDesk
