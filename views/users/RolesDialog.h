#pragma once
// Checkable editor of one user's roles or scopes: every role the server knows, with the ones it
// grants but never accepts in a request (Gemini's city and admin) shown read-only with the
// reason. The change goes to the server as one request; on failure the dialog stays open with
// the boxes as the user left them and the server's answer under them.

#include "values/User.h"

#include <QDialog>
#include <QPointer>

class Connection;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QListWidgetItem;

class RolesDialog : public QDialog
{
    Q_OBJECT
public:
    RolesDialog(Connection* connection, const User& user, QWidget* parent = nullptr);
    // The user as the server answered after the change.
    User result() const { return m_result; }
    QStringList checkedRoles() const;

private:
    void itemChanged(QListWidgetItem* item);
    void submit();

    QPointer<Connection> m_connection;
    User m_user;
    User m_result;
    bool m_single;
    QListWidget* m_list;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};
