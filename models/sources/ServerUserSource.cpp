#include "ServerUserSource.h"

#include "remote/Connection.h"

ServerUserSource::ServerUserSource(Connection* connection, QObject* parent)
    : UserSource(parent)
    , m_connection(connection)
{
}

Capabilities ServerUserSource::capabilities() const
{
    return m_connection ? m_connection->capabilities() : Capabilities();
}

bool ServerUserSource::available(const std::function<void(const ApiError&)>& fail) const
{
    if (m_connection)
        return true;
    fail(ApiError::make(ApiError::Kind::Cancelled, tr("The connection to the server was closed.")));
    return false;
}

void ServerUserSource::fetchUsers(const UserQuery& query, QObject* context, Callback<UserPage> done)
{
    if (available([&](const ApiError& e) { done(e); }))
        m_connection->listUsers(query, context, std::move(done));
}

void ServerUserSource::fetchUser(const User& user, QObject* context, Callback<User> done)
{
    if (available([&](const ApiError& e) { done(e); }))
        m_connection->getUser(user, context, std::move(done));
}

bool ServerUserSource::canListAllSessions() const
{
    return m_connection && m_connection->capabilities().supports(Capability::ListAllSessions);
}

void ServerUserSource::fetchAllSessions(qint64 offset, int limit, QObject* context,
                                        Callback<QList<Session>> done)
{
    if (available([&](const ApiError& e) { done(e); }))
        m_connection->listAllSessions(offset, limit, context, std::move(done));
}

bool ServerUserSource::canListApiKeys() const
{
    return m_connection && m_connection->capabilities().supports(Capability::ListApiKeys);
}

void ServerUserSource::fetchApiKeys(QObject* context, Callback<QList<ApiKey>> done)
{
    if (available([&](const ApiError& e) { done(e); }))
        m_connection->listApiKeys(nullptr, context, std::move(done));
}
