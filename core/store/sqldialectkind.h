#pragma once

namespace ParcelDesk {

// The two SQL engines a ParcelDesk store runs on: the embedded SQLite file of one user and
// the PostgreSQL server of a team (sqldialect.h has the spellings that differ).
enum class SqlDialect { Sqlite, Postgres };

} // namespace ParcelDesk
