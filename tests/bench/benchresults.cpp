#include "benchresults.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ParcelDesk::Bench {

bool report(const Figure &figure, const QString &jsonPath)
{
    const double ratio = figure.baseline > 0 ? figure.value / figure.baseline : 0;
    const bool met = figure.goalIsMaximum ? figure.value <= figure.goal
        : figure.goalIsAbsolute           ? figure.value >= figure.goal
                                          : ratio >= figure.goal;
    std::printf("%-28s %14.1f %-10s baseline %14.1f  ratio %.3f  goal %s %.2f%s  %s\n",
        qPrintable(figure.name), figure.value, qPrintable(figure.unit), figure.baseline, ratio,
        figure.goalIsMaximum ? "<=" : ">=", figure.goal,
        figure.goalIsAbsolute || figure.goalIsMaximum ? qPrintable(u" "_s + figure.unit) : "",
        met ? "met" : "MISSED");
    if (jsonPath.isEmpty())
        return true;

    QJsonArray list;
    QFile existing(jsonPath);
    if (existing.open(QIODevice::ReadOnly))
        list = QJsonDocument::fromJson(existing.readAll()).array();
    existing.close();
    for (qsizetype i = list.size() - 1; i >= 0; --i) {
        if (list.at(i).toObject().value(u"name"_s).toString() == figure.name)
            list.removeAt(i);
    }
    list.append(QJsonObject {
        {u"name"_s, figure.name},
        {u"value"_s, figure.value},
        {u"unit"_s, figure.unit},
        {u"baseline"_s, figure.baseline},
        {u"ratio"_s, ratio},
        {u"goal"_s, figure.goal},
        {u"goal_kind"_s,
            figure.goalIsMaximum        ? u"max_value"_s
                : figure.goalIsAbsolute ? u"min_value"_s
                                        : u"min_ratio"_s},
        {u"description"_s, figure.description},
        {u"measured_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    });
    QSaveFile out(jsonPath);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(QJsonDocument(list).toJson());
    return out.commit();
}

} // namespace ParcelDesk::Bench
