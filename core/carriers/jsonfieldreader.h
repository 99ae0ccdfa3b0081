#pragma once

#include "carriertime.h"
#include "carriertypes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ParcelDesk {

// Reads a carrier's JSON by the types the carrier documents. A field of another type becomes a
// Malformed error that names its path ("output.completeTrackResults[0].trackResults[1].date")
// and reads as absent, so one bad field never costs the rest of the answer.
class JsonFieldReader
{
public:
    explicit JsonFieldReader(QList<CarrierError> *errors)
        : m_errors(errors)
    { }

    // The number the fields being read belong to; it goes into the errors reported.
    void setTrackingNumber(const QString &trackingNumber) { m_trackingNumber = trackingNumber; }

    // Absent or null fields read as empty without complaint; carriers leave fields out freely.
    QJsonObject object(const QJsonObject &parent, QStringView key, QStringView path) const;
    QJsonArray array(const QJsonObject &parent, QStringView key, QStringView path) const;
    // A string or a number, trimmed (carriers send ids both ways).
    QString text(const QJsonObject &parent, QStringView key, QStringView path) const;
    // A string only, trimmed: for carriers whose numbers in text fields mean a broken answer.
    QString string(const QJsonObject &parent, QStringView key, QStringView path) const;
    std::optional<double> number(
        const QJsonObject &parent, QStringView key, QStringView path) const;
    // A time string; offset-less times are read in country. One that does not parse is reported.
    std::optional<CarrierTime> time(
        const QJsonObject &parent, QStringView key, QStringView path, const QString &country) const;
    // An element of an array that should be an object.
    QJsonObject objectAt(const QJsonArray &array, qsizetype index, QStringView path) const;
    // The same, for elements that are skipped when they are not objects.
    std::optional<QJsonObject> objectEntry(
        const QJsonArray &array, qsizetype index, QStringView path) const;

    // A Malformed error; the problem text names the field.
    void report(const QString &problem) const;
    // A Malformed error for the field at path ("events[2].date: not a date").
    void report(const QString &path, const QString &problem) const;
    void reportMissing(QStringView path, QStringView key) const;

    static QString field(QStringView path, QStringView key);
    static QString element(QStringView path, qsizetype index);

private:
    QList<CarrierError> *m_errors;
    QString m_trackingNumber;
};

} // namespace ParcelDesk
