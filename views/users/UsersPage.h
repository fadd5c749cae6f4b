#pragma once
// The Users screen: a table that loads pages as it scrolls, search as you type (server-side
// where the dialect can, local otherwise, and it says which), quick filters, a detail panel,
// and create / edit / enable-disable / delete with confirmation and a per-user report.

#include <QPointer>
#include <QWidget>

class Connection;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class UserDetailPanel;
class UserFilterModel;
class UserTableModel;
struct User;

class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(QWidget* parent = nullptr);
    void setConnection(Connection* connection);
    QTableView* table() const { return m_table; }
    UserTableModel* model() const { return m_model; }

public slots:
    void refresh();

signals:
    void usersLoaded(int count);
    void statusMessage(const QString& message);

private:
    void updateActions();
    void showSelected();
    QList<User> selectedUsers() const;
    void createUser();
    void editUser();
    void deleteUsers();
    void setEnabled(bool enabled);
    void copyRows();
    void applySearch();

    QPointer<Connection> m_connection;
    UserTableModel* m_model;
    UserFilterModel* m_filter;
    QTableView* m_table;
    UserDetailPanel* m_detail;
    QLineEdit* m_search;
    QLabel* m_searchMode;
    QComboBox* m_stateFilter;
    QLabel* m_info;
    QTimer* m_searchDelay;
    QAction* m_create;
    QAction* m_edit;
    QAction* m_delete;
    QAction* m_enable;
    QAction* m_disable;
    QAction* m_refresh;
    QAction* m_copy;
    bool m_reportedLoad = false;
};
