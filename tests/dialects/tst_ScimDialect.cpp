// The SCIM 2.0 dialect's builders and parsers, fed the example bodies of RFC 7644 (the protocol)
// and RFC 7643 §8.2 (the full User representation): list and paging responses, a User, the
// PatchOp message, and the Error responses of RFC 7644 §3.12. No network involved.

#include "remote/DialectRegistry.h"
#include "remote/dialects/ScimDialect.h"
#include "values/Utc.h"

#include "CannedResponse.h"
#include <QJsonArray>
#include <QJsonObject>

#include <QtTest>

namespace {

QJsonObject bodyOf(const HttpRequest& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

Profile profile(const QString& searchFilter = {})
{
    Profile p;
    p.id = QStringLiteral("p1");
    p.baseUrl = QUrl(QStringLiteral("https://example.com/v2"));
    p.dialect = QStringLiteral("scim");
    p.identity = QStringLiteral("okta-connector");
    if (!searchFilter.isEmpty())
        p.settings.insert(QStringLiteral("search_filter"), searchFilter);
    return p;
}

QString filterOf(const HttpRequest& request)
{
    return request.query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
}

// The bodies are plain literals, not raw strings: moc reads this file for the test class and
// loses its way in raw strings that hold quotes, backslashes or apostrophes.

// RFC 7644 §3.4.2: GET /Users?attributes=userName
const QByteArray rfcListResponse =
    "{\n"
    "  \"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\n"
    "  \"totalResults\":2,\n"
    "  \"Resources\":[\n"
    "    {\"id\":\"2819c223-7f76-453a-919d-413861904646\",\"userName\":\"bjensen\"},\n"
    "    {\"id\":\"c75ad752-64ae-4823-840d-ffa80929976c\",\"userName\":\"jsmith\"}\n"
    "  ]\n"
    "}";

// RFC 7644 §3.4.2.4: the first page of ten of 100 (the RFC elides the resources; one stands in).
const QByteArray rfcPagedResponse =
    "{\n"
    "  \"totalResults\":100,\n"
    "  \"itemsPerPage\":10,\n"
    "  \"startIndex\":1,\n"
    "  \"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\n"
    "  \"Resources\":[{\"id\":\"2819c223-7f76-453a-919d-413861904646\",\"userName\":\"bjensen\"}]\n"
    "}";

// RFC 7644 §3.4.1: GET /Users/2819c223-7f76-453a-919d-413861904646
const QByteArray rfcUser =
    "{\n"
    "  \"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\n"
    "  \"id\":\"2819c223-7f76-453a-919d-413861904646\",\n"
    "  \"externalId\":\"bjensen\",\n"
    "  \"meta\":{\n"
    "    \"resourceType\":\"User\",\n"
    "    \"created\":\"2011-08-01T18:29:49.793Z\",\n"
    "    \"lastModified\":\"2011-08-01T18:29:49.793Z\",\n"
    "    \"location\":\"https://example.com/v2/Users/2819c223-7f76-453a-919d-413861904646\",\n"
    "    \"version\":\"W\\/\\\"f250dd84f0671c3\\\"\"\n"
    "  },\n"
    "  \"name\":{\n"
    "    \"formatted\":\"Ms. Barbara J Jensen III\",\n"
    "    \"familyName\":\"Jensen\",\n"
    "    \"givenName\":\"Barbara\"\n"
    "  },\n"
    "  \"userName\":\"bjensen\",\n"
    "  \"phoneNumbers\":[{\"value\":\"555-555-8377\",\"type\":\"work\"}],\n"
    "  \"emails\":[{\"value\":\"bjensen@example.com\",\"type\":\"work\"}]\n"
    "}";

// RFC 7643 §8.2: the full User representation (addresses, ims, photos and certificates left out).
const QByteArray rfcFullUser =
    "{\n"
    "  \"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\n"
    "  \"id\":\"2819c223-7f76-453a-919d-413861904646\",\n"
    "  \"externalId\":\"701984\",\n"
    "  \"userName\":\"bjensen@example.com\",\n"
    "  \"name\":{\n"
    "    \"formatted\":\"Ms. Barbara J Jensen, III\",\n"
    "    \"familyName\":\"Jensen\",\n"
    "    \"givenName\":\"Barbara\",\n"
    "    \"middleName\":\"Jane\",\n"
    "    \"honorificPrefix\":\"Ms.\",\n"
    "    \"honorificSuffix\":\"III\"\n"
    "  },\n"
    "  \"displayName\":\"Babs Jensen\",\n"
    "  \"nickName\":\"Babs\",\n"
    "  \"profileUrl\":\"https://login.example.com/bjensen\",\n"
    "  \"emails\":[\n"
    "    {\"value\":\"babs@jensen.org\",\"type\":\"home\"},\n"
    "    {\"value\":\"bjensen@example.com\",\"type\":\"work\",\"primary\":true}\n"
    "  ],\n"
    "  "
    "\"phoneNumbers\":[{\"value\":\"555-555-5555\",\"type\":\"work\"},{\"value\":\"555-555-4444\",\"type\":"
    "\"mobile\"}],\n"
    "  \"userType\":\"Employee\",\n"
    "  \"title\":\"Tour Guide\",\n"
    "  \"preferredLanguage\":\"en-US\",\n"
    "  \"locale\":\"en-US\",\n"
    "  \"timezone\":\"America/Los_Angeles\",\n"
    "  \"active\":true,\n"
    "  \"password\":\"t1meMa$heen\",\n"
    "  \"groups\":[\n"
    "    {\"value\":\"e9e30dba-f08f-4109-8486-d5c6a331660a\",\n"
    "     \"$ref\":\"https://example.com/v2/Groups/e9e30dba-f08f-4109-8486-d5c6a331660a\",\n"
    "     \"display\":\"Tour Guides\"}\n"
    "  ],\n"
    "  \"roles\":[{\"value\":\"guide\",\"display\":\"Tour "
    "guide\",\"primary\":true},{\"value\":\"trainer\"}],\n"
    "  \"meta\":{\n"
    "    \"resourceType\":\"User\",\n"
    "    \"created\":\"2010-01-23T04:56:22Z\",\n"
    "    \"lastModified\":\"2011-05-13T04:42:34Z\",\n"
    "    \"version\":\"W\\/\\\"a330bc54f0671c9\\\"\",\n"
    "    \"location\":\"https://example.com/v2/Users/2819c223-7f76-453a-919d-413861904646\"\n"
    "  }\n"
    "}";

// RFC 7644 §3.12.
const QByteArray rfcNotFound = "{\n"
                               "  \"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\n"
                               "  \"detail\":\"Resource 2819c223-7f76-453a-919d-413861904646 not found\",\n"
                               "  \"status\":\"404\"\n"
                               "}";
const QByteArray rfcMutability = "{\n"
                                 "  \"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\n"
                                 "  \"scimType\":\"mutability\",\n"
                                 "  \"detail\":\"Attribute 'id' is readOnly\",\n"
                                 "  \"status\":\"400\"\n"
                                 "}";

User parsed(const QByteArray& body)
{
    ScimDialect dialect;
    const Result<User> user = dialect.parseUser(response(200, body));
    return user.ok() ? user.value() : User();
}

bool oneSentence(const QString& message)
{
    return !message.isEmpty() && message.endsWith(QLatin1Char('.')) && !message.contains(QLatin1Char('\n')) &&
           !message.contains(QLatin1String(".."));
}

} // namespace

class tst_ScimDialect : public QObject
{
    Q_OBJECT
    ScimDialect dialect;

private slots:
    void isRegistered()
    {
        QVERIFY(DialectRegistry::ids().contains(QStringLiteral("scim")));
        const auto created = DialectRegistry::create(QStringLiteral("scim"));
        QVERIFY(created);
        QCOMPARE(created->id(), QStringLiteral("scim"));
        QCOMPARE(created->displayName(), QStringLiteral("SCIM 2.0 (RFC 7644)"));
    }

