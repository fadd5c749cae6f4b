#include "LiveSessionPages.h"

bool LiveSessionPages::holds(const Version& version, qint64 now) const
{
    // A clock set back could bring an expired session back to life: count again. A version that
    // could not be read (-1) never matches.
    return m_counted && version.writes >= 0 && version == m_version && now >= m_since && now < m_until;
}

void LiveSessionPages::reset(const Version& version, qint64 now, qint64 until, qint64 total)
{
    m_counted = true;
    m_version = version;
    m_since = now;
    m_until = until;
    m_total = total;
    m_lastIdBefore.clear();
}

std::optional<qint64> LiveSessionPages::lastIdBefore(qint64 offset) const
{
    const auto it = m_lastIdBefore.find(offset);
    if (it == m_lastIdBefore.end())
        return std::nullopt;
    return it->second;
}

void LiveSessionPages::remember(qint64 end, qint64 lastId)
{
    m_lastIdBefore[end] = lastId;
    if (m_lastIdBefore.size() > kEndsKept)
        m_lastIdBefore.erase(m_lastIdBefore.begin()); // the earliest: paging moves forward
}
