#include "ProgressRate.h"

#include <QtMath>

namespace {
constexpr qint64 judgeAfterMs = 1000;
}

void ProgressRate::start()
{
    m_clock.start();
    m_done = 0;
    m_total = -1;
}

void ProgressRate::update(qint64 done, qint64 total)
{
    if (!m_clock.isValid())
        m_clock.start();
    m_done = done;
    m_total = total;
}

QString ProgressRate::text() const
{
    return m_clock.isValid() ? text(m_done, m_total, m_clock.elapsed()) : QString();
}

QString ProgressRate::suffix() const
{
    const QString pace = text();
    return pace.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(pace);
}

QString ProgressRate::text(qint64 done, qint64 total, qint64 elapsedMs)
{
    if (elapsedMs < judgeAfterMs || done <= 0)
        return {};
    const double perSecond = done * 1000.0 / double(elapsedMs);
    // Below one a second the rate reads better as a count: "0/s" would say nothing.
    const QString rate = perSecond >= 1 ? tr("%L1/s").arg(qRound64(perSecond)) : tr("%L1/s").arg(perSecond, 0, 'f', 1);
    if (total <= done) // no total, or a finished step
        return rate;
    const qint64 left = qCeil(double(total - done) / perSecond);
    if (left < 90)
        return tr("%1, about %n s left", nullptr, int(left)).arg(rate);
    return tr("%1, about %n min left", nullptr, int(qMin<qint64>((left + 30) / 60, INT_MAX))).arg(rate);
}
