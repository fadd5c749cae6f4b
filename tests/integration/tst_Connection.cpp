// Connection against the sandbox: sign in through each of the four dialects, survive token
// expiry without user action, and fall back to a credentials prompt that keeps queued work.

#include "HttpProbe.h"
#include "PeerConnection.h"
#include "SandboxAccount.h"
#include "SandboxProcess.h"
#include "credentials/CredentialStore.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>
#include <optional>

class tst_Connection : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    CredentialStore m_credentials;

    std::unique_ptr<Connection> connect(const SandboxProcess& sandbox, const SandboxAccount& a,
                                        bool remember = true)
    {
        Profile p;
        p.id = QStringLiteral("test-") + a.dialect;
        p.name = a.dialect;
        p.baseUrl = sandbox.apiUrl(a.dialect);
        p.dialect = a.dialect;
        p.identity = a.identity;
        p.settings = a.settings;
        p.rememberPassword = remember;
        p.timeoutSeconds = 10;
        return std::make_unique<Connection>(p, DialectRegistry::create(a.dialect), &m_credentials);
    }
    static bool signIn(Connection& c, const Secrets& secrets)
    {
        return PeerConnection::signIn(c, secrets).isNone();
    }

private slots:
    void initTestCase()
    {
        m_credentials.setMemoryOnly(true); // the keychain itself is tested in tst_SecretsStayOutOfFiles
        QVERIFY2(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("120")}),
                 qPrintable(m_sandbox.errorString()));
    }

    void signsInAndListsThroughEachDialect_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<bool>("listsUsers");
        QTest::newRow("gemini") << QStringLiteral("gemini") << true;
        QTest::newRow("gatekeeper") << QStringLiteral("gatekeeper") << true;
        QTest::newRow("nebula") << QStringLiteral("nebula") << true;
        QTest::newRow("luminate") << QStringLiteral("luminate") << false;
    }
    void signsInAndListsThroughEachDialect()
    {
        QFETCH(QString, dialect);
        QFETCH(bool, listsUsers);
        const SandboxAccount a = SandboxAccount::of(dialect);
        auto c = connect(m_sandbox, a);
        QVERIFY(signIn(*c, a.secrets));
        QCOMPARE(c->state(), Connection::State::SignedIn);
        QVERIFY(c->authState().expiresAt > QDateTime::currentDateTimeUtc());
        bool done = false;
        Result<UserPage> result{ApiError()};
        UserQuery q;
        q.limit = 50;
        c->listUsers(q, this, [&](const Result<UserPage>& r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        if (!listsUsers) {
            QCOMPARE(result.error().kind, ApiError::Kind::Unsupported);
            QVERIFY(result.error().message.contains(QLatin1String("Luminate")));
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result.value().users.size(), 50);
        QVERIFY(result.value().total >= 121);
        QVERIFY(result.value().hasMore);
    }

    void wrongPasswordIsOneClearSentence_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const char* d : {"gemini", "gatekeeper", "nebula", "luminate"})
            QTest::newRow(d) << QString::fromLatin1(d);
    }
    void wrongPasswordIsOneClearSentence()
    {
        QFETCH(QString, dialect);
        SandboxAccount a = SandboxAccount::of(dialect);
        a.secrets[QStringLiteral("password")] = QStringLiteral("wrong");
        auto c = connect(m_sandbox, a);
        QSignalSpy failed(c.get(), &Connection::signInFailed);
        c->signIn(a.secrets);
        QVERIFY(failed.wait(10000));
        const ApiError error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(error.message, QStringLiteral("Wrong username or password."));
    }

    void survivesExpiryWithoutUserAction_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("gatekeeper (refresh token)") << QStringLiteral("gatekeeper");
        QTest::newRow("gemini (stored password)") << QStringLiteral("gemini");
        QTest::newRow("nebula (stored password)") << QStringLiteral("nebula");
    }
    void survivesExpiryWithoutUserAction()
    {
        QFETCH(QString, dialect);
        SandboxProcess shortLived;
        QVERIFY(shortLived.start({QStringLiteral("--token-lifetime"), QStringLiteral("3"),
                                  QStringLiteral("--seed"), QStringLiteral("5")}));
        const SandboxAccount a = SandboxAccount::of(dialect);
        auto c = connect(shortLived, a);
        QSignalSpy prompts(c.get(), &Connection::credentialsRequired);
        QVERIFY(signIn(*c, a.secrets));
        const QString firstToken = c->authState().accessToken;
        QTest::qWait(4500); // past the first token's lifetime
        bool done = false;
        bool ok = false;
        c->listUsers({}, this, [&](const Result<UserPage>& r) {
            ok = r.ok();
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(ok);
        QVERIFY(c->authState().accessToken != firstToken);
        QVERIFY(prompts.isEmpty());
    }

    void callMadeDuringATimedRenewalIsSent()
    {
        // The renewal timer fires before expiry; a call made while it renews waits in the queue
        // and must be sent once the new token is there (it once stayed queued forever).
        SandboxProcess slow;
        QVERIFY(
            slow.start({QStringLiteral("--token-lifetime"), QStringLiteral("4"), QStringLiteral("--latency"),
                        QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("5")}));
        const SandboxAccount a = SandboxAccount::of(QStringLiteral("gatekeeper"));
        auto c = connect(slow, a);
        QVERIFY(signIn(*c, a.secrets));
        QSignalSpy states(c.get(), &Connection::stateChanged);
        QTRY_VERIFY_WITH_TIMEOUT(c->state() == Connection::State::Renewing, 10000);
        bool done = false;
        bool ok = false;
        c->listUsers({}, this, [&](const Result<UserPage>& r) {
            ok = r.ok();
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(ok);
        QCOMPARE(c->state(), Connection::State::SignedIn);
    }

    void unauthorizedThenPromptKeepsTheWork()
    {
        const SandboxAccount a = SandboxAccount::of(QStringLiteral("gatekeeper"));
        auto c = connect(m_sandbox, a, /*remember=*/false);
        QVERIFY(signIn(*c, a.secrets));
        // Another administrator signs the console out everywhere behind its back.
        const ProbeReply admin = HttpProbe::send(
            "POST",
            QUrl(m_sandbox.apiUrl(QStringLiteral("gatekeeper")).toString() + QStringLiteral("/sessions")),
            R"({"username":"admin","password":"sandbox-admin"})");
        const QByteArray token = admin.json()
                                     .object()
                                     .value(QStringLiteral("token"))
                                     .toObject()
                                     .value(QStringLiteral("access_token"))
                                     .toString()
                                     .toUtf8();
        const ProbeReply self =
            HttpProbe::send("GET",
                            QUrl(m_sandbox.apiUrl(QStringLiteral("gatekeeper")).toString() +
                                 QStringLiteral("/users?q=admin&limit=1")),
                            {}, {{"Authorization", "Bearer " + token}});
        const QString uuid = self.json().array().first().toObject().value(QStringLiteral("uuid")).toString();
        QCOMPARE(HttpProbe::send("DELETE",
                                 QUrl(m_sandbox.apiUrl(QStringLiteral("gatekeeper")).toString() +
                                      QStringLiteral("/users/") + uuid + QStringLiteral("/sessions")),
                                 {}, {{"Authorization", "Bearer " + token}})
                     .status,
                 200);

        QSignalSpy prompt(c.get(), &Connection::credentialsRequired);
        bool done = false;
        Result<UserPage> result{ApiError()};
        c->listUsers({}, this, [&](const Result<UserPage>& r) {
            result = r;
            done = true;
        });
        QVERIFY(prompt.wait(10000));
        QCOMPARE(c->state(), Connection::State::NeedsCredentials);
        QVERIFY(!done); // the request waits for the person, it is not lost
        c->provideCredentials(a.secrets);
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(c->state(), Connection::State::SignedIn);
    }

    void callRefusedWhileSigningInAgainWaitsForTheNewSession()
    {
        // The person is asked for the password; a call made meanwhile still carries the
        // revoked token. Its 401 must wait for the new session, not start a renewal whose
        // failure would ask a second time after the sign-in succeeded.
        const SandboxAccount a = SandboxAccount::of(QStringLiteral("gatekeeper"));
        auto c = connect(m_sandbox, a, /*remember=*/false);
        QVERIFY(signIn(*c, a.secrets));
        QCOMPARE(HttpProbe::send("DELETE",
                                 QUrl(m_sandbox.apiUrl(QStringLiteral("gatekeeper")).toString() +
                                      QStringLiteral("/sessions")),
                                 {}, {{"Authorization", "Bearer " + c->authState().accessToken.toUtf8()}})
                     .status,
                 204);
        QSignalSpy prompt(c.get(), &Connection::credentialsRequired);
        int answered = 0;
        int succeeded = 0;
        const auto list = [&] {
            c->listUsers({}, this, [&](const Result<UserPage>& r) {
                ++answered;
                succeeded += r.ok();
            });
        };
        list();
        QVERIFY(prompt.wait(10000));
        c->provideCredentials(a.secrets);
        QCOMPARE(c->state(), Connection::State::SigningIn);
        list(); // goes out with the revoked token while the sign-in runs
        QTRY_COMPARE_WITH_TIMEOUT(answered, 2, 10000);
        QCOMPARE(succeeded, 2);
        QTest::qWait(300); // a stray renewal's failure would arrive here
        QCOMPARE(c->state(), Connection::State::SignedIn);
        QCOMPARE(prompt.size(), 1);
    }

    void signOutRevokesTheConsoleToken()
    {
        const SandboxAccount a = SandboxAccount::of(QStringLiteral("gatekeeper"));
        auto c = connect(m_sandbox, a);
        QVERIFY(signIn(*c, a.secrets));
        const QByteArray token = c->authState().accessToken.toUtf8();
        QSignalSpy out(c.get(), &Connection::signedOut);
        c->signOut();
        QVERIFY(out.wait(10000));
        QCOMPARE(HttpProbe::send("GET",
                                 QUrl(m_sandbox.apiUrl(QStringLiteral("gatekeeper")).toString() +
                                      QStringLiteral("/users")),
                                 {}, {{"Authorization", "Bearer " + token}})
                     .status,
                 401);
    }

    QString storedRefreshToken(const QString& profileId)
    {
        std::optional<SecretMap> found;
        m_credentials.read(profileId, {QStringLiteral("refresh_token")}, this,
                           [&found](const SecretMap& secrets) { found = secrets; });
        if (!QTest::qWaitFor([&found] { return found.has_value(); }, 10000))
            return QStringLiteral("(no answer from the credential store)");
        return found->value(QStringLiteral("refresh_token"));
    }

    void nextStartResumesTheSessionLeftOpen()
    {
        // The console quits without signing out; started again, it takes up that session
        // through the stored refresh token instead of leaving one more behind on the server.
        const SandboxAccount a = SandboxAccount::of(QStringLiteral("gatekeeper"));
        const QString id = QStringLiteral("test-gatekeeper");
        bool written = false;
        m_credentials.write(id, a.secrets, this, [&written](bool ok) { written = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
        QString session;
        {
            auto first = connect(m_sandbox, a);
            QVERIFY(signIn(*first, {})); // the password comes from the store
            session = first->authState().sessionId;
            QVERIFY(!session.isEmpty());
            QTRY_COMPARE_WITH_TIMEOUT(storedRefreshToken(id), first->authState().refreshToken, 10000);
        }
        auto second = connect(m_sandbox, a);
        QVERIFY(signIn(*second, {}));
        QCOMPARE(second->authState().sessionId, session);
        QVERIFY(second->authState().expiresAt > QDateTime::currentDateTimeUtc());
        QTRY_COMPARE_WITH_TIMEOUT(storedRefreshToken(id), second->authState().refreshToken, 10000);
        bool listed = false;
        second->listUsers(UserQuery(), this, [&listed](const Result<UserPage>& r) { listed = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(listed, 10000);

        // A refresh token the server does not know: a new session, signed in with the password.
        written = false;
        m_credentials.write(id, {{QStringLiteral("refresh_token"), QStringLiteral("stale")}}, this,
                            [&written](bool ok) { written = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
        auto third = connect(m_sandbox, a);
        QVERIFY(signIn(*third, {}));
        QVERIFY(!third->authState().sessionId.isEmpty());
        QVERIFY(third->authState().sessionId != session);

        // Signing out ends that session: nothing is left to resume.
        QSignalSpy out(third.get(), &Connection::signedOut);
        third->signOut();
        QVERIFY(out.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(storedRefreshToken(id), QString(), 10000);
        // Without "remember", nothing is kept at all.
        auto forgetful = connect(m_sandbox, a, false);
        QVERIFY(signIn(*forgetful, a.secrets));
        QTest::qWait(100);
        QCOMPARE(storedRefreshToken(id), QString());
        m_credentials.remove(id, {QStringLiteral("password")});
    }

    void serverFaultsAreClearErrorsNotCrashes()
    {
        SandboxProcess faulty;
        QVERIFY(faulty.start({QStringLiteral("--malformed-every"), QStringLiteral("2")}));
        const SandboxAccount a = SandboxAccount::of(QStringLiteral("gatekeeper"));
        auto c = connect(faulty, a);
        QVERIFY(signIn(*c, a.secrets)); // request 1
        bool done = false;
        Result<UserPage> result{ApiError()};
        c->listUsers({}, this, [&](const Result<UserPage>& r) { // request 2: malformed
            result = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(result.error().kind, ApiError::Kind::Malformed);
        QVERIFY(!result.error().message.isEmpty());
    }

    void retriesAfter429ForReads()
    {
        SandboxProcess throttled;
        QVERIFY(throttled.start({QStringLiteral("--throttle-every"), QStringLiteral("2"),
                                 QStringLiteral("--retry-after"), QStringLiteral("1")}));
        const SandboxAccount a = SandboxAccount::of(QStringLiteral("gatekeeper"));
        auto c = connect(throttled, a);
        QVERIFY(signIn(*c, a.secrets)); // 1
        bool done = false;
        bool ok = false;
        QElapsedTimer timer;
        timer.start();
        c->listUsers({}, this, [&](const Result<UserPage>& r) { // 2: 429, retried as 3
            ok = r.ok();
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(ok);
        QVERIFY(timer.elapsed() >= 900); // Retry-After honoured
    }
};

QTEST_GUILESS_MAIN(tst_Connection)
#include "tst_Connection.moc"
