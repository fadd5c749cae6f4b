#pragma once
// What a failed SQLite open or statement means for the person at the keyboard: a damaged file,
// a file another program holds, a full disk, a read-only file or folder. SQLite's own words
// ("file is not a database Unable to execute statement") follow in brackets for the log and a
// bug report; the sentence before them says what happened and what to do. Used wherever the
// caches and the audit log report an SQL error, so each situation is said the same way.

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

class SqliteProblem
{
    Q_DECLARE_TR_FUNCTIONS(SqliteProblem)
public:
    enum class Kind { Damaged, Busy, DiskFull, ReadOnly, CannotOpen, DiskError, Other };

    static Kind kindOf(const QSqlError& error);
    // "the file is damaged or is not an AuthDesk database; … (SQLite: file is not a database)"
    static QString explain(const QSqlError& error);
};
