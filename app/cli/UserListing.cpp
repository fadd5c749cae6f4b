#include "UserListing.h"

#include "CliContext.h"
#include "cache/CachedUserSource.h"
#include "export/UserColumns.h"
#include "remote/Connection.h"

#include <memory>

void UserListing::run(CliContext& cli, const Request& request)
{
    if (cli.isSet(QStringLiteral("offline"))) {
        fromCache(cli, request);
        return;
    }
    if (!cli.resolveServer(Capability::ListUsers))
        return;
    cli.withConnection([&cli, request](Connection* c) { fromServer(cli, c, request); });
}

void UserListing::print(CliContext& cli, const QList<User>& users)
{
    TableWriter writer(cli.format(), UserColumns::names());
    for (const User& u : users)
        writer.addRow(UserColumns::cells(u));
    cli.print(writer);
}

void UserListing::fromServer(CliContext& cli, Connection* connection, const Request& request)
{
    auto users = std::make_shared<QList<User>>();
    auto query = std::make_shared<UserQuery>();
    query->search = request.search;
    const bool progress = request.everyPage && cli.showsProgress();
    auto next = std::make_shared<std::function<void()>>();
    *next = [&cli, connection, users, query, request, progress, next] {
        query->limit = request.max < 0 ? request.pageSize
                                       : int(qMin<qint64>(request.pageSize, request.max - users->size()));
        connection->listUsers(
            *query, &cli, [&cli, users, query, request, progress, next](const Result<UserPage>& r) {
                if (!r.ok()) {
                    if (progress)
                        cli.endProgress();
                    *next = nullptr;
                    cli.fail(r.error());
                    return;
                }
                *users += r.value().users;
                if (request.max >= 0 && users->size() > request.max)
                    users->resize(request.max);
                cli.verbose(
                    tr("Read a page at offset %1; users so far: %2.").arg(query->offset).arg(users->size()));
                if (progress) // not every server says how many there are
                    cli.progress(
                        r.value().total >= 0
                            ? tr("%1 of %n user(s)…", nullptr, int(r.value().total)).arg(users->size())
                            : tr("%n user(s)…", nullptr, int(users->size())));
                const bool wanted = request.max < 0 || users->size() < request.max;
                if (request.everyPage && wanted && r.value().hasMore && !r.value().users.isEmpty()) {
                    query->offset += r.value().users.size();
                    (*next)();
                    return;
                }
                if (progress)
                    cli.endProgress();
                print(cli, *users);
                *next = nullptr; // breaks the self-reference
                cli.finish(Success);
            });
    };
    (*next)();
}

void UserListing::fromCache(CliContext& cli, const Request& request)
{
    const auto profile = cli.chosenProfile();
    if (!profile)
        return;
    CachedUserSource cache;
    if (!cache.open(profile->id, CachedUserSource::Freshness::Offline)) {
        cli.finish(
            NotFound,
            tr("authdesk-cli: no cache for %1 yet; run 'authdesk-cli sync' first.").arg(profile->name));
        return;
    }
    cli.info(cache.statusText());
    UserQuery q;
    q.search = request.search;
    const qint64 every = request.everyPage ? cache.count(q) : request.pageSize;
    q.limit = int(qMin<qint64>(request.max < 0 ? every : qMin(every, request.max), 10'000'000));
    print(cli, cache.page(q).users);
    cli.finish(Success);
}
