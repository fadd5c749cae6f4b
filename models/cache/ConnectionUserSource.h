#pragma once
// The server side of a sync: a signed-in Connection, through its typed operations. Sessions
// and keys are offered when the dialect lists them (Capability::ListAllSessions, ListApiKeys).

#include "UserPageSource.h"

#include <QPointer>

class Connection;

class ConnectionUserSource : public UserPageSource
{
public:
    explicit ConnectionUserSource(Connection* connection);

    void fetchUsers(const UserQuery& query, QObject* context, Callback<UserPage> done) override;
    void fetchUser(const User& user, QObject* context, Callback<User> done) override;
    bool canListAllSessions() const override;
    void fetchAllSessions(qint64 offset, int limit, QObject* context, Callback<QList<Session>> done) override;
    bool canListApiKeys() const override;
    void fetchApiKeys(QObject* context, Callback<QList<ApiKey>> done) override;

private:
    bool available(const std::function<void(const ApiError&)>& fail) const;
    QPointer<Connection> m_connection;
};
