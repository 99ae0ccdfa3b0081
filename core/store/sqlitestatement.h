#pragma once

#include <QString>
#include <QStringView>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace ParcelDesk {

// A prepared statement on SQLite's own API, for the write paths where Qt's per-row
// overhead would cost more than the insert itself. Not copyable; finalizes on destruction.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, QStringView sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;

    bool isValid() const { return m_stmt != nullptr; }
    QString prepareError() const { return m_prepareError; }

    // Parameters are 1-based, as in SQLite. Text is copied by SQLite (SQLITE_TRANSIENT).
    void bind(int index, qint64 value);
    void bind(int index, QStringView text);
    void bind(int index, const std::optional<qint64> &value);
    // Text that outlives the statement's next reset (static tables): SQLite does not copy it.
    void bindStatic(int index, QStringView text);
    void bindNull(int index);

    // Runs the statement; true when it returned a row (step again for the next).
    // A failed step sets error() and returns false.
    bool step();
    void reset();
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    qint64 columnInt64(int column) const;
    QString columnText(int column) const;
    // The text in SQLite's buffer: valid until the next step or reset of this statement.
    QStringView columnView(int column) const;
    bool columnIsNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_prepareError;
    QString m_error;
};

// Runs a statement that returns nothing; returns the error text, empty on success.
QString sqliteExec(sqlite3 *db, const char *sql);

} // namespace ParcelDesk
