#include "dialect.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ParcelDesk::Sandbox::Dialects {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray header(const QHttpServerRequest &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers()) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray basicAuth(const QString &user, const QString &password)
{
    return "Basic " + (user + u':' + password).toUtf8().toBase64();
}

bool isUnknownNumber(QStringView trackingNumber)
{
    return trackingNumber.startsWith(u"404");
}

bool isFinished(const QList<JourneyEvent> &events)
{
    if (events.isEmpty())
        return false;
    const JourneyStep last = events.last().step;
    return last == JourneyStep::Delivered || last == JourneyStep::PickedUpAtPoint
        || last == JourneyStep::ReturnedToSender;
}

QString localTime(qint64 utcMs, QByteArrayView ianaZone, OffsetStyle style, QStringView format)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(ianaZone.toByteArray()));
    QString text = t.toString(format);
    if (style == OffsetStyle::None)
        return text;
    const int minutes = t.offsetFromUtc() / 60;
    text += minutes < 0 ? u'-' : u'+';
    text += u"%1"_s.arg(qAbs(minutes) / 60, 2, 10, QChar(u'0'));
    if (style == OffsetStyle::Colon)
        text += u':';
    text += u"%1"_s.arg(qAbs(minutes) % 60, 2, 10, QChar(u'0'));
    return text;
}

QString utcIso(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(Qt::ISODate);
}

} // namespace ParcelDesk::Sandbox::Dialects
