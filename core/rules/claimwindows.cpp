#include "claimwindows.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

constexpr qint64 msPerDay = 86'400'000;

QDate dayOf(qint64 wallMs)
{
    return QDateTime::fromMSecsSinceEpoch(wallMs, Qt::UTC).date();
}

qint64 startOfDay(QDate d)
{
    return QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

const ClaimWindows &ClaimWindows::builtin()
{
    static const ClaimWindows windows = [] {
        ClaimWindows all;
        const QDir dir(u":/claims"_s);
        for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("the built-in claim windows cannot be read: %s", qPrintable(name));
            const auto loaded = fromJson(file.readAll(), file.fileName());
            if (!loaded)
                qFatal("%s", qPrintable(loaded.error().message));
            all.merge(*loaded);
        }
        return all;
    }();
    return windows;
}

Result<ClaimWindows> ClaimWindows::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {tr("%1: not JSON (%2 at offset %3).")
                          .arg(origin, parseError.errorString())
                          .arg(parseError.offset)};
    const QJsonObject root = doc.object();
    const QString carrier = root.value(u"carrier"_s).toString();
    if (carrier.isEmpty() || carrier != carrier.toLower())
        return Error {tr("%1: \"carrier\" must name the carrier's id in lower case.").arg(origin)};
    ClaimWindows result;
    result.m_names.insert(carrier, root.value(u"name"_s).toString(carrier));
    if (const QString missing = root.value(u"missing"_s).toString(); !missing.isEmpty())
        result.m_missing.insert(carrier, missing);
    const QJsonArray list = root.value(u"windows"_s).toArray();
    QList<Window> windows;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const auto bad = [&](const QString &field, const QString &what) {
            return Error {tr("%1: windows[%2].%3: %4").arg(origin).arg(i).arg(field, what)};
        };
        Window w;
        w.carrier = carrier;
        const QString kind = o.value(u"kind"_s).toString();
        if (kind == u"lost")
            w.kind = Kind::Lost;
        else if (kind == u"damaged")
            w.kind = Kind::Damaged;
        else
            return bad(u"kind"_s, tr("\"%1\" is not lost or damaged").arg(kind));
        const QString scope = o.value(u"scope"_s).toString(u"any"_s);
        if (scope == u"any")
            w.scope = Scope::Any;
        else if (scope == u"domestic")
            w.scope = Scope::Domestic;
        else if (scope == u"international")
            w.scope = Scope::International;
        else
            return bad(u"scope"_s, tr("\"%1\" is not any, domestic or international").arg(scope));
        for (const QJsonValue &c : o.value(u"origin_countries"_s).toArray()) {
            const QString code = c.toString();
            if (code.size() != 2 || code != code.toUpper())
                return bad(
                    u"origin_countries"_s, tr("\"%1\" is not an ISO 3166 country code").arg(code));
            w.originCountries.append(code);
        }
        const QString from = o.value(u"counted_from"_s).toString();
        if (from == u"shipped")
            w.from = From::Shipped;
        else if (from == u"expected_delivery")
            w.from = From::ExpectedDelivery;
        else if (from == u"delivered")
            w.from = From::Delivered;
        else
            return bad(u"counted_from"_s,
                tr("\"%1\" is not shipped, expected_delivery or delivered").arg(from));
        w.days = o.value(u"days"_s).toInt(-1);
        if (w.days <= 0 || w.days > 3660)
            return bad(u"days"_s, tr("must be a whole number of days from 1 to 3660"));
        const QString dayKind = o.value(u"day_kind"_s).toString(u"calendar"_s);
        if (dayKind != u"calendar" && dayKind != u"business")
            return bad(u"day_kind"_s, tr("\"%1\" is not calendar or business").arg(dayKind));
        w.businessDays = dayKind == u"business";
        w.notBeforeDays = o.value(u"not_before_days"_s).toInt(0);
        if (w.notBeforeDays < 0 || w.notBeforeDays >= w.days)
            return bad(u"not_before_days"_s, tr("must be at least 0 and fewer than days"));
        const QJsonObject source = o.value(u"source"_s).toObject();
        w.sourceTitle = source.value(u"title"_s).toString();
        w.sourceUrl = source.value(u"url"_s).toString();
        w.sourceSection = source.value(u"section"_s).toString();
        const QUrl url(w.sourceUrl, QUrl::StrictMode);
        if (w.sourceTitle.isEmpty())
            return bad(u"source.title"_s, tr("every window needs the title of its source"));
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
            return bad(u"source.url"_s, tr("\"%1\" is not a web address").arg(w.sourceUrl));
        w.note = o.value(u"note"_s).toString();
        windows.append(w);
    }
    if (windows.isEmpty() && !result.m_missing.contains(carrier))
        return Error {tr("%1: no windows, and no \"missing\" note saying why.").arg(origin)};
    result.m_windows.insert(carrier, windows);
    return result;
}

