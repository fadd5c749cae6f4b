#pragma once
// The cache's full-text index and the order it keeps. users_fts (FTS5) indexes username, email,
// display name and the attributes' values; its rowid is users.search_key, a number kept in
// username order (by users.username_key: the user's language, LocaleCollation, as the table
// sorts). FTS5 hands out matches in rowid order, so the first page of a search sorted by
// username is the first matches it meets: a prefix that matches a third of a million users
// answers as fast as one that matches ten, with no sort.
//
// Keys are spread out (rank × spread) so that users added later fit between their neighbours.
// When a gap is used up, the new users get keys past the end and renumber() rebuilds the
// order and the index; with the spacing below that takes hundreds of inserts into one gap.
//
// The index uses detail=none (no positions: searches are word prefixes, never phrases) and
// prefix indexes for one to six letters, so that every keystroke of a name reads a ready
// doclist instead of merging thousands of terms (measured in tests/bench/bench_cache_read).

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)
public:
    // Key distance between neighbours after renumber(), and the largest step between users
    // added into one gap (smaller steps keep room for the next ones added there).
    static constexpr qint64 spread = qint64(1) << 32;
    static constexpr qint64 step = qint64(1) << 24;

    // The username order of schema 4 on: its sort key. Schema 3 ordered by "username COLLATE
    // NOCASE", which its migration step still passes.
    static QString usernameOrder() { return QStringLiteral("username_key"); }

    // Makes users_fts anew (dropping a previous index and its triggers) and fills it in
    // `order`: the migration to schema 3.
    static bool create(QSqlDatabase& db, const QString& order, QString* error);
    // SQL for the text of the attributes' values (keys such as "city" would match everyone),
    // from a JSON object expression (a column or a bound value).
    static QString attributeTextOf(const QString& json);

    // Gives a search_key to each row of `table` (columns id, username_key, search_key) whose
    // search_key is NULL, between the users it sorts between. Returns false on an SQL error.
    // `*renumberNeeded` is set when a gap was used up: those rows then got keys past the end,
    // and renumber() must run once they are written.
    static bool assignKeys(QSqlDatabase& db, const QString& table, bool* renumberNeeded, QString* error);
    // Numbers every user anew in username order (`order`, an SQL expression over users) and
    // rebuilds the index and users_by_username (in the caller's transaction).
    static bool renumber(QSqlDatabase& db, QString* error, const QString& order = usernameOrder());

private:
    static QStringList triggerStatements();
    static QStringList dropTriggerStatements();
};
