#include "MatchSet.h"

#include "storage/SqliteConnection.h"

#include <sqlite3.h>

#include <algorithm>

namespace {

void inMatchSet(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    const auto* set = static_cast<const MatchSet*>(sqlite3_user_data(context));
    sqlite3_result_int(context, argc == 1 && sqlite3_value_type(argv[0]) == SQLITE_INTEGER &&
                                    set->contains(sqlite3_value_int64(argv[0])));
}

// An aggregate, so that the keys are gathered inside SQLite's own loop rather than returned
// row by row.
void collectStep(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    auto* keys = static_cast<std::vector<qint64>*>(sqlite3_user_data(context));
    if (argc == 1 && sqlite3_value_type(argv[0]) == SQLITE_INTEGER)
        keys->push_back(sqlite3_value_int64(argv[0]));
}

void collectFinal(sqlite3_context* context)
{
    sqlite3_result_int64(context, qint64(static_cast<std::vector<qint64>*>(sqlite3_user_data(context))->size()));
}

} // namespace

bool MatchSet::attach(sqlite3* connection)
{
    // Registered at every fill: a connection opened again may have the same address. SQLite
    // refuses to replace a function while a statement is running; it is then still the one
    // registered here before. SQLITE_DIRECTONLY: for this connection's own statements only,
    // never from a schema (a view or trigger in a file someone handed over).
    if (sqlite3_create_function_v2(connection, functionName, 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, this,
                                   inMatchSet, nullptr, nullptr, nullptr) == SQLITE_OK &&
        sqlite3_create_function_v2(connection, "authdesk_collect_keys", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY,
                                   &m_keys, nullptr, collectStep, collectFinal, nullptr) == SQLITE_OK) {
        m_attachedTo = connection;
        return true;
    }
    return connection == m_attachedTo;
}

qint64 MatchSet::fill(const QSqlDatabase& database, const QString& match)
{
    clear();
    sqlite3* connection = SqliteConnection::handle(database);
    if (!connection || !attach(connection))
        return -1;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(connection,
                           "SELECT authdesk_collect_keys(rowid) FROM users_fts WHERE users_fts MATCH ?1", -1,
                           &statement, nullptr) != SQLITE_OK)
        return -1;
    const QByteArray text = match.toUtf8();
    int step = sqlite3_bind_text(statement, 1, text.constData(), int(text.size()), SQLITE_STATIC);
    if (step == SQLITE_OK && (step = sqlite3_step(statement)) == SQLITE_ROW)
        step = sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (step != SQLITE_DONE) {
        clear();
        return -1;
    }
    // FTS5 yields ascending rowids; sorted anyway should a later SQLite not.
    if (!std::is_sorted(m_keys.begin(), m_keys.end()))
        std::sort(m_keys.begin(), m_keys.end());
    return size();
}

bool MatchSet::contains(qint64 key) const
{
    return std::binary_search(m_keys.begin(), m_keys.end(), key);
}

void MatchSet::clear()
{
    // The memory is kept (8 bytes a match, 3 MB for a third of a million): on this 2-core VM
    // touching it afresh at each search cost more than reading the keys (35 ms against 16).
    m_keys.clear();
}
