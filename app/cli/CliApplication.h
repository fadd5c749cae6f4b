#pragma once
// authdesk-cli: profiles, sign-in, users, sessions, API keys, sync, export and the audit log
// over the same models as the console. This class knows the commands (one class each, see
// Command) and the global options; it finds the command in the arguments, parses that
// command's options, checks what every command shares and starts it. Every command runs
// asynchronously on the event loop and ends through CliContext::finish() with an ExitCode;
// data goes to stdout in the chosen format, messages and progress to stderr.

#include "CliContext.h"
#include "Command.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <memory>
#include <vector>

class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication();
    ~CliApplication();

    // Parses the arguments and starts the command; the exit code comes through QCoreApplication::exit.
    void run(const QStringList& arguments);

    // For `help` and shell completion: the commands (hidden ones too), the options every command
    // takes before or after its name, and what each prints for --help.
    const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }
    Command* command(const QString& name) const;
    static QList<QCommandLineOption> globalOptions();
    QString helpText() const;
    QString helpText(const Command& command) const;
    CliContext& context() const { return *m_cli; }

private:
    // The command's options, and the global ones hidden from its help.
    void setUpParser(QCommandLineParser& parser, const Command& command) const;
    bool checkGlobalOptions();

    std::unique_ptr<CliContext> m_cli; // first: the commands refer to it
    std::vector<std::unique_ptr<Command>> m_commands;
    QCommandLineParser m_parser; // the command's, read by CliContext while the command runs
};
