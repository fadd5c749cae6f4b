#pragma once
// Starts the SCIM peer (server.mjs under Node: better-auth 1.7.5 with @better-auth/scim, from
// the better-auth peer's node_modules) on a free loopback port for one test and stops it
// afterwards. The server issues its bearer tokens itself and hands them over on its stdout pipe
// before the one "AUTHDESK_PEER_READY <url>" line, so tests never sleep waiting for it and the
// tokens never touch a file. They are kept in memory here and must never be printed.

#include "ReadyLineProcess.h"
#include <QByteArray>
#include <QString>
#include <QUrl>

class ScimPeerProcess
{
public:
    ScimPeerProcess() = default;
    ScimPeerProcess(const ScimPeerProcess&) = delete;
    ScimPeerProcess& operator=(const ScimPeerProcess&) = delete;

    // Returns false and fills errorString() (with the server's stderr) when it did not become
    // ready within timeoutMs.
    bool start(int timeoutMs = 60000);
    void stop();

    bool isRunning() const { return m_process.isRunning(); }
    // better-auth's baseURL, e.g. http://127.0.0.1:41234.
    QUrl baseUrl() const { return m_baseUrl; }
    // The SCIM root a profile points at: <baseUrl>/api/auth/scim/v2.
    QUrl scimRoot() const;
    // A token with every scope, and one with scim.users.read only, of the same connection.
    QString adminToken() const { return m_adminToken; }
    QString readerToken() const { return m_readerToken; }
    QString errorString() const { return m_error.isEmpty() ? m_process.errorString() : m_error; }

    // The folder holding server.mjs (AUTHDESK_SCIM_PEER_DIR at build time).
    static QString serverDirectory();
    // The better-auth peer's folder, whose node_modules server.mjs loads its packages from.
    static QString packagesDirectory();
    // `node`, or $AUTHDESK_NODE when set.
    static QString nodeProgram();

private:
    ReadyLineProcess m_process{QStringLiteral("the SCIM peer")};
    QUrl m_baseUrl;
    QString m_adminToken;
    QString m_readerToken;
    QString m_error; // before the process starts
};
