#include "UpgradeProgress.h"

#include <QtGlobal>
#include <cmath>

int UpgradeProgress::percent() const
{
    if (plannedRows <= 0)
        return -1;
    return int(qBound(qint64(0), rows * 100 / plannedRows, qint64(99)));
}

qint64 UpgradeProgress::usersPerSecond() const
{
    if (elapsedMs < 1000 || plannedRows <= 0)
        return 0;
    return qint64(double(rows) / double(plannedRows) * double(users) * 1000.0 / double(elapsedMs));
}

qint64 UpgradeProgress::secondsLeft() const
{
    if (plannedRows <= 0 || rows <= 0 || elapsedMs < 1000)
        return -1;
    const double rowsPerMs = double(rows) / double(elapsedMs);
    return qint64(std::ceil(double(qMax<qint64>(0, plannedRows - rows)) / rowsPerMs / 1000.0));
}

QString UpgradeProgress::text() const
{
    const qint64 seconds = elapsedMs / 1000;
    // Short: the status bar shows all of it beside Cancel, and the banner above says why.
    const QString what = steps <= 0
                             ? tr("Sorting the cache in this system's language")
                             : tr("Upgrading the cache (step %1 of %2)").arg(qBound(1, step, steps)).arg(steps);
    const qint64 left = secondsLeft();
    if (percent() < 0 || left < 0) // before the first second's rate: the seconds show it runs
        return tr("%1… %2 s").arg(what).arg(seconds);
    return tr("%1: %2 %, %L3 users/s, about %4 s left")
        .arg(what)
        .arg(percent())
        .arg(usersPerSecond())
        .arg(left);
}
