#pragma once
// An export of the users table's filtered rows, every page fetched first, under a progress
// dialog whose Cancel stops it.

#include <QCoreApplication>
#include <functional>

class QWidget;
class UserFilterModel;
class UserTableModel;

// Without Q_OBJECT: its sentences keep the UsersPage translation context they were translated in.
class UserExportProgress
{
    Q_DECLARE_TR_FUNCTIONS(UsersPage)

public:
    // Writes `rows` to `path` (JSON when `selectedFilter` names it, else by the file's suffix);
    // `done` gets the sentence that says what was written, or why nothing was.
    static void start(UserTableModel* users, UserFilterModel* rows, QWidget* parent, const QString& path,
                      const QString& selectedFilter, std::function<void(const QString& outcome)> done);
};
