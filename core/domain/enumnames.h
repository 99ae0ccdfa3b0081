#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace ParcelDesk {

// The stable names an enum is stored under; the enum's values must be 0..N-1 in table order.
template<typename Enum, size_t N>
struct EnumNames
{
    std::array<const char16_t *, N> names;

    QString toString(Enum value) const
    {
        return QString::fromUtf16(names[static_cast<size_t>(value)]);
    }

    std::optional<Enum> fromString(QStringView text) const
    {
        for (size_t i = 0; i < N; ++i) {
            if (text == QStringView(names[i]))
                return static_cast<Enum>(i);
        }
        return std::nullopt;
    }
};

} // namespace ParcelDesk
