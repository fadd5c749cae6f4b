#include "SyncCommand.h"

#include "CliContext.h"
#include "cache/CacheDatabase.h"
#include "cache/SyncJob.h"
#include "remote/Connection.h"
#include "sources/ServerUserSource.h"

#include <climits>
#include <memory>

QString SyncCommand::summary() const
{
    return tr("Copy every user into the local cache.");
}

QString SyncCommand::details() const
{
    return tr("Copies every user of the profile into its local cache, which --offline reads (users list, "
              "export). A cancelled or failed sync leaves the previous copy. A sync that would mark "
              "more than half of the cached users deleted on the server stops before changing the "
              "cache, unless --allow-mass-delete says that is expected.");
}

QList<QCommandLineOption> SyncCommand::options() const
{
    return {{QStringLiteral("allow-mass-delete"),
             tr("Accept a sync that marks more than half of the cached users deleted on the server.")}};
}

void SyncCommand::run(const QStringList&)
{
    CliContext& cli = this->cli();
    if (!cli.resolveServer(Capability::ListUsers) || !cli.upgradeCache(cli.profile()))
        return;
    cli.withConnection([&cli](Connection* c) {
        auto* source = new ServerUserSource(c);
        auto* job = new SyncJob(CacheDatabase::pathForProfile(c->profile().id), source, &cli);
        job->setMassDeletionAllowed(cli.isSet(QStringLiteral("allow-mass-delete")));
        const bool progress = cli.showsProgress();
        // A server that suddenly lists far fewer users is more often broken than right: the
        // offline copy is kept unless the admin said otherwise.
        auto refusal = std::make_shared<QString>();
        QObject::connect(job, &SyncJob::massDeletionPending, &cli,
                         [job, refusal](qint64 vanishing, qint64 present) {
                             *refusal =
                                 tr("authdesk-cli: the server no longer lists %1 of the %n cached user(s); "
                                    "syncing would mark them deleted, so the cache was left as it was. If "
                                    "they really are gone, run 'authdesk-cli sync --allow-mass-delete'.",
                                    nullptr, int(qMin<qint64>(present, INT_MAX)))
                                     .arg(vanishing);
                             job->cancel();
                         });
        QObject::connect(job, &SyncJob::progress, &cli, [&cli, progress](const SyncProgress& p) {
            if (progress)
                cli.progress(p.phase == SyncProgress::Phase::Users && p.percent() >= 0
                                 ? QStringLiteral("[%1%] %2").arg(p.percent(), 3).arg(p.text())
                                 : p.text());
        });
        QObject::connect(job, &SyncJob::finished, &cli, [&cli, source, progress, refusal](const SyncResult& result) {
            delete source;
            if (progress)
                cli.endProgress();
            if (result.completed())
                cli.finish(Success,
                           tr("Synced %n user(s) into the cache.", nullptr, int(result.record.users)));
            else if (!refusal->isEmpty())
                cli.finish(ServerError, *refusal);
            else if (result.outcome == SyncResult::Outcome::Cancelled)
                cli.finish(Cancelled, tr("authdesk-cli: sync cancelled; the cache is unchanged."));
            else
                cli.fail(result.error);
        });
        job->start();
    });
}
