#include "pdfdocument.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

// Advance widths of WinAnsi codes 32…255 in 1/1000 em, from the Helvetica-compatible URW Nimbus
// Sans metrics (0: no glyph).
constexpr std::array<short, 224> helveticaWidths {278, 278, 355, 556, 556, 889, 667, 191, 333, 333,
    389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584,
    584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556,
    500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556,
    500, 722, 500, 500, 500, 334, 260, 334, 584, 0, 556, 0, 222, 556, 333, 1000, 556, 556, 333,
    1000, 667, 333, 1000, 0, 611, 0, 0, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333,
    944, 0, 500, 667, 278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737,
    333, 400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611, 667, 667,
    667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778,
    778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 500,
    556, 556, 556, 556, 278, 278, 278, 278, 556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556,
    556, 556, 500, 556, 500};

constexpr std::array<short, 224> helveticaBoldWidths {278, 333, 474, 556, 556, 889, 722, 238, 333,
    333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333,
    584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722,
    778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556,
    611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333,
    611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 0, 556, 0, 278, 556, 500, 1000, 556, 556, 333,
    1000, 667, 333, 1000, 0, 611, 0, 0, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333,
    944, 0, 500, 667, 278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737,
    333, 400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611, 722, 722,
    722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778,
    778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 556,
    556, 556, 556, 556, 278, 278, 278, 278, 611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611,
    611, 611, 556, 611, 556};

// The characters WinAnsi puts at 0x80…0x9F (0: none).
constexpr std::array<char16_t, 32> winAnsiHigh {u'\u20AC', 0, u'\u201A', u'\u0192', u'\u201E',
    u'\u2026', u'\u2020', u'\u2021', u'\u02C6', u'\u2030', u'\u0160', u'\u2039', u'\u0152', 0,
    u'\u017D', 0, 0, u'\u2018', u'\u2019', u'\u201C', u'\u201D', u'\u2022', u'\u2013', u'\u2014',
    u'\u02DC', u'\u2122', u'\u0161', u'\u203A', u'\u0153', 0, u'\u017E', u'\u0178'};

// A letter WinAnsi lacks as the plain letter a post office reads in its place: "ł" in Wrocław
// as "l", "ś" as "s", "ő" as "o". Null when there is none.
QChar plainLetter(QChar c)
{
    switch (c.unicode()) {
    case u'\u0141':
        return u'L';
    case u'\u0142':
        return u'l';
    case u'\u0110':
        return u'D';
    case u'\u0111':
        return u'd';
    case u'\u0131':
        return u'i';
    default:
        break;
    }
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
    const QChar first = decomposed.isEmpty() ? QChar() : decomposed.at(0);
    if (decomposed.size() > 1 && first.unicode() >= 0x20 && first.unicode() < 0x7F)
        return first;
    return {};
}

// Text as WinAnsi bytes: composed first (so a decomposed ü is still ü), line breaks and tabs as
// spaces, a letter WinAnsi lacks as its plain letter, anything else as '?'.
QByteArray winAnsi(const QString &text)
{
    // Arrows and comparison signs the standard fonts lack, written as people type them.
    QString composed = text.normalized(QString::NormalizationForm_C);
    composed.replace(u'\u2192', u"->"_s).replace(u'\u2190', u"<-"_s);
    composed.replace(u'\u2264', u"<="_s).replace(u'\u2265', u">="_s);
    QByteArray out;
    out.reserve(composed.size());
    for (const QChar c : composed) {
        const char16_t u = c.unicode();
        if (u == u'\t' || u == u'\n' || u == u'\r') {
            out.append(' ');
        } else if ((u >= 0x20 && u < 0x7F) || (u >= 0xA0 && u <= 0xFF)) {
            out.append(char(u));
        } else if (const auto it = std::find(winAnsiHigh.begin(), winAnsiHigh.end(), u);
                   u != 0 && it != winAnsiHigh.end()) {
            out.append(char(0x80 + (it - winAnsiHigh.begin())));
        } else if (c.isLowSurrogate()) {
            continue; // the high surrogate already gave its '?'
        } else if (const QChar base = plainLetter(c); !base.isNull()) {
            out.append(char(base.unicode()));
        } else {
            out.append('?');
        }
    }
    return out;
}

// A PDF literal string: backslash and parentheses escaped, everything outside printable ASCII
// as an octal escape, so the file stays 7-bit.
QByteArray pdfString(const QByteArray &bytes)
{
    QByteArray out = "(";
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b == '\\' || b == '(' || b == ')') {
            out.append('\\').append(ch);
        } else if (b < 0x20 || b >= 0x7F) {
            out.append('\\');
            out.append(char('0' + ((b >> 6) & 7)));
            out.append(char('0' + ((b >> 3) & 7)));
            out.append(char('0' + (b & 7)));
        } else {
            out.append(ch);
        }
    }
    return out.append(')');
}

