// Gatekeeper's builders and parsers against seed 001's examples.

#include "remote/dialects/GatekeeperDialect.h"
#include "values/Utc.h"

#include "CannedResponse.h"
#include <QJsonArray>
#include <QJsonObject>

#include <QtTest>

namespace {
const QByteArray sessionAnswer = R"({"session_began_at": "2017-08-25 14:16:09 UTC",
 "token": {"access_token": "AT", "expires_in": 1200, "not-before-policy": 0, "refresh_expires_in": 1800,
           "refresh_token": "RT", "session_state": "c8242f9c-8333-4a6c-84ff-2158bd6d2709", "token_type": "bearer"},
 "username": "myself"})";
const QByteArray userList = R"([
 {"created_at": "2017-08-25T13:16:12+00:00", "email": "demo@example.com", "first_name": "Demo", "last_name": "User",
  "user_type": "developer", "username": "mydemo", "uuid": "c4584602-090e-4f05-9022-4ebfa88508d8"},
 {"created_at": "2017-08-25T13:16:07+00:00", "email": "admin@example.com", "first_name": "Admin", "last_name": "Default",
  "user_type": "admin", "username": "myadmin", "uuid": "d60af432-25bd-47b9-83f2-4396e3b202f2"}])";
} // namespace

class tst_GatekeeperDialect : public QObject
{
    Q_OBJECT
    GatekeeperDialect dialect;

private slots:
    void signInAndRefresh()
    {
        Profile p;
        p.identity = QStringLiteral("myself");
        const HttpRequest r =
            dialect.signInRequest(p, {{QStringLiteral("password"), QStringLiteral("1234")}});
        QCOMPARE(r.path, QStringLiteral("/sessions"));
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("username")).toString(),
                 QStringLiteral("myself"));
        const Result<AuthState> state = dialect.parseSignIn(response(200, sessionAnswer), p);
        QVERIFY(state.ok());
        QCOMPARE(state.value().accessToken, QStringLiteral("AT"));
        QCOMPARE(state.value().refreshToken, QStringLiteral("RT"));
        QCOMPARE(state.value().sessionId, QStringLiteral("c8242f9c-8333-4a6c-84ff-2158bd6d2709"));
        QVERIFY(qAbs(state.value().secondsLeft() - 1200) <= 2);
        const HttpRequest refresh = dialect.refreshRequest(state.value());
        QVERIFY(refresh.isValid());
        QCOMPARE(
            QJsonDocument::fromJson(refresh.body).object().value(QStringLiteral("refresh_token")).toString(),
            QStringLiteral("RT"));
        QCOMPARE(dialect.signOutRequest(state.value()).method, QByteArray("DELETE"));
        HttpRequest authed = HttpRequest::get(QStringLiteral("/users"));
        dialect.authorize(authed, state.value(), p, {});
        QCOMPARE(authed.header("Authorization"), QByteArray("Bearer AT"));
    }

    void listParsesLinkAndRecordCount()
    {
        UserQuery q;
        q.offset = 0;
        q.limit = 2;
        const Result<UserPage> page = dialect.parseUserPage(
            response(200, userList,
                     {{"Record-Count", "3"}, {"Link", R"(</users?offset=2&limit=2>; rel="next")"}}),
            q);
        QVERIFY(page.ok());
        QCOMPARE(page.value().users.size(), 2);
        QCOMPARE(page.value().total, 3);
        QVERIFY(page.value().hasMore);
        const User& admin = page.value().users.at(1);
        QCOMPARE(admin.id, QStringLiteral("d60af432-25bd-47b9-83f2-4396e3b202f2"));
        QCOMPARE(admin.roles, QStringList{QStringLiteral("admin")});
        QCOMPARE(admin.createdAt, QDateTime(QDate(2017, 8, 25), QTime(13, 16, 7), Utc::zone));
        // A non-admin gets only their own object back.
        const Result<UserPage> self = dialect.parseUserPage(
            response(200, R"({"username":"myself","uuid":"u1","user_type":"developer"})"), q);
        QCOMPARE(self.value().users.size(), 1);
    }

    void rolesAreOneUserType()
    {
        User u;
        u.id = QStringLiteral("u1");
        const HttpRequest r = dialect.setRolesRequest(u, {QStringLiteral("customer")});
        QCOMPARE(r.method, QByteArray("PUT"));
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("user_type")).toString(),
                 QStringLiteral("customer"));
        QVERIFY(!dialect.setRolesRequest(u, {QStringLiteral("admin"), QStringLiteral("customer")}).isValid());
        bool usernameLocked = false;
        for (const UserField& f : dialect.userFields())
            usernameLocked |= f.key == QLatin1String("username") && !f.editable;
        QVERIFY(usernameLocked);
        QVERIFY(!dialect.capabilities({}).supports(Capability::CreateApiKey));
        QVERIFY(!dialect.capabilities({}).reason(Capability::CreateApiKey).isEmpty());
    }

    void sessionsKeepOnlyTheFieldsNotReadIntoTheirOwn()
    {
        // The sandbox's answer to GET /sessions, with one field no column reads: the session's
        // attributes keep that one, not a second copy of the others (two million sessions of a
        // million users carried 330 bytes each of copies into the cache).
        const QByteArray list = R"([{"began_at": "2026-12-06T05:06:57+00:00",
  "expires_at": "2026-12-06T05:26:57+00:00", "ip_address": "10.1.246.165",
  "last_access": "2026-12-06T05:07:41+00:00", "client": "portal",
  "session_state": "64e8f41d-301e-4a5b-be94-3db8d6138fcc", "user_agent": "AuthDesk/0.1.0",
  "username": "unovak6", "uuid": "7f683e32-0b0c-4c18-469b-5529d5bdc486"}])";
        const Result<QList<Session>> sessions = dialect.parseSessions(response(200, list));
        QVERIFY(sessions.ok());
        QCOMPARE(sessions.value().size(), 1);
        const Session s = sessions.value().first();
        QCOMPARE(s.id, QStringLiteral("64e8f41d-301e-4a5b-be94-3db8d6138fcc"));
        QCOMPARE(s.userId, QStringLiteral("7f683e32-0b0c-4c18-469b-5529d5bdc486"));
        QCOMPARE(s.username, QStringLiteral("unovak6"));
        QCOMPARE(s.startedAt, QDateTime(QDate(2026, 12, 6), QTime(5, 6, 57), Utc::zone));
        QCOMPARE(s.lastActivityAt, QDateTime(QDate(2026, 12, 6), QTime(5, 7, 41), Utc::zone));
        QCOMPARE(s.expiresAt, QDateTime(QDate(2026, 12, 6), QTime(5, 26, 57), Utc::zone));
        QCOMPARE(s.ipAddress, QStringLiteral("10.1.246.165"));
        QCOMPARE(s.userAgent, QStringLiteral("AuthDesk/0.1.0"));
        QCOMPARE(s.attributes, QVariantMap({{QStringLiteral("client"), QStringLiteral("portal")}}));
    }

    void errorsBecomeSentences()
    {
        QCOMPARE(
            dialect
                .parseError(response(401, R"({"error":{"code":401,"message":"Invalid user credentials"}})"))
                .message,
            QStringLiteral("Wrong username or password."));
        const ApiError taken = dialect.parseError(
            response(409, R"({"error":{"code":409,"message":"Username 'x' is already taken"}})"));
        QCOMPARE(taken.kind, ApiError::Kind::Conflict);
        QCOMPARE(taken.field, QStringLiteral("username"));
        QCOMPARE(dialect.parseError(response(403, R"({"error":{"code":403,"message":"no"}})")).kind,
                 ApiError::Kind::Forbidden);
        QCOMPARE(dialect.parseUserPage(response(200, "[{"), {}).error().kind, ApiError::Kind::Malformed);
    }
};

QTEST_GUILESS_MAIN(tst_GatekeeperDialect)
#include "tst_GatekeeperDialect.moc"
