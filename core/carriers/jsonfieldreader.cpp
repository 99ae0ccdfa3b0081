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

} // namespace ParcelDesk
