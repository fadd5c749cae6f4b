#include "KeycloakProcess.h"

#include "HttpProbe.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTest>

#include <csignal>
#include <iterator>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

QString madeUpSecret()
{
    return QStringLiteral("peer-") + QString::number(QRandomGenerator::system()->generate64(), 36) +
           QString::number(QRandomGenerator::system()->generate64(), 36);
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QString environmentPath(const char* name)
{
    return QString::fromLocal8Bit(qgetenv(name));
}

// Keycloak and its start script read these; a developer's own settings must not leak into a
// test server (KC_DB=postgres in a shell would quietly change what the tests see).
bool isKeycloakSetting(const QString& name)
{
    static const QStringList exact{QStringLiteral("JAVA"),
                                   QStringLiteral("JAVA_OPTS"),
                                   QStringLiteral("JAVA_OPTS_APPEND"),
                                   QStringLiteral("JAVA_OPTS_KC_HEAP"),
                                   QStringLiteral("JAVA_ADD_OPENS"),
                                   QStringLiteral("JAVA_LOCALE"),
                                   QStringLiteral("DEBUG"),
                                   QStringLiteral("DEBUG_PORT"),
                                   QStringLiteral("DEBUG_SUSPEND"),
                                   QStringLiteral("PRINT_ENV")};
    return exact.contains(name) || name.startsWith(QLatin1String("KC_")) ||
           name.startsWith(QLatin1String("QUARKUS_"));
}

// Benchmark people: realistic enough for search and sort, deterministic, valid for the realm's
// user profile (department options, the employee number pattern).
QJsonObject generatedUser(int index)
{
    static const char* const firstNames[] = {"Alice", "Bruno", "Chloé", "Dmitri", "Emma",   "Farah", "Gustav",
                                             "Hana",  "Inès",  "Jakub", "Kofi",   "Lena",   "Marco", "Nadia",
                                             "Oscar", "Priya", "Rosa",  "Samuel", "Tereza", "Wei",   "Zoe"};
    static const char* const lastNames[] = {"Martin", "Costa",  "Durand", "Ivanov", "Schulz", "Haddad",
                                            "Berg",   "Sato",   "Moreau", "Novák",  "Mensah", "Fischer",
                                            "Rossi",  "Benali", "Raman",  "Leroy",  "García", "Okafor",
                                            "Zhang",  "López",  "Wright"};
    static const char* const departments[] = {"Engineering", "Sales", "Support", "Finance", "Legal"};
    const QString username = KeycloakProcess::generatedUsername(index);
    return QJsonObject{
        {QStringLiteral("username"), username},
        {QStringLiteral("email"), QString(username + QStringLiteral("@bench.example"))},
        {QStringLiteral("firstName"), QString::fromUtf8(firstNames[index % std::size(firstNames)])},
        {QStringLiteral("lastName"), QString::fromUtf8(lastNames[(index * 7) % std::size(lastNames)])},
        {QStringLiteral("enabled"), index % 17 != 0},
        {QStringLiteral("emailVerified"), true},
        {QStringLiteral("createdTimestamp"), 1704067200000 + qint64(index) * 60000},
        {QStringLiteral("attributes"),
         QJsonObject{{QStringLiteral("department"), QJsonArray{QString::fromUtf8(departments[index % 5])}},
                     {QStringLiteral("employeeNumber"),
                      QJsonArray{QStringLiteral("E%1").arg(index % 10000, 4, 10, QLatin1Char('0'))}}}},
        {QStringLiteral("realmRoles"), QJsonArray{QStringLiteral("default-roles-authdesk")}},
    };
}

} // namespace

QString KeycloakProcess::generatedUsername(int index)
{
    return QStringLiteral("bench%1").arg(index, 6, 10, QLatin1Char('0'));
}

KeycloakProcess::~KeycloakProcess()
{
    stop();
}

QString KeycloakProcess::version()
{
    return QStringLiteral(AUTHDESK_KEYCLOAK_VERSION);
}

