#pragma once
// A fake user listing for the item-model tests: deterministic users, pages answered
// asynchronously (as a real server would), optional server search, total and failures.

#include "items/UserTableModel.h"
#include "sources/UserSource.h"

#include <QList>

class FakeUserServer : public UserSource
{
    Q_OBJECT
public:
    explicit FakeUserServer(int users = 0, QObject* parent = nullptr);

    // User i: "user<i>", "user<i>@example.com", names from a small list, roles by i % 3.
    static User makeUser(int i);

    QList<User> users;
    bool reportsTotal = true;
    bool searches = true;
    bool sorts = false;
    int failAtRequest = -1; // the n-th request (0-based) fails
    bool briefUnlessAsked = false; // lists leave attributes out unless UserQuery::withAttributes
    QList<UserQuery> requests;

    Capabilities capabilities() const override;
    void fetchUsers(const UserQuery& query, QObject* context, Callback<UserPage> done) override;
    void fetchUser(const User& user, QObject* context, Callback<User> done) override;
    // Wires the model to this server.
    void attach(UserTableModel* model) { model->setSource(this); }

private:
    UserPage answer(const UserQuery& query) const;
};
