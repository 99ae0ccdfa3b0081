#include "sqlitestatement.h"

#include <sqlite3.h>

#include <utility>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

SqliteStatement::SqliteStatement(sqlite3 *db, QStringView sql)
    : m_db(db)
{
    if (!db) {
        m_prepareError = u"no database connection"_s;
        return;
    }
    const int rc = sqlite3_prepare16_v3(db, sql.utf16(), static_cast<int>(sql.size() * 2),
        SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(db));
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_prepareError(std::move(other.m_prepareError))
    , m_error(std::move(other.m_error))
{ }

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_prepareError = std::move(other.m_prepareError);
        m_error = std::move(other.m_error);
    }
    return *this;
}

namespace {
// A null QString has no data pointer, and SQLite stores NULL for one; an empty text is meant.
const char16_t emptyText[] = u"";

const void *textData(QStringView text)
{
    return text.isNull() ? static_cast<const void *>(emptyText) : text.utf16();
}
} // namespace

qint64 SqliteStatement::changes() const
{
    return m_db ? sqlite3_changes64(m_db) : 0;
}

void SqliteStatement::bind(int index, qint64 value)
{
    if (!m_stmt)
        return;
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, QStringView text)
{
    if (!m_stmt)
        return;
    sqlite3_bind_text16(
        m_stmt, index, textData(text), static_cast<int>(text.size() * 2), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, const std::optional<qint64> &value)
{
    if (!m_stmt)
        return;
    if (value)
        sqlite3_bind_int64(m_stmt, index, *value);
    else
        sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::bindStatic(int index, QStringView text)
{
    if (!m_stmt)
        return;
    sqlite3_bind_text16(
        m_stmt, index, textData(text), static_cast<int>(text.size() * 2), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index)
{
    if (!m_stmt)
        return;
    sqlite3_bind_null(m_stmt, index);
}

bool SqliteStatement::step()
{
    if (!m_stmt) {
        m_error = m_prepareError;
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

void SqliteStatement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt); // no pointer to a caller's text outlives its step
    m_error.clear();
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqliteStatement::columnText(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    const int bytes = sqlite3_column_bytes16(m_stmt, column);
    return data ? QString::fromUtf16(data, bytes / 2) : QString();
}

QStringView SqliteStatement::columnView(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    const int bytes = sqlite3_column_bytes16(m_stmt, column);
    return data ? QStringView(data, bytes / 2) : QStringView();
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString sqliteExec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return text;
}

} // namespace ParcelDesk
