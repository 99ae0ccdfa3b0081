#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace ParcelDesk {

// A colour for text, lines and fills, each component 0…1.
struct PdfColour
{
    double red = 0.0;
    double green = 0.0;
    double blue = 0.0;

    static PdfColour grey(double level);
    static PdfColour rgb(int red, int green, int blue); // 0…255, as a palette is written down
    bool isGrey() const { return red == green && green == blue; }
};

// A PDF 1.4 document written by hand, so that the headless core (and parceldeskctl) can make
// one without Qt Gui: the standard Helvetica and Helvetica-Bold fonts in WinAnsiEncoding,
// measured with their width tables; text, lines, rectangles and polylines. Positions are in
// points from the page's top left, as on paper; a text's y is its baseline. Characters outside
// WinAnsi print as their plain letter ("ł" as "l") or as '?'.
class PdfDocument
{
public:
    enum class Font { Regular, Bold };
    enum class Align { Left, Centre, Right };
    enum class Compression { None, Flate };

    PdfDocument(double pageWidth, double pageHeight);

    double pageWidth() const { return m_pageWidth; }
    double pageHeight() const { return m_pageHeight; }

    void setTitle(const QString &title) { m_title = title; }
    // Written as the document's creation date and time, or only the day; an invalid one is
    // left out.
    void setCreated(const QDateTime &when) { m_created = when; }
    void setCreated(const QDate &day) { m_createdDay = day; }
    // Flate by default; None keeps the file 7-bit (what a label sent by mail gets).
    void setCompression(Compression compression) { m_compression = compression; }

    // Starts a new page and makes it the current one; returns its index.
    int addPage();
    int pageCount() const { return int(m_pages.size()); }
    // Draws on an earlier page again: a footer needs the page count known only after layout.
    void setCurrentPage(int index);
    int currentPage() const { return m_current; }

    // Text on one line, cut with an ellipsis to width; returns the width it took.
    double text(const QString &content, Font font, double size, double x, double baseline,
        double width, Align align = Align::Left, const PdfColour &colour = {});
    // Words wrapped to width, lines lineHeight apart (1.25 × size when 0); the first baseline at
    // baseline. Returns the height used: the number of lines × lineHeight.
    double paragraph(const QString &content, Font font, double size, double x, double baseline,
        double width, Align align = Align::Left, const PdfColour &colour = {},
        double lineHeight = 0.0);

    void line(double x1, double y1, double x2, double y2, const PdfColour &colour,
        double lineWidth = 0.5);
    void fillRect(const QRectF &rect, const PdfColour &colour);
    // Many rectangles filled as one shape, so that no seams show between neighbours.
    void fillRects(const QList<QRectF> &rects, const PdfColour &colour);
    void polyline(const QList<QPointF> &points, const PdfColour &colour, double lineWidth = 1.0);

    // The document: every page, the fonts, the document information and the cross-reference
    // table.
    QByteArray toPdf() const;

    // Measuring, for layout before drawing.
    static double textWidth(const QString &text, Font font, double size);
    // The lines a paragraph wraps into; a word wider than width stays whole on its own line
    // (text() cuts it). A line break in the text starts a new line.
    static QStringList wrap(const QString &text, Font font, double size, double width);

private:
    QByteArray &stream();
    double pdfY(double y) const { return m_pageHeight - y; }

    double m_pageWidth;
    double m_pageHeight;
    QString m_title;
    QDateTime m_created;
    QDate m_createdDay;
    Compression m_compression = Compression::Flate;
    QList<QByteArray> m_pages;
    int m_current = -1;
};

} // namespace ParcelDesk
