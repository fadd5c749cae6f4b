#pragma once
// Starts the better-auth peer (server.mjs under Node) on a free loopback port for one test and
// stops it afterwards. The server prints one "AUTHDESK_PEER_READY <url>" line once it listens
// and has seeded its users, so tests never sleep waiting for it. The admin's password is made
// up per run and handed over in the environment: it is never written anywhere.

#include "ReadyLineProcess.h"
#include <QByteArray>
#include <QString>
#include <QUrl>

class BetterAuthProcess
{
public:
    BetterAuthProcess() = default;
    BetterAuthProcess(const BetterAuthProcess&) = delete;
    BetterAuthProcess& operator=(const BetterAuthProcess&) = delete;

    // Returns false and fills errorString() (with the server's stderr) when it did not become
    // ready within timeoutMs.
    bool start(int timeoutMs = 60000);
    void stop();

    bool isRunning() const { return m_process.isRunning(); }
    // better-auth's baseURL, e.g. http://127.0.0.1:41234 (endpoints are under /api/auth).
    QUrl baseUrl() const { return m_baseUrl; }
    QString adminEmail() const { return QStringLiteral("admin@betterauth.test"); }
    QString adminPassword() const { return m_adminPassword; }
    // The password server.mjs gives every seeded user (test-only, fixed).
    static QString seededUserPassword() { return QStringLiteral("betterauth-peer-user"); }
    QString errorString() const { return m_error.isEmpty() ? m_process.errorString() : m_error; }
    QByteArray standardError() const { return m_process.standardError(); }

    // The folder holding server.mjs and node_modules (AUTHDESK_BETTERAUTH_PEER_DIR at build time).
    static QString serverDirectory();
    // `node`, or $AUTHDESK_NODE when set.
    static QString nodeProgram();

private:
    ReadyLineProcess m_process{QStringLiteral("the better-auth peer")};
    QUrl m_baseUrl;
    QString m_adminPassword;
    QString m_error; // before the process starts
};
