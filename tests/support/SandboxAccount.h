#pragma once
// The sandbox's documented admin account for each API (sandbox/README.md), for tests and
// benchmarks that sign in through the real Connection. Demo values: never printed all the same.

#include "remote/Dialect.h"

#include <QString>
#include <QVariantMap>

struct SandboxAccount
{
    QString dialect;
    QString identity;
    Secrets secrets;
    QVariantMap settings; // the profile's non-secret dialect settings

    static SandboxAccount of(const QString& dialect)
    {
        const QString admin = QStringLiteral("sandbox-admin");
        if (dialect == QLatin1String("gemini"))
            return {dialect,
                    QStringLiteral("admin@gemini.test"),
                    {{QStringLiteral("password"), admin},
                     {QStringLiteral("client_secret"), QStringLiteral("demo-client-secret")}},
                    {{QStringLiteral("client_id"), QStringLiteral("authdesk-demo")}}};
        if (dialect == QLatin1String("nebula"))
            return {dialect, QStringLiteral("admin@nebula.test"), {{QStringLiteral("password"), admin}}, {}};
        if (dialect == QLatin1String("luminate"))
            return {dialect,
                    QStringLiteral("admin@luminate.test"),
                    {{QStringLiteral("password"), admin},
                     {QStringLiteral("api_key"), QStringLiteral("lum-demo-key")}},
                    {}};
        return {dialect, QStringLiteral("admin"), {{QStringLiteral("password"), admin}}, {}};
    }
};
