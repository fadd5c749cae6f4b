// The one mapping from a failure to the sentence a person reads: each HTTP status with and
// without the server's words, Retry-After on 429 and 503, each shared reason, a dialect's own
// sentence and override, a 2xx whose body says it failed, every transport failure ApiClient
// reports, and bodies no sentence may echo (not JSON, an HTML page, huge, deeply nested).

#include "SelfSignedCertificate.h"
#include "remote/Dialect.h"
#include "remote/ErrorMapping.h"

#include <QDateTime>
#include <QLocale>
#include <QSslError>
#include <QtTest>

namespace {

HttpResponse response(int status, const QByteArray& body = {}, const QByteArray& retryAfter = {})
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    if (!retryAfter.isNull())
        r.headers.append({QByteArrayLiteral("Retry-After"), retryAfter});
    return r;
}

ServerError saying(const QString& words)
{
    ServerError error;
    error.message = words;
    return error;
}

// A dialect that only reads errors the common way, as a new server's dialect would.
class PlainDialect : public Dialect
{
public:
    QString id() const override { return QStringLiteral("plain"); }
    QString displayName() const override { return QStringLiteral("Plain"); }
    Capabilities capabilities(const Profile&) const override { return {}; }
    QStringList requiredSecrets(const Profile&) const override { return {}; }
    HttpRequest signInRequest(const Profile&, const Secrets&) const override { return {}; }
    Result<AuthState> parseSignIn(const HttpResponse&, const Profile&) const override { return AuthState(); }
    void authorize(HttpRequest&, const AuthState&, const Profile&, const Secrets&) const override {}
};

const QString refusedAsInvalid = QStringLiteral("The server refused the request as invalid.");

} // namespace

