#include "Dialect.h"

#include "ErrorMapping.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace {
// No error message needs more: a larger failed body is a page, not worth parsing.
constexpr qsizetype errorBodyLimit = 64 * 1024;

// {"error":"invalid_grant"} holds a code, {"error":"User not found"} a message.
bool looksLikeCode(const QString& text)
{
    static const QRegularExpression code(QStringLiteral(R"(^[A-Za-z0-9_.:-]+$)"));
    return code.match(text).hasMatch();
}
} // namespace

Result<UserPage> Dialect::parseUserPage(const HttpResponse&, const UserQuery&) const
{
    return ErrorMapping::unsupported();
}

HttpRequest Dialect::updateUserRequest(const User&, const UserEdit&) const
{
    return {};
}

Result<User> Dialect::parseUser(const HttpResponse&) const
{
    return ErrorMapping::unsupported();
}

Result<QList<RoleDefinition>> Dialect::parseRoles(const HttpResponse&) const
{
    return ErrorMapping::unsupported();
}

Result<QList<Session>> Dialect::parseSessions(const HttpResponse&) const
{
    return ErrorMapping::unsupported();
}

Result<QList<ApiKey>> Dialect::parseApiKeys(const HttpResponse&) const
{
    return ErrorMapping::unsupported();
}

Result<IssuedApiKey> Dialect::parseIssuedApiKey(const HttpResponse&) const
{
    return ErrorMapping::unsupported();
}

QJsonDocument Dialect::errorDocument(const HttpResponse& response)
{
    const QByteArray body = response.body.trimmed();
    if (body.size() > errorBodyLimit || !(body.startsWith('{') || body.startsWith('[')))
        return {};
    return QJsonDocument::fromJson(body);
}

ServerError Dialect::commonError(const HttpResponse& response)
{
    ServerError error;
    const QJsonObject body = errorDocument(response).object();
    if (body.isEmpty())
        return error;
    auto text = [](const QJsonValue& value) {
        return value.isString() ? value.toString().trimmed() : QString();
    };
    const QJsonValue inner = body.value(QStringLiteral("error"));
    if (inner.isObject()) {
        error.message = text(inner.toObject().value(QStringLiteral("message")));
        error.code = text(inner.toObject().value(QStringLiteral("code")));
    } else if (const QString value = text(inner); looksLikeCode(value)) {
        error.code = value;
    } else {
        error.message = value;
    }
    for (const char* key : {"errorMessage", "error_description", "message", "detail"}) {
        if (error.message.isEmpty())
            error.message = text(body.value(QLatin1String(key)));
    }
    if (error.code.isEmpty())
        error.code = text(body.value(QStringLiteral("code")));
    return error;
}

ServerError Dialect::readError(const HttpResponse& response) const
{
    // A success's body is the answer: it is parsed once, by the operation's parser.
    if (response.isSuccess())
        return {};
    return commonError(response);
}

ApiError Dialect::parseError(const HttpResponse& response) const
{
    if (!response.transportError.isNone())
        return response.transportError;
    return ErrorMapping::fromResponse(response, readError(response));
}

ApiError Dialect::errorOf(const HttpResponse& response) const
{
    if (!response.isSuccess())
        return parseError(response);
    const ServerError error = readError(response);
    return error.failed ? ErrorMapping::fromResponse(response, error) : ApiError();
}
