#include "ExportCommand.h"

#include "CliContext.h"
#include "UserListing.h"

QString ExportCommand::summary() const
{
    return tr("Every user (from the server, or the cache with --offline).");
}

QStringList ExportCommand::usage() const
{
    return {QStringLiteral("export [--search S] [--limit N] [--format F]")};
}

QString ExportCommand::details() const
{
    return tr("Writes every user of the profile to stdout, as JSON unless --format says otherwise, in the "
              "columns the console's Export writes: from the server page after page, or from the local "
              "cache with --offline (see 'sync'). --limit N writes the first N only.");
}

QList<QCommandLineOption> ExportCommand::options() const
{
    // Every user was what --all asked for offline; scripts that still pass it keep working.
    QCommandLineOption all(QStringLiteral("all"), tr("Every page, not only the first."));
    all.setFlags(QCommandLineOption::HiddenFromHelp);
    return {
        searchOption(),
        {QStringLiteral("limit"), tr("At most this many users (default: every user)."), QStringLiteral("n")},
        formatOption(QStringLiteral("json")), // an export is for programs
        all};
}

void ExportCommand::run(const QStringList&)
{
    CliContext& cli = this->cli();
    UserListing::Request request;
    request.search = cli.value(QStringLiteral("search"));
    if (cli.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        request.max = cli.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || request.max < 1) {
            cli.finish(UsageError, tr("authdesk-cli: --limit takes a number of users, 1 or more."));
            return;
        }
        request.pageSize = int(qMin<qint64>(request.pageSize, request.max));
    }
    UserListing::run(cli, request);
}
