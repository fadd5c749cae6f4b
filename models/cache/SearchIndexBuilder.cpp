#include "SearchIndexBuilder.h"

#include "SearchIndex.h"

#include <QElapsedTimer>
#include <chrono>
#include <sqlite3.h>

namespace {
constexpr int rowsPerRead = 4096;
// A read also ends past this many bytes of text: users with very long attributes stay within
// the queue's bound, and a batch's offsets within an int.
constexpr qsizetype bytesPerRead = 4 * 1024 * 1024;
const char* const builderTable = "search";

bool execute(sqlite3* db, const QString& sql)
{
    return sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}
} // namespace

SearchIndexBuilder::SearchIndexBuilder(sqlite3* source, std::function<bool()> goesOn, QString sourceTable)
    : m_source(source)
    , m_goesOn(std::move(goesOn))
    , m_sourceTable(std::move(sourceTable))
{
}

SearchIndexBuilder::~SearchIndexBuilder()
{
    stop();
    sqlite3_finalize(m_read);
    sqlite3_finalize(m_insert);
    sqlite3_close_v2(m_side);
}

void SearchIndexBuilder::stop()
{
    m_stopRequested = true;
    {
        const std::lock_guard lock(m_lock);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_side)
        sqlite3_interrupt(m_side); // a merge of a million users' segments takes seconds
    if (m_thread.joinable())
        m_thread.join();
}

bool SearchIndexBuilder::start()
{
    // "" is a private temporary database: its pages spill to a file SQLite deletes by itself.
    if (sqlite3_open_v2("", &m_side, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        return sideFailed("open");
    const QString table = QString::fromLatin1(builderTable);
    // Filled as SearchIndex::create() fills users_fts: no merging on the way, one at the end.
    const QStringList setup = QStringList{QStringLiteral("PRAGMA journal_mode = OFF"),
                                          QStringLiteral("PRAGMA synchronous = OFF"),
                                          SearchIndex::createStatement(table, QStringLiteral("content=''"))} +
                              SearchIndex::beforeFillingAtOnce(table) + QStringList{QStringLiteral("BEGIN")};
    for (const QString& statement : setup)
        if (!execute(m_side, statement))
            return sideFailed("setup");
    sqlite3_progress_handler(
        m_side, 1000, [](void* builder) { return static_cast<SearchIndexBuilder*>(builder)->m_stopRequested ? 1 : 0; },
        this);
    const QByteArray insert = QStringLiteral("INSERT INTO %1 (rowid, %2) VALUES (?, ?, ?, ?, ?)")
                                  .arg(table, SearchIndex::columns())
                                  .toUtf8();
    if (sqlite3_prepare_v2(m_side, insert.constData(), -1, &m_insert, nullptr) != SQLITE_OK)
        return sideFailed("prepare");
    const QByteArray read = (QStringLiteral("SELECT user_key, ") + SearchIndex::columns() +
                             QStringLiteral(" FROM ") + m_sourceTable + QStringLiteral(" WHERE user_key > ? ORDER BY user_key"))
                                .toUtf8();
    if (sqlite3_prepare_v2(m_source, read.constData(), -1, &m_read, nullptr) != SQLITE_OK)
        return sourceFailed("prepare");
    m_thread = std::thread([this] { run(); });
    return true;
}

bool SearchIndexBuilder::readRows(int count, Rows* rows)
{
    // Sized from the last read's texts, so that a batch holds what it reads and little more.
    rows->keys.reserve(count);
    rows->ends.reserve(std::size_t(count) * 4);
    rows->text.reserve(qMin(m_lastReadBytes + m_lastReadBytes / 8, bytesPerRead));
    sqlite3_bind_int64(m_read, 1, m_lastKey);
    int result = SQLITE_ROW;
    while (count-- > 0 && rows->text.size() < bytesPerRead && (result = sqlite3_step(m_read)) == SQLITE_ROW) {
        rows->keys.push_back(sqlite3_column_int64(m_read, 0));
        for (int column = 1; column <= 4; ++column) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_read, column));
            rows->text.append(text, sqlite3_column_bytes(m_read, column));
            rows->ends.push_back(int(rows->text.size()));
        }
    }
    // Reset after every read: no statement of the builder's stays open across the commit's own
    // (CREATE INDEX on users among them).
    sqlite3_reset(m_read);
    if (result != SQLITE_ROW && result != SQLITE_DONE)
        return sourceFailed("read");
    if (!rows->keys.empty())
        m_lastKey = rows->keys.back();
    m_lastReadBytes = rows->text.size();
    m_sourceDone = result == SQLITE_DONE;
    return true;
}