QString KeycloakProcess::realmFile()
{
    return QStringLiteral(AUTHDESK_KEYCLOAK_PEER_DIR "/realm/authdesk-realm.json");
}

QJsonObject KeycloakProcess::seededRealm()
{
    QFile file(realmFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString KeycloakProcess::distribution(QString* why, QString* javaHome)
{
    QString home = environmentPath("AUTHDESK_KEYCLOAK_HOME");
    if (home.isEmpty()) {
        QString cacheRoot = environmentPath("AUTHDESK_CACHE_DIR");
        if (cacheRoot.isEmpty()) {
            const QString xdg = environmentPath("XDG_CACHE_HOME");
            cacheRoot = (xdg.isEmpty() ? QDir::homePath() + QStringLiteral("/.cache") : xdg) +
                        QStringLiteral("/authdesk");
        }
        home = cacheRoot + QStringLiteral("/keycloak/keycloak-") + version();
    }
    auto missing = [why](const QString& reason) {
        if (why)
            *why = reason;
        return QString();
    };
    if (!QFileInfo(home + QStringLiteral("/bin/kc.sh")).isExecutable())
        return missing(QStringLiteral("Keycloak %1 is not installed in %2: run tests/peers/keycloak/setup "
                                      "(scripts/test runs it; it needs Maven and Java 21+)")
                           .arg(version(), home));
    // setup writes this file only after `kc.sh build` succeeded; without that build,
    // `start --optimized` would run the distribution's stock build (no health endpoint).
    QFile stamp(home + QStringLiteral("/.authdesk-peer"));
    if (!stamp.open(QIODevice::ReadOnly | QIODevice::Text))
        return missing(
            QStringLiteral("%1 was not built for the tests: run tests/peers/keycloak/setup").arg(home));
    QString java;
    for (const QByteArray& line : stamp.readAll().split('\n')) {
        if (line.startsWith("JAVA_HOME="))
            java = QString::fromLocal8Bit(line.mid(10)).trimmed();
    }
    if (!QFileInfo(java + QStringLiteral("/bin/java")).isExecutable())
        return missing(
            QStringLiteral("the Java that tests/peers/keycloak/setup chose (%1) is gone: run setup again")
                .arg(java));
    if (javaHome)
        *javaHome = java;
    return home;
}

QUrl KeycloakProcess::url(const QString& path) const
{
    QUrl u = m_baseUrl;
    u.setPath(path.section(QLatin1Char('?'), 0, 0));
    const QString query = path.section(QLatin1Char('?'), 1);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

bool KeycloakProcess::isRunning() const
{
    // A fixture's server is checked by attach(); this one's by its process.
    return m_baseUrl.isValid() && (m_process.state() == QProcess::Running || !m_home);
}

QByteArray KeycloakProcess::log() const
{
    QFile file(m_logPath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString KeycloakProcess::logTail(int lines) const
{
    const QList<QByteArray> all = log().split('\n');
    return QString::fromLocal8Bit(all.mid(qMax(0, int(all.size()) - lines)).join('\n'));
}

void KeycloakProcess::fail(const QString& message)
{
    m_error = message;
}

bool KeycloakProcess::startOrAttach(int timeoutMs)
{
    const QString state = environmentPath("AUTHDESK_KEYCLOAK_STATE");
    if (!state.isEmpty())
        return attach(state);
    return start(timeoutMs);
}

bool KeycloakProcess::attach(const QString& stateFile)
{
    stop();
    m_home.reset();
    m_error.clear();
    QFile file(stateFile);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("no Keycloak state file at %1 (%2): the KeycloakPeerStart fixture did not "
                            "start a server; its output says why")
                 .arg(stateFile, file.errorString()));
        return false;
    }
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    m_baseUrl = QUrl(state.value(QStringLiteral("baseUrl")).toString());
    m_managementUrl = QUrl(state.value(QStringLiteral("managementUrl")).toString());
    m_masterAdminPassword = state.value(QStringLiteral("masterAdminPassword")).toString();
    m_realmAdminPassword = state.value(QStringLiteral("realmAdminPassword")).toString();
    m_serviceSecret = state.value(QStringLiteral("serviceClientSecret")).toString();
    m_logPath = state.value(QStringLiteral("log")).toString();
    m_keycloakPid = state.value(QStringLiteral("keycloakPid")).toInteger();
    QUrl ready = m_managementUrl;
    ready.setPath(QStringLiteral("/health/ready"));
    const ProbeReply health = HttpProbe::send("GET", ready, {}, {}, 10000);
    if (health.status != 200) {
        fail(QStringLiteral("the fixture's Keycloak (%1, state file %2) does not answer /health/ready "
                            "(HTTP %3); the end of its log:\n%4")
                 .arg(m_managementUrl.toString(), stateFile)
                 .arg(health.status)
                 .arg(logTail()));
        m_baseUrl.clear();
        return false;
    }
    return true;
}

bool KeycloakProcess::start(int timeoutMs, bool fastStart)
{
    stop();
    m_error.clear();
    QString javaHome;
    QString why;
    const QString dist = distribution(&why, &javaHome);
    if (dist.isEmpty()) {
        fail(why);
        return false;
    }
    m_masterAdminPassword = madeUpSecret();
    m_realmAdminPassword = madeUpSecret();
    m_serviceSecret = madeUpSecret();
    if (!prepareHome(dist, javaHome))
        return false;
    const QDeadlineTimer deadline(timeoutMs);
    // A free port is only free until someone takes it: a clash is retried with other ports.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const quint16 httpPort = freePort();
        const quint16 managementPort = freePort();
        if (httpPort == 0 || managementPort == 0 || httpPort == managementPort) {
            fail(QStringLiteral("no free port on 127.0.0.1"));
            continue;
        }
        if (launch(dist, javaHome, httpPort, managementPort,
                   int(qMax<qint64>(1000, deadline.remainingTime())), fastStart))
            return true;
        if (!log().contains("already in use") || deadline.hasExpired())
            break;
    }
    return false;
}

bool KeycloakProcess::prepareHome(const QString& dist, const QString& javaHome)
{
    m_home = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/authdesk-keycloak-XXXXXX"));
    if (!m_home->isValid()) {
        fail(QStringLiteral("no temporary folder: ") + m_home->errorString());
        return false;
    }
    // Keycloak writes under kc.home.dir/data (the realms to import, transaction logs, temp
    // files). Pointing kc.home.dir at a folder of our own, with the distribution's folders
    // linked in, keeps the shared cache read-only and lets two runs share it.
    const QDir home(m_home->path());
    for (const QString& entry : {QStringLiteral("bin"), QStringLiteral("conf"), QStringLiteral("lib"),
                                 QStringLiteral("providers"), QStringLiteral("themes")}) {
        if (!QFile::link(dist + QLatin1Char('/') + entry, home.filePath(entry))) {
            fail(QStringLiteral("cannot link %1 into %2").arg(entry, home.path()));
            return false;
        }
    }
    if (!home.mkpath(QStringLiteral("data/import"))) {
        fail(QStringLiteral("cannot create %1/data/import").arg(home.path()));
        return false;
    }
    QFile source(realmFile());
    if (!source.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("cannot read the realm %1: %2").arg(realmFile(), source.errorString()));
        return false;
    }
    QByteArray realmJson = source.readAll();
    realmJson.replace("@REALM_ADMIN_PASSWORD@", m_realmAdminPassword.toUtf8())
        .replace("@SERVICE_SECRET@", m_serviceSecret.toUtf8())
        .replace("@USER_PASSWORD@", userPassword().toUtf8());
    if (m_generatedUsers > 0) {
        QJsonObject realm = QJsonDocument::fromJson(realmJson).object();
        QJsonArray users = realm.value(QStringLiteral("users")).toArray();
        for (int i = 0; i < m_generatedUsers; ++i)
            users.append(generatedUser(i));
        realm.insert(QStringLiteral("users"), users);
        realmJson = QJsonDocument(realm).toJson(QJsonDocument::Compact);
    }
    QFile realm(home.filePath(QStringLiteral("data/import/authdesk-realm.json")));
    if (!realm.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        realm.write(realmJson) != realmJson.size()) {
        fail(QStringLiteral("cannot write %1: %2").arg(realm.fileName(), realm.errorString()));
        return false;
    }
    realm.close();
    // kc.sh forks Java and waits for it. Java gets a parent-death signal of its own here, so
    // that it dies with kc.sh however kc.sh ends (kc.sh itself gets one from launch()).
    QFile java(home.filePath(QStringLiteral("java")));
    const QByteArray wrapper = "#!/bin/sh\n"
                               "# Java dies with its parent kc.sh, however kc.sh ends.\n"
                               "exec setpriv --pdeathsig KILL -- '" +
                               javaHome.toLocal8Bit() + "/bin/java' \"$@\"\n";
    if (!java.open(QIODevice::WriteOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner) ||
        java.write(wrapper) != wrapper.size()) {
        fail(QStringLiteral("cannot write %1: %2").arg(java.fileName(), java.errorString()));
        return false;
    }
    m_logPath = m_logFileWanted.isEmpty() ? home.filePath(QStringLiteral("keycloak.log")) : m_logFileWanted;
    return true;
}

bool KeycloakProcess::launch(const QString& dist, const QString& javaHome, quint16 httpPort,
                             quint16 managementPort, int timeoutMs, bool fastStart)
{
    QFile::remove(m_logPath); // this attempt's words only
    QProcessEnvironment environment;
    const QProcessEnvironment inherited = QProcessEnvironment::systemEnvironment();
    for (const QString& name : inherited.keys()) {
        if (!isKeycloakSetting(name))
            environment.insert(name, inherited.value(name));
    }
    environment.insert(QStringLiteral("JAVA_HOME"), javaHome);
    environment.insert(QStringLiteral("JAVA"), QDir(m_home->path()).filePath(QStringLiteral("java")));
    environment.insert(QStringLiteral("KC_BOOTSTRAP_ADMIN_USERNAME"), masterAdminUsername());
    environment.insert(QStringLiteral("KC_BOOTSTRAP_ADMIN_PASSWORD"), m_masterAdminPassword);
    if (fastStart)
        environment.insert(QStringLiteral("JAVA_OPTS_APPEND"), QStringLiteral("-XX:TieredStopAtLevel=1"));
    m_process.setProcessEnvironment(environment);
    m_process.setWorkingDirectory(m_home->path());
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.setStandardOutputFile(m_logPath, QIODevice::Append);
    const pid_t owner = ::getpid();
    m_process.setChildProcessModifier([owner] {
        // Its own process group, so stop() can end kc.sh and Java together; and a parent-death
        // signal, so a crashed or killed owner takes the server with it.
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != owner)
            ::_exit(127); // the owner died before the signal was armed
    });
    const QStringList arguments{
        QStringLiteral("start"),
        QStringLiteral("--optimized"),
        QStringLiteral("-Dkc.home.dir=") + m_home->path(),
        QStringLiteral("--http-enabled=true"),
        QStringLiteral("--http-host=127.0.0.1"),
        QStringLiteral("--http-port=%1").arg(httpPort),
        QStringLiteral("--http-management-port=%1").arg(managementPort),
        QStringLiteral("--hostname-strict=false"),
        // Production mode defaults to a cluster cache that opens JGroups ports on every
        // interface; start-dev's local cache keeps the server on loopback.
        QStringLiteral("--cache=local"),
        QStringLiteral("--import-realm"),
        // The readiness polls would log a line each until the server is up.
        QStringLiteral("--log-level=INFO,io.smallrye.health:WARN"),
    };
    m_process.start(dist + QStringLiteral("/bin/kc.sh"), arguments);
    if (!m_process.waitForStarted(30000)) {
        fail(QStringLiteral("%1/bin/kc.sh did not start: %2").arg(dist, m_process.errorString()));
        return false;
    }
    m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(httpPort));
    m_managementUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(managementPort));
    QUrl ready = m_managementUrl;
    ready.setPath(QStringLiteral("/health/ready"));
    QDeadlineTimer deadline(timeoutMs);
    int lastStatus = 0;
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running)
            break;
        lastStatus = HttpProbe::send("GET", ready, {}, {}, 5000).status;
        if (lastStatus == 200)
            break;
        QTest::qWait(500);
    }
    if (lastStatus != 200) {
        fail(QStringLiteral("Keycloak %1 was not ready on 127.0.0.1:%2 (%3); the end of its log (%4):\n%5")
                 .arg(version())
                 .arg(httpPort)
                 .arg(m_process.state() == QProcess::Running
                          ? QStringLiteral("still starting after %1 s").arg(timeoutMs / 1000)
                          : QStringLiteral("kc.sh exited with code %1").arg(m_process.exitCode()),
                      m_logPath, logTail()));
        stop();
        return false;
    }
    // The Java process is kc.sh's only child: its id is worth knowing for memory figures.
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(m_process.processId()));
    if (children.open(QIODevice::ReadOnly))
        m_keycloakPid = children.readAll().trimmed().split(' ').value(0).toLongLong();
    // --import-realm finishes before the server reports ready; a realm that failed to import
    // leaves a server without it, which would fail every test in a less obvious way.
    const ProbeReply imported = HttpProbe::send("GET", url(QStringLiteral("/realms/") + realm()));
    if (imported.status != 200) {
        fail(QStringLiteral(
                 "Keycloak started but the realm %1 was not imported (HTTP %2); the end of its log:\n%3")
                 .arg(realm())
                 .arg(imported.status)
                 .arg(logTail()));
        stop();
        return false;
    }
    return true;
}

void KeycloakProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        const pid_t group = pid_t(m_process.processId());
        // kc.sh passes SIGTERM on to Java and waits for its clean shutdown.
        m_process.terminate();
        if (!m_process.waitForFinished(20000)) {
            ::killpg(group, SIGKILL);
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        // Whatever is left of the group (nothing, normally).
        ::killpg(group, SIGKILL);
        m_baseUrl.clear();
        m_managementUrl.clear();
        m_keycloakPid = 0;
    }
}

bool KeycloakProcess::writeState(const QString& path, const QJsonObject& extra) const
{
    QJsonObject state{
        {QStringLiteral("version"), version()},
        {QStringLiteral("baseUrl"), m_baseUrl.toString()},
        {QStringLiteral("managementUrl"), m_managementUrl.toString()},
        {QStringLiteral("realm"), realm()},
        {QStringLiteral("masterAdminUsername"), masterAdminUsername()},
        {QStringLiteral("masterAdminPassword"), m_masterAdminPassword},
        {QStringLiteral("realmAdminUsername"), realmAdminUsername()},
        {QStringLiteral("realmAdminPassword"), m_realmAdminPassword},
        {QStringLiteral("serviceClientId"), serviceClientId()},
        {QStringLiteral("serviceClientSecret"), m_serviceSecret},
        {QStringLiteral("kcShPid"), qint64(m_process.processId())},
        {QStringLiteral("keycloakPid"), m_keycloakPid},
        {QStringLiteral("log"), m_logPath},
    };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        state.insert(it.key(), it.value());
    // Written aside and renamed, so a reader never sees half a file; owner-only, since it holds
    // this run's admin passwords.
    const QString temporary = path + QStringLiteral(".tmp");
    QFile::remove(temporary);
    QFile file(temporary);
    const QByteArray json = QJsonDocument(state).toJson();
    if (!file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(json) != json.size() || !file.flush())
        return false;
    file.close();
    QFile::remove(path);
    return QFile::rename(temporary, path);
}
