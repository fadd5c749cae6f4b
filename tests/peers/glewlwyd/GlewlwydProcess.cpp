#include "GlewlwydProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

QString programFrom(const char* variable, const QString& fallback)
{
    const QByteArray overridden = qgetenv(variable);
    return overridden.isEmpty() ? fallback : QString::fromLocal8Bit(overridden);
}

// The settings the test config sets itself; the packaged config's own lines for them go.
bool replacedSetting(const QString& line)
{
    static const QRegularExpression key(QStringLiteral(R"(^\s*([A-Za-z_]+)\s*=)"));
    static const QStringList ours{QStringLiteral("port"),
                                  QStringLiteral("bind_address"),
                                  QStringLiteral("external_url"),
                                  QStringLiteral("log_mode"),
                                  QStringLiteral("log_level"),
                                  QStringLiteral("log_file"),
                                  QStringLiteral("admin_session_authentication")};
    if (line.trimmed().startsWith(QLatin1String("@include")))
        return true; // the packaged database settings (glewlwyd-db.conf)
    return ours.contains(key.match(line).captured(1));
}

struct AdminReply
{
    int status = 0;
    QByteArray body;
    QByteArray cookie; // "name=value" of the session cookie set, if any
    QString error;     // the network's own words when no HTTP answer came
};

AdminReply call(QNetworkAccessManager& network, const QUrl& url, const QByteArray& method,
           const QJsonObject& body = {}, const QByteArray& cookie = {})
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!cookie.isEmpty())
        request.setRawHeader("Cookie", cookie);
    QNetworkReply* reply = network.sendCustomRequest(
        request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    AdminReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.error = reply->errorString();
    for (const QNetworkCookie& c : QNetworkCookie::parseCookies(reply->rawHeader("Set-Cookie"))) {
        if (!c.value().isEmpty())
            result.cookie = c.toRawForm(QNetworkCookie::NameAndValueOnly);
    }
    reply->deleteLater();
    return result;
}

struct Seeded
{
    const char* username;
    const char* name;
    const char* email;
    QStringList scopes;
};

QList<Seeded> seededAccounts()
{
    const QString profile = QStringLiteral("g_profile");
    const QString reports = QStringLiteral("reports");
    return {{"alice", "Alice Martin", "alice@glewlwyd.test", {profile}},
            {"bruno", "Bruno Costa", "bruno@glewlwyd.test", {profile}},
            {"chloe", "Chloé Durand", "chloe@example.org", {profile, reports}},
            {"dmitri", "Dmitri Ivanov", "dmitri@example.org", {profile}},
            {"emma", "Emma Schulz", "emma@glewlwyd.test", {profile, reports}},
            {"farah", "Farah Haddad", "farah@example.org", {profile}},
            {"gustav", "Gustav Berg", "gustav@glewlwyd.test", {}},
            // A second administrator, whose sessions the tests revoke under its console's feet.
            {"ops", "Olga Operator", "ops@glewlwyd.test", {QStringLiteral("g_admin"), profile}}};
}

} // namespace

GlewlwydProcess::~GlewlwydProcess()
{
    stop();
}

QString GlewlwydProcess::glewlwydProgram()
{
    return programFrom("AUTHDESK_GLEWLWYD", QStringLiteral("glewlwyd"));
}

QString GlewlwydProcess::sqliteProgram()
{
    return programFrom("AUTHDESK_SQLITE3", QStringLiteral("sqlite3"));
}

QStringList GlewlwydProcess::seededUsers()
{
    QStringList names;
    for (const Seeded& account : seededAccounts())
        names << QString::fromUtf8(account.username);
    return names;
}

QByteArray GlewlwydProcess::output()
{
    if (m_process.isOpen())
        m_output += m_process.readAll();
    return m_output;
}

bool GlewlwydProcess::start(int timeoutMs)
{
    stop();
    m_error.clear();
    m_output.clear();
    for (const QString& program : {glewlwydProgram(), sqliteProgram()}) {
        if (QStandardPaths::findExecutable(program).isEmpty() && !QFileInfo(program).isExecutable()) {
            m_error = QStringLiteral("%1 is not installed: run tests/peers/glewlwyd/setup (Debian: "
                                     "apt-get install glewlwyd sqlite3)")
                          .arg(program);
            return false;
        }
    }
    for (const QString& file : {initScript(), packagedConfig()}) {
        if (!QFileInfo::exists(file)) {
            m_error = QStringLiteral("%1 is missing: reinstall the glewlwyd package (and keep "
                                     "/usr/share/doc, which some images exclude)")
                          .arg(file);
            return false;
        }
    }
    const QDeadlineTimer deadline(timeoutMs);
    // A free port is only free until someone takes it: try again with another one.
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            m_error = QStringLiteral("no temporary folder: ") + m_dir->errorString();
            return false;
        }
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            m_error = QStringLiteral("no free port on 127.0.0.1: ") + probe.errorString();
            return false;
        }
        const quint16 port = probe.serverPort();
        probe.close();
        if (!createDatabase() || !writeConfig(port))
            return false;
        if (launch(port, int(qMax<qint64>(1000, deadline.remainingTime()))))
            return seed(int(qMax<qint64>(1000, deadline.remainingTime())));
        if (!output().contains("Error starting"))
            break; // not a port clash: retrying would only fail the same way
    }
    return false;
}