// A text string outside content streams (document information): UTF-16BE with its mark.
QByteArray pdfTextString(const QString &text)
{
    QByteArray utf16 = "\xFE\xFF";
    for (const QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex() + '>';
}

QByteArray num(double value)
{
    QByteArray s = QByteArray::number(value, 'f', 2);
    while (s.endsWith('0'))
        s.chop(1);
    if (s.endsWith('.'))
        s.chop(1);
    return s == "-0" ? QByteArray("0") : s;
}

using Font = PdfDocument::Font;

double bytesWidth(const QByteArray &bytes, Font font, double size)
{
    const auto &widths = font == Font::Bold ? helveticaBoldWidths : helveticaWidths;
    int total = 0;
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        total += b >= 32 ? widths[b - 32] : 0;
    }
    return total * size / 1000.0;
}

// Cut to width with an ellipsis when too long.
QByteArray fit(QByteArray bytes, Font font, double size, double width)
{
    if (bytesWidth(bytes, font, size) <= width)
        return bytes;
    const QByteArray ellipsis("\x85");
    while (!bytes.isEmpty() && bytesWidth(bytes + ellipsis, font, size) > width)
        bytes.chop(1);
    return bytes.trimmed() + ellipsis;
}

QByteArray fillColour(const PdfColour &c)
{
    if (c.isGrey())
        return num(c.red) + " g";
    return num(c.red) + ' ' + num(c.green) + ' ' + num(c.blue) + " rg";
}

QByteArray strokeColour(const PdfColour &c)
{
    if (c.isGrey())
        return num(c.red) + " G";
    return num(c.red) + ' ' + num(c.green) + ' ' + num(c.blue) + " RG";
}

QByteArray deflated(const QByteArray &data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &size,
            reinterpret_cast<const Bytef *>(data.constData()), uLong(data.size()),
            Z_BEST_COMPRESSION)
        != Z_OK) {
        return {};
    }
    out.resize(qsizetype(size));
    return out;
}

QByteArray pdfDate(const QDateTime &when)
{
    QByteArray s = "D:" + when.toString(u"yyyyMMddHHmmss"_s).toLatin1();
    const int offset = when.offsetFromUtc();
    if (offset == 0)
        return s + 'Z';
    const int minutes = std::abs(offset) / 60;
    return s + (offset < 0 ? '-' : '+') + QByteArray::number(minutes / 60).rightJustified(2, '0')
        + '\'' + QByteArray::number(minutes % 60).rightJustified(2, '0') + '\'';
}

} // namespace

PdfColour PdfColour::grey(double level)
{
    PdfColour c;
    c.red = level;
    c.green = level;
    c.blue = level;
    return c;
}

PdfColour PdfColour::rgb(int red, int green, int blue)
{
    PdfColour c;
    c.red = red / 255.0;
    c.green = green / 255.0;
    c.blue = blue / 255.0;
    return c;
}

PdfDocument::PdfDocument(double pageWidth, double pageHeight)
    : m_pageWidth(pageWidth)
    , m_pageHeight(pageHeight)
{ }

int PdfDocument::addPage()
{
    m_pages.append(QByteArray());
    m_current = int(m_pages.size()) - 1;
    return m_current;
}

void PdfDocument::setCurrentPage(int index)
{
    Q_ASSERT(index >= 0 && index < m_pages.size());
    m_current = index;
}

QByteArray &PdfDocument::stream()
{
    if (m_pages.isEmpty())
        addPage();
    return m_pages[m_current];
}

double PdfDocument::textWidth(const QString &text, Font font, double size)
{
    return bytesWidth(winAnsi(text), font, size);
}

QStringList PdfDocument::wrap(const QString &text, Font font, double size, double width)
{
    QStringList lines;
    for (const QString &block : text.split(u'\n')) {
        const QStringList words = block.split(u' ', Qt::SkipEmptyParts);
        QString current;
        for (const QString &word : words) {
            const QString candidate = current.isEmpty() ? word : current + u' ' + word;
            if (!current.isEmpty() && textWidth(candidate, font, size) > width) {
                lines.append(current);
                current = word;
            } else {
                current = candidate;
            }
        }
        if (!current.isEmpty())
            lines.append(current);
    }
    return lines;
}

