#include "Capabilities.h"

#include "ErrorMapping.h"

QString Capabilities::reason(Capability capability) const
{
    if (supports(capability))
        return {};
    if (const auto it = m_unsupported.constFind(capability); it != m_unsupported.cend())
        return it.value();
    // Capabilities only one server has are explained here rather than denied by every dialect.
    switch (capability) {
    case Capability::DisableReason:
        return tr("This server records no reason with a disabled account.");
    case Capability::DisableExpiry:
        return tr("This server cannot end a disable by itself: enable the account again when it is due.");
    case Capability::TokenIntrospection:
    case Capability::TokenRevocation:
        return tr("This server publishes no OpenID Connect endpoint for that.");
    default:
        return ErrorMapping::unsupported().message;
    }
}
