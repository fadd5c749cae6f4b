#pragma once
// Where a sync reads the server's users from. ConnectionUserSource is the real one (a signed-in
// Connection); tests and benchmarks can substitute their own. Every call is asynchronous and
// answers once through its callback, on the thread of `context`, unless `context` is gone.

#include "values/Result.h"
#include "values/UserQuery.h"
#include "values/ApiKey.h"
#include "values/Session.h"
#include "values/User.h"

#include <QList>
#include <functional>

class QObject;

class UserPageSource
{
public:
    template <typename T> using Callback = std::function<void(const Result<T>&)>;

    virtual ~UserPageSource() = default;

    virtual void fetchUsers(const UserQuery& query, QObject* context, Callback<UserPage> done) = 0;
    virtual void fetchUser(const User& user, QObject* context, Callback<User> done) = 0;

    // Sessions across all users and the signed-in identity's keys, where the server lists them
    // cheaply; a full sync then caches them too.
    virtual bool canListAllSessions() const { return false; }
    virtual void fetchAllSessions(qint64 offset, int limit, QObject* context, Callback<QList<Session>> done);
    virtual bool canListApiKeys() const { return false; }
    virtual void fetchApiKeys(QObject* context, Callback<QList<ApiKey>> done);
};
