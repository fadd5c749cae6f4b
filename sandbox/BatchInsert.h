#pragma once
// Inserts rows many at a time through one prepared statement that is reused for every batch:
//   INSERT INTO t (...) SELECT <expressions over column1..columnN> FROM (VALUES (...), (...), ...)
// For bulk loads (the seeder). The SELECT list lets a column be derived from another (ukey from
// username) or be a constant instead of a value bound per row, and each execution carries
// rowsPerStatement rows.
//
// Values are bound through SQLite's C API on QtSql's own connection where it can be reached
// (SqliteApi: QSqlResult's per-value bookkeeping costs several times what SQLite does per row),
// else through QSqlQuery with placeholder names built once. Both bind the same way QtSql does:
// a QByteArray as a BLOB (NULL when null), a QString as TEXT, numbers and bools as integers;
// text columns are written as CAST(columnN AS TEXT) over UTF-8 bytes.

#include "SqliteApi.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>
#include <vector>

class BatchInsert
{
public:
    // `head` is everything before the VALUES list, ending in "FROM"; its own placeholders (for
    // values shared by every row) are bound with bindShared() before the first add().
    BatchInsert(const QSqlDatabase& db, const QString& head, int columns, int rowsPerStatement = 16);
    ~BatchInsert();
    BatchInsert(const BatchInsert&) = delete;
    BatchInsert& operator=(const BatchInsert&) = delete;

    void bindShared(const QString& placeholder, const QVariant& value);
    // Queues one row of exactly `columns` values; runs the statement once a batch is full.
    template <typename... Values> bool add(const Values&... values)
    {
        Q_ASSERT(int(sizeof...(values)) == m_columns);
        QVariant* slot = m_values.data() + qsizetype(m_queued) * m_columns;
        ((*slot++ = QVariant(values)), ...); // moved in: no second copy of each value
        return queued();
    }
    // Inserts what is still queued.
    bool finish();
    QString error() const { return m_error; }

private:
    // One prepared statement for `rows` rows, through whichever path this loader uses.
    struct Statement
    {
        int rows = 0;
        sqlite3_stmt* native = nullptr;
        std::vector<int> indexes; // parameter numbers of the per-row values (native only)
        std::optional<QSqlQuery> query;
    };
    bool queued();
    bool prepare(Statement& statement, int rows);
    bool run(Statement& statement);
    bool bindNative(sqlite3_stmt* statement, int index, const QVariant& value);
    void release(Statement& statement);
    bool nativeFailed();

    QSqlDatabase m_db;
    std::optional<SqliteApi> m_api;
    QString m_head;
    int m_columns;
    int m_rowsPerStatement;
    QStringList m_names; // ":v0", ":v1", ... one per value of a full batch
    std::vector<QVariant> m_values;
    int m_queued = 0;
    Statement m_full;
    QList<QPair<QString, QVariant>> m_shared;
    QString m_error;
};
