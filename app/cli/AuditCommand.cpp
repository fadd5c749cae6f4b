#include "AuditCommand.h"

#include "CliContext.h"
#include "audit/AuditLog.h"
#include "export/AuditColumns.h"

QString AuditCommand::summary() const
{
    return tr("The local audit log (only that profile's with --profile).");
}

QStringList AuditCommand::usage() const
{
    return {QStringLiteral("audit [--format F]")};
}

QList<QCommandLineOption> AuditCommand::options() const
{
    return {formatOption()};
}

void AuditCommand::run(const QStringList&)
{
    CliContext& cli = this->cli();
    if (!cli.audit()->isOpen()) {
        cli.finish(ServerError, tr("authdesk-cli: the audit log cannot be opened."));
        return;
    }
    AuditFilter filter;
    if (cli.isSet(QStringLiteral("profile"))) {
        const auto profile = cli.chosenProfile();
        if (!profile)
            return;
        filter.profileId = profile->id;
    }
    TableWriter writer(cli.format(), AuditColumns::names());
    for (const AuditEntry& e : cli.audit()->entries(filter, 0, 100000))
        writer.addRow(AuditColumns::cells(e));
    cli.print(writer);
    cli.finish(Success);
}
