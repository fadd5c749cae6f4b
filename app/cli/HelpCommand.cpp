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

void HelpCommand::run(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        cli().printData(m_application.helpText().toUtf8());
        cli().finish(Success);
        return;
    }
    const Command* command = m_application.command(arguments.first());
    if (!command || arguments.size() > 1) {
        cli().finish(
            UsageError,
            tr("authdesk-cli: unknown command '%1'. See authdesk-cli --help.").arg(arguments.join(u' ')));
        return;
    }
    cli().printData(m_application.helpText(*command).toUtf8());
    cli().finish(Success);
}
