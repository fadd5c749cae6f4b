#pragma once
// Tests only: a Connection to a server the test started (the sandbox or a real peer) and its
// sign-in, waited for with a timeout that becomes an error instead of a hang.
//   auto admin = PeerConnection::make(PeerConnection::profile("glewlwyd", url, "admin"), &store);
//   const ApiError error = PeerConnection::signIn(*admin, {{"password", password}});

#include "credentials/CredentialStore.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace PeerConnection {

// A profile of `dialect` at `baseUrl` signing in as `identity`, its id unique to both, with a
// timeout short enough for a test and long enough for a loaded machine.
inline Profile profile(const QString& dialect, const QUrl& baseUrl, const QString& identity)
{
    Profile p;
    p.id = QStringLiteral("peer-") + dialect + QLatin1Char('-') + identity;
    p.name = dialect + QStringLiteral(" peer");
    p.baseUrl = baseUrl;
    p.dialect = dialect;
    p.identity = identity;
    p.timeoutSeconds = 15;
    return p;
}

inline std::unique_ptr<Connection> make(const Profile& profile, CredentialStore* credentials)
{
    return std::make_unique<Connection>(profile, DialectRegistry::create(profile.dialect), credentials);
}

// Signs in and waits: none when signed in, the sign-in's error, or a timeout.
inline ApiError signIn(Connection& connection, const Secrets& secrets, int timeoutMs = 15000)
{
    QSignalSpy ok(&connection, &Connection::signedIn);
    QSignalSpy failed(&connection, &Connection::signInFailed);
    connection.signIn(secrets);
    if (!QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, timeoutMs))
        return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("sign-in did not finish"));
    return failed.isEmpty() ? ApiError() : failed.first().first().value<ApiError>();
}

} // namespace PeerConnection