bool GlewlwydProcess::createDatabase()
{
    QProcess unzip;
    QProcess sqlite;
    unzip.setStandardOutputProcess(&sqlite);
    sqlite.setProcessChannelMode(QProcess::MergedChannels);
    sqlite.start(sqliteProgram(), {m_dir->filePath(QStringLiteral("glewlwyd.db"))});
    unzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), initScript()});
    const bool unzipped = unzip.waitForFinished(30000) && unzip.exitCode() == 0;
    const bool loaded = sqlite.waitForFinished(30000) && sqlite.exitCode() == 0;
    if (!unzipped || !loaded) {
        m_error = QStringLiteral("could not create the database from %1: %2 %3")
                      .arg(initScript(), QString::fromLocal8Bit(unzip.readAllStandardError()),
                           QString::fromLocal8Bit(sqlite.readAll()));
        return false;
    }
    return true;
}

bool GlewlwydProcess::writeConfig(quint16 port)
{
    QFile packaged(packagedConfig());
    if (!packaged.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_error = QStringLiteral("cannot read %1: %2").arg(packagedConfig(), packaged.errorString());
        return false;
    }
    QStringList lines;
    for (const QString& line : QString::fromUtf8(packaged.readAll()).split(QLatin1Char('\n'))) {
        if (!replacedSetting(line))
            lines << line;
    }
    const QString database = m_dir->filePath(QStringLiteral("glewlwyd.db"));
    lines << QStringLiteral("# --- tests/peers/glewlwyd: loopback only, console log, a throw-away database")
          << QStringLiteral("port=%1").arg(port) << QStringLiteral("bind_address=\"127.0.0.1\"")
          << QStringLiteral("external_url=\"http://127.0.0.1:%1/\"").arg(port)
          << QStringLiteral("log_mode=\"console\"") << QStringLiteral("log_level=\"INFO\"")
          << QStringLiteral("admin_session_authentication=\"cookie,api_key\"")
          << QStringLiteral("database = { type = \"sqlite3\"; path = \"%1\"; };").arg(database);
    QFile config(m_dir->filePath(QStringLiteral("glewlwyd.conf")));
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text) ||
        config.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n') < 0) {
        m_error = QStringLiteral("cannot write the test config: ") + config.errorString();
        return false;
    }
    return true;
}

bool GlewlwydProcess::launch(quint16 port, int timeoutMs)
{
    m_output.clear(); // this attempt's words only
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setWorkingDirectory(m_dir->path());
    m_process.start(glewlwydProgram(),
                    {QStringLiteral("--config-file=") + m_dir->filePath(QStringLiteral("glewlwyd.conf"))});
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(glewlwydProgram(), m_process.errorString());
        return false;
    }
    // Glewlwyd logs "started" just before it asks ulfius to listen, and nothing after: the
    // line says the config was taken, then the port itself says when it answers.
    const QByteArray marker = "Glewlwyd started on port " + QByteArray::number(port);
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        if (output().contains("Error starting"))
            break;
        if (output().contains(marker)) {
            if (!output().contains("bind address: 127.0.0.1,")) {
                m_error = QStringLiteral("glewlwyd did not take bind_address=127.0.0.1; its output:\n") +
                          QString::fromLocal8Bit(output());
                stop();
                return false;
            }
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            if (socket.waitForConnected(int(qBound(qint64(1), deadline.remainingTime(), qint64(1000))))) {
                m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(port));
                return true;
            }
        }
        // Not yet: wait for the server's next words, or briefly for its port.
        m_process.waitForReadyRead(int(qBound(qint64(1), deadline.remainingTime(), qint64(20))));
    }
    m_error = QStringLiteral("glewlwyd was not ready on 127.0.0.1:%1 (%2); its output:\n%3")
                  .arg(port)
                  .arg(m_process.state() == QProcess::Running
                           ? QStringLiteral("still running after %1 ms").arg(timeoutMs)
                           : QStringLiteral("exit code %1").arg(m_process.exitCode()),
                       QString::fromLocal8Bit(output()));
    stop();
    return false;
}