bool SearchIndexBuilder::feed()
{
    if (!m_thread.joinable())
        return true; // never started: the commit builds the index itself
    while (!m_sourceDone) {
        {
            const std::lock_guard lock(m_lock);
            if (m_failed || m_queuedBytes >= queueBytes)
                return true;
        }
        Rows rows;
        if (!readRows(rowsPerRead, &rows))
            return false;
        {
            const std::lock_guard lock(m_lock);
            m_queuedBytes += rows.text.size();
            m_queue.push_back(std::move(rows));
            // The last rows read: the builder merges as soon as it has indexed them.
            m_inputDone = m_sourceDone;
        }
        m_changed.notify_all();
    }
    return true;
}

bool SearchIndexBuilder::waitUntil(const std::function<bool()>& done)
{
    std::unique_lock lock(m_lock);
    while (!m_changed.wait_for(lock, std::chrono::milliseconds(50), done)) {
        lock.unlock();
        const bool goesOn = m_goesOn();
        lock.lock();
        if (!goesOn)
            return false;
    }
    return true;
}

bool SearchIndexBuilder::finish()
{
    if (!m_thread.joinable())
        return false;
    while (!m_sourceDone) {
        if (!waitUntil([this] { return m_failed || m_queuedBytes < queueBytes; }) || !m_goesOn()) {
            stop();
            return false;
        }
        if (!feed())
            break;
        const std::lock_guard lock(m_lock);
        if (m_failed)
            break;
    }
    {
        const std::lock_guard lock(m_lock);
        m_inputDone = true;
    }
    m_changed.notify_all();
    if (!m_goesOn() || !waitUntil([this] { return m_finished; })) {
        stop();
        return false;
    }
    m_thread.join();
    const std::lock_guard lock(m_lock);
    return m_built && !m_failed && m_sourceDone;
}

void SearchIndexBuilder::run()
{
    QElapsedTimer clock;
    clock.start();
    bool indexed = true;
    for (;;) {
        Rows rows;
        {
            std::unique_lock lock(m_lock);
            m_indexingMs += clock.restart();
            m_changed.wait(lock, [this] { return m_stopping || m_failed || !m_queue.empty() || m_inputDone; });
            m_waitingMs += clock.restart();
            if (m_stopping || m_failed || m_queue.empty())
                break;
            rows = std::move(m_queue.front());
            m_queue.pop_front();
            m_queuedBytes -= rows.text.size();
        }
        m_changed.notify_all();
        if (!(indexed = index(rows)))
            break;
    }
    bool built = false;
    bool merge = false;
    {
        const std::lock_guard lock(m_lock);
        merge = indexed && !m_stopping && !m_failed;
    }
    const QString table = QString::fromLatin1(builderTable);
    if (merge)
        built = execute(m_side, SearchIndex::mergeIntoOne(table)) &&
                execute(m_side, QStringLiteral("COMMIT"));
    const std::lock_guard lock(m_lock);
    m_mergingMs = clock.elapsed();
    if (merge && !built)
        sideFailed("merge");
    m_built = built;
    m_failed = m_failed || !built;
    m_finished = true;
    m_changed.notify_all();
}

