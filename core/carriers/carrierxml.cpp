#include "carrierxml.h"

#include "carrierjson.h"
#include "carriertypes.h"

#include <QStringDecoder>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace ParcelDesk::CarrierXml {

const Element *Element::child(QStringView childName) const
{
    for (const Element &c : children) {
        if (c.name == childName)
            return &c;
    }
    return nullptr;
}

std::vector<const Element *> Element::childrenNamed(QStringView childName) const
{
    std::vector<const Element *> found;
    for (const Element &c : children) {
        if (c.name == childName)
            found.push_back(&c);
    }
    return found;
}

QString Element::childText(QStringView childName) const
{
    const Element *c = child(childName);
    return c ? c->text : QString();
}

const Element *Element::find(QStringView descendantName) const
{
    for (const Element &c : children) {
        if (c.name == descendantName)
            return &c;
        if (const Element *below = c.find(descendantName))
            return below;
    }
    return nullptr;
}

Result<Element> read(const QByteArray &body)
{
    if (body.size() > CarrierJson::maxBodyBytes)
        return Error {
            CarrierTr::tr("the answer is %1 bytes, more than the %2 a tracking answer can be")
                .arg(body.size())
                .arg(CarrierJson::maxBodyBytes)};
    if (body.trimmed().isEmpty())
        return Error {CarrierTr::tr("the answer is empty")};
    // QXmlStreamReader replaces some broken sequences silently; carriers declare UTF-8.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8(body);
    if (utf8.hasError())
        return Error {CarrierTr::tr("the answer is not valid UTF-8")};

    QXmlStreamReader xml(decoded);
    // The stack holds the open elements; index 0 is a synthetic document node.
    std::vector<Element> stack(1);
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            return Error {CarrierTr::tr("the answer contains a DTD, which no carrier sends")};
        case QXmlStreamReader::StartElement:
            if (int(stack.size()) > maxDepth)
                return Error {
                    CarrierTr::tr("the XML is nested more than %1 levels deep").arg(maxDepth)};
            stack.push_back(Element {xml.name().toString(), {}, {}});
            break;
        case QXmlStreamReader::Characters:
            if (stack.size() > 1)
                stack.back().text += xml.text();
            break;
        case QXmlStreamReader::EndElement: {
            Element done = std::move(stack.back());
            stack.pop_back();
            done.text = done.text.trimmed();
            stack.back().children.push_back(std::move(done));
            break;
        }
        default:
            break;
        }
    }
    if (xml.hasError())
        return Error {CarrierTr::tr("not valid XML: %1 at line %2, column %3")
                          .arg(xml.errorString())
                          .arg(xml.lineNumber())
                          .arg(xml.columnNumber())};
    if (stack.size() != 1 || stack.front().children.size() != 1)
        return Error {CarrierTr::tr("not valid XML: no single root element")};
    return std::move(stack.front().children.front());
}

} // namespace ParcelDesk::CarrierXml
