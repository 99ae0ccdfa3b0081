#include "returnlabel.h"

#include "i18n/customertext.h"
#include "reports/pdfdocument.h"

#include <QDir>
#include <QSaveFile>

#include <qrencode.h>

#include <algorithm>
#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

using Font = PdfDocument::Font;
using Align = PdfDocument::Align;

// The label's greys: captions lighter than what they caption, the hint between.
const PdfColour captionGrey = PdfColour::grey(0.35);
const PdfColour hintGrey = PdfColour::grey(0.15);

void rule(PdfDocument &page, double x, double y, double width)
{
    page.line(x, y, x + width, y, PdfColour::grey(0.6), 0.6);
}

// The dark modules, each row's runs as one rectangle, all filled at once so that no seams
// show between neighbours.
void qr(PdfDocument &page, const QRcode &code, double x, double top, double side)
{
    const int quiet = 4;
    const double module = side / (code.width + 2 * quiet);
    QList<QRectF> runs;
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
            runs.append(QRectF(x + (start + quiet) * module, top + (row + quiet) * module,
                (col - start) * module, module));
        }
    }
    page.fillRects(runs, PdfColour::grey(0.0));
}

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
    PdfDocument page(pageWidth, pageHeight);
    page.setTitle(words.heading + u' ' + data.rma);
    page.setCreated(data.createdOn);
    // Uncompressed: a label is a few kilobytes and stays a 7-bit file, whatever carries it.
    page.setCompression(PdfDocument::Compression::None);
    page.addPage();

    double y = margin + 15;
    page.text(words.heading, Font::Bold, 15, margin, y, width * 0.7);
    page.text(data.carrierName.isEmpty() ? data.carrier.toUpper() : data.carrierName, Font::Bold,
        15, margin + width * 0.7, y, width * 0.3, Align::Right);
    y += 7;
    rule(page, margin, y, width);

    // The quiet zone is part of qrSide, so the code sits right below the rule.
    qr(page, *code, (pageWidth - qrSide) / 2, y + 1, qrSide);
    y += 1 + qrSide + 6;
    page.text(words.trackingNumber, Font::Regular, 7, margin, y, width, Align::Centre, captionGrey);
    y += 16;
    page.text(data.trackingNumber, Font::Bold, 16, margin, y, width, Align::Centre);
    y += 13;
    // The hint's last baseline, where the original layout continues from.
    y += page.paragraph(
             words.showCode, Font::Regular, 8.5, margin, y, width, Align::Centre, hintGrey)
        - 8.5 * 1.25;
    y += 7;
    rule(page, margin, y, width);

    const double column = (width - 8) / 2;
    const auto address = [&](const QString &caption, const QStringList &lines, double x) {
        double ay = y + 11;
        page.text(caption, Font::Bold, 7, x, ay, column, Align::Left, captionGrey);
        for (qsizetype i = 0; i < lines.size() && i < 6; ++i) {
            ay += 10;
            page.text(lines[i], i == 0 ? Font::Bold : Font::Regular, 8, x, ay, column);
        }
        return ay;
    };
    y = std::max(address(words.from, data.fromAddress, margin),
        address(words.to, data.toAddress, margin + column + 8));
    y += 7;
    rule(page, margin, y, width);

    const double third = width / 3;
    const QString day = data.createdOn.isValid() ? t.locale().toString(data.createdOn,
                            t.language() == u"de"_s ? u"d. MMMM yyyy"_s : u"d MMMM yyyy"_s)
                                                 : QString();
    const std::array<std::pair<QString, QString>, 3> references {
        {{words.rma, data.rma}, {words.order, data.orderNumber}, {words.date, day}}};
    for (std::size_t i = 0; i < references.size(); ++i) {
        const double x = margin + double(i) * third;
        page.text(
            references[i].first, Font::Bold, 7, x, y + 11, third - 4, Align::Left, captionGrey);
        page.text(references[i].second, Font::Bold, 9, x, y + 22, third - 4);
    }
    y += 29;
    rule(page, margin, y, width);

    y += 11;
    page.text(words.contents, Font::Bold, 7, margin, y, width, Align::Left, captionGrey);
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

    return page.toPdf();
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
