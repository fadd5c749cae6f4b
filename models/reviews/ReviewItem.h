#pragma once
// One user of an access review: the snapshot taken at its start and the decision, if any.

#include "ReviewDecision.h"
#include "values/User.h"

#include <QDateTime>
#include <optional>

struct ReviewItem
{
    // How the cache's copy of the user compares with the snapshot (ReviewSnapshot::compare),
    // after the syncs since: a decision about a user who changed may no longer fit.
    enum class ServerCopy { NotCompared, Unchanged, Changed, DeletedOnServer, NotCached };

    User user;               // id, username, email, names, roles, enabled, last sign-in, as snapshot
    qint64 fingerprint = 0;  // UserRowCodec's, to see later whether the server's copy changed
    std::optional<ReviewDecision> decision;
    ServerCopy serverCopy = ServerCopy::NotCompared;
    QDateTime appliedAt; // set once the decision is on the server (ReviewStore::recordApplied)
    QString applyResult; // how the last attempt went: "done", "failed: …", "" (never applied)

    // "unchanged", "changed", "deleted on server", "not cached", "" (not compared): the report's words.
    static QString serverCopyName(ServerCopy copy);
};
