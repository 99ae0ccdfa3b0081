#include "carrierregistry.h"

#include "auspostadapter.h"
#include "canadapostadapter.h"
#include "carrieradapter.h"
#include "dhladapter.h"
#include "dpdadapter.h"
#include "fedexadapter.h"
#include "glsadapter.h"
#include "upsadapter.h"
#include "uspsadapter.h"

namespace ParcelDesk {

QList<const CarrierAdapter *> carrierAdapters()
{
    static const QList<const CarrierAdapter *> adapters = [] {
        static const DhlAdapter dhl;
        static const UpsAdapter ups;
        static const FedexAdapter fedex;
        static const UspsAdapter usps;
        static const GlsAdapter gls;
        static const DpdAdapter dpd;
        static const CanadaPostAdapter canadaPost;
        static const AuspostAdapter auspost;
        return QList<const CarrierAdapter *> {
            &dhl, &ups, &fedex, &usps, &gls, &dpd, &canadaPost, &auspost};
    }();
    return adapters;
}

const CarrierAdapter *carrierAdapter(QStringView id)
{
    for (const CarrierAdapter *a : carrierAdapters()) {
        if (a->id() == id)
            return a;
    }
    return nullptr;
}

const CarrierAdapter *recognizeCarrierPayload(const QByteArray &body)
{
    const CarrierAdapter *best = nullptr;
    int bestScore = 0;
    for (const CarrierAdapter *a : carrierAdapters()) {
        const int score = a->recognizes(body);
        if (score > bestScore) {
            best = a;
            bestScore = score;
        }
    }
    return best;
}

} // namespace ParcelDesk
