#include "PagingGuard.h"

#include <QHash>

namespace {
ApiError stopped(const QString& sentence)
{
    return ApiError::make(ApiError::Kind::Malformed, sentence);
}
} // namespace

void PagingGuard::reset()
{
    m_seen.clear();
    m_offset = 0;
    m_largestPage = 0;
}

Result<PagingGuard::Next> PagingGuard::accept(const UserQuery& asked, UserPage& page)
{
    if (page.total < -1 || page.total > maxPlausibleTotal) // -1: the server did not say
        return stopped(tr("The server gave an impossible number of users (%1); AuthDesk stopped "
                          "reading its pages.")
                           .arg(page.total));
    const qsizetype sent = page.users.size();
    m_offset += sent;
    QList<User> fresh;
    fresh.reserve(sent);
    for (User& user : page.users) {
        // Seeded per process: a server cannot craft ids whose hashes collide to drop a user.
        const size_t hash = qHash(user.id, QHashSeed::globalSeed());
        if (m_seen.contains(hash))
            continue;
        m_seen.insert(hash);
        fresh.append(std::move(user));
    }
    page.users = std::move(fresh);
    if (!page.hasMore)
        return Next::Done;
    if (sent == 0)
        return stopped(tr("The server announced more users but sent an empty page at position %L1; "
                          "AuthDesk stopped reading its pages.")
                           .arg(asked.offset));
    if (page.users.isEmpty())
        return stopped(tr("The server sent the same %n user(s) again at position %L1; AuthDesk stopped "
                          "reading its pages, which would never end.",
                          nullptr, int(sent))
                           .arg(asked.offset));
    if (sent < asked.limit && sent < m_largestPage)
        return stopped(tr("The server announced more users, yet its page at position %L1 held %n "
                          "user(s), fewer than its earlier pages; AuthDesk stopped reading its pages.",
                          nullptr, int(sent))
                           .arg(asked.offset));
    m_largestPage = qMax(m_largestPage, sent);
    return Next::Fetch;
}
