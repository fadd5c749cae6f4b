#pragma once
// A server's OpenID Connect discovery document (/.well-known/openid-configuration, OpenID
// Connect Discovery 1.0 §4): its issuer, where its token endpoints are and which grants it
// takes. The profile dialog reads one to fill in a new profile (Dialect::profileFromDiscovery);
// OidcProvider keeps the endpoints a signed-in console may use. Pure: no network.

#include "HttpResponse.h"
#include "values/Result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

class OidcDiscovery
{
public:
    QString issuer;
    QUrl tokenEndpoint;
    QUrl introspectionEndpoint; // RFC 7662; invalid where the server publishes none
    QUrl revocationEndpoint;    // RFC 7009
    QUrl endSessionEndpoint;
    QUrl jwksUri;               // where the keys that sign its tokens are
    QStringList grantTypes;     // grant_types_supported, e.g. password, client_credentials

    // Where the document is for what a user typed: an issuer ("https://sso.example.com/realms/acme")
    // or the document's own address. Query and fragment are dropped; invalid unless http(s).
    static QUrl documentUrl(const QUrl& typed);
    // The base that documentPath() is under, for ApiClient.
    static QUrl documentBase(const QUrl& typed);
    static QString documentPath() { return QStringLiteral("/.well-known/openid-configuration"); }

    static Result<OidcDiscovery> parse(const HttpResponse& response);
};
