#pragma once

#include "domain/status.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ParcelDesk {

struct StatusMapping
{
    Status status;
    Relevance relevance = Relevance::Noise;
};

// A carrier's codes mapped to our status language, as data (resources/carriers/<id>.json):
//   { "carrier": "dhl", "version": "2026-11-22",
//     "codes": { "<code>": { "status": "Tag/SubStatus", "relevance": "milestone"|"noise" } },
//     "text_rules": [ { "code": "<code>"|"*", "match": ["substring", ...], "status": ...,
//     "relevance": ... } ], "unmapped": { "<code>": "why it is deliberately left unmapped" } }
// Text rules come first, in order, for carriers whose codes are too coarse (DHL's five
// codes) or that send no codes at all; matching ignores case. A code in neither place has no
// mapping: the event is kept verbatim and flagged, never guessed.
class StatusMap
{
public:
    // Parses a map; errors name the entry and what is wrong with it.
    static std::optional<StatusMap> fromJson(const QByteArray &json, QString *error);
    // The map compiled into the program for a carrier; an empty map if there is none.
    static const StatusMap &forCarrier(const QString &carrierId);

    std::optional<StatusMapping> map(QStringView code, QStringView text = {}) const;

    QString carrier() const { return m_carrier; }
    QString version() const { return m_version; }
    qsizetype codeCount() const { return m_codes.size(); }
    QStringList codes() const { return m_codes.keys(); }
    // Codes the map deliberately leaves unmapped, with the reason.
    const QHash<QString, QString> &knowinglyUnmapped() const { return m_unmapped; }

private:
    struct TextRule
    {
        QString code; // "*" for any
        QStringList match;
        StatusMapping mapping;
    };

    QString m_carrier;
    QString m_version;
    QHash<QString, StatusMapping> m_codes;
    QList<TextRule> m_textRules;
    QHash<QString, QString> m_unmapped;
};

} // namespace ParcelDesk
