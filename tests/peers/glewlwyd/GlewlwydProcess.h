#pragma once
// Starts Debian's glewlwyd for one test on a free 127.0.0.1 port, with a fresh SQLite database
// (the package's init.sqlite3.sql) and a config derived from /etc/glewlwyd/glewlwyd.conf in a
// QTemporaryDir, and stops it afterwards. It waits for the server's own "started" line, never
// a fixed time. The test config binds 127.0.0.1 only, logs to the console and accepts admin API
// keys (admin_session_authentication="cookie,api_key"). Once up, the database's well-known
// admin password is replaced by one made up per run, a "reports" scope is added and a few
// users are seeded through the admin API.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class GlewlwydProcess
{
public:
    GlewlwydProcess() = default;
    ~GlewlwydProcess();
    GlewlwydProcess(const GlewlwydProcess&) = delete;
    GlewlwydProcess& operator=(const GlewlwydProcess&) = delete;

    // Returns false and fills errorString() (with the server's output) when it could not start,
    // become ready or be seeded within timeoutMs.
    bool start(int timeoutMs = 60000);
    void stop();

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    // Glewlwyd's API prefix, e.g. http://127.0.0.1:41234/api: the profile's base URL.
    QUrl baseUrl() const { return m_baseUrl; }
    QString adminUsername() const { return QStringLiteral("admin"); }
    QString adminPassword() const { return m_adminPassword; }
    // The usernames seeded after start, and the password each of them has (test-only, fixed).
    static QStringList seededUsers();
    static QString seededUserPassword() { return QStringLiteral("glewlwyd-peer-user"); }
    QString errorString() const { return m_error; }
    // Everything glewlwyd printed so far (its log, on the console).
    QByteArray output();

    // Changes a scope's password max age in the throw-away database; the server reads it at
    // every request, so a short one makes the re-authentication rule testable in seconds.
    bool setPasswordMaxAge(const QString& scope, int seconds);

    static QString glewlwydProgram(); // `glewlwyd`, or $AUTHDESK_GLEWLWYD
    static QString sqliteProgram();   // `sqlite3`, or $AUTHDESK_SQLITE3
    static QString initScript()
    {
        return QStringLiteral("/usr/share/doc/glewlwyd/database/init.sqlite3.sql.gz");
    }
    static QString packagedConfig() { return QStringLiteral("/etc/glewlwyd/glewlwyd.conf"); }

private:
    bool createDatabase();
    bool writeConfig(quint16 port);
    bool launch(quint16 port, int timeoutMs);
    bool seed(int timeoutMs);
    QByteArray runSql(const QString& sql); // its output, empty (and errorString()) on failure

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_adminPassword;
    QString m_error;
    QByteArray m_output;
};
