#pragma once

#include <QMetaType>
#include <QVariant>

#include <optional>

namespace ParcelDesk::SqlValues {

// An optional value as a bind value: NULL of the column's type when empty.
template<typename T>
QVariant bindable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}

// A column that may be NULL, read as an optional.
template<typename T>
std::optional<T> optional(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.value<T>();
}

} // namespace ParcelDesk::SqlValues
