// Every dialect's response parsers and multi-step operations fed one answer: sign-in, a user
// page, a user, roles, sessions, API keys, an issued key and the error body, plus the plans
// that read an answer before sending the next request (Keycloak's role ids, Glewlwyd's read
// back), the attribute columns, groups, token introspection and revocation, and a profile read
// from a discovery document. Nothing may crash, hang or read out of bounds whatever the server sends.

#include "FuzzInput.h"
#include "PlanWalk.h"
#include "remote/DialectRegistry.h"

#include <cstddef>
#include <cstdint>

namespace {

Profile profileFor(const Dialect& dialect)
{
    Profile profile;
    profile.id = QStringLiteral("fuzz");
    profile.name = QStringLiteral("fuzz");
    profile.dialect = dialect.id();
    profile.baseUrl = QUrl(QStringLiteral("https://fuzz.invalid/api"));
    profile.identity = QStringLiteral("admin");
    for (const SettingField& field : dialect.settingFields()) {
        if (!field.secret)
            profile.settings.insert(field.key, QStringLiteral("fuzz"));
    }
    return profile;
}

User someUser()
{
    User user;
    user.id = QStringLiteral("u-1");
    user.username = QStringLiteral("ann");
    user.email = QStringLiteral("ann@example.test");
    user.roles = {QStringLiteral("admin")};
    return user;
}

// Answers every request of the plan with the same response (a few steps at most).
template <typename T> void walkWith(const Dialect& dialect, Plan<T> plan, const HttpResponse& answer)
{
    walk(dialect, std::move(plan), {answer, answer, answer, answer});
}

void parseWith(const Dialect& dialect, const HttpResponse& answer)
{
    const Profile profile = profileFor(dialect);
    const User user = someUser();
    UserQuery query;
    query.limit = 3;

    (void)dialect.parseSignIn(answer, profile);
    (void)dialect.parseUserPage(answer, query);
    (void)dialect.parseUser(answer);
    (void)dialect.parseRoles(answer);
    (void)dialect.parseSessions(answer);
    (void)dialect.parseApiKeys(answer);
    (void)dialect.parseIssuedApiKey(answer);
    (void)dialect.errorOf(answer);
    (void)dialect.parseError(answer);

    const Secrets secrets{{QStringLiteral("password"), QStringLiteral("secret")},
                          {QStringLiteral("client_secret"), QStringLiteral("secret")},
                          {QStringLiteral("api_key"), QStringLiteral("secret")}};
    UserEdit edit;
    edit.user.username = QStringLiteral("bob");
    edit.user.email = QStringLiteral("bob@example.test");
    walkWith(dialect, dialect.signIn(profile, secrets, {}), answer);
    walkWith(dialect, dialect.listUsers(profile, query), answer);
    walkWith(dialect, dialect.getUser(profile, user), answer);
    walkWith(dialect, dialect.createUser(profile, edit, secrets), answer);
    walkWith(dialect, dialect.updateUser(profile, user, edit), answer);
    walkWith(dialect, dialect.setRoles(profile, user, {QStringLiteral("viewer")}), answer);
    walkWith(dialect, dialect.setEnabled(profile, user, false), answer);
    walkWith(dialect, dialect.listRoles(profile), answer);
    walkWith(dialect, dialect.revokeAllSessions(profile, user), answer);
    walkWith(dialect, dialect.listAllSessions(profile, 0, 50), answer);
    walkWith(dialect, dialect.listApiKeys(profile, nullptr), answer);
    walkWith(dialect, dialect.attributeColumns(profile), answer);
    walkWith(dialect, dialect.listChoices(profile, QStringLiteral("groups")), answer);
    walkWith(dialect, dialect.introspectToken(profile, QStringLiteral("t"), QStringLiteral("access_token"), secrets), answer);
    walkWith(dialect, dialect.revokeToken(profile, QStringLiteral("t"), QStringLiteral("access_token"), secrets), answer);
    // The profile dialog's discovery: any document, any dialect's reading of it.
    if (const Result<OidcDiscovery> server = OidcDiscovery::parse(answer); server.ok())
        (void)dialect.profileFromDiscovery(server.value(), profile);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QList<std::shared_ptr<const Dialect>> dialects = [] {
        QList<std::shared_ptr<const Dialect>> all;
        for (const QString& id : DialectRegistry::ids())
            all << DialectRegistry::create(id);
        return all;
    }();
    const HttpResponse answer = fuzzResponse(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    for (const auto& dialect : dialects)
        parseWith(*dialect, answer);
    return 0;
}
