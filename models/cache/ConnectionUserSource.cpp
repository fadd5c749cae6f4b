#include "ConnectionUserSource.h"

#include "remote/Connection.h"

#include <QCoreApplication>

ConnectionUserSource::ConnectionUserSource(Connection* connection)
    : m_connection(connection)
{
}

bool ConnectionUserSource::available(const std::function<void(const ApiError&)>& fail) const
{
    if (m_connection)
        return true;
    fail(ApiError::make(
        ApiError::Kind::Cancelled,
        QCoreApplication::translate("ConnectionUserSource", "The connection to the server was closed.")));
    return false;
}

void ConnectionUserSource::fetchUsers(const UserQuery& query, QObject* context, Callback<UserPage> done)
{
    if (available([&](const ApiError& e) { done(e); }))
        m_connection->listUsers(query, context, std::move(done));
}

void ConnectionUserSource::fetchUser(const User& user, QObject* context, Callback<User> done)
{
    if (available([&](const ApiError& e) { done(e); }))
        m_connection->getUser(user, context, std::move(done));
}

bool ConnectionUserSource::canListAllSessions() const
{
    return m_connection && m_connection->capabilities().supports(Capability::ListAllSessions);
}

void ConnectionUserSource::fetchAllSessions(qint64 offset, int limit, QObject* context,
                                            Callback<QList<Session>> done)
{
    if (available([&](const ApiError& e) { done(e); }))
        m_connection->listAllSessions(offset, limit, context, std::move(done));
}

bool ConnectionUserSource::canListApiKeys() const
{
    return m_connection && m_connection->capabilities().supports(Capability::ListApiKeys);
}

void ConnectionUserSource::fetchApiKeys(QObject* context, Callback<QList<ApiKey>> done)
{
    if (available([&](const ApiError& e) { done(e); }))
        m_connection->listApiKeys(nullptr, context, std::move(done));
}
