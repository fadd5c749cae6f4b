#include "LuminateDialect.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("LuminateDialect", text);
}
} // namespace

QString LuminateDialect::displayName() const
{
    return tr("Luminate Data");
}

Capabilities LuminateDialect::capabilities(const Profile&) const
{
    Capabilities c;
    const QString none =
        tr("Luminate Data has no user management API; AuthDesk only signs in and checks the token.");
    for (Capability denied :
         {Capability::ListUsers, Capability::ServerSearch, Capability::ServerSort, Capability::TotalCount,
          Capability::GetUser, Capability::CreateUser, Capability::UpdateUser, Capability::DeleteUser,
          Capability::SetRoles, Capability::SetEnabled, Capability::UserActionsFromLinks})
        c.deny(denied, none);
    const QString sessions = tr("Luminate Data does not expose sessions; its tokens expire after 24 hours.");
    for (Capability denied : {Capability::ListSessions, Capability::ListAllSessions,
                              Capability::RevokeSession, Capability::RevokeAllSessions, Capability::SignOut})
        c.deny(denied, sessions);
    const QString keys = tr("Luminate API keys are issued by Luminate support, not through the API.");
    for (Capability denied : {Capability::ListApiKeys, Capability::CreateApiKey, Capability::RevokeApiKey})
        c.deny(denied, keys);
    c.deny(Capability::RefreshToken,
           tr("Luminate has no refresh token; AuthDesk signs in again before expiry."));
    return c;
}

QList<SettingField> LuminateDialect::settingFields() const
{
    return {{QStringLiteral("api_key"), tr("API key"), true, true, {}}};
}

QStringList LuminateDialect::requiredSecrets(const Profile&) const
{
    return {QStringLiteral("api_key"), QStringLiteral("password")};
}

HttpRequest LuminateDialect::signInRequest(const Profile& profile, const Secrets& secrets) const
{
    QUrlQuery form;
    HttpRequest::addText(form, QStringLiteral("username"), profile.identity);
    HttpRequest::addText(form, QStringLiteral("password"), secrets.value(QStringLiteral("password")));
    HttpRequest r = HttpRequest::form("POST", QStringLiteral("/auth"), form);
    r.setHeader("x-api-key", secrets.value(QStringLiteral("api_key")).toUtf8());
    r.authenticated = false;
    return r;
}

Result<AuthState> LuminateDialect::parseSignIn(const HttpResponse& response, const Profile& profile) const
{
    Result<QJsonObject> body = JsonReader::parseObject(response);
    if (!body.ok())
        return body.error();
    AuthState state;
    state.accessToken = body.value().value(QStringLiteral("access_token")).toString();
    if (state.accessToken.isEmpty())
        return JsonReader::malformed(QStringLiteral("no access_token in the answer"));
    state.tokenType = QStringLiteral("Luminate");
    state.issuedAt = QDateTime::currentDateTimeUtc();
    state.expiresAt = state.issuedAt.addSecs(body.value().value(QStringLiteral("expires_in")).toInt(86400));
    state.identity = profile.identity;
    return state;
}

void LuminateDialect::authorize(HttpRequest& request, const AuthState& state, const Profile&,
                                const Secrets& secrets) const
{
    request.setHeader("authorization", state.accessToken.toUtf8()); // no "Bearer": as documented
    request.setHeader("x-api-key", secrets.value(QStringLiteral("api_key")).toUtf8());
    request.setHeader("Accept", "application/vnd.luminate-data.svc-apibff.v1+json");
}

ServerError LuminateDialect::readError(const HttpResponse& response) const
{
    // {"error":{"errors":[{"error_code":"00018","message":"..."}],"code":401,"message":"Unauthorized"}}:
    // the first inner error says what went wrong, the envelope only restates the status.
    ServerError error;
    if (response.isSuccess())
        return error;
    const QJsonObject envelope = errorDocument(response).object().value(QStringLiteral("error")).toObject();
    const QJsonObject first = envelope.value(QStringLiteral("errors")).toArray().first().toObject();
    error.code = first.value(QStringLiteral("error_code")).toString();
    error.message = first.value(QStringLiteral("message")).toString();
    if (response.status != 401)
        return error;
    if (error.code == QLatin1String("00018")) {
        error.reason = ServerError::Reason::CredentialRefused;
        error.field = QStringLiteral("api_key");
        // Every call carries two credentials here: this names the one refused, the x-api-key.
        error.sentence = tr("This API key is not valid for Luminate.");
    } else if (error.code == QLatin1String("00019")) {
        error.reason = ServerError::Reason::WrongCredentials;
        error.field = QStringLiteral("password");
    }
    return error;
}