double PdfDocument::text(const QString &content, Font font, double size, double x, double baseline,
    double width, Align align, const PdfColour &colour)
{
    const QByteArray bytes = fit(winAnsi(content), font, size, width);
    const double w = bytesWidth(bytes, font, size);
    const double left = align == Align::Left ? x
        : align == Align::Centre             ? x + (width - w) / 2
                                             : x + width - w;
    stream() += fillColour(colour) + " BT /" + (font == Font::Bold ? "F2 " : "F1 ") + num(size)
        + " Tf " + num(left) + ' ' + num(pdfY(baseline)) + " Td " + pdfString(bytes) + " Tj ET\n";
    return w;
}

double PdfDocument::paragraph(const QString &content, Font font, double size, double x,
    double baseline, double width, Align align, const PdfColour &colour, double lineHeight)
{
    const double step = lineHeight > 0 ? lineHeight : size * 1.25;
    const QStringList lines = wrap(content, font, size, width);
    double y = baseline;
    for (const QString &line : lines) {
        text(line, font, size, x, y, width, align, colour);
        y += step;
    }
    return double(lines.size()) * step;
}

void PdfDocument::line(
    double x1, double y1, double x2, double y2, const PdfColour &colour, double lineWidth)
{
    stream() += strokeColour(colour) + ' ' + num(lineWidth) + " w " + num(x1) + ' ' + num(pdfY(y1))
        + " m " + num(x2) + ' ' + num(pdfY(y2)) + " l S\n";
}

void PdfDocument::fillRect(const QRectF &rect, const PdfColour &colour)
{
    fillRects({rect}, colour);
}

void PdfDocument::fillRects(const QList<QRectF> &rects, const PdfColour &colour)
{
    if (rects.isEmpty())
        return;
    QByteArray &s = stream();
    s += fillColour(colour) + '\n';
    for (const QRectF &r : rects) {
        s += num(r.left()) + ' ' + num(pdfY(r.bottom())) + ' ' + num(r.width()) + ' '
            + num(r.height()) + " re\n";
    }
    s += "f\n";
}

void PdfDocument::polyline(const QList<QPointF> &points, const PdfColour &colour, double lineWidth)
{
    if (points.size() < 2)
        return;
    // Round joins and caps: a line chart's corners stay smooth at any zoom.
    QByteArray s = "q 1 J 1 j " + strokeColour(colour) + ' ' + num(lineWidth) + " w "
        + num(points.first().x()) + ' ' + num(pdfY(points.first().y())) + " m";
    for (qsizetype i = 1; i < points.size(); ++i)
        s += ' ' + num(points[i].x()) + ' ' + num(pdfY(points[i].y())) + " l";
    stream() += s + " S Q\n";
}

QByteArray PdfDocument::toPdf() const
{
    const QList<QByteArray> pages = m_pages.isEmpty() ? QList<QByteArray> {QByteArray()} : m_pages;
    const qsizetype count = pages.size();
    // 1 catalogue, 2 page tree, 3 and 4 the fonts, then each page and its content, then the
    // document information.
    const auto pageObject = [](qsizetype page) { return QByteArray::number(5 + 2 * page); };
    QByteArray kids;
    for (qsizetype i = 0; i < count; ++i)
        kids += (i ? " " : "") + pageObject(i) + " 0 R";

    QList<QByteArray> objects;
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(count) + " >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding "
               "/WinAnsiEncoding >>";
    for (qsizetype i = 0; i < count; ++i) {
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + num(m_pageWidth) + ' '
                + num(m_pageHeight)
                + "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents "
                + QByteArray::number(6 + 2 * i) + " 0 R >>";
        const QByteArray packed
            = m_compression == Compression::Flate ? deflated(pages[i]) : QByteArray();
        if (packed.isEmpty()) {
            objects << "<< /Length " + QByteArray::number(pages[i].size()) + " >>\nstream\n"
                    + pages[i] + "endstream";
        } else {
            // The stream's data ends with an end-of-line that /Length does not count.
            objects << "<< /Length " + QByteArray::number(packed.size())
                    + " /Filter /FlateDecode >>\nstream\n" + packed + "\nendstream";
        }
    }
    QByteArray info = "<< /Title " + pdfTextString(m_title) + " /Producer (ParcelDesk)";
    if (m_created.isValid())
        info += " /CreationDate (" + pdfDate(m_created) + ')';
    else if (m_createdDay.isValid())
        info += " /CreationDate (D:" + m_createdDay.toString(u"yyyyMMdd"_s).toLatin1() + ')';
    objects << info + " >>";
    const QByteArray infoObject = QByteArray::number(objects.size());

    // A binary comment after the header tells transfer programs that the file is binary.
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info "
        + infoObject + " 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace ParcelDesk
