#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <vector>

namespace ParcelDesk::CarrierXml {

// Carrier XML nests a dozen levels at most; anything deeper is hostile or broken.
constexpr int maxDepth = 64;

// One element of a carrier's XML answer, by local name: namespaces and prefixes differ
// between a carrier's API versions, so adapters read them namespace-agnostically.
struct Element
{
    QString name;
    QString text; // the element's own character data, trimmed
    std::vector<Element> children;

    const Element *child(QStringView childName) const;
    std::vector<const Element *> childrenNamed(QStringView childName) const;
    // The trimmed text of the first child with that name; empty when there is none.
    QString childText(QStringView childName) const;
    // The first element with that name anywhere below, depth first.
    const Element *find(QStringView descendantName) const;
};

// Parses a body with the limits of CarrierJson::read: size, depth, encoding. DTDs are refused
// (no carrier sends one, and entity expansion is the classic XML attack).
Result<Element> read(const QByteArray &body);

} // namespace ParcelDesk::CarrierXml
