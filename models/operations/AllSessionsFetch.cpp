#include "AllSessionsFetch.h"

#include "remote/Connection.h"

AllSessionsFetch::AllSessionsFetch(Connection* connection, int pageSize, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_pageSize(qMax(1, pageSize))
{
}

void AllSessionsFetch::fetchAll(Connection* connection, QObject* context, Finished done)
{
    auto* fetch = new AllSessionsFetch(connection, 200, context);
    fetch->start([fetch, done = std::move(done)](const Result<QList<Session>>& result) {
        fetch->deleteLater();
        done(result);
    });
}

void AllSessionsFetch::start(Finished done)
{
    ++m_generation;
    m_done = std::move(done);
    m_sessions.clear();
    m_firstIdOfLastPage.clear();
    m_running = true;
    fetchPage();
}

void AllSessionsFetch::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    finish(ApiError::make(ApiError::Kind::Cancelled, tr("Reading the sessions was cancelled.")));
}

void AllSessionsFetch::fetchPage()
{
    if (!m_connection) {
        finish(ApiError::make(ApiError::Kind::Network, tr("Not connected to the server.")));
        return;
    }
    const quint64 generation = m_generation;
    m_connection->listAllSessions(
        m_sessions.size(), m_pageSize, this, [this, generation](const Result<QList<Session>>& page) {
            if (generation != m_generation)
                return;
            if (!page.ok()) {
                finish(page.error());
                return;
            }
            const QList<Session>& sessions = page.value();
            if (!sessions.isEmpty() && sessions.first().id == m_firstIdOfLastPage) {
                finish(
                    ApiError::make(ApiError::Kind::Malformed,
                                   tr("The server sent the same page of sessions twice; stopped reading.")));
                return;
            }
            if (!sessions.isEmpty())
                m_firstIdOfLastPage = sessions.first().id;
            m_sessions += sessions;
            emit progress(int(m_sessions.size()));
            if (sessions.size() < m_pageSize)
                finish(m_sessions);
            else
                fetchPage();
        });
}

void AllSessionsFetch::finish(const Result<QList<Session>>& result)
{
    m_running = false;
    if (Finished done = std::exchange(m_done, nullptr))
        done(result);
}
