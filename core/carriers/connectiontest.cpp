#include "connectiontest.h"

#include <QElapsedTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

QString ConnectionTest::sampleNumber(const QString &carrier)
{
    // Numbers with valid check digits, so that no carrier refuses them for their form.
    static const QHash<QString, QString> samples = {
        {u"dhl"_s, u"00340434161094042557"_s},
        {u"ups"_s, u"1Z999AA10123456784"_s},
        {u"fedex"_s, u"794843185271"_s},
        {u"usps"_s, u"9400111899223344556677"_s},
        {u"gls"_s, u"36301917596"_s},
        {u"dpd"_s, u"01635005432109"_s},
        {u"canadapost"_s, u"7023210045678908"_s},
        {u"auspost"_s, u"33LPX5001107"_s},
    };
    return samples.value(carrier, u"123456789"_s);
}

ConnectionTest::Outcome ConnectionTest::judge(const CarrierAdapter &adapter, const ParseResult &r)
{
    Outcome o;
    const QString name = adapter.displayName();
    if (!r.shipments.isEmpty()) {
        o.ok = true;
        o.message = tr("%1 answered and the answer reads: the account works.").arg(name);
        return o;
    }
    if (r.errors.isEmpty()) {
        o.ok = true;
        o.message = tr("%1 answered with no shipment: the account works.").arg(name);
        return o;
    }
    const CarrierError &e = r.errors.first();
    const QString said = e.message.isEmpty() ? QString() : u" (%1)"_s.arg(e.message.left(300));
    switch (e.kind) {
    case CarrierErrorKind::NotFound:
    case CarrierErrorKind::InvalidNumber:
        o.ok = true;
        o.message = tr("%1 accepted the credentials (it does not know the test number): the "
                       "account works.")
                        .arg(name);
        break;
    case CarrierErrorKind::Unauthorized:
        o.message = tr("%1 refused the credentials%2. Check them in the account.").arg(name, said);
        break;
    case CarrierErrorKind::RateLimited:
        o.ok = true;
        o.message = tr("%1 accepted the credentials but says the limit or quota is reached%2.")
                        .arg(name, said);
        break;
    case CarrierErrorKind::ServerError:
        o.message = tr("%1 answered with a server error%2. Try again later.").arg(name, said);
        break;
    case CarrierErrorKind::Malformed:
        o.message = tr("The answer from %1 cannot be read%2. Check the base URL.").arg(name, said);
        break;
    }
    return o;
}

void ConnectionTest::run(const CarrierAdapter &adapter, const QUrl &baseUrl,
    const CarrierCredentials &credentials, CarrierTransport &transport,
    std::function<void(Outcome)> done, const QString &trackingNumber)
{
    auto session = std::make_shared<CarrierSession>(adapter, baseUrl, credentials, transport);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const QString number
        = trackingNumber.isEmpty() ? sampleNumber(adapter.id()) : trackingNumber.trimmed();
    session->track({number}, [session, timer, done, &adapter](const ParseResult &r) {
        Outcome o;
        // A transfer that failed without an HTTP status: the address did not answer.
        if (r.shipments.isEmpty() && !r.errors.isEmpty()
            && r.errors.first().code == u"unreachable") {
            o.message = r.errors.first().message + u' ' + tr("Check the base URL and the network.");
        } else {
            o = judge(adapter, r);
        }
        o.elapsedMs = timer->elapsed();
        done(o);
    });
}

} // namespace ParcelDesk
