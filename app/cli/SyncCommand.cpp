#include "SyncCommand.h"

#include "CliContext.h"
#include "cache/CacheDatabase.h"
#include "cache/ConnectionUserSource.h"
#include "cache/SyncJob.h"
#include "remote/Connection.h"

QString SyncCommand::summary() const
{
    return tr("Copy every user into the local cache.");
}

QString SyncCommand::details() const
{
    return tr("Copies every user of the profile into its local cache, which --offline reads (users list, "
              "export). A cancelled or failed sync leaves the previous copy.");
}

void SyncCommand::run(const QStringList&)
{
    CliContext& cli = this->cli();
    if (!cli.resolveServer(Capability::ListUsers))
        return;
    cli.withConnection([&cli](Connection* c) {
        auto* source = new ConnectionUserSource(c);
        auto* job = new SyncJob(CacheDatabase::pathForProfile(c->profile().id), source, &cli);
        const bool progress = cli.showsProgress();
        QObject::connect(job, &SyncJob::progress, &cli, [&cli, progress](const SyncProgress& p) {
            if (progress)
                cli.progress(tr("syncing: page %1, %n user(s)…", nullptr, int(p.users)).arg(p.pages));
        });
        QObject::connect(job, &SyncJob::finished, &cli, [&cli, source, progress](const SyncResult& result) {
            delete source;
            if (progress)
                cli.endProgress();
            if (result.completed())
                cli.finish(Success,
                           tr("Synced %n user(s) into the cache.", nullptr, int(result.record.users)));
            else if (result.outcome == SyncResult::Outcome::Cancelled)
                cli.finish(Cancelled, tr("authdesk-cli: sync cancelled; the cache is unchanged."));
            else
                cli.fail(result.error);
        });
        job->start();
    });
}
