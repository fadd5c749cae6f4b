// keycloak-peer: one Keycloak for the whole Keycloak test group, as a CTest fixture.
//
//   keycloak-peer start STATE [--timeout SECONDS]   FIXTURES_SETUP: returns once the server is ready
//   keycloak-peer stop STATE                        FIXTURES_CLEANUP: stops it and removes STATE
//   keycloak-peer run [--state STATE] [--full-jit] [--users N]
//       by hand: starts one, prints how to reach it, Ctrl-C stops it; for benchmarks,
//       --full-jit lets Java optimise fully and --users adds N generated users to the realm
//
// `start` leaves a detached `serve` process that owns Keycloak (through KeycloakProcess) and
// writes STATE (owner-only JSON: URLs, this run's admin passwords and client secret) once the
// server answers; tests read it through KeycloakProcess::attach(). Keycloak's processes never
// outlive the test run: `serve` stops the server when `stop` asks, when the process that ran
// `start` (ctest) is gone, or after --max-minutes; and if `serve` itself is killed, the
// parent-death signals KeycloakProcess arms take kc.sh and Java with it.
// Keycloak's log is kept beside STATE (STATE.keycloak.log) for a failure's post-mortem.

#include "KeycloakProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QTextStream>

#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace {

volatile std::sig_atomic_t g_stopRequested = 0;

void requestStop(int)
{
    g_stopRequested = 1;
}

void onStopSignals()
{
    std::signal(SIGTERM, requestStop);
    std::signal(SIGINT, requestStop);
    std::signal(SIGHUP, requestStop);
}

bool alive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString failedFile(const QString& state)
{
    return state + QStringLiteral(".failed");
}

QString logFile(const QString& state)
{
    return state + QStringLiteral(".keycloak.log");
}

