#pragma once
// How far a cache upgrade has come, for a progress bar: the step, the share of its passes over
// the users done, their rate and the time left.

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

struct UpgradeProgress
{
    Q_DECLARE_TR_FUNCTIONS(UpgradeProgress)

public:
    int step = 1;
    int steps = 1;  // 0: the format is current and only the sort keys are made again
    qint64 rows = 0; // the work done: user rows times their pass's cost (CacheSchema::RowObserver)
    qint64 plannedRows = 0; // all of it; 0 when unknown (an empty file, or not counted yet)
    qint64 users = 0;       // in the file
    qint64 elapsedMs = 0;

    // 0..100, or -1 when nothing is known yet (an indeterminate bar). It stays below 100
    // until the upgrade ends: an index is being built after the last row was counted.
    int percent() const;
    // Users a second, counted as the share of the whole upgrade done: at 40,000/s, 40,000 more
    // users are through every step each second. 0 before the first second.
    qint64 usersPerSecond() const;
    // Seconds left at that rate, or -1 when it cannot be told yet.
    qint64 secondsLeft() const;
    // "Upgrading the cache (step 1 of 3): 42 %, 61,000 users/s, about 20 s left"
    QString text() const;
};

Q_DECLARE_METATYPE(UpgradeProgress)
