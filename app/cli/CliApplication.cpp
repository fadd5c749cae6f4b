#include "CliApplication.h"

#include "remote/DialectRegistry.h"

#include "AuditCommand.h"
#include "InsightsCommand.h"
#include "ReviewCommand.h"
#include "CompleteCommand.h"
#include "ExportCommand.h"
#include "HelpCommand.h"
#include "KeysCommand.h"
#include "LoginCommand.h"
#include "LogoutCommand.h"
#include "ProfilesCommand.h"
#include "SessionsCommand.h"
#include "SyncCommand.h"
#include "UsersCommand.h"
#include "audit/AuditLog.h"

namespace {

const char* const overview =
    R"(Secrets (passwords, client secrets, API keys) never go on the command line. A command takes
them from stdin when told to, else from the keychain, else asks on the terminal with echo off;
without any of these it fails with exit code 3.
  --password-stdin   the first line of stdin is the password (the API key for a profile that
                     signs in with one instead)
  --secrets-stdin    one NAME=VALUE per line, up to an empty line or the end of stdin, for
                     servers that need more than one secret, e.g.
                       printf 'password=%s\nclient_secret=%s\n' "$PW" "$SECRET" |
                         authdesk-cli --profile gem --secrets-stdin login
'login' signs in and keeps what it was given in the keychain (asking on a terminal for each
secret, Enter keeping a stored one); later commands read them from there and ask nothing.
Without a keychain it warns and keeps nothing. 'logout' forgets them; 'profiles remove'
deletes them too (and the profile's cache with --delete-cache). 'users create' reads the new
user's password from the line of stdin after the secrets, or from the first line with
--new-password-stdin when the secrets are stored.
Each run signs out at its end where the server allows, so no run leaves a session open.

Secret names by server type:
%1

Output: data on stdout, messages and errors on stderr. Lists take --format table, csv, json
or jsonl. The table shows control characters a server sent as escapes (\x1b, \r, \n, \0, ...)
so they cannot steer the terminal; CSV and JSON carry them unchanged. Nothing is coloured,
so NO_COLOR has nothing to turn off. --quiet keeps errors and warnings only; --verbose also
tells each step.

Exit codes: 0 success, 2 usage, 3 authentication, 4 not found, 5 server or network,
6 partial failure (of a bulk action, or a profile removed without all its secrets or cache),
7 unsupported or offline, 130 cancelled.)";

QString firstLineReplaced(const QString& text, const QString& line)
{
    return line + text.mid(text.indexOf(QLatin1Char('\n')));
}

// Wrapped at 79 columns, as QCommandLineParser wraps the options' descriptions.
QString wrapped(const QString& paragraph)
{
    QStringList lines{QString()};
    for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.last().isEmpty() && lines.last().size() + 1 + word.size() > 79)
            lines << QString();
        lines.last() += (lines.last().isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    return lines.join(QLatin1Char('\n'));
}

// -h, --help, -? and Qt's --help-all, wherever they are given.
bool asksForHelp(const QCommandLineParser& parser)
{
    for (const QString& name : parser.optionNames()) {
        if (name == QLatin1String("h") || name == QLatin1String("help") || name == QLatin1String("?") ||
            name == QLatin1String("help-all"))
            return true;
    }
    return false;
}

// One line per server type: its id and the secrets it signs in with.
QString secretsHelp()
{
    QStringList lines;
    for (const QString& id : DialectRegistry::ids()) {
        const auto dialect = DialectRegistry::create(id);
        if (!dialect)
            continue;
        Profile typical;
        typical.dialect = id;
        const QStringList required = dialect->requiredSecrets(typical);
        QString line = QStringLiteral("  ") + id.leftJustified(11) + required.join(QLatin1String(", "));
        for (const SettingField& field : dialect->settingFields()) {
            if (field.secret && !required.contains(field.key))
                line += CliApplication::tr("; also %1: %2").arg(field.key, field.label);
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

CliApplication::CliApplication()
    : m_cli(std::make_unique<CliContext>())
{
    CliContext& c = *m_cli;
    m_commands.push_back(std::make_unique<ProfilesCommand>(c));
    m_commands.push_back(std::make_unique<LoginCommand>(c));
    m_commands.push_back(std::make_unique<LogoutCommand>(c));
    m_commands.push_back(std::make_unique<UsersCommand>(c));
    m_commands.push_back(std::make_unique<SessionsCommand>(c));
    m_commands.push_back(std::make_unique<KeysCommand>(c));
    m_commands.push_back(std::make_unique<SyncCommand>(c));
    m_commands.push_back(std::make_unique<ExportCommand>(c));
    m_commands.push_back(std::make_unique<AuditCommand>(c));
    m_commands.push_back(std::make_unique<InsightsCommand>(c));
    m_commands.push_back(std::make_unique<ReviewCommand>(c));
    m_commands.push_back(std::make_unique<HelpCommand>(c, *this));
    m_commands.push_back(std::make_unique<CompleteCommand>(c, *this));
}

CliApplication::~CliApplication() = default;

Command* CliApplication::command(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QList<QCommandLineOption> CliApplication::globalOptions()
{
    return {{QStringLiteral("profile"), tr("Profile name or id (default: the current one)."),
             QStringLiteral("name")},
            {QStringLiteral("offline"), tr("Read the local cache; never contact the server.")},
            {QStringLiteral("password-stdin"), tr("Read the password from the first line of stdin.")},
            {QStringLiteral("secrets-stdin"),
             tr("Read secrets from stdin, one NAME=VALUE per line up to an empty line (see Secrets).")},
            {QStringLiteral("password"), tr("Refused: passwords never go on the command line."),
             QStringLiteral("password")},
            {QStringLiteral("deadline"),
             tr("Give up on any one request after this many seconds (default: the profile's, 60)."),
             QStringLiteral("seconds")},
            {QStringLiteral("quiet"), tr("Only errors and warnings on stderr.")},
            {QStringLiteral("verbose"), tr("Also tell each step on stderr.")}};
}

QString CliApplication::helpText() const
{
    QString commands;
    for (const auto& command : m_commands) {
        if (!command->isHidden())
            commands += QStringLiteral("  ") + command->name().leftJustified(10) + command->summary() + u'\n';
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("AuthDesk on the command line.") + QStringLiteral("\n\n") + tr("Commands:") + u'\n' + commands +
        tr("'authdesk-cli help COMMAND' or 'authdesk-cli COMMAND --help' shows a command's options.") +
        QStringLiteral("\n\n") + QString::fromUtf8(overview).arg(secretsHelp()));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(globalOptions());
    return firstLineReplaced(
        parser.helpText(),
        tr("Usage: %1").arg(QStringLiteral("authdesk-cli [global options] COMMAND [options]")));
}

QString CliApplication::helpText(const Command& command) const
{
    QCommandLineParser parser;
    setUpParser(parser, command);
    QStringList globals;
    for (const QCommandLineOption& option : globalOptions()) {
        if (option.names().constFirst() != QLatin1String("password")) // there only to be refused
            globals << QStringLiteral("--") + option.names().constFirst();
    }
    parser.setApplicationDescription(wrapped(command.details()) + QStringLiteral("\n\n") +
                                     wrapped(tr("Global options, before or after the command: %1 (see "
                                                "authdesk-cli --help).")
                                                 .arg(globals.join(QLatin1String(", ")))));
    QStringList usage;
    for (const QString& line : command.usage())
        usage << QStringLiteral("authdesk-cli [global options] ") + line;
    return firstLineReplaced(parser.helpText(), tr("Usage: %1").arg(usage.join(QStringLiteral("\n       "))));
}

void CliApplication::setUpParser(QCommandLineParser& parser, const Command& command) const
{
    parser.addHelpOption();
    parser.addOptions(command.options());
    for (QCommandLineOption option : globalOptions()) {
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

void CliApplication::run(const QStringList& arguments)
{
    CliContext& cli = *m_cli;
    // The shell's words go to completion untouched: they are whatever the user has typed so far.
    if (arguments.value(1) == QLatin1String("__complete")) {
        command(QStringLiteral("__complete"))->run(arguments.mid(2));
        return;
    }
    // First only where the command starts: the global options and, hidden, every command's, so
    // that an option's value is never taken for the command and options may come first.
    QCommandLineParser locate;
    locate.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    locate.addHelpOption();
    locate.addVersionOption();
    locate.addOptions(globalOptions());
    QSet<QString> located;
    for (const auto& command : m_commands) {
        for (QCommandLineOption option : command->options()) {
            if (located.contains(option.names().constFirst()))
                continue; // several commands take it (--format, --yes...)
            located.insert(option.names().constFirst());
            option.setFlags(QCommandLineOption::HiddenFromHelp);
            locate.addOption(option);
        }
    }
    if (!locate.parse(arguments)) {
        cli.finish(UsageError, locate.errorText() + QStringLiteral("\n") + tr("See authdesk-cli --help."));
        return;
    }
    QStringList words = locate.positionalArguments();
    if (words.isEmpty() && asksForHelp(locate)) {
        cli.printData(helpText().toUtf8());
        cli.finish(Success);
        return;
    }
    if (locate.isSet(QStringLiteral("version"))) {
        cli.printData("authdesk-cli " + QCoreApplication::applicationVersion().toUtf8() + '\n');
        cli.finish(Success);
        return;
    }
    if (words.isEmpty()) {
        cli.finish(UsageError, tr("authdesk-cli: no command given. See authdesk-cli --help."));
        return;
    }
    const QString name = words.takeFirst();
    Command* command = this->command(name);
    if (!command || command->isHidden()) {
        cli.finish(UsageError, tr("authdesk-cli: unknown command '%1'. See authdesk-cli --help.").arg(name));
        return;
    }
    // Then the command's own parser reads every option, before and after its name.
    const QStringList before = arguments.mid(1, arguments.size() - 2 - words.size());
    setUpParser(m_parser, *command);
    if (!m_parser.parse(QStringList{arguments.value(0)} + before + words)) {
        cli.finish(UsageError, m_parser.errorText() + QStringLiteral("\n") +
                                   tr("See authdesk-cli help %1.").arg(command->name()));
        return;
    }
    if (asksForHelp(m_parser)) {
        cli.printData(helpText(*command).toUtf8());
        cli.finish(Success);
        return;
    }
    QStringList defined;
    for (const QCommandLineOption& option : globalOptions() + command->options())
        defined += option.names();
    cli.setCommandLine(&m_parser, defined);
    if (!checkGlobalOptions() || !cli.readFormat(TableWriter::Format::Table))
        return;
    cli.audit()->open();
    command->run(m_parser.positionalArguments());
}

bool CliApplication::checkGlobalOptions()
{
    CliContext& cli = *m_cli;
    if (cli.isSet(QStringLiteral("password"))) {
        cli.finish(
            UsageError,
            tr("authdesk-cli: passwords are never accepted on the command line (other users can read it); "
               "use --password-stdin or answer the prompt."));
        return false;
    }
    if (cli.isSet(QStringLiteral("password-stdin")) && cli.isSet(QStringLiteral("secrets-stdin"))) {
        cli.finish(UsageError,
                   tr("authdesk-cli: give either --password-stdin or --secrets-stdin, not both."));
        return false;
    }
    if (cli.isSet(QStringLiteral("quiet")) && cli.isSet(QStringLiteral("verbose"))) {
        cli.finish(UsageError, tr("authdesk-cli: give either --quiet or --verbose, not both."));
        return false;
    }
    return true;
}
