#pragma once
// Fills in a profile from a server's OpenID Connect discovery document: the user types the
// server's issuer (or the document's address) as the base URL, and the dialect that knows the
// document says what the profile's base URL, server type and settings are
// (DialectRegistry::profileFromDiscovery). The document is fetched like any request: the
// draft's proxy, CA bundle, pinned certificate, timeout and deadline, TLS errors refused.

#include "ApiClient.h"
#include "OidcDiscovery.h"
#include "values/Profile.h"
#include "values/Result.h"

#include <QObject>
#include <functional>

class ProfileDiscovery : public QObject
{
    Q_OBJECT
public:
    // The document and the profile it gives; no profile when no server type knows the document.
    struct Found
    {
        OidcDiscovery server;
        std::optional<Profile> profile;
    };
    using Callback = std::function<void(const Result<Found>&)>;

    explicit ProfileDiscovery(QObject* parent = nullptr);

    // Answers once, asynchronously, unless `context` is gone by then; a discovery still running
    // is cancelled first.
    void discover(const Profile& draft, QObject* context, Callback done);
    void cancel();

private:
    ApiClient* m_client;
};
