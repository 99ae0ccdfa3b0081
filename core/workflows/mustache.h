#pragma once

#include <map>
#include <string>
#include <vector>

// Mustache rendering (libmstch) behind a small interface of our own: mstch pulls in Boost,
// which neither the rest of the code nor lupdate (which scans every source of the core) should
// have to read. Built as a library of its own.
namespace ParcelDesk::Mustache {

struct Value;
using Map = std::map<std::string, Value>;

// A text, a truth value (for sections), or a list of maps (a repeated section).
struct Value
{
    enum class Kind { Text, Flag, List };
    Kind kind = Kind::Text;
    std::string text;
    bool flag = false;
    std::vector<Map> list;

    Value() = default;
    Value(std::string t)
        : text(std::move(t))
    { }
    Value(bool f)
        : kind(Kind::Flag)
        , flag(f)
    { }
    Value(std::vector<Map> l)
        : kind(Kind::List)
        , list(std::move(l))
    { }
};

// Renders a template; escapeHtml escapes what {{name}} puts in (HTML), else nothing is escaped.
std::string render(const std::string &text, const Map &context, bool escapeHtml);

} // namespace ParcelDesk::Mustache
