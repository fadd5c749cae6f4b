#pragma once
// What the sandbox remembers between pages of one API's live sessions (Gatekeeper's
// GET /sessions), so that paging two million sessions costs one short index range per page:
// without it every page counted every live session for its Record-Count and walked from the
// first one to its OFFSET, which made a million users' sync take 40 minutes of server time.
//
// Both the count and where each page ended hold only while nothing was written to the store
// and no counted session has expired: the store's write version and the earliest expiry among
// the counted sessions bound them. A page whose offset is not where a remembered page ended
// falls back to OFFSET, so the answers are the same either way.

#include <QtGlobal>
#include <map>
#include <optional>

class LiveSessionPages
{
public:
    // Counts of the store's writes: its own connection's, and other connections' commits.
    struct Version
    {
        qint64 writes = -1;
        qint64 dataVersion = -1;
        bool operator==(const Version&) const = default;
    };

    // Whether the remembered count and page ends still describe the sessions at `now`.
    bool holds(const Version& version, qint64 now) const;
    // A fresh count, taken at `now`; `until` is the earliest time a counted session expires.
    void reset(const Version& version, qint64 now, qint64 until, qint64 total);
    qint64 total() const { return m_total; }
    // The id of the last session before position `offset`, when a page ended there.
    std::optional<qint64> lastIdBefore(qint64 offset) const;
    // A page ended at position `end` (exclusive) with the session `lastId`.
    void remember(qint64 end, qint64 lastId);

private:
    struct PageEnd
    {
        qint64 lastId = 0;
        quint64 servedAt = 0; // when it was remembered: the longest unused is forgotten first
    };
    static constexpr size_t kEndsKept = 16; // a few pages in flight at once
    Version m_version; // of the last count; none yet while its writes are -1
    qint64 m_since = 0;
    qint64 m_until = 0;
    qint64 m_total = 0;
    quint64 m_served = 0;
    std::map<qint64, PageEnd> m_ends; // page end (exclusive position) -> its last session
};