bool GlewlwydProcess::seed(int timeoutMs)
{
    QNetworkAccessManager network;
    auto url = [this](const QString& path) {
        QUrl u = m_baseUrl;
        u.setPath(u.path() + path);
        return u;
    };
    auto fail = [this](const QString& what, const AdminReply& reply) {
        m_error = QStringLiteral("seeding glewlwyd failed: %1 answered HTTP %2 %3%4; its output:\n%5")
                      .arg(what)
                      .arg(reply.status)
                      .arg(QString::fromUtf8(reply.body), reply.error, QString::fromLocal8Bit(output()));
        stop();
        return false;
    };
    QDeadlineTimer deadline(timeoutMs);
    // The database ships admin / "password": replaced at once by a password made up per run.
    const AdminReply signIn = call(network, url(QStringLiteral("/auth")), "POST",
                              {{QStringLiteral("username"), adminUsername()},
                               {QStringLiteral("password"), QStringLiteral("password")}});
    if (signIn.status != 200 || signIn.cookie.isEmpty())
        return fail(QStringLiteral("POST /auth as the packaged admin"), signIn);
    m_adminPassword = QStringLiteral("peer-") +
                      QString::number(QRandomGenerator::system()->generate64(), 36) +
                      QString::number(QRandomGenerator::system()->generate64(), 36);
    const AdminReply changed =
        call(network, url(QStringLiteral("/user/admin")), "PUT",
             {{QStringLiteral("username"), adminUsername()},
              {QStringLiteral("name"), QStringLiteral("The Administrator")},
              {QStringLiteral("scope"), QJsonArray{QStringLiteral("g_admin"), QStringLiteral("g_profile")}},
              {QStringLiteral("enabled"), true},
              {QStringLiteral("password"), m_adminPassword}},
             signIn.cookie);
    if (changed.status != 200)
        return fail(QStringLiteral("PUT /user/admin"), changed);
    const AdminReply scope = call(network, url(QStringLiteral("/scope/")), "POST",
                             {{QStringLiteral("name"), QStringLiteral("reports")},
                              {QStringLiteral("display_name"), QStringLiteral("Reports")},
                              {QStringLiteral("description"), QStringLiteral("Reads the monthly reports")},
                              {QStringLiteral("password_required"), false},
                              {QStringLiteral("scheme"), QJsonObject()}},
                             signIn.cookie);
    if (scope.status != 200)
        return fail(QStringLiteral("POST /scope/"), scope);
    for (const Seeded& account : seededAccounts()) {
        if (deadline.hasExpired())
            return fail(QStringLiteral("seeding within %1 ms").arg(timeoutMs), {});
        const AdminReply created = call(network, url(QStringLiteral("/user/")), "POST",
                                   {{QStringLiteral("username"), QString::fromUtf8(account.username)},
                                    {QStringLiteral("name"), QString::fromUtf8(account.name)},
                                    {QStringLiteral("email"), QString::fromUtf8(account.email)},
                                    {QStringLiteral("scope"), QJsonArray::fromStringList(account.scopes)},
                                    {QStringLiteral("password"), seededUserPassword()},
                                    {QStringLiteral("enabled"), true}},
                                   signIn.cookie);
        if (created.status != 200)
            return fail(QStringLiteral("POST /user/ %1").arg(QString::fromUtf8(account.username)), created);
    }
    // The packaged admin's session ends here: the tests sign in on their own.
    call(network, url(QStringLiteral("/auth")), "DELETE", {}, signIn.cookie);
    return true;
}

QByteArray GlewlwydProcess::runSql(const QString& sql)
{
    QProcess sqlite;
    // The server holds the database open: wait for its locks rather than failing at once.
    sqlite.start(sqliteProgram(), {QStringLiteral("-cmd"), QStringLiteral(".timeout 5000"),
                                   m_dir->filePath(QStringLiteral("glewlwyd.db")), sql});
    if (!sqlite.waitForFinished(15000) || sqlite.exitCode() != 0) {
        m_error = QStringLiteral("sqlite3 failed on %1: %2")
                      .arg(sql, QString::fromLocal8Bit(sqlite.readAllStandardError()));
        return {};
    }
    return sqlite.readAllStandardOutput().trimmed();
}

bool GlewlwydProcess::setPasswordMaxAge(const QString& scope, int seconds)
{
    if (!m_dir || scope.contains(QLatin1Char('\'')))
        return false;
    // changes() tells a scope that does not exist from one that was updated.
    return runSql(QStringLiteral("UPDATE g_scope SET gs_password_max_age = %1 WHERE gs_name = '%2'; "
                                 "SELECT changes();")
                      .arg(seconds)
                      .arg(scope)) == "1";
}

void GlewlwydProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    output();
}
