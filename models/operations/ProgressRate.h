#pragma once
// How fast a long step goes, for the progress people watch (an export, a bulk change, a listing
// of every page): items a second since it started and, when the total is known, about how long
// is left. Says nothing until a second of work gives it something to judge by.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

class ProgressRate
{
    Q_DECLARE_TR_FUNCTIONS(ProgressRate)

public:
    void start();
    // `done` of `total` (-1: not known) finished by now.
    void update(qint64 done, qint64 total = -1);

    // "12,345/s, about 2 min left", "3/s", or empty while too early to tell.
    QString text() const;
    // The same in parentheses after a space, to end a progress line; empty while text() is.
    QString suffix() const;

    // The same as text(), from figures measured elsewhere (tests, a worker's own clock).
    static QString text(qint64 done, qint64 total, qint64 elapsedMs);

private:
    QElapsedTimer m_clock;
    qint64 m_done = 0;
    qint64 m_total = -1;
};