    void capabilitiesDenyWhatScimDoesNotHave()
    {
        const Capabilities c = dialect.capabilities({});
        for (Capability yes : {Capability::ListUsers, Capability::ServerSearch, Capability::TotalCount,
                               Capability::GetUser, Capability::CreateUser, Capability::UpdateUser,
                               Capability::DeleteUser, Capability::SetRoles, Capability::SetEnabled})
            QVERIFY(c.supports(yes));
        for (Capability no :
             {Capability::ServerSort, Capability::ListSessions, Capability::ListAllSessions,
              Capability::RevokeSession, Capability::RevokeAllSessions, Capability::ListApiKeys,
              Capability::CreateApiKey, Capability::RevokeApiKey, Capability::RefreshToken,
              Capability::SignOut, Capability::UserActionsFromLinks}) {
            QVERIFY(!c.supports(no));
            QVERIFY2(oneSentence(c.reason(no)), qPrintable(c.reason(no)));
            QVERIFY(c.reason(no).contains(QLatin1String("SCIM")) ||
                    c.reason(no).contains(QLatin1String("sort")));
        }
        // Every unsupported operation's builder says so with an invalid request.
        User u;
        u.id = QStringLiteral("x");
        QVERIFY(!dialect.listSessionsRequest(u).isValid());
        QVERIFY(!dialect.revokeAllSessionsRequest(u).isValid());
        QVERIFY(!dialect.listApiKeysRequest(nullptr).isValid());
        QVERIFY(!dialect.createApiKeyRequest({}).isValid());
        QVERIFY(!dialect.refreshRequest({}).isValid());
        QVERIFY(!dialect.signOutRequest({}).isValid());
    }

