#include "SqliteProblem.h"

namespace {
// SQLite's primary result codes (sqlite3.h); an extended code keeps its primary one in the low byte.
enum : int {
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoError = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADatabase = 26,
};
} // namespace

SqliteProblem::Kind SqliteProblem::kindOf(const QSqlError& error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    if (!numeric)
        return Kind::Other;
    switch (code) {
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return Kind::Damaged;
    case SqliteBusy:
    case SqliteLocked:
        return Kind::Busy;
    case SqliteFull:
        return Kind::DiskFull;
    case SqliteReadOnly:
    case SqlitePerm:
        return Kind::ReadOnly;
    case SqliteCantOpen:
        return Kind::CannotOpen;
    case SqliteIoError:
        return Kind::DiskError;
    default:
        return Kind::Other;
    }
}

QString SqliteProblem::explain(const QSqlError& error)
{
    const QString words = error.text().trimmed();
    QString meaning;
    switch (kindOf(error)) {
    case Kind::Damaged:
        meaning = tr("the file is damaged or is not an AuthDesk database; AuthDesk leaves it as it is, and "
                     "moving it aside lets a new one be made");
        break;
    case Kind::Busy:
        meaning = tr("another program (another AuthDesk or authdesk-cli) holds the file and did not let go "
                     "in time; try again once it has finished");
        break;
    case Kind::DiskFull:
        meaning = tr("the disk is full; nothing was changed, free some space and try again");
        break;
    case Kind::ReadOnly:
        meaning = tr("the file or its folder is read-only; nothing was changed");
        break;
    case Kind::CannotOpen:
        meaning = tr("the file cannot be opened: check that its folder exists and is yours");
        break;
    case Kind::DiskError:
        meaning = tr("the disk reported an error while reading or writing the file");
        break;
    case Kind::Other:
        return words.isEmpty() ? tr("an unknown database error") : words;
    }
    return words.isEmpty() ? meaning : tr("%1 (SQLite: %2)").arg(meaning, words);
}
