// Gemini emulation: the create-user and login examples of seed 000, scope rules, _links by
// scope, expiry, and the admin extensions (list with sort and order, edit, sessions, revoke).

#include "HttpProbe.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>
#include <algorithm>
#include <functional>
#include <numeric>
#include <vector>

namespace {
const QByteArray basic = "Basic " + QByteArray("authdesk-demo:demo-client-secret").toBase64();
}

class tst_SandboxGemini : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    QUrl url(const QString& path) const
    {
        return QUrl(m_sandbox.apiUrl(QStringLiteral("gemini")).toString() + path);
    }
    QJsonObject login(const QString& user, const QString& password, int* status = nullptr,
                      const QString& scope = QStringLiteral("profile performer venue"))
    {
        const ProbeReply r = HttpProbe::json(
            "POST", url(QStringLiteral("/api/oauth/token")),
            QJsonDocument(QJsonObject{{QStringLiteral("username"), user},
                                      {QStringLiteral("password"), password},
                                      {QStringLiteral("grant_type"), QStringLiteral("password")},
                                      {QStringLiteral("scope"), scope}}),
            {{"Authorization", basic}});
        if (status)
            *status = r.status;
        return r.json().object();
    }
    // Every user in one list, following the pagination's `next` hrefs from `query`.
    QJsonArray allPages(const QByteArray& token, const QString& query)
    {
        QJsonArray all;
        QString next = QStringLiteral("/api/users?") + query;
        for (int pages = 0; !next.isEmpty() && pages < 1000; ++pages) {
            const ProbeReply r = HttpProbe::send("GET", url(next), {}, {{"Authorization", token}});
            if (r.status != 200)
                return {};
            for (const QJsonValue& user : r.json().object().value(QStringLiteral("users")).toArray())
                all.append(user);
            next = r.json()
                       .object()
                       .value(QStringLiteral("pagination"))
                       .toObject()
                       .value(QStringLiteral("next"))
                       .toString();
        }
        return all;
    }
    QString createUser(const QString& email, const QString& password)
    {
        const ProbeReply r = HttpProbe::json(
            "POST", url(QStringLiteral("/api/users/create")),
            QJsonDocument(QJsonObject{{QStringLiteral("email"), email},
                                      {QStringLiteral("password"), password},
                                      {QStringLiteral("grant_type"), QStringLiteral("password")},
                                      {QStringLiteral("scope"), QStringLiteral("profile")},
                                      {QStringLiteral("has_accepted_terms"), true}}),
            {{"Authorization", basic}});
        return r.json()
            .object()
            .value(QStringLiteral("user"))
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    }
    static QByteArray bearer(const QJsonObject& answer)
    {
        return "Bearer " + answer.value(QStringLiteral("token"))
                               .toObject()
                               .value(QStringLiteral("access_token"))
                               .toString()
                               .toUtf8();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("40")}),
                 qPrintable(m_sandbox.errorString()));
    }

    void createUserAsInTheDocument()
    {
        const QJsonObject payload{{QStringLiteral("email"), QStringLiteral("jazzified@example.com")},
                                  {QStringLiteral("password"), QStringLiteral("correct horse")},
                                  {QStringLiteral("grant_type"), QStringLiteral("password")},
                                  {QStringLiteral("scope"), QStringLiteral("profile performer venue")},
                                  {QStringLiteral("has_accepted_terms"), true}};
        // Without client credentials: refused.
        QCOMPARE(
            HttpProbe::json("POST", url(QStringLiteral("/api/users/create")), QJsonDocument(payload)).status,
            401);
        const ProbeReply r = HttpProbe::json("POST", url(QStringLiteral("/api/users/create")),
                                             QJsonDocument(payload), {{"Authorization", basic}});
        QCOMPARE(r.status, 201);
        const QJsonObject token = r.json().object().value(QStringLiteral("token")).toObject();
        QCOMPARE(token.value(QStringLiteral("expires_in")).toInt(), 86400);
        QCOMPARE(token.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(
            token.value(QStringLiteral("scope")).toArray(),
            QJsonArray({QStringLiteral("profile"), QStringLiteral("performer"), QStringLiteral("venue")}));
        const QJsonObject user = r.json().object().value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("email")).toString(), QStringLiteral("jazzified@example.com"));
        for (const char* field : {"address", "allow_email_notifications", "artists", "cities", "first_name",
                                  "has_confirmed_email", "id", "last_name", "locale", "phone", "selfmatches",
                                  "venues", "zip_code"})
            QVERIFY2(user.contains(QLatin1String(field)), field);
        const QJsonObject links = user.value(QStringLiteral("_links")).toObject();
        for (const char* link : {"self", "edit", "delete", "new-artist", "new-venue"})
            QVERIFY2(links.contains(QLatin1String(link)), link);
        QCOMPARE(links.value(QStringLiteral("delete")).toObject().value(QStringLiteral("method")).toString(),
                 QStringLiteral("POST"));
        QCOMPARE(links.value(QStringLiteral("edit")).toObject().value(QStringLiteral("method")).toString(),
                 QStringLiteral("PATCH"));
        // Admin-only links are absent for an ordinary user.
        QVERIFY(!links.contains(QStringLiteral("scopes")));
        QVERIFY(!links.contains(QStringLiteral("sessions")));
    }

    void loginAsInTheDocument()
    {
        // The document's client sends "Bearer: <old token>" and gets 201, not 200.
        const ProbeReply r = HttpProbe::json(
            "POST", url(QStringLiteral("/api/oauth/token")),
            QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("jazzified@example.com")},
                                      {QStringLiteral("password"), QStringLiteral("correct horse")},
                                      {QStringLiteral("grant_type"), QStringLiteral("password")},
                                      {QStringLiteral("scope"), QStringLiteral("profile performer venue")}}),
            {{"Authorization", "Bearer: old-token"}});
        QCOMPARE(r.status, 201);
        QVERIFY(r.json().object().contains(QStringLiteral("user")));
        int status = 0;
        const QJsonObject wrong =
            login(QStringLiteral("jazzified@example.com"), QStringLiteral("nope"), &status);
        QCOMPARE(status, 400);
        QCOMPARE(wrong.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
        QVERIFY(!wrong.value(QStringLiteral("error_description")).toString().isEmpty());
    }

    void cityAndAdminAreNeverRequestable()
    {
        int status = 0;
        const QJsonObject refused =
            login(QStringLiteral("admin@gemini.test"), QStringLiteral("sandbox-admin"), &status,
                  QStringLiteral("profile admin"));
        QCOMPARE(status, 400);
        QCOMPARE(refused.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_scope"));
        // An administrator gets them granted without asking.
        const QJsonObject admin =
            login(QStringLiteral("admin@gemini.test"), QStringLiteral("sandbox-admin"), &status);
        QCOMPARE(status, 201);
        const QJsonArray scopes =
            admin.value(QStringLiteral("token")).toObject().value(QStringLiteral("scope")).toArray();
        QVERIFY(scopes.contains(QStringLiteral("admin")));
        QVERIFY(scopes.contains(QStringLiteral("city")));
    }

    void adminListsSearchesAndManages()
    {
        int status = 0;
        const QByteArray admin =
            bearer(login(QStringLiteral("admin@gemini.test"), QStringLiteral("sandbox-admin"), &status));
        const ProbeReply page = HttpProbe::send("GET", url(QStringLiteral("/api/users?per_page=10&page=2")),
                                                {}, {{"Authorization", admin}});
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json().object().value(QStringLiteral("users")).toArray().size(), 10);
        const QJsonObject pagination = page.json().object().value(QStringLiteral("pagination")).toObject();
        QVERIFY(pagination.value(QStringLiteral("total")).toInt() >= 42);
        QVERIFY(pagination.value(QStringLiteral("next")).isString());
        QVERIFY(pagination.value(QStringLiteral("prev")).isString());
        const QJsonObject someone =
            page.json().object().value(QStringLiteral("users")).toArray().first().toObject();
        QVERIFY(someone.value(QStringLiteral("_links")).toObject().contains(QStringLiteral("scopes")));

        // An ordinary user may not list users: 403, the valid token lacks the scope.
        const QByteArray plain =
            bearer(login(QStringLiteral("jazzified@example.com"), QStringLiteral("correct horse"), &status));
        QCOMPARE(
            HttpProbe::send("GET", url(QStringLiteral("/api/users")), {}, {{"Authorization", plain}}).status,
            403);
        // Wrong tokens are 401.
        QCOMPARE(HttpProbe::send("GET", url(QStringLiteral("/api/users")), {},
                                 {{"Authorization", "Bearer forged"}})
                     .status,
                 401);

        const ProbeReply found =
            HttpProbe::send("GET", url(QStringLiteral("/api/users?q=jazzi")), {}, {{"Authorization", admin}});
        const QJsonArray hits = found.json().object().value(QStringLiteral("users")).toArray();
        QCOMPARE(hits.size(), 1);
        const QString id = hits.first().toObject().value(QStringLiteral("id")).toString();

        const ProbeReply scoped = HttpProbe::json(
            "PUT", url(QStringLiteral("/api/users/") + id + QStringLiteral("/scopes")),
            QJsonDocument(QJsonObject{{QStringLiteral("scopes"), QJsonArray{QStringLiteral("profile")}}}),
            {{"Authorization", admin}});
        QCOMPARE(scoped.status, 200);
        QCOMPARE(scoped.json().object().value(QStringLiteral("scopes")).toArray(),
                 QJsonArray{QStringLiteral("profile")});
        const ProbeReply forbiddenScope = HttpProbe::json(
            "PUT", url(QStringLiteral("/api/users/") + id + QStringLiteral("/scopes")),
            QJsonDocument(QJsonObject{{QStringLiteral("scopes"), QJsonArray{QStringLiteral("admin")}}}),
            {{"Authorization", admin}});
        QCOMPARE(forbiddenScope.status, 400);
        QCOMPARE(forbiddenScope.json().object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_scope"));

        const ProbeReply sessions =
            HttpProbe::send("GET", url(QStringLiteral("/api/users/") + id + QStringLiteral("/sessions")), {},
                            {{"Authorization", admin}});
        QCOMPARE(sessions.status, 200);
        QVERIFY(sessions.json().object().value(QStringLiteral("sessions")).toArray().size() >= 2);
        QCOMPARE(HttpProbe::send("POST",
                                 url(QStringLiteral("/api/users/") + id + QStringLiteral("/sessions/revoke")),
                                 {}, {{"Authorization", admin}})
                     .status,
                 200);
        QCOMPARE(
            HttpProbe::send("GET", url(QStringLiteral("/api/users/") + id), {}, {{"Authorization", plain}})
                .status,
            401);

        QCOMPARE(HttpProbe::send("POST", url(QStringLiteral("/api/users/") + id + QStringLiteral("/delete")),
                                 {}, {{"Authorization", admin}})
                     .status,
                 204);
        QCOMPARE(
            HttpProbe::send("GET", url(QStringLiteral("/api/users/") + id), {}, {{"Authorization", admin}})
                .status,
            404);
    }

    void sortAndOrderOfTheUserList()
    {
        const QByteArray admin =
            bearer(login(QStringLiteral("admin@gemini.test"), QStringLiteral("sandbox-admin")));
        // The default order is creation order; it also breaks every tie of the sort keys.
        const QJsonArray created = allPages(admin, QStringLiteral("per_page=1000"));
        QVERIFY(created.size() >= 41);
        std::vector<QJsonObject> byCreation;
        for (const QJsonValue& v : created)
            byCreation.push_back(v.toObject());
        auto field = [](const QJsonObject& u, const char* name) {
            return u.value(QLatin1String(name)).toString().toUtf8(); // null (no name) sorts first
        };
        const QList<QPair<QString, std::function<bool(const QJsonObject&, const QJsonObject&)>>> keys{
            {QStringLiteral("created_at"),
             [&](const QJsonObject& a, const QJsonObject& b) {
                 return field(a, "created_at") < field(b, "created_at");
             }},
            {QStringLiteral("email"),
             [&](const QJsonObject& a, const QJsonObject& b) {
                 return field(a, "email").toLower() < field(b, "email").toLower();
             }},
            {QStringLiteral("last_name"),
             [&](const QJsonObject& a, const QJsonObject& b) {
                 return std::make_pair(field(a, "last_name"), field(a, "first_name")) <
                        std::make_pair(field(b, "last_name"), field(b, "first_name"));
             }},
            {QStringLiteral("first_name"), [&](const QJsonObject& a, const QJsonObject& b) {
                 return std::make_pair(field(a, "first_name"), field(a, "last_name")) <
                        std::make_pair(field(b, "first_name"), field(b, "last_name"));
             }}};
        auto ids = [](const auto& users) {
            QStringList result;
            for (const auto& u : users)
                result << QJsonValue(u).toObject().value(QStringLiteral("id")).toString();
            return result;
        };
        for (const auto& [key, less] : keys) {
            // Ties in creation order: the position is the last key (std::stable_sort's libstdc++ 12
            // body uses a helper Clang 19 reports as deprecated, an error in the Clang build).
            std::vector<size_t> order(byCreation.size());
            std::iota(order.begin(), order.end(), size_t(0));
            std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
                if (less(byCreation[a], byCreation[b]))
                    return true;
                return !less(byCreation[b], byCreation[a]) && a < b;
            });
            std::vector<QJsonObject> expected;
            for (const size_t i : order)
                expected.push_back(byCreation[i]);
            // Small pages, followed through `next`: the hrefs keep sort and order.
            QCOMPARE(ids(allPages(admin, QStringLiteral("per_page=7&sort=") + key)), ids(expected));
            std::reverse(expected.begin(), expected.end());
            QCOMPARE(ids(allPages(admin, QStringLiteral("per_page=7&order=desc&sort=") + key)),
                     ids(expected));
        }
        std::reverse(byCreation.begin(), byCreation.end());
        QCOMPARE(ids(allPages(admin, QStringLiteral("per_page=7&order=desc"))), ids(byCreation));

        // A page deep in a sorted list is the same slice of it.
        const ProbeReply third =
            HttpProbe::send("GET", url(QStringLiteral("/api/users?per_page=5&page=3&sort=email&order=desc")),
                            {}, {{"Authorization", admin}});
        const QJsonObject pagination = third.json().object().value(QStringLiteral("pagination")).toObject();
        QCOMPARE(pagination.value(QStringLiteral("next")).toString(),
                 QStringLiteral("/api/users?page=4&per_page=5&sort=email&order=desc"));
        QCOMPARE(pagination.value(QStringLiteral("prev")).toString(),
                 QStringLiteral("/api/users?page=2&per_page=5&sort=email&order=desc"));
        QCOMPARE(ids(third.json().object().value(QStringLiteral("users")).toArray()),
                 ids(allPages(admin, QStringLiteral("per_page=1000&sort=email&order=desc"))).mid(10, 5));

        for (const char* bad : {"sort=password", "sort=EMAIL", "order=sideways", "sort=email&order=DESC"}) {
            const ProbeReply refused =
                HttpProbe::send("GET", url(QStringLiteral("/api/users?") + QLatin1String(bad)), {},
                                {{"Authorization", admin}});
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.json().object().value(QStringLiteral("error")).toString(),
                     QStringLiteral("invalid_request"));
        }
    }

    void patchEditsTheUser()
    {
        const QByteArray admin =
            bearer(login(QStringLiteral("admin@gemini.test"), QStringLiteral("sandbox-admin")));
        const QString id =
            createUser(QStringLiteral("patch.me@example.com"), QStringLiteral("first password"));
        QVERIFY(!id.isEmpty());
        const QByteArray self =
            bearer(login(QStringLiteral("patch.me@example.com"), QStringLiteral("first password")));
        const QUrl user = url(QStringLiteral("/api/users/") + id);

        // An admin edits another user's profile; a GET shows the same.
        const ProbeReply edited = HttpProbe::json(
            "PATCH", user,
            QJsonDocument(QJsonObject{{QStringLiteral("first_name"), QStringLiteral("Patched")},
                                      {QStringLiteral("last_name"), QStringLiteral("Person")},
                                      {QStringLiteral("phone"), QStringLiteral("+1 555 0101010")}}),
            {{"Authorization", admin}});
        QCOMPARE(edited.status, 200);
        QCOMPARE(edited.json().object().value(QStringLiteral("first_name")).toString(),
                 QStringLiteral("Patched"));
        const QJsonObject read = HttpProbe::send("GET", user, {}, {{"Authorization", admin}}).json().object();
        QCOMPARE(read.value(QStringLiteral("last_name")).toString(), QStringLiteral("Person"));
        QCOMPARE(read.value(QStringLiteral("phone")).toString(), QStringLiteral("+1 555 0101010"));

        // The user edits themself: a new email and password to sign in with.
        const ProbeReply own = HttpProbe::json(
            "PATCH", user,
            QJsonDocument(QJsonObject{{QStringLiteral("email"), QStringLiteral("patched@example.com")},
                                      {QStringLiteral("password"), QStringLiteral("second password")}}),
            {{"Authorization", self}});
        QCOMPARE(own.status, 200);
        QCOMPARE(own.json().object().value(QStringLiteral("email")).toString(),
                 QStringLiteral("patched@example.com"));
        int status = 0;
        login(QStringLiteral("patched@example.com"), QStringLiteral("first password"), &status);
        QCOMPARE(status, 400);
        login(QStringLiteral("patched@example.com"), QStringLiteral("second password"), &status);
        QCOMPARE(status, 201);

        // What the caller may not do, and what is not valid.
        const QString other =
            createUser(QStringLiteral("bystander@example.com"), QStringLiteral("bystander pw"));
        auto patch = [&](const QString& target, const QByteArray& body, const QByteArray& token) {
            return HttpProbe::send("PATCH", url(QStringLiteral("/api/users/") + target), body,
                                   {{"Authorization", token}, {"Content-Type", "application/json"}});
        };
        const ProbeReply foreign = patch(other, R"({"first_name":"Nope"})", self);
        QCOMPARE(foreign.status, 403);
        QCOMPARE(foreign.json().object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("insufficient_scope"));
        QCOMPARE(patch(id, R"({"is_active":false})", self).status, 403); // needs admin
        for (const QByteArray& invalid : {QByteArray(R"({"email":"no-at-sign"})"),
                                          QByteArray(R"({"password":"short"})"), QByteArray("not json")}) {
            const ProbeReply refused = patch(id, invalid, self);
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.json().object().value(QStringLiteral("error")).toString(),
                     QStringLiteral("invalid_request"));
        }
        QCOMPARE(patch(QStringLiteral("00000000-0000-4000-8000-00000000dead"), R"({"first_name":"x"})", admin)
                     .status,
                 404);

        // An admin disabling the account ends its sessions and its sign-in.
        const ProbeReply disabled = patch(id, R"({"is_active":false})", admin);
        QCOMPARE(disabled.status, 200);
        QCOMPARE(disabled.json().object().value(QStringLiteral("is_active")).toBool(true), false);
        QCOMPARE(HttpProbe::send("GET", user, {}, {{"Authorization", self}}).status, 401);
        const QJsonObject refusedLogin =
            login(QStringLiteral("patched@example.com"), QStringLiteral("second password"), &status);
        QCOMPARE(status, 400);
        QCOMPARE(refusedLogin.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    }

    void revokingOneSessionEndsOnlyThatOne()
    {
        const QByteArray admin =
            bearer(login(QStringLiteral("admin@gemini.test"), QStringLiteral("sandbox-admin")));
        const QString id =
            createUser(QStringLiteral("two.devices@example.com"), QStringLiteral("two devices"));
        // createUser's own session, revoked first so that exactly two remain.
        const QUrl sessions = url(QStringLiteral("/api/users/") + id + QStringLiteral("/sessions"));
        QCOMPARE(HttpProbe::send("POST",
                                 url(QStringLiteral("/api/users/") + id + QStringLiteral("/sessions/revoke")),
                                 {}, {{"Authorization", admin}})
                     .json()
                     .object()
                     .value(QStringLiteral("revoked"))
                     .toInt(),
                 1);
        const QByteArray laptop =
            bearer(login(QStringLiteral("two.devices@example.com"), QStringLiteral("two devices")));
        const QByteArray phone =
            bearer(login(QStringLiteral("two.devices@example.com"), QStringLiteral("two devices")));
        const QJsonArray listed = HttpProbe::send("GET", sessions, {}, {{"Authorization", admin}})
                                      .json()
                                      .object()
                                      .value(QStringLiteral("sessions"))
                                      .toArray();
        QCOMPARE(listed.size(), 2);
        const QString revoked = listed.at(0).toObject().value(QStringLiteral("id")).toString();
        const QString kept = listed.at(1).toObject().value(QStringLiteral("id")).toString();

        // Another plain user may not; the admin may; an unknown session is a 404.
        const QString other =
            createUser(QStringLiteral("not.mine@example.com"), QStringLiteral("not mine pw"));
        QVERIFY(!other.isEmpty());
        const QByteArray stranger =
            bearer(login(QStringLiteral("not.mine@example.com"), QStringLiteral("not mine pw")));
        const QUrl revoke = url(QStringLiteral("/api/users/") + id + QStringLiteral("/sessions/") + revoked +
                                QStringLiteral("/revoke"));
        QCOMPARE(HttpProbe::send("POST", revoke, {}, {{"Authorization", stranger}}).status, 403);
        QCOMPARE(HttpProbe::send("POST", revoke, {}, {{"Authorization", admin}}).status, 204);
        QCOMPARE(HttpProbe::send("POST", revoke, {}, {{"Authorization", admin}}).status, 404); // already gone
        QCOMPARE(HttpProbe::send("POST",
                                 url(QStringLiteral("/api/users/") + id +
                                     QStringLiteral("/sessions/no-such-session/revoke")),
                                 {}, {{"Authorization", admin}})
                     .status,
                 404);

        // Exactly one of the two devices is signed out, and only the other session is listed.
        const QUrl self = url(QStringLiteral("/api/users/") + id);
        const int laptopStatus = HttpProbe::send("GET", self, {}, {{"Authorization", laptop}}).status;
        const int phoneStatus = HttpProbe::send("GET", self, {}, {{"Authorization", phone}}).status;
        QCOMPARE(QList<int>({laptopStatus, phoneStatus}).count(401), 1);
        QCOMPARE(QList<int>({laptopStatus, phoneStatus}).count(200), 1);
        const QJsonArray left = HttpProbe::send("GET", sessions, {}, {{"Authorization", admin}})
                                    .json()
                                    .object()
                                    .value(QStringLiteral("sessions"))
                                    .toArray();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.at(0).toObject().value(QStringLiteral("id")).toString(), kept);
    }

    void oauthRevokeEndsTheCallersOwnToken()
    {
        createUser(QStringLiteral("revoker@example.com"), QStringLiteral("revoker pw"));
        const QByteArray first =
            bearer(login(QStringLiteral("revoker@example.com"), QStringLiteral("revoker pw")));
        const QByteArray second =
            bearer(login(QStringLiteral("revoker@example.com"), QStringLiteral("revoker pw")));
        const QJsonObject me = login(QStringLiteral("revoker@example.com"), QStringLiteral("revoker pw"))
                                   .value(QStringLiteral("user"))
                                   .toObject();
        const QUrl self = url(QStringLiteral("/api/users/") + me.value(QStringLiteral("id")).toString());
        QCOMPARE(HttpProbe::send("GET", self, {}, {{"Authorization", first}}).status, 200);

        const ProbeReply revoked =
            HttpProbe::send("POST", url(QStringLiteral("/api/oauth/revoke")), {}, {{"Authorization", first}});
        QCOMPARE(revoked.status, 200);
        QVERIFY(revoked.json().isObject());
        QCOMPARE(HttpProbe::send("GET", self, {}, {{"Authorization", first}}).status, 401);
        QCOMPARE(HttpProbe::send("GET", self, {}, {{"Authorization", second}}).status,
                 200); // the other stays
        // Revoking again, or with no token, is the usual 401.
        const ProbeReply again =
            HttpProbe::send("POST", url(QStringLiteral("/api/oauth/revoke")), {}, {{"Authorization", first}});
        QCOMPARE(again.status, 401);
        QCOMPARE(again.json().object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_token"));
        QCOMPARE(HttpProbe::send("POST", url(QStringLiteral("/api/oauth/revoke"))).status, 401);
    }

    void expiredTokensAre401()
    {
        SandboxProcess shortLived;
        QVERIFY2(shortLived.start({QStringLiteral("--token-lifetime"), QStringLiteral("1")}),
                 qPrintable(shortLived.errorString()));
        const QUrl base = shortLived.apiUrl(QStringLiteral("gemini"));
        const ProbeReply r = HttpProbe::json(
            "POST", QUrl(base.toString() + QStringLiteral("/api/oauth/token")),
            QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("admin@gemini.test")},
                                      {QStringLiteral("password"), QStringLiteral("sandbox-admin")},
                                      {QStringLiteral("grant_type"), QStringLiteral("password")},
                                      {QStringLiteral("scope"), QStringLiteral("profile")}}),
            {{"Authorization", basic}});
        QCOMPARE(r.json()
                     .object()
                     .value(QStringLiteral("token"))
                     .toObject()
                     .value(QStringLiteral("expires_in"))
                     .toInt(),
                 1);
        QTest::qWait(2100);
        QCOMPARE(HttpProbe::send("GET", QUrl(base.toString() + QStringLiteral("/api/users")), {},
                                 {{"Authorization", bearer(r.json().object())}})
                     .status,
                 401);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxGemini)
#include "tst_SandboxGemini.moc"
