#include "LiveSessionPages.h"

#include <algorithm>

bool LiveSessionPages::holds(const Version& version, qint64 now) const
{
    // A clock set back could bring an expired session back to life: count again. A version that
    // could not be read (-1), like the one before the first count, never matches.
    return version.writes >= 0 && version == m_version && now >= m_since && now < m_until;
}

void LiveSessionPages::reset(const Version& version, qint64 now, qint64 until, qint64 total)
{
    m_version = version;
    m_since = now;
    m_until = until;
    m_total = total;
    m_ends.clear();
}

std::optional<qint64> LiveSessionPages::lastIdBefore(qint64 offset) const
{
    const auto it = m_ends.find(offset);
    if (it == m_ends.end())
        return std::nullopt;
    return it->second.lastId;
}

void LiveSessionPages::remember(qint64 end, qint64 lastId)
{
    m_ends[end] = {lastId, ++m_served};
    if (m_ends.size() <= kEndsKept)
        return;
    // Not the smallest end: a second pass from the first page would lose each end it makes.
    const auto oldest = std::min_element(m_ends.begin(), m_ends.end(), [](const auto& a, const auto& b) {
        return a.second.servedAt < b.second.servedAt;
    });
    m_ends.erase(oldest);
}
