#pragma once
// The few SQLite C functions the bulk loader (BatchInsert) calls on the connection that QtSql
// opened, so that seeding a million rows costs what SQLite costs: through QSqlQuery each bound
// value also pays for QSqlResult's bookkeeping, about four times SQLite's own work per row.
//
// The functions are taken at run time from the SQLite library that Qt's QSQLITE driver itself
// runs on (the plugin's own symbol scope), never from another copy: the handle is only valid
// there. That needs no SQLite headers or -dev package at build time. Where the driver's SQLite
// cannot be reached (a Qt built with SQLite linked into the plugin and hidden), of() answers
// nothing and BatchInsert uses QtSql instead; so does everything when the environment variable
// AUTHDESK_SANDBOX_NO_SQLITE_API is set, which lets the tests compare both paths.

#include <optional>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

struct SqliteApi
{
    static constexpr int ok = 0;     // SQLITE_OK
    static constexpr int done = 101; // SQLITE_DONE

    sqlite3* db = nullptr;
    int (*prepare)(sqlite3*, const char*, int, sqlite3_stmt**, const char**) = nullptr;
    int (*parameterIndex)(sqlite3_stmt*, const char*) = nullptr;
    int (*bindInt64)(sqlite3_stmt*, int, long long) = nullptr;
    int (*bindBlob)(sqlite3_stmt*, int, const void*, int, void (*)(void*)) = nullptr;
    int (*bindText)(sqlite3_stmt*, int, const char*, int, void (*)(void*)) = nullptr;
    int (*bindNull)(sqlite3_stmt*, int) = nullptr;
    int (*step)(sqlite3_stmt*) = nullptr;
    int (*reset)(sqlite3_stmt*) = nullptr;
    int (*finalize)(sqlite3_stmt*) = nullptr;
    const char* (*errmsg)(sqlite3*) = nullptr;

    // The API for this connection, or nothing when it is not reachable (see above).
    static std::optional<SqliteApi> of(const QSqlDatabase& db);
};