QString serveLogFile(const QString& state)
{
    return state + QStringLiteral(".serve.log");
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject readState(const QString& state)
{
    return QJsonDocument::fromJson(readAll(state)).object();
}

int usage()
{
    err() << "usage: keycloak-peer start STATE [--timeout SECONDS]\n"
             "       keycloak-peer stop STATE\n"
             "       keycloak-peer run [--state STATE] [--full-jit] [--users N]\n";
    return 2;
}

// Stops the server a state file describes; quiet when there is none.
int stopServer(const QString& state, bool quiet)
{
    const QJsonObject json = readState(state);
    const qint64 serve = json.value(QStringLiteral("servePid")).toInteger();
    const qint64 kcSh = json.value(QStringLiteral("kcShPid")).toInteger();
    const bool wasRunning = alive(serve);
    int status = 0;
    if (wasRunning) {
        ::kill(pid_t(serve), SIGTERM);
        QDeadlineTimer deadline(40000);
        while (alive(serve) && !deadline.hasExpired())
            QTest::qWait(100);
        if (alive(serve)) {
            err() << "keycloak-peer: serve (pid " << serve << ") did not stop within 40 s: killed\n";
            ::kill(pid_t(serve), SIGKILL);
            status = 1;
        }
        // kc.sh leads its own process group: whatever of it is left goes too. Only right after
        // its owner ended: an old group id may belong to someone else by now.
        if (kcSh > 0 && ::killpg(pid_t(kcSh), 0) == 0) {
            QTest::qWait(2000);
            ::killpg(pid_t(kcSh), SIGKILL);
        }
    }
    QFile::remove(state);
    QFile::remove(failedFile(state));
    if (!quiet && !json.isEmpty()) {
        if (wasRunning)
            out() << "keycloak-peer: stopped Keycloak at " << json.value(QStringLiteral("baseUrl")).toString()
                  << '\n';
        else
            out() << "keycloak-peer: the server of " << state << " had already stopped\n";
    }
    return status;
}

int serve(const QString& state, qint64 watched, int timeoutSeconds, int maxMinutes)
{
    // Until the server is ready, SIGTERM keeps its default action: this process dies and the
    // parent-death signal takes kc.sh and Java along.
    KeycloakProcess keycloak;
    keycloak.setLogFile(logFile(state));
    QElapsedTimer clock;
    clock.start();
    if (!keycloak.start(timeoutSeconds * 1000)) {
        QFile failed(failedFile(state));
        if (failed.open(QIODevice::WriteOnly))
            failed.write(keycloak.errorString().toUtf8() + '\n');
        return 1;
    }
    onStopSignals();
    const QJsonObject extra{{QStringLiteral("servePid"), qint64(QCoreApplication::applicationPid())},
                            {QStringLiteral("startMs"), clock.elapsed()}};
    if (!keycloak.writeState(state, extra)) {
        QFile failed(failedFile(state));
        if (failed.open(QIODevice::WriteOnly))
            failed.write("cannot write the state file " + state.toUtf8() + '\n');
        return 1;
    }
    const QDeadlineTimer lifetime(qint64(maxMinutes) * 60000);
    QString why;
    while (why.isEmpty()) {
        QTest::qWait(500);
        if (g_stopRequested)
            why = QStringLiteral("asked to stop");
        else if (!keycloak.isRunning())
            why = QStringLiteral("Keycloak exited on its own");
        else if (!alive(watched))
            why = QStringLiteral("the test run (pid %1) is gone").arg(watched);
        else if (lifetime.hasExpired())
            why = QStringLiteral("it ran for %1 minutes, the most allowed").arg(maxMinutes);
    }
    err() << "keycloak-peer serve: stopping: " << why << '\n';
    keycloak.stop();
    QFile::remove(state);
    return 0;
}

int start(const QString& state, int timeoutSeconds)
{
    if (QFile::exists(state))
        stopServer(state, true); // a previous run's server, if it is still there
    QFile::remove(failedFile(state));
    QFile::remove(serveLogFile(state));
    QProcess launcher;
    launcher.setProgram(QCoreApplication::applicationFilePath());
    launcher.setArguments({QStringLiteral("serve"), state, QStringLiteral("--watch"),
                           QString::number(::getppid()), QStringLiteral("--timeout"),
                           QString::number(timeoutSeconds)});
    launcher.setStandardInputFile(QProcess::nullDevice());
    launcher.setStandardOutputFile(serveLogFile(state));
    launcher.setStandardErrorFile(serveLogFile(state), QIODevice::Append);
    qint64 pid = 0;
    if (!launcher.startDetached(&pid)) {
        err() << "keycloak-peer: cannot start " << launcher.program() << ": " << launcher.errorString()
              << '\n';
        return 1;
    }
    out() << "keycloak-peer: starting Keycloak " << KeycloakProcess::version() << " (serve pid " << pid
          << "); it takes 40-150 s on two busy cores\n";
    out().flush();
    QElapsedTimer clock;
    clock.start();
    QDeadlineTimer deadline(qint64(timeoutSeconds + 30) * 1000);
    while (!deadline.hasExpired()) {
        if (QFile::exists(state)) {
            const QJsonObject json = readState(state);
            out() << "keycloak-peer: Keycloak " << KeycloakProcess::version() << " ready at "
                  << json.value(QStringLiteral("baseUrl")).toString() << " (management "
                  << json.value(QStringLiteral("managementUrl")).toString() << ") after "
                  << clock.elapsed() / 1000.0 << " s; state " << state << ", log " << logFile(state) << '\n';
            return 0;
        }
        if (QFile::exists(failedFile(state)) || !alive(pid)) {
            QTest::qWait(200); // let the failure's words reach the files
            err() << "keycloak-peer: Keycloak did not start: " << readAll(failedFile(state))
                  << readAll(serveLogFile(state));
            return 1;
        }
        QTest::qWait(250);
    }
    ::kill(pid_t(pid), SIGTERM);
    err() << "keycloak-peer: Keycloak was not ready within " << timeoutSeconds + 30
          << " s; the end of its log:\n"
          << readAll(logFile(state)).right(6000);
    return 1;
}

int runInForeground(const QString& state, bool fullJit, int users)
{
    KeycloakProcess keycloak;
    keycloak.setGeneratedUsers(users);
    if (!keycloak.start(300000 + users * 12, !fullJit)) {
        err() << keycloak.errorString() << '\n';
        return 1;
    }
    onStopSignals();
    if (!state.isEmpty() && !keycloak.writeState(state, {{QStringLiteral("servePid"),
                                                          qint64(QCoreApplication::applicationPid())}}))
        err() << "keycloak-peer: cannot write " << state << '\n';
    out() << "Keycloak " << KeycloakProcess::version() << " at " << keycloak.baseUrl().toString()
          << " (management " << keycloak.managementUrl().toString() << ")\n"
          << "  master admin:  " << keycloak.masterAdminUsername() << " / " << keycloak.masterAdminPassword()
          << '\n'
          << "  realm " << KeycloakProcess::realm() << " admin: " << KeycloakProcess::realmAdminUsername()
          << " / " << keycloak.realmAdminPassword() << '\n'
          << "  service client: " << KeycloakProcess::serviceClientId() << " / "
          << keycloak.serviceClientSecret() << '\n'
          << "  seeded users with a password: " << KeycloakProcess::userPassword() << '\n'
          << "  log: " << keycloak.logFile() << "\nCtrl-C stops it.\n";
    out().flush();
    while (!g_stopRequested && keycloak.isRunning())
        QTest::qWait(300);
    keycloak.stop();
    if (!state.isEmpty())
        QFile::remove(state);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    auto option = [&args](const QString& name, const QString& fallback) {
        const qsizetype at = args.indexOf(name);
        if (at < 0 || at + 1 >= args.size())
            return fallback;
        const QString value = args.at(at + 1);
        args.remove(at, 2);
        return value;
    };
    const int timeout = option(QStringLiteral("--timeout"), QStringLiteral("300")).toInt();
    const qint64 watched = option(QStringLiteral("--watch"), QStringLiteral("0")).toLongLong();
    const int maxMinutes = option(QStringLiteral("--max-minutes"), QStringLiteral("120")).toInt();
    const QString stateOption = option(QStringLiteral("--state"), QString());
    const bool fullJit = args.removeAll(QStringLiteral("--full-jit")) > 0;
    const int users = option(QStringLiteral("--users"), QStringLiteral("0")).toInt();
    if (args.isEmpty() || timeout <= 0)
        return usage();
    const QString command = args.takeFirst();
    if (command == QLatin1String("run") && args.isEmpty())
        return runInForeground(stateOption, fullJit, users);
    if (args.size() != 1)
        return usage();
    const QString state = args.first();
    if (command == QLatin1String("start"))
        return start(state, timeout);
    if (command == QLatin1String("stop"))
        return stopServer(state, false);
    if (command == QLatin1String("serve") && watched > 0)
        return serve(state, watched, timeout, maxMinutes);
    return usage();
}