    void theTokenIsAKeychainSecret()
    {
        QCOMPARE(dialect.requiredSecrets(profile()), QStringList{QStringLiteral("api_key")});
        const QList<SettingField> fields = dialect.settingFields();
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.at(0).key, QStringLiteral("api_key"));
        QVERIFY(fields.at(0).secret);
        QVERIFY(fields.at(0).required);
        QCOMPARE(fields.at(1).key, QStringLiteral("search_filter"));
        QVERIFY(!fields.at(1).secret);
        QCOMPARE(fields.at(1).placeholder, QStringLiteral("sw"));
        QStringList keys;
        for (const UserField& f : dialect.userFields())
            keys << f.key;
        QCOMPARE(keys, (QStringList{QStringLiteral("username"), QStringLiteral("email"),
                                    QStringLiteral("firstName"), QStringLiteral("lastName"),
                                    QStringLiteral("displayName")}));
    }

    void signInChecksTheTokenWithAOneUserList()
    {
        const HttpRequest r =
            dialect.signInRequest(profile(), {{QStringLiteral("api_key"), QStringLiteral(" tok-1\n")}});
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.path, QStringLiteral("/Users"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("startIndex")), QStringLiteral("1"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("count")), QStringLiteral("1"));
        QCOMPARE(r.header("Authorization"), QByteArray("Bearer tok-1")); // pasted whitespace trimmed
        QVERIFY(r.header("Accept").startsWith("application/scim+json"));
        QVERIFY(!r.authenticated);
        QCOMPARE(r.kind, HttpRequest::Kind::Read);

        const Result<AuthState> state = dialect.parseSignIn(response(200, rfcListResponse), profile());
        QVERIFY2(state.ok(), qPrintable(state.error().detail));
        QVERIFY(state.value().isSignedIn());
        QCOMPARE(state.value().identity, QStringLiteral("okta-connector"));
        QVERIFY(!state.value().expiresAt.isValid());
        QVERIFY(!state.value().accessToken.contains(QLatin1String("tok-1"))); // the token stays in Secrets

        HttpRequest call = dialect.getUserRequest(parsed(rfcUser));
        dialect.authorize(call, state.value(), profile(),
                          {{QStringLiteral("api_key"), QStringLiteral("tok-1")}});
        QCOMPARE(call.header("Authorization"), QByteArray("Bearer tok-1"));

