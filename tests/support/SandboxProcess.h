#pragma once
// Starts authdesk-sandbox on a free loopback port for one test and stops it afterwards.
// The sandbox prints one "AUTHDESK_SANDBOX_READY <url>" line when it listens, so tests
// never sleep waiting for it.

#include "ReadyLineProcess.h"

#include <QStringList>
#include <QUrl>

class SandboxProcess
{
public:
    SandboxProcess() = default;
    SandboxProcess(const SandboxProcess&) = delete;
    SandboxProcess& operator=(const SandboxProcess&) = delete;

    // Starts the sandbox with extra arguments (for example {"--seed", "100"}); returns false
    // and fills errorString() when it did not become ready within timeoutMs.
    bool start(const QStringList& arguments = {}, int timeoutMs = 30000);
    void stop();
    // Kills the server without letting it close connections, as a crash would.
    void kill();

    bool isRunning() const { return m_process.isRunning(); }
    qint64 processId() const { return m_process.processId(); }
    // Root URL, e.g. http://127.0.0.1:41234 ; apiUrl("gemini") is root + "/gemini".
    QUrl rootUrl() const { return m_rootUrl; }
    QUrl apiUrl(const QString& api) const;
    QString errorString() const { return m_process.errorString(); }
    QByteArray standardError() const { return m_process.standardError(); }

    static QString executablePath();

private:
    ReadyLineProcess m_process{QStringLiteral("the sandbox")};
    QUrl m_rootUrl;
};
