#include "dialect.h"

namespace ParcelDesk::Sandbox {

std::unique_ptr<Dialect> makeDhlDialect(SandboxWorld &world);
std::unique_ptr<Dialect> makeUpsDialect(SandboxWorld &world);
std::unique_ptr<Dialect> makeFedexDialect(SandboxWorld &world);
std::unique_ptr<Dialect> makeUspsDialect(SandboxWorld &world);
std::unique_ptr<Dialect> makeGlsDialect(SandboxWorld &world);
std::unique_ptr<Dialect> makeDpdDialect(SandboxWorld &world);
std::unique_ptr<Dialect> makeCanadaPostDialect(SandboxWorld &world);
std::unique_ptr<Dialect> makeAuspostDialect(SandboxWorld &world);

QList<DialectEntry> dialects()
{
    return {
        {QStringLiteral("dhl"), &makeDhlDialect},
        {QStringLiteral("ups"), &makeUpsDialect},
        {QStringLiteral("fedex"), &makeFedexDialect},
        {QStringLiteral("usps"), &makeUspsDialect},
        {QStringLiteral("gls"), &makeGlsDialect},
        {QStringLiteral("dpd"), &makeDpdDialect},
        {QStringLiteral("canadapost"), &makeCanadaPostDialect},
        {QStringLiteral("auspost"), &makeAuspostDialect},
    };
}

} // namespace ParcelDesk::Sandbox
