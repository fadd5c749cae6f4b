#include "DialectRegistry.h"

#include "dialects/BetterAuthDialect.h"
#include "dialects/GatekeeperDialect.h"
#include "dialects/GeminiDialect.h"
#include "dialects/GlewlwydDialect.h"
#include "dialects/KeycloakDialect.h"
#include "dialects/LuminateDialect.h"
#include "dialects/NebulaDialect.h"
#include "dialects/ScimDialect.h"

QStringList DialectRegistry::ids()
{
    return {QStringLiteral("gemini"),   QStringLiteral("gatekeeper"), QStringLiteral("nebula"),
            QStringLiteral("luminate"), QStringLiteral("betterauth"), QStringLiteral("scim"),
            QStringLiteral("glewlwyd"), QStringLiteral("keycloak")};
}

std::shared_ptr<const Dialect> DialectRegistry::create(const QString& id)
{
    if (id == QLatin1String("gemini"))
        return std::make_shared<GeminiDialect>();
    if (id == QLatin1String("gatekeeper"))
        return std::make_shared<GatekeeperDialect>();
    if (id == QLatin1String("nebula"))
        return std::make_shared<NebulaDialect>();
    if (id == QLatin1String("luminate"))
        return std::make_shared<LuminateDialect>();
    if (id == QLatin1String("betterauth"))
        return std::make_shared<BetterAuthDialect>();
    if (id == QLatin1String("glewlwyd"))
        return std::make_shared<GlewlwydDialect>();
    if (id == QLatin1String("scim"))
        return std::make_shared<ScimDialect>();
    if (id == QLatin1String("keycloak"))
        return std::make_shared<KeycloakDialect>();
    return nullptr;
}

QString DialectRegistry::displayName(const QString& id)
{
    const auto dialect = create(id);
    return dialect ? dialect->displayName() : id;
}

std::optional<Profile> DialectRegistry::profileFromDiscovery(const OidcDiscovery& server, const Profile& draft)
{
    QStringList order = ids();
    if (order.removeOne(draft.dialect))
        order.prepend(draft.dialect);
    for (const QString& id : order) {
        if (auto profile = create(id)->profileFromDiscovery(server, draft))
            return profile;
    }
    return std::nullopt;
}
