#pragma once
// The user keys a cache search matches, read once from the FTS index (about 12 ms for a third
// of a million) and consulted from SQL as `in_match_set(u.user_key)`: a search sorted by an
// indexed column then walks that index and keeps the rows in the set, checking each in a
// fraction of a microsecond, where SQLite would first build its own set of the matches (70 ms)
// or check each row against the FTS index (90 µs a row). See tests/bench/README.md.
#include <QSqlDatabase>
#include <QString>

#include <vector>

struct sqlite3;

class MatchSet
{
public:
    MatchSet() = default;
    MatchSet(const MatchSet&) = delete;
    MatchSet& operator=(const MatchSet&) = delete;

    // Reads every user key `match` (an FTS5 expression) finds in users_fts, and makes
    // in_match_set() answer from them on this connection. The number of keys, or -1 when the
    // connection is not SQLite's or a statement failed (the set is then empty).
    qint64 fill(const QSqlDatabase& database, const QString& match);
    bool contains(qint64 key) const;
    qint64 size() const { return qint64(m_keys.size()); }
    void clear();

    // The function's name in SQL.
    static constexpr const char* functionName = "in_match_set";

private:
    bool attach(sqlite3* connection);

    std::vector<qint64> m_keys; // ascending: FTS5 yields its rowids in order
    sqlite3* m_attachedTo = nullptr;
};
