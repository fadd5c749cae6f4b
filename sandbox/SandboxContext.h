#pragma once
// What every API handler shares: the store, the token service and the run's settings.

#include <QByteArray>
#include <QDateTime>

class Store;
class TokenService;

struct SandboxContext
{
    Store* store = nullptr;
    TokenService* tokens = nullptr;
    int tokenLifetimeOverride = 0;   // seconds; 0 keeps each API's documented lifetime
    int refreshLifetimeOverride = 0; // seconds; 0: the documented 1800 s (600 s past the access token)
    QString luminateApiKey = QStringLiteral("lum-demo-key");
    QString geminiClientId = QStringLiteral("authdesk-demo");
    QString geminiClientSecret = QStringLiteral("demo-client-secret");

    // Seconds since the epoch. --frozen-clock stops it: every reading answers the same time, so
    // two runs seeded alike agree to the second and tests compare them exactly.
    static inline qint64 frozenAt = 0;
    static qint64 now() { return frozenAt > 0 ? frozenAt : QDateTime::currentSecsSinceEpoch(); }
    int lifetime(int documentedSeconds) const
    {
        return tokenLifetimeOverride > 0 ? tokenLifetimeOverride : documentedSeconds;
    }
};
