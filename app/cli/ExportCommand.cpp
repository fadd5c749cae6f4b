#include "ExportCommand.h"

#include "CliContext.h"
#include "UserListing.h"

QString ExportCommand::summary() const
{
    return tr("Every user (from the server, or the cache with --offline).");
}

QStringList ExportCommand::usage() const
{
    return {QStringLiteral("export [--search S] [--all] [--limit N] [--format F]")};
}

QString ExportCommand::details() const
{
    return tr("Writes the users of the profile to stdout, as JSON unless --format says otherwise, in the "
              "columns the console's Export writes: every user from the server, page after page of "
              "--limit; from the local cache with --offline (see 'sync'), the first --limit users, or "
              "every one with --all.");
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return {searchOption(),
            {QStringLiteral("all"), tr("Every page, not only the first.")},
            {QStringLiteral("limit"), tr("Rows per page."), QStringLiteral("n"), QStringLiteral("100")},
            formatOption(QStringLiteral("json"))}; // an export is for programs
}

void ExportCommand::run(const QStringList&)
{
    CliContext& cli = this->cli();
    const bool offline = cli.isSet(QStringLiteral("offline"));
    UserListing::Request request;
    request.search = cli.value(QStringLiteral("search"));
    request.pageSize = qBound(1, cli.value(QStringLiteral("limit")).toInt(), offline ? 100000 : 1000);
    request.everyPage = !offline || cli.isSet(QStringLiteral("all"));
    UserListing::run(cli, request);
}
