#pragma once

#include <QStringList>
#include <QStringView>

namespace ParcelDesk {

// Splits a migration script into statements at top-level semicolons. Quotes, "--" and "/* */"
// comments are respected, so a semicolon inside them does not end a statement.
QStringList splitSqlStatements(QStringView script);

} // namespace ParcelDesk
