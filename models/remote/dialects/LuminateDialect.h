#pragma once
// Luminate Data: `x-api-key` plus form credentials at /auth give a 24 h token; every later call
// sends both `authorization: <token>` (no scheme) and `x-api-key`. Luminate offers no user,
// session or key management, so AuthDesk holds the credential: sign in, show expiry, renew.

#include "remote/Dialect.h"

class LuminateDialect : public Dialect
{
public:
    QString id() const override { return QStringLiteral("luminate"); }
    QString displayName() const override;
    Capabilities capabilities(const Profile& profile) const override;
    QList<SettingField> settingFields() const override;
    QStringList requiredSecrets(const Profile&) const override;

    HttpRequest signInRequest(const Profile& profile, const Secrets& secrets) const override;
    Result<AuthState> parseSignIn(const HttpResponse& response, const Profile& profile) const override;
    void authorize(HttpRequest& request, const AuthState& state, const Profile&,
                   const Secrets& secrets) const override;
    ServerError readError(const HttpResponse& response) const override;
};