class tst_ErrorMapping : public QObject
{
    Q_OBJECT
    PlainDialect dialect;

private slots:
    void eachStatusHasAKindAndASentence_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        using K = ApiError::Kind;
        QTest::newRow("400") << 400 << int(K::Validation) << refusedAsInvalid;
        QTest::newRow("401") << 401 << int(K::Unauthorized)
                             << QStringLiteral("The session has expired or was revoked; sign in again.");
        QTest::newRow("403") << 403 << int(K::Forbidden)
                             << QStringLiteral("Not allowed: this needs an admin account.");
        QTest::newRow("404") << 404 << int(K::NotFound)
                             << QStringLiteral(
                                    "Not found on the server: it may have been deleted meanwhile.");
        QTest::newRow("409") << 409 << int(K::Conflict)
                             << QStringLiteral(
                                    "The server refused the change as conflicting; reload and try again.");
        QTest::newRow("412")
            << 412 << int(K::Conflict)
            << QStringLiteral(
                   "The user changed on the server since it was loaded; reload it and edit again.");
        QTest::newRow("413") << 413 << int(K::Validation)
                             << QStringLiteral("The request is too large for the server.");
        QTest::newRow("422") << 422 << int(K::Validation) << refusedAsInvalid;
        QTest::newRow("429") << 429 << int(K::RateLimited)
                             << QStringLiteral(
                                    "The server is rate-limiting requests; try again in a moment.");
        QTest::newRow("unknown 4xx") << 418 << int(K::Validation)
                                     << QStringLiteral("The server refused the request (HTTP 418).");
        QTest::newRow("500") << 500 << int(K::Server)
                             << QStringLiteral("The server failed (HTTP 500); try again later.");
        QTest::newRow("501") << 501 << int(K::Unsupported)
                             << QStringLiteral("This server does not offer this operation.");
        QTest::newRow("502") << 502 << int(K::Server)
                             << QStringLiteral("The server failed (HTTP 502); try again later.");
        QTest::newRow("503") << 503 << int(K::Server)
                             << QStringLiteral("The server is unavailable for now; try again in a moment.");
        QTest::newRow("a redirect handed on")
            << 302 << int(K::Server) << QStringLiteral("The server answered with HTTP status 302.");
        QTest::newRow("no status, no transport error")
            << 0 << int(K::Server) << QStringLiteral("The server answered with HTTP status 0.");
    }
    void eachStatusHasAKindAndASentence()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(QString, message);
        const ApiError error = ErrorMapping::fromResponse(response(status), {});
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.message, message);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.retryAfterSeconds, -1);
        QVERIFY(error.detail.isEmpty());
        QVERIFY(error.serverCode.isEmpty());
        QVERIFY(error.field.isEmpty());
        // Through a dialect's default reading the same: an empty body adds nothing.
        const ApiError parsed = dialect.parseError(response(status));
        QCOMPARE(int(parsed.kind), kind);
        QCOMPARE(parsed.message, message);
    }

    void theServersWordsAreQuotedWhereTheyHelp_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("message");
        QTest::newRow("400") << 400 << QStringLiteral("email must be an address.")
                             << QStringLiteral(
                                    "The server refused the request as invalid: email must be an address.");
        QTest::newRow("422, no full stop")
            << 422 << QStringLiteral("name is required")
            << QStringLiteral("The server refused the request as invalid: name is required.");
        QTest::newRow("403") << 403 << QStringLiteral("You are not allowed to list users")
                             << QStringLiteral("Not allowed: You are not allowed to list users.");
        QTest::newRow("409") << 409 << QStringLiteral("Version 3 is not the latest")
                             << QStringLiteral(
                                    "The server refused the change as conflicting: Version 3 is not the "
                                    "latest.");
        QTest::newRow("unknown 4xx") << 418 << QStringLiteral("I'm a teapot")
                                     << QStringLiteral("The server refused the request: I'm a teapot.");
        // Where the server's words add nothing a person can act on, the sentence stands alone.
        QTest::newRow("401") << 401 << QStringLiteral("Unauthorized")
                             << QStringLiteral("The session has expired or was revoked; sign in again.");
        QTest::newRow("404") << 404 << QStringLiteral("User 7 not found")
                             << QStringLiteral(
                                    "Not found on the server: it may have been deleted meanwhile.");
        QTest::newRow("500") << 500 << QStringLiteral("NullPointerException in UserService.java:88")
                             << QStringLiteral("The server failed (HTTP 500); try again later.");
        QTest::newRow("429") << 429 << QStringLiteral("Slow down")
                             << QStringLiteral(
                                    "The server is rate-limiting requests; try again in a moment.");
    }
    void theServersWordsAreQuotedWhereTheyHelp()
    {
        QFETCH(int, status);
        QFETCH(QString, words);
        QFETCH(QString, message);
        const ApiError error = ErrorMapping::fromResponse(response(status), saying(words));
        QCOMPARE(error.message, message);
        QCOMPARE(error.detail, words); // always kept for the details and the audit log
    }

    void retryAfterSaysWhenToTryAgain()
    {
        const ApiError seconds = ErrorMapping::fromResponse(response(429, {}, "5"), {});
        QCOMPARE(seconds.kind, ApiError::Kind::RateLimited);
        QCOMPARE(seconds.retryAfterSeconds, 5);
        QCOMPARE(seconds.message,
                 QStringLiteral("The server is rate-limiting requests; try again in 5 second(s)."));

        const ApiError one = ErrorMapping::fromResponse(response(429, {}, "1"), {});
        QCOMPARE(one.message,
                 QStringLiteral("The server is rate-limiting requests; try again in 1 second(s)."));

        const ApiError without = ErrorMapping::fromResponse(response(429), {});
        QCOMPARE(without.retryAfterSeconds, -1);
        QCOMPARE(without.message,
                 QStringLiteral("The server is rate-limiting requests; try again in a moment."));

        const ApiError now = ErrorMapping::fromResponse(response(429, {}, "0"), {});
        QCOMPARE(now.retryAfterSeconds, 0);
        QCOMPARE(now.message, without.message);

        const ApiError unreadable = ErrorMapping::fromResponse(response(429, {}, "soon"), {});
        QCOMPARE(unreadable.retryAfterSeconds, -1);
        QCOMPARE(unreadable.message, without.message);

        // An HTTP-date, read by the same function ApiClient waits with.
        const QByteArray date = QLocale::c()
                                    .toString(QDateTime::currentDateTimeUtc().addSecs(90),
                                              QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                    .toLatin1();
        const ApiError dated = ErrorMapping::fromResponse(response(429, {}, date), {});
        QVERIFY2(dated.retryAfterSeconds >= 85 && dated.retryAfterSeconds <= 90,
                 qPrintable(QString::number(dated.retryAfterSeconds)));
        QCOMPARE(dated.message,
                 QStringLiteral("The server is rate-limiting requests; try again in %1 second(s).")
                     .arg(dated.retryAfterSeconds));

        const ApiError unavailable =
            ErrorMapping::fromResponse(response(503, "<html>busy</html>", "120"), {});
        QCOMPARE(unavailable.kind, ApiError::Kind::Server);
        QCOMPARE(unavailable.retryAfterSeconds, 120);
        QCOMPARE(unavailable.message,
                 QStringLiteral("The server is unavailable for now; try again in 120 second(s)."));

        // Retry-After means something on 429 and 503 only.
        const ApiError failed = ErrorMapping::fromResponse(response(500, {}, "5"), {});
        QCOMPARE(failed.retryAfterSeconds, -1);
        QCOMPARE(failed.message, QStringLiteral("The server failed (HTTP 500); try again later."));
    }

    void eachReasonHasItsSentence_data()
    {
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        using R = ServerError::Reason;
        using K = ApiError::Kind;
        QTest::newRow("wrong credentials, as OAuth's 400")
            << int(R::WrongCredentials) << QString() << 400 << int(K::Unauthorized)
            << QStringLiteral("Wrong username or password.");
        QTest::newRow("disabled, as a 403")
            << int(R::AccountDisabled) << QString() << 403 << int(K::Unauthorized)
            << QStringLiteral("This account is disabled.");
        QTest::newRow("session ended")
            << int(R::SessionEnded) << QString() << 401 << int(K::Unauthorized)
            << QStringLiteral("The session has expired or was revoked; sign in again.");
        QTest::newRow("credential refused")
            << int(R::CredentialRefused) << QStringLiteral("api_key") << 401 << int(K::Unauthorized)
            << QStringLiteral("The server refused the API key or token: it is wrong, expired or revoked.");
        QTest::newRow("duplicate username, as a 400")
            << int(R::Duplicate) << QStringLiteral("username") << 400 << int(K::Conflict)
            << QStringLiteral("A user with this username already exists.");
        QTest::newRow("duplicate email")
            << int(R::Duplicate) << QStringLiteral("email") << 409 << int(K::Conflict)
            << QStringLiteral("A user with this email already exists.");
        QTest::newRow("duplicate, no field") << int(R::Duplicate) << QString() << 409 << int(K::Conflict)
                                             << QStringLiteral("This already exists on the server.");
        QTest::newRow("no such endpoint")
            << int(R::NoSuchEndpoint) << QString() << 404 << int(K::NotFound)
            << QStringLiteral("The server has no such endpoint: check the profile's base URL.");
        QTest::newRow("changed meanwhile")
            << int(R::ChangedMeanwhile) << QString() << 409 << int(K::Conflict)
            << QStringLiteral(
                   "The user changed on the server since it was loaded; reload it and edit again.");
    }
    void eachReasonHasItsSentence()
    {
        QFETCH(int, reason);
        QFETCH(QString, field);
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(QString, message);
        ServerError read = saying(QStringLiteral("the server's own words"));
        read.reason = ServerError::Reason(reason);
        read.field = field;
        read.code = QStringLiteral("E42");
        const ApiError error = ErrorMapping::fromResponse(response(status), read);
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.message, message);
        QCOMPARE(error.field, field);
        QCOMPARE(error.serverCode, QStringLiteral("E42"));
        QCOMPARE(error.detail, QStringLiteral("the server's own words"));
        QCOMPARE(error.httpStatus, status);
    }

    void aDialectsOwnSentenceAndKindWin()
    {
        ServerError read = saying(QStringLiteral("Invalid origin"));
        read.reason = ServerError::Reason::AccountDisabled;
        read.sentence = QStringLiteral("Only this server's dialect can say this.");
        const ApiError own = ErrorMapping::fromResponse(response(403), read);
        QCOMPARE(own.message, read.sentence);
        QCOMPARE(own.kind, ApiError::Kind::Unauthorized); // the reason's kind still
        QCOMPARE(own.detail, QStringLiteral("Invalid origin"));

        read.kind = ApiError::Kind::Forbidden;
        QCOMPARE(ErrorMapping::fromResponse(response(403), read).kind, ApiError::Kind::Forbidden);

        // An override without a reason: the sentence follows the kind, not the status.
        ServerError scope = saying(QStringLiteral("needs admin"));
        scope.kind = ApiError::Kind::Forbidden;
        const ApiError forbidden = ErrorMapping::fromResponse(response(400), scope);
        QCOMPARE(forbidden.kind, ApiError::Kind::Forbidden);
        QCOMPARE(forbidden.message, QStringLiteral("Not allowed: needs admin."));
        QCOMPARE(forbidden.httpStatus, 400);
    }

    // A sign-in refused without a word, or sent to a path the server has not, names the
    // address to check rather than a session that never was or an item deleted meanwhile.
    void aFailedSignInPointsAtTheAddress()
    {
        const QUrl base(QStringLiteral("https://admin:hunter2@auth.example.com/gatekeeper/api/v2?x=1"));
        const ApiError missing = ErrorMapping::atSignIn(ErrorMapping::fromResponse(response(404), {}), base);
        QCOMPARE(missing.kind, ApiError::Kind::NotFound);
        QCOMPARE(missing.httpStatus, 404);
        QCOMPARE(missing.message, QStringLiteral("The server has no sign-in at "
                                                 "https://auth.example.com/gatekeeper/api/v2: check the "
                                                 "profile's base URL."));

        const ApiError refused = ErrorMapping::atSignIn(
            ErrorMapping::fromResponse(response(401), saying(QStringLiteral("Authorization required."))), base);
        QCOMPARE(refused.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(refused.message, QStringLiteral("The server refused the sign-in at "
                                                 "https://auth.example.com/gatekeeper/api/v2 (“Authorization "
                                                 "required”): check the credentials, and that this is the "
                                                 "server's base URL."));
        QCOMPARE(refused.detail, QStringLiteral("Authorization required."));
        QVERIFY(!refused.message.contains(QStringLiteral("hunter2")));
        QCOMPARE(ErrorMapping::atSignIn(ErrorMapping::fromResponse(response(401), {}), base).message,
                 QStringLiteral("The server refused the sign-in at https://auth.example.com/gatekeeper/api/v2 "
                                "without saying why: check the credentials, and that this is the server's base "
                                "URL."));

        // What the server or its dialect did say stays as it was.
        ServerError wrong;
        wrong.reason = ServerError::Reason::WrongCredentials;
        QCOMPARE(ErrorMapping::atSignIn(ErrorMapping::fromResponse(response(401), wrong), base).message,
                 QStringLiteral("Wrong username or password."));
        ServerError endpoint;
        endpoint.reason = ServerError::Reason::NoSuchEndpoint;
        const ApiError dialects = ErrorMapping::fromResponse(response(404), endpoint);
        QCOMPARE(ErrorMapping::atSignIn(dialects, base).message, dialects.message);
        const ApiError forbidden = ErrorMapping::fromResponse(response(403), {});
        QCOMPARE(ErrorMapping::atSignIn(forbidden, base).message, forbidden.message);
        const ApiError down = ErrorMapping::unreachable(QStringLiteral("auth.example.com"), QStringLiteral("refused"));
        QCOMPARE(ErrorMapping::atSignIn(down, base).message, down.message);
    }

    void theServersWordsCanBeTheSentence()
    {
        ServerError read = saying(QStringLiteral("scope must be a JSON array of string"));
        read.messageIsSentence = true;
        read.field = QStringLiteral("roles");
        const ApiError error = ErrorMapping::fromResponse(response(400), read);
        QCOMPARE(error.kind, ApiError::Kind::Validation);
        QCOMPARE(error.message, QStringLiteral("scope must be a JSON array of string"));
        QCOMPARE(error.field, QStringLiteral("roles"));

        read.message.clear(); // nothing said: the generic sentence
        QCOMPARE(ErrorMapping::fromResponse(response(400), read).message, refusedAsInvalid);

        read.message = QStringLiteral("<html><body>Bad Request</body></html>");
        QCOMPARE(ErrorMapping::fromResponse(response(400), read).message, refusedAsInvalid);
    }

    void aSuccessThatSaysItFailedIsARefusal()
    {
        ServerError read = saying(QStringLiteral("Invalid API key."));
        read.failed = true;
        const ApiError error = ErrorMapping::fromResponse(response(200), read);
        QCOMPARE(error.kind, ApiError::Kind::Validation);
        QCOMPARE(error.httpStatus, 200);
        QCOMPARE(error.message,
                 QStringLiteral("The server refused the request as invalid: Invalid API key."));
        QCOMPARE(error.detail, QStringLiteral("Invalid API key."));

        // A success is no error, and the default reading does not even look at its body.
        QVERIFY(dialect.errorOf(response(200, R"({"error":"invalid_request","message":"no"})")).isNone());
        QVERIFY(dialect.errorOf(response(204)).isNone());
        QVERIFY(dialect.readError(response(200, QByteArray("{\"message\":\"the user's bio\"}")))
                    .message.isEmpty());
        QCOMPARE(dialect.errorOf(response(404)).kind, ApiError::Kind::NotFound);
    }

    void transportErrorsPassThrough()
    {
        HttpResponse dropped = response(502, R"({"message":"gateway"})");
        dropped.transportError = ErrorMapping::cutShort();
        for (const ApiError& error : {ErrorMapping::fromResponse(dropped, saying(QStringLiteral("x"))),
                                      dialect.parseError(dropped), dialect.errorOf(dropped)}) {
            QCOMPARE(error.kind, ApiError::Kind::Network);
            QCOMPARE(error.message,
                     QStringLiteral("The server closed the connection before answering completely."));
            QCOMPARE(error.httpStatus, 0);
        }
    }

    void eachTransportFailureIsOneSentence_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        using K = ApiError::Kind;
        QTest::newRow("cancelled") << ErrorMapping::cancelled() << int(K::Cancelled)
                                   << QStringLiteral("The request was cancelled.");
        QTest::newRow("redirect") << ErrorMapping::redirectRefused(QStringLiteral("evil.example"))
                                  << int(K::Network)
                                  << QStringLiteral(
                                         "The server redirected to another host (evil.example); AuthDesk "
                                         "does not follow it with your credentials.");
        QTest::newRow("too large, MB")
            << ErrorMapping::tooLarge(32 * 1024 * 1024) << int(K::TooLarge)
            << QStringLiteral("The server's answer is too large (over %1); AuthDesk refused it.")
                   .arg(QLocale().formattedDataSize(32 * 1024 * 1024, 0, QLocale::DataSizeTraditionalFormat));
        QTest::newRow("too large, 1 MB")
            << ErrorMapping::tooLarge(1024 * 1024) << int(K::TooLarge)
            << QStringLiteral("The server's answer is too large (over %1); AuthDesk refused it.")
                   .arg(QLocale().formattedDataSize(1024 * 1024, 0, QLocale::DataSizeTraditionalFormat));
        QTest::newRow("timeout, 1 s") << ErrorMapping::timedOut(1) << int(K::Timeout)
                                      << QStringLiteral("The server took longer than 1 s to answer.");
        QTest::newRow("timeout, 30 s") << ErrorMapping::timedOut(30) << int(K::Timeout)
                                       << QStringLiteral("The server took longer than 30 s to answer.");
        QTest::newRow("unreachable") << ErrorMapping::unreachable(QStringLiteral("auth.example"),
                                                                  QStringLiteral("Connection refused"))
                                     << int(K::Network)
                                     << QStringLiteral("Cannot reach auth.example: Connection refused");
        QTest::newRow("closed before answering")
            << ErrorMapping::closedBeforeAnswer() << int(K::Network)
            << QStringLiteral(
                   "The connection closed before the server answered; AuthDesk did not send the change "
                   "again. Check whether it was made before trying again.");
        QTest::newRow("cut short") << ErrorMapping::cutShort() << int(K::Network)
                                   << QStringLiteral(
                                          "The server closed the connection before answering completely.");
        QTest::newRow("unreadable") << ErrorMapping::unreadable(QStringLiteral("Decompression failed"))
                                    << int(K::Malformed)
                                    << QStringLiteral(
                                           "The server's answer could not be read: Decompression failed");
        QTest::newRow("connection failed")
            << ErrorMapping::connectionFailed(QStringLiteral("Network unreachable")) << int(K::Network)
            << QStringLiteral("The connection to the server failed: Network unreachable");
        QTest::newRow("unsupported") << ErrorMapping::unsupported() << int(K::Unsupported)
                                     << QStringLiteral("This server does not offer this operation.");
    }
    void eachTransportFailureIsOneSentence()
    {
        QFETCH(ApiError, error);
        QFETCH(int, kind);
        QFETCH(QString, message);
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.message, message);
        QCOMPARE(error.httpStatus, 0);
    }

    void sizesAreWrittenAsSizes()
    {
        QCOMPARE(QLocale::c().formattedDataSize(32 * 1024 * 1024, 0, QLocale::DataSizeTraditionalFormat),
                 QStringLiteral("32 MB"));
        QVERIFY(ErrorMapping::tooLarge(512 * 1024).message.contains(QLatin1String("(over 512 ")));
    }

    void aRefusedCertificateIsDescribedForPinning()
    {
        const ApiError bare = ErrorMapping::tlsRefused(
            {QSslError(QSslError::SelfSignedCertificate), QSslError(QSslError::HostNameMismatch)});
        QCOMPARE(bare.kind, ApiError::Kind::Tls);
        QCOMPARE(bare.message, QStringLiteral("The server's certificate is not trusted: %1; %2")
                                   .arg(QSslError(QSslError::SelfSignedCertificate).errorString(),
                                        QSslError(QSslError::HostNameMismatch).errorString()));
        QVERIFY(bare.detail.isEmpty());
        QVERIFY(bare.serverCode.isEmpty());

        const SelfSignedCertificate made = SelfSignedCertificate::make(QStringLiteral("mapping.invalid"));
        if (!made.isValid())
            QSKIP(qPrintable(made.error));
        const ApiError described =
            ErrorMapping::tlsRefused({QSslError(QSslError::SelfSignedCertificate, made.certificate)});
        QCOMPARE(described.serverCode,
                 QString::fromLatin1(made.certificate.digest(QCryptographicHash::Sha256).toHex()));
        QVERIFY2(described.detail.startsWith(QLatin1String("Subject: mapping.invalid\n")),
                 qPrintable(described.detail));
        QVERIFY(described.detail.contains(
            QString::fromLatin1(made.certificate.digest(QCryptographicHash::Sha256).toHex(':'))));
    }

    void theCommonShapesAreRead_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("error, a message")
            << 404 << QByteArray(R"({"error":"User not found"})") << QStringLiteral("User not found")
            << QString()
            << QStringLiteral("Not found on the server: it may have been deleted "
                              "meanwhile.");
        QTest::newRow("error, a code, and its description")
            << 400 << QByteArray(R"({"error":"invalid_request","error_description":"grant_type is missing"})")
            << QStringLiteral("grant_type is missing") << QStringLiteral("invalid_request")
            << QStringLiteral("The server refused the request as invalid: grant_type is missing.");
        QTest::newRow("error, a code alone")
            << 400 << QByteArray(R"({"error":"invalid_request"})") << QString()
            << QStringLiteral("invalid_request") << refusedAsInvalid;
        QTest::newRow("error object")
            << 400 << QByteArray(R"({"error":{"code":"E_MAIL","message":"Bad email"}})")
            << QStringLiteral("Bad email") << QStringLiteral("E_MAIL")
            << QStringLiteral("The server refused the request as invalid: Bad email.");
        QTest::newRow("error object, numeric code")
            << 403 << QByteArray(R"({"error":{"code":403,"message":"no"}})") << QStringLiteral("no")
            << QString() << QStringLiteral("Not allowed: no.");
        QTest::newRow("errorMessage")
            << 400 << QByteArray(R"({"errorMessage":"Password too weak"})")
            << QStringLiteral("Password too weak") << QString()
            << QStringLiteral("The server refused the request as invalid: Password too "
                              "weak.");
        QTest::newRow("message and code")
            << 400 << QByteArray(R"({"message":"Invalid email","code":"INVALID_EMAIL"})")
            << QStringLiteral("Invalid email") << QStringLiteral("INVALID_EMAIL")
            << QStringLiteral("The server refused the request as invalid: Invalid email.");
        QTest::newRow("detail") << 409 << QByteArray(R"({"detail":"Version mismatch","status":"409"})")
                                << QStringLiteral("Version mismatch") << QString()
                                << QStringLiteral(
                                       "The server refused the change as conflicting: Version mismatch.");
        QTest::newRow("full stops") << 400 << QByteArray(R"({"message":"Bad email..."})")
                                    << QStringLiteral("Bad email...") << QString()
                                    << QStringLiteral(
                                           "The server refused the request as invalid: Bad email.");
        QTest::newRow("lines") << 400 << QByteArray(R"({"message":"line one\n\tline two"})")
                               << QStringLiteral("line one line two") << QString()
                               << QStringLiteral(
                                      "The server refused the request as invalid: line one line two.");
        QTest::newRow("not JSON") << 400 << QByteArray("Bad Request\n") << QString() << QString()
                                  << refusedAsInvalid;
        QTest::newRow("an array") << 400 << QByteArray(R"(["a","b"])") << QString() << QString()
                                  << refusedAsInvalid;
        QTest::newRow("HTML page")
            << 502
            << QByteArray("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad "
                          "Gateway</h1><script>alert(1)</script></body></html>")
            << QString() << QString() << QStringLiteral("The server failed (HTTP 502); try again later.");
        QTest::newRow("HTML inside JSON")
            << 400 << QByteArray(R"({"message":"<html><body><b>Oops</b></body></html>"})") << QString()
            << QString() << refusedAsInvalid;
        QTest::newRow("not text") << 400 << QByteArray(R"({"message":42,"code":7})") << QString() << QString()
                                  << refusedAsInvalid;
    }
    void theCommonShapesAreRead()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const ApiError error = dialect.parseError(response(status, body));
        QCOMPARE(error.detail, detail);
        QCOMPARE(error.serverCode, code);
        QCOMPARE(error.message, message);
        QCOMPARE(error.httpStatus, status);
    }

    void hugeOrDeepBodiesStayOutOfTheSentence()
    {
        // Words longer than any message are cut at a word, in the sentence and in the detail.
        QString words;
        while (words.size() < 5000)
            words += QStringLiteral("lorem ipsum ");
        const QByteArray longBody =
            QByteArray("{\"message\":\"") + words.trimmed().toUtf8() + QByteArray("\"}");
        const ApiError cut = dialect.parseError(response(400, longBody));
        QVERIFY2(
            cut.message.startsWith(QLatin1String("The server refused the request as invalid: lorem ipsum")),
            qPrintable(cut.message));
        QVERIFY2(cut.message.size() < 400, qPrintable(QString::number(cut.message.size())));
        QVERIFY(cut.message.endsWith(QStringLiteral("\u2026.")));
        QVERIFY(cut.detail.size() <= 2001);
        QVERIFY(cut.detail.endsWith(QChar(0x2026)));

        // A body far larger than an error message is not parsed at all.
        const QByteArray huge =
            QByteArray("{\"message\":\"") + QByteArray(8 * 1024 * 1024, 'x') + QByteArray("\"}");
        const ApiError page = dialect.parseError(response(400, huge));
        QCOMPARE(page.message, refusedAsInvalid);
        QVERIFY(page.detail.isEmpty());

        // Nesting deeper than the JSON parser takes is no crash and no words.
        const QByteArray deepArray = QByteArray(100000, '[') + QByteArray(100000, ']');
        QCOMPARE(dialect.parseError(response(400, deepArray.left(60000))).message, refusedAsInvalid);
        QByteArray deepObject;
        for (int i = 0; i < 3000; ++i)
            deepObject += QByteArray("{\"error\":");
        deepObject += QByteArray("\"too deep\"") + QByteArray(3000, '}');
        const ApiError deep = dialect.parseError(response(409, deepObject));
        QCOMPARE(deep.kind, ApiError::Kind::Conflict);
        QCOMPARE(deep.message,
                 QStringLiteral("The server refused the change as conflicting; reload and try again."));
    }
};

QTEST_GUILESS_MAIN(tst_ErrorMapping)
#include "tst_ErrorMapping.moc"
