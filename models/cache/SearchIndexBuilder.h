#pragma once
// Builds a first sync's search index on a thread and a connection of its own, while the sync's
// connection goes on with the roles, the sort indexes and the sessions: FTS5 tokenizes and
// merges on one core (6.5 s of a million users' 17.7 s commit, one statement after another
// before), and nothing else needs the second core by then (tests/bench/README.md, "The search
// index built beside the commit").
//
// The builder's index is a contentless FTS5 table with users_fts's very options in a private
// temporary database; SQLite deletes its file when the connection closes, or at once if the
// process dies. The commit's connection hands it the written users (feed(), between its own
// statements, from the users table in key order: what FTS5's 'rebuild' reads), and once
// finished replaces users_fts by the builder's pages (copyInto()): the same data FTS5's
// 'rebuild' and 'optimize' would write, in the same transaction as the users, so a killed sync
// still leaves the previous copy whole. If the builder fails on its side, the commit builds the
// index itself, as before; if the commit's connection fails or Cancel comes, the commit fails.

#include <QByteArray>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

class SearchIndexBuilder
{
public:
    // `source`: the commit's connection, whose users table (written, not yet committed) the
    // builder reads through feed() and finish(), on the caller's thread only. `goesOn`, asked
    // there while finish() waits: false (Cancel) stops the builder. `sourceTable`: where the
    // users are read, a table with the users' columns and keys (FirstLoadAhead's before the
    // commit).
    explicit SearchIndexBuilder(sqlite3* source, std::function<bool()> goesOn = [] { return true; },
                                QString sourceTable = QStringLiteral("main.users"));
    ~SearchIndexBuilder(); // stops the thread, mid-statement if need be
    SearchIndexBuilder(const SearchIndexBuilder&) = delete;
    SearchIndexBuilder& operator=(const SearchIndexBuilder&) = delete;

    // Opens the builder's database and starts its thread; false with errorString() if SQLite
    // refused.
    bool start();
    // Reads the next users into the builder's queue until it holds `queueBytes` of their texts
    // (tens of milliseconds), so that the commit's thread can call it between its statements.
    // False when reading the source failed: SQLite may have rolled the commit's transaction
    // back, so the commit must fail. A builder that failed on its side is simply no longer fed.
    bool feed();
    // Reads the remaining users (waiting while the queue is full), then waits for the thread to
    // index them and merge its segments into one. False if anything failed or `goesOn` said
    // stop; the index is then incomplete and must not be copied.
    bool finish();
    // Replaces users_fts (and its triggers) on the source connection by the builder's index,
    // inside the caller's transaction.
    bool copyInto();
    QString errorString() const;
    // Where the builder's thread spent its time, for the commit's log: waiting for rows,
    // indexing them, merging the segments.
    QString timings() const;

    // The queue's bound: texts read ahead of the builder (1 MB holds 10,000 users of about 100
    // bytes). The commit's memory grows by about as much; tests make it small.
    qint64 queueBytes = 16 * 1024 * 1024;

private:
    struct Rows {
        std::vector<qint64> keys;
        std::vector<int> ends; // where each text ends in `text`, four per row, in column order
        QByteArray text;
    };

    bool readRows(int count, Rows* rows); // the next `count` users from the source, on its thread
    void run();                           // the builder's thread
    bool index(const Rows& rows);         // on the builder's thread
    void stop();                          // ends the thread at once, its index incomplete
    bool waitUntil(const std::function<bool()>& done); // false if `m_goesOn` said stop first
    bool sideFailed(const char* what);    // keeps the builder connection's error; m_lock held
    bool sourceFailed(const char* what);

    sqlite3* m_source;
    std::function<bool()> m_goesOn;
    QString m_sourceTable;
    sqlite3* m_side = nullptr;
    sqlite3_stmt* m_read = nullptr;
    sqlite3_stmt* m_insert = nullptr;
    qint64 m_lastKey = 0;
    qsizetype m_lastReadBytes = 0;
    bool m_sourceDone = false;
    // Asked by the builder connection's progress handler: a stop reaches into its statements
    // even when it comes between two of them (sqlite3_interrupt alone would be lost there).
    std::atomic<bool> m_stopRequested{false};

    mutable std::mutex m_lock;
    std::condition_variable m_changed;
    std::deque<Rows> m_queue;
    qint64 m_queuedBytes = 0;
    bool m_inputDone = false;
    bool m_stopping = false;
    bool m_failed = false;   // set once, never cleared: on either side
    bool m_finished = false; // the thread is past its last statement
    bool m_built = false;
    QString m_error;
    qint64 m_waitingMs = 0;
    qint64 m_indexingMs = 0;
    qint64 m_mergingMs = 0;
    std::thread m_thread;
};
