#pragma once
// The selected user: every attribute the server returned (unknown ones too, read-only), the
// roles/scopes, and the actions the server allows for this user.

#include "values/User.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTreeWidget;
class QListWidget;
class SessionsTab;

class UserDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit UserDetailPanel(QWidget* parent = nullptr);
    void setUser(const User& user);
    QTabWidget* tabs() const { return m_tabs; }
    SessionsTab* sessions() const { return m_sessions; }

private:
    QLabel* m_title;
    QLabel* m_subtitle;
    QTabWidget* m_tabs;
    QTreeWidget* m_attributes;
    QListWidget* m_roles;
    QListWidget* m_actions;
    SessionsTab* m_sessions;
};
