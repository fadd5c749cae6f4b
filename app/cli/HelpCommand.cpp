#include "HelpCommand.h"

#include "CliApplication.h"
#include "CliContext.h"

QString HelpCommand::summary() const
{
    return tr("Show the help of a command, or this list.");
}

QStringList HelpCommand::usage() const
{
    return {QStringLiteral("help [COMMAND]")};
}

QStringList HelpCommand::completions(const QStringList& words) const
{
    QStringList names;
    if (words.isEmpty()) {
        for (const auto& command : m_application.commands()) {
            if (!command->isHidden())
                names << command->name();
        }
    }
    return names;
}

void HelpCommand::run(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        cli().printData(m_application.helpText().toUtf8());
        cli().finish(Success);
        return;
    }
    const Command* command = m_application.command(arguments.first());
    if (!command || command->isHidden() || arguments.size() > 1) {
        cli().finish(
            UsageError,
            tr("authdesk-cli: unknown command '%1'. See authdesk-cli --help.").arg(arguments.join(u' ')));
        return;
    }
    cli().printData(m_application.helpText(*command).toUtf8());
    cli().finish(Success);
}
