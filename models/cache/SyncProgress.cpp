#include "SyncProgress.h"

QString SyncProgress::text() const
{
    switch (phase) {
    case Phase::Users:
        return total >= 0 ? tr("Syncing users: %L1 of %L2 (page %3, %L4/s)")
                                .arg(users)
                                .arg(total)
                                .arg(pages)
                                .arg(qRound(usersPerSecond))
                          : tr("Syncing users: %L1 (page %2, %L3/s)").arg(users).arg(pages).arg(qRound(usersPerSecond));
    case Phase::Sessions:
        return tr("Syncing sessions…");
    case Phase::ApiKeys:
        return tr("Syncing API keys…");
    case Phase::Committing: // the seconds show it runs (a million users take half a minute)
        return committingMs < 1000 ? tr("Saving the new copy…")
                                   : tr("Saving the new copy… %1 s").arg(committingMs / 1000);
    }
    return {};
}
