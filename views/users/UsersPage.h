#pragma once
// The Users screen: a table that loads pages as it scrolls, search as you type (server-side
// where the dialect can, local otherwise, and it says which), quick filters, a column chooser,
// a detail panel, create / edit / roles, bulk enable-disable-delete-role changes with a preview
// and a per-user report, and export of the whole filtered view to CSV or JSON.

#include <QPointer>
#include <QWidget>

class ApiKeysPage;
class Capabilities;
class ProfileCache;
class BulkOperation;
class Connection;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;
class SessionsTab;
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
    // The profile's cache: read at once when it holds a copy, and the only source offline.
    void setCache(ProfileCache* cache);
    QTableView* table() const { return m_table; }
    UserTableModel* model() const { return m_model; }
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
    void createUser();
    void editUser();
    void editRoles();
    void deleteUsers();
    void setEnabled(bool enabled);
    void changeRole(bool add, const QString& role);
    // Runs `operation`: one user silently (after `confirmed`), several through the preview dialog.
    void run(BulkOperation* operation, bool previewFirst);
    void applied(BulkOperation* operation);
    void copyRows();
    void exportRows();
    void exportTo(const QString& path, const QString& selectedFilter);
    void applySearch();
    void fillRoleMenu(QMenu* menu, bool add);
    // The role filter and the detail's role descriptions, from what the server defines.
    void showRoleDefinitions();
    void showColumnMenu(const QPoint& where);
    void serverAction(const QString& name);
    // Fetches every attribute of the selected user when the table holds only its columns.
    void loadDetail(bool force);
    // What may be done now: the server's capabilities, or the cache's while offline.
    Capabilities capabilities() const;
    bool isOffline() const;
    // Reads the cache when it holds a copy, otherwise the server.
    void chooseSource();
    // A sync committed: re-read the loaded rows and merge them, keeping selection and scroll.
    void mergeFromCache();
    void updateBanner();
    // Keeps the cache's copy of a user the console just changed on the server.
    void changedOnServer(const User& user);

    QPointer<Connection> m_connection;
    QPointer<ProfileCache> m_cache;
    bool m_readingCache = false;
    bool m_sourceChosen = false;
    const void* m_source = nullptr; // what the table reads: the cache or this connection
    UserTableModel* m_model;
    UserFilterModel* m_filter;
    QTableView* m_table;
    UserDetailPanel* m_detail;
    SessionsTab* m_sessions;
    ApiKeysPage* m_keys;
    QLineEdit* m_search;
    QLabel* m_searchMode;
    QComboBox* m_stateFilter;
    QComboBox* m_roleFilter;
    QLabel* m_info;
    QLabel* m_banner;
    static constexpr int serverSearchDelayMs = 250;
    QTimer* m_searchDelay;
    QTimer* m_detailDelay;
    QAction* m_create;
    QAction* m_edit;
    QAction* m_roles;
    QAction* m_delete;
    QAction* m_enable;
    QAction* m_disable;
    QAction* m_refresh;
    QAction* m_copy;
    QAction* m_export;
    QMenu* m_addRoleMenu;
    QMenu* m_removeRoleMenu;
    quint64 m_detailRequest = 0; // answers for an earlier selection are dropped
    bool m_reportedLoad = false;
};
