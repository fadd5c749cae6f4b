#pragma once
// Revokes a list of sessions (of one user or of many), a few calls at a time, cancellable, and
// then verifies: the server's list is read again and any session it still reports is a
// failure, not a success. Each session gets its own outcome for the report. No widgets: the
// Sessions screen and tab show it, tests drive it.

#include "values/Result.h"
#include "values/Session.h"
#include "values/User.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class Connection;

class SessionRevocation : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Pending,
        Running,
        Revoked,     // the server accepted and no longer lists it
        Failed,      // the server refused or could not be reached: `message` says why
        StillActive, // the server accepted, yet still lists it as active
        Unverified,  // the server accepted, but its list could not be read again
        Cancelled,   // not started before cancel()
    };
    Q_ENUM(Status)

    struct Item
    {
        User owner;
        Session session;
        Status status = Status::Pending;
        QString message;
    };

    using ListDone = std::function<void(const Result<QList<Session>>&)>;
    // Reads the sessions again after the calls, to see what the server still reports.
    using Reread = std::function<void(QObject* context, ListDone done)>;

    SessionRevocation(Connection* connection, const QList<Item>& items, Reread reread,
                      QObject* parent = nullptr);
    // The owner of a session listed across users, as far as the session names them.
    static User ownerOf(const Session& session);

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    const QList<Item>& items() const { return m_items; }
    int count(Status status) const;
    // The server's list as read for the verification (empty when it was not read).
    const QList<Session>& listing() const { return m_listing; }
    bool hasListing() const { return m_hasListing; }
    // One line per session: "ada — session 1f3a… revoked", "bob — FAILED: still listed".
    QStringList report() const;
    // "3 of 4 sessions revoked, 1 failed", for a status line.
    QString summary() const;
    static QString statusText(Status status);

signals:
    void progressChanged(int finished, int total);
    void finished();

private:
    void launchMore();
    void verify();

    QPointer<Connection> m_connection;
    QList<Item> m_items;
    Reread m_reread;
    QList<Session> m_listing;
    bool m_hasListing = false;
    int m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    bool m_cancelled = false;
    bool m_verifying = false;
    bool m_finished = false;
};
