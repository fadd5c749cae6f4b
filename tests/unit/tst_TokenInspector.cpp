// The token inspector decodes for display and never lets a token's own claims override what
// the server answered.

#include "remote/TokenInspector.h"
#include "values/Utc.h"

#include <QtTest>

class tst_TokenInspector : public QObject
{
    Q_OBJECT
private slots:
    void decodesTheSeedJwtWithoutTrustingIt()
    {
        // Nebula's documented example token (exp 2024-11-04).
        const TokenReport r = TokenInspector::inspect(
            QStringLiteral("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                           "eyJzdWIiOiJhZG1pbkBnbWFpbC5jb20iLCJyb2xlcyI6WyJBRE1JTiJdLCJleHAiOjE3MzA3NTg2MzYsI"
                           "nNjb3BlcyI6WyJBRE1JTiJdfQ.QwXYFII5y_V_9bIRQ3R-9W-jATjHa2yfklLaTQzVwS8"));
        QCOMPARE(r.kind, TokenReport::Kind::Jwt);
        QVERIFY(r.kindName.contains(QLatin1String("not verified")));
        QCOMPARE(r.header.value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
        QCOMPARE(r.claims.value(QStringLiteral("sub")).toString(), QStringLiteral("admin@gmail.com"));
        QCOMPARE(r.expiresAt, QDateTime::fromSecsSinceEpoch(1730758636, Utc::zone));
        QCOMPARE(r.scopes, QStringList{QStringLiteral("ADMIN")});

        // For the console's own session, the server's answer wins over the claims.
        AuthState state;
        state.accessToken = QStringLiteral(
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
            "eyJzdWIiOiJhZG1pbkBnbWFpbC5jb20iLCJyb2xlcyI6WyJBRE1JTiJdLCJleHAiOjk5OTk5OTk5OTl9.x");
        state.expiresAt = QDateTime::currentDateTimeUtc().addSecs(60);
        state.scopes = {QStringLiteral("GUEST")};
        const TokenReport own = TokenInspector::inspect(state);
        QCOMPARE(own.expiresAt, state.expiresAt);
        QCOMPARE(own.scopes, QStringList{QStringLiteral("GUEST")});
    }

    void otherKinds()
    {
        QCOMPARE(TokenInspector::inspect(QStringLiteral("ak_W4KL0Rw8Rv6Mp7h7fY77dFgHDl")).kind,
                 TokenReport::Kind::NebulaApiKey);
        QCOMPARE(TokenInspector::inspect(QStringLiteral("ZyrIfSZqraXTmPaMlaRt2fxEsheoUZV6aWb5OlOT8o")).kind,
                 TokenReport::Kind::Opaque);
        const TokenReport broken = TokenInspector::inspect(QStringLiteral("abc.%%%.def"));
        QCOMPARE(broken.kind, TokenReport::Kind::Opaque);
        QVERIFY(!broken.problem.isEmpty());
        QCOMPARE(TokenInspector::inspect(QString()).kind, TokenReport::Kind::Empty);
    }
};

QTEST_GUILESS_MAIN(tst_TokenInspector)
#include "tst_TokenInspector.moc"
