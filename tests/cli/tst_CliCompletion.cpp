// Shell completion: `authdesk-cli __complete` offers commands, each command's options and
// verbs, profile names, server types and formats; the scripts in resources/completion/ are
// sourced in bash and in zsh without error, and completing `authdesk-cli us` offers users,
// `authdesk-cli --profile <Tab>` a configured profile.

#include "CliRunner.h"

#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace {

QStringList candidates(const CliRun& run)
{
    QStringList words;
    for (const QByteArray& line : run.out.split('\n')) {
        if (!line.isEmpty())
            words << QString::fromUtf8(line.left(line.indexOf('\t') < 0 ? line.size() : line.indexOf('\t')));
    }
    return words;
}

} // namespace

class tst_CliCompletion : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    std::unique_ptr<CliRunner> m_cli;

    QStringList complete(const QStringList& typed)
    {
        const CliRun run = m_cli->run(QStringList{QStringLiteral("__complete")} + typed);
        if (run.exitCode != 0 || !run.err.isEmpty())
            qWarning().noquote() << diagnose(run);
        return candidates(run);
    }

    // Runs `script` in `shell` with the test's settings; stdout, and false on any error output.
    bool shell(const QString& shell, const QString& script, QByteArray* out)
    {
        QProcess process;
        process.setProcessEnvironment(m_cli->environment());
        process.start(shell, {QStringLiteral("-c"), script});
        if (!process.waitForFinished(60000))
            return false;
        *out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        if (!err.isEmpty() || process.exitCode() != 0) {
            qWarning().noquote() << shell << process.exitCode() << err;
            return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_cli = std::make_unique<CliRunner>(m_home.path());
        for (const char* name : {"prod", "my lab"})
            QCOMPARE_RUN(m_cli->addProfile(QString::fromUtf8(name), QStringLiteral("gatekeeper"),
                                           QUrl(QStringLiteral("https://auth.example.com/api")),
                                           QStringLiteral("admin")),
                         0);
    }

    void commandsOptionsAndValues()
    {
        QCOMPARE(complete({QStringLiteral("us")}), QStringList{QStringLiteral("users")});
        const QStringList all = complete({QString()});
        for (const char* command :
             {"profiles", "login", "logout", "users", "sessions", "keys", "sync", "export", "audit", "help"})
            QVERIFY2(all.contains(QString::fromUtf8(command)), command);
        QVERIFY(!all.contains(QStringLiteral("__complete")));
        QCOMPARE(complete(words({"users", ""})),
                 words({"list", "get", "create", "update", "delete", "set-roles"}));
        QCOMPARE(complete(words({"--profile", ""})), words({"my lab", "prod"}));
        QCOMPARE(complete(words({"--profile", "m"})), words({"my lab"}));
        QCOMPARE(complete(words({"--profile=p"})), words({"--profile=prod"}));
        QCOMPARE(complete(words({"--profile", "prod", "profiles", "remove", ""})), words({"my lab", "prod"}));
        QCOMPARE(complete(words({"users", "list", "--format", ""})),
                 words({"table", "csv", "json", "jsonl"}));
        QVERIFY(complete(words({"profiles", "add", "--dialect", ""})).contains(QStringLiteral("gatekeeper")));
        QCOMPARE(complete(words({"help", "ex"})), words({"export"}));
        // Options per command, and the global ones; never the refused --password.
        const QStringList usersOptions = complete(words({"users", "list", "--"}));
        for (const char* option :
             {"--search", "--all", "--format", "--profile", "--offline", "--quiet", "--help"})
            QVERIFY2(usersOptions.contains(QString::fromUtf8(option)), option);
        QVERIFY(!usersOptions.contains(QStringLiteral("--delete-cache")));
        QVERIFY(!usersOptions.contains(QStringLiteral("--password")));
        QVERIFY(!complete(words({"sync", "--"})).contains(QStringLiteral("--format")));
        QVERIFY(!complete(words({"export", "--"})).contains(QStringLiteral("--all"))); // hidden
        QVERIFY(complete(words({"nonsense", ""})).isEmpty());
        // zsh shows the descriptions.
        const CliRun described = m_cli->run(words({"__complete", "sy"}));
        QVERIFY(described.out.startsWith("sync\tCopy every user into the local cache."));
    }

    void bash()
    {
        const QString script = QStringLiteral(AUTHDESK_COMPLETION_DIR "/authdesk-cli.bash");
        const QString cli = CliRunner::program();
        QByteArray out;
        QVERIFY(shell(QStringLiteral("bash"),
                      QStringLiteral("set -eu; source '%1'; complete -p authdesk-cli").arg(script), &out));
        QVERIFY2(out.contains("_authdesk_cli"), out.constData());
        auto completing = [&](const QString& words, int current) {
            QByteArray result;
            const bool ok =
                shell(QStringLiteral("bash"),
                      QStringLiteral("source '%1'; COMP_WORDS=('%2' %3); COMP_CWORD=%4; _authdesk_cli; "
                                     "printf '%s\\n' \"${COMPREPLY[@]}\"")
                          .arg(script, cli, words)
                          .arg(current),
                      &result);
            return ok ? QString::fromUtf8(result).split(u'\n', Qt::SkipEmptyParts)
                      : QStringList{QStringLiteral("error")};
        };
        QCOMPARE(completing(QStringLiteral("us"), 1), QStringList{QStringLiteral("users")});
        QCOMPARE(completing(QStringLiteral("--profile ''"), 2), words({"my\\ lab", "prod"}));
        QCOMPARE(completing(QStringLiteral("--profile = p"), 3), words({"prod"}));
        QCOMPARE(completing(QStringLiteral("users list --for"), 3), words({"--format"}));
    }

    void zsh()
    {
        const QString script = QStringLiteral(AUTHDESK_COMPLETION_DIR "/_authdesk-cli");
        const QString cli = CliRunner::program();
        // compinit from a clean zsh (-f: no rc files); compadd, which only works inside a
        // completion widget, is replaced by a function printing what it was offered.
        const QString setup =
            QStringLiteral("autoload -Uz compinit && compinit -u -D; source '%1'; ").arg(script);
        QByteArray out;
        QVERIFY(
            shell(QStringLiteral("zsh"), setup + QStringLiteral("print -r -- $_comps[authdesk-cli]"), &out));
        QCOMPARE(out.trimmed(), QByteArray("_authdesk_cli"));
        auto completing = [&](const QString& words, int current) {
            QByteArray result;
            const bool ok = shell(
                QStringLiteral("zsh"),
                setup + QStringLiteral("compadd() { print -rl -- \"${(@P)${@[-1]}}\" }; words=('%1' %2); "
                                       "CURRENT=%3; _authdesk_cli")
                            .arg(cli, words)
                            .arg(current),
                &result);
            return ok ? QString::fromUtf8(result).split(u'\n', Qt::SkipEmptyParts)
                      : QStringList{QStringLiteral("error")};
        };
        QCOMPARE(completing(QStringLiteral("us"), 2), QStringList{QStringLiteral("users")});
        QCOMPARE(completing(QStringLiteral("--profile ''"), 3), words({"my lab", "prod"}));
        QCOMPARE(completing(QStringLiteral("users list --for"), 4), words({"--format"}));
    }
};

QTEST_GUILESS_MAIN(tst_CliCompletion)
#include "tst_CliCompletion.moc"
