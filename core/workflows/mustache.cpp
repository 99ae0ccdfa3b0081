#include "mustache.h"

#include <mstch/mstch.hpp>

#include <mutex>

namespace ParcelDesk::Mustache {

namespace {

mstch::node toNode(const Value &v);

mstch::map toMap(const Map &m)
{
    mstch::map out;
    for (const auto &[key, value] : m)
        out.emplace(key, toNode(value));
    return out;
}

mstch::node toNode(const Value &v)
{
    switch (v.kind) {
    case Value::Kind::Flag:
        return v.flag;
    case Value::Kind::List: {
        mstch::array items;
        for (const Map &m : v.list)
            items.push_back(toMap(m));
        return items;
    }
    case Value::Kind::Text:
        break;
    }
    return v.text;
}

std::string escaped(const std::string &s)
{
    std::string out;
    out.reserve(s.size());
    for (const char c : s) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// mstch's escaping is one global setting: renders take turns.
std::mutex renderMutex;

} // namespace

std::string render(const std::string &text, const Map &context, bool escapeHtml)
{
    const std::lock_guard lock(renderMutex);
    if (escapeHtml)
        mstch::config::escape = escaped;
    else
        mstch::config::escape = [](const std::string &s) { return s; };
    return mstch::render(text, toMap(context));
}

} // namespace ParcelDesk::Mustache
