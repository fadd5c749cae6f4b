#pragma once
// The cache's table layout and its history. Each schema version is one migration step; a new
// cache runs every step from 1, an older cache only the steps it lacks, so both end up with
// the same layout and an upgrade never throws cached data away. PRAGMA user_version holds the
// version a file has reached.
//
// Version 1: users (roles as comma-separated text) and syncs.
// Version 2: users keyed by an integer for FTS5 (users_fts over username, email, name and
//            attributes), user_roles, sessions, api_keys, user_history, cache_info, deleted_at.
//            The id is unique by users_by_id (in files made since 2026-12-07; older ones
//            keep the table's UNIQUE and its sqlite_autoindex_users_1).
// Version 3: the FTS index has no positions and covers attribute values (users.attribute_text),
//            not their keys (SearchIndex). As first released it was keyed by users.search_key,
//            a number kept in username order.
// Version 4: username, email and name sort in the user's language: their indexes hold the
//            sort keys sort_key() makes (LocaleCollation). cache_info's "collation" names the
//            rules the keys were made with; a file made under others is keyed again
//            (recollate()). As first released, users.username_key, email_key and name_key kept
//            the keys too, and the indexes were on them.
// Version 5: the FTS index is keyed by user_key; search_key and its index are gone.
// Version 6: user_roles is keyed by role, then user (how it is read), and made again from
//            users.roles; its index by role and its last_seen_at (never read) are gone.
// Version 7: the attributes' search text leaves out the id and the times.
// Version 8: the sort key columns of version 4 are gone; the indexes make the keys themselves.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <functional>

class CacheSchema
{
    Q_DECLARE_TR_FUNCTIONS(CacheSchema)
public:
    static constexpr int CurrentVersion = 8;
    // cache_info's key for LocaleCollation::identity() of the keys the file holds.
    static const QString collationKey;

    // The version the file has reached; 0 for an empty file, -1 when it cannot be read.
    static int version(const QSqlDatabase& db);
    // Called before each step and again before the step commits, with the version the step
    // brings the file to; false stops there, the step rolled back.
    using StepObserver = std::function<bool(int version)>;
    // Told the work a step did since the last call, for a progress bar: user rows times what
    // their pass costs (PassCost). A step reads every user a few times: each UPDATE or INSERT
    // over them, and the indexes built on them, is a pass; the long ones report every few
    // thousand rows.
    using RowObserver = std::function<void(qint64 rows)>;

    // Runs the missing steps, each in its own transaction, then makes the sort keys again if
    // they were made under other rules than LocaleCollation::current()'s (the observer then sees
    // CurrentVersion). On failure the file stays at the last complete step and `error` says why.
    static bool migrate(QSqlDatabase& db, QString* error, const StepObserver& beforeStep = {},
                        const RowObserver& rowsDone = {});
    // Runs the steps up to `version` only; tests use it to make an old cache.
    static bool migrateTo(QSqlDatabase& db, int version, QString* error, const StepObserver& beforeStep = {},
                          const RowObserver& rowsDone = {});
    // What migrate() will report for this file in all: its users times the cost of the passes
    // its missing steps make over them (0 when nothing is missing).
    static qint64 plannedRows(const QSqlDatabase& db, qint64* users = nullptr);

    // What one pass over every user costs, in builds of one column's index: the time each took
    // at a million users (tests/bench/bench_upgrade). A progress bar moves by these shares.
    struct PassCost
    {
        static constexpr int index = 1;
        static constexpr int roles = 3;          // the roles read from users.roles into their own table
        static constexpr int dropSearchIndex = 3; // an old search index and its indexes dropped
        static constexpr int rewrite = 4;         // a column dropped: every row written again
        static constexpr int copy = 5;            // every row read, decoded and written again
        static constexpr int sortKeyIndex = 2;   // an index on sort_key(column): the keys made as it is built
        static constexpr int attributeText = 5;
        static constexpr int searchIndex = 13;
    };
    // A step's passes over the users, reported to an observer.
    struct Passes
    {
        qint64 users = 0; // rows in users as the upgrade began
        RowObserver rowsDone;
        void report(qint64 rows) const
        {
            if (rowsDone && rows > 0)
                rowsDone(rows);
        }
    };
    // Runs `sql` over every user in slices of user_key (it binds ?1 < user_key <= ?2), reporting
    // each slice's changed rows (an UPDATE of users or an INSERT ... SELECT from them) times `cost`.
    // With Counted::UsersInSlice, each slice reports the users in it instead: for an UPDATE that
    // leaves the rows it need not change as they are.
    enum class Counted { RowsChanged, UsersInSlice };
    static bool runOverUsers(QSqlDatabase& db, const QString& sql, int cost, const Passes& passes,
                             QString* error, Counted counted = Counted::RowsChanged);
    // Runs the statements as one pass of `cost`, reported when they are done.
    static bool runPass(QSqlDatabase& db, const QStringList& statements, int cost, const Passes& passes,
                        QString* error);
    // The rules a current file's sort keys were made with (empty before version 4).
    static QString collation(const QSqlDatabase& db);
    // A current file whose keys were made under other rules than this process sorts by.
    static bool needsCollating(const QSqlDatabase& db);
    // The three text indexes built again, their sort keys made with LocaleCollation::current(),
    // in the caller's write transaction: three PassCost::sortKeyIndex.
    static bool collate(QSqlDatabase& db, QString* error, const Passes& passes);
    static bool collate(QSqlDatabase& db, QString* error) { return collate(db, error, Passes()); }
    // A users.roles column as json_each() can read it: its text, or no roles where it is not
    // JSON (a damaged file), so that one bad row cannot stop a statement over many.
    static QString readableRoles(const QString& column);
    // Runs the statements in order; on failure `error` names the statement.
    static bool run(QSqlDatabase& db, const QStringList& statements, QString* error);

private:
    static bool createVersion1(QSqlDatabase& db, QString* error, const Passes& passes);
    static bool upgradeToVersion2(QSqlDatabase& db, QString* error, const Passes& passes);
    static bool upgradeToVersion3(QSqlDatabase& db, QString* error, const Passes& passes);
    static bool upgradeToVersion4(QSqlDatabase& db, QString* error, const Passes& passes);
    static bool upgradeToVersion5(QSqlDatabase& db, QString* error, const Passes& passes);
    static bool upgradeToVersion6(QSqlDatabase& db, QString* error, const Passes& passes);
    static bool upgradeToVersion7(QSqlDatabase& db, QString* error, const Passes& passes);
    static bool upgradeToVersion8(QSqlDatabase& db, QString* error, const Passes& passes);
    // Every user's attribute_text (SearchIndex::attributeTextOf), then the search index over
    // it: PassCost::attributeText and PassCost::searchIndex.
    static bool fillSearchText(QSqlDatabase& db, QString* error, const Passes& passes);
    static bool recollate(QSqlDatabase& db, QString* error, const StepObserver& beforeStep,
                          const Passes& passes);
    // What the step to `version` costs in this file, in PassCost per user.
    static int costOf(const QSqlDatabase& db, int version);
    static bool hasUserColumn(const QSqlDatabase& db, const QString& column, bool* has, QString* error);
    static bool hasSearchKey(const QSqlDatabase& db, bool* has, QString* error);
    // Whether users keeps the sort key columns of version 4 as first released.
    static bool hasKeyColumns(const QSqlDatabase& db, bool* has, QString* error);
};
