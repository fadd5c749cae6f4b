#pragma once
// Reads every session across users, page after page, from a server that can list them
// (Capability::ListAllSessions); cancellable, with progress. Guards against a server that
// ignores the offset and sends the same page forever.

#include "values/Result.h"
#include "values/Session.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class Connection;

class AllSessionsFetch : public QObject
{
    Q_OBJECT
public:
    using Finished = std::function<void(const Result<QList<Session>>&)>;

    explicit AllSessionsFetch(Connection* connection, int pageSize = 200, QObject* parent = nullptr);
    // Starts reading from the first page; `done` gets every session or the first error.
    void start(Finished done);
    void cancel();
    bool isRunning() const { return m_running; }

    // Starts a fetch owned by `context` that deletes itself when done: for one-off re-reads.
    static void fetchAll(Connection* connection, QObject* context, Finished done);

signals:
    void progress(int sessionsRead);

private:
    void fetchPage();
    void finish(const Result<QList<Session>>& result);

    QPointer<Connection> m_connection;
    int m_pageSize;
    QList<Session> m_sessions;
    QString m_firstIdOfLastPage;
    Finished m_done;
    bool m_running = false;
    quint64 m_generation = 0; // answers of a cancelled run are ignored
};
