#pragma once
// The server's users: a signed-in Connection, through its typed operations (the dialect's
// listUsers plan). Sessions and keys are offered when the dialect lists them
// (Capability::ListAllSessions, ListApiKeys).

#include "UserSource.h"

#include <QPointer>

class Connection;

class ServerUserSource : public UserSource
{
    Q_OBJECT
public:
    explicit ServerUserSource(Connection* connection, QObject* parent = nullptr);

    Connection* connection() const { return m_connection; }
    // The connection's, or none once it is gone.
    Capabilities capabilities() const override;
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
