#pragma once
// One authdesk-cli command (profiles, login, users, ...): its name, the line `authdesk-cli
// --help` shows for it, its own options and help, and what it does. CliApplication parses
// the command's options (and the global ones, before or after the command) and then calls
// run() with the words after the command's name; run() ends, now or later, with
// CliContext::finish(). The words a command takes are also what shell completion offers
// (`authdesk-cli __complete`), so the completions cannot drift from the parser.
//
// Each command declares Q_DECLARE_TR_FUNCTIONS(CliApplication): the CLI's messages are one
// translation context, so moving one between commands keeps its translation.

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class CliContext;

class Command
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    explicit Command(CliContext& cli)
        : m_cli(cli)
    {
    }
    virtual ~Command() = default;
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    virtual QString name() const = 0;
    // One line, for the list of commands in `authdesk-cli --help`.
    virtual QString summary() const = 0;
    // The usage lines of the command's help, after "authdesk-cli [global options] ".
    virtual QStringList usage() const { return {name()}; }
    // What the command's help says after its usage lines.
    virtual QString details() const { return summary(); }
    virtual QList<QCommandLineOption> options() const { return {}; }
    // The words that may follow `words` (the command's arguments so far, without options),
    // for shell completion: its verbs first, then what a verb takes (a profile's name...).
    virtual QStringList completions(const QStringList& words) const;
    // Hidden commands are left out of --help and completion (__complete).
    virtual bool isHidden() const { return false; }

    // `arguments`: the positional words after the command's name.
    virtual void run(const QStringList& arguments) = 0;

protected:
    CliContext& cli() const { return m_cli; }
    // The first words of a command that takes verbs ("list", "add"...).
    virtual QStringList verbs() const { return {}; }

    // Options several commands take, spelled once.
    static QCommandLineOption formatOption(const QString& fallback = QStringLiteral("table"));
    static QCommandLineOption yesOption();
    static QCommandLineOption searchOption();

private:
    CliContext& m_cli;
};
