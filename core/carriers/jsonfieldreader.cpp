#include "jsonfieldreader.h"

#include "carrierjson.h"

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

} // namespace

QString JsonFieldReader::field(QStringView path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key;
}

QString JsonFieldReader::element(QStringView path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

void JsonFieldReader::report(const QString &problem) const
{
    CarrierError e;
    e.kind = CarrierErrorKind::Malformed;
    e.trackingNumber = m_trackingNumber;
    e.message = problem;
    m_errors->append(e);
}

void JsonFieldReader::report(const QString &path, const QString &problem) const
{
    report(CarrierTr::tr("%1: %2", "field: problem").arg(path, problem));
}

void JsonFieldReader::reportMissing(QStringView path, QStringView key) const
{
    report(CarrierTr::tr("%1 is missing").arg(field(path, key)));
}

QJsonObject JsonFieldReader::object(
    const QJsonObject &parent, QStringView key, QStringView path) const
{
    const QJsonValue v = parent.value(key);
    if (v.isObject())
        return v.toObject();
    if (!isAbsent(v)) {
        const QString where = field(path, key);
        report(CarrierTr::tr("%1 should be an object").arg(where));
    }
    return {};
}

QJsonArray JsonFieldReader::array(
    const QJsonObject &parent, QStringView key, QStringView path) const
{
    const QJsonValue v = parent.value(key);
    if (v.isArray())
        return v.toArray();
    if (!isAbsent(v)) {
        const QString where = field(path, key);
        report(CarrierTr::tr("%1 should be a list").arg(where));
    }
    return {};
}

QString JsonFieldReader::text(const QJsonObject &parent, QStringView key, QStringView path) const
{
    const QJsonValue v = parent.value(key);
    if (v.isString() || v.isDouble())
        return CarrierJson::text(v);
    if (!isAbsent(v)) {
        const QString where = field(path, key);
        report(CarrierTr::tr("%1 should be a text or a number").arg(where));
    }
    return {};
}

QString JsonFieldReader::string(const QJsonObject &parent, QStringView key, QStringView path) const
{
    const QJsonValue v = parent.value(key);
    if (v.isString())
        return v.toString().trimmed();
    if (!isAbsent(v)) {
        const QString where = field(path, key);
        report(CarrierTr::tr("%1 should be a text").arg(where));
    }
    return {};
}

std::optional<double> JsonFieldReader::number(
    const QJsonObject &parent, QStringView key, QStringView path) const
{
    const QJsonValue v = parent.value(key);
    if (v.isDouble())
        return v.toDouble();
    if (!isAbsent(v)) {
        const QString where = field(path, key);
        report(CarrierTr::tr("%1 should be a number").arg(where));
    }
    return std::nullopt;
}

std::optional<CarrierTime> JsonFieldReader::time(
    const QJsonObject &parent, QStringView key, QStringView path, const QString &country) const
{
    const QJsonValue v = parent.value(key);
    if (isAbsent(v))
        return std::nullopt;
    const QString where = field(path, key);
    if (!v.isString()) {
        report(CarrierTr::tr("%1 should be a text").arg(where));
        return std::nullopt;
    }
    const auto t = parseCarrierTime(v.toString(), country);
    if (!t)
        report(CarrierTr::tr("%1 is not a time: \"%2\"").arg(where, v.toString().left(64)));
    return t;
}

QJsonObject JsonFieldReader::objectAt(
    const QJsonArray &array, qsizetype index, QStringView path) const
{
    const QJsonValue v = array.at(index);
    if (v.isObject())
        return v.toObject();
    const QString where = element(path, index);
    report(CarrierTr::tr("%1 should be an object").arg(where));
    return {};
}

std::optional<QJsonObject> JsonFieldReader::objectEntry(
    const QJsonArray &array, qsizetype index, QStringView path) const
{
    if (array.at(index).isObject())
        return array.at(index).toObject();
    objectAt(array, index, path);
    return std::nullopt;
}

} // namespace ParcelDesk
