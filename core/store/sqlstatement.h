#pragma once

#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

namespace ParcelDesk {

// A prepared statement on an engine's own client library (SQLite's or libpq), for the write
// paths where Qt's per-row overhead would cost more than the write itself. Parameters are
// 1-based; SQL may number them (?1, ?2) or not (?).
class SqlStatement
{
public:
    SqlStatement() = default;
    virtual ~SqlStatement() = default;
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    virtual bool isValid() const = 0;
    virtual QString prepareError() const = 0;

    virtual void bind(int index, qint64 value) = 0;
    virtual void bind(int index, QStringView text) = 0;
    virtual void bind(int index, const std::optional<qint64> &value) = 0;
    // Text that outlives the statement's next reset: the engine may read it in place.
    virtual void bindStatic(int index, QStringView text) = 0;
    virtual void bindNull(int index) = 0;

    // Runs the statement; true when it returned a row (step again for the next).
    // A failed step sets error() and returns false.
    virtual bool step() = 0;
    virtual void reset() = 0;
    virtual bool failed() const = 0;
    virtual QString error() const = 0;
    // Rows the last run inserted, updated or deleted.
    virtual qint64 changes() const = 0;

    virtual qint64 columnInt64(int column) const = 0;
    virtual QString columnText(int column) const = 0;
    // Valid until the next step or reset of this statement.
    virtual QStringView columnView(int column) const = 0;
    virtual bool columnIsNull(int column) const = 0;
};

} // namespace ParcelDesk
