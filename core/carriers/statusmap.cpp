#include "statusmap.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

std::optional<StatusMapping> readMapping(const QJsonObject &o, const QString &where, QString *error)
{
    const auto status = Status::fromString(o.value(u"status"_s).toString());
    if (!status) {
        *error = u"%1: \"status\" must be Tag/SubStatus of our status language, not \"%2\""_s.arg(
            where, o.value(u"status"_s).toString());
        return std::nullopt;
    }
    const QString relevance = o.value(u"relevance"_s).toString();
    StatusMapping m {*status, status->defaultRelevance()};
    if (relevance == u"milestone")
        m.relevance = Relevance::Milestone;
    else if (relevance == u"noise")
        m.relevance = Relevance::Noise;
    else if (!relevance.isEmpty()) {
        *error
            = u"%1: \"relevance\" must be milestone or noise, not \"%2\""_s.arg(where, relevance);
        return std::nullopt;
    }
    return m;
}

} // namespace

std::optional<StatusMap> StatusMap::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = u"not a JSON object (%1 at offset %2)"_s.arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    StatusMap map;
    map.m_carrier = root.value(u"carrier"_s).toString();
    map.m_version = root.value(u"version"_s).toString();
    if (map.m_carrier.isEmpty() || map.m_version.isEmpty()) {
        *error = u"\"carrier\" and \"version\" are required"_s;
        return std::nullopt;
    }
    const QJsonObject codes = root.value(u"codes"_s).toObject();
    for (auto it = codes.begin(); it != codes.end(); ++it) {
        const auto m = readMapping(it.value().toObject(), u"codes.\"%1\""_s.arg(it.key()), error);
        if (!m)
            return std::nullopt;
        map.m_codes.insert(it.key(), *m);
    }
    const QJsonArray rules = root.value(u"text_rules"_s).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject r = rules.at(i).toObject();
        const QString where = u"text_rules[%1]"_s.arg(i);
        const auto m = readMapping(r, where, error);
        if (!m)
            return std::nullopt;
        TextRule rule {r.value(u"code"_s).toString(u"*"_s), {}, *m};
        for (const QJsonValue &v : r.value(u"match"_s).toArray())
            rule.match.append(v.toString());
        if (rule.match.isEmpty()) {
            *error = where + u": \"match\" needs at least one text"_s;
            return std::nullopt;
        }
        map.m_textRules.append(rule);
    }
    const QJsonObject unmapped = root.value(u"unmapped"_s).toObject();
    for (auto it = unmapped.begin(); it != unmapped.end(); ++it)
        map.m_unmapped.insert(it.key(), it.value().toString());
    return map;
}

const StatusMap &StatusMap::forCarrier(const QString &carrierId)
{
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<StatusMap>> maps;
    QMutexLocker lock(&mutex);
    auto &slot = maps[carrierId];
    if (!slot) {
        QFile file(u":/carriers/"_s + carrierId + u".json"_s);
        QString error;
        std::optional<StatusMap> loaded;
        if (file.open(QIODevice::ReadOnly))
            loaded = fromJson(file.readAll(), &error);
        if (!loaded && file.exists())
            qWarning("ParcelDesk: status map %s is invalid: %s", qPrintable(file.fileName()),
                qPrintable(error));
        slot = std::make_unique<StatusMap>(loaded ? *loaded : StatusMap());
    }
    return *slot;
}

std::optional<StatusMapping> StatusMap::map(QStringView code, QStringView text) const
{
    if (!text.isEmpty()) {
        for (const TextRule &rule : m_textRules) {
            if (rule.code != u"*" && rule.code != code)
                continue;
            for (const QString &needle : rule.match) {
                if (text.contains(needle, Qt::CaseInsensitive))
                    return rule.mapping;
            }
        }
    }
    const auto it = m_codes.constFind(code.toString());
    if (it == m_codes.cend())
        return std::nullopt;
    return *it;
}

} // namespace ParcelDesk
