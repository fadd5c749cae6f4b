// Nebula's builders and parsers against seed 002's login example and the ak_ key rules.

#include "remote/dialects/NebulaDialect.h"

#include "CannedResponse.h"
#include <QJsonObject>

#include <QtTest>

namespace {
// The seed's example answer; its JWT expired long ago (exp 1730758636).
const QByteArray loginAnswer =
    R"({"data": {"id": 18, "name": "Test User", "email": "testemail@gmail.com", "is_staff": false,
 "is_active": true, "jwtToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZG1pbkBnbWFpbC5jb20iLCJyb2xlcyI6WyJBRE1JTiJdLCJleHAiOjE3MzA3NTg2MzYsInNjb3BlcyI6WyJBRE1JTiJdfQ.QwXYFII5y_V_9bIRQ3R-9W-jATjHa2yfklLaTQzVwS8"},
 "message": "Login successful", "status": "success"})";
} // namespace

class tst_NebulaDialect : public QObject
{
    Q_OBJECT
    NebulaDialect dialect;

private slots:
    void loginParsesTheSeedAnswer()
    {
        Profile p;
        p.identity = QStringLiteral("testemail@gmail.com");
        const HttpRequest r =
            dialect.signInRequest(p, {{QStringLiteral("password"), QStringLiteral("123456789")}});
        QCOMPARE(r.path, QStringLiteral("/login"));
        const Result<AuthState> state = dialect.parseSignIn(response(200, loginAnswer), p);
        QVERIFY(state.ok());
        QVERIFY(state.value().accessToken.startsWith(QLatin1String("eyJ")));
        QCOMPARE(state.value().userId, QStringLiteral("18"));
        // The unverified exp can only shorten the countdown, never extend it.
        QVERIFY(state.value().secondsLeft() <= 7200);
        QVERIFY(state.value().expiresAt <= QDateTime::currentDateTimeUtc().addSecs(7200));
    }

    void apiKeyProfilesUseTheKeyAsBearer()
    {
        Profile p;
        p.settings.insert(QStringLiteral("auth_method"), QStringLiteral("api_key"));
        QCOMPARE(dialect.requiredSecrets(p), QStringList{QStringLiteral("api_key")});
        const Secrets secrets{
            {QStringLiteral("api_key"), QStringLiteral("ak_W4KL0Rw8Rv6Mp7h7fY77dFgHDl_EMAojslklxhMI9-0")}};
        const HttpRequest check = dialect.signInRequest(p, secrets);
        QCOMPARE(check.header("Authorization"),
                 QByteArray("Bearer ak_W4KL0Rw8Rv6Mp7h7fY77dFgHDl_EMAojslklxhMI9-0"));
        const Result<AuthState> state =
            dialect.parseSignIn(response(200, R"({"data":[],"message":"ok","status":"success"})"), p);
        QVERIFY(state.ok());
        QVERIFY(!state.value().expiresAt.isValid());                        // ak_ keys never expire
        QVERIFY(!state.value().accessToken.contains(QLatin1String("ak_"))); // the key stays in Secrets
        HttpRequest call = HttpRequest::get(QStringLiteral("/api_keys"));
        dialect.authorize(call, state.value(), p, secrets);
        QVERIFY(call.header("Authorization").endsWith("MI9-0"));
    }

    void issuedKeyIsCheckedAndOnlyAPrefixIsKept()
    {
        const Result<IssuedApiKey> issued = dialect.parseIssuedApiKey(response(
            201,
            R"({"data":{"id":7,"key":"ak_secretsecret","name":"ci","description":""},"message":"","status":"success"})"));
        QVERIFY(issued.ok());
        QCOMPARE(issued.value().secret, QStringLiteral("ak_secretsecret"));
        QCOMPARE(issued.value().key.prefix, QStringLiteral("ak_secr"));
        QVERIFY(
            !dialect.parseIssuedApiKey(response(201, R"({"data":{"id":7,"key":"nope"},"status":"success"})"))
                 .ok());
        const Result<QList<ApiKey>> keys = dialect.parseApiKeys(response(
            200,
            R"({"data":[{"id":1,"name":"a","description":"d","partial_key_data":"ak_W4KL..."}],"status":"success"})"));
        QCOMPARE(keys.value().first().prefix, QStringLiteral("ak_W4KL..."));
        QCOMPARE(dialect.revokeApiKeyRequest(keys.value().first()).path, QStringLiteral("/api-keys/1"));
    }

    void failedStatusIsAnErrorEvenWith200()
    {
        const ApiError error =
            dialect.errorOf(response(200, R"({"status":"failed","message":"Invalid API key.","data":null})"));
        QVERIFY(!error.isNone());
        QVERIFY(dialect.errorOf(response(200, R"({"status":"success","data":{}})")).isNone());
        QCOMPARE(
            dialect
                .parseError(response(401, R"({"status":"failed","message":"Invalid username or password."})"))
                .message,
            QStringLiteral("Wrong username or password."));
        QCOMPARE(dialect.parseError(response(403, R"({"status":"failed","message":"x"})")).kind,
                 ApiError::Kind::Forbidden);
    }
};

QTEST_GUILESS_MAIN(tst_NebulaDialect)
#include "tst_NebulaDialect.moc"