bool SearchIndexBuilder::index(const Rows& rows)
{
    int start = 0;
    for (std::size_t row = 0; row < rows.keys.size(); ++row) {
        sqlite3_bind_int64(m_insert, 1, rows.keys[row]);
        for (int column = 0; column < 4; ++column) {
            const int end = rows.ends[row * 4 + column];
            sqlite3_bind_text(m_insert, column + 2, rows.text.constData() + start, end - start, SQLITE_STATIC);
            start = end;
        }
        const int result = sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        if (result != SQLITE_DONE) {
            const std::lock_guard lock(m_lock);
            m_failed = true;
            return sideFailed("insert");
        }
    }
    return true;
}

bool SearchIndexBuilder::copyInto()
{
    // users_fts made anew (its cached state on this connection gone with it), then FTS5's own
    // tables emptied of what CREATE wrote and given the builder's rows: the index's pages
    // (users_fts_data) and where each segment's terms start (users_fts_idx).
    QStringList statements = SearchIndex::dropStatements();
    statements << SearchIndex::createStatement() << QStringLiteral("DELETE FROM main.users_fts_data")
               << QStringLiteral("DELETE FROM main.users_fts_idx");
    for (const QString& statement : statements)
        if (!execute(m_source, statement))
            return sourceFailed("replace");
    const QString table = QString::fromLatin1(builderTable);
    for (const char* shadow : {"data", "idx"}) {
        sqlite3_stmt* read = nullptr;
        sqlite3_stmt* write = nullptr;
        const QByteArray readSql = QStringLiteral("SELECT * FROM %1_%2").arg(table, QLatin1String(shadow)).toUtf8();
        bool ok = sqlite3_prepare_v2(m_side, readSql.constData(), -1, &read, nullptr) == SQLITE_OK;
        const int columns = ok ? sqlite3_column_count(read) : 0;
        QStringList marks;
        marks.fill(QStringLiteral("?"), columns);
        const QByteArray writeSql = QStringLiteral("INSERT INTO main.users_fts_%1 VALUES (%2)")
                                        .arg(QLatin1String(shadow), marks.join(QStringLiteral(", ")))
                                        .toUtf8();
        ok = ok && sqlite3_prepare_v2(m_source, writeSql.constData(), -1, &write, nullptr) == SQLITE_OK;
        int next = SQLITE_DONE;
        while (ok && (next = sqlite3_step(read)) == SQLITE_ROW) {
            for (int column = 0; column < columns; ++column)
                sqlite3_bind_value(write, column + 1, sqlite3_column_value(read, column));
            ok = sqlite3_step(write) == SQLITE_DONE;
            sqlite3_reset(write);
        }
        ok = ok && next == SQLITE_DONE;
        sqlite3_finalize(read);
        sqlite3_finalize(write);
        if (!ok)
            return sourceFailed("copy");
    }
    for (const QString& statement : SearchIndex::mergingAsUsual() + SearchIndex::triggerStatements())
        if (!execute(m_source, statement))
            return sourceFailed("replace");
    return true;
}

QString SearchIndexBuilder::timings() const
{
    const std::lock_guard lock(m_lock);
    return QStringLiteral("waited for rows %1 ms, indexed them %2 ms, merged %3 ms")
        .arg(m_waitingMs)
        .arg(m_indexingMs)
        .arg(m_mergingMs);
}

QString SearchIndexBuilder::errorString() const
{
    const std::lock_guard lock(m_lock);
    return m_error;
}

bool SearchIndexBuilder::sideFailed(const char* what)
{
    // The caller holds m_lock where other threads may read m_error.
    m_error = QStringLiteral("search index builder (%1): %2")
                  .arg(QLatin1String(what), QString::fromUtf8(m_side ? sqlite3_errmsg(m_side) : "out of memory"));
    return false;
}

bool SearchIndexBuilder::sourceFailed(const char* what)
{
    const std::lock_guard lock(m_lock);
    m_error = QStringLiteral("search index (%1): %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(m_source)));
    m_failed = true;
    return false;
}
