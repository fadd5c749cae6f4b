#pragma once
// A server stand-in for SyncJob tests: serves a list of users page by page, after a delay,
// and can fail on a chosen page, cap its pages, answer a request before the one asked
// before it, or hold pages back until the test lets them go.

#include "sources/UserSource.h"

#include <QList>
#include <functional>

class FakeUserSource : public UserSource
{
public:
    QList<User> users;
    QList<Session> sessions;
    bool listsSessions = false;
    int delayMs = 0;
    int failOnPage = -1; // 0-based page index that answers with an error
    int failSessionsOnPage = -1;
    bool reportTotal = true;
    int pageCap = 0;              // at most this many users a page, whatever was asked (0: none)
    bool evenPagesLate = false;   // pages 0, 2, 4… answer 30 ms later than the rest
    int slowPage = -1;            // this page of users answers 300 ms late…
    int requestsWhileSlow = 0;    // …and the requests for users made meanwhile are counted
    bool answersAtOnce = false;   // inside the call, as a source that knows the answer may
    int heldFromPage = -1;        // pages of users from this one wait for release() (and count
                                  // in mostRequestsAtOnce only from then)
    int sessionsHeldFromPage = -1; // the same for pages of sessions
    int requests = 0;
    int sessionRequests = 0;
    int mostRequestsAtOnce = 0;   // of users or sessions pages, on their way together

    // Lists `count` sessions ("s0", "s1"…), one for each user in turn.
    void listSessions(int count);
    // Answers the pages held back, and every page from now on.
    void release();

    void fetchUsers(const UserQuery& query, QObject* context, Callback<UserPage> done) override;
    void fetchUser(const User& user, QObject* context, Callback<User> done) override;
    bool canListAllSessions() const override { return listsSessions; }
    void fetchAllSessions(qint64 offset, int limit, QObject* context, Callback<QList<Session>> done) override;

private:
    template<typename T>
    void answer(int page, QObject* context, Callback<T> done, const Result<T>& result);
    // Keeps the answer for release() when `page` is at or past `heldFrom`.
    template<typename T>
    bool hold(int page, int heldFrom, QObject* context, Callback<T>& done, const Result<T>& result);
    int m_onTheirWay = 0;
    QList<std::function<void()>> m_held;
    bool m_slowOut = false;
};
