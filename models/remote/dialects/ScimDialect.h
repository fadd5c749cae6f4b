#pragma once
// SCIM 2.0 (RFC 7643 / RFC 7644), the standard provisioning API of identity providers and the
// apps they feed. The profile's base URL is the SCIM root (e.g. https://idp.example.com/scim/v2);
// the identity is only a label for the token. Every call carries the bearer token that the
// server's administrator issued (the profile's "api_key" secret, kept in the keychain, used as it
// is like Nebula's ak_ keys): sign-in checks it with a one-user list.
//
// Users live at /Users: `filter` for search, `startIndex`/`count` paging with `totalResults` as
// the true total, POST to create, PUT (the whole resource, rebuilt from what the server sent so
// that nothing the form does not show is lost) to edit, PATCH for `active` and `roles`, DELETE.
// Filtering is optional in SCIM and servers differ: the profile's "search_filter" setting picks
// `sw` (starts with, over user name, emails and names, joined with `or`), `co` (contains, the
// same attributes) or `eq` (exact user name, or exact email when the text holds an '@': the one
// filter every server answers, and all that better-auth's SCIM plugin knows). The form offers no
// password: SCIM provisioning leaves sign-in to the identity provider and many servers drop the
// write-only attribute without a word; one given anyway (authdesk-cli) is sent as RFC 7643 says.
// Sessions, API keys, token refresh and sign-out do not exist in SCIM and are denied.

#include "remote/Dialect.h"

class ScimDialect : public Dialect
{
public:
    QString id() const override { return QStringLiteral("scim"); }
    QString displayName() const override;
    Capabilities capabilities(const Profile& profile) const override;
    QList<SettingField> settingFields() const override;
    QStringList requiredSecrets(const Profile&) const override { return {QStringLiteral("api_key")}; }
    QList<UserField> userFields() const override;

    HttpRequest signInRequest(const Profile& profile, const Secrets& secrets) const override;
    Result<AuthState> parseSignIn(const HttpResponse& response, const Profile& profile) const override;
    void authorize(HttpRequest& request, const AuthState& state, const Profile& profile,
                   const Secrets& secrets) const override;

    // The query alone uses the default search filter (sw); Connection passes the profile.
    HttpRequest listUsersRequest(const UserQuery& query) const override;
    // The search filter a profile chose (servers differ in the filters they accept).
    HttpRequest listUsersRequest(const Profile& profile, const UserQuery& query) const;
    Plan<UserPage> listUsers(const Profile& profile, const UserQuery& query) const override;
    Result<UserPage> parseUserPage(const HttpResponse& response, const UserQuery& query) const override;
    HttpRequest getUserRequest(const User& user) const override;
    HttpRequest createUserRequest(const UserEdit& edit, const Profile&, const Secrets&) const override;
    HttpRequest updateUserRequest(const User& before, const UserEdit& after) const override;
    HttpRequest deleteUserRequest(const User& user) const override;
    HttpRequest setRolesRequest(const User& user, const QStringList& roles) const override;
    HttpRequest setEnabledRequest(const User& user, bool enabled) const override;
    Result<User> parseUser(const HttpResponse& response) const override;

    ServerError readError(const HttpResponse& response) const override;

    // The filter a search box text becomes under one search_filter mode ("sw", "co", "eq");
    // empty text: no filter.
    static QString searchFilter(const QString& text, const QString& mode);
    // A filter comparison value: a JSON string literal, quotes and backslashes escaped.
    static QString quoted(const QString& value);
    // The mode a profile asks for, "sw" when it names none or an unknown one.
    static QString searchMode(const Profile& profile);
};
