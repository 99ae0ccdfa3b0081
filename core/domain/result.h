#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace ParcelDesk {

// What went wrong, in words a user can act on: which file, line or field, and why.
struct Error
{
    QString message;
};

// A value or an Error; errors are values, never exceptions (STYLE.md, Threads).
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_value(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &std::get<T>(m_value); }
    const Error &error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

// For operations that return nothing on success.
struct Done
{
};
using Outcome = Result<Done>;

} // namespace ParcelDesk
