// libFuzzer target: one carrier's parser (PARCELDESK_FUZZ_CARRIER) on arbitrary bytes.
// Whatever the body, parse() must return, with errors as values: no crash, no hang, no leak.
#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"

#include <cstdint>
#include <cstdlib>

using namespace ParcelDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const CarrierAdapter *adapter = [] {
        const CarrierAdapter *a = carrierAdapter(QStringLiteral(PARCELDESK_FUZZ_CARRIER));
        if (!a)
            std::abort(); // the build names a carrier the registry does not know
        return a;
    }();
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    // The status selects different paths in several parsers (errors inside 200, problem bodies).
    static constexpr int statuses[] = {200, 404, 429};
    const int status = size > 0 ? statuses[data[0] % 3] : 200;
    const ParseResult result = adapter->parse(CarrierResponse {status, {}, body});
    volatile qsizetype sink = result.shipments.size() + result.errors.size();
    (void)sink;
    (void)adapter->recognizes(body);
    return 0;
}
