#pragma once

#include <QByteArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <optional>

namespace ParcelDesk::TestSupport {

// Reads the parts of an .xlsx file (a ZIP package) with unzip, so a test checks what Excel
// would read, not what our writer meant to write.
class XlsxPackage
{
public:
    static bool canRead()
    {
        return !QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty();
    }

    explicit XlsxPackage(QString path)
        : m_path(std::move(path))
    { }

    // A part's XML, e.g. "xl/workbook.xml"; empty when the package lacks it.
    QString part(const QString &name) const
    {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), m_path, name});
        if (!unzip.waitForFinished(30'000) || unzip.exitCode() != 0)
            return {};
        return QString::fromUtf8(unzip.readAllStandardOutput());
    }

    QString sheet(int number) const
    {
        return part(QStringLiteral("xl/worksheets/sheet%1.xml").arg(number));
    }

    QStringList sheetNames() const
    {
        QStringList names;
        static const QRegularExpression sheet(QStringLiteral("<sheet name=\"([^\"]*)\""));
        auto it = sheet.globalMatch(part(QStringLiteral("xl/workbook.xml")));
        while (it.hasNext())
            names << unescape(it.next().captured(1));
        return names;
    }

    QStringList sharedStrings() const
    {
        QStringList strings;
        static const QRegularExpression si(QStringLiteral("<si><t[^>]*>(.*?)</t></si>"),
            QRegularExpression::DotMatchesEverythingOption);
        auto it = si.globalMatch(part(QStringLiteral("xl/sharedStrings.xml")));
        while (it.hasNext())
            strings << unescape(it.next().captured(1));
        return strings;
    }

    struct Cell
    {
        QString attributes; // e.g. ` s="3" t="s"`
        QString value; // the <v> text; empty for a styled blank
        bool isSharedString() const { return attributes.contains(QStringLiteral("t=\"s\"")); }
    };

    // The cell at ref (e.g. "B2") in a sheet's XML; nothing when the sheet has no such cell.
    static std::optional<Cell> cell(const QString &sheetXml, const QString &ref)
    {
        const QRegularExpression c(QStringLiteral("<c r=\"%1\"([^>]*?)(?:/>|>(.*?)</c>)")
                                       .arg(QRegularExpression::escape(ref)));
        const QRegularExpressionMatch m = c.match(sheetXml);
        if (!m.hasMatch())
            return std::nullopt;
        Cell found;
        found.attributes = m.captured(1);
        static const QRegularExpression v(QStringLiteral("<v>(.*?)</v>"));
        found.value = v.match(m.captured(2)).captured(1);
        return found;
    }

    static QString unescape(QString xml)
    {
        xml.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
        xml.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
        xml.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
        xml.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
        xml.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        return xml;
    }

private:
    QString m_path;
};

} // namespace ParcelDesk::TestSupport
