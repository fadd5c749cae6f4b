#pragma once
// A fake user listing for the item-model tests: deterministic users, pages answered
// asynchronously (as a real server would), optional server search, total and failures.

#include "items/UserTableModel.h"

#include <QList>
#include <QObject>

class FakeUserServer : public QObject
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
    QList<UserQuery> requests;

    Capabilities capabilities() const;
    UserTableModel::PageLoader loader();
    // Wires the model to this server.
    void attach(UserTableModel* model) { model->setPageLoader(loader(), capabilities()); }

private:
    UserPage answer(const UserQuery& query) const;
};
