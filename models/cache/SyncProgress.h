#pragma once
// How far a running sync has come, for a progress bar: pages, users and rate.

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

struct SyncProgress
{
    Q_DECLARE_TR_FUNCTIONS(SyncProgress)

public:
    enum class Phase {
        Users,    // walking the pages of users
        Sessions, // walking sessions (where the server lists them)
        ApiKeys,
        Committing // swapping the new copy in
    };

    Phase phase = Phase::Users;
    int pages = 0;
    qint64 users = 0;
    qint64 total = -1; // users the server says it has; -1 when it does not say
    double usersPerSecond = 0;
    qint64 elapsedMs = 0;
    qint64 committingMs = 0; // since the staged copy began to be written in

    // 0..100, or -1 when the total is unknown (an indeterminate bar).
    int percent() const { return total > 0 ? int(qMin<qint64>(100, users * 100 / total)) : -1; }
    // One line for the status bar and the command line's progress: the phase, users so far (of
    // the total), page and rate.
    QString text() const;
};

Q_DECLARE_METATYPE(SyncProgress)
