#pragma once
// A real Keycloak for the tests: the distribution tests/peers/keycloak/setup fetched and built,
// started with `kc.sh start --optimized` on 127.0.0.1 with free ports, an in-memory database and
// the realm tests/peers/keycloak/realm/authdesk-realm.json imported at start; or the one the
// CTest fixture (keycloak-peer start) already started for the whole Keycloak group, found
// through the state file it left.
//
// Keycloak is slow to start (40-150 s on two busy cores), so one server serves every test
// executable of the group. Its processes never outlive their owner: kc.sh runs in its own
// process group with a parent-death signal, and the Java it forks gets one too (through
// setpriv), so even a crashed test or a SIGKILLed owner takes the server with it.
//
// Every secret (the bootstrap admin's and the realm admin's passwords, the service client's
// secret) is made up per run; only the users that tests sign in as share a fixed test-only
// password, and the state file holding them is readable by its owner only.

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class KeycloakProcess
{
public:
    KeycloakProcess() = default;
    ~KeycloakProcess();
    KeycloakProcess(const KeycloakProcess&) = delete;
    KeycloakProcess& operator=(const KeycloakProcess&) = delete;

    // Starts a server owned by this object. Returns false and fills errorString() (with the end
    // of Keycloak's log) when it could not start or was not ready within timeoutMs.
    // fastStart runs Java with the C1 compiler only: half the CPU until ready, slower once warm
    // (leave it on except for benchmarks).
    bool start(int timeoutMs = 300000, bool fastStart = true);
    // Adds count generated people (bench000000, bench000001, ...; every 17th disabled) to the
    // realm imported at start, for benchmarks. Importing them with the realm is the fast way
    // in: 20,000 users took 66 s inside a 119 s start on two busy cores, where partialImport
    // managed 75 users a second. Give start() about a minute more per 10,000. Before start().
    void setGeneratedUsers(int count) { m_generatedUsers = count; }
    static QString generatedUsername(int index);
    // Reads the state file of a server started by `keycloak-peer start` and checks it answers.
    bool attach(const QString& stateFile);
    // The test executables' entry: attaches to the fixture's server when AUTHDESK_KEYCLOAK_STATE
    // names a state file, else starts a server of its own (a test run on its own still works).
    bool startOrAttach(int timeoutMs = 300000);
    // Stops a server this object started (a fixture's server is left to the fixture).
    void stop();

    bool isRunning() const;
    // http://127.0.0.1:PORT: realms under /realms, the admin API under /admin.
    QUrl baseUrl() const { return m_baseUrl; }
    // The management interface, where /health/ready answers.
    QUrl managementUrl() const { return m_managementUrl; }
    QUrl url(const QString& path) const; // baseUrl() + path (path may carry a query)

    // The bootstrap administrator of the master realm (admin-cli in realm master).
    QString masterAdminUsername() const { return QStringLiteral("admin"); }
    QString masterAdminPassword() const { return m_masterAdminPassword; }
    // The realm the tests use, with its own administrator (realm-management/realm-admin).
    static QString realm() { return QStringLiteral("authdesk"); }
    static QString realmAdminUsername() { return QStringLiteral("realm-admin"); }
    QString realmAdminPassword() const { return m_realmAdminPassword; }
    // A reader: view-users and query-users, no manage-users.
    static QString helpdeskUsername() { return QStringLiteral("helpdesk"); }
    // Confidential client whose service account may administer users and clients.
    static QString serviceClientId() { return QStringLiteral("authdesk-service"); }
    QString serviceClientSecret() const { return m_serviceSecret; }
    // The fixed test-only password of the seeded users that have one (helpdesk, alice.martin,
    // bruno.costa); the others have no credential.
    static QString userPassword() { return QStringLiteral("keycloak-peer-user"); }

    QString errorString() const { return m_error; }
    // Where Keycloak's console output goes: a file of the run's own temporary folder unless set
    // before start() (the fixture keeps it beside its state file for a post-mortem).
    void setLogFile(const QString& path) { m_logFileWanted = path; }
    QString logFile() const { return m_logPath; }
    // Keycloak's log so far.
    QByteArray log() const;

    // Writes what another process needs to use this server (owner-only file), for the fixture,
    // with the caller's own fields added.
    bool writeState(const QString& path, const QJsonObject& extra = {}) const;

    // The distribution setup prepared: $AUTHDESK_KEYCLOAK_HOME, else keycloak-VERSION under
    // ${AUTHDESK_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/authdesk}/keycloak. Empty, with the
    // reason in *why, when it is missing or was not built by setup.
    static QString distribution(QString* why = nullptr, QString* javaHome = nullptr);
    static QString version();
    // The realm JSON as committed (with its placeholders), for tests to count what was seeded.
    static QString realmFile();
    static QJsonObject seededRealm();

private:
    bool launch(const QString& dist, const QString& javaHome, quint16 httpPort, quint16 managementPort,
                int timeoutMs, bool fastStart);
    bool prepareHome(const QString& dist, const QString& javaHome);
    QString logTail(int lines = 60) const;
    void fail(const QString& message);

    std::unique_ptr<QTemporaryDir> m_home; // per run: data/, the realm to import, the log
    QProcess m_process;
    qint64 m_keycloakPid = 0;
    int m_generatedUsers = 0;
    QString m_logFileWanted;
    QString m_logPath;
    QUrl m_baseUrl;
    QUrl m_managementUrl;
    QString m_masterAdminPassword;
    QString m_realmAdminPassword;
    QString m_serviceSecret;
    QString m_error;
};
