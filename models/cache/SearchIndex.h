#pragma once
// The cache's full-text index. users_fts (FTS5) indexes username, email, display name and the
// attributes' values; its rowid is users.user_key. Keys are dense (a first sync numbers the
// users 1, 2, 3… in username order, later ones follow): FTS5 stores each match as the distance
// to the previous one, so a dense rowid costs a byte where the spread-out keys of schemas 3
// and 4 (2^32 apart, to keep username order) cost five. A million users' index: 84 MB instead
// of 324, and read faster (tests/bench/README.md, "A search index keyed by user_key").
// Sorted pages are read by walking a sort column's index against the set of matches
// (CachedUserSource, MatchSet), username included.
//
// The index uses detail=none (no positions: searches are word prefixes, never phrases) and
// prefix indexes for one to six letters, so that every keystroke of a name reads a ready
// doclist instead of merging thousands of terms (measured in tests/bench/bench_cache_read).

#include "CacheSchema.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class SearchIndex
{
public:
    // Makes users_fts anew (dropping a previous index and its triggers) and fills it from the
    // users table, in the caller's transaction: a pass of CacheSchema::PassCost::searchIndex.
    static bool create(QSqlDatabase& db, QString* error, const CacheSchema::Passes& passes = {});
    // Around a fill of every row at once (a first sync's 'rebuild', create()): FTS5 merges its
    // segments as they come; merging them once at the end ('optimize') took 7.0 s instead of
    // 10.2 for a million users, and leaves one segment to read. After: the usual merging again.
    static QStringList beforeFillingAtOnce(const QString& table = QStringLiteral("users_fts"));
    static QStringList afterFillingAtOnce(); // mergeIntoOne(), then mergingAsUsual()
    static QString mergeIntoOne(const QString& table = QStringLiteral("users_fts")); // 'optimize'
    static QStringList mergingAsUsual();
    // The CREATE VIRTUAL TABLE of the index's columns and options under `table`, with FTS5's
    // `content` option: users_fts reads its texts from users; SearchIndexBuilder's copy, built
    // on a connection of its own, keeps none. Same options, same index data.
    static QString createStatement(const QString& table = QStringLiteral("users_fts"),
                                   const QString& content = QStringLiteral("content='users', content_rowid='user_key'"));
    static QString columns(); // "username, email, name, attribute_text", in the index's order
    // Drop the index and its triggers (before a column they read can go).
    static QStringList dropStatements();
    // The triggers that keep the index in step with users' later changes.
    static QStringList triggerStatements();
    // SQL for the text of the attributes' values, from a JSON object expression, in a statement
    // over the users table: UserRowCodec::attributeText itself, through an SQL function that
    // addAttributeTextFunction() adds to the connection, so that an upgrade writes what a sync
    // would. (SQL's json_tree gave the same words for most values, but a rule about the user's
    // times could not be written the same way in both.)
    static QString attributeTextOf(const QString& json);
    static bool addAttributeTextFunction(const QSqlDatabase& db);
};
