#pragma once
// A server stand-in for SyncJob tests: serves a list of users page by page, after a delay,
// and can fail on a chosen page.

#include "sources/UserSource.h"

#include <QList>

class FakeUserSource : public UserSource
{
public:
    QList<User> users;
    QList<Session> sessions;
    bool listsSessions = false;
    int delayMs = 0;
    int failOnPage = -1; // 0-based page index that answers with an error
    bool reportTotal = true;
    int requests = 0;

    void fetchUsers(const UserQuery& query, QObject* context, Callback<UserPage> done) override;
    void fetchUser(const User& user, QObject* context, Callback<User> done) override;
    bool canListAllSessions() const override { return listsSessions; }
    void fetchAllSessions(qint64 offset, int limit, QObject* context, Callback<QList<Session>> done) override;
};
