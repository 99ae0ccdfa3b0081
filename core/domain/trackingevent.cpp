#include "trackingevent.h"

namespace ParcelDesk {

namespace {

constexpr quint64 fnvOffset = 14695981039346656037ULL;
constexpr quint64 fnvPrime = 1099511628211ULL;

void mixByte(quint64 &h, quint8 byte)
{
    h ^= byte;
    h *= fnvPrime;
}

void mixText(quint64 &h, QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        mixByte(h, static_cast<quint8>(u & 0xff));
        mixByte(h, static_cast<quint8>(u >> 8));
    }
    // A separator that cannot occur in text keeps ("ab","c") apart from ("a","bc").
    mixByte(h, 0xff);
    mixByte(h, 0xff);
}

} // namespace

qint64 trackingEventIdentity(
    qint64 occurredAtMs, QStringView carrierCode, QStringView location, QStringView carrierText)
{
    quint64 h = fnvOffset;
    const auto t = static_cast<quint64>(occurredAtMs);
    for (int shift = 0; shift < 64; shift += 8)
        mixByte(h, static_cast<quint8>(t >> shift));
    mixText(h, carrierCode);
    mixText(h, location);
    mixText(h, carrierText);
    return static_cast<qint64>(h);
}

qint64 TrackingEvent::identity() const
{
    return trackingEventIdentity(occurredAtMs, carrierCode, location, carrierText);
}

} // namespace ParcelDesk
