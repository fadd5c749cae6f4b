// Luminate's builders and parsers against seed 003: both headers on every call, the error
// envelope as sentences, and nothing but sign-in offered.

#include "remote/dialects/LuminateDialect.h"

#include "CannedResponse.h"

#include <QtTest>

class tst_LuminateDialect : public QObject
{
    Q_OBJECT
    LuminateDialect dialect;

private slots:
    void authSendsTheKeyAndAForm()
    {
        Profile p;
        p.identity = QStringLiteral("user@example.com");
        const Secrets secrets{{QStringLiteral("api_key"), QStringLiteral("APIKEY123")},
                              {QStringLiteral("password"), QStringLiteral("Pass+word&1")}};
        const HttpRequest r = dialect.signInRequest(p, secrets);
        QCOMPARE(r.path, QStringLiteral("/auth"));
        QCOMPARE(r.header("x-api-key"), QByteArray("APIKEY123"));
        QCOMPARE(r.contentType, QByteArray("application/x-www-form-urlencoded"));
        const QUrlQuery form(QString::fromUtf8(r.body));
        QCOMPARE(form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded),
                 QStringLiteral("Pass+word&1"));
        QCOMPARE(form.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded),
                 QStringLiteral("user@example.com"));

        const Result<AuthState> state =
            dialect.parseSignIn(response(200, R"({"access_token":"eyJr.abc","expires_in":86400})"), p);
        QVERIFY(state.ok());
        QVERIFY(qAbs(state.value().secondsLeft() - 86400) <= 2);
        HttpRequest call = HttpRequest::get(QStringLiteral("/songs/ID123"));
        dialect.authorize(call, state.value(), p, secrets);
        QCOMPARE(call.header("authorization"), QByteArray("eyJr.abc")); // no "Bearer"
        QCOMPARE(call.header("x-api-key"), QByteArray("APIKEY123"));
    }

    void envelopeErrorsBecomeSentences()
    {
        const ApiError key = dialect.parseError(
            response(401, R"({"error":{"errors":[{"error_code":"00018","error_type":"Unauthorized",
            "message":"API key invalid or not provided."}],"code":401,"message":"Unauthorized"}})"));
        QCOMPARE(key.message, QStringLiteral("This API key is not valid for Luminate."));
        QCOMPARE(key.serverCode, QStringLiteral("00018"));
        QCOMPARE(key.field, QStringLiteral("api_key"));
    }

    void onlySignInIsOffered()
    {
        const Capabilities caps = dialect.capabilities({});
        for (Capability c : {Capability::ListUsers, Capability::CreateUser, Capability::ListSessions,
                             Capability::CreateApiKey}) {
            QVERIFY(!caps.supports(c));
            QVERIFY(!caps.reason(c).isEmpty());
        }
        QVERIFY(!dialect.listUsersRequest({}).isValid());
    }
};

QTEST_GUILESS_MAIN(tst_LuminateDialect)
#include "tst_LuminateDialect.moc"
