#include "OidcProvider.h"

#include "OidcDiscovery.h"

#include "dialects/JsonReader.h"

namespace {

HttpRequest tokenForm(const QString& path, const QString& token, const QString& typeHint, const QUrlQuery& client)
{
    if (path.isEmpty() || token.isEmpty())
        return {};
    QUrlQuery form = client;
    HttpRequest::addText(form, QStringLiteral("token"), token);
    if (!typeHint.isEmpty())
        form.addQueryItem(QStringLiteral("token_type_hint"), typeHint);
    HttpRequest request = HttpRequest::form("POST", path, form);
    request.authenticated = false; // the client identifies itself in the form, not by a session
    return request;
}

} // namespace

QString OidcProvider::pathUnder(const QUrl& endpoint, const QUrl& baseUrl)
{
    if (!HttpRequest::sameOrigin(endpoint, baseUrl))
        return {};
    QString base = baseUrl.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QString path = endpoint.path(QUrl::FullyEncoded);
    if (!path.startsWith(base + QLatin1Char('/')))
        return {};
    return path.mid(base.size());
}

Result<OidcProvider> OidcProvider::fromDiscovery(const HttpResponse& response, const QUrl& baseUrl)
{
    const Result<OidcDiscovery> server = OidcDiscovery::parse(response);
    if (!server.ok())
        return server.error();
    OidcProvider provider;
    provider.issuer = server.value().issuer;
    provider.introspectionPath = pathUnder(server.value().introspectionEndpoint, baseUrl);
    provider.revocationPath = pathUnder(server.value().revocationEndpoint, baseUrl);
    return provider;
}

HttpRequest OidcProvider::introspectRequest(const QString& token, const QString& typeHint,
                                            const QUrlQuery& client) const
{
    HttpRequest ask = tokenForm(introspectionPath, token, typeHint, client);
    ask.kind = HttpRequest::Kind::Read; // a question, though a POST: it changes nothing
    return ask;
}

HttpRequest OidcProvider::revokeRequest(const QString& token, const QString& typeHint, const QUrlQuery& client) const
{
    return tokenForm(revocationPath, token, typeHint, client);
}

Result<QJsonObject> OidcProvider::parseIntrospection(const HttpResponse& response)
{
    const Result<QJsonObject> answer = JsonReader::parseObject(response);
    if (!answer.ok())
        return answer.error();
    if (!answer.value().value(QStringLiteral("active")).isBool())
        return JsonReader::malformed(QStringLiteral("no \"active\" in the introspection answer"));
    return answer;
}
