#include "OidcDiscovery.h"

#include "dialects/JsonReader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

// An absolute http(s) address: what a user may type, and the only kind of endpoint taken.
bool isWebAddress(const QUrl& url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

QUrl OidcDiscovery::documentBase(const QUrl& typed)
{
    if (!isWebAddress(typed))
        return {};
    QUrl base = typed.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    QString path = base.path(QUrl::FullyEncoded);
    if (path.endsWith(documentPath()))
        path.chop(documentPath().size());
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path, QUrl::TolerantMode);
    return base;
}

QUrl OidcDiscovery::documentUrl(const QUrl& typed)
{
    QUrl url = documentBase(typed);
    if (url.isValid())
        url.setPath(url.path(QUrl::FullyEncoded) + documentPath(), QUrl::TolerantMode);
    return url;
}

Result<OidcDiscovery> OidcDiscovery::parse(const HttpResponse& response)
{
    const Result<QJsonObject> document = JsonReader::parseObject(response);
    if (!document.ok())
        return document.error();
    const QJsonObject o = document.value();
    OidcDiscovery server;
    server.issuer = o.value(QStringLiteral("issuer")).toString();
    if (server.issuer.isEmpty())
        return JsonReader::malformed(QStringLiteral("no issuer in the OpenID Connect discovery document"));
    auto endpoint = [&](const char* key) {
        const QUrl url(o.value(QLatin1String(key)).toString(), QUrl::StrictMode);
        return isWebAddress(url) ? url : QUrl(); // anything else is as good as none
    };
    server.tokenEndpoint = endpoint("token_endpoint");
    server.introspectionEndpoint = endpoint("introspection_endpoint");
    server.revocationEndpoint = endpoint("revocation_endpoint");
    server.endSessionEndpoint = endpoint("end_session_endpoint");
    server.jwksUri = endpoint("jwks_uri");
    for (const QJsonValue& grant : o.value(QStringLiteral("grant_types_supported")).toArray())
        if (grant.isString())
            server.grantTypes.append(grant.toString());
    return server;
}
