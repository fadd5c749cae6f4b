#pragma once
// What a server's OpenID Connect discovery document (/.well-known/openid-configuration) says
// about the token endpoints AuthDesk can use: RFC 7662 introspection (is this token active,
// and for whom) and RFC 7009 revocation. Endpoints are only taken on the profile's own server
// (same scheme, host and port, under its base path): a discovery document that points
// elsewhere would have the console send its token to another host.
//
// Pure: parsing and request building, no network; Dialect::discover and friends plan the calls.

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "values/Result.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

class OidcProvider
{
public:
    QString issuer;
    // Paths relative to the profile's base URL, empty where the server publishes none.
    QString introspectionPath;
    QString revocationPath;

    static Result<OidcProvider> fromDiscovery(const HttpResponse& response, const QUrl& baseUrl);
    // `endpoint` as a path under `baseUrl`, or empty when it is on another server.
    static QString pathUnder(const QUrl& endpoint, const QUrl& baseUrl);

    // `client` holds the client's identification as the token endpoints want it in the form
    // (client_id, and client_secret for a confidential client). Invalid without an endpoint.
    HttpRequest introspectRequest(const QString& token, const QString& typeHint, const QUrlQuery& client) const;
    HttpRequest revokeRequest(const QString& token, const QString& typeHint, const QUrlQuery& client) const;
    // RFC 7662's answer: {"active": bool, ...the claims the server vouches for}.
    static Result<QJsonObject> parseIntrospection(const HttpResponse& response);
};
