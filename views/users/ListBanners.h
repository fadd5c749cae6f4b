#pragma once
// What stands over the users table about the rows in it: how fresh the cached copy is (or why
// there is none), and, while the table lists only one Overview figure's users, which ones with
// a button back to everyone. Each line hides itself when it has nothing to say.

#include <QWidget>

class QLabel;
class UserListController;

class ListBanners : public QWidget
{
    Q_OBJECT
public:
    explicit ListBanners(UserListController* users, QWidget* parent = nullptr);

private:
    void update();

    UserListController* m_users;
    QLabel* m_freshness;
    QWidget* m_scope;
    QLabel* m_scopeTitle;
};
