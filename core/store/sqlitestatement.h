#pragma once

#include "sqlstatement.h"

#include <QString>
#include <QStringView>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace ParcelDesk {

// A prepared statement on SQLite's own API, for the write paths where Qt's per-row
// overhead would cost more than the insert itself. Not copyable; finalizes on destruction.
class SqliteStatement final : public SqlStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, QStringView sql);
    ~SqliteStatement() override;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;

    bool isValid() const override { return m_stmt != nullptr; }
    QString prepareError() const override { return m_prepareError; }

    // Parameters are 1-based, as in SQLite. Text is copied by SQLite (SQLITE_TRANSIENT).
    void bind(int index, qint64 value) override;
    void bind(int index, QStringView text) override;
    void bind(int index, const std::optional<qint64> &value) override;
    // Text that outlives the statement's next reset (static tables): SQLite does not copy it.
    void bindStatic(int index, QStringView text) override;
    void bindNull(int index) override;

    // Runs the statement; true when it returned a row (step again for the next).
    // A failed step sets error() and returns false.
    bool step() override;
    void reset() override;
    bool failed() const override { return !m_error.isEmpty(); }
    QString error() const override { return m_error; }

    qint64 changes() const override;

    qint64 columnInt64(int column) const override;
    QString columnText(int column) const override;
    // The text in SQLite's buffer: valid until the next step or reset of this statement.
    QStringView columnView(int column) const override;
    bool columnIsNull(int column) const override;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_prepareError;
    QString m_error;
};

// Runs a statement that returns nothing; returns the error text, empty on success.
QString sqliteExec(sqlite3 *db, const char *sql);

} // namespace ParcelDesk
