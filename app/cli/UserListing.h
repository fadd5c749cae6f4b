#pragma once
// Lists users for `users list` and `export` through the console's UserListController: page
// after page from the server, or the cached copy with --offline, printed in UserColumns'
// layout, the one the console's Export writes.

#include "cache/CacheFilter.h"
#include "values/User.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class CliContext;
class UserListController;

class UserListing
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    struct Request
    {
        QString search;
        int pageSize = 100; // users per request to the server
        bool everyPage = true;
        qint64 max = -1; // at most this many users; -1: no limit
        CacheFilter scope; // the cached users to list (--offline only)
    };

    // Prints the users (the server's, or the cache's with --offline) and finishes the run.
    static void run(CliContext& cli, const Request& request);
    static void print(CliContext& cli, const QList<User>& users);

private:
    // Lists from what `users` reads, then prints and finishes; `users` goes with the run.
    static void list(CliContext& cli, UserListController* users, const Request& request);
};
