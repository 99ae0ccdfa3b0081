#include "returnlabel.h"

#include "i18n/customertext.h"

#include <QDir>
#include <QSaveFile>

#include <qrencode.h>

#include <algorithm>
#include <array>
#include <memory>

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
    const QString composed = text.normalized(QString::NormalizationForm_C);
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

enum class Font { Regular, Bold };

double textWidth(const QByteArray &bytes, Font font, double size)
{
    const auto &widths = font == Font::Bold ? helveticaBoldWidths : helveticaWidths;
    int total = 0;
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        total += b >= 32 ? widths[b - 32] : 0;
    }
    return total * size / 1000.0;
}

// The page's content stream, with positions measured from the top left as on paper.
class LabelCanvas
{
public:
    explicit LabelCanvas(double pageHeight)
        : m_height(pageHeight)
    { }

    // Cut to width with an ellipsis when too long.
    static QByteArray fit(QByteArray bytes, Font font, double size, double width)
    {
        if (textWidth(bytes, font, size) <= width)
            return bytes;
        const QByteArray ellipsis("\x85");
        while (!bytes.isEmpty() && textWidth(bytes + ellipsis, font, size) > width)
            bytes.chop(1);
        return bytes.trimmed() + ellipsis;
    }

    enum class Align { Left, Centre, Right };

    void text(const QString &content, Font font, double size, double x, double baseline,
        double width, Align align = Align::Left, double grey = 0.0)
    {
        const QByteArray bytes = fit(winAnsi(content), font, size, width);
        const double w = textWidth(bytes, font, size);
        const double left = align == Align::Left ? x
            : align == Align::Centre             ? x + (width - w) / 2
                                                 : x + width - w;
        m_stream += num(grey) + " g BT /" + (font == Font::Bold ? "F2 " : "F1 ") + num(size)
            + " Tf " + num(left) + ' ' + num(m_height - baseline) + " Td " + pdfString(bytes)
            + " Tj ET\n";
    }

    // Words wrapped to width, centred; returns the baseline of the last line.
    double paragraph(
        const QString &content, Font font, double size, double x, double baseline, double width)
    {
        const QStringList words = content.split(u' ', Qt::SkipEmptyParts);
        QString line;
        double y = baseline;
        for (const QString &word : words) {
            const QString candidate = line.isEmpty() ? word : line + u' ' + word;
            if (!line.isEmpty() && textWidth(winAnsi(candidate), font, size) > width) {
                text(line, font, size, x, y, width, Align::Centre, 0.15);
                y += size * 1.25;
                line = word;
            } else {
                line = candidate;
            }
        }
        if (!line.isEmpty())
            text(line, font, size, x, y, width, Align::Centre, 0.15);
        return y;
    }

    void rule(double x, double y, double width)
    {
        m_stream += "0.6 G 0.6 w " + num(x) + ' ' + num(m_height - y) + " m " + num(x + width) + ' '
            + num(m_height - y) + " l S\n";
    }

    // The dark modules, each row's runs as one rectangle, all filled at once so that no seams
    // show between neighbours.
    void qr(const QRcode &code, double x, double top, double side)
    {
        const int quiet = 4;
        const double module = side / (code.width + 2 * quiet);
        m_stream += "0 g\n";
        for (int row = 0; row < code.width; ++row) {
            int col = 0;
            while (col < code.width) {
                if (!(code.data[row * code.width + col] & 1)) {
                    ++col;
                    continue;
                }
                const int start = col;
                while (col < code.width && (code.data[row * code.width + col] & 1))
                    ++col;
                const double left = x + (start + quiet) * module;
                const double bottom = m_height - top - (row + quiet + 1) * module;
                m_stream += num(left) + ' ' + num(bottom) + ' ' + num((col - start) * module) + ' '
                    + num(module) + " re\n";
            }
        }
        m_stream += "f\n";
    }

    QByteArray stream() const { return m_stream; }

private:
    double m_height;
    QByteArray m_stream;
};

struct QrCodeDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

// A text with its disambiguation, as QT_TRANSLATE_NOOP3 gives it.
struct Phrase
{
    const char *source;
    const char *disambiguation;
};

// The label's own words, in the customer's language (CustomerText's catalogue).
struct LabelWords
{
    explicit LabelWords(const CustomerText &t)
    {
        static constexpr Phrase fromPhrase
            = QT_TRANSLATE_NOOP3("ParcelDesk::CustomerText", "From", "return label: the sender");
        static constexpr Phrase toPhrase
            = QT_TRANSLATE_NOOP3("ParcelDesk::CustomerText", "To", "return label: the receiver");
        static constexpr Phrase orderPhrase
            = QT_TRANSLATE_NOOP3("ParcelDesk::CustomerText", "Order", "return label: order number");
        static constexpr Phrase datePhrase = QT_TRANSLATE_NOOP3(
            "ParcelDesk::CustomerText", "Date", "return label: the day it was made");
        heading = t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Return label"));
        showCode = t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText",
            "Show this code at the drop-off point — no printing needed"));
        trackingNumber = t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Tracking number"));
        from = t.text(fromPhrase.source, fromPhrase.disambiguation);
        to = t.text(toPhrase.source, toPhrase.disambiguation);
        rma = t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Return number"));
        order = t.text(orderPhrase.source, orderPhrase.disambiguation);
        date = t.text(datePhrase.source, datePhrase.disambiguation);
        contents = t.text(QT_TRANSLATE_NOOP("ParcelDesk::CustomerText", "Contents"));
    }

    QString heading, showCode, trackingNumber, from, to, rma, order, date, contents;
};

