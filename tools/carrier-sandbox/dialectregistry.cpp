#include "dialect.h"

namespace ParcelDesk::Sandbox {

std::unique_ptr<Dialect> makeDhlDialect(SandboxWorld &world);
std::unique_ptr<Dialect> makeGlsDialect(SandboxWorld &world);

QList<DialectEntry> dialects()
{
    return {
        {QStringLiteral("dhl"), &makeDhlDialect},
        {QStringLiteral("gls"), &makeGlsDialect},
    };
}

} // namespace ParcelDesk::Sandbox
