// libFuzzer target: message templates as a shop's staff write them (Mustache): the check that
// runs before one is saved, and rendering with a customer's data, which only a checked template
// reaches.
#include "workflows/messagetemplates.h"

#include <cstdint>

using namespace ParcelDesk;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    MessageTemplate message;
    message.kind = u"delay_apology"_s;
    message.language = size % 2 ? u"de"_s : u"en"_s;
    message.subject = text.left(200);
    message.text = text;
    message.html = text;
    message.sms = text.left(500);
    message.whatsapp = text.left(64);
    TemplateData customer;
    customer.shop = u"Nordlicht <Shop> & Co"_s;
    customer.customer = u"Anna Schmidt"_s;
    customer.firstName = u"Anna"_s;
    customer.orderNumber = u"PD-01000100"_s;
    customer.daysLate = 3;
    customer.voucherCode = u"SORRY-{{X}}"_s;
    customer.voucherValue = u"10 €"_s;
    customer.parcels = {{u"DHL"_s, u"00340434161234567890"_s, u"In transit"_s, u"Friday"_s, true},
        {u"UPS"_s, u"1Z999AA10123456784"_s, u"Delivered"_s, QString(), false}};
    const auto rendered = MessageTemplates::render(message, customer);
    volatile qsizetype sink = (rendered ? rendered->html.size() + rendered->smsSegments : 0)
        + MessageTemplates::smsSegments(text);
    (void)sink;
    return 0;
}
