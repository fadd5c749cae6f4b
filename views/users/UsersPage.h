#pragma once
// The Users screen: a table that loads pages as it scrolls, search as you type (server-side
// where the dialect can, local otherwise, and it says which), quick filters, a column chooser,
// a detail panel, create / edit / roles, bulk enable-disable-delete-role changes with a preview
// and a per-user report (UserActions), and export of the whole filtered view to CSV or JSON.
// Which users it lists, from the server or the cache, is UserListController's choice.

#include <QWidget>

class ApiKeysPage;
class ProfileCache;
class Connection;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class SessionsTab;
class UserActions;
class UserDetailPanel;
class UserFilterModel;
class UserListController;
class UserTableModel;
struct ApiError;
struct User;

class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(QWidget* parent = nullptr);
    void setConnection(Connection* connection);
    // The profile's cache: read at once when it holds a copy, and the only source offline.
    void setCache(ProfileCache* cache);
    QTableView* table() const { return m_table; }
    UserTableModel* model() const { return m_model; }
    UserListController* users() const { return m_users; }
    UserDetailPanel* detail() const { return m_detail; }

public slots:
    void refresh();

signals:
    void usersLoaded(int count);
    void statusMessage(const QString& message);

private:
    void updateActions();
    void showSelected();
    QList<User> selectedUsers() const;
    // The controller chose another source: the rows start over.
    void sourceChanged();
    // The source, its search mode or its freshness may differ.
    void stateChanged();
    void pageLoaded();
    // "12 users shown · 400 of 451 users loaded": what is loaded, and what a filter lets through.
    void showCounts();
    // Any other text in the same place (a report, an error, why nothing is listed).
    void showMessage(const QString& text);
    void copyRows();
    void exportRows();
    void exportTo(const QString& path, const QString& selectedFilter);
    // The role filter and the detail's role descriptions, from what the server defines.
    void showRoleDefinitions();
    void serverAction(const QString& name);
    // Fetches every attribute of the selected user when the table holds only its columns.
    void loadDetail(bool force);

    UserListController* m_users;
    UserTableModel* m_model;
    UserFilterModel* m_filter;
    QTableView* m_table;
    UserDetailPanel* m_detail;
    SessionsTab* m_sessions;
    ApiKeysPage* m_keys;
    UserActions* m_actions;
    QLineEdit* m_search;
    QLabel* m_searchMode;
    QComboBox* m_stateFilter;
    QComboBox* m_roleFilter;
    QLabel* m_info;
    QTimer* m_detailDelay;
    QAction* m_refresh;
    QAction* m_copy;
    QAction* m_export;
    quint64 m_detailRequest = 0; // answers for an earlier selection are dropped
    bool m_reportedLoad = false;
    bool m_showingCounts = false; // the info line holds showCounts()'s text
};
