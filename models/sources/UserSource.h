#pragma once
// Where users come from, one page at a time: the server (ServerUserSource), the profile's
// cache (CachedUserSource) or a test's stand-in. The users table, the sync, the console's
// list controller and the CLI all read through this one interface. Every call is asynchronous
// and answers once through its callback, on the thread of `context`, unless `context` is gone;
// a failure is an ApiError for the caller to show, never an empty page.

#include "remote/Capabilities.h"
#include "values/ApiKey.h"
#include "values/Result.h"
#include "values/Session.h"
#include "values/User.h"
#include "values/UserQuery.h"

#include <QList>
#include <QObject>
#include <functional>

class UserSource : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const Result<T>&)>;

    explicit UserSource(QObject* parent = nullptr);
    ~UserSource() override;

    // What a listing may ask of it (ListUsers, ServerSearch, ServerSort, TotalCount, GetUser),
    // and every other capability of the console, with the reason where one is missing. The
    // default lists users and reads one, nothing more.
    virtual Capabilities capabilities() const;
    // Whether a search costs milliseconds (an index on this machine) rather than a round trip:
    // then it is asked on every keystroke.
    virtual bool searchesInstantly() const { return false; }

    virtual void fetchUsers(const UserQuery& query, QObject* context, Callback<UserPage> done) = 0;
    virtual void fetchUser(const User& user, QObject* context, Callback<User> done) = 0;

    // Sessions across all users and the signed-in identity's keys, where the source lists them
    // cheaply; a full sync then caches them too.
    virtual bool canListAllSessions() const { return false; }
    virtual void fetchAllSessions(qint64 offset, int limit, QObject* context, Callback<QList<Session>> done);
    virtual bool canListApiKeys() const { return false; }
    virtual void fetchApiKeys(QObject* context, Callback<QList<ApiKey>> done);
};
