#pragma once
// A user's sessions: when each started, last activity, expiry, address and client, which one is
// the console's own; revoke the selected ones, or sign the user out everywhere. After revoking,
// the list is read again and any session the server still reports is shown as a failure, not
// a success.

#include "values/Session.h"
#include "values/User.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class Connection;
class QLabel;
class QPushButton;
class SessionTableView;

class SessionsTab : public QWidget
{
    Q_OBJECT
public:
    explicit SessionsTab(QWidget* parent = nullptr);
    void show(Connection* connection, const User& user);
    int sessionCount() const;
    SessionTableView* table() const { return m_table; }

signals:
    void loaded(int count);

private:
    void reload(std::function<void(const QList<Session>&)> then = {});
    void revokeSelected();
    void revokeAll();
    void updateButtons();

    QPointer<Connection> m_connection;
    User m_user;
    SessionTableView* m_table;
    QLabel* m_info;
    QPushButton* m_revoke;
    QPushButton* m_revokeAll;
};
