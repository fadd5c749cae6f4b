#include "Dialect.h"

#include <QCoreApplication>

namespace {
ApiError unsupported()
{
    return ApiError::make(
        ApiError::Kind::Unsupported,
        QCoreApplication::translate("Dialect", "This server does not offer this operation."));
}
} // namespace

Result<UserPage> Dialect::parseUserPage(const HttpResponse&, const UserQuery&) const
{
    return unsupported();
}

HttpRequest Dialect::updateUserRequest(const User&, const UserEdit&) const
{
    return {};
}

Result<User> Dialect::parseUser(const HttpResponse&) const
{
    return unsupported();
}

Result<QList<RoleDefinition>> Dialect::parseRoles(const HttpResponse&) const
{
    return unsupported();
}

Result<QList<Session>> Dialect::parseSessions(const HttpResponse&) const
{
    return unsupported();
}

Result<QList<ApiKey>> Dialect::parseApiKeys(const HttpResponse&) const
{
    return unsupported();
}

Result<IssuedApiKey> Dialect::parseIssuedApiKey(const HttpResponse&) const
{
    return unsupported();
}

ApiError Dialect::parseError(const HttpResponse& response) const
{
    if (!response.transportError.isNone())
        return response.transportError;
    return ApiError::make(ApiError::Kind::Server,
                          QCoreApplication::translate("Dialect", "The server answered with HTTP status %1.")
                              .arg(response.status),
                          response.status);
}
