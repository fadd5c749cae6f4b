// The Keycloak peer itself, checked from outside AuthDesk with raw HTTP: the server the
// KeycloakPeerStart fixture started (or one of its own when this test runs alone) signs in by
// password grant on admin-cli and by client credentials on the realm's service client, counts
// exactly the users the realm JSON seeded (also filtered), hides the attribute its user profile
// does not declare, creates then deletes a user, and refuses writes to an account without
// manage-users. A server that does not start is a failure, never a skip.

#include "HttpProbe.h"
#include "KeycloakProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QtTest>

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

QByteArray form(const QList<QPair<QString, QString>>& fields)
{
    QUrlQuery query;
    for (const auto& [name, value] : fields)
        query.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    return query.query(QUrl::FullyEncoded).toUtf8();
}

// The seeded people, as the realm JSON has them: service accounts are users in the JSON but
// not in Keycloak's user list or count.
QJsonArray seededPeople()
{
    QJsonArray people;
    for (const QJsonValue& user : KeycloakProcess::seededRealm().value(QStringLiteral("users")).toArray()) {
        if (!user.toObject().contains(QStringLiteral("serviceAccountClientId")))
            people.append(user);
    }
    return people;
}

} // namespace

class tst_KeycloakPeer : public QObject
{
    Q_OBJECT
    KeycloakProcess m_peer;

