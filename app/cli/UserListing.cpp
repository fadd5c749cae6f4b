#include "UserListing.h"

#include "CliContext.h"
#include "cache/ProfileCache.h"
#include "export/UserColumns.h"
#include "listing/UserListController.h"
#include "operations/ProgressRate.h"

namespace {
// The cache answers a page in milliseconds but skips to an offset by counting: every user of a
// copy is read in few, large pages.
constexpr int cachePageSize = 100000;
} // namespace

void UserListing::run(CliContext& cli, const Request& request)
{
    if (cli.isSet(QStringLiteral("offline"))) {
        const auto profile = cli.chosenProfile();
        if (!profile)
            return;
        ProfileCache* cache = cli.openCache(*profile);
        if (!cache)
            return;
        cli.info(cache->statusText());
        cache->source()->setScope(request.scope);
        // A misspelt role lists nobody: say that no one holds it, rather than only print nothing.
        // Read only when a role was asked for: the roles held take a pass over user_roles.
        QStringList asked = request.scope.anyRole;
        if (!request.scope.role.isEmpty())
            asked << request.scope.role;
        if (const Result<QStringList> held = asked.isEmpty() ? QStringList() : cache->source()->roles(); held.ok()) {
            for (const QString& role : std::as_const(asked)) {
                if (!held.value().contains(role))
                    cli.warn(tr("No cached user holds the role “%1”.").arg(role));
            }
        }
        auto* users = new UserListController(cache);
        users->setCache(cache);
        Request fromCache = request;
        if (request.everyPage)
            fromCache.pageSize = qMax(request.pageSize, cachePageSize);
        list(cli, users, fromCache);
        return;
    }
    if (!cli.resolveServer(Capability::ListUsers))
        return;
    cli.withConnection([&cli, request](Connection* c) {
        auto* users = new UserListController(&cli);
        users->setConnection(c);
        list(cli, users, request);
    });
}

void UserListing::print(CliContext& cli, const QList<User>& users)
{
    TableWriter writer(cli.format(), UserColumns::names());
    for (const User& u : users)
        writer.addRow(UserColumns::cells(u));
    cli.print(writer);
}

void UserListing::list(CliContext& cli, UserListController* users, const Request& request)
{
    UserListController::ListRequest pages;
    pages.query.search = request.search;
    pages.query.limit = request.pageSize;
    pages.everyPage = request.everyPage;
    pages.max = request.max;
    const bool progress = request.everyPage && cli.showsProgress();
    auto rate = std::make_shared<ProgressRate>();
    rate->start();
    users->list(
        pages, &cli,
        [&cli, progress, rate](const UserQuery& asked, const UserPage& page, qint64 listed) {
            cli.verbose(tr("Read a page at offset %1; users so far: %2.").arg(asked.offset).arg(listed));
            if (!progress)
                return;
            rate->update(listed, page.total);
            // Not every server says how many there are.
            cli.progress((page.total >= 0 ? tr("%1 of %n user(s)…", nullptr, int(page.total)).arg(listed)
                                          : tr("%n user(s)…", nullptr, int(listed))) +
                         rate->suffix());
        },
        [&cli, progress](const Result<QList<User>>& listed) {
            if (progress)
                cli.endProgress();
            if (!listed.ok()) {
                cli.fail(listed.error());
                return;
            }
            print(cli, listed.value());
            cli.finish(Success);
        });
}