QByteArray assemble(const QByteArray &content, const QString &title, const QDate &createdOn)
{
    QList<QByteArray> objects;
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
    objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + num(ReturnLabel::pageWidth) + ' '
            + num(ReturnLabel::pageHeight)
            + "] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding "
               "/WinAnsiEncoding >>";
    objects << "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
            + "endstream";
    QByteArray info = "<< /Title " + pdfTextString(title) + " /Producer (ParcelDesk)";
    if (createdOn.isValid())
        info += " /CreationDate (D:" + createdOn.toString(u"yyyyMMdd"_s).toLatin1() + ')';
    objects << info + " >>";

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
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
        + " /Root 1 0 R /Info 7 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

Result<QByteArray> ReturnLabel::pdf(const ReturnLabelData &data)
{
    if (data.trackingNumber.trimmed().isEmpty())
        return Error {tr("The return label for %1 has no tracking number.").arg(data.rma)};
    const QString payload = data.qrPayload.isEmpty() ? data.trackingNumber : data.qrPayload;
    const std::unique_ptr<QRcode, QrCodeDeleter> code(
        QRcode_encodeString(payload.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code) {
        return Error {
            tr("The code for the return label %1 is too long for a QR code.").arg(data.rma)};
    }

    const CustomerText t(data.language);
    const LabelWords words(t);
    const double margin = 5.0 / 25.4 * 72.0;
    const double width = pageWidth - 2 * margin;
    LabelCanvas page(pageHeight);

    double y = margin + 15;
    page.text(words.heading, Font::Bold, 15, margin, y, width * 0.7);
    page.text(data.carrierName.isEmpty() ? data.carrier.toUpper() : data.carrierName, Font::Bold,
        15, margin + width * 0.7, y, width * 0.3, LabelCanvas::Align::Right);
    y += 7;
    page.rule(margin, y, width);

    // The quiet zone is part of qrSide, so the code sits right below the rule.
    page.qr(*code, (pageWidth - qrSide) / 2, y + 1, qrSide);
    y += 1 + qrSide + 6;
    page.text(
        words.trackingNumber, Font::Regular, 7, margin, y, width, LabelCanvas::Align::Centre, 0.35);
    y += 16;
    page.text(data.trackingNumber, Font::Bold, 16, margin, y, width, LabelCanvas::Align::Centre);
    y += 13;
    y = page.paragraph(words.showCode, Font::Regular, 8.5, margin, y, width);
    y += 7;
    page.rule(margin, y, width);

    const double column = (width - 8) / 2;
    const auto address = [&](const QString &caption, const QStringList &lines, double x) {
        double ay = y + 11;
        page.text(caption, Font::Bold, 7, x, ay, column, LabelCanvas::Align::Left, 0.35);
        for (qsizetype i = 0; i < lines.size() && i < 6; ++i) {
            ay += 10;
            page.text(lines[i], i == 0 ? Font::Bold : Font::Regular, 8, x, ay, column);
        }
        return ay;
    };
    y = std::max(address(words.from, data.fromAddress, margin),
        address(words.to, data.toAddress, margin + column + 8));
    y += 7;
    page.rule(margin, y, width);

    const double third = width / 3;
    const QString day = data.createdOn.isValid() ? t.locale().toString(data.createdOn,
                            t.language() == u"de"_s ? u"d. MMMM yyyy"_s : u"d MMMM yyyy"_s)
                                                 : QString();
    const std::array<std::pair<QString, QString>, 3> references {
        {{words.rma, data.rma}, {words.order, data.orderNumber}, {words.date, day}}};
    for (std::size_t i = 0; i < references.size(); ++i) {
        const double x = margin + double(i) * third;
        page.text(references[i].first, Font::Bold, 7, x, y + 11, third - 4,
            LabelCanvas::Align::Left, 0.35);
        page.text(references[i].second, Font::Bold, 9, x, y + 22, third - 4);
    }
    y += 29;
    page.rule(margin, y, width);

    y += 11;
    page.text(words.contents, Font::Bold, 7, margin, y, width, LabelCanvas::Align::Left, 0.35);
    const double bottom = pageHeight - margin;
    const double line = 10;
    for (qsizetype i = 0; i < data.items.size(); ++i) {
        const qsizetype left = data.items.size() - i;
        // The last line that fits says how many more there are when not all of them fit.
        if (left > 1 && y + 2 * line > bottom) {
            y += line;
            page.text(t.text(QT_TRANSLATE_N_NOOP("ParcelDesk::CustomerText", "+ %n more"), nullptr,
                          int(left)),
                Font::Regular, 8, margin, y, width);
            break;
        }
        y += line;
        const auto &[description, quantity] = data.items[i];
        page.text(u"%1 × %2"_s.arg(t.locale().toString(quantity), description), Font::Regular, 8,
            margin, y, width);
    }

    return assemble(page.stream(), words.heading + u' ' + data.rma, data.createdOn);
}

Outcome ReturnLabel::write(const ReturnLabelData &data, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto bytes = pdf(data);
    if (!bytes)
        return Error {tr("Cannot write %1: %2").arg(shown, bytes.error().message)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {tr("Cannot write the return label %1: %2").arg(shown, file.errorString())};
    if (file.write(*bytes) != bytes->size() || !file.commit())
        return Error {tr("Cannot write the return label %1: %2").arg(shown, file.errorString())};
    return Done {};
}

} // namespace ParcelDesk