    ProbeReply tokenReply(const QString& realm, const QList<QPair<QString, QString>>& fields)
    {
        return HttpProbe::send(
            "POST", m_peer.url(QStringLiteral("/realms/%1/protocol/openid-connect/token").arg(realm)),
            form(fields), {{"Content-Type", "application/x-www-form-urlencoded"}});
    }
    QByteArray passwordToken(const QString& realm, const QString& username, const QString& password)
    {
        const ProbeReply reply =
            tokenReply(realm, {{QStringLiteral("grant_type"), QStringLiteral("password")},
                               {QStringLiteral("client_id"), QStringLiteral("admin-cli")},
                               {QStringLiteral("username"), username},
                               {QStringLiteral("password"), password}});
        return reply.json().object().value(QStringLiteral("access_token")).toString().toUtf8();
    }
    QByteArray realmAdminToken()
    {
        return passwordToken(KeycloakProcess::realm(), KeycloakProcess::realmAdminUsername(),
                             m_peer.realmAdminPassword());
    }
    // An admin API call on the tests' realm: path is relative to /admin/realms/authdesk.
    ProbeReply admin(const QByteArray& method, const QString& path, const QByteArray& token,
                     const QJsonObject& body = {})
    {
        const QUrl url = m_peer.url(QStringLiteral("/admin/realms/") + KeycloakProcess::realm() + path);
        Headers headers{{"Authorization", "Bearer " + token}};
        if (body.isEmpty())
            return HttpProbe::send(method, url, {}, headers);
        return HttpProbe::json(method, url, QJsonDocument(body), headers);
    }
    int count(const QByteArray& token, const QString& filter = {})
    {
        const ProbeReply reply = admin("GET", QStringLiteral("/users/count") + filter, token);
        bool ok = false;
        const int n = reply.body.trimmed().toInt(&ok);
        return reply.status == 200 && ok ? n : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_peer.startOrAttach(), qPrintable(m_peer.errorString()));
        QVERIFY(m_peer.baseUrl().host() == QLatin1String("127.0.0.1"));
        QVERIFY(seededPeople().size() >= 30);
    }

    void passwordGrantOnAdminCli()
    {
        const ProbeReply reply = tokenReply(QStringLiteral("master"),
                                            {{QStringLiteral("grant_type"), QStringLiteral("password")},
                                             {QStringLiteral("client_id"), QStringLiteral("admin-cli")},
                                             {QStringLiteral("username"), m_peer.masterAdminUsername()},
                                             {QStringLiteral("password"), m_peer.masterAdminPassword()}});
        QCOMPARE(reply.status, 200);
        const QJsonObject token = reply.json().object();
        QCOMPARE(token.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        // The master realm's defaults: a one-minute access token, a 30-minute refresh token.
        // Keycloak counts whole seconds from its clock to the expiry, so a token issued at the
        // end of a second says one less (59, seen on a busy machine).
        const int expiresIn = token.value(QStringLiteral("expires_in")).toInt();
        QVERIFY2(expiresIn == 60 || expiresIn == 59, qPrintable(QString::number(expiresIn)));
        const int refreshIn = token.value(QStringLiteral("refresh_expires_in")).toInt();
        QVERIFY2(refreshIn == 1800 || refreshIn == 1799, qPrintable(QString::number(refreshIn)));
        QCOMPARE(token.value(QStringLiteral("access_token")).toString().count(QLatin1Char('.')), 2); // a JWT
        QVERIFY(!token.value(QStringLiteral("refresh_token")).toString().isEmpty());

        const ProbeReply wrong = tokenReply(
            QStringLiteral("master"), {{QStringLiteral("grant_type"), QStringLiteral("password")},
                                       {QStringLiteral("client_id"), QStringLiteral("admin-cli")},
                                       {QStringLiteral("username"), m_peer.masterAdminUsername()},
                                       {QStringLiteral("password"), QStringLiteral("not-the-password")}});
        // 400, not 401: RFC 6749's invalid_grant (Keycloak answered 401 before version 26).
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.json().object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
        QCOMPARE(wrong.json().object().value(QStringLiteral("error_description")).toString(),
                 QStringLiteral("Invalid user credentials"));

        // The master admin administers every realm, the tests' one included.
        const QByteArray masterToken = token.value(QStringLiteral("access_token")).toString().toUtf8();
        QCOMPARE(count(masterToken), int(seededPeople().size()));
    }

    void realmAdminAndServiceClientSignIn()
    {
        QVERIFY(!realmAdminToken().isEmpty());
        const ProbeReply reply = tokenReply(
            KeycloakProcess::realm(), {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                       {QStringLiteral("client_id"), KeycloakProcess::serviceClientId()},
                                       {QStringLiteral("client_secret"), m_peer.serviceClientSecret()}});
        QCOMPARE(reply.status, 200);
        const QByteArray serviceToken =
            reply.json().object().value(QStringLiteral("access_token")).toString().toUtf8();
        // No refresh token for client credentials (the realm's default), and a working token.
        QVERIFY(!reply.json().object().contains(QStringLiteral("refresh_token")));
        QCOMPARE(count(serviceToken), int(seededPeople().size()));
    }

    void countsWhatTheRealmSeeded()
    {
        const QByteArray token = realmAdminToken();
        const QJsonArray people = seededPeople();
        QStringList usernames;
        int disabled = 0;
        for (const QJsonValue& person : people) {
            usernames << person[QStringLiteral("username")].toString();
            if (!person[QStringLiteral("enabled")].toBool())
                ++disabled;
        }
        QVERIFY(disabled > 0);
        QCOMPARE(count(token), int(people.size()));
        QCOMPARE(count(token, QStringLiteral("?enabled=false")), disabled);
        QCOMPARE(count(token, QStringLiteral("?search=anna")), 3); // anna.kowalska, anna.schmidt, annabel.lee

        const ProbeReply list =
            admin("GET", QStringLiteral("/users?first=0&max=1000&briefRepresentation=true"), token);
        QCOMPARE(list.status, 200);
        QStringList listed;
        for (const QJsonValue& user : list.json().array())
            listed << user[QStringLiteral("username")].toString();
        usernames.sort();
        // Keycloak lists users by username.
        QCOMPARE(listed, usernames);
    }

    void undeclaredAttributeIsStoredButNotShown()
    {
        const QByteArray token = realmAdminToken();
        // costCenter is on every seeded user but not in the realm's user profile.
        QString costCenter;
        for (const QJsonValue& person : seededPeople()) {
            if (person[QStringLiteral("username")] == QLatin1String("ines.moreau"))
                costCenter = person[QStringLiteral("attributes")][QStringLiteral("costCenter")][0].toString();
        }
        QVERIFY(costCenter.startsWith(QLatin1String("CC-LEG-")));
        const ProbeReply found = admin("GET", QStringLiteral("/users?q=costCenter:") + costCenter, token);
        QCOMPARE(found.status, 200);
        QCOMPARE(found.json().array().size(), 1);
        const QJsonObject user = found.json().array().first().toObject();
        QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("ines.moreau"));
        const QJsonObject attributes = user.value(QStringLiteral("attributes")).toObject();
        QCOMPARE(attributes.value(QStringLiteral("department")).toArray().first().toString(),
                 QStringLiteral("Legal"));
        QVERIFY(!attributes.contains(QStringLiteral("costCenter")));
    }

    void createThenDeleteAUser()
    {
        const QByteArray token = realmAdminToken();
        const int before = count(token);
        const QString username =
            QStringLiteral("kc-peer-%1").arg(QRandomGenerator::global()->generate(), 0, 36);
        const ProbeReply created =
            admin("POST", QStringLiteral("/users"), token,
                  {{QStringLiteral("username"), username},
                   {QStringLiteral("email"), QString(username + QStringLiteral("@example.net"))},
                   {QStringLiteral("firstName"), QStringLiteral("Peer")},
                   {QStringLiteral("lastName"), QStringLiteral("Probe")},
                   {QStringLiteral("enabled"), true}});
        QCOMPARE(created.status, 201);
        QVERIFY(created.body.isEmpty());
        const QUrl location(QString::fromUtf8(created.header("Location")));
        QVERIFY2(location.path().startsWith(QStringLiteral("/admin/realms/authdesk/users/")),
                 created.header("Location").constData());
        const QString id = location.path().section(QLatin1Char('/'), -1);
        QCOMPARE(id.size(), 36); // a UUID
        QCOMPARE(count(token), before + 1);

        const ProbeReply fetched = admin("GET", QStringLiteral("/users/") + id, token);
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.json().object().value(QStringLiteral("username")).toString(), username);
        QCOMPARE(fetched.json().object().value(QStringLiteral("enabled")).toBool(), true);

        QCOMPARE(admin("DELETE", QStringLiteral("/users/") + id, token).status, 204);
        const ProbeReply gone = admin("GET", QStringLiteral("/users/") + id, token);
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.json().object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("User not found"));
        QCOMPARE(count(token), before);
    }

    void readerWithoutManageUsersIsRefusedWrites()
    {
        const QByteArray token = passwordToken(KeycloakProcess::realm(), KeycloakProcess::helpdeskUsername(),
                                               KeycloakProcess::userPassword());
        QVERIFY(!token.isEmpty());
        QCOMPARE(count(token), int(seededPeople().size()));
        const ProbeReply refused =
            admin("POST", QStringLiteral("/users"), token,
                  QJsonObject{{QStringLiteral("username"), QStringLiteral("never-created")}});
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.json().object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("HTTP 403 Forbidden"));
    }

    void cleanupTestCase() { m_peer.stop(); }
};

QTEST_GUILESS_MAIN(tst_KeycloakPeer)
#include "tst_KeycloakPeer.moc"
