#pragma once
// What the Users screen does to the selected users on the server: create, edit, roles, enable,
// disable, delete and role changes for several at once (a preview, then a per-user report).
// Each action is enabled by what the server (or the cache, offline) can do, and by the shown
// user's own links where the server gives them, with the reason as its tooltip.

#include "remote/Capabilities.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <functional>

class BulkOperation;
class QAction;
class QMenu;
class QWidget;
class UserListController;
struct User;

// A QObject for the lifetime of callbacks, without Q_OBJECT: its sentences keep the UsersPage
// translation context they were translated in.
class UserActions : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(UsersPage)

public:
    // Dialogs open over `page`, which also takes the actions' shortcuts; `selected` gives the
    // users chosen in its table when an action runs, `shown` the user its detail panel shows
    // (complete or not, and possibly saved since).
    UserActions(UserListController* users, QWidget* page, std::function<QList<User>()> selected,
                std::function<User()> shown);

    // A new action of `page`, its shortcut working anywhere inside the page.
    static QAction* addAction(QWidget* page, const QString& name, const QString& text,
                              const QKeySequence& key = {});

    QAction* create() const { return m_create; }
    QAction* edit() const { return m_edit; }
    QAction* roles() const { return m_roles; }
    QAction* enable() const { return m_enable; }
    QAction* disable() const { return m_disable; }
    QAction* remove() const { return m_delete; }
    QMenu* addRoleMenu() const { return m_addRoleMenu; }
    QMenu* removeRoleMenu() const { return m_removeRoleMenu; }
    // Roles…, then the add and remove menus.
    QMenu* rolesMenu() const { return m_rolesMenu; }

    // `selected` rows are chosen.
    void update(qsizetype selected);
    // Enables `action` when `capability` is there now and the selection suits it (and, where the
    // server lists per-user actions, the shown user's `link` allows it); the tooltip says why not.
    void gate(QAction* action, Capability capability, bool selectionOk, QLatin1StringView link = {}) const;
    // A per-user action the detail panel offers (UserActionName): edit, remove, scopes.
    bool perform(const QString& name);

    // What the page does after an action: a status line; a short report of what a finished
    // action did, for the line above the table; the saved copy of the user the detail panel
    // shows; after a bulk action, the selection shown again.
    std::function<void(const QString&)> onStatus;
    std::function<void(const QString&)> onReport;
    std::function<void(const User&)> onSaved;
    std::function<void()> onFinished;

private:
    void createUser();
    void editUser();
    void editRoles();
    // Opens `Dialog` on the one selected user when `action` allows it; `saved` words the result.
    template <typename Dialog> void editOne(QAction* action, std::function<QString(const User&)> saved);
    void deleteUsers();
    void setEnabled(bool enabled);
    void changeRole(bool add, const QString& role);
    // Runs `operation`: one user silently (after a confirmation), several through the preview.
    void run(BulkOperation* operation, bool previewFirst);
    void applied(BulkOperation* operation);
    void fillRoleMenu(QMenu* menu, bool add);
    // The detail panel's copy when it shows `user`: it may hold every attribute.
    User best(const User& user) const;

    UserListController* m_users;
    QWidget* m_page;
    std::function<QList<User>()> m_selected;
    std::function<User()> m_shown;
    qsizetype m_selectedCount = 0;
    QAction* m_create;
    QAction* m_edit;
    QAction* m_roles;
    QAction* m_delete;
    QAction* m_enable;
    QAction* m_disable;
    QMenu* m_addRoleMenu;
    QMenu* m_removeRoleMenu;
    QMenu* m_rolesMenu;
};
