#pragma once
// Runs authdesk-cli as a script would: a separate process with its settings, cache and audit
// log under one temporary home, stdin and stdout as pipes, and no controlling terminal (setsid),
// so a prompt can never wait for a developer who runs the tests from a shell. runOnTerminal()
// gives stderr a pseudo-terminal instead, as an admin watching a bulk action would.
// The keychain is whatever D-Bus session the tests run in (scripts/test provides one).

#include <QByteArray>
#include <QDeadlineTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtTest>

#include <cerrno>
#include <fcntl.h>
#include <initializer_list>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class CliRunner
{
public:
    // `home` holds config/ and data/ (settings, cache, audit log), shared by every run.
    explicit CliRunner(const QString& home)
        : m_home(home)
    {
    }

    // The authdesk-cli of this build (CliRunner.cpp: the one file that knows the build's path).
    static QString program();

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/data"));
        return env;
    }

    CliRun run(const QStringList& args, const QByteArray& stdinData = {},
               const QProcessEnvironment& env = {}, int timeoutMs = 60000) const
    {
        QProcess process;
        process.setProcessEnvironment(env.isEmpty() ? environment() : env);
        process.setChildProcessModifier([] { ::setsid(); });
        // Waited for with the event loop running, so a server in this process (a scripted
        // hostile one) keeps answering the CLI meanwhile.
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(program(), args);
        process.write(stdinData);
        process.closeWriteChannel();
        if (!finished.wait(timeoutMs)) {
            process.kill();
            process.waitForFinished(5000);
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

    // The same as one profile: --profile NAME first.
    CliRun runAs(const QString& profile, const QStringList& args, const QByteArray& stdinData = {}) const
    {
        return run(QStringList{QStringLiteral("--profile"), profile} + args, stdinData);
    }

    // profiles add; stdout is the new profile's id.
    CliRun addProfile(const QString& name, const QString& dialect, const QUrl& url, const QString& identity,
                      const QStringList& more = {}) const
    {
        return run(QStringList{QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
                               name, QStringLiteral("--url"), url.toString(), QStringLiteral("--dialect"),
                               dialect, QStringLiteral("--identity"), identity} +
                   more);
    }

    // The same, with stderr on a pseudo-terminal in raw mode (so its bytes arrive unchanged):
    // isatty(2) is true, yet there is still no controlling terminal to prompt on.
    CliRun runOnTerminal(const QStringList& args, const QByteArray& stdinData = {}) const
    {
        int master = -1;
        int slave = -1;
        termios raw{};
        cfmakeraw(&raw);
        if (openpty(&master, &slave, nullptr, &raw, nullptr) != 0)
            return {};
        // Neither end may leak into other children (the sandbox): reading would never end.
        ::fcntl(master, F_SETFD, FD_CLOEXEC);
        ::fcntl(slave, F_SETFD, FD_CLOEXEC);
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setChildProcessModifier([slave] {
            ::setsid();
            ::dup2(slave, STDERR_FILENO); // dup2 clears close-on-exec on the copy
        });
        process.start(program(), args);
        ::close(slave);
        process.write(stdinData);
        process.closeWriteChannel();
        QByteArray terminal;
        auto drain = [&] {
            char buffer[4096];
            ssize_t n = 0;
            while ((n = ::read(master, buffer, sizeof buffer)) > 0)
                terminal.append(buffer, n);
        };
        QDeadlineTimer deadline(60000);
        while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
            process.waitForFinished(20);
            drain();
        }
        drain();
        ::close(master);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), terminal};
    }

private:
    QString m_home;
};

// Command-line words from literals: words({"users", "list", "--format", "json"}).
inline QStringList words(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* word : list)
        result << QString::fromUtf8(word);
    return result;
}

// What a failed check prints: the exit code and the start of both streams.
inline QString diagnose(const CliRun& run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(run.exitCode)
        .arg(QString::fromUtf8(run.out.left(2000)), QString::fromUtf8(run.err.left(2000)));
}

#define QCOMPARE_RUN(run, code) QVERIFY2((run).exitCode == (code), qPrintable(diagnose(run)))