        // Something that is not SCIM (a web page, another API) is not a sign-in.
        QCOMPARE(dialect.parseSignIn(response(200, "{\"users\":[]}"), profile()).error().kind,
                 ApiError::Kind::Malformed);
        QCOMPARE(dialect.parseSignIn(response(200, "<html></html>"), profile()).error().kind,
                 ApiError::Kind::Malformed);
    }

    void filterValuesAreJsonStrings()
    {
        // Apostrophes stay out of QCOMPARE's arguments: moc's macro scanner reads them as char literals.
        const QString omalley = QStringLiteral("O'Malley");
        QCOMPARE(ScimDialect::quoted(omalley), QStringLiteral("\"") + omalley + QStringLiteral("\""));
        QCOMPARE(ScimDialect::quoted(QStringLiteral("Babs \"B\" J\\ensen")),
                 QStringLiteral("\"Babs \\\"B\\\" J\\\\ensen\""));
        QCOMPARE(ScimDialect::quoted(QStringLiteral("a\nb\tc") + QChar(0x01)),
                 QStringLiteral("\"a\\nb\\tc\\u0001\""));
        QCOMPARE(ScimDialect::quoted(QStringLiteral("Chloé")), QStringLiteral("\"Chloé\""));
        // What a JSON parser reads back is the text typed.
        const QString tricky = QStringLiteral("x\" or userName pr or \"\\");
        const QJsonDocument back =
            QJsonDocument::fromJson(QByteArray("[") + ScimDialect::quoted(tricky).toUtf8() + "]");
        QCOMPARE(back.array().at(0).toString(), tricky);
    }

    void searchFiltersFollowTheProfilesMode()
    {
        QCOMPARE(ScimDialect::searchFilter(QStringLiteral(" J "), QStringLiteral("sw")),
                 QStringLiteral("userName sw \"J\" or emails.value sw \"J\" or name.givenName sw \"J\" or "
                                "name.familyName sw \"J\" or displayName sw \"J\""));
        const QString omalley = QStringLiteral("O'Malley");
        const QString contains =
            QStringLiteral("userName co \"O'Malley\" or emails.value co \"O'Malley\" or "
                           "name.givenName co \"O'Malley\" or name.familyName co \"O'Malley\" or "
                           "displayName co \"O'Malley\"");
        QCOMPARE(ScimDialect::searchFilter(omalley, QStringLiteral("co")), contains);
        QCOMPARE(ScimDialect::searchFilter(QStringLiteral("bjensen"), QStringLiteral("eq")),
                 QStringLiteral("userName eq \"bjensen\""));
        QCOMPARE(ScimDialect::searchFilter(QStringLiteral("bjensen@example.com"), QStringLiteral("eq")),
                 QStringLiteral("emails.value eq \"bjensen@example.com\""));
        QCOMPARE(ScimDialect::searchFilter(QStringLiteral("  "), QStringLiteral("sw")), QString());

        QCOMPARE(ScimDialect::searchMode(profile()), QStringLiteral("sw"));
        QCOMPARE(ScimDialect::searchMode(profile(QStringLiteral(" EQ "))), QStringLiteral("eq"));
        QCOMPARE(ScimDialect::searchMode(profile(QStringLiteral("co"))), QStringLiteral("co"));
        QCOMPARE(ScimDialect::searchMode(profile(QStringLiteral("regex"))), QStringLiteral("sw"));
    }

    void listUsersPagesFromOneAndFilters()
    {
        UserQuery q;
        q.offset = 10;
        q.limit = 10;
        q.search = QStringLiteral("a+b@example.com");
        const HttpRequest r = dialect.listUsersRequest(profile(QStringLiteral("eq")), q);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.path, QStringLiteral("/Users"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("startIndex")), QStringLiteral("11")); // 1-based
        QCOMPARE(r.query.queryItemValue(QStringLiteral("count")), QStringLiteral("10"));
        QCOMPARE(filterOf(r), QStringLiteral("emails.value eq \"a+b@example.com\""));
        // A '+' left as it is would reach the server as a space.
        const QString wire = HttpRequest::encodeQuery(r.query);
        QVERIFY2(wire.contains(QLatin1String("a%2Bb%40example.com")), qPrintable(wire));
        QVERIFY(!wire.contains(QChar(0x22)) && !wire.contains(QChar(0x20)));
        QVERIFY(r.header("Accept").startsWith("application/scim+json"));
        QVERIFY(!r.query.hasQueryItem(QStringLiteral("sortBy"))); // sorting is not asked of SCIM servers

        // Without a profile (or without a mode in it) the search starts with what was typed.
        q.search = QStringLiteral("bj");
        QVERIFY(filterOf(dialect.listUsersRequest(q)).startsWith(QLatin1String("userName sw \"bj\" or ")));
        QCOMPARE(filterOf(dialect.listUsersRequest(profile(), q)), filterOf(dialect.listUsersRequest(q)));
        q.search.clear();
        QVERIFY(!dialect.listUsersRequest(profile(), q).query.hasQueryItem(QStringLiteral("filter")));
    }

    void listResponsesGiveTheTrueTotal()
    {
        UserQuery q;
        q.limit = 100;
        const Result<UserPage> page = dialect.parseUserPage(response(200, rfcListResponse), q);
        QVERIFY2(page.ok(), qPrintable(page.error().detail));
        QCOMPARE(page.value().users.size(), 2);
        QCOMPARE(page.value().total, 2);
        QVERIFY(!page.value().hasMore);
        QCOMPARE(page.value().users.at(1).id, QStringLiteral("c75ad752-64ae-4823-840d-ffa80929976c"));
        QCOMPARE(page.value().users.at(1).username, QStringLiteral("jsmith"));
        QVERIFY(page.value().users.at(1).enabled); // no `active`: nothing says otherwise

        q.limit = 10;
        const Result<UserPage> first = dialect.parseUserPage(response(200, rfcPagedResponse), q);
        QVERIFY(first.ok());
        QCOMPARE(first.value().total, 100);
        QVERIFY(first.value().hasMore);
        q.offset = 99;
        QVERIFY(!dialect.parseUserPage(response(200, rfcPagedResponse), q).value().hasMore);

        // An empty result may leave Resources out.
        const Result<UserPage> none = dialect.parseUserPage(
            response(
                200,
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\"totalResults\":0}"),
            {});
        QVERIFY(none.ok());
        QCOMPARE(none.value().total, 0);
        QVERIFY(none.value().users.isEmpty());
        QVERIFY(!none.value().hasMore);

        QCOMPARE(dialect.parseUserPage(response(200, "{\"Resources\":[]}"), {}).error().kind,
                 ApiError::Kind::Malformed);
        QCOMPARE(
            dialect
                .parseUserPage(response(200, "{\"totalResults\":1,\"Resources\":[{\"userName\":\"x\"}]}"), {})
                .error()
                .kind,
            ApiError::Kind::Malformed);
    }

    void aUserMapsNamesPrimaryEmailRolesAndMeta()
    {
        const User full = parsed(rfcFullUser);
        QCOMPARE(full.id, QStringLiteral("2819c223-7f76-453a-919d-413861904646"));
        QCOMPARE(full.username, QStringLiteral("bjensen@example.com"));
        QCOMPARE(full.email, QStringLiteral("bjensen@example.com")); // the primary one, listed second
        QCOMPARE(full.firstName, QStringLiteral("Barbara"));
        QCOMPARE(full.lastName, QStringLiteral("Jensen"));
        QCOMPARE(full.roles, (QStringList{QStringLiteral("guide"), QStringLiteral("trainer")}));
        QVERIFY(full.enabled);
        QCOMPARE(full.createdAt, QDateTime(QDate(2010, 1, 23), QTime(4, 56, 22), Utc::zone));
        QVERIFY(!full.lastLoginAt.isValid()); // lastModified is not a sign-in
        // Everything else stays for the detail panel, except the write-only password.
        QCOMPARE(full.attributes.value(QStringLiteral("nickName")).toString(), QStringLiteral("Babs"));
        QCOMPARE(full.attributes.value(QStringLiteral("title")).toString(), QStringLiteral("Tour Guide"));
        QCOMPARE(full.attributes.value(QStringLiteral("meta")).toMap().value(QStringLiteral("lastModified")),
                 QVariant(QStringLiteral("2011-05-13T04:42:34Z")));
        QCOMPARE(full.attributes.value(QStringLiteral("groups")).toList().size(), 1);
        QVERIFY(!full.attributes.contains(QStringLiteral("password")));
        QVERIFY(!QJsonDocument::fromVariant(full.attributes).toJson().contains("t1meMa$heen"));

        const User plain = parsed(rfcUser);
        QCOMPARE(plain.email, QStringLiteral("bjensen@example.com")); // no primary: the work one
        QCOMPARE(plain.createdAt, QDateTime(QDate(2011, 8, 1), QTime(18, 29, 49, 793), Utc::zone));
        QVERIFY(plain.roles.isEmpty());

        QVERIFY(!parsed("{\"id\":\"1\",\"userName\":\"a\",\"active\":false}").enabled);
        QVERIFY(!parsed("{\"id\":\"1\",\"userName\":\"a\",\"active\":\"False\"}")
                     .enabled); // Entra writes strings
        QCOMPARE(parsed("{\"id\":\"1\",\"userName\":\"a\",\"roles\":[\"admin\",{\"value\":\"ops\"}]}").roles,
                 (QStringList{QStringLiteral("admin"), QStringLiteral("ops")}));

        QCOMPARE(dialect.parseUser(response(200, "{\"userName\":\"a\"}")).error().kind,
                 ApiError::Kind::Malformed);
        const Result<User> noContent = dialect.parseUser(response(204, {}));
        QCOMPARE(noContent.error().kind, ApiError::Kind::Malformed);
        QVERIFY(oneSentence(noContent.error().message));
    }

    void createPostsACoreUser()
    {
        UserEdit edit;
        edit.user.username = QStringLiteral("bjensen");
        edit.user.email = QStringLiteral("bjensen@example.com");
        edit.user.firstName = QStringLiteral("Barbara");
        edit.user.lastName = QStringLiteral("Jensen");
        edit.user.roles = {QStringLiteral("guide")};
        edit.user.attributes.insert(QStringLiteral("displayName"), QStringLiteral("Babs Jensen"));
        const HttpRequest r = dialect.createUserRequest(edit, profile(), {});
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QStringLiteral("/Users"));
        QCOMPARE(r.contentType, QByteArray("application/scim+json"));
        QCOMPARE(r.kind, HttpRequest::Kind::Write);
        const QJsonObject body = bodyOf(r);
        QCOMPARE(body.value(QStringLiteral("schemas")).toArray(),
                 QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")});
        QCOMPARE(body.value(QStringLiteral("userName")).toString(), QStringLiteral("bjensen"));
        QCOMPARE(body.value(QStringLiteral("name")).toObject(),
                 (QJsonObject{{QStringLiteral("givenName"), QStringLiteral("Barbara")},
                              {QStringLiteral("familyName"), QStringLiteral("Jensen")}}));
        QCOMPARE(body.value(QStringLiteral("displayName")).toString(), QStringLiteral("Babs Jensen"));
        QCOMPARE(body.value(QStringLiteral("emails")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("bjensen@example.com")},
                                         {QStringLiteral("type"), QStringLiteral("work")},
                                         {QStringLiteral("primary"), true}}}));
        QCOMPARE(body.value(QStringLiteral("roles")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("guide")}}}));
        QCOMPARE(body.value(QStringLiteral("active")), QJsonValue(true));
        QVERIFY(!body.contains(QStringLiteral("password")));

        // An email alone is the user name too; a password given is sent (write-only in RFC 7643).
        UserEdit minimal;
        minimal.user.email = QStringLiteral("jsmith@example.com");
        minimal.user.enabled = false;
        minimal.password = QStringLiteral("t1meMa$heen");
        const QJsonObject small = bodyOf(dialect.createUserRequest(minimal, profile(), {}));
        QCOMPARE(small.value(QStringLiteral("userName")).toString(), QStringLiteral("jsmith@example.com"));
        QCOMPARE(small.value(QStringLiteral("active")), QJsonValue(false));
        QCOMPARE(small.value(QStringLiteral("password")).toString(), QStringLiteral("t1meMa$heen"));
        QVERIFY(!small.contains(QStringLiteral("name")) && !small.contains(QStringLiteral("roles")));
    }

    void editsReplaceTheWholeResourceAsTheServerSentIt()
    {
        const User before = parsed(rfcUser);
        UserEdit after{before, {}};
        after.user.email = QStringLiteral("barbara@example.com");
        after.user.firstName = QStringLiteral("Barb");
        const HttpRequest r = dialect.updateUserRequest(before, after);
        QCOMPARE(r.method, QByteArray("PUT"));
        QCOMPARE(r.path, QStringLiteral("/Users/2819c223-7f76-453a-919d-413861904646"));
        QCOMPARE(r.contentType, QByteArray("application/scim+json"));
        // The version read makes the server refuse to overwrite a change made meanwhile.
        QCOMPARE(r.header("If-Match"), QByteArray("W/\"f250dd84f0671c3\""));
        const QJsonObject body = bodyOf(r);
        QCOMPARE(body.value(QStringLiteral("id")).toString(), before.id);
        QCOMPARE(body.value(QStringLiteral("userName")).toString(), QStringLiteral("bjensen"));
        QCOMPARE(body.value(QStringLiteral("externalId")).toString(), QStringLiteral("bjensen"));
        QCOMPARE(body.value(QStringLiteral("phoneNumbers")).toArray().size(), 1); // not in the form, kept
        QVERIFY(!body.contains(QStringLiteral("meta")));                          // the server's to write
        QCOMPARE(body.value(QStringLiteral("active")), QJsonValue(true));
        // The email keeps its type; a formatted name the directory wrote itself stays.
        QCOMPARE(body.value(QStringLiteral("emails")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("barbara@example.com")},
                                         {QStringLiteral("type"), QStringLiteral("work")}}}));
        const QJsonObject name = body.value(QStringLiteral("name")).toObject();
        QCOMPARE(name.value(QStringLiteral("givenName")).toString(), QStringLiteral("Barb"));
        QCOMPARE(name.value(QStringLiteral("familyName")).toString(), QStringLiteral("Jensen"));
        QCOMPARE(name.value(QStringLiteral("formatted")).toString(),
                 QStringLiteral("Ms. Barbara J Jensen III"));

        // A formatted and display name derived from the parts follow them; roles, the active flag
        // and what the form added (its display name field) are written.
        User derived =
            parsed("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"u/1\",\n"
                   "            \"userName\":\"zoe\",\"name\":{\"formatted\":\"Zoe "
                   "Tester\",\"givenName\":\"Zoe\",\"familyName\":\"Tester\"},\n"
                   "            \"displayName\":\"Zoe "
                   "Tester\",\"roles\":[{\"value\":\"a\",\"display\":\"Role A\"}],\n"
                   "            \"groups\":[{\"value\":\"g1\"}]}");
        UserEdit renamed{derived, {}};
        renamed.user.lastName = QStringLiteral("Renamed");
        renamed.user.roles = {QStringLiteral("a"), QStringLiteral("b")};
        renamed.user.enabled = false;
        const HttpRequest put = dialect.updateUserRequest(derived, renamed);
        QCOMPARE(put.path, QStringLiteral("/Users/u%2F1"));
        QVERIFY(put.header("If-Match").isEmpty()); // no meta.version, no precondition
        const QJsonObject b = bodyOf(put);
        QCOMPARE(b.value(QStringLiteral("name")).toObject().value(QStringLiteral("formatted")).toString(),
                 QStringLiteral("Zoe Renamed"));
        QCOMPARE(b.value(QStringLiteral("displayName")).toString(), QStringLiteral("Zoe Renamed"));
        QCOMPARE(b.value(QStringLiteral("roles")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("a")},
                                         {QStringLiteral("display"), QStringLiteral("Role A")}},
                             QJsonObject{{QStringLiteral("value"), QStringLiteral("b")}}}));
        QCOMPARE(b.value(QStringLiteral("active")), QJsonValue(false));
        QVERIFY(!b.contains(QStringLiteral("groups"))); // read-only: changed through /Groups
        QVERIFY(!b.contains(QStringLiteral("password")));

        UserEdit chosen{derived, QStringLiteral("n3w-pass")};
        chosen.user.attributes.insert(QStringLiteral("displayName"), QStringLiteral("Zed"));
        chosen.user.lastName = QStringLiteral("Other");
        const QJsonObject c = bodyOf(dialect.updateUserRequest(derived, chosen));
        QCOMPARE(c.value(QStringLiteral("displayName")).toString(), QStringLiteral("Zed")); // typed, kept
        QCOMPARE(c.value(QStringLiteral("password")).toString(), QStringLiteral("n3w-pass"));
        UserEdit cleared{derived, {}};
        cleared.user.attributes.insert(QStringLiteral("displayName"), QString());
        cleared.user.roles.clear();
        const QJsonObject e = bodyOf(dialect.updateUserRequest(derived, cleared));
        QVERIFY(!e.contains(QStringLiteral("displayName"))); // empty: the server derives one
        QVERIFY(!e.contains(QStringLiteral("roles")));

        // Without the resource as the server sent it, a PUT would wipe what is not known: refused.
        User bare;
        bare.id = QStringLiteral("1");
        bare.username = QStringLiteral("a");
        QVERIFY(!dialect.updateUserRequest(bare, UserEdit{bare, {}}).isValid());
    }

    void enableDisableAndRolesArePatchOps()
    {
        const User user = parsed(rfcFullUser);
        const HttpRequest off = dialect.setEnabledRequest(user, false);
        QCOMPARE(off.method, QByteArray("PATCH"));
        QCOMPARE(off.path, QStringLiteral("/Users/2819c223-7f76-453a-919d-413861904646"));
        QCOMPARE(off.contentType, QByteArray("application/scim+json"));
        QCOMPARE(bodyOf(off),
                 (QJsonObject{{QStringLiteral("schemas"),
                               QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp")}},
                              {QStringLiteral("Operations"),
                               QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                                      {QStringLiteral("path"), QStringLiteral("active")},
                                                      {QStringLiteral("value"), false}}}}}));
        const QJsonObject on = bodyOf(dialect.setEnabledRequest(user, true))
                                   .value(QStringLiteral("Operations"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
        QCOMPARE(on.value(QStringLiteral("value")), QJsonValue(true));

        const QJsonObject roles =
            bodyOf(dialect.setRolesRequest(
                       user, {QStringLiteral("guide"), QStringLiteral(" ops "), QStringLiteral("ops")}))
                .value(QStringLiteral("Operations"))
                .toArray()
                .at(0)
                .toObject();
        QCOMPARE(roles.value(QStringLiteral("op")).toString(), QStringLiteral("replace"));
        QCOMPARE(roles.value(QStringLiteral("path")).toString(), QStringLiteral("roles"));
        QCOMPARE(roles.value(QStringLiteral("value")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("guide")},
                                         {QStringLiteral("display"), QStringLiteral("Tour guide")},
                                         {QStringLiteral("primary"), true}},
                             QJsonObject{{QStringLiteral("value"), QStringLiteral("ops")}}}));
        const QJsonObject none = bodyOf(dialect.setRolesRequest(user, {}))
                                     .value(QStringLiteral("Operations"))
                                     .toArray()
                                     .at(0)
                                     .toObject();
        QCOMPARE(none, (QJsonObject{{QStringLiteral("op"), QStringLiteral("remove")},
                                    {QStringLiteral("path"), QStringLiteral("roles")}}));

        const HttpRequest del = dialect.deleteUserRequest(user);
        QCOMPARE(del.method, QByteArray("DELETE"));
        QCOMPARE(del.path, QStringLiteral("/Users/2819c223-7f76-453a-919d-413861904646"));
        QVERIFY(del.body.isEmpty());
        QCOMPARE(dialect.getUserRequest(user).method, QByteArray("GET"));
    }

    void scimErrorsBecomeOneSentence()
    {
        const ApiError notFound = dialect.parseError(response(404, rfcNotFound));
        QCOMPARE(notFound.kind, ApiError::Kind::NotFound);
        QCOMPARE(notFound.message,
                 QStringLiteral("Not found on the server: it may have been deleted meanwhile."));
        QCOMPARE(notFound.detail, QStringLiteral("Resource 2819c223-7f76-453a-919d-413861904646 not found"));

        const ApiError readOnly = dialect.parseError(response(400, rfcMutability));
        QCOMPARE(readOnly.kind, ApiError::Kind::Validation);
        QCOMPARE(readOnly.serverCode, QStringLiteral("mutability"));
        QCOMPARE(readOnly.message,
                 QStringLiteral("The server does not let this attribute change: Attribute 'id' is "
                                "readOnly."));

        const ApiError taken = dialect.parseError(
            response(409, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"409\","
                          "\"scimType\":\"uniqueness\",\"detail\":\"SCIM User userName already exists\"}"));
        QCOMPARE(taken.kind, ApiError::Kind::Conflict);
        QCOMPARE(taken.field, QStringLiteral("username"));
        QCOMPARE(taken.message, QStringLiteral("A user with this user name already exists."));
        const ApiError emailTaken =
            dialect.parseError(response(409, "{\"status\":\"409\",\"scimType\":\"uniqueness\",\"detail\":\"A "
                                             "user already uses this email.\"}"));
        QCOMPARE(emailTaken.field, QStringLiteral("email"));
        QCOMPARE(emailTaken.message, QStringLiteral("A user with this email already exists."));

        const ApiError filter = dialect.parseError(response(
            400, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"400\","
                 "\"scimType\":\"invalidFilter\",\"detail\":\"filter operator sw is not supported\"}"));
        QCOMPARE(filter.kind, ApiError::Kind::Validation);
        QVERIFY2(filter.message.contains(QLatin1String("filter operator sw is not supported")) &&
                     filter.message.contains(QLatin1String("search filter")),
                 qPrintable(filter.message));

        const ApiError invalid =
            dialect.parseError(response(400, "{\"status\":\"400\",\"scimType\":\"invalidValue\",\"detail\":"
                                             "\"[body.emails] emails must contain "
                                             "an email when userName is not an email address\"}"));
        QCOMPARE(invalid.field, QStringLiteral("username")); // userName is named first
        QVERIFY(invalid.message.startsWith(QLatin1String("The server refused the request as invalid: ")));

        const ApiError token = dialect.parseError(
            response(401, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"401\","
                          "\"detail\":\"Invalid SCIM bearer token\"}"));
        QCOMPARE(token.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(token.message,
                 QStringLiteral("The server refused the bearer token: it is wrong, expired or revoked."));
        QCOMPARE(token.detail, QStringLiteral("Invalid SCIM bearer token"));

        const ApiError scope =
            dialect.parseError(response(403, "{\"status\":\"403\",\"detail\":\"The SCIM bearer token is "
                                             "missing the scim.users.write scope\"}"));
        QCOMPARE(scope.kind, ApiError::Kind::Forbidden);
        QCOMPARE(scope.message,
                 QStringLiteral("Not allowed with this bearer token: The SCIM bearer token is missing "
                                "the scim.users.write scope."));

        const ApiError wrongRoot = dialect.parseError(response(404, {}));
        QCOMPARE(wrongRoot.kind, ApiError::Kind::NotFound);
        QVERIFY(wrongRoot.message.contains(QLatin1String("base URL")));
        QCOMPARE(dialect.parseError(response(412, {})).kind, ApiError::Kind::Conflict);
        QCOMPARE(dialect.parseError(response(429, {})).kind, ApiError::Kind::RateLimited);
        QCOMPARE(dialect.parseError(response(501, {})).kind, ApiError::Kind::Unsupported);
        QCOMPARE(dialect.parseError(response(503, "<html>down</html>")).kind, ApiError::Kind::Server);

        for (const ApiError& e :
             {notFound, readOnly, taken, emailTaken, filter, invalid, token, scope, wrongRoot})
            QVERIFY2(oneSentence(e.message), qPrintable(e.message));

        HttpResponse dropped;
        dropped.transportError =
            ApiError::make(ApiError::Kind::Network, QStringLiteral("Connection refused."));
        QCOMPARE(dialect.parseError(dropped).kind, ApiError::Kind::Network);
    }
};

QTEST_GUILESS_MAIN(tst_ScimDialect)
#include "tst_ScimDialect.moc"
