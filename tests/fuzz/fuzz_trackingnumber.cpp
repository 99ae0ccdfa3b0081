// libFuzzer target: tracking-number recognition and carrier time parsing on arbitrary text.
#include "carriers/carriertime.h"
#include "carriers/trackingnumber.h"

#include <cstdint>

using namespace ParcelDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto r = recognizeTrackingNumber(text);
    volatile qsizetype sink = r.candidates.size();
    const auto t = parseCarrierTime(text, u"DE");
    sink = t ? 1 : 0;
    (void)sink;
    return 0;
}
