#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ParcelDesk {

// What a return label shows. The label's own words are in the customer's language.
struct ReturnLabelData
{
    QString rma; // "R-10042-1"
    QString carrier; // carrier id, "dhl"
    QString carrierName; // "DHL"
    QString trackingNumber; // the return parcel's number
    QString qrPayload; // what the QR code encodes; empty: the tracking number
    QStringList fromAddress; // the customer: name, street, postcode and town, country
    QStringList toAddress; // the warehouse
    QString orderNumber;
    QList<QPair<QString, int>> items; // description, quantity
    QString language; // the customer's: "de", else English
    QDate createdOn;
};

// A one-page PDF return label for label-free drop-off: the QR code to show at the counter, the
// tracking number beneath it, sender, receiver, references and contents. A6 portrait, the size
// label printers take and carriers' own return labels come in (an A4 printer centres it).
// Written by hand (PDF 1.4, the standard Helvetica fonts in WinAnsiEncoding, the QR code as
// filled rectangles from libqrencode) so that the headless core and parceldeskctl can make it.
// Characters outside WinAnsi print as '?'.
class ReturnLabel
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ReturnLabel)

public:
    static Result<QByteArray> pdf(const ReturnLabelData &data);
    // Writes the PDF through a temporary file that replaces path only when complete; an error
    // names the file.
    static Outcome write(const ReturnLabelData &data, const QString &path);

    // Page size in points (A6: 105 × 148 mm) and the QR code's side, quiet zone included.
    static constexpr double pageWidth = 105.0 / 25.4 * 72.0;
    static constexpr double pageHeight = 148.0 / 25.4 * 72.0;
    static constexpr double qrSide = 50.0 / 25.4 * 72.0;
};

} // namespace ParcelDesk