void ClaimWindows::merge(const ClaimWindows &other)
{
    for (auto it = other.m_windows.cbegin(); it != other.m_windows.cend(); ++it)
        m_windows.insert(it.key(), it.value());
    for (auto it = other.m_names.cbegin(); it != other.m_names.cend(); ++it)
        m_names.insert(it.key(), it.value());
    for (auto it = other.m_missing.cbegin(); it != other.m_missing.cend(); ++it)
        m_missing.insert(it.key(), it.value());
}

QStringList ClaimWindows::carriers() const
{
    QStringList ids = m_names.keys();
    ids.sort();
    return ids;
}

std::optional<ClaimWindows::Window> ClaimWindows::windowFor(const QString &carrier, Kind kind,
    const QString &originCountry, const QString &destinationCountry) const
{
    const bool domestic = !originCountry.isEmpty() && originCountry == destinationCountry;
    const Window *best = nullptr;
    int bestScore = -1;
    // A copy that outlives the loop: best points into it.
    const QList<Window> windows = m_windows.value(carrier);
    for (const Window &w : windows) {
        if (w.kind != kind)
            continue;
        if (w.scope == Scope::Domestic && !domestic)
            continue;
        if (w.scope == Scope::International && domestic)
            continue;
        const bool named = w.originCountries.contains(originCountry);
        if (!w.originCountries.isEmpty() && !named)
            continue;
        // A window naming the country beats one for any; a scoped one beats "any" scope.
        const int score = (named ? 2 : 0) + (w.scope != Scope::Any ? 1 : 0);
        if (score > bestScore) {
            best = &w;
            bestScore = score;
        }
    }
    if (!best)
        return std::nullopt;
    return *best;
}

std::optional<ClaimWindows::Deadline> ClaimWindows::deadline(const QString &carrier, Kind kind,
    const QString &originCountry, const QString &destinationCountry, const Dates &dates,
    const HolidayCalendar &calendar) const
{
    const auto window = windowFor(carrier, kind, originCountry, destinationCountry);
    if (!window)
        return std::nullopt;
    Deadline d;
    d.window = *window;
    // The window's own start, else the nearest earlier moment known.
    std::optional<qint64> start;
    switch (window->from) {
    case From::Delivered:
        start = dates.deliveredMs;
        if (!start) {
            start = dates.reportedMs ? dates.reportedMs : dates.expectedDeliveryMs;
            d.startEstimated = true;
        }
        break;
    case From::ExpectedDelivery:
        start = dates.expectedDeliveryMs;
        if (!start) {
            start = dates.reportedMs;
            d.startEstimated = true;
        }
        break;
    case From::Shipped:
        start = dates.shippedMs;
        break;
    }
    if (!start) {
        start = dates.shippedMs;
        d.startEstimated = true;
    }
    const QDate first = dayOf(*start);
    const auto after = [&](int days) {
        return window->businessDays ? calendar.addBusinessDays(originCountry, first, days)
                                    : first.addDays(days);
    };
    d.dueMs = startOfDay(after(window->days)) + msPerDay - 1;
    d.openFromMs = window->notBeforeDays > 0 ? startOfDay(after(window->notBeforeDays)) : *start;
    return d;
}

QString ClaimWindows::describe(const Window &w)
{
    QString from;
    switch (w.from) {
    case From::Shipped:
        from = tr("the day it was shipped");
        break;
    case From::ExpectedDelivery:
        from = tr("the expected delivery date");
        break;
    case From::Delivered:
        from = tr("the delivery date");
        break;
    }
    const QString span = w.businessDays ? tr("%n business day(s)", nullptr, w.days)
                                        : tr("%n day(s)", nullptr, w.days);
    QString text = tr("%1 from %2").arg(span, from);
    if (w.notBeforeDays > 0)
        text += tr(", not before day %1").arg(w.notBeforeDays);
    return text;
}

} // namespace ParcelDesk
