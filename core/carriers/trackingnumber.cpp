#include "trackingnumber.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

int digit(QChar c)
{
    return c.unicode() - u'0';
}

} // namespace

namespace CheckDigits {

bool ups1Z(QStringView n)
{
    if (n.size() != 18 || !n.startsWith(u"1Z") || !n.back().isDigit())
        return false;
    int sum = 0;
    for (qsizetype i = 2; i < 17; ++i) {
        const QChar c = n[i];
        int v = 0;
        if (c >= u'0' && c <= u'9')
            v = digit(c);
        else if (c >= u'A' && c <= u'Z')
            v = (c.unicode() - 63) % 10; // UPS: A→2 … H→9, I→0, J→1, ...
        else
            return false;
        sum += (i - 2) % 2 == 1 ? 2 * v : v;
    }
    return (10 - sum % 10) % 10 == digit(n[17]);
}

bool upuS10(QStringView n)
{
    static const QRegularExpression shape(u"^[A-Z]{2}\\d{9}[A-Z]{2}$"_s);
    if (!shape.match(n).hasMatch())
        return false;
    static constexpr int weights[8] = {8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += digit(n[2 + i]) * weights[i];
    int check = 11 - sum % 11;
    if (check == 10)
        check = 0;
    else if (check == 11)
        check = 5;
    return check == digit(n[10]);
}

bool gs1Mod10(QStringView d)
{
    if (d.size() < 2 || !allDigits(d))
        return false;
    int sum = 0;
    int weight = 3;
    for (qsizetype i = d.size() - 2; i >= 0; --i) {
        sum += digit(d[i]) * weight;
        weight = weight == 3 ? 1 : 3;
    }
    return (10 - sum % 10) % 10 == digit(d.back());
}

bool fedex12(QStringView d)
{
    if (d.size() != 12 || !allDigits(d))
        return false;
    static constexpr int weights[3] = {1, 3, 7};
    int sum = 0;
    for (int i = 0; i < 11; ++i)
        sum += digit(d[10 - i]) * weights[i % 3];
    return sum % 11 % 10 == digit(d[11]);
}

bool dhlPaket12(QStringView d)
{
    if (d.size() != 12 || !allDigits(d))
        return false;
    int sum = 0;
    for (int i = 0; i < 11; ++i)
        sum += digit(d[i]) * (i % 2 == 0 ? 4 : 9);
    return (10 - sum % 10) % 10 == digit(d[11]);
}

bool dhlExpress10(QStringView d)
{
    if (d.size() != 10 || !allDigits(d))
        return false;
    return d.left(9).toLongLong() % 7 == digit(d[9]);
}

bool iso7064Mod3736(QStringView n)
{
    if (n.size() != 15 || !allDigits(n.left(14)))
        return false;
    int p = 36;
    for (qsizetype i = 0; i < 14; ++i) {
        p = (p + digit(n[i])) % 36;
        if (p == 0)
            p = 36;
        p = (p * 2) % 37;
    }
    const int check = (37 - p) % 36;
    const QChar expected = check < 10 ? QChar(u'0' + check) : QChar(u'A' + check - 10);
    return n[14] == expected;
}

} // namespace CheckDigits

QString normalizeTrackingNumber(QStringView input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        if (c.isSpace() || c == u'-' || c == u'.' || c == u'/' || c == u'_')
            continue;
        out += c.toUpper();
    }
    return out;
}

TrackingNumberRecognition recognizeTrackingNumber(QStringView input)
{
    TrackingNumberRecognition r;
    r.normalized = normalizeTrackingNumber(input);
    const QString &n = r.normalized;
    auto add = [&r](const QString &carrier, const QString &format, bool verified) {
        r.candidates.append({carrier, format, verified});
    };

    if (CheckDigits::ups1Z(n))
        add(u"ups"_s, u"UPS 1Z"_s, true);

    if (CheckDigits::upuS10(n)) {
        const QString country = n.right(2);
        static const QHash<QString, QString> posts = {{u"US"_s, u"usps"_s}, {u"DE"_s, u"dhl"_s},
            {u"CA"_s, u"canadapost"_s}, {u"AU"_s, u"auspost"_s}};
        add(posts.value(country), u"UPU S10 (%1)"_s.arg(country), true);
    }

    if (CheckDigits::iso7064Mod3736(n))
        add(u"dpd"_s, u"DPD parcel number with check character"_s, true);

    if (!allDigits(n))
        return r;

    // USPS Intelligent Mail package barcode, with or without the "420" + ZIP routing prefix.
    QStringView impb = n;
    if (n.startsWith(u"420") && (n.size() == 30 || n.size() == 34))
        impb = QStringView(n).mid(n.size() == 30 ? 8 : 12);
    if (impb.size() >= 20 && impb.size() <= 22 && impb.front() == u'9' && impb[1] >= u'1'
        && impb[1] <= u'5' && CheckDigits::gs1Mod10(impb))
        add(u"usps"_s, u"USPS IMpb"_s, true);

    switch (n.size()) {
    case 10:
        if (CheckDigits::dhlExpress10(n))
            add(u"dhl"_s, u"DHL Express waybill"_s, true);
        break;
    case 11:
        if (CheckDigits::gs1Mod10(n))
            add(u"gls"_s, u"GLS parcel number"_s, true);
        break;
    case 12:
        if (CheckDigits::fedex12(n))
            add(u"fedex"_s, u"FedEx Express"_s, true);
        if (CheckDigits::dhlPaket12(n))
            add(u"dhl"_s, u"DHL Paket"_s, true);
        break;
    case 14:
        add(u"dpd"_s, u"DPD parcel number (no check digit)"_s, false);
        break;
    case 15:
        if (CheckDigits::gs1Mod10(n))
            add(u"fedex"_s, u"FedEx Ground"_s, true);
        break;
    case 16:
        if (CheckDigits::gs1Mod10(n))
            add(u"canadapost"_s, u"Canada Post PIN"_s, true);
        break;
    case 20:
        if (n.startsWith(u"00") && CheckDigits::gs1Mod10(n))
            add(u"dhl"_s, u"SSCC (DHL Paket)"_s, true);
        break;
    default:
        break;
    }
    return r;
}

} // namespace ParcelDesk
