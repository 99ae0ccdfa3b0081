#include "faultspec.h"

using namespace Qt::StringLiterals;

namespace ParcelDesk::Sandbox {

Result<QList<Fault>> FaultSpec::parse(QStringView spec)
{
    QList<Fault> faults;
    const auto items = spec.split(u',', Qt::SkipEmptyParts);
    for (QStringView item : items) {
        item = item.trimmed();
        Fault f;
        const qsizetype colon = item.indexOf(u':');
        if (colon <= 0)
            return Error {tr("fault \"%1\": expected CARRIER:FAULT").arg(item.toString())};
        f.carrier = item.left(colon).toString();
        QStringView rest = item.mid(colon + 1);
        const qsizetype at = rest.indexOf(u'@');
        if (at >= 0) {
            bool ok = false;
            f.probability = rest.mid(at + 1).toDouble(&ok);
            if (!ok || f.probability <= 0 || f.probability > 1)
                return Error {tr("fault \"%1\": the probability after @ must be in (0, 1]")
                                  .arg(item.toString())};
            rest = rest.left(at);
        }
        const qsizetype eq = rest.indexOf(u'=');
        const QStringView name = eq >= 0 ? rest.left(eq) : rest;
        bool hasValue = eq >= 0;
        if (hasValue) {
            bool ok = false;
            f.value = rest.mid(eq + 1).toInt(&ok);
            if (!ok || f.value < 0)
                return Error {tr("fault \"%1\": the value after = must be a whole number")
                                  .arg(item.toString())};
        }
        if (name == u"429") {
            f.kind = Fault::Kind::TooManyRequests;
            if (!hasValue)
                f.value = 30;
        } else if (name == u"quota") {
            f.kind = Fault::Kind::Quota;
        } else if (name == u"5xx") {
            f.kind = Fault::Kind::ServerError;
        } else if (name == u"slow") {
            f.kind = Fault::Kind::Slow;
        } else if (name == u"timeout") {
            f.kind = Fault::Kind::Timeout;
        } else if (name == u"malformed") {
            f.kind = Fault::Kind::Malformed;
        } else if (name == u"token-expiry") {
            f.kind = Fault::Kind::TokenExpiry;
        } else {
            return Error {tr("fault \"%1\": unknown fault \"%2\"; known: 429, quota, 5xx, slow, "
                             "timeout, malformed, token-expiry")
                              .arg(item.toString(), name.toString())};
        }
        if ((f.kind == Fault::Kind::Quota || f.kind == Fault::Kind::Slow
                || f.kind == Fault::Kind::TokenExpiry)
            && !hasValue)
            return Error {tr("fault \"%1\": needs a value, e.g. %2=100")
                              .arg(item.toString(), name.toString())};
        faults.append(f);
    }
    return faults;
}

} // namespace ParcelDesk::Sandbox
