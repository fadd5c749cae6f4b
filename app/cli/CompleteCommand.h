#pragma once
// `authdesk-cli __complete WORD...`, hidden: what the shell completion scripts
// (resources/completion/) call on each Tab. WORD... are the words typed after the program,
// the last one being the word under the cursor (empty for a new word). It prints the
// candidates that start with it, one per line, each optionally followed by a tab and a short
// description (zsh shows it). The candidates come from the commands themselves (their names,
// options and verbs) and from the settings (profile names), so completion cannot drift from
// the parser. It prints nothing on error and always exits 0.

#include "Command.h"

#include <QPair>
#include <optional>

class CliApplication;

class CompleteCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CompleteCommand(CliContext& cli, const CliApplication& application)
        : Command(cli)
        , m_application(application)
    {
    }
    QString name() const override { return QStringLiteral("__complete"); }
    QString summary() const override { return {}; }
    bool isHidden() const override { return true; }
    void run(const QStringList& words) override;

    using Candidates = QList<QPair<QString, QString>>; // word, description
    Candidates candidates(const QStringList& words) const;

private:
    // The option named `name` as the command (or, before any command, any command) defines it.
    std::optional<QCommandLineOption> option(const Command* command, const QString& name) const;
    Candidates values(const QString& option) const;

    const CliApplication& m_application;
};
